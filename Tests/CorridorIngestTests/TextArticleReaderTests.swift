import CorridorIngest
import CorridorModel
import Testing

struct TextArticleReaderTests {
    @Test func splitsHeaderFromBody() throws {
        let text = "url: https://example.com/a\ndate: 2025-02-06\noutlet: Dawn\npair: PK-CN\n\nBody line.\nMore."
        let a = try TextArticleReader().article(from: text, id: "a", origin: "a.txt")
        #expect(a.url == "https://example.com/a")
        #expect(a.publishedAt == PartialDate(year: 2025, month: 2, day: 6))
        #expect(a.outlet == "Dawn")
        #expect(a.pair == "PK-CN")
        #expect(a.text == "Body line.\nMore.")
    }

    @Test func unknownDateAndSeedURLStayUnset() throws {
        let a = try TextArticleReader().article(
            from: "url: seed\ndate: unknown\n\nText.", id: "s", origin: "s.txt")
        #expect(a.url == nil)
        #expect(a.publishedAt == nil)
        #expect(a.text == "Text.")
    }

    @Test func fileWithoutHeaderIsAllBody() throws {
        let a = try TextArticleReader().article(from: "Pakistan and China\n\nsigned.", id: "x", origin: "x")
        #expect(a.text == "Pakistan and China\n\nsigned.")
    }

    @Test func headerWithoutBodyIsAnError() {
        #expect(throws: IngestError.self) {
            try TextArticleReader().article(from: "url: x\ndate: 2020-01-01\n\n  \n", id: "x", origin: "x")
        }
    }
}

struct TextDecodingTests {
    @Test(arguments: [
        ([UInt8](), IngestError.Reason.empty),
        ([0x20, 0x0A], .empty),
        ([0x41, 0x00, 0x42], .binary),
        ([0x41, 0xFF, 0x42], .invalidUTF8),
        ([0xC3], .invalidUTF8),
        ([0x01, 0x02, 0x03, 0x04, 0x41], .binary),
    ])
    func rejectsBadBytes(bytes: [UInt8], reason: IngestError.Reason) {
        #expect {
            _ = try TextDecoding().decode(bytes, origin: "f.txt")
        } throws: { error in
            (error as? IngestError)?.reason == reason && (error as? IngestError)?.origin == "f.txt"
        }
    }

    @Test func invalidUTF8NamesTheOffset() {
        #expect {
            _ = try TextDecoding().decode(Array("abc".utf8) + [0xE2, 0x28], origin: "f")
        } throws: { error in
            (error as? IngestError)?.detail.contains("byte 3") == true
        }
    }

    @Test func refusesOversizeInput() {
        #expect {
            _ = try TextDecoding(maxBytes: 10).decode(Array("12345678901".utf8), origin: "big")
        } throws: { error in
            (error as? IngestError)?.reason == .tooLarge
        }
    }

    @Test func stripsByteOrderMarkAndKeepsUnicode() throws {
        let s = try TextDecoding().decode([0xEF, 0xBB, 0xBF] + Array("Türkiye’s".utf8), origin: "f")
        #expect(s == "Türkiye’s")
    }
}
