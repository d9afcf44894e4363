import CorridorModel
import CorridorNLP
import CorridorTestSupport
import Testing

/// A compact, comparable line for a project: name, aliases, sector, status and evidence count.
private func describe(_ p: Project) -> String {
    var s = p.name
    if !p.aliases.isEmpty { s += " (\(p.aliases.joined(separator: "; ")))" }
    s += " \(p.sector?.rawValue ?? "-") \(p.status?.rawValue ?? "-")"
    return s + " ev\(p.evidence.count)"
}

struct ProjectExtractorTests {
    static let cases: [(FixtureArticle, [String])] = [
        (FixtureArticle("p-handover", date: "2024-04-24", pair: "KE-CN",
            "China handed over the Nairobi Expressway to the Kenya National Highways Authority on Saturday."),
         ["Nairobi Expressway transport handed_over ev1"]),
        (FixtureArticle("p-completed", date: "2024-04-24", pair: "NG-CN",
            "The Lekki Deep Sea Port in Lagos was completed last year."),
         ["Lekki Deep Sea Port maritime completed ev1"]),
        (FixtureArticle("p-construction", date: "2024-04-24", pair: "KE-CN",
            "The Mombasa–Nairobi Standard Gauge Railway extension is under construction."),
         ["Standard Gauge Railway (Mombasa–Nairobi Standard Gauge Railway) transport under_implementation ev1"]),
        (FixtureArticle("p-dam", date: "2024-04-24", pair: "ET-CN",
            "Ethiopia inaugurated the Grand Ethiopian Renaissance Dam in September."),
         ["Grand Ethiopian Renaissance Dam energy completed ev1"]),
        (FixtureArticle("p-bridge", date: "2024-04-24", pair: "BD-CN", "The Padma Bridge opened to traffic in 2022."),
         ["Padma Bridge transport completed ev1"]),
        (FixtureArticle("p-hydropower", date: "2024-04-24", pair: "PK-CN",
            "The Dasu Hydropower Project is under construction in Kohistan."),
         ["Dasu Hydropower Project energy under_implementation ev1"]),
        (FixtureArticle("p-stalled", date: "2024-04-24", pair: "PK-CN",
            "The Gwadar East Bay Expressway project was delayed by two years."),
         ["Gwadar East Bay Expressway project (Gwadar East Bay Expressway) transport stalled ev1"]),
        (FixtureArticle("p-approved", date: "2024-04-24", pair: "PK-CN",
            "The Karachi-Lahore Motorway was approved in 2015."),
         ["Karachi-Lahore Motorway transport approved ev1"]),
        (FixtureArticle("p-lowercase-head", date: "2024-04-24", pair: "LK-CN",
            "China Harbour Engineering is building the Hambantota port expansion worth $300 million."),
         ["Hambantota port (Hambantota) transport - ev1"]),
        (FixtureArticle("p-satellite", date: "2024-04-24", pair: "PK-CN",
            "China launched Pakistan's PRSS-1 satellite from Jiuquan."),
         ["PRSS-1 satellite (PRSS-1) space - ev1"]),
        (FixtureArticle("p-rail-approved", date: "2025-06-13", pair: "TH-LA",
            "Thailand's cabinet on Wednesday approved the Nong Khai rail link."),
         ["Nong Khai rail link (Nong Khai) transport approved ev1"]),
        (FixtureArticle("p-location-only", date: "2024-04-24", pair: "PK-CN",
            "Traffic on the Karakoram Highway was blocked by snow on Monday."), []),
        (FixtureArticle("p-apposition", date: "2024-04-24", pair: "TZ-CN",
            "Construction began on Kilimanjaro Gateway, a container terminal near Moshi."),
         ["Kilimanjaro Gateway transport - ev1"]),
        (FixtureArticle("p-apposition-programme", date: "2024-04-24", pair: "IN-NP",
            "Tourists visit the Ramayana Trail, a heritage programme that India launched in 2018."),
         ["Ramayana Trail culture - ev1"]),
        (FixtureArticle("p-apposition-not-projects", date: "2024-04-24", pair: "PK-CN", """
            The Karachi Stock Exchange, a busy market hub, rose on Monday.
            Pakistan Railways, a state-owned railway, ordered new coaches.
            The Extended Fund Facility, a $7 billion loan facility, was approved in 2024.
            Gwadar, a port city, hosted the talks.
            """), []),
        (FixtureArticle("p-acronym", date: "2024-04-24", pair: "KE-CN",
            "The Mombasa-Kisumu (MKR) railway will be financed by China."),
         ["Mombasa-Kisumu railway (MKR railway; MKR) transport - ev1"]),
        (FixtureArticle("p-compound-head", date: "2024-04-24", pair: "EG-CN",
            "Egypt inaugurated the Cairo high-speed railway in 2024."),
         ["Cairo high-speed railway (Cairo) transport completed ev1"]),
        (FixtureArticle("p-weak-head-run", date: "2024-04-24", pair: "TZ-CN",
            "China will finance the Great Lakes Regional Transport Route with a $2 billion loan."),
         ["Great Lakes Regional Transport Route transport - ev1"]),
        (FixtureArticle("p-off-the-road", date: "2024-04-24", pair: "KE-CN",
            "The new hotel stands off the Nairobi-Mombasa highway, which was built by Chinese firms."), []),
        (FixtureArticle("p-credit-line", date: "2024-04-24", pair: "KE-CN",
            "Kenya's credit line from China was expanded by $1 billion."), []),
        (FixtureArticle("p-working-on", date: "2024-04-24", pair: "UG-CN",
            "Chinese engineers were working on the Karuma Hydropower Project when the strike began."),
         ["Karuma Hydropower Project energy - ev1"]),
    ]

