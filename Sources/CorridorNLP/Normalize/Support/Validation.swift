import Foundation

/// Checks shared by the validators of the normalisation data files.
enum Validation {
    /// Requires a non-empty word or phrase without uppercase letters.
    static func requireLowercase(_ text: String, entry: String, source: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed == text else {
            throw NLPError.invalidResource(
                source: source, line: 0, reason: "entry '\(entry)': '\(text)' is empty or has surrounding spaces")
        }
        guard text.lowercased() == text else {
            throw NLPError.invalidResource(
                source: source, line: 0, reason: "entry '\(entry)': '\(text)' must be lowercase")
        }
    }

    /// Requires a non-empty phrase without surrounding spaces.
    static func requirePhrase(_ text: String, entry: String, source: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed == text else {
            throw NLPError.invalidResource(
                source: source, line: 0, reason: "entry '\(entry)': '\(text)' is empty or has surrounding spaces")
        }
    }

    /// Whether the text is an ISO 3166-1 alpha-2 code ("PK").
    static func isCountryCode(_ s: String) -> Bool {
        s.utf8.count == 2 && s.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    /// Whether the text is an ISO 4217 code ("PKR").
    static func isCurrencyCode(_ s: String) -> Bool {
        s.utf8.count == 3 && s.utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }
}
