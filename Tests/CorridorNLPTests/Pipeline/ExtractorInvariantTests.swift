import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

/// Properties every extraction must have, checked over every fixture article of the NLP tests plus
/// articles with awkward text: CRLF line ends, decomposed accents, emoji sequences, no-break spaces,
/// right-to-left script.
struct ExtractorInvariantTests {
    static let awkward = [
        FixtureArticle("inv-crlf", date: "2025-03-07", pair: "PK-CN",
            "Pakistan and China signed 12 MoUs on Thursday.\r\nThe MoUs were signed in Islamabad.\r\n"),
        FixtureArticle("inv-combining", date: "2025-02-10", pair: "CO-CN",
            "Jose\u{301} Rami\u{301}rez met Chinese Ambassador Zhu Jingyang in Bogota\u{301} on Friday.\nColombia and China signed an agreement on Friday."),
        FixtureArticle("inv-emoji", date: "2025-02-10", pair: "PK-CN",
            "👨‍👩‍👧 Families in Lahore welcomed Chinese doctors on Monday. 🇵🇰🤝🇨🇳 China pledged to provide 500 scholarships to Pakistan by 2026."),
        FixtureArticle("inv-nbsp", date: "2025-02-10", pair: "PK-CN",
            "China\u{00A0}and Pakistan signed an “MoU” on Monday\u{2009}— officials said.\tThe MoU covers mining."),
        FixtureArticle("inv-rtl", date: "2025-02-10", pair: "SA-EG",
            "Saudi Arabia (السعودية) and Egypt signed an agreement in Riyadh on Sunday. Egyptian President Abdel Fattah al-Sisi visited Riyadh."),
        FixtureArticle("inv-cjk", date: "2025-02-10", pair: "PK-CN",
            "Premier Li Qiang (李强) met President Asif Ali Zardari in Beijing on Wednesday. 中巴友谊万岁. Zardari thanked Li."),
    ]

    static var allArticles: [FixtureArticle] {
        awkward + AgreementExtractorTests.articles + CommitmentExtractorTests.articles + EventExtractorTests.articles
            + ProjectExtractorTests.articles + EntityResolverTests.merges.map(\.article)
            + EntityResolverTests.countries.map(\.article) + [EntityResolverTests.unicodeArticle]
    }

    @Test(arguments: allArticles)
    func everyRangeSlicesTheTextToItsRecordedText(_ article: FixtureArticle) throws {
        // `extract()` checks sentences, mentions and evidence against the text.
        _ = try article.extract()
    }

    @Test(arguments: allArticles)
    func sentencesAreInOrderAndDisjoint(_ article: FixtureArticle) throws {
        let x = try article.extract()
        #expect(x.sentences.map(\.index) == Array(x.sentences.indices))
        for (a, b) in zip(x.sentences, x.sentences.dropFirst()) {
            #expect(a.range.end <= b.range.start, "sentences \(a.index) and \(b.index) overlap")
        }
    }

    @Test(arguments: allArticles)
    func mentionsAreOrderedAndNeverOverlap(_ article: FixtureArticle) throws {
        let x = try article.extract()
        for e in x.entities {
            let starts = e.mentions.map(\.range.start)
            #expect(starts == starts.sorted(), "\(e.name)")
        }
        let all = x.entities.flatMap(\.mentions).sorted { $0.range < $1.range }
        for (a, b) in zip(all, all.dropFirst()) {
            #expect(!a.range.overlaps(b.range), "'\(a.text)' overlaps '\(b.text)'")
        }
    }

    @Test(arguments: allArticles)
    func factsReferToEntitiesOfTheArticle(_ article: FixtureArticle) throws {
        let x = try article.extract()
        let ids = Set(x.entities.map(\.id))
        var refs: [String] = []
        for a in x.agreements { refs += a.parties + a.signatories + a.witnesses }
        for c in x.commitments { refs += [c.actor, c.beneficiary].compactMap { $0 } }
        for v in x.events { refs += v.actors + [v.place].compactMap { $0 } }
        for p in x.projects { refs += [p.place].compactMap { $0 } }
        for ref in refs { #expect(ids.contains(ref), "\(ref) is no entity of \(article.id)") }
    }

    @Test(arguments: allArticles)
    func factIDsAreUniqueAndPrefixed(_ article: FixtureArticle) throws {
        let x = try article.extract()
        let groups: [(String, [String])] = [
            ("a", x.agreements.map(\.id)), ("c", x.commitments.map(\.id)), ("v", x.events.map(\.id)),
            ("p", x.projects.map(\.id)), ("e", x.entities.map(\.id)),
        ]
        for (prefix, ids) in groups {
            #expect(ids == ids.indices.map { "\(prefix)\($0 + 1)" }, "\(prefix) ids of \(article.id)")
        }
    }

    @Test(arguments: awkward)
    func extractionIsDeterministic(_ article: FixtureArticle) throws {
        #expect(try article.extract() == article.extract())
    }

    @Test func awkwardArticlesStillYieldTheirFacts() throws {
        let crlf = try Self.awkward[0].extract()
        #expect(crlf.agreements.map(\.count) == [12])
        let combining = try Self.awkward[1].extract()
        #expect(combining.entities.contains { $0.name == "Jose\u{301} Rami\u{301}rez" })
        let emoji = try Self.awkward[2].extract()
        #expect(emoji.commitments.first?.quantity?.value == 500)
        let cjk = try Self.awkward[5].extract()
        #expect(cjk.entity(named: "Asif Ali Zardari")?.mentions.last?.text == "Zardari")
    }
}
