public import CorridorModel

/// The lazily read records of one JSON Lines input; see ``JSONLinesArticleReader``.
public struct JSONLinesSequence: Sequence {
    enum Source {
        case file(String)
        case bytes([UInt8], name: String, origin: String)
    }

    let reader: JSONLinesArticleReader
    let source: Source

    /// Starts reading.
    public func makeIterator() -> Iterator {
        Iterator(reader: reader, source: source)
    }

    /// Yields one result per non-blank line.
    public struct Iterator: IteratorProtocol {
        private let reader: JSONLinesArticleReader
        private let name: String
        private let origin: String
        private var lines: LineReader?
        private var memory: (bytes: [UInt8], position: Int, line: Int)?
        private var pendingError: IngestError?
        private var finished = false

        init(reader: JSONLinesArticleReader, source: Source) {
            self.reader = reader
            switch source {
            case .file(let path):
                name = InputFiles.documentID(for: path)
                origin = path
                lines = LineReader(path: path, maxLineBytes: reader.decoding.maxBytes)
                if lines == nil {
                    pendingError = IngestError(
                        .unreadable, origin: path, detail: "cannot be opened (check permissions)")
                }
            case .bytes(let bytes, let name, let origin):
                self.name = name
                self.origin = origin
                memory = (bytes, 0, 0)
            }
        }

        /// The next article or error, or nil at the end.
        public mutating func next() -> Result<Article, IngestError>? {
            if let error = pendingError {
                pendingError = nil
                finished = true
                return .failure(error)
            }
            while !finished {
                guard let line = nextLine() else {
                    finished = true
                    lines?.close()
                    if let error = pendingError {
                        pendingError = nil
                        return .failure(error)
                    }
                    return nil
                }
                switch line {
                case .tooLong(let number):
                    return .failure(
                        IngestError(
                            .tooLarge, origin: "\(origin):\(number)",
                            detail: "record over the \(reader.decoding.maxBytes >> 20) MB limit; it was skipped"))
                case .text(let bytes, let number):
                    if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    do throws(IngestError) {
                        let article = try reader.article(
                            fromLine: bytes, defaultID: "\(name)-\(number)", origin: "\(origin):\(number)")
                        return .success(article)
                    } catch {
                        return .failure(error)
                    }
                }
            }
            return nil
        }

        private mutating func nextLine() -> LineReader.Line? {
            if var reader = lines {
                defer { lines = reader }
                do {
                    return try reader.next()
                } catch {
                    pendingError = IngestError(.unreadable, origin: origin, detail: "read failed: \(error)")
                    return nil
                }
            }
            guard var state = memory, state.position < state.bytes.count else { return nil }
            defer { memory = state }
            let end = state.bytes[state.position...].firstIndex(of: 0x0A) ?? state.bytes.count
            var line = Array(state.bytes[state.position..<end])
            if line.last == 0x0D { line.removeLast() }
            state.position = end + 1
            state.line += 1
            return .text(line, number: state.line)
        }
    }
}
