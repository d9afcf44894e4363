import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

/// A compact, comparable description of a date match.
private func describe(_ kind: DateMatch.Kind) -> String {
    switch kind {
    case .point(let p): "point \(p)"
    case .period(let p): "period \(p.start?.description ?? "")..\(p.end?.description ?? "")"
    case .deadline(let p): "deadline \(p)"
    case .relative(let r):
        "relative \(describe(r.expression))\(r.end.map { " to " + describe($0) } ?? "")"
            + (r.role == .plain ? "" : " as \(r.role.rawValue)")
    }
}

private func describe(_ e: RelativeDate.Expression) -> String {
    switch e {
    case .offset(let unit, let n): "\(unit.rawValue)\(n >= 0 ? "+" : "")\(n)"
    case .weekday(let w, let d): "weekday \(w) \(d.rawValue)"
    case .monthDay(let m, let d): "month \(m)" + (d.map { " day \($0)" } ?? "")
    case .monthInYear(let m, let y): "month \(m) year\(y >= 0 ? "+" : "")\(y)"
    case .within(let unit, let n): "within \(n) \(unit.rawValue)"
    }
}

struct DateNormalizerTests {
    /// Saturday 8 February 2025.
    static let reference = PartialDate(year: 2025, month: 2, day: 8)

    private static func dates(_ text: String, reference: PartialDate?) -> [(String, String, String)] {
        let doc = TestData.tokenized(text)
        let found = TestData.normalizer.dates.matches(in: doc, context: NormalizationContext(referenceDate: reference))
        return found.map { (doc.text(tokens: $0.tokens), describe($0.kind), $0.rule) }
    }

    private static func check(_ text: String, reference: PartialDate?, _ expected: [(String, String)]) {
        let found = dates(text, reference: reference)
        #expect(found.map(\.0) == expected.map(\.0), "\(text)")
        #expect(found.map(\.1) == expected.map(\.1), "\(text)")
    }

    @Test(arguments: [
        ("The attack happened on Thursday.", "Thursday", "point 2025-02-06"),
        ("They met on Saturday", "Saturday", "point 2025-02-08"),
        ("They met last Saturday", "last Saturday", "point 2025-02-01"),
        ("They meet next Monday", "next Monday", "point 2025-02-10"),
        ("Thursday's attack", "Thursday", "point 2025-02-06"),
        ("said yesterday", "yesterday", "point 2025-02-07"),
        ("said today", "today", "point 2025-02-08"),
        ("arrives tomorrow", "tomorrow", "point 2025-02-09"),
        ("signed last month", "last month", "point 2025-01"),
        ("signed last year", "last year", "point 2024"),
        ("signed earlier this month", "earlier this month", "point 2025-02"),
        ("opens next year", "next year", "point 2026"),
        ("met this week", "this week", "period 2025-02-03..2025-02-09"),
        ("met last week", "last week", "period 2025-01-27..2025-02-02"),
        ("three days ago", "three days ago", "point 2025-02-05"),
        ("two years ago", "two years ago", "point 2023"),
        ("a year ago", "a year ago", "point 2024"),
        ("May last year", "May last year", "point 2024-05"),
        ("in May this year", "May this year", "point 2025-05"),
        ("in January", "January", "point 2025-01"),
        ("in March", "March", "point 2024-03"),
        ("on 23 March", "23 March", "point 2024-03-23"),
        ("Feb 18 (APP):", "Feb 18", "point 2024-02-18"),
        ("on Feb 12", "Feb 12", "point 2025-02-12"),
        ("visited from February 4 to 8", "from February 4 to 8", "period 2025-02-04..2025-02-08"),
        ("visited February 4 to 8", "February 4 to 8", "period 2025-02-04..2025-02-08"),
        ("visited February 4-8", "February 4-8", "period 2025-02-04..2025-02-08"),
        ("visited 4-8 February", "4-8 February", "period 2025-02-04..2025-02-08"),
        ("within five years", "within five years", "period 2025..2030"),
        ("within two months", "within two months", "period 2025-02..2025-04"),
        ("within 30 days", "within 30 days", "period 2025-02-08..2025-03-10"),
        ("over the next five years", "over the next five years", "period 2025..2030"),
        ("by the end of this year", "by the end of this year", "deadline 2025"),
        ("by next year", "by next year", "deadline 2026"),
        ("since last year", "since last year", "period 2024.."),
        ("will visit China on 23 March", "23 March", "point 2025-03-23"),
        ("will visit Dhaka on Thursday", "Thursday", "point 2025-02-13"),
        ("is due to arrive on Monday", "Monday", "point 2025-02-10"),
        ("will open on Saturday", "Saturday", "point 2025-02-08"),
    ])
    func resolvesRelativeDatesAgainstTheReference(text: String, matched: String, expected: String) {
        Self.check(text, reference: Self.reference, [(matched, expected)])
    }

