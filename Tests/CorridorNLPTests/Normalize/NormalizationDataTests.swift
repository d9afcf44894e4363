import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

struct NormalizationDataTests {
    @Test func bundledTablesLoadAndValidate() throws {
        let data = TestData.language
        #expect(data.currencies.currencies.count > 50)
        #expect(data.dates.months.count == 12)
        #expect(data.dates.weekdays.count == 7)
        #expect(Set(data.sectors.sectors.map(\.sector)) == Set(Sector.allCases))
        #expect(!data.numbers.scales.isEmpty)
        #expect(!data.quantities.units.isEmpty)
        try data.currencies.validate(source: "currencies.json")
        try data.dates.validate(source: "dates.json")
        try data.numbers.validate(source: "numbers.json")
        try data.quantities.validate(source: "quantities.json")
        try data.sectors.validate(source: "sectors.json")
    }

    @Test func existingLanguageDataInitialiserStillWorks() {
        let data = LanguageData(
            tokenizer: TokenizerExceptions(), furniture: TestData.language.furniture, cues: EntityCues(),
            names: TestData.language.names, lexicon: [], facts: TestData.language.facts)
        #expect(data.currencies.currencies.isEmpty)
        let doc = TestData.tokenized("$5bn in 2025")
        #expect(AmountNormalizer(data: data).matches(in: doc, context: NormalizationContext()).isEmpty)
    }

    /// Runs a validator and returns its error message, or nil when it passes.
    private static func message(_ validate: () throws -> Void) -> String? {
        do {
            try validate()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: [
        (
            CurrencyTable(currencies: [
                .init(id: "currency.usd", code: "USD", symbols: ["$"]),
                .init(id: "currency.xyz", code: "XYZ", symbols: ["$"]),
            ]), "currency.xyz"
        ),
        (CurrencyTable(currencies: [.init(id: "currency.bad", code: "usd", symbols: ["$"])]), "ISO 4217"),
        (CurrencyTable(currencies: [.init(id: "currency.none", symbols: ["Q"])]), "either 'code' or 'byCountry'"),
        (
            CurrencyTable(currencies: [.init(id: "currency.r", symbols: ["R"], byCountry: ["Pakistan": "PKR"])]),
            "ISO 3166-1"
        ),
        (CurrencyTable(currencies: [.init(id: "usd", code: "USD", symbols: ["$"])]), "start with 'currency.'"),
        (CurrencyTable(currencies: [.init(id: "currency.empty", code: "USD")]), "at least one symbol"),
    ])
    func rejectsInvalidCurrencies(table: CurrencyTable, fragment: String) throws {
        let message = try #require(Self.message { try table.validate(source: "currencies.json") })
        #expect(message.contains("currencies.json"))
        #expect(message.contains(fragment), "\(message)")
    }

    @Test func rejectsInvalidDateLexicon() throws {
        var lexicon = TestData.language.dates
        lexicon.months.removeLast()
        let missing = try #require(Self.message { try lexicon.validate(source: "dates.json") })
        #expect(missing.contains("dates.json") && missing.contains("numbered 1–12"))
        lexicon = TestData.language.dates
        lexicon.relative.append(.init(id: "yesterday-again", unit: .day, offset: -1, phrases: ["the day before"]))
        let badID = try #require(Self.message { try lexicon.validate(source: "dates.json") })
        #expect(badID.contains("yesterday-again"))
        lexicon = TestData.language.dates
        lexicon.deadlineCues.append("By")
        let upper = try #require(Self.message { try lexicon.validate(source: "dates.json") })
        #expect(upper.contains("deadlineCues") && upper.contains("lowercase"))
    }

    @Test func rejectsInvalidSectorKeywords() throws {
        let twice = SectorKeywords(sectors: [
            .init(id: "sector.energy", sector: .energy, keywords: ["power"]),
            .init(id: "sector.industry", sector: .industry, keywords: ["Power"]),
        ])
        let message = try #require(Self.message { try twice.validate(source: "sectors.json") })
        #expect(message.contains("sectors.json") && message.contains("sector.industry") && message.contains("Power"))
        let badID = SectorKeywords(sectors: [.init(id: "sector.power", sector: .energy, keywords: ["power"])])
        #expect(Self.message { try badID.validate(source: "sectors.json") }?.contains("sector.energy") == true)
        let ignored = SectorKeywords(
            sectors: [.init(id: "sector.energy", sector: .energy, keywords: ["power"])], ignored: ["power"])
        #expect(Self.message { try ignored.validate(source: "sectors.json") }?.contains("ignored") == true)
    }

    @Test func rejectsInvalidNumbersAndUnits() throws {
        let scale = NumberWords(scales: [.init(id: "scale.bad", value: "lots", words: ["lots"])])
        #expect(Self.message { try scale.validate(source: "numbers.json") }?.contains("scale.bad") == true)
        let units = QuantityRules(units: [
            .init(id: "unit.mw", canonical: "MW", forms: ["MW"]),
            .init(id: "unit.mwe", canonical: "MWe", forms: ["mw"]),
        ])
        let message = try #require(Self.message { try units.validate(source: "quantities.json") })
        #expect(message.contains("quantities.json") && message.contains("unit.mwe"))
    }

    @Test func readsACurrencyAddedAsData() throws {
        var table = TestData.language.currencies
        table.currencies.append(.init(id: "currency.xau", code: "XAU", symbols: ["G$"], names: ["troy ounces of gold"]))
        try table.validate(source: "currencies.json")
        table.currencies.append(.init(id: "currency.aud2", code: "AUD", symbols: ["AU$"]))
        #expect(Self.message { try table.validate(source: "currencies.json") }?.contains("currency.aud") == true)
        table.currencies.removeLast()
        let amounts = AmountNormalizer(
            currencies: table, numbers: TestData.language.numbers,
            tokenizer: Tokenizer(exceptions: TestData.language.tokenizer))
        let doc = TestData.tokenized("G$5m or 3 million troy ounces of gold")
        let found = amounts.matches(in: doc, context: NormalizationContext())
        #expect(found.map(\.amount.currency) == ["XAU", "XAU"])
        #expect(found.map(\.amount.text) == ["G$5m", "3 million troy ounces of gold"])
    }
}
