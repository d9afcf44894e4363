internal import CLibXML2

/// Finds the character set a page declares, the way browsers do before parsing.
enum CharsetSniffer {
    /// The encoding to hand libxml2: a byte-order mark wins, then a `<meta charset>` or
    /// `http-equiv` declaration in the first 4 KB, else UTF-8. Names libxml2 cannot decode fall
    /// back to UTF-8; Latin-1 and ASCII labels mean Windows-1252, as in browsers.
    static func encoding(of bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        guard let declared = declaredCharset(in: bytes.prefix(4096)) else { return "UTF-8" }
        switch declared {
        case "utf-8", "utf8", "unicode-1-1-utf-8": return "UTF-8"
        case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1", "l1", "cp1252":
            return "windows-1252"
        default:
            guard let handler = xmlFindCharEncodingHandler(declared) else { return "UTF-8" }
            xmlCharEncCloseFunc(handler)
            return declared
        }
    }

    /// Whether `bytes` declare a charset other than UTF-8 (so they need not be valid UTF-8).
    static func declaresOtherThanUTF8(_ bytes: [UInt8]) -> Bool {
        encoding(of: bytes) != "UTF-8"
    }

    /// The lowercase value after the first `charset=` inside a tag, if any.
    static func declaredCharset(in bytes: ArraySlice<UInt8>) -> String? {
        let needle = Array("charset".utf8)
        let lower = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        var index = 0
        while index + needle.count < lower.count {
            if lower[index] == needle[0], Array(lower[index..<index + needle.count]) == needle {
                var cursor = index + needle.count
                while cursor < lower.count, lower[cursor] == 0x20 { cursor += 1 }
                guard cursor < lower.count, lower[cursor] == 0x3D else {  // '='
                    index += 1
                    continue
                }
                cursor += 1
                while cursor < lower.count, lower[cursor] == 0x20 || lower[cursor] == 0x22 || lower[cursor] == 0x27 {
                    cursor += 1
                }
                var name: [UInt8] = []
                while cursor < lower.count, name.count < 40 {
                    let byte = lower[cursor]
                    let isNameByte =
                        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
                        || byte == 0x5F || byte == 0x2E || byte == 0x3A
                    guard isNameByte else { break }
                    name.append(byte)
                    cursor += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            index += 1
        }
        return nil
    }
}
