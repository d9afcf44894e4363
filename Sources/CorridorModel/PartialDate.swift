/// A calendar date that may be known only to the year or the month.
///
/// News rarely gives full dates: "in March 2024", "by 2030". A `PartialDate` keeps exactly the
/// precision the text gives and never invents the rest. Its string form is ISO 8601 truncated to
/// the known precision: `"2025"`, `"2025-02"`, `"2025-02-06"`.
///
/// ```swift
/// let d = PartialDate(year: 2025, month: 2)
/// d.description // "2025-02"
/// PartialDate(iso: "2025-02-06")?.day // 6
/// ```
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year, e.g. 2025.
    public var year: Int
    /// The month (1–12), when known.
    public var month: Int?
    /// The day of the month (1–31), when known; only set when `month` is set.
    public var day: Int?

    /// Creates a date of the given precision.
    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]) else { return nil }
        var m: Int?
        var d: Int?
        if parts.count >= 2 {
            guard parts[1].count == 2, let v = Int(parts[1]), (1...12).contains(v) else { return nil }
            m = v
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let v = Int(parts[2]), (1...31).contains(v) else { return nil }
            d = v
        }
        self.init(year: y, month: m, day: d)
    }

    /// How precise the date is.
    public var precision: Precision {
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// The precision of a ``PartialDate``.
    public enum Precision: String, Sendable, Codable, Comparable {
        case year, month, day
        private var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            }
        }

        public static func < (a: Precision, b: Precision) -> Bool { a.rank < b.rank }
    }

    public var description: String {
        var s = Self.pad(year, 4)
        if let month { s += "-" + Self.pad(month, 2) }
        if let day { s += "-" + Self.pad(day, 2) }
        return s
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        let digits = String(v)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0) < (b.year, b.month ?? 0, b.day ?? 0)
    }
}

extension PartialDate: Codable {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        let s = try c.decode(String.self)
        guard let d = PartialDate(iso: s) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not an ISO date: \(s)")
        }
        self = d
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

/// A span of time with either end possibly open or partial: "2025-2029", "by 2030", "FY2025-26".
public struct Period: Hashable, Sendable, Codable {
    /// The first day of the period, when stated.
    public var start: PartialDate?
    /// The last day of the period or the deadline, when stated.
    public var end: PartialDate?

    /// Creates a period.
    public init(start: PartialDate?, end: PartialDate?) {
        self.start = start
        self.end = end
    }
}
