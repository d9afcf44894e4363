import Foundation

/// Folds names into comparable keys: plain quotes and dashes, no diacritics, lowercase, words only.
///
/// `"Pakistan’s  Ministry of Foreign Affairs"` and `"pakistan's ministry of foreign affairs"` fold
/// alike; hyphens inside words are kept (`"ml-1"`, `"china-pakistan"`), other punctuation goes.
///
/// ```swift
/// NameFolding.words("China‑Pakistan Economic Corridor (CPEC)") // ["china-pakistan", "economic", "corridor", "cpec"]
/// ```
public enum NameFolding {
    /// The folded words of a name.
    public static func words(_ text: some StringProtocol) -> [String] {
        var out: [String] = []
        var word = String.UnicodeScalarView()
        func flush() {
            // Hyphens and apostrophes at word edges are punctuation, not part of the word.
            var w = String(word)
            while w.hasSuffix("-") || w.hasSuffix("'") { w.removeLast() }
            while w.hasPrefix("-") || w.hasPrefix("'") { w.removeFirst() }
            if w.hasSuffix("'s") { w.removeLast(2) }
            w = w.replacingOccurrences(of: "'", with: "")
            if !w.isEmpty { out.append(w) }
            word.removeAll()
        }
        let plain = String(text).folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        for s in plain.unicodeScalars {
            let f = fold(s)
            if f == "&" {
                flush()
                out.append("and")
            } else if CharacterSet.alphanumerics.contains(f) {
                word.append(contentsOf: String(f).lowercased().unicodeScalars)
            } else if f == "-" || f == "'" || (f == "." && !word.isEmpty && isAbbreviationDot(word)) {
                if f != "." { word.append(f) }
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// The folded name as one space-separated key.
    public static func key(_ text: some StringProtocol) -> String {
        words(text).joined(separator: " ")
    }

    /// A URL- and id-safe slug: ASCII letters, digits and single hyphens, at most `maxLength` long.
    public static func slug(_ text: some StringProtocol, maxLength: Int = 60) -> String {
        var out = ""
        var dash = false
        for ch in words(text).joined(separator: " ").unicodeScalars {
            if ch.isASCII, CharacterSet.alphanumerics.contains(ch) {
                if dash, !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(ch)
            } else {
                dash = true
            }
        }
        if out.count > maxLength {
            out = String(out.prefix(maxLength))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out.isEmpty ? "x" : out
    }

    /// Whether the text has letters and every letter is upper case ("NTC", "MoITT" is not).
    public static func isAllCaps(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for ch in text.unicodeScalars where CharacterSet.letters.contains(ch) {
            letters += 1
            if !CharacterSet.uppercaseLetters.contains(ch) { return false }
        }
        return letters > 0
    }

    /// Whether the text looks like an acronym: one word, 2–10 letters or digits, at least two capitals.
    public static func looksLikeAcronym(_ text: some StringProtocol) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard (2...10).contains(t.count), !t.contains(" ") else { return false }
        let capitals = t.unicodeScalars.filter { CharacterSet.uppercaseLetters.contains($0) }.count
        return capitals >= 2 && t.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || $0 == "-" }
    }

    private static func isAbbreviationDot(_ word: String.UnicodeScalarView) -> Bool {
        // "U.S." folds to "us": a dot after a single letter joins the letters.
        word.count <= 3
    }

    private static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4: "'"
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: "-"
        default: s
        }
    }
}
