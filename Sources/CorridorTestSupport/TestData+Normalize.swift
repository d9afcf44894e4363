public import CorridorModel
public import CorridorNLP

extension TestData {
    /// The four normalisers over the bundled resources.
    public static let normalizer = Normalizer(data: language)

    /// Tokenizes text with the bundled exceptions (no sentence splitting).
    public static func tokenized(_ text: String, publishedAt: PartialDate? = nil) -> Document {
        var doc = Document(id: "t", text: text, publishedAt: publishedAt)
        Tokenizer(exceptions: language.tokenizer).process(&doc)
        return doc
    }

    /// Runs all four normalisers over the whole of a text.
    public static func normalize(
        _ text: String, reference: PartialDate? = nil, countries: [String] = []
    ) -> (Document, Normalization) {
        let doc = tokenized(text, publishedAt: reference)
        let context = NormalizationContext(referenceDate: reference, countries: countries)
        return (doc, normalizer.normalize(doc, context: context))
    }
}
