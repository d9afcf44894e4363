/// A 64-bit FNV-1a fingerprint of a word's UTF-8 bytes: the key of every word table.
///
/// Token norms are hashed once (``Token/key``); lookups then cost a multiply-shift probe instead of
/// the standard library's SipHash and string comparison — the hot path of every lexicon lookup.
@inlinable
public func wordKey(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return h
}

/// An open-addressing hash map from words to values, keyed by ``wordKey(_:)``.
///
/// Words are stored alongside their keys and compared on a key match, so lookups are exact.
/// Built once (from lexicons and cue lists), then only read; it is a value type and `Sendable`.
public struct WordMap<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var words: [String]
    private var values: [Value?]
    private var mask: Int
    /// The number of words stored.
    public private(set) var count = 0

    /// Creates an empty map.
    public init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        words = [String](repeating: "", count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// The value of a word, given its key.
    @inline(__always)
    public func value(key: UInt64, word: String) -> Value? {
        var i = Self.slot(key, mask)
        while true {
            guard let v = values[i] else { return nil }
            if keys[i] == key && words[i] == word { return v }
            i = (i + 1) & mask
        }
    }

    /// The value of a word.
    public subscript(word: String) -> Value? {
        get { value(key: wordKey(word), word: word) }
        set {
            guard let newValue else { return }
            insert(word, newValue)
        }
    }

    /// The value of a token's norm.
    @inline(__always)
    public func value(_ t: Token) -> Value? { value(key: t.key, word: t.norm) }

    /// Adds or replaces a word's value.
    public mutating func insert(_ word: String, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = wordKey(word)
        var i = Self.slot(key, mask)
        while values[i] != nil {
            if keys[i] == key && words[i] == word {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        words[i] = word
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let old = (keys, words, values)
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        words = [String](repeating: "", count: size)
        values = [Value?](repeating: nil, count: size)
        mask = size - 1
        count = 0
        for i in old.0.indices { if let v = old.2[i] { insert(old.1[i], v) } }
    }
}

/// A set of words with the fast lookups of ``WordMap``.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var map = WordMap<Bool>()

    /// Creates an empty set.
    public init() {}

    /// Creates a set of words.
    public init(_ words: some Sequence<String>) {
        for w in words { map.insert(w, true) }
    }

    public init(arrayLiteral elements: String...) {
        self.init(elements)
    }

    /// Whether the set holds a word.
    @inline(__always)
    public func contains(_ word: String) -> Bool { map[word] != nil }

    /// Whether the set holds a token's norm.
    @inline(__always)
    public func contains(_ t: Token) -> Bool { map.value(t) != nil }

    /// Adds a word.
    public mutating func insert(_ word: String) { map.insert(word, true) }

    /// The number of words.
    public var count: Int { map.count }

    /// Whether the set is empty.
    public var isEmpty: Bool { map.count == 0 }
}

/// An open-addressing map from 64-bit integers to 32-bit integers (trie edges).
struct IntMap: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 64)
        values = [Int32](repeating: -1, count: 64)
        mask = 63
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask
    }

    @inline(__always)
    func value(_ key: UInt64) -> Int32? {
        var i = Self.slot(key, mask)
        while true {
            let v = values[i]
            if v < 0 { return nil }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Self.slot(key, mask)
        while values[i] >= 0 {
            if keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func grow() {
        let old = (keys, values)
        keys = [UInt64](repeating: 0, count: old.0.count * 2)
        values = [Int32](repeating: -1, count: old.0.count * 2)
        mask = keys.count - 1
        count = 0
        for i in old.0.indices where old.1[i] >= 0 { insert(old.0[i], old.1[i]) }
    }
}
