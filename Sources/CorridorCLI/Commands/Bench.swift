import ArgumentParser
import CorridorIngest
import CorridorModel
import CorridorNLP
import Foundation
import Logging

/// `corridor bench`: extraction throughput on one core.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure extraction throughput (MB/s, articles/s) on one core.",
        discussion: """
            Reads every article under PATH into memory, then runs the whole extraction pipeline over \
            them repeatedly on one thread and reports the best and median pass. Reading files and \
            loading the lexicons are timed apart. Build with `swift build -c release` for real figures; \
            scripts/bench-vs-spacy.sh runs spaCy's pipeline on the same corpus and prints the ratio.
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var extraction: ExtractionOptions
    @OptionGroup var input: InputOptions

    @Argument(help: "Files or folders of articles.")
    var paths: [String]

    @Option(help: "Minimum number of timed passes over the corpus.")
    var passes = 5

    @Option(help: "Keep making passes until this many seconds have been spent.")
    var seconds = 3.0

    @Option(help: "Output format: table or json.")
    var format: OutputFormat = .table

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Please give a file or folder of articles to measure.") }
        if passes < 1 { throw ValidationError("Please ask for at least one pass.") }
        if format != .table && format != .json { throw ValidationError("Please choose table or json.") }
    }

    func run() throws {
        let logger = global.makeLogger()
        let clock = ContinuousClock()
        let loadStart = clock.now
        let extractor = try extraction.makeExtractor(logger: logger)
        let loadTime = clock.now - loadStart
        var articles: [Article] = []
        input.inputs(paths).forEach { item in
            if case .success(let a) = item { articles.append(a) }
        }
        guard !articles.isEmpty else { throw ValidationError("Please check the path: no readable articles in it.") }
        let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
        var times: [Duration] = []
        var entities = 0
        let started = clock.now
        let cpuStart = Self.cpuSeconds()
        while times.count < passes || clock.now - started < .milliseconds(Int(seconds * 1000)) {
            let t0 = clock.now
            entities = 0
            for a in articles { entities += try extractor.extract(a).entities.count }
            times.append(clock.now - t0)
        }
        let cpuPerPass = (Self.cpuSeconds() - cpuStart) / Double(times.count)
        let result = BenchResult(
            articles: articles.count, bytes: bytes, passes: times.count, entities: entities,
            loadSeconds: loadTime.seconds, best: times.min()?.seconds ?? 0, median: times.sorted()[times.count / 2].seconds,
            cpu: cpuPerPass, build: Self.buildConfiguration)
        var out = StandardOutput()
        switch format {
        case .json:
            let data = try JSONEncoder().encode(result)
            out.writeLine(String(decoding: data, as: UTF8.self))
        default:
            out.write(result.table)
        }
        out.flush()
        if Self.buildConfiguration == "debug" {
            logger.warning("this is a debug build; measure with `swift build -c release`")
        }
    }

    /// CPU time (user and system) this process has used: unlike wall time, not inflated by other
    /// processes competing for the cores.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static var buildConfiguration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }
}

/// What `corridor bench` measured.
struct BenchResult: Encodable {
    var articles: Int
    var bytes: Int
    var passes: Int
    var entities: Int
    var loadSeconds: Double
    var best: Double
    var median: Double
    /// CPU seconds per pass.
    var cpu: Double
    var build: String

    var bestMBps: Double { Double(bytes) / 1e6 / best }
    var medianMBps: Double { Double(bytes) / 1e6 / median }
    var cpuMBps: Double { Double(bytes) / 1e6 / cpu }

    enum CodingKeys: String, CodingKey {
        case articles, bytes, passes, entities, loadSeconds, best, median, cpu, build
        case bestMBps, medianMBps, cpuMBps, articlesPerSecond
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(articles, forKey: .articles)
        try c.encode(bytes, forKey: .bytes)
        try c.encode(passes, forKey: .passes)
        try c.encode(entities, forKey: .entities)
        try c.encode(loadSeconds, forKey: .loadSeconds)
        try c.encode(best, forKey: .best)
        try c.encode(median, forKey: .median)
        try c.encode(cpu, forKey: .cpu)
        try c.encode(cpuMBps, forKey: .cpuMBps)
        try c.encode(build, forKey: .build)
        try c.encode(bestMBps, forKey: .bestMBps)
        try c.encode(medianMBps, forKey: .medianMBps)
        try c.encode(Double(articles) / best, forKey: .articlesPerSecond)
    }

    var table: String {
        func f(_ x: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", x) }
        return """
            corpus        \(articles) articles, \(bytes) bytes
            build         \(build), 1 thread
            load          \(f(loadSeconds, 3)) s (lexicons and rules, once)
            passes        \(passes)
            throughput    \(f(bestMBps)) MB/s best, \(f(medianMBps)) MB/s median (wall clock)
            cpu time      \(f(cpuMBps)) MB/s (CPU seconds per pass, unaffected by other load)
            articles/s    \(f(Double(articles) / best, 0)) best, \(f(Double(articles) / median, 0)) median
            entities      \(entities) per pass

            """
    }
}

extension Duration {
    var seconds: Double {
        let (s, atto) = components
        return Double(s) + Double(atto) / 1e18
    }
}
