import CorridorNLP
import CorridorResources
import CorridorTestSupport
import Foundation
import Testing

/// Lexicon files load the same through the fast line reader and through `JSONDecoder`, and bad
/// lines are reported with file and line.
struct LexiconLoadingTests {
    func write(_ text: String) throws -> URL {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent("lexicon.jsonl")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test(arguments: [
        #"{"id":"a","label":"ORG","name":"Acme","aliases":["AC","Acme \"Co\""],"country":"KE","lat":-1.5,"lon":36.8}"#,
        #"{"id":"b","label":"GPE","name":"Türkiye","aliases":["Turkey","T\u00fcrkiye"],"population":85000000,"kind":"country"}"#,
        #"{"id":"c","label":"PERSON","name":"Xi Jinping","case":"exact","ambiguous":false,"role":null}"#,
        #"  {"id":"d","label":"LOC","name":"Gulf","note":"extra fields are ignored","capital":true}  "#,
        #"{"id":"e","label":"ORG","name":"Emoji \ud83d\ude00 Corp"}"#,
    ])
    func fastReaderAgreesWithJSONDecoder(line: String) throws {
        let url = try write(line + "\n")
        let fast = try #require(try LanguageResources.readLexicon(at: url).first?.1)
        let decoded = try JSONDecoder().decode(LexiconEntry.self, from: Data(line.utf8))
        #expect(fast == decoded)
    }

    @Test func badLineIsReportedWithFileAndLine() throws {
        let url = try write(#"{"id":"a","label":"ORG","name":"A"}"# + "\n\n" + #"{"id":"b","label":"ORG","name":}"# + "\n")
        #expect {
            _ = try LanguageResources.readLexicon(at: url)
        } throws: { error in
            "\(error)".contains("lexicon.jsonl:3")
        }
    }

    @Test func unknownLabelIsReported() throws {
        let url = try write(#"{"id":"a","label":"COMPANY","name":"A"}"# + "\n")
        #expect(throws: NLPError.self) { try LanguageResources.readLexicon(at: url) }
    }

    @Test func bundledGazetteersLoadWithUniqueIDs() {
        let ids = TestData.language.lexicon.map(\.id)
        #expect(ids.count > 30_000)
        #expect(Set(ids).count == ids.count)
    }
}
