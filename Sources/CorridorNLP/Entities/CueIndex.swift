/// The entity cue lists compiled into sets and small phrase tables for fast lookups by token norm.
struct CueIndex: Sendable {
    let titles: Set<String>
    let titleTrie: PhraseTrie
    let maxTitleWords: Int
    let titleModifiers: WordSet
    let orgHeads: WordSet
    let companySuffixes: WordSet
    let companyPrefixes: WordSet
    let facilityHeads: WordSet
    let eventHeads: WordSet
    let lawHeads: WordSet
    let lowercaseEventHeads: WordSet
    let connectors: WordSet
    let particles: WordSet
    let nameSuffixes: WordSet
    let nonNames: WordSet
    let nonAcronyms: WordSet
    let speechVerbs: WordSet
    let placePrepositions: WordSet
    let names: NameLists
    private let commonWords: WordSet
    private let nameParts: WordSet
    let chineseSurnames: WordSet

    init(_ cues: EntityCues, names: NameLists) {
        let titleKeys = cues.personTitles.map(Self.key)
        titles = Set(titleKeys)
        var trie = PhraseTrie()
        for t in titleKeys {
            // Hyphens are skipped when matching, so "vice-president" is stored as "vice president".
            let words = t.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            trie.insert(words, value: 0)
        }
        titleTrie = trie
        maxTitleWords = titleKeys.map { $0.split(separator: " ").count }.max() ?? 1
        titleModifiers = WordSet(cues.titleModifiers.map(Self.key))
        orgHeads = WordSet(cues.orgHeads.map(Self.key))
        companySuffixes = WordSet(cues.companySuffixes.map(Self.key))
        companyPrefixes = WordSet(cues.companyPrefixes.map(Self.key))
        facilityHeads = WordSet(cues.facilityHeads.map(Self.key))
        eventHeads = WordSet(cues.eventHeads.map(Self.key))
        lawHeads = WordSet(cues.lawHeads.map(Self.key))
        lowercaseEventHeads = WordSet(cues.lowercaseEventHeads.map(Self.key))
        connectors = WordSet(cues.connectors.map(Self.key))
        particles = WordSet(cues.nameParticles.map(Self.key))
        nameSuffixes = WordSet(cues.nameSuffixes.map(Self.key))
        nonNames = WordSet(cues.nonNames.map(Self.key))
        nonAcronyms = WordSet(cues.nonEntityAcronyms.map(Self.key))
        speechVerbs = WordSet(cues.speechVerbs.map(Self.key))
        placePrepositions = WordSet(cues.placePrepositions.map(Self.key))
        self.names = names
        commonWords = WordSet(names.commonWords)
        nameParts = WordSet(names.givenNames.union(names.surnames).union(names.chineseSurnames))
        chineseSurnames = WordSet(names.chineseSurnames)
    }

    /// Cue words are matched against token norms, which have abbreviation periods removed.
    static func key(_ s: String) -> String {
        TextFolding.key(s).replacingOccurrences(of: ".", with: "")
    }

    /// The length of the title phrase (modifiers included) starting at token `k`, or 0.
    func titleLength(at k: Int, limit: Int, tokens: [Token]) -> Int {
        var j = k
        // Modifiers first ("Federal", "Deputy", "former"), then the longest title phrase.
        while j < limit, tokens[j].kind == .word, titleModifiers.contains(tokens[j].norm),
            titleTrie.longestMatch(startingAt: j, limit: limit, tokens: tokens) == nil
        {
            j += 1
        }
        guard j < limit, let m = titleTrie.longestMatch(startingAt: j, limit: limit, tokens: tokens) else { return 0 }
        return m - k
    }

    /// The entity type a head word gives, if any.
    func headLabel(_ norm: String) -> HeadKind? {
        if orgHeads.contains(norm) { return .org }
        if lawHeads.contains(norm) { return .law }
        if eventHeads.contains(norm) { return .event }
        if facilityHeads.contains(norm) { return .facility }
        if companySuffixes.contains(norm) { return .company }
        return nil
    }

    enum HeadKind: Sendable {
        case org, company, facility, event, law
    }

    /// Whether a capitalised word is an ordinary English word rather than a name.
    func isCommonWord(_ norm: String) -> Bool { commonWords.contains(norm) }

    /// Whether a word is known as a personal name part.
    func isNamePart(_ norm: String) -> Bool { nameParts.contains(norm) }
}
