import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Foundation
import Testing

struct AmountNormalizerTests {
    /// One expected amount: the matched text, value, code and how it is qualified.
    struct Expected: Sendable, CustomTestStringConvertible {
        var text: String
        var value: String
        var currency: String
        var upper: String? = nil
        var qualifier: Amount.Qualifier = .exact
        var isConversion = false

        var testDescription: String { "\(text) = \(value) \(currency)" }
    }

    private static func amounts(_ text: String, countries: [String] = []) -> [AmountMatch] {
        let doc = TestData.tokenized(text)
        return TestData.normalizer.amounts.matches(in: doc, context: NormalizationContext(countries: countries))
    }

    private static func check(_ text: String, countries: [String] = [], _ expected: [Expected]) {
        let doc = TestData.tokenized(text)
        let found = TestData.normalizer.amounts.matches(in: doc, context: NormalizationContext(countries: countries))
        #expect(found.count == expected.count, "\(text): \(found.map { doc.text(tokens: $0.tokens) })")
        for (m, e) in zip(found, expected) {
            #expect(doc.text(tokens: m.tokens) == e.text)
            #expect(m.amount.text == e.text)
            #expect(m.amount.value == Decimal(string: e.value), "\(e.text)")
            #expect(m.amount.currency == e.currency, "\(e.text)")
            #expect(m.amount.upperValue == e.upper.flatMap { Decimal(string: $0) }, "\(e.text)")
            #expect(m.amount.qualifier == e.qualifier, "\(e.text)")
            #expect(m.isConversion == e.isConversion, "\(e.text)")
        }
    }

    @Test(arguments: [
        ("Beijing pledged $45 billion for CPEC.", Expected(text: "$45 billion", value: "45000000000", currency: "USD")),
        ("a US$1.5bn loan", Expected(text: "US$1.5bn", value: "1500000000", currency: "USD")),
        ("worth $4.5bn in all", Expected(text: "$4.5bn", value: "4500000000", currency: "USD")),
        ("funding of USD 250 million for", Expected(text: "USD 250 million", value: "250000000", currency: "USD")),
        ("USD one billion deposit", Expected(text: "USD one billion", value: "1000000000", currency: "USD")),
        ("20 billion yuan swap", Expected(text: "20 billion yuan", value: "20000000000", currency: "CNY")),
        ("1.5 billion RMB grant", Expected(text: "1.5 billion RMB", value: "1500000000", currency: "CNY")),
        ("RMB 2 billion grant", Expected(text: "RMB 2 billion", value: "2000000000", currency: "CNY")),
        ("a Ksh107bn deal", Expected(text: "Ksh107bn", value: "107000000000", currency: "KES")),
        ("€2 million in aid", Expected(text: "€2 million", value: "2000000", currency: "EUR")),
        ("£3m grant", Expected(text: "£3m", value: "3000000", currency: "GBP")),
        ("Dh73.45bn in Pakistan", Expected(text: "Dh73.45bn", value: "73450000000", currency: "AED")),
        ("Tk 10 crore for schools", Expected(text: "Tk 10 crore", value: "100000000", currency: "BDT")),
        ("a $10 billion oil refinery", Expected(text: "$10 billion", value: "10000000000", currency: "USD")),
        ("had received $500m from ICBC", Expected(text: "$500m", value: "500000000", currency: "USD")),
        ("half a billion dollars", Expected(text: "half a billion dollars", value: "500000000", currency: "USD")),
        (
            "351 billion Pakistani rupees",
            Expected(text: "351 billion Pakistani rupees", value: "351000000000", currency: "PKR")
        ),
        ("HK$3 billion", Expected(text: "HK$3 billion", value: "3000000000", currency: "HKD")),
        ("A$2bn", Expected(text: "A$2bn", value: "2000000000", currency: "AUD")),
        ("Rs 3 lakh crore", Expected(text: "Rs 3 lakh crore", value: "3000000000000", currency: "INR")),
        ("$500k", Expected(text: "$500k", value: "500000", currency: "USD")),
        ("Rs1,500 each", Expected(text: "Rs1,500", value: "1500", currency: "INR")),
        ("$14.7 billion last year", Expected(text: "$14.7 billion", value: "14700000000", currency: "USD")),
        ("$45billion", Expected(text: "$45billion", value: "45000000000", currency: "USD")),
        ("2.5 trillion yen", Expected(text: "2.5 trillion yen", value: "2500000000000", currency: "JPY")),
        ("a R166 million upgrade", Expected(text: "R166 million", value: "166000000", currency: "ZAR")),
        ("N45 billion for the port", Expected(text: "N45 billion", value: "45000000000", currency: "NGN")),
    ])
    func readsSingleAmounts(text: String, expected: Expected) {
        Self.check(text, [expected])
    }

