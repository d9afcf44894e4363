public import CorridorModel
import Foundation

extension LedgerExporter {
    // MARK: - GraphML

    /// Actors (entities taking part in agreements) and agreements as nodes; `party`, `signatory`
    /// and `witness` edges from actor to agreement; an umbrella edge from member to umbrella.
    func exportGraphML(_ write: (String) -> Void) async throws(StoreError) {
        let agreements = try await store.list(.agreement, filter: LedgerFilter(limit: .max))
        var actors: [String: String] = [:]
        for a in agreements { for p in a.participants { actors[p.entityID] = p.name ?? p.entityID } }
        var entityInfo: [String: LedgerRecord] = [:]
        for r in try await store.list(.entity, filter: LedgerFilter(limit: .max)) where actors[r.id] != nil {
            entityInfo[r.id] = r
        }
        write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
              <key id="label" for="node" attr.name="label" attr.type="string"/>
              <key id="kind" for="node" attr.name="kind" attr.type="string"/>
              <key id="type" for="node" attr.name="type" attr.type="string"/>
              <key id="country" for="node" attr.name="country" attr.type="string"/>
              <key id="date" for="node" attr.name="date" attr.type="string"/>
              <key id="sources" for="node" attr.name="sources" attr.type="int"/>
              <key id="role" for="edge" attr.name="role" attr.type="string"/>
              <graph id="corridor" edgedefault="directed">

            """)
        for (id, name) in actors.sorted(by: { $0.key < $1.key }) {
            let e = entityInfo[id]
            write(
                node(
                    id,
                    [
                        ("label", e?.label ?? name), ("kind", "actor"), ("type", e?.type ?? ""), ("country", e?.country ?? ""),
                        ("sources", String(e?.sourceCount ?? 0)),
                    ]))
        }
        for a in agreements {
            write(
                node(
                    a.id,
                    [
                        ("label", a.label.isEmpty ? a.type : a.label), ("kind", "agreement"), ("type", a.type),
                        ("date", a.date?.description ?? ""), ("sources", String(a.sourceCount)),
                    ]))
        }
        var n = 0
        for a in agreements {
            for p in a.participants where p.role != .place {
                n += 1
                write("    <edge id=\"e\(n)\" source=\"\(Self.xml(p.entityID))\" target=\"\(Self.xml(a.id))\"><data key=\"role\">\(p.role.rawValue)</data></edge>\n")
            }
            if let u = a.umbrellaID {
                n += 1
                write("    <edge id=\"e\(n)\" source=\"\(Self.xml(a.id))\" target=\"\(Self.xml(u))\"><data key=\"role\">member_of</data></edge>\n")
            }
        }
        write("  </graph>\n</graphml>\n")
    }

    private func node(_ id: String, _ data: [(String, String)]) -> String {
        var s = "    <node id=\"\(Self.xml(id))\">"
        for (k, v) in data where !v.isEmpty { s += "<data key=\"\(k)\">\(Self.xml(v))</data>" }
        return s + "</node>\n"
    }

    /// Escapes text for XML content and attributes, dropping characters XML 1.0 forbids.
    static func xml(_ s: String) -> String {
        var out = ""
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if ch.value < 0x20, ch != "\t", ch != "\n", ch != "\r" { continue }
                out.unicodeScalars.append(ch)
            }
        }
        return out
    }

    // MARK: - FollowTheMoney

    /// FollowTheMoney entities: Person, Organization, PublicBody, Company, Address (places),
    /// Event, Project, Contract (agreements, with `authority` parties), Article (stored
    /// articles) and Documentation linking each record to the articles that report it.
    func exportFtM(_ write: (String) -> Void) async throws(StoreError) {
        for r in try await allRecords() {
            var props: [String: [String]] = [:]
            let schema: String
            switch r.kind {
            case .entity:
                schema = Self.ftmSchema(type: r.type, name: r.label)
                props[schema == "Address" ? "full" : "name"] = [r.label]
                if schema != "Address" { props["alias"] = r.aliases }
                if let c = r.country { props["country"] = [c.lowercased()] }
            case .agreement:
                schema = "Contract"
                props["title"] = [r.label.isEmpty ? "\(r.type) (untitled)" : r.label]
                props["type"] = [r.type]
                props["authority"] = r.participants.filter { $0.role == .party }.map { Self.ftmID($0.entityID) }
                if let d = r.date { props["contractDate"] = [d.description] }
                if let a = r.amount { props["amount"] = ["\(a.value)"]; props["currency"] = [a.currency] }
            case .event, .commitment:
                schema = "Event"
                props["name"] = [r.kind == .commitment ? "Commitment: \(r.label)" : r.label]
                props["summary"] = [r.type]
                props["involved"] = r.participants.filter { $0.role != .place }.map { Self.ftmID($0.entityID) }
                props["location"] = r.participants.filter { $0.role == .place }.compactMap(\.name)
                if let d = r.date { props["date"] = [d.description] }
            case .project:
                schema = "Project"
                props["name"] = [r.label]
                props["alias"] = r.aliases
                if let s = r.status { props["status"] = [s.rawValue] }
                if let d = r.date { props["startDate"] = [d.description] }
            }
            props = props.filter { !$0.value.isEmpty }
            write(try JSONCoding.encode(FtMEntity(id: Self.ftmID(r.id), schema: schema, properties: props)) + "\n")
            guard let detail = try await store.detail(of: r.id), r.kind != .entity else { continue }
            for (n, e) in detail.evidence.enumerated() {
                let doc = FtMEntity(
                    id: Self.ftmID("doc:\(r.id):\(n)"), schema: "Documentation",
                    properties: [
                        "document": [Self.ftmID("article:" + e.articleID)], "entity": [Self.ftmID(r.id)],
                        "role": ["evidence"], "summary": [e.sentence],
                    ])
                write(try JSONCoding.encode(doc) + "\n")
            }
        }
        var after = 0
        while true {
            let page = try await store.articles(after: after, limit: pageSize)
            guard let last = page.last else { break }
            for a in page {
                var props: [String: [String]] = ["title": [a.article.title ?? a.article.id], "bodyText": [a.article.text]]
                if let d = a.article.publishedAt { props["publishedAt"] = [d.description] }
                if let u = a.article.url { props["sourceUrl"] = [u] }
                if let o = a.article.outlet { props["publisher"] = [o] }
                write(try JSONCoding.encode(FtMEntity(id: Self.ftmID("article:" + a.article.id), schema: "Article", properties: props)) + "\n")
            }
            after = last.sequence
        }
    }

    /// The FtM schema of an entity type.
    static func ftmSchema(type: String, name: String) -> String {
        switch type {
        case "PERSON": return "Person"
        case "GPE", "LOC", "FAC": return "Address"
        case "EVENT": return "Event"
        case "ORG":
            let words = Set(NameFolding.words(name))
            if !words.isDisjoint(with: ["ministry", "government", "embassy", "authority", "commission", "council", "department",
                "office", "bank", "agency", "board", "parliament", "assembly", "division", "cabinet"]) {
                return "PublicBody"
            }
            if !words.isDisjoint(with: ["company", "corporation", "limited", "ltd", "group", "inc", "plc", "holding",
                "holdings", "technologies", "co"]) {
                return "Company"
            }
            return "Organization"
        default: return "LegalEntity"
        }
    }

    /// An FtM entity id: ids must be short ASCII, so ledger ids are slugged with a hash suffix.
    static func ftmID(_ id: String) -> String {
        "corridor-" + NameFolding.slug(id, maxLength: 80) + "-" + LedgerIDs.shortHash(id)
    }
}

/// One FollowTheMoney entity: id, schema and multi-valued string properties.
struct FtMEntity: Encodable {
    var id: String
    var schema: String
    var properties: [String: [String]]
}
