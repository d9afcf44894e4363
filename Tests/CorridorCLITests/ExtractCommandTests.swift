import CorridorTestSupport
import Foundation
import Testing

/// End-to-end tests of `corridor extract` run as a subprocess.
struct ExtractCommandTests {
    func corridor() throws -> URL {
        try #require(Fixtures.corridorBinary, "the corridor executable is built beside the tests")
    }

    @Test func extractsEntitiesFromAFileInEvalFormat() throws {
        // Given a small article with a corpus header
        let dir = try Fixtures.temporaryDirectory()
        let file = dir.appendingPathComponent("sample-article.txt")
        try """
            url: https://example.com/a
            date: 2025-02-06
            outlet: Example
            pair: PK-CN

            Pakistan and China signed an agreement in Islamabad on Thursday. Federal Minister Ahsan Iqbal \
            and Chinese Ambassador Jiang Zaidong attended the ceremony. Jiang said the projects would continue.
            """.write(to: file, atomically: true, encoding: .utf8)
        // When it is extracted in the evaluation format
        let (status, out, _) = try Fixtures.run(try corridor(), ["extract", "--format", "eval", file.path])
        // Then one line names the document and its entities, aliases resolved
        #expect(status == 0)
        let line = try JSONSerialization.jsonObject(with: out) as? [String: Any]
        #expect(line?["doc"] as? String == "sample-article")
        let entities = line?["entities"] as? [[String: Any]] ?? []
        let names = Set(entities.compactMap { $0["name"] as? String })
        #expect(names.isSuperset(of: ["Pakistan", "China", "Islamabad", "Ahsan Iqbal", "Jiang Zaidong"]))
        let jiang = entities.first { $0["name"] as? String == "Jiang Zaidong" }
        #expect(jiang?["type"] as? String == "PERSON")
        #expect(jiang?["country"] as? String == "CN")
        for key in ["agreements", "commitments", "events", "projects"] { #expect(line?[key] is [Any]) }
    }

    @Test func readsStandardInputWhenNoPathIsGiven() throws {
        let (status, out, _) = try Fixtures.run(
            try corridor(), ["extract", "--format", "json"], input: Data("Xi Jinping visited Pakistan.".utf8))
        #expect(status == 0)
        let obj = try JSONSerialization.jsonObject(with: out) as? [String: Any]
        let names = ((obj?["entities"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
        #expect(names.contains("Pakistan"))
    }

    @Test func badInputsAreReportedByNameAndTheRestIsProcessed() throws {
        // Given a folder with one good article and four bad inputs
        let dir = try Fixtures.temporaryDirectory()
        try "Pakistan and China signed an MoU.".write(
            to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data([0x41, 0x42, 0xFF, 0xFE, 0x43]).write(to: dir.appendingPathComponent("latin1.txt"))
        let big = Data(repeating: 0x61, count: 50 << 20)
        try big.write(to: dir.appendingPathComponent("huge.txt"))
        // When the folder is extracted
        let (status, out, err) = try Fixtures.run(try corridor(), ["extract", "--format", "eval", dir.path])
        let stderr = String(decoding: err, as: UTF8.self)
        // Then the good article comes out, each bad one is named with its reason, and the status says some failed
        #expect(status == 1)
        let lines = String(decoding: out, as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.contains("\"doc\":\"good\"") == true)
        #expect(stderr.contains("empty.txt: empty"))
        #expect(stderr.contains("binary.txt: binary data"))
        #expect(stderr.contains("latin1.txt: invalid UTF-8 at byte 2"))
        #expect(stderr.contains("huge.txt: too large"))
        #expect(stderr.contains("4 of 5 inputs failed"))
    }

    @Test func missingPathIsAnError() throws {
        let (status, _, err) = try Fixtures.run(try corridor(), ["extract", "/nonexistent/corridor-file.txt"])
        #expect(status == 1)
        #expect(String(decoding: err, as: UTF8.self).contains("/nonexistent/corridor-file.txt: no such file or folder"))
    }

    @Test func userLexiconAddsEntities() throws {
        // Given a user lexicon naming a body the bundled data does not know
        let dir = try Fixtures.temporaryDirectory()
        let lexicon = dir.appendingPathComponent("mine.jsonl")
        try #"{"id":"user.org.zeta","label":"ORG","name":"Zeta Collective","aliases":["ZetaCo"],"country":"KE"}"#
            .write(to: lexicon, atomically: true, encoding: .utf8)
        // When an article mentions it by its alias
        let (status, out, _) = try Fixtures.run(
            try corridor(), ["extract", "--format", "json", "--lexicon", lexicon.path],
            input: Data("officials from zeta said ZetaCo would invest.".utf8))
        // Then it is found under its lexicon name, with the rule that fired
        #expect(status == 0)
        let obj = try JSONSerialization.jsonObject(with: out) as? [String: Any]
        let entity = ((obj?["entities"] as? [[String: Any]]) ?? []).first { $0["name"] as? String == "Zeta Collective" }
        #expect(entity?["country"] as? String == "KE")
        #expect((entity?["rules"] as? [String])?.contains("gaz:user.org.zeta") == true)
    }

    @Test func invalidUserLexiconNamesFileAndLine() throws {
        let dir = try Fixtures.temporaryDirectory()
        let lexicon = dir.appendingPathComponent("broken.jsonl")
        try "{\"id\":\"a\",\"label\":\"ORG\",\"name\":\"A\"}\n{\"id\":\"b\",\"label\":\"ORGANISATION\",\"name\":\"B\"}\n"
            .write(to: lexicon, atomically: true, encoding: .utf8)
        let (status, _, err) = try Fixtures.run(
            try corridor(), ["extract", "--lexicon", lexicon.path], input: Data("x".utf8))
        #expect(status != 0)
        let message = String(decoding: err, as: UTF8.self)
        #expect(message.contains("broken.jsonl:2"))
    }
}
