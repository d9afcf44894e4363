import CorridorNLP
import CorridorTestSupport
import Testing

struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let doc = TestData.segment(text)
        return doc.sentences.map { doc.text(of: $0) }
    }

    @Test(arguments: [
        ("Mr. Khan met Dr. Ali. They agreed.", ["Mr. Khan met Dr. Ali.", "They agreed."]),
        ("The U.S. Navy sailed. It returned.", ["The U.S. Navy sailed.", "It returned."]),
        ("Talks with the U.S. The deal followed.", ["Talks with the U.S.", "The deal followed."]),
        ("M. A. Mannan said so. Then he left.", ["M. A. Mannan said so.", "Then he left."]),
        ("It cost Rs. 475 billion. No. 3 was next.", ["It cost Rs. 475 billion.", "No. 3 was next."]),
        ("Growth was 4.5 percent. Exports rose.", ["Growth was 4.5 percent.", "Exports rose."]),
        ("He said: \"We agree.\" Then he left.", ["He said: \"We agree.\"", "Then he left."]),
        ("Was it signed? Yes! It was.", ["Was it signed?", "Yes!", "It was."]),
        ("Signed on Jan. 5 in Beijing.", ["Signed on Jan. 5 in Beijing."]),
        ("It was approved (in 2020). Work began.", ["It was approved (in 2020).", "Work began."]),
    ])
    func splitsAtSentenceEnds(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func headlineWithoutFullStopIsItsOwnSentence() {
        let doc = TestData.segment("Pakistan, China sign 23 MoUs\nISLAMABAD: The two sides signed accords.")
        #expect(doc.sentences.count == 2)
        #expect(doc.sentences[0].isHeading)
        #expect(!doc.sentences[1].isHeading)
    }

    @Test func paragraphBreakAlwaysEndsASentence() {
        #expect(sentences("the talks continued\n\nand ended") == ["the talks continued", "and ended"])
    }

    @Test func hardWrappedLineContinuesInLowercase() {
        #expect(sentences("The two sides signed an\nagreement on Friday.") == ["The two sides signed an\nagreement on Friday."])
    }

    @Test func sentencesCoverEveryTokenOnce() {
        let doc = TestData.segment("A. B. C said. D e f! \"G\" h?\n\nI j")
        var covered = 0
        for (n, s) in doc.sentences.enumerated() {
            #expect(s.firstToken == covered, "sentence \(n) starts where the previous ended")
            covered = s.endToken
        }
        #expect(covered == doc.tokens.count)
    }
}
