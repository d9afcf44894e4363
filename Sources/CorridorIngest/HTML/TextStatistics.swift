/// Cheap measures of a text node, computed on its UTF-8 bytes.
enum TextStatistics {
    /// The length with whitespace runs collapsed to one space, in Unicode scalars (CJK characters
    /// count 3, Hangul 2), and the number of commas (Latin, Arabic and CJK forms).
    static func measure(_ text: String) -> (length: Int32, commas: Int32) {
        var text = text
        return text.withUTF8 { bytes in
            var length: Int32 = 0
            var commas: Int32 = 0
            var inSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C {
                    if !inSpace { length += 1 }
                    inSpace = true
                    index += 1
                    continue
                }
                if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 {  // no-break space
                    if !inSpace { length += 1 }
                    inSpace = true
                    index += 2
                    continue
                }
                inSpace = false
                if byte == 0x2C { commas += 1 }
                // Fullwidth comma U+FF0C (EF BC 8C), ideographic comma U+3001 (E3 80 81), Arabic U+060C (D8 8C).
                if byte == 0xEF, index + 2 < count, bytes[index + 1] == 0xBC, bytes[index + 2] == 0x8C { commas += 1 }
                if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x81 { commas += 1 }
                if byte == 0xD8, index + 1 < count, bytes[index + 1] == 0x8C { commas += 1 }
                // One CJK character carries about a word, one Hangul syllable about two letters:
                // weigh them so length thresholds tuned on alphabetic text hold across scripts.
                if byte >= 0xE3, byte <= 0xE9 {
                    length += 3
                } else if byte >= 0xEA, byte <= 0xED {
                    length += 2
                } else if byte & 0xC0 != 0x80 {
                    length += 1
                }
                index += 1
            }
            return (length, commas)
        }
    }
}
