import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

/// A compact, comparable line for a commitment: actor, modality, quantity, amount and period.
private func describe(_ c: Commitment, in x: ArticleExtraction) -> String {
    var s = "\(x.name(of: c.actor) ?? "nobody") \(c.modality.rawValue)"
    if let q = c.quantity { s += " \(q.value) \(q.unit)" }
    if let a = c.amount { s += " \(a.value) \(a.currency)" }
    if let p = c.period { s += " \(p.start?.description ?? "")..\(p.end?.description ?? "")" }
    return s
}

struct CommitmentExtractorTests {
    static let cases: [(FixtureArticle, [String])] = [
        (FixtureArticle("c-scholarships", date: "2025-05-15", pair: "ZM-CN", """
            China has pledged to provide 2,000 scholarships to Zambian students by 2027.
            Analysts believe China will build more roads in Zambia.
            Experts say the loans could help the economy.
            """), ["China pledged 2000 scholarships 2025..2027"]),
        (FixtureArticle("c-vow", date: "2025-05-15", pair: "ZM-CN",
            "President Hakainde Hichilema vowed to repay the debt by 2030."),
         ["Hakainde Hichilema vowed 2025..2030"]),
        (FixtureArticle("c-pledge-amount", date: "2025-02-01", pair: "LK-IN",
            "India has pledged $500 million to upgrade the Colombo port."),
         ["India pledged 500000000 USD"]),
        (FixtureArticle("c-will-yen", date: "2025-02-01", pair: "BD-JP",
            "Japan will provide 40 billion yen in loans to Bangladesh for the Dhaka metro."),
         ["Japan will 40000000000 JPY"]),
        (FixtureArticle("c-passive-agent", date: "2025-02-01", pair: "KE-CN",
            "The Mombasa-Kisumu railway will be financed by China with a $2 billion loan."),
         ["China will 2000000000 USD"]),
        (FixtureArticle("c-route-subject", date: "2025-02-01", pair: "KE-CN",
            "The Mombasa-Kisumu railway will be completed in 2027. Kenya Railways will operate the line."),
         ["Kenya Railways will"]),
        (FixtureArticle("c-negated", date: "2025-02-01", pair: "BD-JP",
            "Japan will not fund the airport. Tokyo refused to provide more loans."), []),
        (FixtureArticle("c-agreed", date: "2025-02-01", pair: "KZ-UZ",
            "Kazakhstan and Uzbekistan agreed to raise bilateral trade to $10 billion by 2030."),
         ["Kazakhstan agreed 10000000000 USD 2025..2030"]),
        (FixtureArticle("c-pronoun", date: "2025-02-01", pair: "ET-CN", """
            Ethiopian Prime Minister Abiy Ahmed met Chinese investors in Addis Ababa. He pledged to cut red tape for foreign firms.
            """), ["Abiy Ahmed pledged"]),
        (FixtureArticle("c-reported", date: "2025-02-01", pair: "MA-FR",
            "French President Emmanuel Macron said France will invest 10 billion euros in Morocco over the next decade."),
         ["France will 10000000000 EUR"]),
        (FixtureArticle("c-train", date: "2025-02-01", pair: "PK-CN",
            "China has pledged to train 1,000 Pakistani agricultural experts within three years."),
         ["China pledged 1000 pakistani agricultural experts 2025..2028"]),
        (FixtureArticle("c-committed-by", date: "2025-02-01", pair: "PK-CN",
            "Attacks committed by militants have risen. Pakistan committed troops to the border."), []),
        (FixtureArticle("c-opinions", date: "2025-02-01", pair: "BR-CN", """
            Analysts believe Brazil will export more soybeans to China.
            Experts say Chinese investment could help Brazilian ports.
            Many observers expect the two countries to deepen ties.
            """), []),
    ]

    static var articles: [FixtureArticle] { cases.map(\.0) + [repeated] }

    @Test(arguments: cases)
    func extractsCommitments(article: FixtureArticle, expected: [String]) throws {
        let x = try article.extract()
        #expect(x.commitments.map { describe($0, in: x) } == expected)
    }

    @Test func whatIsPromisedIsInTheArticlesWords() throws {
        let article = Self.cases[0].0
        let c = try #require(try article.extract().commitments.first)
        #expect(c.what == "provide 2,000 scholarships to Zambian students by 2027")
        #expect(article.text.contains(c.what))
        #expect(c.quantity?.text == "2,000 scholarships")
    }

    static let repeated = FixtureArticle("c-repeated", date: "2025-02-01", pair: "ZM-CN", """
        China pledged to provide 2,000 scholarships to Zambian students.
        Officials in Lusaka said China pledged to provide 2,000 scholarships to Zambian students.
        """)

