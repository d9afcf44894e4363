public import ArgumentParser
import CorridorLedger
public import CorridorModel
import Foundation

/// `corridor list`: records of one kind, filtered.
struct List: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List entities, agreements, commitments, events or projects, with filters.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var ledger: LedgerOptions

    @Argument(help: "What to list: entities, agreements, commitments, events, projects.")
    var kind: ListKind

    @Option(help: "Only records involving this entity (a name or a ledger id).")
    var actor: String?

    @Option(help: "Only records of this country (ISO code, e.g. PK), or facts with a party of it.")
    var country: String?

    @Option(name: .customLong("kind"), help: "Entity type (PERSON, ORG …) or fact kind (mou, visit, pledged …).")
    var subkind: String?

    @Option(help: "Only facts of this sector (energy, transport, ict …).")
    var sector: Sector?

    @Option(help: "Only facts whose current status is this (pledged, under_implementation, completed …).")
    var status: LifecycleStatus?

    @Option(help: ArgumentHelp("Only records dated on or after this date.", valueName: "YYYY[-MM[-DD]]"))
    var since: String?

    @Option(help: ArgumentHelp("Only records dated on or before this date.", valueName: "YYYY[-MM[-DD]]"))
    var until: String?

    @Option(help: "The most rows shown.")
    var limit = 200

    @Option(help: "Output format: table, json, csv.")
    var format: QueryFormat = .table

    func validate() throws {
        for (flag, value) in [("--since", since), ("--until", until)] {
            if let value, PartialDate(iso: value) == nil {
                throw ValidationError("Please give \(flag) as YYYY, YYYY-MM or YYYY-MM-DD (got \(value)).")
            }
        }
    }

    func run() async throws {
        let logger = global.makeLogger()
        try await reportingFailures {
            let store = try ledger.openStore(logger: logger, create: false)
            let filter = LedgerFilter(
                actor: actor, country: country, kind: subkind, sector: sector, status: status,
                since: since.flatMap { PartialDate(iso: $0) }, until: until.flatMap { PartialDate(iso: $0) }, limit: limit)
            let rows = try await store.list(kind.recordKind, filter: filter)
            var out = StandardOutput()
            LedgerOutput.records(rows, format: format, to: &out)
            out.flush()
        }
    }
}

/// The kinds `list` takes.
enum ListKind: String, ExpressibleByArgument, CaseIterable {
    case entities, agreements, commitments, events, projects

    var recordKind: RecordKind {
        switch self {
        case .entities: .entity
        case .agreements: .agreement
        case .commitments: .commitment
        case .events: .event
        case .projects: .project
        }
    }
}

extension Sector: ExpressibleByArgument {}
extension LifecycleStatus: ExpressibleByArgument {}
