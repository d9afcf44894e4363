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

/// Renders an extraction as readable text blocks.
enum TableRenderer {
    static func render(_ x: ArticleExtraction) -> String {
        var s = ""
        let a = x.article
        let meta = [a.outlet, a.publishedAt?.description, a.url].compactMap { $0 }.joined(separator: " · ")
        s += "━━ \(a.id)" + (meta.isEmpty ? "" : "  (\(meta))") + "\n"
        s += "ENTITIES (\(x.entities.count))\n"
        let rows = x.entities.map { e in
            [
                e.id, e.type.rawValue, e.name, e.country ?? "–", "\(e.mentions.count)×",
                e.aliases.isEmpty ? "" : "aka " + e.aliases.joined(separator: "; "),
            ]
        }
        s += table(rows, indent: "  ")
        s += "\n"
        return s
    }

    /// Left-aligned columns; the last column is free text.
    static func table(_ rows: [[String]], indent: String) -> String {
        guard let width = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for r in rows {
            for (i, c) in r.enumerated() where i < width - 1 { widths[i] = max(widths[i], min(c.count, 40)) }
        }
        var s = ""
        for r in rows {
            var line = indent
            for (i, c) in r.enumerated() {
                line += i < width - 1 ? c.padding(toLength: max(widths[i], c.count) + 2, withPad: " ", startingAt: 0) : c
            }
            s += line.trimmingCharacters(in: .whitespaces) == "" ? "" : line + "\n"
        }
        return s
    }
}
