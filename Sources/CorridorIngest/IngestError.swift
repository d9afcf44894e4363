/// Why an input could not be read as an article.
///
/// Every error names the input (a path, or a path and line) and the reason, and says what to do.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of failure, with stable codes.
    public enum Reason: String, Sendable, Hashable, Codable {
        case notFound = "ING001"
        case unreadable = "ING002"
        case empty = "ING003"
        case binary = "ING004"
        case invalidUTF8 = "ING005"
        case tooLarge = "ING006"
        case malformed = "ING007"
        case unsupported = "ING008"
    }

    /// What failed.
    public let reason: Reason
    /// The input that failed: a path, `path:line` for a record, or `-` for standard input.
    public let origin: String
    /// Details for the user.
    public let detail: String

    /// Creates an error.
    public init(_ reason: Reason, origin: String, detail: String) {
        self.reason = reason
        self.origin = origin
        self.detail = detail
    }

    /// The stable code, e.g. `"ING004"`.
    public var code: String { reason.rawValue }

    /// The input and the reason, e.g. `"a.html: no article text found in the page"`.
    public var description: String { "\(origin): \(detail)" }
}
