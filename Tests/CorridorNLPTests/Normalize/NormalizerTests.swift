import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Foundation
import Testing

struct NormalizerTests {
    @Test func readsAPledgeSentence() throws {
        // Given a sentence from an article of 8 February 2025
        let text =
            "To build human capital, China has also pledged to provide 3,000 study and training opportunities "
            + "and $45 billion for power plants and the ML-1 railway between 2025 and 2029."

        // When it is normalised
        let (doc, found) = TestData.normalize(text, reference: PartialDate(year: 2025, month: 2, day: 8))

        // Then money, period, count and sectors are each read once
        #expect(found.amounts.map(\.amount.text) == ["$45 billion"])
        #expect(found.amounts.first?.amount.value == Decimal(string: "45000000000"))
        #expect(
            found.dates.map(\.kind) == [.period(Period(start: PartialDate(year: 2025), end: PartialDate(year: 2029)))])
        #expect(found.quantities.map { doc.text(tokens: $0.tokens) } == ["3,000 study and training opportunities"])
        #expect(found.sectors == [.education, .energy, .transport])
    }

    @Test func keepsQuantitiesOutOfMoneyAndDates() {
        // Given a sentence full of numbers
        let text = "The swap, sized at 20 billion yuan (USD 3.1 billion), runs for three years from 23 March 2025."

        // When it is normalised without a reference date
        let (doc, found) = TestData.normalize(text, countries: ["PK", "CN"])

        // Then the numbers of the money and the date are not counted again
        #expect(found.amounts.map(\.amount.text) == ["20 billion yuan", "USD 3.1 billion"])
        #expect(found.amounts.map(\.isConversion) == [false, true])
        #expect(found.dates.map { doc.text(tokens: $0.tokens) } == ["from 23 March 2025"])
        #expect(found.quantities.map { doc.text(tokens: $0.tokens) } == ["three years"])
        for q in found.quantities {
            for other in found.amounts.map(\.tokens) + found.dates.map(\.tokens) {
                #expect(!q.tokens.overlaps(other))
            }
        }
    }

    @Test func readsSentenceBySentence() throws {
        // Given a segmented article
        var doc = TestData.segment("Xi visited Dhaka on Friday. Deals worth $24 billion were signed.")
        doc.publishedAt = PartialDate(year: 2016, month: 10, day: 15)
        let context = NormalizationContext(document: doc, countries: ["BD", "CN"])
        try #require(doc.sentences.count == 2)

        // When each sentence is normalised on its own
        let first = TestData.normalizer.normalize(doc, tokens: doc.sentences[0].tokenRange, context: context)
        let second = TestData.normalizer.normalize(doc, tokens: doc.sentences[1].tokenRange, context: context)

        // Then each result stays inside its sentence
        #expect(first.dates.map(\.kind) == [.point(PartialDate(year: 2016, month: 10, day: 14))])
        #expect(first.amounts.isEmpty)
        #expect(second.amounts.map(\.amount.value) == [Decimal(string: "24000000000")])
        #expect(second.dates.isEmpty)
    }

    @Test func givesTheSameResultEveryTime() {
        let text = "On Thursday, Pakistan and China signed 23 MoUs worth over $24 billion for FY2025-26."
        let runs = (0..<3).map { _ in TestData.normalize(text, reference: PartialDate(year: 2025, month: 2, day: 8)).1 }
        #expect(runs.allSatisfy { $0 == runs[0] })
    }

    @Test func equalsTheFourNormalisersRunOneByOne() {
        let text = """
            On Thursday, the two sides signed 23 MoUs worth over $24 billion for FY2025-26. A 1,320 MW plant, \
            a two-day visit from February 4 to 8 and a dozen agreements were announced; the leaders will meet \
            on 23 March. Rs 81 billion (\\$286.94 million) is owed to IPPs. Nine Chinese nationals were killed \
            in 2023 and 2000 people attended the 2021 forum within five years of the Belt and Road data centre.
            """
        for reference in [PartialDate(year: 2025, month: 2, day: 8), nil] {
            let doc = TestData.tokenized(text, publishedAt: reference)
            let context = NormalizationContext(referenceDate: reference, countries: ["PK", "CN"])
            let n = TestData.normalizer
            for range in [0..<doc.tokens.count, 5..<40, 40..<doc.tokens.count] {
                let together = n.normalize(doc, tokens: range, context: context)
                let amounts = n.amounts.matches(in: doc, tokens: range, context: context)
                let dates = n.dates.matches(in: doc, tokens: range, context: context)
                let taken = (amounts.map(\.tokens) + dates.map(\.tokens)).sorted { $0.lowerBound < $1.lowerBound }
                #expect(together.amounts == amounts)
                #expect(together.dates == dates)
                #expect(together.quantities == n.quantities.matches(in: doc, tokens: range, excluding: taken))
                #expect(together.sectors == n.sectors.sectors(in: doc, tokens: range))
                #expect(!together.amounts.isEmpty && !together.dates.isEmpty && !together.quantities.isEmpty)
            }
        }
    }
}
