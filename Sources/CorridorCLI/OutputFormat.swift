import ArgumentParser
import Foundation

/// How results are written to standard output.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case eval, json, table, csv

    /// `table` on a terminal, `json` when piped.
    static var automatic: OutputFormat { isatty(STDOUT_FILENO) == 1 ? .table : .json }
}

/// Buffered writes to standard output.
struct StandardOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count > 1 << 16 { flush() }
    }

    mutating func writeLine(_ s: String) { write(s + "\n") }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var off = 0
            while off < p.count {
                let n = Foundation.write(STDOUT_FILENO, base + off, p.count - off)
                if n <= 0 { break }
                off += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
