/// Which pipeline stage and which rule or lexicon entry produced an annotation.
///
/// Rule ids are stable across releases (`"entity.title-person"`, `"gaz:country.pk"`), so a user can
/// look a rule up in the resources and see why something was extracted.
public struct Provenance: Hashable, Sendable, Codable {
    /// The name of the pipeline stage, e.g. `"entities"`.
    public var stage: String
    /// The stable id of the rule or lexicon entry.
    public var rule: String

    /// Creates a provenance record.
    public init(stage: String, rule: String) {
        self.stage = stage
        self.rule = rule
    }
}
