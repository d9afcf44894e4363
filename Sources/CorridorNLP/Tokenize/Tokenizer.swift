/// Splits text into tokens by scanning its UTF-8 bytes once.
///
/// Words keep inner apostrophes ("O'Brien"), `&` between capitals ("R&D") and abbreviation periods
/// ("Mr.", "U.S.", initials "M."). Numbers keep decimal points, thousands separators and time
/// colons ("4.5", "3,000", "05:50"). Hyphens and dashes are tokens of their own, flagged as
/// joiners when glued to words ("China-Pakistan"). A possessive "’s" is split off its word.
/// Currency prefixes and scale suffixes glued to numbers are split ("Rs475", "$4.5bn" →
/// "$" "4.5" "bn"). Web addresses, hashtags and handles are single tokens.
public struct Tokenizer: PipelineStage {
    public let name = "tokenizer"
    public let requires: Set<Layer> = []
    public let produces: Set<Layer> = [.tokens]

    /// The exception lists.
    public let exceptions: TokenizerExceptions

    /// Creates a tokenizer.
    public init(exceptions: TokenizerExceptions) {
        self.exceptions = exceptions
    }

    public func process(_ doc: inout Document) {
        doc.tokens = tokenize(doc.bytes)
    }

    /// Tokenizes UTF-8 bytes.
    public func tokenize(_ bytes: [UInt8]) -> [Token] {
        var scanner = Scanner(bytes: bytes, exceptions: exceptions)
        scanner.run()
        return scanner.tokens
    }
}

// MARK: - Scanner

private struct Scanner {
    let bytes: [UInt8]
    let exceptions: TokenizerExceptions
    var tokens: [Token] = []
    var i = 0
    var pendingFlags: Token.Flags = [.paragraphBefore]

    init(bytes: [UInt8], exceptions: TokenizerExceptions) {
        self.bytes = bytes
        self.exceptions = exceptions
        tokens.reserveCapacity(bytes.count / 5)
    }

