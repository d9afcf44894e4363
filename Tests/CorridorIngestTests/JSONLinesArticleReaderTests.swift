import CorridorIngest
import CorridorModel
import Testing

struct JSONLinesArticleReaderTests {
    private let lines = [
        #"{"id": "a1", "url": "https://x.example/1", "title": "First", "text": "Body one.", "date": "2025-01-02", "#
            + #""outlet": "X"}"#,
        #"{"title": "Broken", "text": "no closing brace""#,
        "",
        #"{"body": "<p>Para one.</p><p>Para &amp; two.</p>", "published": "Fri, 03 Jan 2025 10:00:00 GMT", "#
            + #""source": {"name": "Y"}}"#,
        #"["not", "an", "object"]"#,
        #"{"title": "No text"}"#,
        #"{"content": "Body five.", "id": 42}"#,
    ].joined(separator: "\n")

    @Test func readsGoodLinesAndReportsBadOnesWithTheirLineNumbers() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("batch.jsonl", lines + "\n")
        let results = Array(JSONLinesArticleReader().articles(atPath: path))
        #expect(results.count == 6)  // the blank line is skipped
        let articles = results.compactMap { try? $0.get() }
        let errors = results.compactMap { result -> IngestError? in
            if case .failure(let error) = result { return error }
            return nil
        }
        #expect(articles.map(\.id) == ["a1", "batch-4", "42"])
        #expect(errors.map(\.origin) == ["\(path):2", "\(path):5", "\(path):6"])
        #expect(errors.map(\.reason) == [.malformed, .malformed, .empty])

        let first = articles[0]
        #expect(first.title == "First")
        #expect(first.url == "https://x.example/1")
        #expect(first.outlet == "X")
        #expect(first.publishedAt == PartialDate(year: 2025, month: 1, day: 2))
        #expect(first.text == "Body one.")

        let html = articles[1]
        #expect(html.text == "Para one.\n\nPara & two.")
        #expect(html.outlet == "Y")
        #expect(html.publishedAt == PartialDate(year: 2025, month: 1, day: 3))
    }

    @Test func streamsAFileWithManyLines() throws {
        let folder = try TemporaryFolder()
        let record = #"{"text": "Short body for a streaming test, repeated many times."}"#
        let path = try folder.write("many.ndjson", Array(repeating: record, count: 5_000).joined(separator: "\r\n"))
        var count = 0
        var lastID = ""
        for result in JSONLinesArticleReader().articles(atPath: path) {
            lastID = try result.get().id
            count += 1
        }
        #expect(count == 5_000)
        #expect(lastID == "many-5000")
    }

    @Test func oversizeLineIsSkippedAndReadingGoesOn() throws {
        let folder = try TemporaryFolder()
        let long = #"{"text": ""# + String(repeating: "x", count: 3_000) + #""}"#
        let path = try folder.write("big.jsonl", long + "\n" + #"{"text": "fine"}"# + "\n")
        let results = Array(JSONLinesArticleReader(decoding: TextDecoding(maxBytes: 1_000)).articles(atPath: path))
        #expect(results.count == 2)
        if case .failure(let error) = results[0] {
            #expect(error.reason == .tooLarge)
            #expect(error.origin == "\(path):1")
        } else {
            Issue.record("expected the long line to fail")
        }
        #expect((try? results[1].get().text) == "fine")
    }

    @Test func missingFileIsOneError() {
        let results = Array(JSONLinesArticleReader().articles(atPath: "/nonexistent/feed.jsonl"))
        #expect(results.count == 1)
        if case .failure(let error) = results.first { #expect(error.reason == .unreadable) }
    }
}
