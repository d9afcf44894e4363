/// An error raised by the text pipeline or while validating its resources.
///
/// Every error carries a stable ``code`` and says how to fix the problem.
public struct NLPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A stable machine-readable code, e.g. `"NLP001"`.
    public let code: String
    /// What went wrong and how to fix it.
    public let message: String

    private init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "[\(code)] \(message)" }

    /// A resource record could not be decoded.
    public static func invalidResource(source: String, line: Int, reason: String) -> NLPError {
        NLPError(code: "NLP001", message: "\(source):\(line): \(reason). Please fix the record or remove it.")
    }

    /// Two resource records share one id.
    public static func duplicateRuleID(_ id: String, source: String, line: Int) -> NLPError {
        NLPError(
            code: "NLP002",
            message: "\(source):\(line): the id '\(id)' is already used. Please give every rule and entry its own id.")
    }

    /// A pipeline stage runs before a layer it needs has been produced.
    public static func missingLayer(stage: String, layer: String) -> NLPError {
        NLPError(
            code: "NLP003",
            message: "stage '\(stage)' requires the '\(layer)' layer, which no earlier stage produces. "
                + "Please add a stage that produces it before '\(stage)'.")
    }

    /// The input is not text the pipeline can read.
    public static func unreadableText(_ reason: String) -> NLPError {
        NLPError(code: "NLP004", message: reason)
    }
}