    @Test(arguments: [
        ("signed in March 2024", "March 2024", "point 2024-03"),
        ("in 2021", "2021", "point 2021"),
        ("the 2021 agreement", "2021", "point 2021"),
        ("on 05 February 2025", "05 February 2025", "point 2025-02-05"),
        ("Feb. 2, 2023", "Feb. 2, 2023", "point 2023-02-02"),
        ("on August 12, 2020 in", "August 12, 2020", "point 2020-08-12"),
        ("Sept. 30, 2019", "Sept. 30, 2019", "point 2019-09-30"),
        ("on 2016-10-15", "2016-10-15", "point 2016-10-15"),
        ("the 1st of March 2024", "the 1st of March 2024", "point 2024-03-01"),
        ("on 23rd March 2024", "23rd March 2024", "point 2024-03-23"),
        ("Thursday, February 6, 2025", "Thursday, February 6, 2025", "point 2025-02-06"),
        ("Nairobi, May 3, 2024: Kenya and China", "May 3, 2024", "point 2024-05-03"),
        ("mid-September 2017", "mid-September 2017", "point 2017-09"),
        ("in early 2024", "early 2024", "point 2024"),
        ("late March 2024", "late March 2024", "point 2024-03"),
        ("the end of 2025", "the end of 2025", "point 2025"),
        ("Jun, 2024", "Jun, 2024", "point 2024-06"),
        ("plan 2025-2029", "2025-2029", "period 2025..2029"),
        ("plan 2025–2029", "2025–2029", "period 2025..2029"),
        ("plan 2025 - 2029", "2025 - 2029", "period 2025..2029"),
        ("between 2025 and 2029", "between 2025 and 2029", "period 2025..2029"),
        ("from 2025 to 2029", "from 2025 to 2029", "period 2025..2029"),
        ("strategy (2021–2030)", "2021–2030", "period 2021..2030"),
        ("for the term 2025-2026", "2025-2026", "period 2025..2026"),
        ("in FY2025-26", "FY2025-26", "period 2025..2026"),
        ("in FY2025‑26", "FY2025‑26", "period 2025..2026"),
        ("in FY 2025-26", "FY 2025-26", "period 2025..2026"),
        ("fiscal year 2025-26", "fiscal year 2025-26", "period 2025..2026"),
        ("in FY26", "FY26", "period 2026..2026"),
        ("exports in 2019-20", "2019-20", "period 2019..2020"),
        ("in 1999-00", "1999-00", "period 1999..2000"),
        ("in the first five months of FY2025-26", "FY2025-26", "period 2025..2026"),
        ("by 2030", "by 2030", "deadline 2030"),
        ("by August 2022", "by August 2022", "deadline 2022-08"),
        ("before the end of 2025", "before the end of 2025", "deadline 2025"),
        ("no later than June 2026", "no later than June 2026", "deadline 2026-06"),
        ("since 2013", "since 2013", "period 2013.."),
        ("until 2030", "until 2030", "period ..2030"),
        ("March 3 to April 5, 2024", "March 3 to April 5, 2024", "period 2024-03-03..2024-04-05"),
        ("December 28 to January 3, 2025", "December 28 to January 3, 2025", "period 2024-12-28..2025-01-03"),
    ])
    func readsStatedDatesWithOrWithoutReference(text: String, matched: String, expected: String) {
        Self.check(text, reference: Self.reference, [(matched, expected)])
        Self.check(text, reference: nil, [(matched, expected)])
    }

    @Test(arguments: [
        ("on Thursday", "Thursday", "relative weekday 4 onOrBefore"),
        ("last Friday", "last Friday", "relative weekday 5 before"),
        ("yesterday", "yesterday", "relative day-1"),
        ("last month", "last month", "relative month-1"),
        ("earlier this month", "earlier this month", "relative month+0"),
        ("next year", "next year", "relative year+1"),
        ("on 23 March", "23 March", "relative month 3 day 23"),
        ("Feb 18", "Feb 18", "relative month 2 day 18"),
        ("in March", "March", "relative month 3"),
        ("May last year", "May last year", "relative month 5 year-1"),
        ("within five years", "within five years", "relative within 5 year"),
        ("from February 4 to 8", "from February 4 to 8", "relative month 2 day 4 to month 2 day 8"),
        ("by next year", "by next year", "relative year+1 as deadline"),
        ("since last year", "since last year", "relative year-1 as since"),
    ])
    func leavesRelativeDatesUnresolvedWithoutReference(text: String, matched: String, expected: String) {
        Self.check(text, reference: nil, [(matched, expected)])
    }

