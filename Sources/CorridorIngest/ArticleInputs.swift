public import CorridorModel

/// Streams the articles of a list of paths, one at a time, each a result: an article or the reason
/// an input could not be read.
///
/// Plain text (`.txt`, `.md`, standard input) with or without the corpus header.
public struct ArticleInputs: Sendable {
    /// The paths given by the user.
    public var paths: [String]
    /// The largest input accepted.
    public var maxBytes: Int

    /// Creates the input list.
    public init(paths: [String], maxBytes: Int = 8 << 20) {
        self.paths = paths
        self.maxBytes = maxBytes
    }

    /// Calls `body` for each input in order; only one input's text is in memory at a time.
    public func forEach(_ body: (Result<Article, IngestError>) throws -> Void) rethrows {
        let loader = FileLoader(maxBytes: maxBytes)
        let decoding = TextDecoding(maxBytes: maxBytes)
        let reader = TextArticleReader()
        for input in InputFiles(extensions: ["txt", "md"]).expand(paths) {
            let result: Result<Article, IngestError>
            switch input {
            case .failure(let e):
                result = .failure(e)
            case .success(let input):
                let origin: String
                let id: String
                switch input {
                case .file(let path):
                    origin = path
                    id = InputFiles.documentID(for: path)
                case .standardInput:
                    origin = "-"
                    id = "stdin"
                }
                result = Result { () throws(IngestError) -> Article in
                    let bytes: [UInt8] =
                        switch input {
                        case .file(let path): try loader.bytes(ofFile: path)
                        case .standardInput: try loader.bytesOfStandardInput()
                        }
                    let text = try decoding.decode(bytes, origin: origin)
                    return try reader.article(from: text, id: id, origin: origin)
                }
            }
            try body(result)
        }
    }
}
