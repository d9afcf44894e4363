import CorridorLedger
import CorridorModel
import Testing

/// Cross-article entity matching rules.
@Suite struct EntityMatcherTests {
    let keyer = NameKeyer(configuration: ResolverConfiguration())
    let matcher = EntityMatcher()

    struct Case: Sendable, CustomTestStringConvertible {
        var a: (String, [String], EntityType, String?)
        var b: (String, [String], EntityType, String?)
        var matches: Bool
        var testDescription: String { "\(a.0) ~ \(b.0): \(matches)" }
    }

    static let cases: [Case] = [
        // The same person under different titles and forms.
        Case(a: ("Shehbaz Sharif", ["Prime Minister Shehbaz Sharif"], .person, "PK"), b: ("Prime Minister Shehbaz Sharif", [], .person, nil), matches: true),
        Case(a: ("Zardari", ["President Zardari"], .person, nil), b: ("Asif Ali Zardari", ["President Asif Ali Zardari"], .person, "PK"), matches: true),
        Case(a: ("Xi Jinping", ["Chinese President Xi Jinping"], .person, nil), b: ("Xi", [], .person, nil), matches: true),
        // Different people who share a surname or one name.
        Case(a: ("Nawaz Sharif", [], .person, "PK"), b: ("Shehbaz Sharif", [], .person, "PK"), matches: false),
        Case(a: ("Li Keqiang", ["Li"], .person, "CN"), b: ("Li Qiang", ["Li"], .person, "CN"), matches: false),
        // Pakistan's ministry is not China's.
        Case(a: ("Ministry of Foreign Affairs", [], .org, "PK"), b: ("Ministry of Foreign Affairs", [], .org, "CN"), matches: false),
        Case(a: ("Chinese Foreign Ministry", [], .org, nil), b: ("Foreign Office", [], .org, "PK"), matches: false),
        Case(a: ("Foreign Office", [], .org, "PK"), b: ("Pakistan's Ministry of Foreign Affairs", [], .org, nil), matches: true),
        Case(a: ("Ministry of Foreign Affairs", [], .org, nil), b: ("Ministry of Foreign Affairs", [], .org, "CN"), matches: false),
        Case(a: ("Government of Pakistan", [], .org, nil), b: ("Pakistan government", [], .org, nil), matches: true),
        // Acronyms and full names.
        Case(a: ("COPHC", [], .org, nil), b: ("China Overseas Port Holding Company", [], .org, "CN"), matches: true),
        Case(a: ("MoITT", [], .org, nil), b: ("Ministry of Information Technology and Telecommunication", [], .org, nil), matches: true),
        Case(a: ("CSCC", [], .org, nil), b: ("China Submarine Cable Construction Company Limited", [], .org, nil), matches: true),
        Case(a: ("China Overseas Port Holdings Limited", [], .org, nil), b: ("China Overseas Port Holding Company", [], .org, nil), matches: true),
        Case(a: ("CPEC", [], .org, nil), b: ("China-Pakistan Economic Corridor", ["CPEC"], .fac, nil), matches: true),
        Case(a: ("Pakistan-China B2B conference", [], .event, nil), b: ("China Pakistan B2B Conference", [], .event, nil), matches: true),
        // Types must agree.
        Case(a: ("Washington", [], .person, "US"), b: ("Washington", [], .gpe, "US"), matches: false),
        Case(a: ("Pakistan", [], .gpe, "PK"), b: ("Pakistan", [], .norp, nil), matches: false),
    ]

    @Test(arguments: cases)
    func matching(_ c: Case) {
        let a = keyer.profile(name: c.a.0, aliases: c.a.1, type: c.a.2, country: c.a.3)
        let b = keyer.profile(name: c.b.0, aliases: c.b.1, type: c.b.2, country: c.b.3)
        #expect((matcher.score(a, b) != nil) == c.matches)
        #expect((matcher.score(b, a) != nil) == c.matches)
    }

    @Test func aGuessedTypeYieldsToTheSameNameOfAnotherType() {
        let guessed = keyer.profile(name: "BEIJING", aliases: [], type: .org, isTypeTentative: true)
        let city = keyer.profile(name: "Beijing", aliases: [], type: .gpe)
        #expect(matcher.score(guessed, city) == 100)
    }

    @Test func gazetteerIDsDecideAlone() {
        let a = keyer.profile(name: "Foreign Office", aliases: [], type: .org, lexiconID: "org.pk.mofa")
        let b = keyer.profile(name: "Ministry of Foreign Affairs", aliases: [], type: .org, lexiconID: "org.pk.mofa")
        let c = keyer.profile(name: "Foreign Office", aliases: [], type: .org, lexiconID: "org.gb.fcdo")
        #expect(matcher.score(a, b) == 100)
        #expect(matcher.score(a, c) == nil)
    }

    @Test func nameFoldingAndIDs() {
        #expect(NameFolding.words("China‑Pakistan Economic Corridor (CPEC)") == ["china-pakistan", "economic", "corridor", "cpec"])
        #expect(NameFolding.key("Pakistan’s  Foreign Office") == "pakistan foreign office")
        #expect(NameFolding.slug("Shehbaz Sharif") == "shehbaz-sharif")
        let p = keyer.profile(name: "Pakistan's Ministry of Foreign Affairs", aliases: [], type: .org)
        #expect(p.country == "PK")
        let id = LedgerIDs.entity(p, name: "Pakistan's Ministry of Foreign Affairs", countryWords: ResolverConfiguration.defaultCountryWords)
        #expect(id == "org:pk:ministry-of-foreign-affairs")
        let country = keyer.profile(name: "Pakistan", aliases: [], type: .gpe)
        #expect(LedgerIDs.entity(country, name: "Pakistan", countryWords: ResolverConfiguration.defaultCountryWords) == "gpe:pk")
    }
}
