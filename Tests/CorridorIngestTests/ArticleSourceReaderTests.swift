import CorridorIngest
import CorridorModel
import Foundation
import Testing

struct ArticleSourceReaderTests {
    @Test(arguments: [
        ("<!DOCTYPE html><html><body>x</body></html>", ArticleFormat.html),
        ("\u{FEFF}  <html lang=en>", .html),
        ("<?xml version=\"1.0\"?><rss version=\"2.0\">", .feed),
        ("<feed xmlns=\"http://www.w3.org/2005/Atom\">", .feed),
        ("{\"text\": \"a\"}\n{\"text\": \"b\"}", .jsonLines),
        ("url: https://x\n\nBody", .text),
        ("Plain words about <b>markup</b> later.", .text),
    ])
    func sniffsFormats(head: String, format: ArticleFormat) {
        #expect(ArticleFormat.sniff(Array(head.utf8)) == format)
    }

    @Test func readsAMixedFolderInStableOrder() throws {
        // Given a folder with every format, one of them gzip-compressed, and a broken file
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "url: https://t.example\ndate: 2025-02-06\n\nText body.")
        try folder.write(
            "b.html", "<html><head><title>B</title></head><body><p>Page body of file b, long enough.</p></body></html>")
        try folder.write("c.jsonl", #"{"text": "line one"}"# + "\n" + #"{"text": "line two"}"# + "\n")
        try folder.write(
            "d.rss", "<rss><channel><title>D</title><item><description>Feed body.</description></item></channel></rss>")
        try folder.write("e.html.gz", try gzip(Array("<html><body><p>Compressed page.</p></body></html>".utf8)))
        try folder.write("f.txt", [0x00, 0x01, 0x02])
        try folder.write("g.txt", [UInt8]())
        try folder.write("notes.pdf", "ignored: unknown extension")

        // When every article is read
        let results = Array(ArticleSourceReader().readAll(paths: [folder.url.path, "/nonexistent/x.html"]))

        // Then each input gives its articles or a named error, in order
        let summary = results.map { result -> String in
            switch result {
            case .success(let article): return "\(article.id): \(article.text)"
            case .failure(let error): return "\((error.origin as NSString).lastPathComponent) \(error.code)"
            }
        }
        #expect(
            summary == [
                "a: Text body.", "b: Page body of file b, long enough.", "c-1: line one", "c-2: line two",
                "d-1: Feed body.", "e: Compressed page.", "f.txt ING004", "g.txt ING003", "x.html ING001",
            ])
    }

    @Test func sniffsFilesWithoutAKnownExtension() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("page.download", "<!doctype html><p>Sniffed as HTML, not as text.</p>")
        let article = try #require(try? Array(ArticleSourceReader().articles(inFile: path)).first?.get())
        #expect(article.text == "Sniffed as HTML, not as text.")
        #expect(article.id == "page")
    }

    @Test func readsBytesWithAFormatHint() throws {
        let reader = ArticleSourceReader(format: .text)
        let results = reader.articles(from: Array("<p>kept as text</p>".utf8), name: "stdin", origin: "-")
        #expect((try? results.first?.get().text) == "<p>kept as text</p>")
    }

    @Test func oversizeInputIsNamed() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("big.html", String(repeating: "<p>word</p>", count: 200))
        let results = Array(ArticleSourceReader(maxBytes: 100).readAll(paths: [path]))
        if case .failure(let error) = results.first {
            #expect(error.reason == .tooLarge)
            #expect(error.origin == path)
        } else {
            Issue.record("expected a size error")
        }
    }

    @Test func corruptGzipIsAnError() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bad.html.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02, 0x03])
        let results = Array(ArticleSourceReader().readAll(paths: [path]))
        if case .failure(let error) = results.first {
            #expect(error.reason == .malformed)
        } else {
            Issue.record("expected a gzip error")
        }
    }

    /// Compresses with the system `gzip` (only tests need a compressor).
    private func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(bytes))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
