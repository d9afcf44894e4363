import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

struct GazetteerTests {
    static let tokenizer = Tokenizer(exceptions: TestData.language.tokenizer)

    static let entries: [LexiconEntry] = [
        LexiconEntry(
            id: "t.country.us", label: .gpe, name: "United States", aliases: ["US", "U.S.", "USA"], country: "US",
            kind: "country"),
        LexiconEntry(
            id: "t.ministry.miit", label: .org, name: "Ministry of Industry and Information Technology",
            aliases: ["MIIT"], country: "CN", kind: "ministry"),
        LexiconEntry(
            id: "t.company.mcc", label: .org, name: "MCC", aliases: ["Metallurgical Corporation of China"],
            country: "CN", kind: "company", case: .exact),
        LexiconEntry(id: "t.law.bri", label: .law, name: "Belt and Road Initiative", aliases: ["BRI"], kind: "programme"),
        LexiconEntry(id: "t.org.mohtasib", label: .org, name: "Wafaqi Mohtasib", country: "PK", kind: "state-body", case: .any),
        LexiconEntry(id: "t.admin1.abu-dhabi", label: .gpe, name: "Abu Dhabi", country: "AE", kind: "admin1"),
        LexiconEntry(id: "t.company.ad-ports", label: .org, name: "Abu Dhabi Ports", country: "AE", kind: "company"),
        // Entries sharing a name, deliberately listed in the "wrong" order.
        LexiconEntry(id: "t.city.hyderabad-pk", label: .gpe, name: "Hyderabad", country: "PK", kind: "city", population: 150_000),
        LexiconEntry(id: "t.city.hyderabad-in", label: .gpe, name: "Hyderabad", country: "IN", kind: "city", population: 6_809_970),
        LexiconEntry(id: "t.admin1.georgia", label: .gpe, name: "Georgia", country: "US", kind: "admin1", ambiguous: true),
        LexiconEntry(id: "t.country.georgia", label: .gpe, name: "Georgia", country: "GE", kind: "country", ambiguous: true),
        LexiconEntry(id: "t.region.sindh", label: .loc, name: "Sindh", country: "PK", kind: "region"),
        LexiconEntry(id: "t.admin1.sindh", label: .gpe, name: "Sindh", country: "PK", kind: "admin1"),
        LexiconEntry(id: "t.country.jordan", label: .gpe, name: "Jordan", country: "JO", kind: "country"),
        LexiconEntry(id: "t.person.jordan", label: .person, name: "Jordan", kind: "person"),
        LexiconEntry(id: "t.media.dawn", label: .org, name: "Dawn", country: "PK", kind: "media", ambiguous: true),
        LexiconEntry(id: "t.city.dawn", label: .gpe, name: "Dawn", country: "US", kind: "city", population: 500),
    ]

    static let gazetteer = Gazetteer(entries: entries, tokenizer: tokenizer)

    /// The text of the longest hit at the first token whose text is `word`, and the ids of its entries.
    static func hit(_ gazetteer: Gazetteer, in text: String, at word: String) throws -> Hit? {
        let doc = TestData.segment(text)
        let start = try #require(doc.tokens.firstIndex { doc.text(of: $0) == word })
        let ids = gazetteer.wordIDs(doc.tokens)
        guard let h = gazetteer.longestHit(at: start, limit: doc.tokens.count, doc: doc, wordIDs: ids) else { return nil }
        return Hit(text: doc.text(tokens: h.start..<h.end), ids: h.entries.map { gazetteer.entries[$0].id })
    }

    struct Hit: Equatable {
        var text: String
        var ids: [String]
    }

    // MARK: - Case rules

    @Test(arguments: [
        ("Talks between the US and China resumed.", "US", "US"),
        ("the USA team", "USA", "USA"),
        ("UNITED STATES and Cuba", "UNITED", "UNITED STATES"),
        ("The MIIT said on Monday.", "MIIT", "MIIT"),
        ("The Ministry of Industry and Information Technology said.", "Ministry",
         "Ministry of Industry and Information Technology"),
        ("Ministry Of Industry And Information Technology Issues Rules", "Ministry",
         "Ministry Of Industry And Information Technology"),
        ("MCC won the bid.", "MCC", "MCC"),
        ("Metallurgical Corporation of China won the bid.", "Metallurgical", "Metallurgical Corporation of China"),
        ("projects under the BRI framework", "BRI", "BRI"),
        ("the Belt and Road Initiative turns ten", "Belt", "Belt and Road Initiative"),
        ("a complaint to the wafaqi mohtasib", "wafaqi", "wafaqi mohtasib"),
        ("WAFAQI MOHTASIB ORDERS INQUIRY", "WAFAQI", "WAFAQI MOHTASIB"),
        ("Abu Dhabi ports were busy.", "Abu", "Abu Dhabi"),
    ])
    func matchesWhenLetterCaseAgrees(text: String, word: String, expected: String) throws {
        #expect(try Self.hit(Self.gazetteer, in: text, at: word)?.text == expected)
    }

