import CorridorModel

/// A date expression, or two joined into a range, and the tokens they cover.
struct DateComposite: Sendable {
    var start: DateCore
    var end: DateCore?
    var first: Int
    var last: Int
    var rule: String
    /// For a range: where the first expression alone ends and its rule, to fall back on when the
    /// range does not hold ("March 2024 to April 2023").
    var head: (end: Int, rule: String)? = nil

    /// The first expression alone.
    var headOnly: DateComposite? {
        head.map { DateComposite(start: start, end: nil, first: first, last: $0.end, rule: $0.rule) }
    }
}

extension DateScanner {
    /// The date expression starting at `i`, with any cue before it, read against the reference.
    func parse(at i: Int) -> DateMatch? {
        if let b = lexicon.betweenCues.match(tokens, at: i, limit: limit),
            let x = composed(at: b.end, contextOK: true, between: true), x.end != nil,
            let kind = finalizeRange(x, role: .plain)
        {
            return DateMatch(tokens: i..<x.last, kind: kind, rule: "date.between")
        }
        for (table, role, rule) in lexicon.roleCues {
            guard let c = table.match(tokens, at: i, limit: limit),
                var x = composed(at: c.end, contextOK: true, between: false)
            else { continue }
            // "from February 4 to 8" is a closed period, not one open at the end.
            if x.end != nil, role == .since, let kind = finalizeRange(x, role: .plain) {
                return DateMatch(tokens: i..<x.last, kind: kind, rule: "date.range")
            }
            if let kind = finalize(&x, role: role) {
                return DateMatch(tokens: i..<x.last, kind: kind, rule: rule)
            }
        }
        if let w = lexicon.withinCues.match(tokens, at: i, limit: limit), let (n, k) = count(at: w.end),
            let u = unit(at: k)
        {
            var x = DateComposite(start: .relative(.within(u, n)), end: nil, first: i, last: k + 1, rule: "date.within")
            if let kind = finalize(&x, role: .plain) { return DateMatch(tokens: i..<x.last, kind: kind, rule: x.rule) }
        }
        if var x = composed(at: i, contextOK: false, between: false), let kind = finalize(&x, role: .plain) {
            return DateMatch(tokens: x.first..<x.last, kind: kind, rule: x.rule)
        }
        return nil
    }

    /// Whether token `k` joins the two ends of a range.
    func isConnector(_ k: Int, between: Bool) -> Bool {
        guard let n = norm(k) else { return false }
        return between ? lexicon.andWords.contains(n) : lexicon.rangeConnectors.contains(n)
    }

    /// A date expression at `j`, joined with a second one into a range when a connector follows.
    func composed(at j: Int, contextOK: Bool, between: Bool) -> DateComposite? {
        // "4-8 February 2025", "4 to 8 February": the first day takes the month of the second.
        if let d1 = day(at: j, ordinals: false), isConnector(j + 1, between: between), let b = dayFirst(at: j + 2) {
            switch b.core {
            case .date(let p) where (p.day ?? 0) > d1:
                return DateComposite(
                    start: .date(PartialDate(year: p.year, month: p.month, day: d1)), end: b.core, first: j,
                    last: b.end,
                    rule: "date.range")
            case .noYear(let m, let d2?) where d2 > d1:
                return DateComposite(
                    start: .noYear(month: m, day: d1), end: b.core, first: j, last: b.end, rule: "date.range")
            default:
                break
            }
        }
        guard let a = core(at: j, contextOK: contextOK) else { return nil }
        let c = a.end
        guard isConnector(c, between: between) else {
            return DateComposite(start: a.core, end: nil, first: a.start, last: a.end, rule: a.rule)
        }
        if a.core.hasDay, let n = day(at: c + 1, ordinals: false), month(at: c + 2) == nil {
            // "February 4 to 8", "February 4-8, 2025".
            var start = a.core
            var end = DateCore.day(n)
            var last = c + 2
            if case .noYear(let m, let d?) = a.core, let y = year(at: skipComma(last)) {
                start = .date(PartialDate(year: y, month: m, day: d))
                end = .date(PartialDate(year: y, month: m, day: n))
                last = skipComma(last) + 1
            }
            return DateComposite(
                start: start, end: end, first: a.start, last: last, rule: "date.range", head: (a.end, a.rule))
        }
        if let b = core(at: c + 1, contextOK: true) {
            return DateComposite(
                start: a.core, end: b.core, first: a.start, last: b.end, rule: "date.range", head: (a.end, a.rule))
        }
        return DateComposite(start: a.core, end: nil, first: a.start, last: a.end, rule: a.rule)
    }