    @Test func twoReportsOfOnePromiseAreOneRecord() throws {
        let x = try Self.repeated.extract()
        #expect(x.commitments.count == 1)
        #expect(x.commitments.first?.evidence.count == 2)
    }

    // MARK: - Regressions (former known issues)

    @Test func aTitledPersonIsTheActorNotTheirNationality() throws {
        let x = try FixtureArticle("c-nationality", date: "2025-05-15", pair: "ZM-CN",
            "Zambian President Hakainde Hichilema vowed to repay the debt by 2030.").extract()
        #expect(x.commitments.map { describe($0, in: x) } == ["Hakainde Hichilema vowed 2025..2030"])
    }

    @Test func durationsArePeriodsNotQuantities() throws {
        let x = try FixtureArticle("c-over-years", date: "2025-02-01", pair: "LK-IN",
            "India has pledged $500 million to upgrade the Colombo port over five years.").extract()
        let c = try #require(x.commitments.first)
        #expect(c.quantity == nil)
        #expect(c.period?.end == PartialDate(year: 2030))
    }

    @Test func pairSubjectsAreNoQuantity() throws {
        let x = try FixtureArticle("c-two-countries", date: "2025-05-15", pair: "ZM-CN",
            "Zambia and China held talks in Lusaka. The two countries agreed to expand cooperation in mining.").extract()
        #expect(x.commitments.count == 1)
        #expect(x.commitments.first?.quantity == nil)
    }

    @Test func moneyCommittedOrAnnouncedIsACommitment() throws {
        let x = try FixtureArticle("c-committed", date: "2025-02-01", pair: "LK-IN", """
            India committed $500 million for the Colombo port terminal.
            Saudi Arabia announced it would invest $2 billion in Sri Lanka's refinery sector.
            """).extract()
        #expect(x.commitments.map { describe($0, in: x) } == ["India committed 500000000 USD", "Saudi Arabia announced 2000000000 USD"])
    }

    // MARK: - One promise per subject

    @Test(arguments: [
        // A repeated "and would" is a second promise of the same actor, with its own figures.
        ("Indian Prime Minister Narendra Modi announced that India would provide Rs 2.4 billion in grants for the Eastern Province and would install solar panels on 5,000 religious institutions.",
         ["India announced 2400000000 PKR", "India announced 5000 religious institutions"]),
        // Two verbs under one modal are one promise.
        ("French President Emmanuel Macron said France would welcome 30,000 Indian students by 2030 and make it easier for them to stay.",
         ["France will 30000 indian students 2025..2030"]),
        // A participle inside the promise ("the amount pledged") is no second one.
        ("South Korean President Yoon Suk Yeol said Seoul would provide $4 billion in loans through its Economic Development Cooperation Fund (EDCF), double the amount pledged for the previous period.",
         ["Seoul will 4000000000 USD"]),
        // A second subject right before the second verb makes a second promise.
        ("China will build the railway and Pakistan will provide the land.", ["China will", "Pakistan will"]),
        // "with X reaffirming": an absolute clause has its own subject.
        ("Pakistan and China held talks. Both sides resolved to protect the corridor, with Prime Minister Shehbaz Sharif reaffirming commitment to ensure the safety of Chinese personnel.",
         ["Pakistan agreed", "Shehbaz Sharif committed"]),
        // Scheduled acts and documents agreed are no promises.
        ("Prime Minister Narendra Modi will meet President Emmanuel Macron in Paris.", []),
        ("The two sides agreed on a defence industrial roadmap.", []),
        // Wishes and states are no promises; "carry out" is.
        ("The Kenya Ports Authority has said it would like the railway to take 40 percent of the cargo.", []),
        ("Under the new terms the loans will carry a fixed rate of about 3 percent.", []),
        ("The Kenya Ports Authority will carry out a feasibility study.", ["Kenya Ports Authority will"]),
        // A pledge of restraint is a promise; a planned stay or visit is an event.
        ("Sri Lankan President Anura Kumara Dissanayake told Modi that Sri Lanka would not allow its territory to be used against India.",
         ["Sri Lanka will"]),
        ("The Prime Minister will travel to Chengdu, where she will visit a research base.", []),
        // Two promises of one actor in one sentence are two.
        ("Russian President Vladimir Putin said Russia would keep Mongolia supplied with fuel and that Russian engineers would start work on the plant next year.",
         ["Russia will", "Russia will"]),
    ])
    func oneSubjectMakesOnePromise(text: String, expected: [String]) throws {
        let x = try FixtureArticle("c-one", date: "2025-06-08", pair: "PK-CN", text).extract()
        #expect(x.commitments.map { describe($0, in: x) } == expected)
    }
}
