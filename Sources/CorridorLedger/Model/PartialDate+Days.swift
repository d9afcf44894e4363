public import CorridorModel

extension PartialDate {
    /// The days (since 1970-01-01) this date may stand for: one day, a whole month or a whole year.
    public var dayRange: ClosedRange<Int> {
        let m = month ?? 1
        let first = Self.days(year: year, month: m, day: day ?? 1)
        let last: Int
        if day != nil {
            last = first
        } else if let month {
            last = month == 12 ? Self.days(year: year + 1, month: 1, day: 1) - 1 : Self.days(year: year, month: month + 1, day: 1) - 1
        } else {
            last = Self.days(year: year + 1, month: 1, day: 1) - 1
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

    /// Days from 1970-01-01 to a civil date (proleptic Gregorian; Howard Hinnant's algorithm).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
