import CorridorLedger
import CorridorLedgerSQLite
import CorridorTestSupport
import Foundation
import Logging
import Testing

/// `corridor ingest` killed with SIGKILL halfway through a large corpus and started again ends
/// with exactly the ledger of an uninterrupted run.
@Suite(.serialized) struct IngestResumeTests {
    /// The built `corridor` binary beside the test bundle, if any.
    static var binary: URL? {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first {
            var dir = URL(fileURLWithPath: first).deletingLastPathComponent()
            if dir.lastPathComponent == "MacOS" || dir.pathExtension == "xctest" { dir = dir.deletingLastPathComponent() }
            candidates.append(dir.appendingPathComponent("corridor"))
            candidates.append(dir.deletingLastPathComponent().appendingPathComponent("corridor"))
        }
        candidates.append(Fixtures.repositoryRoot.appendingPathComponent(".build/debug/corridor"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static var canRun: Bool { binary != nil && Fixtures.evalDirectory != nil }

    /// Copies every evaluation article `copies` times under new ids, each with a line of its own
    /// so that every copy is new content (and a near-duplicate of its siblings).
    static func makeCorpus(copies: Int) throws -> (URL, Int) {
        let source = try #require(Fixtures.evalDirectory).appendingPathComponent("corpus")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let files = try FileManager.default.contentsOfDirectory(atPath: source.path).filter { $0.hasSuffix(".txt") }.sorted()
        var n = 0
        for copy in 0..<copies {
            for f in files {
                let text = try String(contentsOf: source.appendingPathComponent(f), encoding: .utf8)
                let keyed = text + "\n\nReference copy \(copy) of \(f).\n"
                try keyed.write(
                    to: dir.appendingPathComponent(String(format: "copy%03d-", copy) + f), atomically: true, encoding: .utf8)
                n += 1
            }
        }
        return (dir, n)
    }

    static func run(_ args: [String], killAfterStored: Int? = nil) throws -> (status: Int32, stored: Int) {
        let p = Process()
        p.executableURL = try #require(binary)
        p.arguments = args
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        var stored = 0
        var buffer = Data()
        let handle = err.fileHandleForReading
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            buffer.append(chunk)
            while let nl = buffer.firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[..<nl], as: UTF8.self)
                buffer.removeSubrange(...nl)
                if line.contains(": stored in story:") { stored += 1 }
            }
            if let k = killAfterStored, stored >= k, p.isRunning {
                kill(p.processIdentifier, SIGKILL)
            }
        }
        p.waitUntilExit()
        return (p.terminationStatus, stored)
    }

    static func store(_ path: String) throws -> SQLiteLedgerStore {
        try SQLiteLedgerStore(path: path, createIfMissing: false, logger: Logger(label: "test"))
    }

    static func evalExport(_ path: String) async throws -> String {
        var out = ""
        try await LedgerExporter(store: try store(path)).export(.eval) { out += $0 }
        return out
    }

    @Test(.enabled(if: canRun), .timeLimit(.minutes(5)))
    func aKilledIngestResumesToTheSameLedger() async throws {
        // Given a corpus of re-keyed copies of the evaluation articles
        let (corpus, total) = try Self.makeCorpus(copies: 4)
        let work = corpus.deletingLastPathComponent().appendingPathComponent("dbs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let full = work.appendingPathComponent("full.sqlite").path
        let killed = work.appendingPathComponent("killed.sqlite").path
        let common = ["ingest", "--no-progress", "--log-level", "debug", corpus.path]

        // When one ledger is built in one run
        let whole = try Self.run(common + ["--db", full])
        #expect(whole.status == 0)
        #expect(whole.stored == total)
        // and another is killed with SIGKILL halfway and run again
        let first = try Self.run(common + ["--db", killed], killAfterStored: total / 2)
        #expect(first.status != 0)
        #expect(first.stored >= total / 2 && first.stored < total)
        let resumed = try Self.run(common + ["--db", killed])
        #expect(resumed.status == 0)

        // Then the counts, the exported ledger and the file's integrity agree
        let a = try await Self.store(full).counts()
        let b = try await Self.store(killed).counts()
        #expect(a == b)
        #expect(a.articles == total)
        #expect(try await Self.store(killed).integrityProblems().isEmpty)
        #expect(try await Self.evalExport(full) == Self.evalExport(killed))
        // and a third run adds nothing
        let again = try Self.run(common + ["--db", killed])
        #expect(again.stored == 0)
        #expect(try await Self.store(killed).counts() == a)
        try? FileManager.default.removeItem(at: corpus)
        try? FileManager.default.removeItem(at: work)
    }
}
