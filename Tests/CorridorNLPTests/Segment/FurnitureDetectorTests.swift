import CorridorNLP
import CorridorTestSupport
import Testing

struct FurnitureDetectorTests {
    /// The article body used by every case: long enough that trailing markers fall in its second half.
    static let body = """
        Pakistan and China signed an agreement on Friday to expand cooperation in mining.
        The accord was signed in Islamabad by the two ministers after talks that lasted two days.
        Officials said the projects would create thousands of jobs in Balochistan.
        """

    func furnitureLines(_ text: String) -> [String] {
        let doc = TestData.segment(text)
        return doc.sentences.filter(\.isFurniture).map { doc.text(of: $0) }
    }

    @Test(arguments: [
        ("\nPopular\nSpotlight\nMore from World\nTrump signs order on land policy\nComments",
         ["Popular", "Spotlight", "More from World", "Trump signs order on land policy", "Comments"]),
        ("\nFollow the Insights WhatsApp Channel for updates across the network.",
         ["Follow the Insights WhatsApp Channel for updates across the network."]),
        ("\nRelated articles\nChina opens new port\nIMF talks resume", ["Related articles", "China opens new port", "IMF talks resume"]),
    ])
    func trailingFurnitureIsMarked(tail: String, expected: [String]) {
        #expect(furnitureLines(Self.body + tail) == expected)
    }

    @Test(arguments: [
        "By Manik Aftab ⏐ 41 mins ago ⏐ 2 min read",
        "Updated\nMar 26, 2024, 05:50 PM",
        "2023-03-20 | 09:08",
        "|\n||||||||",
        "Powered by automated translation",
    ])
    func leadingFurnitureIsMarked(head: String) {
        let lines = furnitureLines(head + "\n" + Self.body)
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { !$0.contains("Pakistan and China") })
    }

    @Test func creditAfterCaptionIsFurniture() {
        let text = "Xi and Zardari shake hands in Beijing, 05 February 2025. Reuters\n" + Self.body
        #expect(furnitureLines(text) == ["Reuters"])
    }

    @Test func articleBodyIsNotFurniture() {
        #expect(furnitureLines(Self.body).isEmpty)
    }

    @Test func aMarkerEarlyInTheTextDoesNotSwallowTheArticle() {
        let doc = TestData.segment("Comments\n" + Self.body)
        #expect(doc.sentences.filter { !$0.isFurniture }.count >= 3)
    }
}
