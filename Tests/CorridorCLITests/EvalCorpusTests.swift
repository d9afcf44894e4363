import CorridorTestSupport
import Foundation
import Testing

/// Extracts the whole `../shared/eval` corpus with the built `corridor`, scores it with the
/// project's yardstick (`score.py`) and fails when a score drops below its bar.
struct EvalCorpusTests {
    /// The bars: typed entity F1 and precision (foundation issue); facts, their fields and
    /// evidence integrity (facts issue).
    static let bars: [(String, String, Double)] = [
        ("entities_typed", "f1", 0.85),
        ("entities_typed", "p", 0.85),
        ("agreements", "f1", 0.75),
        ("commitments", "f1", 0.65),
        ("events", "f1", 0.65),
        ("projects", "f1", 0.70),
        ("agreement_parties", "", 0.70),
        ("commitment_quantity", "", 0.80),
        ("commitment_amount", "", 0.80),
        ("commitment_period", "", 0.80),
        ("evidence_integrity", "", 1.0),
    ]

    @Test(.enabled(if: Fixtures.evalDirectory != nil, "../shared/eval is beside the clone"))
    func scoresOnTheEvaluationCorpusStayAboveTheBars() throws {
        // Given the corpus, the gold answers and the scorer
        let eval = try #require(Fixtures.evalDirectory)
        let corridor = try #require(Fixtures.corridorBinary)
        let dir = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // When the corpus is extracted in the prediction format
        let (status, out, err) = try Fixtures.run(
            corridor, ["extract", "--format", "eval", eval.appendingPathComponent("corpus").path])
        #expect(status == 0, "\(String(decoding: err, as: UTF8.self))")
        let pred = dir.appendingPathComponent("pred.jsonl")
        try out.write(to: pred)
        // And scored
        let python = URL(fileURLWithPath: "/usr/bin/env")
        let (scoreStatus, scoreOut, scoreErr) = try Fixtures.run(
            python,
            [
                "python3", eval.appendingPathComponent("score.py").path, "--corpus",
                eval.appendingPathComponent("corpus").path, "--gold", eval.appendingPathComponent("gold").path,
                "--pred", pred.path, "--json",
            ])
        #expect(scoreStatus == 0, "\(String(decoding: scoreErr, as: UTF8.self))")
        let scores = try #require(try JSONSerialization.jsonObject(with: scoreOut) as? [String: Any])
        // Then every score is at or above its bar, and every document has a prediction
        for (line, field, bar) in Self.bars {
            let value = (scores[line] as? [String: Any])?[field] as? Double ?? (scores[line] as? Double) ?? -1
            #expect(value >= bar, "\(line).\(field) = \(value), bar \(bar)")
        }
        #expect((scores["docs_missing"] as? [Any])?.isEmpty == true)
    }
}
