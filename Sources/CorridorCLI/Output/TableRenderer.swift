import CorridorModel
import Foundation

/// Renders an extraction as readable text: one block per article with its entities, agreements,
/// commitments, events and projects, each fact followed by the sentence that states it.
enum TableRenderer {
    static func render(_ x: ArticleExtraction) -> String {
        var s = ""
        let a = x.article
        let meta = [a.outlet, a.publishedAt?.description, a.url].compactMap { $0 }.joined(separator: " · ")
        s += "━━ \(a.id)" + (meta.isEmpty ? "" : "  (\(meta))") + "\n"
        let names = Dictionary(uniqueKeysWithValues: x.entities.map { ($0.id, $0.name) })
        func who(_ ids: [String]) -> String { ids.isEmpty ? "–" : ids.map { names[$0] ?? $0 }.joined(separator: ", ") }

        s += section("ENTITIES", x.entities.count)
        s += table(
            x.entities.map { e in
                [
                    e.id, e.type.rawValue, e.name, e.country ?? "–", "\(e.mentions.count)×",
                    e.aliases.isEmpty ? "" : "aka " + e.aliases.joined(separator: "; "),
                ]
            }, indent: "  ")

        s += section("AGREEMENTS", x.agreements.count)
        for g in x.agreements {
            var line = "  \(g.id)  \(g.kind.rawValue)"
            if let c = g.count { line += " ×\(c)" }
            if let t = g.title { line += "  “\(t)”" }
            line += "\n      parties   \(who(g.parties))"
            var details: [String] = []
            if let d = g.date { details.append("date \(d)") }
            if let p = g.period { details.append("period \(period(p))") }
            if let m = g.amount { details.append("amount \(amount(m))") }
            if !g.signatories.isEmpty { details.append("signed by \(who(g.signatories))") }
            if !g.witnesses.isEmpty { details.append("witnessed by \(who(g.witnesses))") }
            if !g.sectors.isEmpty { details.append("sectors \(g.sectors.map(\.rawValue).joined(separator: ", "))") }
            s += block(line, details, g.evidence)
        }

        s += section("COMMITMENTS", x.commitments.count)
        for c in x.commitments {
            let line = "  \(c.id)  \(c.modality.rawValue)  by \(c.actor.map { names[$0] ?? $0 } ?? "–")"
            var details: [String] = []
            if let q = c.quantity { details.append("quantity \(q.value) \(q.unit)") }
            if let m = c.amount { details.append("amount \(amount(m))") }
            if let p = c.period { details.append("period \(period(p))") }
            if !c.sectors.isEmpty { details.append("sectors \(c.sectors.map(\.rawValue).joined(separator: ", "))") }
            s += block(line, details, c.evidence)
        }

        s += section("EVENTS", x.events.count)
        for e in x.events {
            let line = "  \(e.id)  \(e.kind.rawValue) (CAMEO \(e.cameo))  \(who(e.actors))"
            var details: [String] = []
            if let d = e.date { details.append("date \(d)") }
            if let p = e.place { details.append("place \(names[p] ?? p)") }
            if let c = e.casualties {
                var parts: [String] = []
                if let k = c.killed { parts.append("\(k) killed") }
                if let i = c.injured { parts.append("\(i) injured") }
                if let n = c.victimNationality { parts.append("victims \(n)") }
                if !parts.isEmpty { details.append(parts.joined(separator: ", ")) }
            }
            s += block(line, details, e.evidence)
        }

        s += section("PROJECTS", x.projects.count)
        for p in x.projects {
            let line = "  \(p.id)  \(p.name)"
            var details: [String] = []
            if !p.aliases.isEmpty { details.append("aka " + p.aliases.joined(separator: "; ")) }
            if let sector = p.sector { details.append("sector \(sector.rawValue)") }
            if let place = p.place { details.append("in \(names[place] ?? place)") }
            if let st = p.status { details.append("status \(st.rawValue)") }
            s += block(line, details, p.evidence)
        }
        return s + "\n"
    }

    static func section(_ title: String, _ count: Int) -> String { "\(title) (\(count))\n" }

    /// One fact: its head line, its details on one indented line (if any), then its evidence.
    static func block(_ head: String, _ details: [String], _ items: [Evidence]) -> String {
        head + (details.isEmpty ? "" : "\n      " + details.joined(separator: " · ")) + "\n" + evidence(items)
    }

    static func evidence(_ items: [Evidence]) -> String {
        items.map { e in "      ▸ [\(e.sentenceIndex) \(e.range) \(e.rule)] \(oneLine(e.sentence))\n" }.joined()
    }

    static func oneLine(_ s: String) -> String {
        s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func period(_ p: Period) -> String { "\(p.start?.description ?? "…")–\(p.end?.description ?? "…")" }

    static func amount(_ a: Amount) -> String {
        var s = "\(a.currency) \(a.value)"
        if let u = a.upperValue { s += "–\(u)" }
        if a.qualifier != .exact { s += " (\(a.qualifier.rawValue))" }
        return s
    }

    /// Left-aligned columns, each as wide as its widest cell (callers shorten free text); the last
    /// column is not padded.
    static func table(_ rows: [[String]], indent: String) -> String {
        guard let width = rows.first?.count else { return "" }
        var widths = [Int](repeating: 0, count: width)
        for r in rows {
            for (i, c) in r.enumerated() where i < width - 1 { widths[i] = max(widths[i], c.count) }
        }
        var s = ""
        for r in rows {
            var line = indent
            for (i, c) in r.enumerated() {
                line += i < width - 1 ? c.padding(toLength: widths[i] + 2, withPad: " ", startingAt: 0) : c
            }
            s += line + "\n"
        }
        return s
    }
}
