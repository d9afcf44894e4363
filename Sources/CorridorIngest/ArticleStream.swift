public import CorridorModel
import Foundation

/// The lazily read articles of a list of inputs; see ``ArticleSourceReader/readAll(paths:)``.
public struct ArticleStream: Sequence, Sendable {
    let reader: ArticleSourceReader
    let inputs: [Result<InputFiles.Input, IngestError>]

    /// The number of inputs (files, or standard input); a JSON Lines file or a feed may hold more
    /// than one article.
    public var inputCount: Int { inputs.count }

    /// Starts reading the first input.
    public func makeIterator() -> Iterator {
        Iterator(reader: reader, inputs: inputs)
    }

    /// Reads one input at a time and yields its articles.
    public struct Iterator: IteratorProtocol {
        private let reader: ArticleSourceReader
        private var inputs: IndexingIterator<[Result<InputFiles.Input, IngestError>]>
        /// Results of the current input not yet handed out.
        private var queued: [Result<Article, IngestError>] = []
        private var queuedPosition = 0
        /// The open JSON Lines file, streamed record by record.
        private var lines: JSONLinesSequence.Iterator?

        init(reader: ArticleSourceReader, inputs: [Result<InputFiles.Input, IngestError>]) {
            self.reader = reader
            self.inputs = inputs.makeIterator()
        }

        /// The next article or error, or nil when every input is done.
        public mutating func next() -> Result<Article, IngestError>? {
            while true {
                if lines != nil {
                    if let result = lines?.next() { return result }
                    lines = nil
                }
                if queuedPosition < queued.count {
                    defer { queuedPosition += 1 }
                    return queued[queuedPosition]
                }
                queued = []
                queuedPosition = 0
                guard let input = inputs.next() else { return nil }
                switch input {
                case .failure(let error): queued = [.failure(error)]
                case .success(.standardInput): loadStandardInput()
                case .success(.file(let path)): loadFile(path)
                }
            }
        }

        private mutating func loadStandardInput() {
            do throws(IngestError) {
                let bytes = try FileLoader(maxBytes: reader.maxBytes).bytesOfStandardInput()
                load(bytes: bytes, name: "stdin", origin: "-", pathExtension: nil)
            } catch {
                queued = [.failure(error)]
            }
        }

        private mutating func loadFile(_ path: String) {
            var pathExtension = (path as NSString).pathExtension.lowercased()
            var base = path
            let isCompressed = pathExtension == "gz"
            if isCompressed {
                base = (path as NSString).deletingPathExtension
                pathExtension = (base as NSString).pathExtension.lowercased()
            }
            let name = InputFiles.documentID(for: base)
            // Plain JSON Lines files stream from disk; everything else is read whole (within the limit).
            if !isCompressed, (reader.format ?? ArticleFormat(pathExtension: pathExtension)) == .jsonLines {
                lines = JSONLinesArticleReader(decoding: TextDecoding(maxBytes: reader.maxBytes))
                    .articles(atPath: path).makeIterator()
                return
            }
            do throws(IngestError) {
                let bytes = try FileLoader(maxBytes: reader.maxBytes).bytes(ofFile: path)
                load(bytes: bytes, name: name, origin: path, pathExtension: pathExtension.isEmpty ? nil : pathExtension)
            } catch {
                queued = [.failure(error)]
            }
        }

        /// Decodes one whole input into ``queued`` (or ``lines``).
        mutating func load(bytes: [UInt8], name: String, origin: String, pathExtension: String?) {
            var bytes = bytes
            let decoding = TextDecoding(maxBytes: reader.maxBytes)
            do throws(IngestError) {
                if GzipDecoder.isGzip(bytes) {
                    bytes = try GzipDecoder.decompress(bytes, maxBytes: reader.maxBytes, origin: origin)
                }
                switch reader.resolveFormat(pathExtension: pathExtension, bytes: bytes) {
                case .text:
                    let text = try decoding.decode(bytes, origin: origin)
                    queued = [.success(try TextArticleReader().article(from: text, id: name, origin: origin))]
                case .html:
                    let reader = HTMLArticleReader(decoding: decoding)
                    queued = [.success(try reader.article(from: bytes, id: name, origin: origin))]
                case .jsonLines:
                    lines = JSONLinesArticleReader(decoding: decoding)
                        .articles(from: bytes, name: name, origin: origin).makeIterator()
                case .feed:
                    queued = try FeedArticleReader(decoding: decoding).articles(from: bytes, name: name, origin: origin)
                }
            } catch {
                queued = [.failure(error)]
            }
        }
    }
}
