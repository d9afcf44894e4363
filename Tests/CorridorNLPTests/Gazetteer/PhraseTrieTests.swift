import CorridorNLP
import CorridorTestSupport
import Testing

struct PhraseTrieTests {
    static let tokenizer = Tokenizer(exceptions: TestData.language.tokenizer)

    /// The phrases of the shared trie; each phrase's payload is its index here.
    static let phrases = [
        "China", "China Pakistan", "China-Pakistan Economic Corridor", "Pakistan Peoples Party",
        "Belt and Road", "Belt and Road Initiative", "Kenya Ports Authority", "Saudi Arabia",
        "O'Brien", "Abu Dhabi", "Abu Dhabi Ports",
    ]

    static let trie: PhraseTrie = {
        var trie = PhraseTrie()
        for (n, phrase) in phrases.enumerated() { trie.insert(norms(phrase), value: Int32(n)) }
        return trie
    }()

    /// A phrase's token norms, skippable tokens removed, as the gazetteer inserts them.
    static func norms(_ phrase: String) -> [String] {
        tokenizer.tokenize(Array(phrase.utf8)).filter { !PhraseTrie.isSkippable($0) }.map(\.norm)
    }

    /// The text of the longest phrase starting at the first token whose text is `word`.
    static func longest(in text: String, from word: String) throws -> String? {
        let doc = TestData.tokenized(text)
        let start = try #require(doc.tokens.firstIndex { doc.text(of: $0) == word })
        let end = trie.longestMatch(startingAt: start, limit: doc.tokens.count, tokens: doc.tokens)
        return end.map { doc.text(tokens: start..<$0) }
    }

    @Test(arguments: [
        ("The China-Pakistan Economic Corridor is a flagship.", "China", "China-Pakistan Economic Corridor"),
        ("China Pakistan ties grew.", "China", "China Pakistan"),
        ("China and Kenya signed.", "China", "China"),
        ("Leaders praised the Belt and Road Initiative again.", "Belt", "Belt and Road Initiative"),
        ("Leaders praised the Belt and Road again.", "Belt", "Belt and Road"),
        ("the Pakistan Peoples’ Party won", "Pakistan", "Pakistan Peoples’ Party"),
        ("the Pakistan Peoples' Party won", "Pakistan", "Pakistan Peoples' Party"),
        ("the Kenya Ports Authority said", "Kenya", "Kenya Ports Authority"),
        ("Saudi‑Arabia ties", "Saudi", "Saudi‑Arabia"),
        ("Abu Dhabi Ports signed a concession in Karachi.", "Abu", "Abu Dhabi Ports"),
        ("Abu Dhabi Investment Office", "Abu", "Abu Dhabi"),
        ("SAUDI ARABIA and Egypt", "SAUDI", "SAUDI ARABIA"),
        ("Mr O'Brien said", "O'Brien", "O'Brien"),
    ])
    func longestMatchWins(text: String, from word: String, expected: String) throws {
        #expect(try Self.longest(in: text, from: word) == expected)
    }

    @Test(arguments: [
        ("Kenya Ports and Harbours", "Kenya"),
        ("Belt and Roads", "Belt"),
        ("Saudi - Arabia ties", "Saudi"),
        ("Abu Omar said", "Abu"),
        ("Economic Corridor", "Economic"),
    ])
    func incompletePhrasesDoNotMatch(text: String, from word: String) throws {
        #expect(try Self.longest(in: text, from: word) == nil)
    }

    @Test func matchesListEveryPhraseShortestFirst() throws {
        let doc = TestData.tokenized("the China-Pakistan Economic Corridor")
        let start = try #require(doc.tokens.firstIndex { doc.text(of: $0) == "China" })
        let ids = doc.tokens.map { Self.trie.wordID($0.norm) }
        let found = Self.trie.matches(startingAt: start, limit: doc.tokens.count, tokens: doc.tokens, wordIDs: ids)
        #expect(found.map { doc.text(tokens: $0.start..<$0.end) } == ["China", "China-Pakistan", "China-Pakistan Economic Corridor"])
        #expect(found.map(\.values) == [[0], [1], [2]])
    }

    @Test func matchesStopAtTheLimit() throws {
        let doc = TestData.tokenized("China-Pakistan Economic Corridor")
        let ids = doc.tokens.map { Self.trie.wordID($0.norm) }
        let found = Self.trie.matches(startingAt: 0, limit: 3, tokens: doc.tokens, wordIDs: ids)
        #expect(found.map(\.end) == [1, 3])
    }

    @Test func valuesAreThoseOfTheExactSpan() {
        let doc = TestData.tokenized("Abu Dhabi Ports")
        #expect(Self.trie.values(startingAt: 0, end: 2, tokens: doc.tokens) == [9])
        #expect(Self.trie.values(startingAt: 0, end: 3, tokens: doc.tokens) == [10])
        #expect(Self.trie.values(startingAt: 0, end: 1, tokens: doc.tokens).isEmpty)
    }

    @Test func phrasesSharingTokensKeepEveryPayload() {
        var trie = PhraseTrie()
        trie.insert(["georgia"], value: 1)
        trie.insert(["georgia"], value: 2)
        let doc = TestData.tokenized("Georgia")
        #expect(trie.values(startingAt: 0, end: 1, tokens: doc.tokens) == [1, 2])
        #expect(trie.count == 2)
    }

    @Test func aSkippableTokenNeverOpensAMatch() {
        let doc = TestData.tokenized("-China")
        #expect(Self.trie.longestMatch(startingAt: 0, limit: doc.tokens.count, tokens: doc.tokens) == nil)
    }

    @Test func wordsOfNoPhraseHaveNoID() {
        #expect(Self.trie.wordID("china") != nil)
        #expect(Self.trie.wordID("nigeria") == nil)
    }

    @Test func emptyPhrasesAreIgnored() {
        var trie = PhraseTrie()
        trie.insert([], value: 0)
        #expect(trie.count == 0)
    }
}
