import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

struct SectorClassifierTests {
    private static func sectors(_ text: String) -> [Sector] {
        TestData.normalizer.sectors.sectors(in: TestData.tokenized(text))
    }

    @Test(arguments: [
        ("a 1,320 MW coal-fired power plant", [Sector.energy]),
        ("the ML-1 railway upgrade", [.transport]),
        ("Reko Diq copper and gold mine", [.mining]),
        ("data centres, 5G and cloud services", [.ict]),
        ("Pakistan's IT sector", [.ict]),
        ("hydropower and solar projects and a new motorway", [.energy, .transport]),
        ("scholarships for students", [.education]),
        ("the Saindak copper-gold project", [.mining]),
        ("a coal mine in Thar", [.mining]),
        ("artificial intelligence and AI labs", [.ict, .science]),
        ("IPPs are owed money", [.energy]),
        ("currency swap with the central bank", [.finance]),
        ("terrorist attacks on Chinese nationals", [.security]),
        ("the Gwadar port and its shipping lanes", [.transport, .maritime]),
    ])
    func classifiesByKeywords(text: String, expected: [Sector]) {
        #expect(Self.sectors(text) == expected, "\(text)")
    }

    @Test func returnsSectorsInOrderOfFirstMentionWithoutDuplicates() {
        #expect(Self.sectors("roads, power, railways, electricity and ports") == [.transport, .energy])
    }

    @Test(arguments: [
        "it was said that it is fine", "the Belt and Road Initiative", "world powers met", "ai weiwei",
        "the UN Security Council", "a road map for talks", "Pakistan and China reaffirmed ties",
    ])
    func findsNoSectorIn(text: String) {
        #expect(Self.sectors(text).isEmpty, "\(text)")
    }

    @Test func reportsKeywordRangesAndRuleIDs() throws {
        let doc = TestData.tokenized("The data centre uses solar power.")
        let found = TestData.normalizer.sectors.matches(in: doc)
        try #require(found.count == 2)
        #expect(found.map(\.rule) == ["sector.ict", "sector.energy"])
        #expect(found.map(\.keyword) == ["data centre", "solar power"])
        #expect(found[0].tokens == 1..<3)
    }

    @Test func searchesOnlyTheGivenTokens() {
        let doc = TestData.tokenized("Solar parks. Railways.")
        #expect(TestData.normalizer.sectors.sectors(in: doc, tokens: 3..<5) == [.transport])
    }
}
