public import CorridorModel

/// The standard pipeline behind one call: an ``Article`` in, an ``ArticleExtraction`` out.
///
/// Build it once (it compiles the gazetteer) and reuse it for every article; it is an immutable
/// value and safe to share across tasks.
///
/// ```swift
/// let extractor = try Extractor(data: LanguageResources.load())
/// let result = try extractor.extract(article)
/// result.entities.map(\.name)
/// ```
public struct Extractor: Sendable {
    /// The stages, in order.
    public let pipeline: Pipeline

    /// Builds the standard pipeline: tokenizer, sentences, furniture, entities, resolution.
    ///
    /// - Throws: ``NLPError`` if the stage order is invalid.
    public init(data: LanguageData) throws {
        let tokenizer = Tokenizer(exceptions: data.tokenizer)
        let gazetteer = Gazetteer(entries: data.lexicon, tokenizer: tokenizer)
        let cues = CueIndex(data.cues, names: data.names)
        pipeline = try Pipeline(stages: [
            tokenizer,
            SentenceSplitter(exceptions: data.tokenizer),
            FurnitureDetector(rules: data.furniture),
            EntityRecognizer(gazetteer: gazetteer, cueIndex: cues),
            EntityResolver(gazetteer: gazetteer, cueIndex: cues),
            FactExtractor(data: data, tokenizer: tokenizer),
        ])
    }

    /// Runs the pipeline over an article's text.
    public func analyze(_ article: Article) throws -> Document {
        var doc = Document(id: article.id, text: article.text, publishedAt: article.publishedAt)
        doc.pair = (article.pair ?? "").split(separator: "-").map(String.init).filter { $0.count == 2 }
        try pipeline.process(&doc)
        return doc
    }

    /// Extracts everything Corridor knows how to find in an article.
    public func extract(_ article: Article) throws -> ArticleExtraction {
        let doc = try analyze(article)
        let sentences = doc.sentences.enumerated().map { n, s in
            SentenceRecord(
                index: n, range: doc.textRange(bytes: s.start, s.end), text: doc.text(of: s), isHeading: s.isHeading,
                isFurniture: s.isFurniture)
        }
        return ArticleExtraction(
            article: article, sentences: sentences, entities: doc.entities, agreements: doc.agreements,
            commitments: doc.commitments, events: doc.events, projects: doc.projects)
    }
}
