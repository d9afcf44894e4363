public import CorridorModel

extension PartialDate {
    /// The days (since 1970-01-01) this date may stand for: one day, a whole month or a whole year.
    public var dayRange: ClosedRange<Int> {
        let m = month ?? 1
        let first = CivilCalendar.dayNumber(year, m, day ?? 1)
        let last: Int
        if day != nil {
            last = first
        } else if let month {
            last = month == 12 ? CivilCalendar.dayNumber(year + 1, 1, 1) - 1 : CivilCalendar.dayNumber(year, month + 1, 1) - 1
        } else {
            last = CivilCalendar.dayNumber(year + 1, 1, 1) - 1
        }
        return first...max(first, last)
    }

    /// The smallest number of days between the periods two dates may stand for (0 when they overlap).
    public static func dayGap(_ a: PartialDate, _ b: PartialDate) -> Int? {
        let ra = a.dayRange
        let rb = b.dayRange
        if ra.overlaps(rb) { return 0 }
        return ra.upperBound < rb.lowerBound ? rb.lowerBound - ra.upperBound : ra.lowerBound - rb.upperBound
    }

    /// Whether two optional dates are within `days` of each other; an unknown date is compatible.
    public static func areWithin(_ a: PartialDate?, _ b: PartialDate?, days: Int) -> Bool {
        guard let a, let b, let gap = dayGap(a, b) else { return true }
        return gap <= days
    }
}
