import CorridorModel
import Foundation

/// Writes extraction results in the user's chosen format.
enum ExtractionWriter {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func write(_ x: ArticleExtraction, format: OutputFormat, to out: inout StandardOutput) throws {
        switch format {
        case .eval:
            out.writeLine(String(decoding: try encoder.encode(EvalRecord(x)), as: UTF8.self))
        case .json, .csv:
            out.writeLine(String(decoding: try encoder.encode(x), as: UTF8.self))
        case .table:
            out.write(TableRenderer.render(x))
        }
    }
}
