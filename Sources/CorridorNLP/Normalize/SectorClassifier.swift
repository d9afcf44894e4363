public import CorridorModel

/// A keyword that points to a sector, found in a sentence.
public struct SectorMatch: Sendable, Hashable {
    /// The tokens of the keyword.
    public var tokens: Range<Int>
    /// The sector.
    public var sector: Sector
    /// The stable id of the `sectors.json` entry, e.g. `sector.energy`.
    public var rule: String
    /// The keyword as written in the data, e.g. "data centre".
    public var keyword: String

    /// Creates a match.
    public init(tokens: Range<Int>, sector: Sector, rule: String, keyword: String) {
        self.tokens = tokens
        self.sector = sector
        self.rule = rule
        self.keyword = keyword
    }
}

/// Files a sentence under the sectors its keywords point to.
///
/// Keywords are data (``SectorKeywords``), matched on token norms, longest phrase first, so "coal
/// mine" (mining) wins over "coal" (energy). Keywords written with capitals ("IT", "AI", "IPP")
/// match only with those capitals. The sectors come back in order of first mention, each once.
///
/// ```swift
/// let sectors = SectorClassifier(data: languageData)
/// sectors.sectors(in: doc, tokens: sentence.tokenRange) // [.energy, .transport]
/// ```
public struct SectorClassifier: Sendable {
    private struct Pattern: Sendable {
        /// Nil for an ignored phrase.
        var sector: Sector?
        var id: String
        var keyword: String
        /// For a keyword with capitals: the exact (folded) text each token must have.
        var surfaces: [String]?
    }

    private let table: PhraseTable<Int32>
    private let patterns: [Pattern]

    /// Creates a classifier from the bundled or user language data.
    public init(data: LanguageData) {
        self.init(keywords: data.sectors, tokenizer: Tokenizer(exceptions: data.tokenizer))
    }

    /// Creates a classifier from its keywords.
    ///
    /// - Parameters:
    ///   - keywords: the keywords of each sector.
    ///   - tokenizer: the tokenizer documents are split with; keywords are split the same way.
    public init(keywords: SectorKeywords, tokenizer: Tokenizer) {
        var table = PhraseTable<Int32>()
        var patterns: [Pattern] = []
        func add(_ keyword: String, sector: Sector?, id: String) {
            let bytes = Array(keyword.utf8)
            let tokens = tokenizer.tokenize(bytes)
            let hasCapitals = keyword.lowercased() != keyword
            let surfaces =
                hasCapitals ? tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } : nil
            patterns.append(Pattern(sector: sector, id: id, keyword: keyword, surfaces: surfaces))
            table.insert(PhraseForm(tokens: tokens), value: Int32(patterns.count - 1))
        }
        // Ignored phrases go first so that they win over a keyword of the same form.
        for phrase in keywords.ignored { add(phrase, sector: nil, id: "sector.ignored") }
        for entry in keywords.sectors {
            for keyword in entry.keywords { add(keyword, sector: entry.sector, id: entry.id) }
        }
        self.table = table
        self.patterns = patterns
    }

    /// The sector keywords in a run of tokens, in text order, without overlaps.
    ///
    /// - Parameters:
    ///   - doc: a tokenized document.
    ///   - range: the tokens to search; nil for the whole document.
    /// - Returns: each keyword found, with its sector and rule id.
    public func matches(in doc: Document, tokens range: Range<Int>? = nil) -> [SectorMatch] {
        let range = range ?? 0..<doc.tokens.count
        return scan(doc, range.clamped(to: 0..<doc.tokens.count), marks: nil)
    }

    /// The words a keyword may start with.
    var triggers: Dictionary<String, [PhraseTable<Int32>.Phrase]>.Keys { table.byFirst.keys }

    /// The scan behind ``matches(in:tokens:)``; `marks`, when given, skip tokens that start no keyword.
    func scan(_ doc: Document, _ range: Range<Int>, marks: TokenMarks?) -> [SectorMatch] {
        let tokens = doc.tokens
        let limit = range.upperBound
        var out: [SectorMatch] = []
        var i = range.lowerBound
        while i < limit {
            if let marks, !marks.has(i, TokenMarks.sector) {
                i += 1
                continue
            }
            guard let m = table.match(tokens, at: i, limit: limit) else {
                i += 1
                continue
            }
            let p = patterns[Int(m.value)]
            if let surfaces = p.surfaces {
                let same = zip(i..<m.end, surfaces).allSatisfy { doc.text(of: tokens[$0]) == $1 }
                guard same else {
                    i += 1
                    continue
                }
            }
            if let sector = p.sector {
                out.append(SectorMatch(tokens: i..<m.end, sector: sector, rule: p.id, keyword: p.keyword))
            }
            i = m.end
        }
        return out
    }

    /// The sectors a run of tokens mentions, in order of first mention, each once.
    ///
    /// - Parameters:
    ///   - doc: a tokenized document.
    ///   - range: the tokens to search; nil for the whole document.
    public func sectors(in doc: Document, tokens range: Range<Int>? = nil) -> [Sector] {
        Self.firstMentions(matches(in: doc, tokens: range))
    }

    /// The sectors of matches in order of first mention, each once.
    static func firstMentions(_ matches: [SectorMatch]) -> [Sector] {
        var seen = Set<Sector>()
        return matches.compactMap { seen.insert($0.sector).inserted ? $0.sector : nil }
    }
}