    @Test(arguments: [
        ("Let us talk about trade.", "us"),
        ("Us and them", "Us"),
        ("the united states of mind", "united"),
        ("The Miit said.", "Miit"),
        ("Mcc won the bid.", "Mcc"),
        ("METALLURGICAL CORPORATION OF CHINA", "METALLURGICAL"),
        ("the Bri project", "Bri"),
        ("a belt and road initiative of its own", "belt"),
        ("ministry of industry and information technology", "ministry"),
    ])
    func doesNotMatchWhenLetterCaseDisagrees(text: String, word: String) throws {
        #expect(try Self.hit(Self.gazetteer, in: text, at: word) == nil)
    }

    @Test
    func dottedAcronymAliasesMatch() throws {
        #expect(try Self.hit(Self.gazetteer, in: "The U.S. envoy arrived.", at: "U.S.")?.ids == ["t.country.us"])
    }

    // MARK: - Ranking

    /// Towns rank by order of magnitude of population; countries before provinces before regions;
    /// curated entries first; ambiguous entries last.

    @Test(arguments: [
        ("Hyderabad", ["t.city.hyderabad-in", "t.city.hyderabad-pk"]),
        ("Georgia", ["t.country.georgia", "t.admin1.georgia"]),
        ("Sindh", ["t.admin1.sindh", "t.region.sindh"]),
        ("Jordan", ["t.person.jordan", "t.country.jordan"]),
        ("Dawn", ["t.city.dawn", "t.media.dawn"]),
    ])
    func entriesSharingANameAreRanked(name: String, expected: [String]) throws {
        #expect(try Self.hit(Self.gazetteer, in: "Officials in \(name) said.", at: name)?.ids == expected)
    }

    @Test func hitsStopAtTheLimit() {
        let doc = TestData.segment("Abu Dhabi Ports")
        let hit = Self.gazetteer.longestHit(at: 0, limit: 2, doc: doc, wordIDs: Self.gazetteer.wordIDs(doc.tokens))
        #expect(hit?.end == 2)
        #expect(hit.map { $0.entries.map { Self.gazetteer.entries[$0].id } } == ["t.admin1.abu-dhabi"])
    }

    @Test func entriesAreFoundByID() {
        #expect(Self.gazetteer.entry(id: "t.company.mcc")?.name == "MCC")
        #expect(Self.gazetteer.entry(id: "t.nothing") == nil)
        #expect(Self.gazetteer.entries.count == Self.entries.count)
    }

    // MARK: - User lexicons

    /// The bundled lexicon with user entries appended, as `LanguageResources.load(userLexicons:)` orders them.
    static let withUserEntries = Gazetteer(
        entries: TestData.language.lexicon + [
            LexiconEntry(id: "user.company.gwadar", label: .org, name: "Gwadar", country: "PK", kind: "company"),
            LexiconEntry(id: "user.person.jiang", label: .person, name: "Jiang Zaidong", country: "CN", kind: "person"),
            LexiconEntry(id: "user.company.acme", label: .org, name: "Acme Lanka", aliases: ["ACL"], country: "LK", kind: "company"),
        ], tokenizer: tokenizer)

    @Test func aUserEntryOutranksABundledTown() throws {
        let hit = try #require(try Self.hit(Self.withUserEntries, in: "Officials of Gwadar said.", at: "Gwadar"))
        #expect(hit.ids.first == "user.company.gwadar")
        #expect(hit.ids.contains("city.1177446"))
    }

    @Test(arguments: [("Acme Lanka opened.", "Acme", "Acme Lanka"), ("ACL opened.", "ACL", "ACL")])
    func userEntriesAreMatched(text: String, word: String, expected: String) throws {
        let hit = try Self.hit(Self.withUserEntries, in: text, at: word)
        #expect(hit == Hit(text: expected, ids: ["user.company.acme"]))
    }

    @Test
    func aUserEntryOutranksABundledEntryOfTheSameKind() throws {
        let hit = try #require(try Self.hit(Self.withUserEntries, in: "Jiang Zaidong said.", at: "Jiang"))
        #expect(hit.ids.first == "user.person.jiang")
    }
}
