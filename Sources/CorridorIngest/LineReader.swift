import Foundation

/// Reads a file line by line through a fixed-size buffer, so memory stays flat however big the file is.
///
/// Lines end at `\n` (a trailing `\r` is dropped). A line longer than `maxLineBytes` is skipped
/// to its end and reported as ``Line/tooLong`` rather than buffered.
struct LineReader {
    /// One line of the file.
    enum Line {
        /// The bytes of a line (without the newline), and its 1-based number.
        case text([UInt8], number: Int)
        /// A line over the limit; its bytes were discarded.
        case tooLong(number: Int)
    }

    private let handle: FileHandle
    private let maxLineBytes: Int
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var position = 0
    private var isAtEnd = false
    private var lineNumber = 0

    /// Opens `path` for reading; nil when it cannot be opened.
    init?(path: String, maxLineBytes: Int, chunkSize: Int = 1 << 16) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        self.handle = handle
        self.maxLineBytes = maxLineBytes
        self.chunkSize = chunkSize
    }

    /// Closes the file.
    func close() {
        try? handle.close()
    }

    /// The next line, or nil at the end of the file.
    ///
    /// - Throws: The underlying read error.
    mutating func next() throws -> Line? {
        var line: [UInt8] = []
        var overflow = false
        while true {
            if position >= buffer.count {
                if isAtEnd { break }
                try refill()
                if position >= buffer.count { break }
            }
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                if !overflow { line.append(contentsOf: buffer[position..<newline]) }
                position = newline + 1
                lineNumber += 1
                return finished(line, overflow: overflow || line.count > maxLineBytes)
            }
            if !overflow { line.append(contentsOf: buffer[position...]) }
            position = buffer.count
            if line.count > maxLineBytes {
                overflow = true
                line = []
            }
        }
        guard !line.isEmpty || overflow else { return nil }
        lineNumber += 1
        return finished(line, overflow: overflow)
    }

    private func finished(_ line: [UInt8], overflow: Bool) -> Line {
        if overflow { return .tooLong(number: lineNumber) }
        var line = line
        if line.last == 0x0D { line.removeLast() }
        return .text(line, number: lineNumber)
    }

    private mutating func refill() throws {
        let data = try handle.read(upToCount: chunkSize) ?? Data()
        buffer = [UInt8](data)
        position = 0
        if data.isEmpty { isAtEnd = true }
    }
}