    static var articles: [FixtureArticle] { cases.map(\.0) + [twoReports] }

    @Test(arguments: cases)
    func extractsProjects(article: FixtureArticle, expected: [String]) throws {
        let x = try article.extract()
        #expect(x.projects.map(describe) == expected)
    }

    static let twoReports = FixtureArticle("p-two-reports", date: "2024-04-24", pair: "PK-CN", """
        The Karot Hydropower Project was completed in 2022.
        China Three Gorges said the Karot Hydropower Project was handed over to Pakistan in June.
        """)

    @Test func reportsOfOneProjectMergeAndTheLastStatusWins() throws {
        // Given two sentences naming the same project with different statuses
        // When the article is extracted
        let x = try Self.twoReports.extract()
        // Then one project cites both, with the status of the later report
        let p = try #require(x.projects.first)
        #expect(x.projects.count == 1)
        #expect(p.evidence.map(\.sentenceIndex) == [0, 1])
        #expect(p.status == .handedOver)
    }

    @Test func aProjectNamedAfterAPlaceIsLocatedThere() throws {
        let x = try Self.cases[8].0.extract()
        #expect(x.name(of: x.projects.first?.place) == "Hambantota")
    }

    // MARK: - Regressions (former known issues)

    @Test func workOnAProjectIsAProject() throws {
        let x = try FixtureArticle("p-work-on", date: "2024-04-24", pair: "PK-CN",
            "Work on the Karot Hydropower Project has stalled.").extract()
        #expect(x.projects.map(describe) == ["Karot Hydropower Project energy stalled ev1"])
    }

    @Test func economicZonesAreIndustry() throws {
        let x = try FixtureArticle("p-zone", date: "2024-04-24", pair: "EG-CN",
            "China's TEDA is developing the Suez Canal Economic Zone in Egypt.").extract()
        #expect(x.projects.first?.sector == .industry)
    }

    @Test func routeNamesKeepBothEnds() throws {
        let x = try FixtureArticle("p-route", date: "2025-05-17", pair: "GH-CN",
            "Ghana and China on Friday signed a framework agreement on the Accra–Kumasi railway.").extract()
        #expect(x.projects.first?.name == "Accra–Kumasi railway")
    }

    @Test func aDescriptionOfANamedProjectIsNoProject() throws {
        let x = try FixtureArticle("p-description", date: "2023-01-24", pair: "NG-CN", """
            President Muhammadu Buhari on Monday commissioned the Lekki Deep Sea Port, which was built by China Harbour Engineering Company and is Nigeria's first deep-water port.
            "The port is only as good as the roads behind it," said a logistics analyst.
            """).extract()
        #expect(x.projects.map(\.name) == ["Lekki Deep Sea Port"])
    }

    @Test func railLinksAreProjects() throws {
        let x = try FixtureArticle("p-rail-link", date: "2023-04-10", pair: "MY-CN",
            "The East Coast Rail Link (ECRL), the Chinese-built line that was suspended in 2018, is now 70 percent complete.").extract()
        #expect(x.projects.map(\.name) == ["East Coast Rail Link"])
        #expect(x.projects.first?.aliases.contains("ECRL") == true)
    }

    @Test func numberedUnitsKeepTheirNumber() throws {
        let x = try FixtureArticle("p-unit", date: "2024-09-04", pair: "MN-RU",
            "The two governments signed an agreement on the reconstruction of Ulaanbaatar Thermal Power Plant No. 3 on Tuesday.").extract()
        #expect(x.projects.map(\.name) == ["Ulaanbaatar Thermal Power Plant No. 3"])
    }

    @Test func anAppositiveDescriptionIsNoProject() throws {
        let x = try FixtureArticle("p-appositive", date: "2025-04-18", pair: "KH-CN",
            "The Phnom Penh-Sihanoukville Expressway, Cambodia's first expressway, opened to traffic in October 2022.").extract()
        #expect(x.projects.map(\.name) == ["Phnom Penh-Sihanoukville Expressway"])
    }

    @Test func oneRouteWhateverItsRailWord() throws {
        let x = try FixtureArticle("p-rail-words", date: "2025-03-07", pair: "HU-CN", """
            Work resumed on the Budapest-Belgrade railway on Monday after a two-month halt.
            Chinese contractors are building the Budapest-Belgrade line with a loan from China.
            Modi opened the upgraded Maho-Omanthai railway line, built with Indian credit.
            """).extract()
        #expect(x.projects.map(\.name) == ["Budapest-Belgrade railway", "Maho-Omanthai railway line"])
        #expect(x.projects.first?.evidence.count == 2)
    }
}
