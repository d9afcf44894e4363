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

    /// Creates the stage.
    public init(cues: FactCues, tokenizer: Tokenizer) {
        self.cues = cues
        self.triggers = FactTriggers(cues, tokenizer: tokenizer)
    }

    public func process(_ doc: inout Document) {
        let context = FactContext(doc: doc, cues: cues, triggers: triggers)
        var agreements = AgreementExtractor(context: context)
        doc.agreements = agreements.run()
        var commitments = CommitmentExtractor(context: context)
        doc.commitments = commitments.run()
    }
}
