import Foundation

/// Folds the many forms of quotes, dashes and spaces into their plain ASCII forms.
///
/// Matching must treat "Pakistan’s" and "Pakistan's", "China–Pakistan" and "China-Pakistan", a
/// non-breaking space and a space alike, while the offsets reported still point into the original
/// text. Folding is therefore applied to token norms and lookup keys only, never to the document.
public enum TextFolding {
    /// The plain form of a scalar, or nil when it is already plain.
    @inlinable
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: "'"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: "\""
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: "-"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
        case 0x2026: nil  // the ellipsis stays one character; tokens treat it as punctuation
        default: nil
        }
    }

    /// Whether the scalar is white space of any kind, including no-break and zero-width spaces.
    @inlinable
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F,
            0x3000, 0xFEFF:
            true
        default: false
        }
    }

    /// The lookup key of a piece of text: folded, lowercased, NFC, white space collapsed.
    ///
    /// ```swift
    /// TextFolding.key("Pakistan’s  Foreign\u{00A0}Office") // "pakistan's foreign office"
    /// ```
    public static func key(_ text: some StringProtocol) -> String {
        if let ascii = asciiKey(text) { return ascii }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in text.unicodeScalars {
            let f = fold(s) ?? s
            if isSpace(f) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            out.append(f)
        }
        return Self.lowercasedNFC(String(out))
    }

    /// The key of pure-ASCII text, computed on bytes; nil when the text is not ASCII.
    static func asciiKey(_ text: some StringProtocol) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for b in text.utf8 {
            if b >= 0x80 { return nil }
            if b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : (b == 0x60 ? 0x27 : b))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Lowercases and, for non-ASCII text, composes to NFC.
    public static func lowercasedNFC(_ s: String) -> String {
        let lower = s.lowercased()
        if lower.utf8.allSatisfy({ $0 < 0x80 }) { return lower }
        return lower.precomposedStringWithCanonicalMapping
    }
}
