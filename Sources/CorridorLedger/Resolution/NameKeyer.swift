public import CorridorModel

/// Turns names into ``EntityProfile``s: folded keys, stripped titles, acronyms and country keys.
///
/// ```swift
/// let keyer = NameKeyer(configuration: ResolverConfiguration())
/// let p = keyer.profile(name: "Pakistan's Ministry of Foreign Affairs", aliases: [], type: .org)
/// p.country            // "PK"
/// p.countryKeys        // ["PK:ministry of foreign affair"]
/// ```
public struct NameKeyer: Sendable {
    /// The word lists.
    public let configuration: ResolverConfiguration
    private let titles: [[String]]
    private let synonyms: [String: String]

    /// Creates a keyer.
    public init(configuration: ResolverConfiguration) {
        self.configuration = configuration
        // Longest titles first so "prime minister" wins over "minister".
        titles = configuration.personTitles.map { NameFolding.words($0) }.filter { !$0.isEmpty }
            .sorted { ($0.count, $0.joined()) > ($1.count, $1.joined()) }
        synonyms = [
            "foreign office": "ministry of foreign affair",
            "foreign ministry": "ministry of foreign affair",
            "mofa": "ministry of foreign affair",
            "foreign affair ministry": "ministry of foreign affair",
        ]
    }

    /// The profile of an entity as an article reports it.
    public func profile(of e: Entity, tentativeRules: Set<String> = NameKeyer.tentativeRules) -> EntityProfile {
        let tentative = !e.rules.isEmpty && e.lexiconID == nil && e.rules.allSatisfy { tentativeRules.contains($0) }
        return profile(
            name: e.name, aliases: e.aliases, type: e.type, country: e.country, lexiconID: e.lexiconID,
            isTypeTentative: tentative)
    }

    /// Rules whose type is a guess: a lone unknown name, an all-caps word, a name before "said".
    public static let tentativeRules: Set<String> = ["entity.unknown-name", "entity.acronym", "entity.speaker"]

    /// The profile of a ledger entity.
    public func profile(of e: LedgerEntity) -> EntityProfile {
        profile(
            name: e.name, aliases: e.aliases, type: e.type, country: e.country, lexiconID: e.lexiconID,
            isTypeTentative: e.isTypeTentative)
    }

    /// The profile of a name with its aliases.
    public func profile(
        name: String, aliases: [String], type: EntityType, country: String? = nil, lexiconID: String? = nil,
        isTypeTentative: Bool = false
    ) -> EntityProfile {
        let isPerson = EntityProfile.TypeClass(type) == .person
        let isBody = type == .org || type == .fac
        var implied: String?
        var nameKeys = Set<String>()
        var aliasKeys = Set<String>()
        var acronyms = Set<String>()
        var shortForms = Set<String>()
        var countryStripped = Set<String>()
        var personTokens = Set<String>()
        var canonical: [String] = []
        var generic = false

        for (n, form) in ([name] + aliases).enumerated() {
            var words = NameFolding.words(form)
            if isPerson { words = stripTitles(words) } else if words.first == "the" { words.removeFirst() }
            guard !words.isEmpty else { continue }
            if n == 0 { canonical = words }
            let isName = n == 0
            if !isPerson, words.count == 1, NameFolding.looksLikeAcronym(form.filter { $0.isLetter || $0.isNumber || $0 == "-" }) {
                shortForms.insert(words[0])
            }
            if !isPerson, words.count >= 2 {
                for a in acronymForms(words) { acronyms.insert(a) }
            }
            if isPerson {
                if words.count >= 2, let f = words.first, let l = words.last {
                    if isName { personTokens.formUnion([f, l]) }
                } else if isName {
                    personTokens.insert(words[0])
                }
                // One-word aliases of people ("Li", "Sharif") are too ambiguous across articles.
                if !isName && words.count < 2 { continue }
            }
            var variants = Set([normalized(words)])
            if isBody {
                let (rest, code) = stripCountry(words)
                if let code, !rest.isEmpty {
                    implied = implied ?? code
                    countryStripped.insert(normalized(rest))
                }
                if isName {
                    generic = rest.allSatisfy { configuration.genericWords.contains($0) }
                    // "Pakistan's Ministry of Foreign Affairs" is known as org:pk:ministry-of-foreign-affairs.
                    if generic, code != nil, !rest.isEmpty { canonical = rest }
                }
                var trimmed = words
                while trimmed.count > 1, let last = trimmed.last, configuration.companySuffixes.contains(last) {
                    trimmed.removeLast()
                }
                if trimmed.count < words.count { variants.insert(normalized(trimmed)) }
            }
            for v in variants {
                if let s = synonyms[v] { variants.insert(s) }
                if let m = ministryForm(v) { variants.insert(m) }
            }
            if isName {
                nameKeys.formUnion(variants)
                if !isBody { generic = words.allSatisfy { configuration.genericWords.contains($0) } }
            } else {
                aliasKeys.formUnion(variants)
            }
        }
        aliasKeys.subtract(nameKeys)
        let resolvedCountry = country ?? implied
        var countryKeys = Set<String>()
        if let c = resolvedCountry, !isPerson {
            for k in nameKeys.union(aliasKeys).union(countryStripped) { countryKeys.insert(c + ":" + k) }
            for k in countryStripped {
                if let s = synonyms[k] { countryKeys.insert(c + ":" + s) }
                if let m = ministryForm(k) { countryKeys.insert(c + ":" + m) }
            }
        }
        return EntityProfile(
            type: type, country: resolvedCountry, lexiconID: lexiconID, isTypeTentative: isTypeTentative,
            nameKeys: nameKeys, aliasKeys: aliasKeys, acronyms: acronyms, shortForms: shortForms,
            countryKeys: countryKeys, personTokens: personTokens, isGeneric: !isPerson && generic && !canonical.isEmpty,
            canonicalWords: canonical)
    }

