import CorridorModel

extension DateScanner {
    /// The single date expression starting at `j`, if any.
    ///
    /// - Parameters:
    ///   - contextOK: a cue before it already shows a date follows, so a bare month or year is read.
    ///   - allowModifier: "mid", "early", "the end of" may stand first.
    func core(at j: Int, contextOK: Bool, allowModifier: Bool = true) -> CoreParse? {
        guard j < limit else { return nil }
        if let r = lexicon.relative.match(tokens, at: j, limit: limit) {
            return CoreParse(
                core: .relative(.offset(r.value.unit, r.value.offset)), start: j, end: r.end, rule: r.value.id)
        }
        if let direction = lexicon.weekdayModifiers[tokens[j].norm], let w = weekday(at: j + 1) {
            return CoreParse(core: .relative(.weekday(w, direction)), start: j, end: j + 2, rule: "date.weekday")
        }
        if allowModifier, let p = lexicon.partModifiers.match(tokens, at: j, limit: limit) {
            var k = p.end
            if k < limit, tokens[k].flags.contains(.isJoiner) { k += 1 }
            // The part ("mid", "the end of") narrows the date but its precision stays as stated.
            if var inner = core(at: k, contextOK: true, allowModifier: false) {
                inner.start = j
                return inner
            }
        }
        if let w = weekday(at: j, abbreviations: true) {
            // "Thursday, February 6, 2025": the stated date wins and the weekday joins the match.
            if var stated = monthOrDay(at: skipComma(j + 1), contextOK: false) {
                stated.start = j
                return stated
            }
            guard lexicon.weekdays[tokens[j].norm] != nil else { return nil }
            return CoreParse(core: .relative(.weekday(w, .onOrBefore)), start: j, end: j + 1, rule: "date.weekday")
        }
        if let (n, k) = count(at: j), let u = unit(at: k), let ago = norm(k + 1), lexicon.agoWords.contains(ago) {
            return CoreParse(core: .relative(.offset(u, -n)), start: j, end: k + 2, rule: "date.ago")
        }
        return monthOrDay(at: j, contextOK: contextOK) ?? fiscalYear(at: j) ?? calendarYear(at: j)
            ?? yearOrISO(at: j, contextOK: contextOK)
    }

    /// A date led by a month or a day.
    func monthOrDay(at j: Int, contextOK: Bool) -> CoreParse? {
        monthFirst(at: j, contextOK: contextOK) ?? dayFirst(at: j)
    }

    /// "August 12, 2020", "Feb 18", "March 2024", "May last year", "in May".
    func monthFirst(at j: Int, contextOK: Bool) -> CoreParse? {
        guard let (m, isFull) = month(at: j) else { return nil }
        let k = j + 1
        if let d = day(at: k), !isTime(after: k) {
            let c = skipComma(k + 1)
            if let y = year(at: c) {
                guard CivilCalendar.isValid(y, m, d) else { return nil }
                return CoreParse(
                    core: .date(PartialDate(year: y, month: m, day: d)), start: j, end: c + 1,
                    rule: "date.month-day-year")
            }
            guard CivilCalendar.isValid(2000, m, d) else { return nil }
            return CoreParse(core: .noYear(month: m, day: d), start: j, end: k + 1, rule: "date.month-day")
        }
        let c = skipComma(k)
        if let y = year(at: c) {
            return CoreParse(core: .date(PartialDate(year: y, month: m)), start: j, end: c + 1, rule: "date.month-year")
        }
        if let r = lexicon.relative.match(tokens, at: k, limit: limit), r.value.unit == .year {
            return CoreParse(
                core: .relative(.monthInYear(month: m, yearOffset: r.value.offset)), start: j, end: r.end,
                rule: "date.month-relative-year")
        }
        let inContext = contextOK || (j > 0 && lexicon.monthContext.contains(tokens[j - 1].norm))
        guard isFull, inContext else { return nil }
        return CoreParse(core: .noYear(month: m, day: nil), start: j, end: k, rule: "date.month")
    }

