import CorridorLedger
import CorridorModel
import CorridorTestSupport
import Testing

/// The contract every LedgerStore backend passes.
@Suite struct LedgerStoreContractTests {
    typealias F = LedgerFixtures

    static func gwadarArticle() -> ArticleExtraction {
        F.extraction(
            "a1", date: "2013-02-18",
            sentences: [
                "Pakistan handed over Gwadar Port to China Overseas Port Holding Company.",
                "President Asif Ali Zardari witnessed the signing.",
            ],
            entities: [
                F.entity("e1", "Pakistan", .gpe, country: "PK", rules: ["entity.known-name"]),
                F.entity("e2", "China Overseas Port Holding Company", .org, country: "CN", aliases: ["COPHC"]),
                F.entity("e3", "Asif Ali Zardari", .person, country: "PK", aliases: ["President Asif Ali Zardari"]),
            ],
            agreements: [
                Agreement(
                    id: "a1", kind: .agreement, title: "Concession Agreement", parties: ["e1", "e2"],
                    evidence: [F.evidence("a1", "Pakistan handed over Gwadar Port to China Overseas Port Holding Company.")])
            ],
            projects: [
                Project(
                    id: "p1", name: "Gwadar Port", sector: .maritime, status: .handedOver,
                    evidence: [F.evidence("a1", "Pakistan handed over Gwadar Port to China Overseas Port Holding Company.")])
            ])
    }

    @Test(arguments: StoreBackend.allCases)
    func storesAnArticleAndListsItsRecords(_ backend: StoreBackend) async throws {
        // Given
        let store = try backend.make()
        // When
        let outcome = try await store.ingest(Self.gwadarArticle(), contentHash: "h1")
        // Then
        guard case .stored(let id, _) = outcome else { Issue.record("not stored: \(outcome)"); return }
        #expect(id == "a1")
        let counts = try await store.counts()
        #expect(counts.articles == 1 && counts.entities == 3 && counts.agreements == 1 && counts.projects == 1)
        #expect(try await store.containsArticle(contentHash: "h1"))
        let people = try await store.list(.entity, filter: LedgerFilter(kind: "PERSON"))
        #expect(people.map(\.id) == ["person:asif-ali-zardari"])
        let pk = try await store.list(.agreement, filter: LedgerFilter(actor: "Pakistan"))
        #expect(pk.count == 1)
        #expect(pk.first?.participants.count == 2)
        let (x, ids) = try #require(try await store.extraction(ofArticle: "a1"))
        #expect(x.entities.count == 3 && x.agreements.count == 1 && x.sentences.count == 2)
        #expect(ids["e1"] == "gpe:pk")
        #expect(ids["a1"]?.hasPrefix("agreement:") == true)
    }

    @Test(arguments: StoreBackend.allCases)
    func reingestingTheSameContentAddsNothing(_ backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.ingest(Self.gwadarArticle(), contentHash: "h1")
        let before = try await store.counts()
        let again = try await store.ingest(Self.gwadarArticle(), contentHash: "h1")
        #expect(again == .duplicate(existingArticleID: "a1"))
        #expect(try await store.counts() == before)
    }

    @Test(arguments: StoreBackend.allCases)
    func aFailingArticleLeavesNothingBehind(_ backend: StoreBackend) async throws {
        // Given an article whose fact has an empty evidence sentence, which breaks an invariant
        let store = try backend.make()
        var bad = Self.gwadarArticle()
        bad.agreements[0].evidence = [F.evidence("a1", "")]
        // When
        await #expect(throws: StoreError.self) { try await store.ingest(bad, contentHash: "bad") }
        // Then nothing of it was stored
        #expect(try await store.counts() == LedgerCounts())
        #expect(try await !store.containsArticle(contentHash: "bad"))
    }

    @Test(arguments: StoreBackend.allCases)
    func searchFindsSentencesAndHighlightsTheWords(_ backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.ingest(Self.gwadarArticle(), contentHash: "h1")
        let hits = try await store.search("Zardari signing", limit: 5)
        #expect(hits.first?.kind == "sentence")
        #expect(hits.first?.snippet.contains("[Zardari]") == true)
        #expect(try await store.search("nonexistentword", limit: 5).isEmpty)
    }

    @Test(arguments: StoreBackend.allCases)
    func showGivesEvidenceAndFindWorksByName(_ backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.ingest(Self.gwadarArticle(), contentHash: "h1")
        let found = try await store.find("COPHC")
        #expect(found.first?.id == "org:cn:china-overseas-port-holding-company")
        let project = try #require(try await store.find("Gwadar Port").first { $0.kind == .project })
        let detail = try #require(try await store.detail(of: project.id))
        #expect(detail.evidence.count == 1)
        #expect(detail.record.status == .handedOver)
        #expect(detail.history.map(\.status) == [.handedOver])
    }
}
