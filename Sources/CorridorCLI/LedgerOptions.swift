import ArgumentParser
import CorridorLedger
import CorridorLedgerSQLite
import CorridorNLP
import Foundation
import Logging

/// Options of every command that opens the ledger.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file (SQLite).", valueName: "FILE"))
    var db: String = "./corridor.sqlite"

    /// Opens the ledger; read-only commands refuse to create a missing file.
    func openStore(logger: Logger, create: Bool, language: LanguageData? = nil) throws -> SQLiteLedgerStore {
        do {
            return try SQLiteLedgerStore(
                path: db, createIfMissing: create, writer: LedgerWriter(configuration: Self.configuration(language)),
                logger: logger)
        } catch {
            throw CLIFailure.store(error)
        }
    }

    /// The resolver settings: the built-in lists plus the language data's titles.
    static func configuration(_ language: LanguageData?) -> ResolverConfiguration {
        var c = ResolverConfiguration()
        if let cues = language?.cues {
            c.personTitles.formUnion(cues.personTitles)
            c.titleModifiers.formUnion(cues.titleModifiers)
        }
        return c
    }
}

/// How query commands print.
enum QueryFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// A failure that ends a command with a message and an exit code.
///
/// Exit codes: 1 some inputs failed; 2 nothing matched; 3 the ledger failed (cannot open, locked,
/// damaged); 64 usage errors (ArgumentParser); 130 interrupted.
enum CLIFailure: Error, CustomStringConvertible {
    case store(StoreError)
    case notFound(String)

    var description: String {
        switch self {
        case .store(let e): "error: \(e.description)"
        case .notFound(let what): "error: nothing in the ledger matches \(what). Try `corridor search` or `corridor list`."
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .store: ExitCode(3)
        case .notFound: ExitCode(2)
        }
    }
}

/// Runs a command body, turning ledger errors into a message on standard error and an exit code.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let f as CLIFailure {
        FileHandle.standardError.write(Data((f.description + "\n").utf8))
        throw f.exitCode
    } catch let e as StoreError {
        let f = CLIFailure.store(e)
        FileHandle.standardError.write(Data((f.description + "\n").utf8))
        throw f.exitCode
    }
}
