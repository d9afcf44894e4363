public import CorridorModel
import Foundation

/// Decides whether a fact reported by an article is a ledger fact already known.
///
/// - **Agreements**: the same kind (or one of them `other`), the same umbrella-ness, parties that
///   overlap by half or more, and either titles that agree (token Jaccard ≥ the configured
///   similarity, dates within a month) or, untitled, dates within the window.
/// - **Events**: the same kind, actors that overlap by half or more (or one side's within the
///   other's), dates within two days, and no conflicting place.
/// - **Commitments**: the same actor, and the same amount (±0.5 %) or quantity, or the same
///   wording (Jaccard ≥ 0.6) within a month.
/// - **Projects**: names that match as entity names do (keys, aliases, acronyms), or the same
///   words up to one letter in words of five or more letters ("Gawadar Port", "Gwadar Port").
///
/// Dates are the dates stated in the article, else its publication date; an unknown date is
/// compatible with any.
public struct FactMatcher: Sendable {
    /// The thresholds.
    public let configuration: ResolverConfiguration
    private let keyer: NameKeyer

    /// Creates a matcher.
    public init(configuration: ResolverConfiguration) {
        self.configuration = configuration
        keyer = NameKeyer(configuration: configuration)
    }

    /// How strongly `a` and `b` are the same fact, or nil when they are not.
    public func score(_ a: LedgerFact, _ b: LedgerFact) -> Int? {
        guard a.kind == b.kind else { return nil }
        switch a.kind {
        case .agreement: return agreementScore(a, b)
        case .event: return eventScore(a, b)
        case .commitment: return commitmentScore(a, b)
        case .project: return projectScore(a, b)
        case .entity: return nil
        }
    }

    /// Whether `member` is one of the documents the umbrella record `umbrella` stands for.
    public func isMember(_ member: LedgerFact, of umbrella: LedgerFact) -> Bool {
        guard umbrella.kind == .agreement, member.kind == .agreement, umbrella.isUmbrella, !member.isUmbrella else {
            return false
        }
        let pu = Set(umbrella.entityIDs(.party))
        let pm = Set(member.entityIDs(.party))
        guard pu.isEmpty || pm.isEmpty || !pu.isDisjoint(with: pm) else { return false }
        return PartialDate.areWithin(member.date, umbrella.date, days: 3) && member.date != nil && umbrella.date != nil
    }

    // MARK: - Kinds

    private func agreementScore(_ a: LedgerFact, _ b: LedgerFact) -> Int? {
        guard a.subtype == b.subtype || a.subtype == "other" || b.subtype == "other" else { return nil }
        guard a.isUmbrella == b.isUmbrella else { return nil }
        let pa = Set(a.entityIDs(.party))
        let pb = Set(b.entityIDs(.party))
        if !pa.isEmpty, !pb.isEmpty, Self.jaccard(pa, pb) < 0.5 { return nil }
        let ta = titleWords(a)
        let tb = titleWords(b)
        if !ta.isEmpty, !tb.isEmpty {
            guard Self.jaccard(ta, tb) >= configuration.titleSimilarity else { return nil }
            return PartialDate.areWithin(a.date, b.date, days: 31) ? 100 : nil
        }
        // "23 MoUs" signed by the same parties: the same count identifies the batch even when one
        // article has no date.
        if a.isUmbrella, let ca = a.count, ca >= 2, ca == b.count, !pa.isEmpty, pa == pb,
            a.date == nil || b.date == nil
        {
            return 80
        }
        guard !pa.isEmpty, !pb.isEmpty, a.date != nil, b.date != nil else { return nil }
        guard PartialDate.areWithin(a.date, b.date, days: configuration.dateWindowDays) else { return nil }
        if a.isUmbrella { return a.count == b.count ? 90 : 70 }
        return pa == pb ? 70 : 60
    }

