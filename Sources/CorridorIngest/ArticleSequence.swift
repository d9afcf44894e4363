public import CorridorModel

/// A lazy sequence of the plain-text articles under some paths, one file read at a time.
///
/// It yields the same elements as ``ArticleInputs/forEach(_:)`` but as a `Sequence`, so async
/// consumers such as ``IngestPipeline`` can pull one article at a time. Any reader with the same
/// element type (the multi-format dispatcher) can take its place.
public struct ArticleSequence: Sequence, Sendable {
    /// The inputs, expanded (paths only; nothing is read yet).
    public let inputs: [Result<InputFiles.Input, IngestError>]
    /// The largest input accepted.
    public let maxBytes: Int

    /// Expands the paths (files, folders, `-`).
    public init(paths: [String], maxBytes: Int = 8 << 20) {
        inputs = InputFiles(extensions: ["txt", "md"]).expand(paths)
        self.maxBytes = maxBytes
    }

    /// The number of inputs, for progress.
    public var count: Int { inputs.count }

    public func makeIterator() -> Iterator { Iterator(inputs: inputs[...], maxBytes: maxBytes) }

    /// Reads the next input when asked.
    public struct Iterator: IteratorProtocol {
        var inputs: ArraySlice<Result<InputFiles.Input, IngestError>>
        let maxBytes: Int

        public mutating func next() -> Result<Article, IngestError>? {
            guard let input = inputs.popFirst() else { return nil }
            switch input {
            case .failure(let e): return .failure(e)
            case .success(let input): return read(input)
            }
        }

        private func read(_ input: InputFiles.Input) -> Result<Article, IngestError> {
            Result { () throws(IngestError) -> Article in
                let loader = FileLoader(maxBytes: maxBytes)
                let (bytes, origin, id): ([UInt8], String, String)
                switch input {
                case .file(let path):
                    (bytes, origin, id) = (try loader.bytes(ofFile: path), path, InputFiles.documentID(for: path))
                case .standardInput:
                    (bytes, origin, id) = (try loader.bytesOfStandardInput(), "-", "stdin")
                }
                let text = try TextDecoding(maxBytes: maxBytes).decode(bytes, origin: origin)
                return try TextArticleReader().article(from: text, id: id, origin: origin)
            }
        }
    }
}
