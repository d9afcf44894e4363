public import CorridorLedger
import GRDB

extension SQLiteLedgerStore {
    /// Full-text search with FTS5: every word must occur (porter-stemmed), ranked by bm25, with a
    /// snippet of about a dozen words around the matches, matches between `[` and `]`.
    public func search(_ text: String, limit: Int) async throws(StoreError) -> [SearchHit] {
        guard let pattern = Self.ftsPattern(text) else {
            throw StoreError.invalidQuery(text, "no words to search for")
        }
        return try await read { tx in
            try Row.fetchAll(
                tx.db,
                sql: """
                    SELECT kind, refID, articleID, snippet(searchIndex, 3, '[', ']', '…', 16) AS snippet,
                           bm25(searchIndex) AS rank
                    FROM searchIndex WHERE searchIndex MATCH ? ORDER BY rank, refID LIMIT ?
                    """, arguments: [pattern, limit]
            ).map { r in
                SearchHit(kind: r["kind"], refID: r["refID"], articleID: r["articleID"], snippet: r["snippet"], rank: r["rank"])
            }
        }
    }

    /// An FTS5 query from user text: quoted phrases stay phrases, every other word is quoted so
    /// that punctuation and FTS5 operators in the text cannot break the query.
    static func ftsPattern(_ text: String) -> String? {
        var parts: [String] = []
        for (n, chunk) in text.split(separator: "\"", omittingEmptySubsequences: false).enumerated() {
            let words = chunk.split { !($0.isLetter || $0.isNumber) }.map(String.init)
            guard !words.isEmpty else { continue }
            if n % 2 == 1 {
                parts.append("\"" + words.joined(separator: " ") + "\"")
            } else {
                parts.append(contentsOf: words.map { "\"" + $0 + "\"" })
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}
