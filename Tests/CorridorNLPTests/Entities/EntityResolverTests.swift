import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

/// An article and the one entity several of its mentions must merge into.
struct MergeCase: Sendable, CustomTestStringConvertible {
    var article: FixtureArticle
    var name: String
    /// Mention texts of the entity, in text order.
    var mentions: [String]
    var testDescription: String { article.id }
}

/// An article, an entity name and the country it must be given.
struct CountryCase: Sendable, CustomTestStringConvertible {
    var article: FixtureArticle
    var name: String
    var country: String?
    var testDescription: String { "\(name) → \(country ?? "nil")" }
}

struct EntityResolverTests {
    static let merges = [
        MergeCase(
            article: FixtureArticle(
                "merge-jiang", date: "2025-03-07", pair: "PK-CN",
                "Ambassador Jiang Zaidong arrived in Karachi. Later, Ambassador Jiang said the talks went well. "
                    + "Jiang added that more would follow."),
            name: "Jiang Zaidong", mentions: ["Ambassador Jiang Zaidong", "Ambassador Jiang", "Jiang"]),
        MergeCase(
            article: FixtureArticle(
                "merge-zardari", date: "2025-02-04", pair: "PK-CN",
                "President Asif Ali Zardari arrived in Beijing on Tuesday.\nZardari will meet President Xi Jinping."),
            name: "Asif Ali Zardari", mentions: ["President Asif Ali Zardari", "Zardari"]),
        MergeCase(
            article: FixtureArticle(
                "merge-miit", date: "2025-02-04", pair: "PK-CN",
                "The Ministry of Industry and Information Technology said MIIT would host a forum in Shenzhen."),
            name: "Ministry of Industry and Information Technology",
            mentions: ["Ministry of Industry and Information Technology", "MIIT"]),
        MergeCase(
            article: FixtureArticle(
                "merge-eeco", date: "2025-06-13", pair: "TH-LA",
                "The Eastern Economic Corridor Office (EECO) will oversee the works.\n"
                    + "EECO secretary-general Chula Sukmanop said tenders would open in August."),
            name: "Eastern Economic Corridor Office", mentions: ["Eastern Economic Corridor Office", "EECO", "EECO"]),
        MergeCase(
            article: FixtureArticle(
                "merge-fidan", date: "2025-03-07", pair: "TR-AZ",
                "Türkiye’s Foreign Minister Hakan Fidan met Jeyhun Bayramov in Bakı on Monday.\n"
                    + "Fidan said Türkiye supports Azerbaijan. Mr. Bayramov thanked Ankara."),
            name: "Hakan Fidan", mentions: ["Foreign Minister Hakan Fidan", "Fidan"]),
        MergeCase(
            article: FixtureArticle(
                "merge-bayramov", date: "2025-03-07", pair: "TR-AZ",
                "Türkiye’s Foreign Minister Hakan Fidan met Jeyhun Bayramov in Bakı on Monday.\n"
                    + "Fidan said Türkiye supports Azerbaijan. Mr. Bayramov thanked Ankara."),
            name: "Jeyhun Bayramov", mentions: ["Jeyhun Bayramov", "Bayramov"]),
        MergeCase(
            article: FixtureArticle(
                "merge-suriya", date: "2025-06-13", pair: "TH-LA",
                "Deputy Prime Minister Suriya Juangroongruangkit met Lao officials.\nSuriya said the link would boost trade."),
            name: "Suriya Juangroongruangkit",
            mentions: ["Deputy Prime Minister Suriya Juangroongruangkit", "Suriya"]),
        MergeCase(
            article: FixtureArticle(
                "merge-ruto", date: "2024-04-24", pair: "KE-CN",
                "Kenyan President William Ruto arrived in Beijing on Monday.\nDuring the visit, Ruto held talks with Xi Jinping."),
            name: "William Ruto", mentions: ["President William Ruto", "Ruto"]),
    ]

