/// The entity cue lists compiled into sets and small phrase tables for fast lookups by token norm.
struct CueIndex: Sendable {
    let titles: Set<String>
    let titleTrie: PhraseTrie
    let maxTitleWords: Int
    let titleModifiers: Set<String>
    let orgHeads: Set<String>
    let companySuffixes: Set<String>
    let facilityHeads: Set<String>
    let eventHeads: Set<String>
    let lawHeads: Set<String>
    let lowercaseEventHeads: Set<String>
    let connectors: Set<String>
    let particles: Set<String>
    let nameSuffixes: Set<String>
    let nonNames: Set<String>
    let nonAcronyms: Set<String>
    let speechVerbs: Set<String>
    let placePrepositions: Set<String>
    let names: NameLists

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
        titleModifiers = Set(cues.titleModifiers.map(Self.key))
        orgHeads = Set(cues.orgHeads.map(Self.key))
        companySuffixes = Set(cues.companySuffixes.map(Self.key))
        facilityHeads = Set(cues.facilityHeads.map(Self.key))
        eventHeads = Set(cues.eventHeads.map(Self.key))
        lawHeads = Set(cues.lawHeads.map(Self.key))
        lowercaseEventHeads = Set(cues.lowercaseEventHeads.map(Self.key))
        connectors = Set(cues.connectors.map(Self.key))
        particles = Set(cues.nameParticles.map(Self.key))
        nameSuffixes = Set(cues.nameSuffixes.map(Self.key))
        nonNames = Set(cues.nonNames.map(Self.key))
        nonAcronyms = Set(cues.nonEntityAcronyms.map(Self.key))
        speechVerbs = Set(cues.speechVerbs.map(Self.key))
        placePrepositions = Set(cues.placePrepositions.map(Self.key))
        self.names = names
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
    func isCommonWord(_ norm: String) -> Bool { names.commonWords.contains(norm) }

    /// Whether a word is known as a personal name part.
    func isNamePart(_ norm: String) -> Bool {
        names.givenNames.contains(norm) || names.surnames.contains(norm) || names.chineseSurnames.contains(norm)
    }
}
