import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Foundation
import Testing

struct QuantityParserTests {
    /// One expected quantity: matched text, value, reported unit, counted phrase.
    struct Expected: Sendable, CustomTestStringConvertible {
        var text: String
        var value: String
        var unit: String
        var phrase: String
        var canonical: String? = nil
        var qualifier: Amount.Qualifier = .exact
        var upper: String? = nil
        var isModifier = false

        var testDescription: String { text }
    }

    /// Quantities found through ``Normalizer``, so money and dates are excluded.
    private static func quantities(_ text: String) -> (Document, [QuantityMatch]) {
        let (doc, found) = TestData.normalize(text, reference: PartialDate(year: 2025, month: 2, day: 8))
        return (doc, found.quantities)
    }

    @Test(arguments: [
        Expected(
            text: "3,000 study and training opportunities", value: "3000", unit: "study and training opportunities",
            phrase: "study and training opportunities"),
        Expected(text: "1,500 participants", value: "1500", unit: "participants", phrase: "participants"),
        Expected(text: "23 MoUs", value: "23", unit: "mous", phrase: "mous"),
        Expected(
            text: "56 agreements and memorandums", value: "56", unit: "agreements and memorandums",
            phrase: "agreements and memorandums"),
        Expected(text: "five Chinese nationals", value: "5", unit: "chinese nationals", phrase: "chinese nationals"),
        Expected(text: "nine Chinese nationals", value: "9", unit: "chinese nationals", phrase: "chinese nationals"),
        Expected(text: "four new sites", value: "4", unit: "new sites", phrase: "new sites"),
        Expected(
            text: "four more local military bases", value: "4", unit: "more local military bases",
            phrase: "more local military bases"),
        Expected(text: "13 people", value: "13", unit: "people", phrase: "people"),
        Expected(text: "a dozen agreements", value: "12", unit: "agreements", phrase: "agreements"),
        Expected(text: "two hundred and fifty students", value: "250", unit: "students", phrase: "students"),
        Expected(text: "twenty-five projects", value: "25", unit: "projects", phrase: "projects"),
        Expected(text: "3 million people", value: "3000000", unit: "people", phrase: "people"),
        Expected(text: "1 person", value: "1", unit: "person", phrase: "person"),
        Expected(text: "1,320 MW", value: "1320", unit: "MW", phrase: "mw", canonical: "MW"),
        Expected(text: "1,320 megawatt", value: "1320", unit: "MW", phrase: "megawatt", canonical: "MW"),
        Expected(text: "1,320MW", value: "1320", unit: "MW", phrase: "mw", canonical: "MW"),
        Expected(text: "2,655 KM", value: "2655", unit: "km", phrase: "km", canonical: "km"),
        Expected(text: "165 KM/h", value: "165", unit: "km/h", phrase: "km/h", canonical: "km/h"),
        Expected(text: "81 percent", value: "81", unit: "percent", phrase: "percent", canonical: "percent"),
        Expected(text: "60 per cent", value: "60", unit: "percent", phrase: "per cent", canonical: "percent"),
        Expected(text: "25%", value: "25", unit: "percent", phrase: "%", canonical: "percent"),
        Expected(text: "1.5 million tonnes", value: "1500000", unit: "tonnes", phrase: "tonnes", canonical: "tonnes"),
        Expected(
            text: "over 1,500 participants", value: "1500", unit: "participants", phrase: "participants",
            qualifier: .atLeast),
        Expected(text: "at least 13 people", value: "13", unit: "people", phrase: "people", qualifier: .atLeast),
        Expected(
            text: "nearly 60%", value: "60", unit: "percent", phrase: "%", canonical: "percent",
            qualifier: .approximately),
        Expected(
            text: "10-15 engineers", value: "10", unit: "engineers", phrase: "engineers", qualifier: .range,
            upper: "15"),
        Expected(text: "two-day", value: "2", unit: "day", phrase: "day", isModifier: true),
        Expected(
            text: "500-kilometer", value: "500", unit: "km", phrase: "kilometer", canonical: "km", isModifier: true),
    ])
    func readsCountsAndUnits(expected e: Expected) throws {
        let (doc, found) = Self.quantities("They reported \(e.text) in all.")
        try #require(found.count == 1, "\(e.text): \(found.map { doc.text(tokens: $0.tokens) })")
        let m = found[0]
        #expect(doc.text(tokens: m.tokens) == e.text)
        #expect(m.quantity.text == e.text)
        #expect(m.quantity.value == Decimal(string: e.value))
        #expect(m.quantity.unit == e.unit)
        #expect(m.phrase == e.phrase)
        #expect(m.canonicalUnit == e.canonical)
        #expect(m.quantity.qualifier == e.qualifier)
        #expect(m.upperValue == e.upper.flatMap { Decimal(string: $0) })
        #expect(m.isModifier == e.isModifier)
    }

    @Test(arguments: [
        ("Five Chinese nationals were killed", "Five Chinese nationals"),
        ("signed 23 MoUs in various fields", "23 MoUs"),
        ("1,500 participants attended the forum", "1,500 participants"),
        ("1 person killed in the blast", "1 person"),
        ("a 1,320 megawatt power plant", "1,320 megawatt"),
        ("a two-day visit", "two-day"),
        ("2000 people attended", "2000 people"),
        ("six MoUs and agreements were signed", "six MoUs and agreements"),
    ])
    func endsThePhraseAtVerbsAndPrepositions(text: String, matched: String) {
        let (doc, found) = Self.quantities(text)
        #expect(found.map { doc.text(tokens: $0.tokens) } == [matched])
    }

    @Test(arguments: [
        "in 2021", "the 2021 agreement", "on 23 March", "Feb 18 (APP)", "$45 billion", "20 billion yuan",
        "Rs 475 billion", "Section 9.10", "No. 5", "the 5G network", "JF-17 jets", "at 05:50 PM",
        "on 2016-10-15", "65/110 KM/h", "the 9th summit", "the first phase", "one of the projects", "FY2025-26",
        "call 0300-1234567", "two more", "One Belt-One Road", "by 2030", "13 were killed", "within five years",
    ])
    func readsNoQuantityIn(text: String) {
        let (doc, found) = Self.quantities(text)
        #expect(found.isEmpty, "\(text): \(found.map { doc.text(tokens: $0.tokens) })")
    }

    @Test func skipsExcludedRangesWhenCalledDirectly() {
        let doc = TestData.tokenized("China pledged 20 billion yuan and 3,000 scholarships.")
        let parser = TestData.normalizer.quantities
        #expect(parser.matches(in: doc).map(\.quantity.text) == ["3,000 scholarships"])
        #expect(parser.matches(in: doc, excluding: [6..<8]).isEmpty)
    }

    @Test func readsEveryQuantityOfASentenceInOrder() {
        let (doc, found) = Self.quantities("The 13 victims included five Chinese engineers and 8 Pakistani drivers.")
        #expect(
            found.map { doc.text(tokens: $0.tokens) } == [
                "13 victims", "five Chinese engineers", "8 Pakistani drivers",
            ])
        #expect(found.map(\.rule) == ["quantity.count", "quantity.count", "quantity.count"])
    }
}