    @Test(arguments: merges)
    func mentionsOfOneThingMergeIntoOneEntity(_ c: MergeCase) throws {
        let x = try c.article.extract()
        let entity = try #require(x.entities.first { $0.name == c.name }, "\(x.entities.map(\.name))")
        #expect(entity.mentions.map(\.text) == c.mentions)
        // No other entity claims any of the merged forms as its name.
        let others = x.entities.filter { $0.id != entity.id }.map(\.name)
        for form in Set(c.mentions) { #expect(!others.contains(form), "'\(form)' is a separate entity") }
    }

    static let countries = [
        // "of <country>" after a ministry names whose it is, even when another country's body has the name.
        CountryCase(
            article: FixtureArticle("c-of-country", pair: "PK-CN",
                "Pakistan's Ministry of Commerce met a delegation of the Ministry of Commerce of the People's Republic of China."),
            name: "Ministry of Commerce", country: "PK"),
        CountryCase(
            article: FixtureArticle("c-of-country-only", pair: "ZA-CN",
                "The MoU was signed by the Ministry of Commerce of the People's Republic of China."),
            name: "Ministry of Commerce", country: "CN"),
        CountryCase(
            article: FixtureArticle("c-wang", pair: "PK-CN", "Federal Minister Musadik Malik met Chinese Ambassador Wang Lixin."),
            name: "Wang Lixin", country: "CN"),
        CountryCase(
            article: FixtureArticle("c-lao", pair: "TH-LA", "Lao Transport Minister Viengsavath Siphandone visited Bangkok."),
            name: "Viengsavath Siphandone", country: "LA"),
        CountryCase(
            article: FixtureArticle("c-kpa", pair: "KE-CN", "The Kenya Ports Authority and China Road and Bridge Corporation met."),
            name: "Kenya Ports Authority", country: "KE"),
        CountryCase(
            article: FixtureArticle("c-crbc", pair: "KE-CN", "The Kenya Ports Authority and China Road and Bridge Corporation met."),
            name: "China Road and Bridge Corporation", country: "CN"),
        CountryCase(
            article: FixtureArticle("c-vn", pair: "VN-CN", "Vietnam's Ministry of Industry and Trade approved the project."),
            name: "Ministry of Industry and Trade", country: "VN"),
        CountryCase(
            article: FixtureArticle("c-bida", pair: "BD-CN", "Bangladesh Investment Development Authority chief Ashik Chowdhury spoke."),
            name: "Bangladesh Investment Development Authority", country: "BD"),
        CountryCase(
            article: FixtureArticle("c-bot", pair: "TH-LA", "Bank of Thailand Governor Sethaput Suthiwartnarueput declined to comment."),
            name: "Bank of Thailand", country: "TH"),
        CountryCase(
            article: FixtureArticle("c-embassy", pair: "PK-CN", "The Chinese embassy in Islamabad issued a statement."),
            name: "Chinese embassy", country: "CN"),
        CountryCase(
            article: FixtureArticle("c-ppa", pair: "PH-JP", "The Philippine Ports Authority (PPA) signed a deal with Japan."),
            name: "Philippine Ports Authority", country: "PH"),
        CountryCase(
            article: FixtureArticle("c-nairobi", pair: "KE-CN", "NAIROBI, March 5 - Kenya and China signed a loan agreement."),
            name: "Nairobi", country: "KE"),
        CountryCase(
            article: FixtureArticle("c-olzhas", pair: "KZ-UZ", "Kazakh Prime Minister Olzhas Bektenov thanked Uzbek investors."),
            name: "Olzhas Bektenov", country: "KZ"),
    ]

    @Test(arguments: countries)
    func entitiesGetTheirCountryFromLexiconOrCues(_ c: CountryCase) throws {
        let x = try c.article.extract()
        let entity = try #require(x.entities.first { $0.name == c.name }, "\(x.entities.map(\.name))")
        #expect(entity.country == c.country)
    }

    @Test
    func possessiveCountryWinsOverAGenericLexiconEntry() throws {
        let x = try FixtureArticle("c-mofcom", pair: "KE-CN", "China's Ministry of Commerce issued a statement.").extract()
        #expect(x.entity(named: "Ministry of Commerce")?.country == "CN")
        let y = try FixtureArticle("c-egypt-mfa", pair: "EG-CN", "Egypt's Ministry of Foreign Affairs summoned the envoy.").extract()
        #expect(y.entity(named: "Ministry of Foreign Affairs")?.country == "EG")
    }

    @Test
    func aLaterBareNameRefersBackToTheForeignBody() throws {
        let x = try FixtureArticle("c-mofcom-again", pair: "PK-CN", """
            China's Ministry of Commerce said it would send a trade mission to Karachi.
            The Ministry of Commerce will also host Pakistani exporters in Shanghai.
            """).extract()
        let ministries = x.entities.filter { $0.name == "Ministry of Commerce" }
        #expect(ministries.count == 1)
        #expect(ministries.first?.country == "CN")
        #expect(ministries.first?.mentions.count == 2)
    }

    @Test
    func aDefinedAcronymBindsToItsDefinitionNotTheLexicon() throws {
        let x = try FixtureArticle("c-nea", pair: "NP-BD", "The Nepal Electricity Authority (NEA) will export 40 megawatts.").extract()
        let nea = try #require(x.entity(named: "Nepal Electricity Authority"))
        #expect(nea.name == "Nepal Electricity Authority")
        #expect(nea.country == "NP")
        #expect(nea.aliases.contains("NEA"))
        #expect(!x.entities.contains { $0.name == "National Energy Administration" })
    }

    // MARK: - Provenance

    @Test func rulesOfEveryMentionAreRecordedSorted() throws {
        let x = try Self.merges[0].article.extract()
        let jiang = try #require(x.entity(named: "Jiang Zaidong"))
        #expect(jiang.rules.contains("gaz:person.jiang-zaidong"))
        #expect(jiang.lexiconID == "person.jiang-zaidong")
        for e in x.entities {
            #expect(!e.rules.isEmpty)
            #expect(e.rules == e.rules.sorted())
            #expect(e.mentions.allSatisfy { e.rules.contains($0.rule) || $0.rule == "entity.known-name" })
        }
        let suriya = try #require(try Self.merges[6].article.extract().entity(named: "Suriya Juangroongruangkit"))
        #expect(suriya.rules.contains("entity.title-person"))
        #expect(suriya.lexiconID == nil)
    }

    @Test func entityIDsFollowFirstMention() throws {
        let x = try Self.merges[4].article.extract()
        #expect(x.entities.map(\.id) == x.entities.indices.map { "e\($0 + 1)" })
        let firsts = x.entities.compactMap { $0.mentions.first?.range.start }
        #expect(firsts == firsts.sorted())
    }

    // MARK: - Offsets

    static let unicodeArticle = FixtureArticle(
        "unicode", date: "2025-03-07", pair: "VN-CN",
        """
        Türkiye’s envoy met “São Tomé and Príncipe’s” delegation in Luanda — then flew to Hà Nội.
        Ms Nguyễn Thị Thanh Hà, Vietnam’s deputy minister, met Chinese Ambassador Xiong Bo in Hanoi.
        🇨🇳 China’s Ministry of Industry and Information Technology (MIIT) replied on Thursday.
        """)

    /// The Unicode scalar offset of the first occurrence of `needle` in `text`.
    static func scalarOffset(of needle: String, in text: String) throws -> Int {
        let r = try #require(text.range(of: needle))
        return text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
    }

    @Test func mentionOffsetsCountUnicodeScalars() throws {
        let x = try Self.unicodeArticle.extract()
        let text = Self.unicodeArticle.text
        for name in ["Türkiye", "Luanda", "Vietnam", "Xiong Bo", "MIIT"] {
            let mention = try #require(x.entities.flatMap(\.mentions).first { $0.text.hasSuffix(name) }, "\(name)")
            let start = try Self.scalarOffset(of: mention.text, in: text)
            #expect(mention.range.start == start, "\(name)")
            #expect(mention.range.length == mention.text.unicodeScalars.count)
        }
    }

    @Test func mentionsSitInsideTheirSentence() throws {
        let x = try Self.unicodeArticle.extract()
        for m in x.entities.flatMap(\.mentions) {
            let sentence = try #require(x.sentences.first { $0.index == m.sentence })
            #expect(sentence.range.contains(m.range), "\(m.text)")
        }
    }

    @Test func aBodysCountryFormsAreAliases() throws {
        let x = try FixtureArticle("alias-country", date: "2024-09-04", pair: "TH-CN", """
            Iran's Ministry of Foreign Affairs welcomed the deal.
            The note was signed by the Ministry of Foreign Affairs of the Kingdom of Thailand.
            """).extract()
        let aliases = x.entities.filter { $0.name == "Ministry of Foreign Affairs" }.flatMap(\.aliases)
        #expect(aliases.contains("Iran's Ministry of Foreign Affairs"))
        #expect(aliases.contains("Ministry of Foreign Affairs of the Kingdom of Thailand"))
    }
}