    private func eventScore(_ a: LedgerFact, _ b: LedgerFact) -> Int? {
        guard a.subtype == b.subtype else { return nil }
        let xa = Set(a.entityIDs(.actor))
        let xb = Set(b.entityIDs(.actor))
        guard !xa.isEmpty, !xb.isEmpty else { return nil }
        guard Self.jaccard(xa, xb) >= 0.5 || xa.isSubset(of: xb) || xb.isSubset(of: xa) else { return nil }
        let place = (a.entityIDs(.place).first, b.entityIDs(.place).first)
        if let p = place.0, let q = place.1, p != q { return nil }
        guard a.date != nil, b.date != nil, PartialDate.areWithin(a.date, b.date, days: 2) else { return nil }
        return xa == xb ? 90 : 70
    }

    private func commitmentScore(_ a: LedgerFact, _ b: LedgerFact) -> Int? {
        let xa = a.entityIDs(.actor).first
        let xb = b.entityIDs(.actor).first
        guard xa == xb else { return nil }
        if let ma = a.amount, let mb = b.amount {
            guard ma.currency == mb.currency else { return nil }
            let tolerance = max(ma.value, mb.value) * Decimal(5) / Decimal(1000)
            let diff = ma.value - mb.value
            return (diff < 0 ? -diff : diff) <= tolerance ? 90 : nil
        }
        if let qa = a.quantity, let qb = b.quantity {
            return qa.value == qb.value ? 85 : nil
        }
        let wa = Set(NameFolding.words(a.label))
        let wb = Set(NameFolding.words(b.label))
        guard Self.jaccard(wa, wb) >= 0.6, a.date != nil, b.date != nil else { return nil }
        return PartialDate.areWithin(a.date, b.date, days: 31) ? 70 : nil
    }

    private func projectScore(_ a: LedgerFact, _ b: LedgerFact) -> Int? {
        let pa = keyer.profile(name: a.label, aliases: a.aliases, type: .fac)
        let pb = keyer.profile(name: b.label, aliases: b.aliases, type: .fac)
        if !pa.nameKeys.isDisjoint(with: pb.nameKeys) { return 100 }
        if !pa.nameKeys.isDisjoint(with: pb.aliasKeys) || !pb.nameKeys.isDisjoint(with: pa.aliasKeys) { return 80 }
        if !pa.aliasKeys.isDisjoint(with: pb.aliasKeys) { return 60 }
        if !pa.acronyms.isDisjoint(with: pb.shortForms) || !pb.acronyms.isDisjoint(with: pa.shortForms) { return 60 }
        for x in pa.nameKeys.union(pa.aliasKeys) {
            for y in pb.nameKeys.union(pb.aliasKeys) where Self.isSpellingVariant(x, y) { return 70 }
        }
        return nil
    }

    // MARK: - Helpers

    private func titleWords(_ f: LedgerFact) -> Set<String> {
        Set(NameFolding.words(f.label).filter { !Self.titleStopWords.contains($0) })
    }

    static let titleStopWords: Set<String> = [
        "the", "of", "and", "on", "for", "in", "between", "a", "an", "to", "with",
    ]

    static func jaccard<T>(_ a: Set<T>, _ b: Set<T>) -> Double {
        let u = a.union(b).count
        return u == 0 ? 0 : Double(a.intersection(b).count) / Double(u)
    }

    /// The same words, with at most one word per name differing by one edit (in words of ≥ 5 letters).
    static func isSpellingVariant(_ x: String, _ y: String) -> Bool {
        let a = x.split(separator: " ")
        let b = y.split(separator: " ")
        guard a.count == b.count, a.count >= 2 else { return false }
        var edits = 0
        for (u, v) in zip(a, b) where u != v {
            guard u.count >= 5 || v.count >= 5, editDistance(Array(u), Array(v)) <= 1 else { return false }
            edits += 1
        }
        return edits == 1
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard abs(a.count - b.count) <= 1 else { return 2 }
        var prev = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var cur = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            prev = cur
        }
        return prev[b.count]
    }
}
