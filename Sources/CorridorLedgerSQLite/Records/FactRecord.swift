import CorridorLedger
import CorridorModel
import Foundation
import GRDB

/// A row of `fact`: a ledger agreement, commitment, event or project.
///
/// The columns queried (kind, sub-kind, dates as day numbers, status, amount in minor units) are
/// columns; the whole record is also kept as JSON in `body` so it reads back exactly.
struct FactRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "fact"
    enum Columns {
        static let id = Column(CodingKeys.id)
        static let kind = Column(CodingKeys.kind)
        static let subtype = Column(CodingKeys.subtype)
        static let status = Column(CodingKeys.status)
        static let umbrellaID = Column(CodingKeys.umbrellaID)
        static let dateStart = Column(CodingKeys.dateStart)
    }

    var id: String
    var kind: String
    var label: String
    var subtype: String
    var date: String?
    var dateStart: Int?
    var dateEnd: Int?
    /// The exact decimal value, as text.
    var amountValue: String?
    /// The value in minor units (cents), when it fits.
    var amountMinor: Int64?
    var amountCurrency: String?
    var count: Int?
    var umbrellaID: String?
    var status: String?
    var statusDate: String?
    var sectors: [String]
    var body: String

    init(_ f: LedgerFact) throws(StoreError) {
        id = f.id
        kind = f.kind.rawValue
        label = f.label
        subtype = f.subtype
        date = f.date?.description
        dateStart = f.date?.dayRange.lowerBound
        dateEnd = f.date?.dayRange.upperBound
        amountValue = f.amount.map { "\($0.value)" }
        amountMinor = f.amount.flatMap { Self.minorUnits($0.value) }
        amountCurrency = f.amount?.currency
        count = f.count
        umbrellaID = f.umbrellaID
        status = f.status?.rawValue
        statusDate = f.statusDate?.description
        sectors = f.sectors.map(\.rawValue)
        var stripped = f
        stripped.participants = []
        body = try JSONCoding.encode(stripped)
    }

    func model(participants: [Participant]) throws(StoreError) -> LedgerFact {
        var f = try JSONCoding.decode(LedgerFact.self, from: body)
        f.umbrellaID = umbrellaID
        f.participants = participants.sorted()
        return f
    }

    static func minorUnits(_ v: Decimal) -> Int64? {
        var cents = v * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &cents, 0, .plain)
        guard rounded < Decimal(Int64.max), rounded > Decimal(Int64.min) else { return nil }
        return Int64(exactly: NSDecimalNumber(decimal: rounded).int64Value)
    }
}

/// A row of `factParticipant`.
struct FactParticipantRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "factParticipant"
    enum Columns {
        static let factID = Column(CodingKeys.factID)
        static let entityID = Column(CodingKeys.entityID)
    }

    var factID: String
    var role: String
    var entityID: String
}

/// A row of `factKey`: one retrieval key of a ledger fact.
struct FactKeyRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "factKey"
    var kind: String
    var key: String
    var factID: String
}
