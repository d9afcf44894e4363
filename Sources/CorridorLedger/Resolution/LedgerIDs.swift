public import CorridorModel

/// The stable ledger id scheme.
///
/// Ids are built from what is being identified, never from insertion order, so the same corpus
/// ingested again (in any order) gives the same ids where the first-seen form does not matter:
///
/// | record | id | example |
/// |---|---|---|
/// | gazetteer entity | `<type>:<entry id>` | `gpe:country-pk` |
/// | country | `gpe:<iso>` | `gpe:pk` |
/// | person | `person:<name>` | `person:shehbaz-sharif` |
/// | body | `org:<iso or xx>:<name>` | `org:pk:ministry-of-foreign-affairs` |
/// | place | `<gpe,loc,fac>:<iso or xx>:<name>` | `fac:pk:gwadar-port` |
/// | other | `<event,law,…>:<name>` | `law:china-pakistan-free-trade-agreement` |
/// | agreement | `agreement:<parties>:<kind>:<date>:<title or hash>` | `agreement:cn-pk:mou:2024-06-07:3fa2c1` |
/// | commitment | `commitment:<actor>:<date>:<hash>` | `commitment:cn:2025-02:91ab03` |
/// | event | `event:<kind>:<date>:<actors>` | `event:attack:2024-03-26:cn-pk` |
/// | project | `project:<name>` | `project:ml-1-railway` |
///
/// Limits: the name in an id is the first full form seen (an article naming only "Zardari" before
/// any names "Asif Ali Zardari" gives `person:zardari`); two different things with one name get
/// `-2`, `-3` … in the order they arrive; a record merged into another keeps answering to its old
/// id through a redirect.
public enum LedgerIDs {
    /// The preferred id of a new entity.
    public static func entity(_ p: EntityProfile, name: String, countryWords: [String: String]) -> String {
        let prefix = typePrefix(p.type)
        if let lex = p.lexiconID { return prefix + ":" + NameFolding.slug(lex) }
        let slug = NameFolding.slug(p.canonicalWords.joined(separator: " "))
        if p.type == .gpe, let code = countryWords[p.canonicalWords.joined(separator: " ")] {
            return "gpe:" + code.lowercased()
        }
        switch p.typeClass {
        case .person, .misc, .norp: return prefix + ":" + slug
        case .org, .place: return prefix + ":" + (p.country?.lowercased() ?? "xx") + ":" + slug
        }
    }

    /// The id prefix of a type.
    public static func typePrefix(_ t: EntityType) -> String {
        switch t {
        case .person: "person"
        case .org: "org"
        case .gpe: "gpe"
        case .loc: "loc"
        case .fac: "fac"
        case .event: "event"
        case .law: "law"
        case .norp: "norp"
        case .product: "product"
        case .workOfArt: "work"
        }
    }

    /// The short form of an entity id inside fact ids: its last component.
    public static func tail(_ entityID: String) -> String {
        entityID.split(separator: ":").last.map(String.init) ?? entityID
    }

    /// The preferred id of a new fact.
    public static func fact(_ f: LedgerFact, seed: String) -> String {
        let date = f.date?.description ?? "undated"
        let hash = shortHash(seed)
        switch f.kind {
        case .agreement:
            let parties = Set(f.entityIDs(.party).map(tail)).sorted().prefix(3).joined(separator: "-")
            let title = f.label.isEmpty ? hash : NameFolding.slug(f.label, maxLength: 40)
            return "agreement:\(parties.isEmpty ? "xx" : parties):\(NameFolding.slug(f.subtype)):\(date):\(title)"
        case .commitment:
            let actor = f.entityIDs(.actor).first.map(tail) ?? "xx"
            return "commitment:\(actor):\(date):\(hash)"
        case .event:
            let actors = Set(f.entityIDs(.actor).map(tail)).sorted().prefix(3).joined(separator: "-")
            return "event:\(NameFolding.slug(f.subtype)):\(date):\(actors.isEmpty ? hash : actors)"
        case .project:
            return "project:" + NameFolding.slug(f.label)
        case .entity:
            return "entity:" + hash
        }
    }

    /// Six hex digits of a 64-bit FNV-1a hash: short, stable across runs and platforms.
    public static func shortHash(_ s: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(6))
    }
}
