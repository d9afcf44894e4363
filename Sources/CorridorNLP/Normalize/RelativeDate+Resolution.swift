public import CorridorModel

/// A resolved date value before its role is applied: one date or a span.
enum DateValue: Sendable, Hashable {
    case point(PartialDate)
    case period(PartialDate?, PartialDate?)

    var first: PartialDate? {
        switch self {
        case .point(let p): p
        case .period(let s, _): s
        }
    }

    var last: PartialDate? {
        switch self {
        case .point(let p): p
        case .period(_, let e): e
        }
    }

    /// The match kind for a role.
    func kind(for role: RelativeDate.Role) -> DateMatch.Kind? {
        switch (role, self) {
        case (.plain, .point(let p)): return .point(p)
        case (.plain, .period(let s, let e)): return .period(Period(start: s, end: e))
        case (.deadline, _): return last.map { .deadline($0) }
        case (.since, _): return first.map { .period(Period(start: $0, end: nil)) }
        case (.until, _): return last.map { .period(Period(start: nil, end: $0)) }
        }
    }
}

extension RelativeDate {
    /// Reads the expression against a reference date.
    ///
    /// A month and day without a year take the reference year, or the year before when that would
    /// put them more than `toleranceDays` after the reference date (news reports the past) — unless
    /// `preferringFuture` says the sentence looks ahead ("will visit on 23 March"); a bare weekday
    /// then means the coming one ("will visit on Saturday").
    ///
    /// ```swift
    /// let r = RelativeDate(.weekday(4, .onOrBefore))
    /// r.resolved(relativeTo: PartialDate(year: 2025, month: 2, day: 8)) // .point(2025-02-06)
    /// ```
    ///
    /// - Parameters:
    ///   - reference: the publication date.
    ///   - preferringFuture: keep the reference year for dates that fall after the reference date.
    ///   - toleranceDays: how far after the reference date a yearless date may fall.
    /// - Returns: the match kind, or nil when the reference date is too coarse (a weekday needs a day).
    public func resolved(
        relativeTo reference: PartialDate, preferringFuture: Bool = false, toleranceDays: Int = 7
    ) -> DateMatch.Kind? {
        guard let start = expression.value(reference, preferringFuture, toleranceDays) else { return nil }
        guard let end else { return start.kind(for: role) }
        let last: DateValue?
        if case .monthDay(let m2, let d2) = end, case .point(let s) = start, s.month != nil {
            // The end of "February 4 to 8" or "December 28 to January 3" follows the start's year.
            let year = (m2, d2 ?? 1) < (s.month ?? 1, s.day ?? 1) ? s.year + 1 : s.year
            guard d2.map({ CivilCalendar.isValid(year, m2, $0) }) ?? true else { return nil }
            last = .point(PartialDate(year: year, month: m2, day: d2))
        } else {
            last = end.value(reference, preferringFuture, toleranceDays)
        }
        guard let last, let a = start.first, let b = last.last, a <= b else { return nil }
        return DateValue.period(a, b).kind(for: role)
    }
}

extension RelativeDate {
    /// The precision a reference date needs for the expression to be resolved.
    public var neededPrecision: PartialDate.Precision {
        max(expression.neededPrecision, end?.neededPrecision ?? .year)
    }
}

extension RelativeDate.Expression {
    /// The precision a reference date needs for the expression to be resolved.
    public var neededPrecision: PartialDate.Precision {
        switch self {
        case .offset(let unit, _), .within(let unit, _):
            switch unit {
            case .day, .week: .day
            case .month: .month
            case .year: .year
            }
        case .weekday: .day
        case .monthDay, .monthInYear: .year
        }
    }

    /// The value against a reference date, or nil when the reference is too coarse.
    func value(_ ref: PartialDate, _ preferringFuture: Bool, _ toleranceDays: Int) -> DateValue? {
        switch self {
        case .offset(let unit, let n):
            return offset(unit, n, ref)
        case .weekday(let w, let direction):
            guard let m = ref.month, let d = ref.day else { return nil }
            let today = CivilCalendar.dayNumber(ref.year, m, d)
            let current = CivilCalendar.weekday(dayNumber: today)
            let delta: Int
            switch direction {
            // "will visit Beijing on Saturday": a bare weekday in a sentence that looks ahead is the next one.
            case .onOrBefore where preferringFuture: delta = (w - current + 7) % 7
            case .onOrBefore: delta = -((current - w + 7) % 7)
            case .before: delta = -((current - w + 7) % 7 == 0 ? 7 : (current - w + 7) % 7)
            case .after: delta = (w - current + 7) % 7 == 0 ? 7 : (w - current + 7) % 7
            }
            return .point(CivilCalendar.partialDate(dayNumber: today + delta))
        case .monthDay(let month, let day):
            var year = ref.year
            if !preferringFuture, let refMonth = ref.month {
                if let refDay = ref.day {
                    let candidate = CivilCalendar.dayNumber(year, month, day ?? 1)
                    if candidate > CivilCalendar.dayNumber(ref.year, refMonth, refDay) + toleranceDays { year -= 1 }
                } else if month > refMonth {
                    year -= 1
                }
            }
            if let day, !CivilCalendar.isValid(year, month, day) { return nil }
            return .point(PartialDate(year: year, month: month, day: day))
        case .monthInYear(let month, let yearOffset):
            return .point(PartialDate(year: ref.year + yearOffset, month: month))
        case .within(let unit, let n):
            // The span starts at the reference date, at the precision of the unit counted.
            switch unit {
            case .year:
                return .period(PartialDate(year: ref.year), PartialDate(year: ref.year + n))
            case .month:
                guard let m = ref.month else { return nil }
                let (y, mm) = CivilCalendar.addMonths(ref.year, m, n)
                return .period(PartialDate(year: ref.year, month: m), PartialDate(year: y, month: mm))
            case .day, .week:
                guard let m = ref.month, let d = ref.day else { return nil }
                let today = CivilCalendar.dayNumber(ref.year, m, d)
                let days = unit == .week ? 7 * n : n
                return .period(ref, CivilCalendar.partialDate(dayNumber: today + days))
            }
        }
    }

    private func offset(_ unit: DateUnit, _ n: Int, _ ref: PartialDate) -> DateValue? {
        switch unit {
        case .year:
            return .point(PartialDate(year: ref.year + n))
        case .month:
            guard let m = ref.month else { return nil }
            let (y, mm) = CivilCalendar.addMonths(ref.year, m, n)
            return .point(PartialDate(year: y, month: mm))
        case .day:
            guard let m = ref.month, let d = ref.day else { return nil }
            return .point(CivilCalendar.partialDate(dayNumber: CivilCalendar.dayNumber(ref.year, m, d) + n))
        case .week:
            guard let m = ref.month, let d = ref.day else { return nil }
            let today = CivilCalendar.dayNumber(ref.year, m, d)
            let monday = today - (CivilCalendar.weekday(dayNumber: today) - 1) + 7 * n
            return .period(
                CivilCalendar.partialDate(dayNumber: monday), CivilCalendar.partialDate(dayNumber: monday + 6))
        }
    }
}
