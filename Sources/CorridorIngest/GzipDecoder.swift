internal import CZlib

/// Decompresses gzip (and zlib) data with a cap on the output size.
enum GzipDecoder {
    /// Whether `bytes` start with the gzip magic number.
    static func isGzip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// The decompressed bytes.
    ///
    /// - Parameters:
    ///   - bytes: The compressed data (concatenated gzip members are read in turn).
    ///   - maxBytes: The largest output accepted.
    ///   - origin: The input named in errors.
    /// - Throws: ``IngestError`` `.malformed` for corrupt data, `.tooLarge` past `maxBytes`.
    static func decompress(_ bytes: [UInt8], maxBytes: Int, origin: String) throws(IngestError) -> [UInt8] {
        var stream = z_stream()
        guard corridor_inflateInitGzip(&stream) == Z_OK else {
            throw IngestError(.unreadable, origin: origin, detail: "zlib could not start decompressing")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        let total = input.count
        var consumed = 0
        while true {
            let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
                chunk.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_in = inBuffer.baseAddress.map { $0 + consumed }
                    stream.avail_in = UInt32(total - consumed)
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    let status = inflate(&stream, Z_NO_FLUSH)
                    consumed = total - Int(stream.avail_in)
                    return status
                }
            }
            let produced = chunk.count - Int(stream.avail_out)
            output.append(contentsOf: chunk[0..<produced])
            if output.count > maxBytes {
                throw IngestError(
                    .tooLarge, origin: origin,
                    detail: "decompresses to over the \(maxBytes >> 20) MB limit; split it or raise --max-bytes")
            }
            switch status {
            case Z_STREAM_END:
                // Another gzip member may follow (as `cat a.gz b.gz` makes).
                guard consumed < total, isGzip(Array(input[consumed..<min(total, consumed + 2)])) else {
                    return output
                }
                inflateReset(&stream)
            case Z_OK:
                if produced == 0 && consumed >= total {
                    throw IngestError(.malformed, origin: origin, detail: "gzip data is truncated")
                }
            default:
                throw IngestError(.malformed, origin: origin, detail: "corrupt gzip data (zlib status \(status))")
            }
        }
    }
}
