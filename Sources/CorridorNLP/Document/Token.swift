/// One token of a ``Document``: a word, a number, a punctuation mark or a symbol.
///
/// A token is a range of UTF-8 bytes into the document's original text plus what the later stages
/// need to know about it without looking at the text again: its kind, its shape, the white space
/// before it, and ``norm`` — its lowercased, punctuation-folded, NFC form used for every lexicon
/// lookup.
public struct Token: Sendable, Hashable {
    /// What a token is made of.
    public enum Kind: UInt8, Sendable, Hashable {
        /// Letters, possibly with digits, inner apostrophes, `&` or abbreviation periods.
        case word
        /// Digits, possibly with decimal point, thousands separators or a time colon.
        case number
        /// A punctuation mark.
        case punct
        /// A currency or other symbol, or a hashtag / handle.
        case symbol
        /// A web address.
        case url
    }

    /// The token's shape and the white space before it.
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }

        /// The first character is an uppercase letter.
        public static let isCapitalized = Flags(rawValue: 1 << 0)
        /// Every letter is uppercase and there are at least two letters.
        public static let isAllCaps = Flags(rawValue: 1 << 1)
        /// Every letter is lowercase.
        public static let isLowercase = Flags(rawValue: 1 << 2)
        /// The token holds at least one digit.
        public static let hasDigit = Flags(rawValue: 1 << 3)
        /// White space separates the token from the one before it.
        public static let spaceBefore = Flags(rawValue: 1 << 4)
        /// A line break precedes the token.
        public static let lineBreakBefore = Flags(rawValue: 1 << 5)
        /// An empty line (or the start of the text) precedes the token.
        public static let paragraphBefore = Flags(rawValue: 1 << 6)
        /// The token is a hyphen or dash joined to a word on either side without space.
        public static let isJoiner = Flags(rawValue: 1 << 7)
        /// The token ends with an abbreviation period ("Mr.", "U.S.").
        public static let isAbbreviation = Flags(rawValue: 1 << 8)
        /// The token lies in page furniture (menus, bylines, related links).
        public static let isFurniture = Flags(rawValue: 1 << 9)
    }

    /// The byte offset of the first byte in the document's UTF-8 text.
    public var start: Int
    /// The byte offset just past the last byte.
    public var end: Int
    /// The token's kind.
    public var kind: Kind
    /// Shape and spacing flags.
    public var flags: Flags
    /// Lowercased, folded (curly quotes, dashes and odd spaces made plain), NFC; abbreviation
    /// periods removed ("u.s." → "us").
    public let norm: String
    /// The ``wordKey(_:)`` fingerprint of ``norm``, computed once for every lexicon lookup.
    public let key: UInt64

    /// Creates a token.
    public init(start: Int, end: Int, kind: Kind, flags: Flags, norm: String) {
        self.start = start
        self.end = end
        self.kind = kind
        self.flags = flags
        self.norm = norm
        self.key = wordKey(norm)
    }

    /// Whether the token starts with an uppercase letter.
    public var isCapitalized: Bool { flags.contains(.isCapitalized) }
    /// Whether the token is all uppercase letters (two or more).
    public var isAllCaps: Bool { flags.contains(.isAllCaps) }
    /// Whether the token is a word.
    public var isWord: Bool { kind == .word }
    /// Whether the token is punctuation.
    public var isPunct: Bool { kind == .punct }
}
