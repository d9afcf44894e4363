/// Checks raw bytes before they are treated as article text.
///
/// Rejects empty input, binary data (NUL bytes or a high share of control bytes), invalid UTF-8
/// and input over the size limit, each with a message that names the input and the reason.
public struct TextDecoding: Sendable {
    /// The largest input accepted, in bytes.
    public var maxBytes: Int

    /// Creates a decoder with a size limit (default 8 MiB: far above any news article).
    public init(maxBytes: Int = 8 << 20) {
        self.maxBytes = maxBytes
    }

    /// Decodes `bytes` as UTF-8 text, stripping a byte-order mark.
    ///
    /// - Throws: ``IngestError`` with reason `.empty`, `.tooLarge`, `.binary` or `.invalidUTF8`.
    public func decode(_ bytes: [UInt8], origin: String) throws(IngestError) -> String {
        if bytes.count > maxBytes {
            throw IngestError(
                .tooLarge, origin: origin,
                detail: "too large (\(Self.megabytes(bytes.count)) > \(Self.megabytes(maxBytes)) limit); "
                    + "split it or raise the limit with --max-bytes")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw IngestError(.empty, origin: origin, detail: "empty: no text to read")
        }
        var control = 0
        var hasNUL = false
        body.withUnsafeBufferPointer { buffer in
            for b in buffer where b < 0x20 {
                if b == 0 { hasNUL = true }
                if b != 0x0A && b != 0x0D && b != 0x09 && b != 0x0C { control += 1 }
            }
        }
        if hasNUL {
            throw IngestError(.binary, origin: origin, detail: "binary data (NUL byte), not text")
        }
        if control * 20 > body.count {
            throw IngestError(.binary, origin: origin, detail: "binary data (control bytes), not text")
        }
        // The standard library's validating initialiser is fast; the slow scan only finds the offset.
        guard let text = String(validating: body, as: UTF8.self) else {
            let offset = Self.firstInvalidUTF8(body) ?? 0
            throw IngestError(
                .invalidUTF8, origin: origin,
                detail: "invalid UTF-8 at byte \(offset); convert it to UTF-8 (e.g. iconv -f cp1252 -t utf-8)")
        }
        return text
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private static func megabytes(_ n: Int) -> String {
        let tenths = (n * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
