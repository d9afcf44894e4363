public import CorridorNLP
import CorridorResources

/// The bundled language data and the standard extractor, loaded once for all tests.
public enum TestData {
    /// The bundled resources.
    public static let language: LanguageData = {
        do {
            return try LanguageResources.load()
        } catch {
            preconditionFailure("bundled resources do not load: \(error)")
        }
    }()

    /// The standard extractor over the bundled resources.
    public static let extractor: Extractor = {
        do {
            return try Extractor(data: language)
        } catch {
            preconditionFailure("standard pipeline does not build: \(error)")
        }
    }()

    /// Tokenizes text with the bundled exceptions and returns each token's text.
    public static func tokenTexts(_ text: String) -> [String] {
        let tokenizer = Tokenizer(exceptions: language.tokenizer)
        var doc = Document(id: "t", text: text)
        tokenizer.process(&doc)
        return doc.tokens.map { doc.text(of: $0) }
    }

    /// Runs tokenizer, sentence splitter and furniture detection.
    public static func segment(_ text: String) -> Document {
        var doc = Document(id: "t", text: text)
        Tokenizer(exceptions: language.tokenizer).process(&doc)
        SentenceSplitter(exceptions: language.tokenizer).process(&doc)
        FurnitureDetector(rules: language.furniture).process(&doc)
        return doc
    }
}
