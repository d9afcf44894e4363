/// An ordered list of stages that turns text into an annotated ``Document``.
///
/// ```swift
/// let pipeline = try Pipeline(stages: [Tokenizer(data), SentenceSplitter(data)])
/// var doc = Document(id: "a", text: "…")
/// try pipeline.process(&doc)
/// ```
public struct Pipeline: Sendable {
    /// The stages, in the order they run.
    public let stages: [any PipelineStage]

    /// Creates a pipeline, checking that every stage's requirements are produced earlier.
    ///
    /// - Throws: ``NLPError`` when a stage requires a layer no earlier stage produces.
    public init(stages: [any PipelineStage]) throws {
        var available: Set<Layer> = []
        for stage in stages {
            if let missing = stage.requires.subtracting(available).sorted(by: { $0.rawValue < $1.rawValue }).first {
                throw NLPError.missingLayer(stage: stage.name, layer: missing.rawValue)
            }
            available.formUnion(stage.produces)
        }
        self.stages = stages
    }

    /// Runs every stage over the document.
    public func process(_ doc: inout Document) throws {
        for stage in stages {
            try stage.process(&doc)
            doc.layers.formUnion(stage.produces)
        }
    }
}
