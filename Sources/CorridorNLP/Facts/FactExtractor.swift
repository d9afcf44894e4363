/// The stage that finds facts — agreements, commitments, events — over resolved entities.
///
/// Each extractor reads sentences that are not page furniture and cites them as evidence with the
/// id of the rule that fired; see ``AgreementExtractor``, ``CommitmentExtractor`` and
/// ``EventExtractor``.
public struct FactExtractor: PipelineStage {
    public let name = "facts"
    public let requires: Set<Layer> = [.entities]
    public let produces: Set<Layer> = [.facts]

    let cues: FactCues
    let triggers: FactTriggers
    let titles: Set<String>
    let normalizer: Normalizer

    /// Creates the stage from the language data.
    public init(data: LanguageData, tokenizer: Tokenizer) {
        self.init(cues: data.facts, entityCues: data.cues, tokenizer: tokenizer, normalizer: Normalizer(data: data))
    }

    /// Creates the stage.
    public init(cues: FactCues, entityCues: EntityCues, tokenizer: Tokenizer, normalizer: Normalizer) {
        self.cues = cues
        self.normalizer = normalizer
        self.triggers = FactTriggers(cues, tokenizer: tokenizer)
        self.titles = Set(entityCues.personTitles.map { TextFolding.key($0).replacingOccurrences(of: ".", with: "") })
    }

    public func process(_ doc: inout Document) {
        let context = FactContext(doc: doc, cues: cues, triggers: triggers, titles: titles, normalizer: normalizer)
        var agreements = AgreementExtractor(context: context)
        doc.agreements = agreements.run()
        var commitments = CommitmentExtractor(context: context)
        doc.commitments = commitments.run()
        var events = EventExtractor(context: context)
        doc.events = events.run()
        var projects = ProjectExtractor(context: context, sector: { context.headSector(in: $0) })
        doc.projects = projects.run()
    }
}