    @Test(arguments: [
        (
            "worth over $24 billion",
            Expected(text: "over $24 billion", value: "24000000000", currency: "USD", qualifier: .atLeast)
        ),
        (
            "worth over US$24 billion",
            Expected(text: "over US$24 billion", value: "24000000000", currency: "USD", qualifier: .atLeast)
        ),
        (
            "more than $100 billion",
            Expected(text: "more than $100 billion", value: "100000000000", currency: "USD", qualifier: .atLeast)
        ),
        (
            "nearly $500 million",
            Expected(text: "nearly $500 million", value: "500000000", currency: "USD", qualifier: .approximately)
        ),
        (
            "almost USD 60 billion",
            Expected(text: "almost USD 60 billion", value: "60000000000", currency: "USD", qualifier: .approximately)
        ),
        (
            "around Rs 475 billion",
            Expected(text: "around Rs 475 billion", value: "475000000000", currency: "INR", qualifier: .approximately)
        ),
        ("up to $3bn", Expected(text: "up to $3bn", value: "3000000000", currency: "USD", qualifier: .atMost)),
        (
            "less than €5 million",
            Expected(text: "less than €5 million", value: "5000000", currency: "EUR", qualifier: .atMost)
        ),
        (
            "$2-3 billion",
            Expected(text: "$2-3 billion", value: "2000000000", currency: "USD", upper: "3000000000", qualifier: .range)
        ),
        (
            "$2–3 billion",
            Expected(text: "$2–3 billion", value: "2000000000", currency: "USD", upper: "3000000000", qualifier: .range)
        ),
        (
            "between $2 billion and $3 billion",
            Expected(
                text: "between $2 billion and $3 billion", value: "2000000000", currency: "USD", upper: "3000000000",
                qualifier: .range)
        ),
        (
            "between 2 and 3 billion yuan",
            Expected(
                text: "between 2 and 3 billion yuan", value: "2000000000", currency: "CNY", upper: "3000000000",
                qualifier: .range)
        ),
        (
            "$2 billion to $3 billion",
            Expected(
                text: "$2 billion to $3 billion", value: "2000000000", currency: "USD", upper: "3000000000",
                qualifier: .range)
        ),
        (
            "2 to 3 billion dollars",
            Expected(
                text: "2 to 3 billion dollars", value: "2000000000", currency: "USD", upper: "3000000000",
                qualifier: .range)
        ),
    ])
    func readsQualifiersAndRanges(text: String, expected: Expected) {
        Self.check(text, [expected])
    }

    /// A one-letter symbol is money only glued to a number that a scale word closes.
    @Test(arguments: ["N95 masks", "the R2 road", "R 166 million", "N45 masks"])
    func oneLetterSymbolsNeedGlueAndAScale(text: String) {
        Self.check(text, [])
    }

    @Test func readsParenthesisedConversion() {
        Self.check(
            "has reached Rs. 81 billion ($286.94 million) as of July", countries: ["PK", "CN"],
            [
                Expected(text: "Rs. 81 billion", value: "81000000000", currency: "PKR"),
                Expected(text: "$286.94 million", value: "286940000", currency: "USD", isConversion: true),
            ])
    }

