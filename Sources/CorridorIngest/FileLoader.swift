import Foundation

/// Reads the bytes of one input without loading more than the size limit allows.
public struct FileLoader: Sendable {
    /// The largest file read whole, in bytes.
    public var maxBytes: Int

    /// Creates a loader.
    public init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    /// Reads a whole file; a file over the limit is refused before it is read.
    ///
    /// - Throws: ``IngestError`` `.unreadable` or `.tooLarge`.
    public func bytes(ofFile path: String) throws(IngestError) -> [UInt8] {
        let fm = FileManager.default
        if let size = (try? fm.attributesOfItem(atPath: path))?[.size] as? Int, size > maxBytes {
            // Let TextDecoding phrase the message the same way for every source.
            throw IngestError(
                .tooLarge, origin: path,
                detail: "too large (\(size >> 20) MB > \(maxBytes >> 20) MB limit); split it or raise --max-bytes")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestError(.unreadable, origin: path, detail: "cannot be opened (check permissions)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw IngestError(.unreadable, origin: path, detail: "read failed: \(error.localizedDescription)")
        }
    }

    /// Reads standard input up to the limit.
    public func bytesOfStandardInput() throws(IngestError) -> [UInt8] {
        var out: [UInt8] = []
        let handle = FileHandle.standardInput
        while true {
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { break }
            out.append(contentsOf: chunk)
            if out.count > maxBytes {
                throw IngestError(
                    .tooLarge, origin: "-",
                    detail: "standard input is over the \(maxBytes >> 20) MB limit; raise --max-bytes")
            }
        }
        return out
    }
}
