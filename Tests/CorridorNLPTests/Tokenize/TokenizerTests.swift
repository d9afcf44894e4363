import CorridorNLP
import CorridorTestSupport
import Testing

struct TokenizerTests {
    @Test(arguments: [
        ("Mr. Khan met Dr. Ali.", ["Mr.", "Khan", "met", "Dr.", "Ali", "."]),
        ("the U.S. and the U.A.E. agreed", ["the", "U.S.", "and", "the", "U.A.E.", "agreed"]),
        ("M. A. Mannan said", ["M.", "A.", "Mannan", "said"]),
        ("worth $4.5bn in all", ["worth", "$", "4.5", "bn", "in", "all"]),
        ("Rs475 billion", ["Rs", "475", "billion"]),
        ("Rs. 475 billion", ["Rs.", "475", "billion"]),
        ("US$1.5bn loan", ["US", "$", "1.5", "bn", "loan"]),
        ("Ksh107bn deal", ["Ksh", "107", "bn", "deal"]),
        ("Dh73.45bn) in", ["Dh", "73.45", "bn", ")", "in"]),
        ("Rs1,500 each", ["Rs", "1,500", "each"]),
        ("v2.0 and A1.", ["v2", ".", "0", "and", "A1", "."]),
        ("3,000 study places", ["3,000", "study", "places"]),
        ("1,320MW plant", ["1,320", "MW", "plant"]),
        ("FY2025-26 budget", ["FY", "2025", "-", "26", "budget"]),
        ("at 05:50 PM", ["at", "05:50", "PM"]),
        ("the 5G and B2B push", ["the", "5G", "and", "B2B", "push"]),
        ("SKY47 and JF-17", ["SKY47", "and", "JF", "-", "17"]),
        ("Pakistan’s role", ["Pakistan", "’s", "role"]),
        ("China's role", ["China", "'s", "role"]),
        ("Peoples’ Party", ["Peoples", "’", "Party"]),
        ("O'Brien said", ["O'Brien", "said"]),
        ("China‑Pakistan Economic Corridor", ["China", "‑", "Pakistan", "Economic", "Corridor"]),
        ("R&D and AT&T", ["R&D", "and", "AT&T"]),
        ("see pic.twitter.com/EXN3NPeri4 now", ["see", "pic.twitter.com/EXN3NPeri4", "now"]),
        ("visit https://example.com/a?b=1.", ["visit", "https://example.com/a?b=1", "."]),
        ("#cpec @AsimSBajwa", ["#cpec", "@AsimSBajwa"]),
        ("“All-Weather” ties", ["“", "All", "-", "Weather", "”", "ties"]),
        ("Malacañang on Thursday", ["Malacañang", "on", "Thursday"]),
        ("wait...", ["wait", "..."]),
        ("the 9th Asian Winter Games", ["the", "9th", "Asian", "Winter", "Games"]),
    ])
    func splitsRealWorldForms(text: String, expected: [String]) {
        #expect(TestData.tokenTexts(text) == expected)
    }

    @Test func foldsQuotesDashesAndSpacesInNorms() {
        let tokenizer = Tokenizer(exceptions: TestData.language.tokenizer)
        var doc = Document(id: "t", text: "Pakistan’s China–Pakistan\u{00A0}“X”")
        tokenizer.process(&doc)
        #expect(doc.tokens.map(\.norm) == ["pakistan", "'s", "china", "-", "pakistan", "\"", "x", "\""])
    }

    @Test func offsetsPointIntoTheOriginalText() {
        let text = "Türkiye’s “envoy” met Xi."
        var doc = Document(id: "t", text: text)
        Tokenizer(exceptions: TestData.language.tokenizer).process(&doc)
        let scalars = Array(text.unicodeScalars)
        for t in doc.tokens {
            let r = doc.textRange(bytes: t.start, t.end)
            let fromScalars = String(String.UnicodeScalarView(scalars[r.start..<r.end]))
            #expect(fromScalars == doc.text(of: t))
        }
    }

    @Test func recordsLineStructure() {
        var doc = Document(id: "t", text: "Headline\nFirst line.\n\nNew paragraph.")
        Tokenizer(exceptions: TestData.language.tokenizer).process(&doc)
        let first = doc.tokens.first { doc.text(of: $0) == "First" }
        let new = doc.tokens.first { doc.text(of: $0) == "New" }
        #expect(first?.flags.contains(.lineBreakBefore) == true)
        #expect(first?.flags.contains(.paragraphBefore) == false)
        #expect(new?.flags.contains(.paragraphBefore) == true)
    }

    @Test func marksHyphensGluedBetweenWordsAsJoiners() {
        var doc = Document(id: "t", text: "China-Pakistan ties - and more")
        Tokenizer(exceptions: TestData.language.tokenizer).process(&doc)
        let joiners = doc.tokens.filter { $0.flags.contains(.isJoiner) }.map { doc.text(of: $0) }
        #expect(joiners == ["-"])
    }
}
