import CorridorModel
import Testing

struct PartialDateTests {
    @Test(arguments: [
        ("2025", "2025"), ("2025-02", "2025-02"), ("2025-02-06", "2025-02-06"), ("0999", "0999"),
    ])
    func roundTripsISOForms(input: String, expected: String) throws {
        let d = try #require(PartialDate(iso: input))
        #expect(d.description == expected)
    }

    @Test(arguments: ["", "25", "2025-13", "2025-2", "2025-02-32", "2025-02-06-01", "abcd"])
    func rejectsMalformedForms(input: String) {
        #expect(PartialDate(iso: input) == nil)
    }

    @Test func ordersByKnownPrecision() throws {
        let a = try #require(PartialDate(iso: "2024-12"))
        let b = try #require(PartialDate(iso: "2025"))
        #expect(a < b)
        #expect(b.precision == .year)
    }
}
