import CorridorIngest
import CorridorModel
import Foundation
import Testing

/// Runs the HTML extractor over a folder of pages and writes `{"doc", "text"}` JSON Lines (plus
/// title, date, outlet and url) for `score_html.py`. Skipped unless `CORRIDOR_BENCH_PAGES` (a folder of `*.html`) and
/// `CORRIDOR_BENCH_OUT` (the JSON Lines to write) are set; `scripts/bench-html.sh` sets both.
struct ExtractionBenchmarkTests {
    private static let pages = ProcessInfo.processInfo.environment["CORRIDOR_BENCH_PAGES"]
    private static let output = ProcessInfo.processInfo.environment["CORRIDOR_BENCH_OUT"]

    @Test(.enabled(if: pages != nil && output != nil, "set CORRIDOR_BENCH_PAGES and CORRIDOR_BENCH_OUT"))
    func extractBenchmarkPages() throws {
        let folder = try #require(Self.pages)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasSuffix(".html") }.sorted()
        var pages: [(id: String, bytes: [UInt8])] = []
        var totalBytes = 0
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name)))
            pages.append((String(name.dropLast(5)), bytes))
            totalBytes += bytes.count
        }
        let reader = HTMLArticleReader()
        var articles: [Article?] = []
        // Timed: parsing and extraction only, pages already in memory (as the trafilatura figure).
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            articles = pages.map { try? reader.article(from: $0.bytes, id: $0.id, origin: $0.id) }
        }
        var lines = ""
        for (page, article) in zip(pages, articles) {
            // score_html.py reads "doc" and "text"; the metadata is there for eyeballing.
            let record = try JSONSerialization.data(
                withJSONObject: [
                    "doc": page.id, "text": article?.text ?? "", "title": article?.title ?? "",
                    "date": article?.publishedAt?.description ?? "", "outlet": article?.outlet ?? "",
                    "url": article?.url ?? "",
                ], options: [.sortedKeys])
            lines += String(decoding: record, as: UTF8.self) + "\n"
        }
        try lines.write(toFile: try #require(Self.output), atomically: true, encoding: .utf8)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "corridor HTMLArticleReader: \(pages.count) pages, "
                + String(format: "%.1f MB in %.2f s, %.2f MB/s", Double(totalBytes) / 1e6, seconds,
                    Double(totalBytes) / 1e6 / seconds))
        #expect(articles.filter { $0 == nil }.count < pages.count / 10)
    }
}
