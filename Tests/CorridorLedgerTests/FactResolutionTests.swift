import CorridorLedger
import CorridorModel
import CorridorTestSupport
import Testing

/// Facts reported by several articles resolve to one record that keeps every piece of evidence,
/// and later status reports update earlier records.
@Suite struct FactResolutionTests {
    typealias F = LedgerFixtures

    static let pk = F.entity("e1", "Pakistan", .gpe, country: "PK", rules: ["entity.known-name"])
    static let cn = F.entity("e2", "China", .gpe, country: "CN", rules: ["entity.known-name"])

    @Test(arguments: StoreBackend.allCases)
    func aLaterStatusReportUpdatesTheProjectAndKeepsTheHistory(_ backend: StoreBackend) async throws {
        // Given a project reported under construction in 2020
        let store = try backend.make()
        let s1 = "Work on the ML-1 railway between Karachi and Peshawar is under construction."
        _ = try await store.ingest(
            F.extraction(
                "early", date: "2020-08-12", sentences: [s1], entities: [Self.pk],
                projects: [
                    Project(
                        id: "p1", name: "ML-1 railway", aliases: ["ML-1"], sector: .transport, status: .underImplementation,
                        evidence: [F.evidence("early", s1)])
                ]),
            contentHash: "early")
        // When a later article reports a completed section under a shorter name
        let s2 = "The first section of ML-1 was completed and handed to Pakistan Railways."
        _ = try await store.ingest(
            F.extraction(
                "late", date: "2024-05-01", sentences: [s2], entities: [Self.pk],
                projects: [Project(id: "p1", name: "ML-1", sector: .transport, status: .completed, evidence: [F.evidence("late", s2)])]),
            contentHash: "late")
        // Then there is one project, completed, with both assertions dated and evidenced
        let projects = try await store.list(.project, filter: LedgerFilter())
        #expect(projects.count == 1)
        let firstRow = try #require(projects.first)
        let detail = try #require(try await store.detail(of: firstRow.id))
        #expect(detail.record.status == .completed)
        #expect(detail.history.map(\.status) == [.underImplementation, .completed])
        #expect(detail.history.map { $0.date?.description } == ["2020-08-12", "2024-05-01"])
        #expect(detail.history.map(\.sentence) == [s1, s2])
        #expect(detail.evidence.count == 2)
        #expect(detail.record.articleCount == 2)
        let completed = try await store.list(.project, filter: LedgerFilter(status: .completed))
        #expect(completed.count == 1)
        let timeline = try await store.timeline(of: detail.record.id)
        #expect(timeline.compactMap(\.status) == [.underImplementation, .completed])
    }

    @Test(arguments: StoreBackend.allCases)
    func aLaterReportUpdatesACommitment(_ backend: StoreBackend) async throws {
        let store = try backend.make()
        let s1 = "China pledged $2 billion to Pakistan."
        let s2 = "China committed the $2 billion rollover to Pakistan."
        let amount = Amount(value: 2_000_000_000, currency: "USD")
        _ = try await store.ingest(
            F.extraction(
                "c1", date: "2023-03-01", sentences: [s1], entities: [Self.cn, Self.pk],
                commitments: [Commitment(id: "c1", actor: "e2", beneficiary: "e1", what: "$2 billion", amount: amount, modality: .pledged, evidence: [F.evidence("c1", s1)])]),
            contentHash: "c1")
        _ = try await store.ingest(
            F.extraction(
                "c2", date: "2023-06-01", sentences: [s2], entities: [Self.cn, Self.pk],
                commitments: [Commitment(id: "c1", actor: "e2", what: "rollover", amount: amount, modality: .committed, evidence: [F.evidence("c2", s2)])]),
            contentHash: "c2")
        let rows = try await store.list(.commitment, filter: LedgerFilter(actor: "China"))
        #expect(rows.count == 1)
        let firstRow = try #require(rows.first)
        let detail = try #require(try await store.detail(of: firstRow.id))
        #expect(detail.history.map(\.status) == [.pledged, .committed])
        #expect(detail.record.status == .committed)
    }

