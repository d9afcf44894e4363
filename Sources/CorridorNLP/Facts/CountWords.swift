/// Reads small counts written as digits or words: "23", "3,000", "six", "twenty-seven", "a dozen".
enum CountWords {
    static let words: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "a dozen": 12,
    ]

    /// The value of a number token or number word, or nil.
    static func value(_ t: Token) -> Int? {
        if t.kind == .number {
            let digits = t.norm.filter { $0 != "," }
            guard !digits.contains("."), !digits.contains(":") else { return nil }
            return Int(digits)
        }
        guard t.kind == .word else { return nil }
        return words[t.norm]
    }
}
