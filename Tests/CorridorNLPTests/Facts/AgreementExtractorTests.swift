import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

/// A compact, comparable line for an agreement: kind, parties, count, date, period, amount, signatories,
/// title and the number of evidence sentences.
private func describe(_ a: Agreement, in x: ArticleExtraction) -> String {
    var s = "\(a.kind.rawValue) [\(x.names(of: a.parties).joined(separator: ", "))]"
    if let count = a.count { s += " ×\(count)" }
    if let date = a.date { s += " on \(date)" }
    if let p = a.period { s += " for \(p.start?.description ?? "")..\(p.end?.description ?? "")" }
    if let amount = a.amount { s += " \(amount.value) \(amount.currency)" }
    if !a.signatories.isEmpty { s += " by \(x.names(of: a.signatories).joined(separator: " & "))" }
    if let title = a.title { s += " “\(title)”" }
    return s + " ev\(a.evidence.count)"
}

struct AgreementExtractorTests {
    static let cases: [(FixtureArticle, [String])] = [
        (FixtureArticle("ag-umbrella", date: "2025-03-07", pair: "PK-CN", """
            Pakistan and China signed 12 MoUs on Thursday in Islamabad covering agriculture, mining and information technology.
            The MoUs were signed in the presence of Prime Minister Shehbaz Sharif.
            """), ["mou [Pakistan, China] ×12 on 2025-03-06 ev2"]),
        (FixtureArticle("ag-saudi", date: "2024-11-06", pair: "SA-PK",
            "Saudi Arabia and Pakistan inked 34 MoUs worth $2.8 billion in Riyadh on October 28, 2024."),
         ["mou [Saudi Arabia, Pakistan] ×34 on 2024-10-28 2800000000 USD ev1"]),
        (FixtureArticle("ag-enumeration", date: "2025-05-17", pair: "GH-CN", """
            Ghana and China on Friday signed a framework agreement on railway development.
            The agreement was signed by Finance Minister Ken Ofori-Atta and Chinese Ambassador Lu Kun.
            Other documents signed included an MoU on digital economy cooperation, an agreement on health cooperation and a letter of exchange on a port feasibility study.
            """), [
                "framework [Ghana, China] on 2025-05-16 by Ken Ofori-Atta & Lu Kun ev2",
                "mou [Ghana, China] “an MoU on digital economy cooperation” ev1",
                "agreement [Ghana, China] “an agreement on health cooperation” ev1",
                "letter_of_exchange [Ghana, China] “a letter of exchange on a port feasibility study” ev1",
            ]),
        (FixtureArticle("ag-list", date: "2025-04-10", pair: "KZ-CN", """
            The following agreements were signed:
            - MoU on green energy cooperation
            - Agreement on visa exemption
            - Protocol on wheat exports
            """), [
                "mou [] “MoU on green energy cooperation” ev1",
                "agreement [] “Agreement on visa exemption” ev1", "agreement [] “Protocol on wheat exports” ev1",
            ]),
        (FixtureArticle("ag-backref", date: "2025-05-15", pair: "EG-CN", """
            Egypt and China signed an agreement on Wednesday.
            The agreement was signed by Prime Minister Mostafa Madbouly and Vice Premier Ding Xuexiang.
            """), ["agreement [Egypt, China] on 2025-05-14 by Mostafa Madbouly & Ding Xuexiang ev2"]),
        (FixtureArticle("ag-banks", date: "2024-11-06", pair: "PK-CN",
            "The State Bank of Pakistan and the People's Bank of China renewed a currency swap agreement worth 30 billion yuan on Monday."),
         ["agreement [State Bank of Pakistan, People's Bank of China] on 2024-11-04 30000000000 CNY ev1"]),
        (FixtureArticle("ag-companies", date: "2025-01-15", pair: "NG-CN",
            "Nigeria's Dangote Group signed a contract with Sinoma International Engineering for a cement plant on Monday."),
         ["contract [Dangote Group, Sinoma International Engineering] on 2025-01-13 ev1"]),
        (FixtureArticle("ag-between", date: "2025-04-03", pair: "ET-CN",
            "An agreement was signed between the Ethiopian Investment Commission and China Communications Construction Company on Wednesday."),
         ["agreement [Ethiopian Investment Commission, China Communications Construction Company] on 2025-04-02 ev1"]),
        (FixtureArticle("ag-statement", date: "2025-04-10", pair: "VN-CN", """
            Vietnam and China issued a joint statement on Monday after talks in Hanoi.
            They also adopted an action plan for 2025-2027.
            """), ["joint_statement [Vietnam, China] on 2025-04-07 ev1", "action_plan [Vietnam, China] for 2025..2027 ev1"]),
        (FixtureArticle("ag-not-concluded", date: "2024-11-06", pair: "UZ-KZ", """
            Uzbekistan and Kazakhstan will sign a water-sharing agreement next month.
            Officials said Tashkent and Astana are expected to sign a transit accord in June.
            Kyrgyzstan has not signed the customs pact.
            The two sides plan to sign a visa agreement.
            """), []),
        (FixtureArticle("ag-kenya", date: "2025-03-07", pair: "KE-CN", "Kenya and China signed a loan agreement on Tuesday."),
         ["agreement [Kenya, China] on 2025-03-04 ev1"]),
    ]