    // MARK: - Normalisation

    /// Words joined after dropping plural endings and ordering hyphenated country pairs.
    func normalized(_ words: [String]) -> String {
        var out: [String] = []
        var i = 0
        while i < words.count {
            let w = words[i]
            // "Pakistan China" written without a hyphen is still a pair.
            if i + 1 < words.count, let a = configuration.countryWords[w], let b = configuration.countryWords[words[i + 1]],
                a != b
            {
                out.append([a, b].sorted().joined(separator: "-").lowercased())
                i += 2
                continue
            }
            out.append(pairForm(w) ?? stem(w))
            i += 1
        }
        return out.joined(separator: " ")
    }

    private func pairForm(_ w: String) -> String? {
        let parts = w.split(separator: "-").map(String.init)
        guard parts.count == 2, let a = configuration.countryWords[parts[0]], let b = configuration.countryWords[parts[1]],
            a != b
        else { return nil }
        return [a, b].sorted().joined(separator: "-").lowercased()
    }

    private func stem(_ w: String) -> String {
        guard w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") else {
            return w
        }
        return String(w.dropLast())
    }

    /// "railways ministry" → "ministry of railway": the two ways of naming a ministry agree.
    private func ministryForm(_ key: String) -> String? {
        let words = key.split(separator: " ").map(String.init)
        guard words.count >= 2, words.last == "ministry" else { return nil }
        return "ministry of " + words.dropLast().joined(separator: " ")
    }

    /// Drops a leading country word ("Pakistan's", "Chinese") or a trailing "of <country>".
    func stripCountry(_ words: [String]) -> ([String], String?) {
        if words.count >= 2, let c = configuration.countryWords[words[0]] { return (Array(words.dropFirst()), c) }
        if words.count >= 3, let c = configuration.countryWords[words[0] + " " + words[1]] {
            return (Array(words.dropFirst(2)), c)
        }
        if words.count >= 3, words[words.count - 2] == "of", let c = configuration.countryWords[words[words.count - 1]] {
            return (Array(words.dropLast(2)), c)
        }
        return (words, nil)
    }

    /// Strips leading titles (with their modifiers) from a person's name.
    func stripTitles(_ words: [String]) -> [String] {
        var w = words[...]
        var changed = true
        while changed, w.count > 1 {
            changed = false
            if let first = w.first, configuration.titleModifiers.contains(first) || configuration.countryWords[first] != nil,
                w.count > 2, titles.contains(where: { w.dropFirst().starts(with: $0) })
            {
                w = w.dropFirst()
                changed = true
            }
            for t in titles where w.starts(with: t) && w.count > t.count {
                w = w.dropFirst(t.count)
                changed = true
                break
            }
        }
        return Array(w)
    }

    /// Acronyms of a multi-word name: initials of the content words, and of all words.
    func acronymForms(_ words: [String]) -> Set<String> {
        let parts = words.flatMap { $0.split(separator: "-").map(String.init) }
        guard parts.allSatisfy({ $0.first?.isLetter ?? false }) else { return [] }
        // Stop words may or may not give a letter ("MoITT": of yes, and no): try each choice.
        let stops = parts.indices.filter { configuration.stopWords.contains(parts[$0]) }.prefix(4)
        var out = Set<String>()
        for mask in 0..<(1 << stops.count) {
            var a = ""
            for (i, p) in parts.enumerated() {
                guard let f = p.first else { continue }
                if let s = stops.firstIndex(of: i), mask & (1 << (s - stops.startIndex)) == 0 { continue }
                a.append(f)
            }
            if a.count >= 2 { out.insert(a) }
        }
        // "Company Limited" suffixes often fall out of acronyms: "CSCC" for "… Construction Company Limited".
        var trimmed = parts
        while trimmed.count > 2, let l = trimmed.last, configuration.companySuffixes.contains(l) {
            trimmed.removeLast()
            let a = String(trimmed.filter { !configuration.stopWords.contains($0) }.compactMap(\.first))
            if a.count >= 2 { out.insert(a) }
        }
        return out
    }
}