    /// "05 February 2025", "23 March", "the 1st of March 2024".
    func dayFirst(at j: Int) -> CoreParse? {
        var k = j
        if norm(k) == "the" { k += 1 }
        guard let d = day(at: k) else { return nil }
        var e = k + 1
        if norm(e) == "of" { e += 1 }
        guard let (m, _) = month(at: e) else { return nil }
        let c = skipComma(e + 1)
        if let y = year(at: c) {
            guard CivilCalendar.isValid(y, m, d) else { return nil }
            return CoreParse(
                core: .date(PartialDate(year: y, month: m, day: d)), start: j, end: c + 1, rule: "date.day-month-year")
        }
        guard CivilCalendar.isValid(2000, m, d) else { return nil }
        return CoreParse(core: .noYear(month: m, day: d), start: j, end: e + 1, rule: "date.day-month")
    }

    /// Whether the number at `k` is the hour of a time ("at 10:30" is split "10", ":", "30" only
    /// in odd spacing; a colon before minutes or "am"/"pm" after it shows a time). A colon before
    /// words ends a dateline: "Nairobi, May 3: Kenya and China …".
    func isTime(after k: Int) -> Bool {
        guard let next = norm(k + 1) else { return false }
        if next == ":" { return k + 2 < limit && tokens[k + 2].kind == .number }
        return next == "am" || next == "pm" || next == "a.m" || next == "p.m"
    }

    /// "FY2025-26", "FY 2025-26", "fiscal year 2025-26", "FY26", "2019/20" after a fiscal prefix.
    func fiscalYear(at j: Int) -> CoreParse? {
        guard let p = lexicon.fiscalYearPrefixes.match(tokens, at: j, limit: limit) else { return nil }
        var k = p.end
        let first: Int
        if let y = year(at: k) {
            first = y
        } else if let yy = twoDigits(at: k) {
            first = 2000 + yy
        } else {
            return nil
        }
        k += 1
        var last = first
        if let sep = norm(k), sep == "-" || sep == "/" {
            if let y = year(at: k + 1), y > first, y - first <= 2 {
                last = y
                k += 2
            } else if let yy = twoDigits(at: k + 1), let y = expand(first, twoDigits: yy) {
                last = y
                k += 2
            }
        }
        return CoreParse(core: .years(first, last), start: j, end: k, rule: "date.fiscal-year")
    }

    /// "CY2025", "calendar year 2025".
    func calendarYear(at j: Int) -> CoreParse? {
        guard let p = lexicon.calendarYearPrefixes.match(tokens, at: j, limit: limit), let y = year(at: p.end) else {
            return nil
        }
        return CoreParse(core: .date(PartialDate(year: y)), start: j, end: p.end + 1, rule: "date.calendar-year")
    }

    /// "2016-10-15", "2025-2029", "2019-20", "2025/26", "in 2021".
    func yearOrISO(at j: Int, contextOK: Bool) -> CoreParse? {
        guard let y = year(at: j) else { return nil }
        if let sep = norm(j + 1), sep == "-" || sep == "/" {
            if isGlued(j + 1), isGlued(j + 2), let m = twoDigits(at: j + 2), norm(j + 3) == sep, isGlued(j + 3),
                isGlued(j + 4), let d = twoDigits(at: j + 4)
            {
                guard CivilCalendar.isValid(y, m, d) else { return nil }
                return CoreParse(
                    core: .date(PartialDate(year: y, month: m, day: d)), start: j, end: j + 5, rule: "date.iso")
            }
            if let y2 = year(at: j + 2), y2 > y, y2 - y <= 100 {
                return CoreParse(core: .years(y, y2), start: j, end: j + 3, rule: "date.year-range")
            }
            if isGlued(j + 2), let yy = twoDigits(at: j + 2), let y2 = expand(y, twoDigits: yy) {
                return CoreParse(core: .years(y, y2), start: j, end: j + 3, rule: "date.year-range")
            }
        }
        guard bareYearAllowed(at: j, contextOK: contextOK) else { return nil }
        return CoreParse(core: .date(PartialDate(year: y)), start: j, end: j + 1, rule: "date.year")
    }
}
