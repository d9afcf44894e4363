public import CorridorModel
import Foundation

/// The export formats of a ledger.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// One line per article in the `../shared/eval` prediction format, ledger ids filled in.
    case eval
    /// One JSON line per ledger record (entities, then facts) with evidence and history.
    case jsonl
    /// One CSV row per ledger record.
    case csv
    /// GraphML of actors and the agreements between them, for Gephi.
    case graphml
    /// FollowTheMoney entities, one JSON per line, for Aleph (`ftm` / `alephclient`).
    case ftm
}

/// Writes a ledger in an export format, streaming: articles a page at a time, records one at a time.
///
/// ```swift
/// try await LedgerExporter(store: store).export(.eval) { line in print(line, terminator: "") }
/// ```
public struct LedgerExporter: Sendable {
    /// The ledger.
    public let store: any LedgerStore
    /// Articles read per page.
    public var pageSize = 100

    /// Creates an exporter.
    public init(store: any LedgerStore) {
        self.store = store
    }

    /// Writes the whole ledger in `format`, calling `write` with chunks of text.
    ///
    /// - Throws: ``StoreError`` from the store, or an encoding failure as ``StoreError``.
    public func export(_ format: ExportFormat, write: (String) -> Void) async throws(StoreError) {
        switch format {
        case .eval: try await exportEval(write)
        case .jsonl: try await exportJSONL(write)
        case .csv: try await exportCSV(write)
        case .graphml: try await exportGraphML(write)
        case .ftm: try await exportFtM(write)
        }
    }

    // MARK: - eval

    func exportEval(_ write: (String) -> Void) async throws(StoreError) {
        var after = 0
        while true {
            let page = try await store.articles(after: after, limit: pageSize)
            guard let last = page.last else { break }
            for a in page {
                guard let (x, ids) = try await store.extraction(ofArticle: a.article.id) else { continue }
                var record = EvalRecord(x, ledgerIDs: ids)
                // The scorer keys documents by the corpus id, even when a re-read article was re-keyed.
                record.doc = a.article.id
                write(try JSONCoding.encode(record) + "\n")
            }
            after = last.sequence
        }
    }

    // MARK: - Records

    /// Every record of the ledger, kind by kind.
    func allRecords() async throws(StoreError) -> [LedgerRecord] {
        var out: [LedgerRecord] = []
        for kind in RecordKind.allCases {
            out += try await store.list(kind, filter: LedgerFilter(limit: .max))
        }
        return out
    }

    func exportJSONL(_ write: (String) -> Void) async throws(StoreError) {
        for r in try await allRecords() {
            guard let d = try await store.detail(of: r.id) else { continue }
            write(try JSONCoding.encode(d) + "\n")
        }
    }

    func exportCSV(_ write: (String) -> Void) async throws(StoreError) {
        write(CSV.row(["kind", "id", "label", "type", "country", "date", "status", "umbrella", "articles", "sources", "aliases"]))
        for r in try await allRecords() {
            write(
                CSV.row([
                    r.kind.rawValue, r.id, r.label, r.type, r.country ?? "", r.date?.description ?? "",
                    r.status?.rawValue ?? "", r.umbrellaID ?? "", String(r.articleCount), String(r.sourceCount),
                    r.aliases.joined(separator: "; "),
                ]))
        }
    }
}

/// RFC 4180 CSV rows.
public enum CSV {
    /// One row, fields quoted when they need it, ending in CRLF.
    public static func row(_ fields: [String]) -> String {
        fields.map { f in
            f.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + f.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : f
        }.joined(separator: ",") + "\r\n"
    }
}