    // MARK: - Reading against the reference date

    /// The match kind of a composite in a role, or nil when it does not make a valid date.
    func finalize(_ x: inout DateComposite, role: RelativeDate.Role) -> DateMatch.Kind? {
        if let kind = finalizeRange(x, role: role) { return kind }
        guard let head = x.headOnly, let kind = single(head.start, role: role) else { return nil }
        x = head
        return kind
    }

    private func finalizeRange(_ x: DateComposite, role: RelativeDate.Role) -> DateMatch.Kind? {
        guard let end = x.end else { return single(x.start, role: role) }
        switch (x.start, end) {
        case (.date(let p), .day(let n)):
            guard let m = p.month, let d = p.day, n > d, CivilCalendar.isValid(p.year, m, n) else { return nil }
            return DateValue.period(p, PartialDate(year: p.year, month: m, day: n)).kind(for: role)
        case (.noYear(let m, let d?), .day(let n)):
            guard n > d, CivilCalendar.isValid(2000, m, n) else { return nil }
            return relative(RelativeDate(.monthDay(month: m, day: d), end: .monthDay(month: m, day: n), role: role))
        case (.noYear(let m, let d), .date(let q)):
            // "December 28 to January 3, 2025": the start takes the end's year, or the year before.
            let year = (m, d ?? 1) > (q.month ?? 12, q.day ?? 31) ? q.year - 1 : q.year
            guard d.map({ CivilCalendar.isValid(year, m, $0) }) ?? true else { return nil }
            return combine(.point(PartialDate(year: year, month: m, day: d)), .point(q), role: role)
        case (.date(let p), .noYear(let m, let d)):
            let year = (m, d ?? 31) < (p.month ?? 1, p.day ?? 1) ? p.year + 1 : p.year
            guard d.map({ CivilCalendar.isValid(year, m, $0) }) ?? true else { return nil }
            return combine(.point(p), .point(PartialDate(year: year, month: m, day: d)), role: role)
        case (.noYear(let m1, let d1), .noYear(let m2, let d2)):
            return relative(RelativeDate(.monthDay(month: m1, day: d1), end: .monthDay(month: m2, day: d2), role: role))
        case (_, .day), (.day, _):
            return nil
        default:
            guard let a = value(x.start), let b = value(end) else { return nil }
            return combine(a, b, role: role)
        }
    }

    private func single(_ core: DateCore, role: RelativeDate.Role) -> DateMatch.Kind? {
        switch core {
        case .date(let p): return DateValue.point(p).kind(for: role)
        case .years(let a, let b):
            return DateValue.period(PartialDate(year: a), PartialDate(year: b)).kind(for: role)
        case .noYear(let m, let d): return relative(RelativeDate(.monthDay(month: m, day: d), role: role))
        case .relative(let e): return relative(RelativeDate(e, role: role))
        case .day: return nil
        }
    }

    /// A relative date resolved against the reference, or kept relative when there is none.
    private func relative(_ r: RelativeDate) -> DateMatch.Kind? {
        guard let reference else { return .relative(r) }
        if let kind = r.resolved(relativeTo: reference, preferringFuture: future, toleranceDays: lexicon.toleranceDays)
        {
            return kind
        }
        // Too coarse a reference ("on Thursday" in an article dated only "2025-02") leaves the
        // expression relative; a day that does not exist in the chosen year drops it.
        return reference.precision < r.neededPrecision ? .relative(r) : nil
    }

    /// The value of one end of a range; relative ends need the reference date.
    private func value(_ core: DateCore) -> DateValue? {
        switch core {
        case .date(let p): return .point(p)
        case .years(let a, let b): return .period(PartialDate(year: a), PartialDate(year: b))
        case .day: return nil
        case .noYear(let m, let d):
            guard let reference else { return nil }
            return RelativeDate.Expression.monthDay(month: m, day: d)
                .value(reference, future, lexicon.toleranceDays)
        case .relative(let e):
            guard let reference else { return nil }
            return e.value(reference, future, lexicon.toleranceDays)
        }
    }

    private func combine(_ a: DateValue, _ b: DateValue, role: RelativeDate.Role) -> DateMatch.Kind? {
        guard let first = a.first, let last = b.last, first <= last else { return nil }
        return DateValue.period(first, last).kind(for: role)
    }
}
