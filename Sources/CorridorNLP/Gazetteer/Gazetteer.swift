public import CorridorModel

/// The compiled lexicon: every entry's name and aliases in one ``PhraseTrie``, with what the
/// matcher needs to check letter case.
///
/// Built once from ``LanguageData/lexicon`` and shared (it is an immutable value).
public struct Gazetteer: Sendable {
    /// The entries, in load order.
    public let entries: [LexiconEntry]
    private let trie: PhraseTrie
    private let patterns: [Pattern]
    private let indexByID: [String: Int]
    /// Per entry: which reading wins when several entries share a name (lower wins).
    private let rank: [Int]
    /// Per entry: 1 for bundled entries, 0 for user entries (which win ties of rank).
    private let bundled: [Int]

    /// One name of one entry, as tokens.
    struct Pattern: Sendable {
        var entry: Int32
        /// Folded surface forms of the pattern's tokens (for exact case).
        var surfaces: [String]
        /// Case shape of each pattern token.
        var shapes: [Shape]
        var rule: LexiconEntry.CaseRule
    }

    enum Shape: UInt8, Sendable {
        case lower, capitalized, allCaps, other
    }

    /// Compiles the entries with the tokenizer the documents will use.
    public init(entries: [LexiconEntry], tokenizer: Tokenizer) {
        self.entries = entries
        var trie = PhraseTrie()
        var patterns: [Pattern] = []
        var index: [String: Int] = [:]
        for (n, entry) in entries.enumerated() {
            index[entry.id] = n
            var seen = Set<String>()
            for name in entry.allNames {
                let bytes = Array(name.utf8)
                let tokens = tokenizer.tokenize(bytes).filter { !PhraseTrie.isSkippable($0) }
                let norms = tokens.map(\.norm)
                guard !norms.isEmpty else { continue }
                let surfaces = tokens.map { t in
                    String(String.UnicodeScalarView(
                        String(decoding: bytes[t.start..<t.end], as: UTF8.self).unicodeScalars.map {
                            TextFolding.fold($0) ?? $0
                        }))
                }
                let shapes = tokens.map(Self.shape)
                // A one-word alias with two or more capitals ("US", "UAE", "MoFA") is an acronym:
                // it matches letter for letter, so "us" and "Us" are not the United States.
                var rule = entry.case ?? .title
                if rule == .title, tokens.count == 1,
                    surfaces[0].unicodeScalars.filter({ $0.properties.isUppercase }).count >= 2
                {
                    rule = .exact
                }
                // Names that fold to the same norms are one pattern only when they also match the
                // same text: "US" and "U.S." share the norm "us" but are two exact spellings.
                let variant = rule == .exact ? surfaces : rule == .any ? [] : shapes.map { String($0.rawValue) }
                let key = (norms + ["\u{0}", rule.rawValue] + variant).joined(separator: " ")
                guard seen.insert(key).inserted else { continue }
                patterns.append(Pattern(entry: Int32(n), surfaces: surfaces, shapes: shapes, rule: rule))
                trie.insert(norms, value: Int32(patterns.count - 1))
            }
        }
        self.trie = trie
        self.patterns = patterns
        self.indexByID = index
        self.rank = entries.map(Self.rank)
        self.bundled = entries.map { $0.isBundled ? 1 : 0 }
    }

    /// Curated entries (people, bodies, companies) before countries, provinces, regions, capitals,
    /// nationalities and towns; bigger towns before smaller; ambiguous entries last.
    static func rank(_ e: LexiconEntry) -> Int {
        let base: Int =
            switch e.kind ?? "" {
            case "country": 1
            case "admin1": 2
            case "region", "continent", "sea", "ocean", "disputed-region": 3
            case "capital": 4
            case "demonym", "ethnic": 5
            case "city": 7
            default: e.label == .gpe && e.population != nil ? 6 : 0
            }
        let size = max(0, 9 - String(e.population ?? 0).count)  // more digits, earlier
        return (e.ambiguous == true ? 100 : 0) + base * 10 + (base >= 6 ? size : 0)
    }

    static func shape(_ t: Token) -> Shape {
        if t.isAllCaps { return .allCaps }
        if t.isCapitalized { return .capitalized }
        if t.flags.contains(.isLowercase) { return .lower }
        return .other
    }

    /// The entry with the given id.
    public func entry(id: String) -> LexiconEntry? {
        indexByID[id].map { entries[$0] }
    }

    /// The interned trie ids of a document's tokens, computed once per document.
    public func wordIDs(_ tokens: [Token]) -> [Int32?] {
        tokens.map { trie.wordID(of: $0) }
    }

    /// A lexicon hit in a document.
    public struct Hit: Sendable, Hashable {
        /// The first token.
        public var start: Int
        /// Just past the last token.
        public var end: Int
        /// Indices into ``Gazetteer/entries`` of every entry whose name matches here.
        public var entries: [Int]
    }

    /// The longest lexicon hit starting at token `start` (before `limit`) whose letter case agrees.
    public func longestHit(at start: Int, limit: Int, doc: Document, wordIDs: [Int32?]) -> Hit? {
        let found = trie.matches(startingAt: start, limit: limit, tokens: doc.tokens, wordIDs: wordIDs)
        for m in found.reversed() {
            let ok = m.values.filter { caseAgrees(patterns[Int($0)], m.start, m.end, doc) }
            if !ok.isEmpty {
                var seen = Set<Int>()
                let idx = ok.map { Int(patterns[Int($0)].entry) }.filter { seen.insert($0).inserted }
                // Equal ranks: user entries before bundled ones, then load order.
                return Hit(
                    start: m.start, end: m.end,
                    entries: idx.sorted { (rank[$0], bundled[$0], $0) < (rank[$1], bundled[$1], $1) })
            }
        }
        return nil
    }

    private func caseAgrees(_ p: Pattern, _ start: Int, _ end: Int, _ doc: Document) -> Bool {
        if p.rule == .any { return true }
        var k = 0
        for j in start..<end {
            let t = doc.tokens[j]
            if j > start && PhraseTrie.isSkippable(t) { continue }
            guard k < p.shapes.count else { return false }
            switch p.rule {
            case .exact:
                let s = String(String.UnicodeScalarView(doc.text(of: t).unicodeScalars.map { TextFolding.fold($0) ?? $0 }))
                if s != p.surfaces[k] { return false }
            case .title:
                switch p.shapes[k] {
                case .allCaps: if !t.isAllCaps && t.norm.count > 1 { return false }
                case .capitalized: if !t.isCapitalized { return false }
                case .lower, .other: break
                }
            case .any: break
            }
            k += 1
        }
        return true
    }
}
