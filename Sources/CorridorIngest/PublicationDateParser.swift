public import CorridorModel

/// Reads the publication dates that pages and feeds state, in the formats they use.
///
/// Understands ISO 8601 (`2025-02-06`, `2025-02-06T09:30:00+05:00`, `2025/02/06`, `2025-02`),
/// RFC 822 as in RSS (`Thu, 06 Feb 2025 09:30:00 GMT`), and English prose dates (`February 6,
/// 2025`, `6 Feb 2025`, `Feb. 6th 2025`). The date is taken as written, in the page's own time
/// zone: no conversion to UTC, so a late-evening story keeps its local day. Ambiguous all-numeric
/// forms like `03/04/2025` give nil rather than a guess.
///
/// ```swift
/// PublicationDateParser.date(from: "Thu, 06 Feb 2025 09:30:00 GMT")  // 2025-02-06
/// ```
public enum PublicationDateParser {
    /// The date in `text`, as precise as it is given (never more than the day), or nil.
    ///
    /// - Parameter text: A date string from metadata, a feed or a `<time>` element.
    /// - Returns: The date, or nil when no unambiguous date with a plausible year is found.
    public static func date(from text: String) -> PartialDate? {
        let tokens = Self.tokens(of: text)
        guard !tokens.isEmpty else { return nil }
        if let iso = isoDate(tokens) { return iso }
        return proseDate(tokens) ?? numericDate(tokens)
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case separator(Character)
    }

    private static func tokens(of text: String) -> [Token] {
        var out: [Token] = []
        var current = ""
        var isDigits = false
        func flush() {
            guard !current.isEmpty else { return }
            if isDigits, let value = Int(current) {
                out.append(.number(value, digits: current.count))
            } else {
                out.append(.word(current.lowercased()))
            }
            current = ""
        }
        for character in text.prefix(200) {
            if character.isASCII, character.isNumber {
                if !isDigits { flush() }
                isDigits = true
                current.append(character)
            } else if character.isLetter {
                if isDigits { flush() }
                isDigits = false
                current.append(character)
            } else {
                flush()
                if character == "-" || character == "/" || character == "." || character == "T"
                    || character == ":"
                {
                    out.append(.separator(character))
                }
            }
        }
        flush()
        return out
    }

    private static func isoDate(_ tokens: [Token]) -> PartialDate? {
        guard case .number(let year, 4) = tokens[0], plausible(year) else {
            // Compact 20250206.
            if case .number(let value, 8) = tokens[0] {
                return make(year: value / 10000, month: value / 100 % 100, day: value % 100)
            }
            return nil
        }
        guard tokens.count >= 3, case .separator(let separator) = tokens[1], "-/.".contains(separator),
            case .number(let month, let monthDigits) = tokens[2], monthDigits <= 2
        else { return tokens.count == 1 ? PartialDate(year: year) : nil }
        guard tokens.count >= 5, tokens[3] == .separator(separator), case .number(let day, let dayDigits) = tokens[4],
            dayDigits <= 2
        else { return (1...12).contains(month) ? PartialDate(year: year, month: month) : nil }
        return make(year: year, month: month, day: day)
    }

    private static func proseDate(_ tokens: [Token]) -> PartialDate? {
        var month: Int?
        var year: Int?
        var day: Int?
        for (position, token) in tokens.enumerated() {
            switch token {
            case .word(let word):
                if month == nil, let value = monthNumber(word) { month = value }
            case .number(let value, let digits):
                if digits == 4, year == nil, plausible(value) {
                    year = value
                } else if digits <= 2, day == nil, (1...31).contains(value), !isTime(tokens, position) {
                    day = value
                }
            case .separator: continue
            }
        }
        guard let year, let month else { return nil }
        return make(year: year, month: month, day: day)
    }

    private static func numericDate(_ tokens: [Token]) -> PartialDate? {
        let numbers = tokens.compactMap { token -> Int? in
            if case .number(let value, _) = token { return value }
            return nil
        }
        guard numbers.count >= 3, plausible(numbers[2]) else { return nil }
        if numbers[0] > 12 { return make(year: numbers[2], month: numbers[1], day: numbers[0]) }
        if numbers[1] > 12 { return make(year: numbers[2], month: numbers[0], day: numbers[1]) }
        return nil
    }

    /// Whether the number at `position` is part of a clock time (`09:30`).
    private static func isTime(_ tokens: [Token], _ position: Int) -> Bool {
        (position + 1 < tokens.count && tokens[position + 1] == .separator(":"))
            || (position > 0 && tokens[position - 1] == .separator(":"))
    }

    private static func make(year: Int, month: Int, day: Int?) -> PartialDate? {
        guard plausible(year), (1...12).contains(month) else { return nil }
        guard let day else { return PartialDate(year: year, month: month) }
        guard (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func plausible(_ year: Int) -> Bool { (1900...2200).contains(year) }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    private static func monthNumber(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        let stem = String(word.prefix(3))
        guard let index = monthNames.firstIndex(of: stem) else { return nil }
        // "mar" must not match "march" only by accident of a longer unrelated word like "market".
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ][index]
        guard full.hasPrefix(word) || word == "sept" else { return nil }
        return index + 1
    }
}