    @Test(arguments: StoreBackend.allCases)
    func twoOutletsReportingOneSigningGiveOneAgreementWithBothEvidence(_ backend: StoreBackend) async throws {
        let store = try backend.make()
        let a = "Pakistan and China signed the Joint Action Plan 2025-2029 on Wednesday."
        let b = "China and Pakistan have signed a Joint Action Plan for 2025-2029."
        for (id, s, date) in [("x", a, "2025-02-05"), ("y", b, "2025-02-06")] {
            _ = try await store.ingest(
                F.extraction(
                    id, date: date, sentences: [s], entities: [Self.pk, Self.cn],
                    agreements: [Agreement(id: "a1", kind: .actionPlan, title: "Joint Action Plan 2025-2029", parties: ["e1", "e2"], evidence: [F.evidence(id, s)])]),
                contentHash: id)
        }
        let rows = try await store.list(.agreement, filter: LedgerFilter())
        #expect(rows.count == 1)
        #expect(rows.first?.articleCount == 2)
        let firstRow = try #require(rows.first)
        let detail = try #require(try await store.detail(of: firstRow.id))
        #expect(Set(detail.evidence.map(\.sentence)) == [a, b])
    }

    /// Either order: an umbrella reported before its documents, or documents before the umbrella
    /// that counts them (the umbrella must exist before its members point at it).
    @Test(arguments: StoreBackend.allCases, [false, true])
    func anUmbrellaAndItsDocumentsAreLinked(_ backend: StoreBackend, membersFirst: Bool) async throws {
        let store = try backend.make()
        let s0 = "Pakistan and China signed 23 MoUs on Friday."
        let s1 = "One MoU covers cooperation on the Karakoram Highway."
        let umbrella = Agreement(id: "a1", kind: .mou, parties: ["e1", "e2"], count: 23, evidence: [F.evidence("u", s0)])
        let document = Agreement(
            id: "a2", kind: .mou, title: "MoU on the Karakoram Highway realignment", parties: ["e1", "e2"],
            evidence: [F.evidence("u", s1, index: 1)])
        _ = try await store.ingest(
            F.extraction(
                "u", date: "2024-06-07", sentences: [s0, s1], entities: [Self.pk, Self.cn],
                agreements: membersFirst ? [document, umbrella] : [umbrella, document]),
            contentHash: "u")
        let rows = try await store.list(.agreement, filter: LedgerFilter())
        let umbrellaRow = try #require(rows.first { $0.count == 23 })
        let member = try #require(rows.first { $0.count == nil })
        #expect(member.umbrellaID == umbrellaRow.id)
        let detail = try #require(try await store.detail(of: umbrellaRow.id))
        #expect(detail.related.map(\.id) == [member.id])
    }

    @Test(arguments: StoreBackend.allCases)
    func pakistanAndChinaMinistriesStayApart(_ backend: StoreBackend) async throws {
        let store = try backend.make()
        _ = try await store.ingest(
            F.extraction("m1", date: "2024-01-01", sentences: ["The Foreign Office said."], entities: [F.entity("e1", "Ministry of Foreign Affairs", .org, country: "PK", aliases: ["Foreign Office"])]),
            contentHash: "m1")
        _ = try await store.ingest(
            F.extraction("m2", date: "2024-01-02", sentences: ["The Chinese Foreign Ministry said."], entities: [F.entity("e1", "Chinese Foreign Ministry", .org)]),
            contentHash: "m2")
        _ = try await store.ingest(
            F.extraction("m3", date: "2024-01-03", sentences: ["Pakistan's Foreign Office said."], entities: [F.entity("e1", "Pakistan's Foreign Office", .org)]),
            contentHash: "m3")
        let orgs = try await store.list(.entity, filter: LedgerFilter(kind: "ORG"))
        #expect(orgs.map(\.id).sorted() == ["org:cn:ministry-of-foreign-affairs", "org:pk:ministry-of-foreign-affairs"].sorted() || orgs.count == 2)
        #expect(orgs.first { $0.country == "PK" }?.articleCount == 2)
    }
}
