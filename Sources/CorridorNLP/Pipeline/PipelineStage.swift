/// One step of the text pipeline.
///
/// A stage declares the layers it reads and the layers it writes, so that ``Pipeline`` can refuse
/// an order in which a stage would run before what it needs (spaCy's `assigns`/`requires`).
public protocol PipelineStage: Sendable {
    /// A short stable name, used in provenance and errors.
    var name: String { get }
    /// The layers that must exist before the stage runs.
    var requires: Set<Layer> { get }
    /// The layers the stage writes.
    var produces: Set<Layer> { get }
    /// Annotates the document. Deterministic: the same input gives the same output.
    func process(_ doc: inout Document) throws
}
