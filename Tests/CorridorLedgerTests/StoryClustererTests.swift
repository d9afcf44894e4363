import CorridorLedger
import CorridorModel
import CorridorTestSupport
import Testing

/// Near-copies of one story are clustered; different stories are not.
@Suite struct StoryClustererTests {
    static let wire = """
        Officials from the two countries met in the capital on Tuesday to sign a long-awaited agreement on a new \
        deep-water port, the ministry said in a statement. The port, which will be built over five years, is \
        expected to handle two million containers a year once complete. The agreement was signed by the transport \
        minister and the visiting delegation head after three rounds of talks that began last spring. Critics said \
        the cost of the project had not been disclosed and asked parliament to review the terms before work starts.
        """
    static let copy = """
        TOWNSVILLE (Wire) – Officials from the two countries met in the capital on Tuesday to sign a long-awaited \
        agreement on a new deep-water port, the ministry said in a statement. The port, which will be built over five \
        years, is expected to handle two million containers a year once complete. The agreement was signed by the \
        transport minister and the visiting delegation head after three rounds of talks that began last spring. \
        Critics said the cost had not been disclosed and asked parliament to review the terms. Reporting by staff.
        """
    static let other = """
        Heavy rain flooded several districts in the north on Sunday, cutting power to thousands of homes and closing \
        schools for the week. Rescue teams used boats to reach villages cut off by the water, and the weather office \
        warned that more storms were likely. Farmers said the harvest had been badly damaged.
        """

    func profile(_ id: String, _ text: String, _ date: String?) -> StoryProfile {
        StoryClusterer().profile(of: Article(id: id, text: text, publishedAt: date.flatMap { PartialDate(iso: $0) }), storyID: "story:" + id)
    }

    @Test func aSyndicatedCopyIsTheSameStory() {
        let c = StoryClusterer()
        let a = profile("a", Self.wire, "2024-03-05")
        let b = profile("b", Self.copy, "2024-03-06")
        #expect(c.similarity(a.signature, b.signature) >= 0.5)
        #expect(!Set(c.bands(of: a.signature)).isDisjoint(with: c.bands(of: b.signature)))
        #expect(c.isSameStory(a, b, sharedRareEntities: 0, sharedFacts: 0, frequencies: [:], total: 2))
    }

    @Test func aDifferentStoryIsNot() {
        let c = StoryClusterer()
        let a = profile("a", Self.wire, "2024-03-05")
        let b = profile("b", Self.other, "2024-03-05")
        #expect(c.similarity(a.signature, b.signature) < 0.2)
        #expect(!c.isSameStory(a, b, sharedRareEntities: 0, sharedFacts: 0, frequencies: [:], total: 2))
    }

    @Test func aCopyPublishedMonthsLaterIsAnotherStory() {
        let c = StoryClusterer()
        let a = profile("a", Self.wire, "2024-03-05")
        let b = profile("b", Self.copy, "2024-09-05")
        #expect(!c.isSameStory(a, b, sharedRareEntities: 0, sharedFacts: 0, frequencies: [:], total: 2))
    }

    @Test(arguments: StoreBackend.allCases)
    func syndicatedArticlesShareAStoryInTheLedger(_ backend: StoreBackend) async throws {
        let store = try backend.make()
        for (id, text) in [("a", Self.wire), ("b", Self.other), ("c", Self.copy)] {
            _ = try await store.ingest(
                LedgerFixtures.extraction(id, date: "2024-03-05", sentences: [text]), contentHash: id)
        }
        let stories = try await store.stories(minimumSize: 2)
        #expect(stories.map(\.articleIDs) == [["a", "c"]])
        #expect(try await store.counts().stories == 2)
    }
}
