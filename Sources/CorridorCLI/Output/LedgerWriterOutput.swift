import CorridorLedger
import CorridorModel
import Foundation

/// Prints ledger query results as tables, JSON or CSV.
enum LedgerOutput {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func json(_ v: some Encodable) -> String {
        (try? encoder.encode(v)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    static func records(_ rows: [LedgerRecord], format: QueryFormat, to out: inout StandardOutput) {
        switch format {
        case .json: for r in rows { out.writeLine(json(r)) }
        case .csv:
            out.write(CSV.row(["id", "kind", "label", "type", "country", "date", "status", "articles", "sources", "participants"]))
            for r in rows {
                out.write(
                    CSV.row([
                        r.id, r.kind.rawValue, r.label, r.type, r.country ?? "", r.date?.description ?? "",
                        r.status?.rawValue ?? "", String(r.articleCount), String(r.sourceCount),
                        r.participants.map { "\($0.role.rawValue):\($0.name ?? $0.entityID)" }.joined(separator: "; "),
                    ]))
            }
        case .table:
            let rows = rows.map { r in
                [
                    r.id, r.type, String(r.displayLabel.prefix(60)), r.country ?? "–", r.date?.description ?? "–",
                    r.status?.rawValue ?? "", "\(r.articleCount) art/\(r.sourceCount) src",
                ]
            }
            out.write(TableRenderer.table([["ID", "TYPE", "NAME", "COUNTRY", "DATE", "STATUS", "SOURCES"]] + rows, indent: ""))
        }
    }

    static func detail(_ d: RecordDetail, format: QueryFormat, to out: inout StandardOutput) {
        guard format == .table else {
            if format == .json { out.writeLine(json(d)) } else { records([d.record] + d.related, format: .csv, to: &out) }
            return
        }
        let r = d.record
        out.writeLine("━━ \(r.id)  [\(r.kind.rawValue) \(r.type)]")
        out.writeLine("   \(r.displayLabel)")
        if !r.aliases.isEmpty { out.writeLine("   aka " + r.aliases.joined(separator: "; ")) }
        var facts: [String] = []
        if let c = r.country { facts.append("country \(c)") }
        if let dt = r.date { facts.append("date \(dt)") }
        if let s = r.status { facts.append("status \(s.rawValue)") }
        if let a = r.amount { facts.append("amount \(a.value) \(a.currency)") }
        if let n = r.count { facts.append("\(n) documents") }
        if let u = r.umbrellaID { facts.append("part of \(u)") }
        facts.append("\(r.articleCount) articles, \(r.sourceCount) independent sources")
        out.writeLine("   " + facts.joined(separator: " · "))
        for p in r.participants { out.writeLine("   \(p.role.rawValue): \(p.name ?? "?") (\(p.entityID))") }
        if !d.history.isEmpty {
            out.writeLine("HISTORY")
            for h in d.history {
                out.writeLine("  \(h.date?.description ?? "undated")  \(h.status.rawValue)  [\(h.articleID)] \(h.sentence.prefix(120))")
            }
        }
        if !d.evidence.isEmpty {
            out.writeLine("EVIDENCE (\(d.evidence.count))")
            for e in d.evidence.prefix(50) {
                let meta = [e.publishedAt?.description, e.outlet].compactMap { $0 }.joined(separator: " ")
                out.writeLine("  [\(e.articleID)\(meta.isEmpty ? "" : " · " + meta)] \(e.sentence.prefix(200))")
            }
        }
        if !d.related.isEmpty {
            out.writeLine("RELATED (\(d.related.count))")
            records(d.related, format: .table, to: &out)
        }
    }
}