    @Test func needsADayPreciseReferenceForWeekdaysAndDays() {
        let february = PartialDate(year: 2025, month: 2)
        Self.check("on Thursday", reference: february, [("Thursday", "relative weekday 4 onOrBefore")])
        Self.check("yesterday", reference: february, [("yesterday", "relative day-1")])
        Self.check("last month", reference: february, [("last month", "point 2025-01")])
        Self.check("in March", reference: february, [("March", "point 2024-03")])
        Self.check("last year", reference: PartialDate(year: 2025), [("last year", "point 2024")])
    }

    @Test(arguments: [
        (PartialDate(year: 2024, month: 1, day: 5), "on December 28", "point 2023-12-28"),
        (PartialDate(year: 2024, month: 12, day: 30), "on December 28", "point 2024-12-28"),
        (PartialDate(year: 2024, month: 1, day: 5), "on January 10", "point 2024-01-10"),
        (PartialDate(year: 2024, month: 1, day: 5), "on January 20", "point 2023-01-20"),
        (PartialDate(year: 2024, month: 3, day: 1), "on February 29", "point 2024-02-29"),
        (PartialDate(year: 2025, month: 1, day: 1), "on Friday", "point 2024-12-27"),
        (PartialDate(year: 2024, month: 3, day: 1), "three days ago", "point 2024-02-27"),
        (PartialDate(year: 2025, month: 1, day: 15), "last month", "point 2024-12"),
        (PartialDate(year: 2024, month: 12, day: 31), "next week", "period 2025-01-06..2025-01-12"),
    ])
    func choosesTheYearOfYearlessDatesFromTheReference(reference: PartialDate, text: String, expected: String) {
        #expect(Self.dates(text, reference: reference).map(\.1) == [expected])
    }

    @Test func dropsADayThatDoesNotExistInTheChosenYear() {
        #expect(Self.dates("on February 29", reference: PartialDate(year: 2025, month: 3, day: 1)).isEmpty)
        #expect(Self.dates("on February 30", reference: nil).isEmpty)
        // The impossible day is dropped; the month and year still stand.
        #expect(Self.dates("on 31 April 2024", reference: nil).map(\.0) == ["April 2024"])
    }

    @Test(arguments: [
        "May I say something", "the march to Islamabad", "Sun Weidong said", "2000 people attended",
        "Vision 2030 goals", "the 5G rollout", "at 05:50 PM", "JF-17 Thunder", "Section 9.10", "in 1,500 villages",
        "Mr May said", "the two sides", "Chang'e 6 mission", "Room 2021", "in the next decade", "a November assault",
        "over a period of up to 10 years", "Jan said", "signed 2021 agreements",
    ])
    func readsNoDateIn(text: String) {
        #expect(Self.dates(text, reference: Self.reference).isEmpty, "\(text)")
    }

    @Test func reportsTokenRangesAndRules() throws {
        let doc = TestData.tokenized("Pakistan and China signed a plan for 2025-2029 on Thursday.")
        let found = TestData.normalizer.dates.matches(
            in: doc, context: NormalizationContext(referenceDate: Self.reference))
        try #require(found.count == 2)
        #expect(found.map(\.rule) == ["date.year-range", "date.weekday"])
        #expect(found[0].tokens == 7..<10)
        #expect(found[1].tokens == 11..<12)
    }

    @Test func resolvesRelativeDatesThroughThePublicAPI() {
        let thursday = RelativeDate(.weekday(4, .onOrBefore))
        #expect(thursday.resolved(relativeTo: Self.reference) == .point(PartialDate(year: 2025, month: 2, day: 6)))
        #expect(thursday.resolved(relativeTo: PartialDate(year: 2025, month: 2)) == nil)
        let march = RelativeDate(.monthDay(month: 3, day: 23))
        #expect(march.resolved(relativeTo: Self.reference) == .point(PartialDate(year: 2024, month: 3, day: 23)))
        #expect(
            march.resolved(relativeTo: Self.reference, preferringFuture: true)
                == .point(PartialDate(year: 2025, month: 3, day: 23)))
        let deadline = RelativeDate(.offset(.year, 1), role: .deadline)
        #expect(deadline.resolved(relativeTo: Self.reference) == .deadline(PartialDate(year: 2026)))
    }
}