    static var articles: [FixtureArticle] { cases.map(\.0) + [headline] }

    @Test(arguments: cases)
    func extractsAgreements(article: FixtureArticle, expected: [String]) throws {
        let x = try article.extract()
        #expect(x.agreements.map { describe($0, in: x) } == expected)
    }

    static let headline = FixtureArticle("ag-headline", date: "2025-05-15", pair: "EG-CN", """
        Egypt, China sign seven agreements

        CAIRO - Egypt and China signed seven agreements on Wednesday covering energy, transport and agriculture.
        """)

    @Test func aHeadlineAndItsBodySentenceAreOneRecord() throws {
        // Given an article whose headline and first sentence report the same signing
        // When it is extracted
        let x = try Self.headline.extract()
        // Then one umbrella record cites both sentences
        let a = try #require(x.agreements.first)
        #expect(x.agreements.count == 1)
        #expect(a.count == 7)
        #expect(Set(a.evidence.map(\.sentenceIndex)) == [0, 1])
        #expect(a.evidence.contains { $0.sentence == "Egypt, China sign seven agreements" })
    }

    @Test func renewalsRecordTheirAction() throws {
        let x = try Self.cases[5].0.extract()
        #expect(x.agreements.map(\.action) == ["renewed"])
    }

    @Test func evidenceNamesTheRuleThatFired() throws {
        for article in Self.articles {
            let x = try article.extract()
            for a in x.agreements { #expect(a.evidence.allSatisfy { !$0.rule.isEmpty }, "\(article.id)") }
        }
    }

    // MARK: - Regressions (former known issues)

    @Test func umbrellaBackReferencesAddSignatories() throws {
        let x = try FixtureArticle("ag-umbrella-signers", date: "2025-05-15", pair: "EG-CN", """
            Egypt and China signed seven agreements on Wednesday.
            The agreements were signed by Egyptian Prime Minister Mostafa Madbouly and Chinese Vice Premier He Lifeng.
            """).extract()
        #expect(x.agreements.map { describe($0, in: x) } == [
            "agreement [Egypt, China] ×7 on 2025-05-14 by Mostafa Madbouly & He Lifeng ev2"
        ])
    }

    @Test func theStatedWeekdayWinsOverTheDateline() throws {
        let x = try FixtureArticle("ag-dateline", date: "2025-03-07", pair: "KE-CN",
            "NAIROBI, March 5 - Kenya and China signed a loan agreement on Tuesday.").extract()
        #expect(x.agreements.map(\.date) == [PartialDate(year: 2025, month: 3, day: 4)])
    }

    @Test func relativeDatesCountFromTheDateline() throws {
        let x = try FixtureArticle("ag-dateline-today", date: "2025-03-07", pair: "KE-CN",
            "NAIROBI, March 5 - Kenya and China today signed a loan agreement.").extract()
        #expect(x.agreements.map(\.date) == [PartialDate(year: 2025, month: 3, day: 5)])
    }

    @Test func signatoriesAndWitnessesAreToldApart() throws {
        let x = try FixtureArticle("ag-roles", date: "2025-03-07", pair: "KE-CN", """
            Kenya and China signed a loan agreement on Tuesday.
            The agreement was signed by Treasury Secretary John Mbadi and witnessed by President William Ruto.
            """).extract()
        let a = try #require(x.agreements.first)
        #expect(x.names(of: a.signatories) == ["John Mbadi"])
        #expect(x.names(of: a.witnesses) == ["William Ruto"])
    }

    @Test func renewalPeriodsAreRecorded() throws {
        let x = try FixtureArticle("ag-swap-period", date: "2024-11-06", pair: "PK-CN",
            "The State Bank of Pakistan and the People's Bank of China renewed a currency swap agreement for three years on Monday.").extract()
        #expect(x.agreements.first?.period != nil)
        let y = try FixtureArticle("ag-swap-another", date: "2024-11-06", pair: "PK-CN",
            "The two central banks renewed the currency swap agreement for another three years on Monday.").extract()
        #expect(y.agreements.first?.period == Period(start: PartialDate(year: 2024), end: PartialDate(year: 2027)))
    }

    // MARK: - Lists, umbrellas and headlines

    @Test func listItemsThatNameTheirSignatoriesStayInTheList() throws {
        // Given a dated intro and numbered items, some of which say who signed them
        let x = try FixtureArticle("ag-list-signers", date: "2025-06-14", pair: "GH-CN", """
            Ghana and China on Thursday signed the following documents:
            1. MoU on digital economy cooperation, signed by Minister Sam George and Ambassador Tong Defa.
            2. Exchange of Letters on a feasibility study for the Tema port expansion.
            3. Agreement on economic and technical cooperation.
            """).extract()
        // Then each item is one record, dated by the intro; the intro itself is no record
        #expect(x.agreements.map(\.kind) == [.mou, .letterOfExchange, .agreement])
        #expect(x.agreements.allSatisfy { $0.date == PartialDate(year: 2025, month: 6, day: 12) })
        #expect(x.agreements.allSatisfy { $0.evidence.count == 1 })
    }

    @Test func aHeadlineBatchDoesNotSwallowOneDocument() throws {
        // Given a headline that reports a batch and a body that names one document of it
        let x = try FixtureArticle("ag-headline-batch", date: "2025-05-15", pair: "EG-CN", """
            Egypt, China sign five agreements

            CAIRO - Egypt and China on Wednesday signed a framework agreement on railway development.
            """).extract()
        // Then the batch stays an umbrella of its own beside the framework agreement
        #expect(x.agreements.map { describe($0, in: x) } == [
            "agreement [Egypt, China] ×5 ev1",
            "framework [Egypt, China] on 2025-05-14 ev1",
        ])
    }

    @Test func aSumOfMoneyIsNoCount() throws {
        let x = try FixtureArticle("ag-money-count", date: "2025-03-07", pair: "KE-CN",
            "Kenya and China signed a $3 billion loan agreement on Tuesday.").extract()
        #expect(x.agreements.map { describe($0, in: x) } == ["agreement [Kenya, China] on 2025-03-04 3000000000 USD ev1"])
    }

    @Test func roadmapsAgreedOrAdoptedAreActionPlans() throws {
        let x = try FixtureArticle("ag-roadmap", date: "2025-06-08", pair: "IN-FR", """
            The two sides agreed on a defence industrial roadmap on Friday.
            India and France also adopted a green hydrogen roadmap.
            Officials said a roadmap for the future would help.
            """).extract()
        #expect(x.agreements.map(\.kind) == [.actionPlan, .actionPlan])
        #expect(x.commitments.isEmpty)
    }

    @Test func theAgreementInTheBodyIsTheBodysDocumentNotTheHeadlines() throws {
        let x = try FixtureArticle("ag-headline-framework", date: "2025-07-18", pair: "UZ-PK", """
            Uzbekistan, Pakistan and Afghanistan sign framework deal on railway

            TASHKENT - Uzbekistan, Pakistan and Afghanistan have signed a framework agreement on a joint feasibility study.

            The agreement was signed in Kabul on Thursday by Uzbek Foreign Minister Bakhtiyor Saidov.
            """).extract()
        #expect(x.agreements.map(\.kind) == [.framework])
        #expect(x.agreements.first?.evidence.count == 3)
    }

    @Test(arguments: [
        ("Pakistan and Uzbekistan signed more than two dozen agreements in Tashkent.", 24),
        ("Pakistan and Uzbekistan signed a dozen agreements in Tashkent.", 12),
    ])
    func multipliedCounts(text: String, count: Int) throws {
        let x = try FixtureArticle("ag-dozen", date: "2025-07-18", pair: "UZ-PK", text).extract()
        #expect(x.agreements.map(\.count) == [count])
    }

    @Test func aListEndsWhereTheSubjectsNextVerbBegins() throws {
        let x = try FixtureArticle("ag-list-verb", date: "2024-07-10", pair: "BD-CN",
            "Bangladesh and China today signed 21 instruments, including memoranda of understanding and agreements, and made seven announcements after talks.").extract()
        #expect(x.agreements.map { describe($0, in: x) } == ["agreement [Bangladesh, China] ×21 on 2024-07-10 ev1"])
    }

    @Test func theTermsOfADocumentAreNoSecondDocument() throws {
        let x = try FixtureArticle("ag-under-which", date: "2024-07-10", pair: "LK-CN",
            "In July 2017 the Sri Lanka Ports Authority and China Merchants Port Holdings signed a concession agreement under which the Chinese company took a 70 percent stake, on a 99-year lease.").extract()
        #expect(x.agreements.count == 1)
    }

    @Test func aCountOfTheSignatoriesIsNoCountOfDocuments() throws {
        let x = try FixtureArticle("ag-three-governments", date: "2024-09-09", pair: "ZM-CN", """
            Chinese firm lines up $1.4bn for Tazara revival as three governments sign MoU

            Zambia, Tanzania and China last Wednesday signed a memorandum of understanding on the revival of the railway, opening the way for a Chinese contractor to rebuild the line under a long-term concession.
            """).extract()
        #expect(x.agreements.map { describe($0, in: x) } == ["mou [Zambia, Tanzania, China] on 2024-09-04 ev2"])
    }

    @Test func membersOfABatchToldAfterIt() throws {
        let x = try FixtureArticle("ag-members", date: "2025-04-07", pair: "LK-IN", """
            The two governments exchanged seven memorandums of understanding on Saturday.
            Among them was the first defence cooperation MoU between the two countries, and a tripartite MoU with the United Arab Emirates on an energy hub.
            Another MoU covers a high-voltage power link between the two grids.
            The two sides also concluded bilateral agreements on the restructuring of Sri Lanka's debt to India.
            """).extract()
        #expect(x.agreements.map(\.kind) == [.mou, .mou, .mou, .mou, .agreement])
        #expect(x.agreements.first?.count == 7)
    }

    @Test func whoReportsASigningDidNotSign() throws {
        let x = try FixtureArticle("ag-source", date: "2020-01-05", pair: "PK-CN",
            "Pakistan and China signed the second phase of the free trade agreement on Sunday, a statement by the Embassy of Pakistan said.").extract()
        #expect(x.agreements.map { x.names(of: $0.parties) } == [["Pakistan", "China"]])
    }
}