    @Test func readsConversionAfterEscapedDollarAndAfterOr() {
        Self.check(
            "reached Rs 81 billion (\\$286.94 million)", countries: ["PK"],
            [
                Expected(text: "Rs 81 billion", value: "81000000000", currency: "PKR"),
                Expected(text: "$286.94 million", value: "286940000", currency: "USD", isConversion: true),
            ])
        Self.check(
            "sized at 20 billion yuan (USD 3.1 billion) or 351 billion Pakistani rupees",
            [
                Expected(text: "20 billion yuan", value: "20000000000", currency: "CNY"),
                Expected(text: "USD 3.1 billion", value: "3100000000", currency: "USD", isConversion: true),
                Expected(
                    text: "351 billion Pakistani rupees", value: "351000000000", currency: "PKR", isConversion: true),
            ])
    }

    @Test func readsHyphenatedAdjectiveAmount() {
        Self.check(
            "a 1.08-trillion-rupee (U.S. $16.9 billion) project", countries: ["IN", "JP"],
            [
                Expected(text: "1.08-trillion-rupee", value: "1080000000000", currency: "INR"),
                Expected(text: "U.S. $16.9 billion", value: "16900000000", currency: "USD", isConversion: true),
            ])
    }

    @Test func separateAmountsOfAChangeAreNotARange() {
        Self.check(
            "trade rose from $2bn to $3bn",
            [
                Expected(text: "$2bn", value: "2000000000", currency: "USD"),
                Expected(text: "$3bn", value: "3000000000", currency: "USD"),
            ])
    }

    @Test(arguments: [
        (["PK", "CN"], "PKR"), (["CN", "PK"], "PKR"), (["LK"], "LKR"), (["NP", "CN"], "NPR"), (["IN", "JP"], "INR"),
        (["CN", "KE"], "INR"), ([], "INR"),
    ])
    func readsRupeesByTheArticlesCountries(countries: [String], code: String) {
        let found = Self.amounts("Rs475 billion and rupees", countries: countries)
        #expect(found.map(\.amount.currency) == [code])
        #expect(found.first?.currencyID == "currency.rupee")
    }

    @Test func keepsTheDollarSignUSDWhateverTheCountries() {
        #expect(Self.amounts("$5bn", countries: ["HK", "AU"]).map(\.amount.currency) == ["USD"])
        #expect(Self.amounts("¥5bn", countries: ["JP"]).map(\.amount.currency) == ["JPY"])
        #expect(Self.amounts("¥5bn", countries: ["PK", "CN"]).map(\.amount.currency) == ["CNY"])
    }

    @Test func leavesAmbiguousCurrencyWithoutDefaultUnread() {
        #expect(Self.amounts("5 million dinars").isEmpty)
        #expect(Self.amounts("5 million dinars", countries: ["KW"]).map(\.amount.currency) == ["KWD"])
    }

    @Test(arguments: [
        "the 5G network", "in 2025", "25 percent", "81%", "Section 9.10 of the law", "call +92 51 1234567",
        "13 people were killed", "signed 23 MoUs", "at 05:50 PM", "a dozen agreements", "the two won praise",
        "two dollars", "US troops", "the $ sign", "FY2025-26", "JF-17 jets", "US 5G plans",
        "Pakistan's 1.5 billion people",
    ])
    func readsNoMoneyIn(text: String) {
        #expect(Self.amounts(text, countries: ["PK", "CN"]).isEmpty, "\(text)")
    }

    @Test func reportsTokenRangesAndRuleIDs() throws {
        let doc = TestData.tokenized("China will invest $20 billion and 1.5 billion RMB.")
        let found = TestData.normalizer.amounts.matches(in: doc, context: NormalizationContext())
        try #require(found.count == 2)
        #expect(found.map(\.rule) == ["amount.currency-first", "amount.currency-last"])
        #expect(found.map(\.currencyID) == ["currency.usd", "currency.cny"])
        #expect(found[0].tokens == 3..<6)
    }

    @Test func searchesOnlyTheGivenTokens() {
        let doc = TestData.tokenized("$5bn here. $6bn there.")
        let found = TestData.normalizer.amounts.matches(in: doc, tokens: 4..<8, context: NormalizationContext())
        #expect(found.map(\.amount.text) == ["$6bn"])
    }
}
