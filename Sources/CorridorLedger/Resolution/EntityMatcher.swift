/// Decides whether an entity reported by an article is a ledger entity already known.
///
/// The rules, in order:
/// 1. Two gazetteer ids decide alone: equal ids match, different ids never do.
/// 2. Type classes must agree (person, organisation, place, misc), except that organisations and
///    facilities are interchangeable ("Chinese Embassy", "Gwadar Port Authority"), and a type the
///    extractor only guessed yields to an identical name of another class.
/// 3. Countries must agree when both are known. A generic name ("Ministry of Foreign Affairs")
///    with a country never matches one without: Pakistan's ministry is not China's.
/// 4. The names must agree, strongest evidence first: the same name (100), the same name within
///    one country (90), a name equal to the other's alias (80), shared aliases (60), an acronym
///    of the other's name (60), a lone surname or family name of a full name (40).
///
/// ```swift
/// let m = EntityMatcher()
/// m.score(keyer.profile(name: "Zardari", …), keyer.profile(name: "Asif Ali Zardari", …)) // 40
/// ```
public struct EntityMatcher: Sendable {
    /// The score of a name match that is certain enough to merge two existing records it bridges.
    public static let bridging = 90
    /// The score from which a match needs no uniqueness check.
    public static let strong = 80

    /// Creates a matcher.
    public init() {}

    /// How strongly `a` and `b` name the same thing, or nil when they cannot be the same.
    public func score(_ a: EntityProfile, _ b: EntityProfile) -> Int? {
        if let la = a.lexiconID, let lb = b.lexiconID { return la == lb ? 100 : nil }
        let sameName = !a.nameKeys.isDisjoint(with: b.nameKeys)
        guard classesAgree(a, b, sameName: sameName) else { return nil }
        if let ca = a.country, let cb = b.country, ca != cb { return nil }
        if (a.country == nil) != (b.country == nil), a.isGeneric || b.isGeneric { return nil }
        if sameName { return 100 }
        if !a.countryKeys.isDisjoint(with: b.countryKeys) { return 90 }
        if !a.nameKeys.isDisjoint(with: b.aliasKeys) || !b.nameKeys.isDisjoint(with: a.aliasKeys) { return 80 }
        if !a.aliasKeys.isDisjoint(with: b.aliasKeys) { return 60 }
        if a.typeClass != .person, b.typeClass != .person {
            if !a.acronyms.isDisjoint(with: b.shortForms) || !b.acronyms.isDisjoint(with: a.shortForms) { return 60 }
        }
        if a.typeClass == .person, b.typeClass == .person, let s = surnameMatch(a, b), s { return 40 }
        return nil
    }

    private func classesAgree(_ a: EntityProfile, _ b: EntityProfile, sameName: Bool) -> Bool {
        let ca = a.typeClass
        let cb = b.typeClass
        if ca == cb { return true }
        if Set([a.type, b.type]) == [.org, .fac] { return true }
        return sameName && (a.isTypeTentative || b.isTypeTentative)
    }

    /// A one-word person name against a full name that begins or ends with it.
    private func surnameMatch(_ a: EntityProfile, _ b: EntityProfile) -> Bool? {
        let (short, long) = a.canonicalWords.count == 1 ? (a, b) : (b, a)
        guard short.canonicalWords.count == 1, long.canonicalWords.count >= 2, let w = short.canonicalWords.first,
            w.count >= 2
        else { return nil }
        return long.canonicalWords.first == w || long.canonicalWords.last == w
    }
}
