public import CorridorModel

/// A calendar unit a relative date counts in.
public enum DateUnit: String, Sendable, Codable, Hashable, CaseIterable {
    case day, week, month, year
}

/// Which weekday a weekday name means, seen from the publication date.
public enum WeekdayDirection: String, Sendable, Codable, Hashable {
    /// The most recent such day on or before the publication date: "on Thursday".
    case onOrBefore
    /// The most recent such day strictly before the publication date: "last Thursday".
    case before
    /// The first such day strictly after the publication date: "next Thursday".
    case after
}

/// A date expression found in a sentence, with its normalised value.
///
/// ```swift
/// let matches = normalizer.matches(in: doc, tokens: sentence.tokenRange, context: context)
/// if case .period(let p) = matches.first?.kind { p.start?.description } // "2025-02-04"
/// ```
public struct DateMatch: Sendable, Hashable {
    /// The tokens of the expression, cue words ("by", "between", "since") included.
    public var tokens: Range<Int>
    /// What the expression means.
    public var kind: Kind
    /// The stable id of the grammar rule that read it, e.g. `date.month-day-year`.
    public var rule: String

    /// What a date expression means.
    public enum Kind: Sendable, Hashable {
        /// One date, at the precision stated: "March 2024", "on Thursday", "in 2021".
        case point(PartialDate)
        /// A span: "2025-2029", "February 4 to 8", "FY2025-26", "since 2013", "within five years".
        case period(Period)
        /// A date something must happen by: "by 2030", "before the end of 2025".
        case deadline(PartialDate)
        /// An expression that needs a reference date the context does not give.
        case relative(RelativeDate)
    }

    /// Creates a match.
    public init(tokens: Range<Int>, kind: Kind, rule: String) {
        self.tokens = tokens
        self.kind = kind
        self.rule = rule
    }
}

/// A date expression that can only be read against a reference date.
///
/// Returned in ``DateMatch/Kind/relative(_:)`` when the ``NormalizationContext`` has no reference
/// date, or one too coarse ("on Thursday" needs a day). ``resolved(relativeTo:preferringFuture:)``
/// reads it once a reference date is known.
public struct RelativeDate: Sendable, Hashable {
    /// One relative expression.
    public enum Expression: Sendable, Hashable {
        /// A unit at an offset from the reference: "yesterday" (day, -1), "last month" (month, -1),
        /// "this year" (year, 0), "three years ago" (year, -3).
        case offset(DateUnit, Int)
        /// A weekday (ISO 1–7): "on Thursday", "last Friday".
        case weekday(Int, WeekdayDirection)
        /// A month, and maybe a day, without a year: "on 23 March", "in May".
        case monthDay(month: Int, day: Int?)
        /// A month in a year named relative to the reference: "May last year" (5, -1).
        case monthInYear(month: Int, yearOffset: Int)
        /// A span from the reference: "within five years" (year, 5).
        case within(DateUnit, Int)
    }

    /// How the expression is used.
    public enum Role: String, Sendable, Hashable {
        /// As a date or a span of its own.
        case plain
        /// As a deadline: "by next year".
        case deadline
        /// As the open start of a period: "since last year".
        case since
        /// As the open end of a period: "until next month".
        case until
    }

    /// The expression, or the start of a range.
    public var expression: Expression
    /// The end of a range ("February 4 to 8"), when there is one.
    public var end: Expression?
    /// How the expression is used.
    public var role: Role

    /// Creates a relative date.
    public init(_ expression: Expression, end: Expression? = nil, role: Role = .plain) {
        self.expression = expression
        self.end = end
        self.role = role
    }
}
