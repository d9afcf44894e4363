public import Foundation

/// One line of the evaluation prediction format (`../shared/eval/README.md`): what Corridor found in
/// one article, with ids that point from facts to entities.
///
/// ```swift
/// let line = try JSONEncoder().encode(EvalRecord(extraction))
/// ```
public struct EvalRecord: Codable, Sendable, Hashable {
    /// An entity in the evaluation format.
    public struct EntityRecord: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var type: String
        public var aliases: [String]
        public var country: String?
        public var ledger_id: String?
    }

    /// A project in the evaluation format.
    public struct ProjectRecord: Codable, Sendable, Hashable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var ledger_id: String?
    }

    /// An amount in the evaluation format.
    public struct AmountRecord: Codable, Sendable, Hashable {
        public var value: Decimal
        public var currency: String
    }

    /// An agreement in the evaluation format.
    public struct AgreementRecord: Codable, Sendable, Hashable {
        public var id: String
        public var kind: String
        public var title: String?
        public var parties: [String]
        public var period: [String?]?
        public var date: String?
        public var evidence: [String]
        public var ledger_id: String?
    }

    /// A commitment in the evaluation format.
    public struct CommitmentRecord: Codable, Sendable, Hashable {
        public var id: String
        public var actor: String?
        public var quantity: Decimal?
        public var amount: AmountRecord?
        public var period: [String?]?
        public var evidence: [String]
        public var ledger_id: String?
    }

    /// An event in the evaluation format.
    public struct EventRecord: Codable, Sendable, Hashable {
        public var id: String
        public var kind: String
        public var actors: [String]
        public var date: String?
        public var evidence: [String]
        public var ledger_id: String?
    }

    public var doc: String
    public var entities: [EntityRecord]
    public var projects: [ProjectRecord]
    public var agreements: [AgreementRecord]
    public var commitments: [CommitmentRecord]
    public var events: [EventRecord]

    /// Maps an extraction to the evaluation format; `ledgerIDs` maps in-article ids to ledger ids.
    public init(_ x: ArticleExtraction, ledgerIDs: [String: String] = [:]) {
        doc = x.article.id
        entities = x.entities.map {
            EntityRecord(
                id: $0.id, name: $0.name, type: $0.type.rawValue, aliases: $0.aliases, country: $0.country,
                ledger_id: ledgerIDs[$0.id])
        }
        projects = x.projects.map {
            ProjectRecord(id: $0.id, name: $0.name, aliases: $0.aliases, ledger_id: ledgerIDs[$0.id])
        }
        agreements = x.agreements.map {
            AgreementRecord(
                id: $0.id, kind: $0.kind.rawValue, title: $0.title, parties: $0.parties,
                period: Self.period($0.period), date: $0.date?.description, evidence: $0.evidence.map(\.sentence),
                ledger_id: ledgerIDs[$0.id])
        }
        commitments = x.commitments.map {
            CommitmentRecord(
                id: $0.id, actor: $0.actor, quantity: $0.quantity?.value,
                amount: $0.amount.map { AmountRecord(value: $0.value, currency: $0.currency) },
                period: Self.period($0.period), evidence: $0.evidence.map(\.sentence), ledger_id: ledgerIDs[$0.id])
        }
        events = x.events.map {
            EventRecord(
                id: $0.id, kind: $0.kind.rawValue, actors: $0.actors, date: $0.date?.description,
                evidence: $0.evidence.map(\.sentence), ledger_id: ledgerIDs[$0.id])
        }
    }

    static func period(_ p: Period?) -> [String?]? {
        guard let p, p.start != nil || p.end != nil else { return nil }
        return [p.start?.description, p.end?.description]
    }
}