    /// Decodes the scalar at `at`, returning it and its byte length.
    @inline(__always)
    func scalar(at: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[at]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        var len = 1
        var value: UInt32
        if b0 & 0xE0 == 0xC0 {
            len = 2
            value = UInt32(b0 & 0x1F)
        } else if b0 & 0xF0 == 0xE0 {
            len = 3
            value = UInt32(b0 & 0x0F)
        } else if b0 & 0xF8 == 0xF0 {
            len = 4
            value = UInt32(b0 & 0x07)
        } else {
            return ("\u{FFFD}", 1)
        }
        guard at + len <= bytes.count else { return ("\u{FFFD}", 1) }
        for k in 1..<len { value = (value << 6) | UInt32(bytes[at + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", len)
    }

    @inline(__always)
    func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            let v = s.value | 0x20
            return v >= 0x61 && v <= 0x7A
        }
        return s.properties.isAlphabetic || s.properties.generalCategory == .nonspacingMark
    }

    @inline(__always)
    func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    @inline(__always)
    func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" || s == "\u{02BC}" }

    func letterOrDigit(at: Int) -> Bool {
        guard at < bytes.count else { return false }
        let (s, _) = scalar(at: at)
        return isLetter(s) || isDigit(s)
    }

    func letter(at: Int) -> Bool {
        guard at < bytes.count else { return false }
        return isLetter(scalar(at: at).0)
    }

    func digit(at: Int) -> Bool { at < bytes.count && bytes[at] >= 0x30 && bytes[at] <= 0x39 }

    mutating func run() {
        while i < bytes.count {
            let (s, len) = scalar(at: i)
            if TextFolding.isSpace(s) {
                consumeSpace()
                continue
            }
            if let end = urlEnd(at: i) {
                emit(i, end, .url)
                continue
            }
            if isLetter(s) || isDigit(s) {
                scanWord()
                continue
            }
            if isApostrophe(s), let last = tokens.last, last.kind == .word, last.end == i,
                i + len < bytes.count, bytes[i + len] | 0x20 == 0x73, !letterOrDigit(at: i + len + 1)
            {
                emit(i, i + len + 1, .punct)  // the possessive "'s" split off its word
                continue
            }
            if (s == "#" || s == "@") && letter(at: i + 1) {
                var j = i + 1
                while j < bytes.count, letterOrDigit(at: j) || bytes[j] == 0x5F { j += scalar(at: j).1 }
                emit(i, j, .symbol)
                continue
            }
            let kind: Token.Kind =
                switch s.properties.generalCategory {
                case .currencySymbol, .mathSymbol, .otherSymbol, .modifierSymbol: .symbol
                default: .punct
                }
            // A run of the same dot or dash is one token ("...", "--").
            var j = i + len
            if s == "." || s == "-" || s == "|" {
                while j < bytes.count, bytes[j] == bytes[i] { j += 1 }
            }
            emit(i, j, kind)
        }
    }

    mutating func consumeSpace() {
        var newlines = 0
        while i < bytes.count {
            let (s, len) = scalar(at: i)
            guard TextFolding.isSpace(s) else { break }
            if s == "\n" || s == "\u{2028}" || s == "\u{2029}" { newlines += 1 }
            i += len
        }
        pendingFlags.insert(.spaceBefore)
        if newlines >= 1 { pendingFlags.insert(.lineBreakBefore) }
        if newlines >= 2 { pendingFlags.insert(.paragraphBefore) }
    }

    /// The end of a web address starting at `at`, if one starts there.
    func urlEnd(at: Int) -> Int? {
        func hasPrefix(_ p: String) -> Bool {
            let u = Array(p.utf8)
            guard at + u.count <= bytes.count else { return false }
            for k in 0..<u.count where bytes[at + k] | 0x20 != u[k] | 0x20 { return false }
            return true
        }
        var j = at
        while j < bytes.count, bytes[j] > 0x20, bytes[j] < 0x80 { j += 1 }
        guard j - at >= 8 else { return nil }
        let word = bytes[at..<j]
        let isURL: Bool
        if hasPrefix("http://") || hasPrefix("https://") || hasPrefix("www.") {
            isURL = true
        } else if let slash = word.firstIndex(of: 0x2F), let dot = word.firstIndex(of: 0x2E), dot < slash,
            slash > at + 4, word[word.index(before: slash)] != 0x2E
        {
            // host.tld/path: a dot before the first slash, letters around it ("pic.twitter.com/x").
            let host = word[at..<slash]
            isURL = host.allSatisfy { ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2E || $0 == 0x2D }
                && host.split(separator: 0x2E).count >= 2
        } else {
            isURL = false
        }
        guard isURL else { return nil }
        // Trailing sentence punctuation is not part of the address.
        while j > at, [0x2E, 0x2C, 0x3B, 0x3A, 0x29, 0x22, 0x27, 0x21, 0x3F].contains(bytes[j - 1]) { j -= 1 }
        return j
    }

    mutating func scanWord() {
        let start = i
        var j = i
        var hasLetter = false
        var hasDigit = false
        var firstDigit = start
        var letterAfterDigit = false
        while j < bytes.count {
            let (s, len) = scalar(at: j)
            if isLetter(s) {
                hasLetter = true
                if hasDigit { letterAfterDigit = true }
                j += len
                continue
            }
            if isDigit(s) {
                if !hasDigit { firstDigit = j }
                hasDigit = true
                j += len
                continue
            }
            // Inner punctuation that stays inside the token: also after a currency prefix
            // ("Dh73.45bn", "Rs1,500"), which splitGluedNumber then splits off.
            if hasDigit && (s == "." || s == "," || s == ":") && digit(at: j + 1)
                && (!hasLetter
                    || (s != ":" && !letterAfterDigit
                        && exceptions.numberPrefixes.contains(
                            String(decoding: bytes[start..<firstDigit], as: UTF8.self).lowercased())))
            {
                // "4.5", "3,000", "05:50": a comma only before a group of 2-3 digits.
                if s == "," {
                    var k = j + 1
                    while digit(at: k) { k += 1 }
                    if k - (j + 1) < 2 || k - (j + 1) > 3 { break }
                }
                j += 1
                continue
            }
            if s == "&" && hasLetter && j > start && bytes[j - 1] >= 0x41 && bytes[j - 1] <= 0x5A && j + 1 < bytes.count
                && bytes[j + 1] >= 0x41 && bytes[j + 1] <= 0x5A
            {
                j += 1  // "R&D", "AT&T"
                continue
            }
            if isApostrophe(s) && hasLetter && letter(at: j + len) {
                // A possessive "'s" / "’s" followed by a non-letter is split off; other inner apostrophes stay.
                let after = j + len
                let isPossessive =
                    (bytes[after] | 0x20) == 0x73 && !letterOrDigit(at: after + 1)
                if isPossessive { break }
                j += len
                continue
            }
            break
        }
        // Abbreviation periods: "Mr.", "U.S.", initials "M.".
        var isAbbreviation = false
        if hasLetter, j < bytes.count, bytes[j] == 0x2E {
            let word = String(decoding: bytes[start..<j], as: UTF8.self)
            let lower = word.lowercased()
            if exceptions.abbreviations.contains(lower) || (word.count == 1 && word.first?.isUppercase == true) {
                j += 1
                isAbbreviation = true
                // "U.S.", "U.A.E.": letter-period repeats.
                while j < bytes.count, letter(at: j) {
                    let w = scalar(at: j).1
                    guard j + w < bytes.count, bytes[j + w] == 0x2E else { break }
                    j += w + 1
                }
            } else if j + 2 < bytes.count, word.count == 1, letter(at: j + 1), bytes[j + 1 + scalar(at: j + 1).1] == 0x2E {
                // lowercase "e.g." style
                j += 1 + scalar(at: j + 1).1 + 1
                isAbbreviation = true
            }
        }
        i = j
        if !isAbbreviation && hasLetter && hasDigit {
            splitGluedNumber(start, j)
            return
        }
        emit(start, j, hasLetter || !hasDigit ? .word : .number, abbreviation: isAbbreviation)
    }

    /// Splits "Rs475", "FY2025", "4.5bn", "20bn", "Ksh107bn" into their parts; keeps "5G", "SKY47", "B2B".
    mutating func splitGluedNumber(_ start: Int, _ end: Int) {
        // Leading letters, then a number, then trailing letters.
        var a = start
        while a < end, !digit(at: a) { a += scalar(at: a).1 }
        var b = a
        while b < end, digit(at: b) || ((bytes[b] == 0x2E || bytes[b] == 0x2C) && digit(at: b + 1)) { b += 1 }
        let prefix = String(decoding: bytes[start..<a], as: UTF8.self).lowercased()
        let suffix = String(decoding: bytes[b..<end], as: UTF8.self).lowercased()
        let prefixOK = a > start && exceptions.numberPrefixes.contains(prefix)
        let suffixOK = b < end && exceptions.numberSuffixes.contains(suffix)
        guard (a == start || prefixOK) && (b == end || suffixOK) && (prefixOK || suffixOK) else {
            emit(start, end, .word)
            return
        }
        if a > start { emit(start, a, .word) }
        emit(a, b, .number)
        if b < end { emit(b, end, .word) }
    }

    mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind, abbreviation: Bool = false) {
        var flags = pendingFlags
        pendingFlags = []
        if abbreviation { flags.insert(.isAbbreviation) }
        var upper = 0
        var lower = 0
        var first = true
        var normString: String
        if bytes[start..<end].allSatisfy({ $0 < 0x80 }) {
            // ASCII fast path: case from byte ranges, norm by lowering bytes in place.
            var lowered = [UInt8]()
            lowered.reserveCapacity(end - start)
            for j in start..<end {
                let b = bytes[j]
                if b >= 0x41 && b <= 0x5A {
                    upper += 1
                    if first { flags.insert(.isCapitalized) }
                    first = false
                    lowered.append(b | 0x20)
                    continue
                }
                if b >= 0x61 && b <= 0x7A {
                    lower += 1
                    first = false
                } else if b >= 0x30 && b <= 0x39 {
                    flags.insert(.hasDigit)
                    first = false
                } else if b == 0x60 {
                    lowered.append(0x27)  // a backtick folds to an apostrophe
                    continue
                }
                if abbreviation && b == 0x2E && kind == .word { continue }
                lowered.append(b)
            }
            normString = String(decoding: lowered, as: UTF8.self)
        } else {
            var j = start
            var norm = String.UnicodeScalarView()
            while j < end {
                let (s, len) = scalar(at: j)
                if s.properties.isUppercase {
                    upper += 1
                    if first { flags.insert(.isCapitalized) }
                } else if s.properties.isLowercase {
                    lower += 1
                } else if isDigit(s) {
                    flags.insert(.hasDigit)
                }
                if isLetter(s) || isDigit(s) { first = false }
                let f = TextFolding.fold(s) ?? s
                if !(abbreviation && f == "." && kind == .word) { norm.append(f) }
                j += len
            }
            normString = TextFolding.lowercasedNFC(String(norm))
        }
        if upper >= 2 && lower == 0 { flags.insert(.isAllCaps) }
        if upper == 0 && lower > 0 { flags.insert(.isLowercase) }
        if kind == .punct && (normString == "-" || normString == "--") {
            // A joiner is glued to a word on at least one side: "China-Pakistan", "Phase‑II".
            let gluedBefore = !flags.contains(.spaceBefore) && start > 0
            let gluedAfter = end < bytes.count && !TextFolding.isSpace(scalar(at: end).0)
            if gluedBefore && gluedAfter { flags.insert(.isJoiner) }
        }
        tokens.append(Token(start: start, end: end, kind: kind, flags: flags, norm: normString))
        i = max(i, end)
    }
}
