import CorridorIngest
import CorridorModel
import Testing

struct PublicationDateParserTests {
    @Test(arguments: [
        ("2025-02-06", "2025-02-06"),
        ("2025-02-06T23:30:00+05:00", "2025-02-06"),
        ("2025-02-06 09:30", "2025-02-06"),
        ("2025/02/06", "2025-02-06"),
        ("20250206", "2025-02-06"),
        ("2025-02", "2025-02"),
        ("Thu, 06 Feb 2025 09:30:00 GMT", "2025-02-06"),
        ("Thu, 6 Feb 2025 09:30:00 +0000", "2025-02-06"),
        ("February 6, 2025", "2025-02-06"),
        ("Feb. 6th 2025, 10:15 am", "2025-02-06"),
        ("6 September 2024", "2024-09-06"),
        ("Updated 11:21 pm CST, Tuesday, November 19, 2019", "2019-11-19"),
        ("25/12/2024", "2024-12-25"),
        ("12/25/2024", "2024-12-25"),
    ])
    func parses(text: String, expected: String) {
        #expect(PublicationDateParser.date(from: text)?.description == expected)
    }

    @Test(arguments: ["", "yesterday", "03/04/2025", "2025-13-01", "2025-02-30", "Market report 2025", "1850-01-01"])
    func rejects(text: String) {
        #expect(PublicationDateParser.date(from: text) == nil)
    }
}
