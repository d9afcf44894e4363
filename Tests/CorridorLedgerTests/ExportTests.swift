import CorridorLedger
import CorridorModel
import CorridorTestSupport
import Foundation
import FoundationXML
import Testing

/// Every export format parses and carries ledger ids.
@Suite struct ExportTests {
    func exported(_ format: ExportFormat) async throws -> String {
        let store = try StoreBackend.sqliteInMemory.make()
        _ = try await store.ingest(LedgerStoreContractTests.gwadarArticle(), contentHash: "h1")
        var out = ""
        try await LedgerExporter(store: store).export(format) { out += $0 }
        return out
    }

    @Test func evalLinesParseAndCarryLedgerIDs() async throws {
        let text = try await exported(.eval)
        let lines = text.split(separator: "\n")
        #expect(lines.count == 1)
        let record = try JSONDecoder().decode(EvalRecord.self, from: Data(try #require(lines.first).utf8))
        #expect(record.doc == "a1")
        #expect(record.entities.allSatisfy { $0.ledger_id != nil })
        #expect(record.agreements.first?.ledger_id?.hasPrefix("agreement:") == true)
        #expect(record.projects.first?.ledger_id == "project:gwadar-port")
    }

    @Test func graphMLIsValidXML() async throws {
        let text = try await exported(.graphml)
        let doc = try XMLDocument(data: Data(text.utf8))
        #expect(doc.rootElement()?.name == "graphml")
        let nodes = try doc.nodes(forXPath: "//*[local-name()='node']")
        let edges = try doc.nodes(forXPath: "//*[local-name()='edge']")
        #expect(nodes.count == 3)
        #expect(edges.count == 2)
    }

    @Test func ftmLinesHaveIDSchemaAndProperties() async throws {
        let text = try await exported(.ftm)
        let objects = text.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
        }
        #expect(objects.count == text.split(separator: "\n").count)
        #expect(!objects.isEmpty)
        for o in objects {
            #expect(o["id"] is String)
            #expect(o["schema"] is String)
            #expect(o["properties"] is [String: [String]])
        }
        let schemas = Set(objects.compactMap { $0["schema"] as? String })
        #expect(schemas.isSuperset(of: ["Person", "Company", "Address", "Contract", "Project", "Article", "Documentation"]))
    }

    @Test func csvAndJSONLHaveARowPerRecord() async throws {
        let csv = try await exported(.csv)
        #expect(csv.split(separator: "\r\n").count == 1 + 5)
        let jsonl = try await exported(.jsonl)
        #expect(jsonl.split(separator: "\n").count == 5)
    }
}
