/// Proleptic Gregorian calendar arithmetic on plain integers: no `Calendar`, no time zone, no clock.
///
/// Day numbers count days from 1970-01-01 (day 0), using Howard Hinnant's `days_from_civil`.
public enum CivilCalendar {
    /// Whether the year is a leap year.
    public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// The number of days in a month.
    public static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: isLeapYear(y) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Whether year, month and day name a real date.
    public static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        (1...12).contains(m) && d >= 1 && d <= daysInMonth(y, m)
    }

    /// The day number of a date.
    public static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date of a day number.
    public static func date(dayNumber z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// The ISO weekday (1 = Monday … 7 = Sunday) of a day number.
    public static func weekday(dayNumber z: Int) -> Int {
        // 1970-01-01 was a Thursday (ISO 4).
        ((z % 7) + 7 + 3) % 7 + 1
    }

    /// A day-precision partial date from a day number.
    public static func partialDate(dayNumber z: Int) -> PartialDate {
        let (y, m, d) = date(dayNumber: z)
        return PartialDate(year: y, month: m, day: d)
    }

    /// Adds months to a year and month.
    public static func addMonths(_ y: Int, _ m: Int, _ n: Int) -> (year: Int, month: Int) {
        let total = y * 12 + (m - 1) + n
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        return (year, total - year * 12 + 1)
    }

    /// The day number of the earliest day a partial date can mean.
    public static func firstDayNumber(of p: PartialDate) -> Int {
        dayNumber(p.year, p.month ?? 1, p.day ?? 1)
    }
}
