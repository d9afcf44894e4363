public import CorridorLedger
public import CorridorModel
public import Logging

/// What an ingest run did.
public struct IngestSummary: Sendable, Hashable {
    /// One input that could not be stored, and why.
    public struct Failure: Sendable, Hashable {
        /// The file, record or article id.
        public var origin: String
        /// The stable error code (`ING004`, `STO003`, `EXTRACT`).
        public var code: String
        /// What went wrong and what to do.
        public var reason: String
    }

    /// Articles stored as new.
    public var stored = 0
    /// Articles whose content was already stored.
    public var duplicates = 0
    /// Inputs that failed.
    public var failures: [Failure] = []
    /// Whether the run stopped early (interrupted); what was stored stays stored.
    public var interrupted = false

    /// Creates an empty summary.
    public init() {}
}

/// Streams articles into a ledger: hash, skip known content, extract, resolve and store, one
/// article per transaction.
///
/// Only one article is in memory at a time. Because each article is atomic and known content
/// is skipped before extraction, a run that is interrupted (Ctrl-C, `kill -9`) and started
/// again picks up where it stopped and ends with the same ledger as an uninterrupted run.
///
/// ```swift
/// let pipeline = IngestPipeline(store: store, logger: logger) { try extractor.extract($0) }
/// let summary = try await pipeline.run(ArticleSourceReader().readAll(paths: ["corpus/"]), expectedTotal: 29)
/// print(summary.stored, summary.duplicates, summary.failures.count)
/// ```
public struct IngestPipeline: Sendable {
    /// The ledger.
    public var store: any LedgerStore
    /// The extraction step.
    public var extract: @Sendable (Article) throws -> ArticleExtraction
    /// Where to log.
    public var logger: Logger
    /// Whether to draw a progress bar (only ever on a terminal).
    public var showsProgress: Bool

    /// Creates a pipeline.
    public init(
        store: any LedgerStore, logger: Logger, showsProgress: Bool = true,
        extract: @escaping @Sendable (Article) throws -> ArticleExtraction
    ) {
        self.store = store
        self.logger = logger
        self.showsProgress = showsProgress
        self.extract = extract
    }

    /// Ingests every input of the sequence.
    ///
    /// - Parameters:
    ///   - inputs: Articles or read errors, consumed lazily.
    ///   - expectedTotal: The number of inputs, for the progress bar's ETA.
    /// - Returns: The counts and the failures with reasons.
    /// - Throws: ``StoreError`` when the ledger itself fails (cannot write, locked, damaged);
    ///   articles stored before stay stored.
    public func run<S: Sequence>(_ inputs: S, expectedTotal: Int? = nil) async throws(StoreError) -> IngestSummary
    where S.Element == Result<Article, IngestError> {
        var summary = IngestSummary()
        var progress = ProgressReporter(total: expectedTotal, enabled: showsProgress)
        defer { progress.finish() }
        for input in inputs {
            if Task.isCancelled {
                summary.interrupted = true
                break
            }
            switch input {
            case .failure(let e):
                summary.failures.append(.init(origin: e.origin, code: e.code, reason: e.detail))
                logger.warning("\(e.description)")
                progress.advance(label: e.origin)
            case .success(let article):
                try await ingest(article, into: &summary)
                progress.advance(label: article.id)
            }
        }
        return summary
    }

    private func ingest(_ article: Article, into summary: inout IngestSummary) async throws(StoreError) {
        let hash = ContentHash.of(article.text)
        if try await store.containsArticle(contentHash: hash) {
            summary.duplicates += 1
            logger.debug("\(article.id): already stored")
            return
        }
        let extraction: ArticleExtraction
        do {
            extraction = try extract(article)
        } catch {
            summary.failures.append(.init(origin: article.id, code: "EXTRACT", reason: "extraction failed: \(error)"))
            logger.warning("\(article.id): extraction failed: \(error)")
            return
        }
        do {
            switch try await store.ingest(extraction, contentHash: hash) {
            case .stored(let id, let story):
                summary.stored += 1
                logger.debug("\(id): stored in \(story)")
            case .duplicate:
                summary.duplicates += 1
            }
        } catch {
            // An article that breaks an invariant is skipped; a ledger that cannot be written stops the run.
            guard error.code == StoreError.constraint("").code || error.code == StoreError.encoding("").code else {
                throw error
            }
            summary.failures.append(.init(origin: article.id, code: error.code, reason: error.message))
            logger.warning("\(article.id): \(error.description)")
        }
    }
}
