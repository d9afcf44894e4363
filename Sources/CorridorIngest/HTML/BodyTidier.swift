import Foundation

/// Last touches on an extracted body: lines that are not the story's text but sit inside its
/// block (a repeated headline, "Follow us on Twitter" lines at the end).
enum BodyTidier {
    /// Drops lines that repeat the headline (a second title element, a kicker copy): the headline
    /// belongs in `title`, not in the body.
    static func removingHeadline(_ title: String?, from body: String) -> String {
        guard let title else { return body }
        let key = comparisonKey(title)
        guard !key.isEmpty else { return body }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let before = lines.count
        lines.removeAll { !$0.isEmpty && comparisonKey($0) == key }
        guard lines.count != before else { return body }
        var text = lines.joined(separator: "\n")
        while text.contains("\n\n\n") { text = text.replacingOccurrences(of: "\n\n\n", with: "\n\n") }
        return text.trimmingCharacters(in: .newlines)
    }

    /// Lowercased letters and digits only, so punctuation and spacing differences do not matter.
    private static func comparisonKey(_ text: some StringProtocol) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }

    /// Call-to-action phrases that end many stories ("Follow him on Twitter", "Sign up for our
    /// newsletter", "Like this story? Share it"). English only; other languages keep such lines.
    static let callsToAction = [
        "follow us", "follow him", "follow her", "follow me", "subscribe", "sign up", "newsletter", "share this",
        "share it", "click here", "join our", "download our app", "download the app", "like this story",
        "like this article", "tell us what",
    ]

    /// Drops short paragraphs at the very end of the body that are calls to action.
    static func removingTrailingCallsToAction(from body: String) -> String {
        var paragraphs = body.components(separatedBy: "\n\n")
        while paragraphs.count > 1, let last = paragraphs.last, last.count < 300 {
            let lowered = last.lowercased()
            guard callsToAction.contains(where: lowered.contains) else { break }
            paragraphs.removeLast()
        }
        return paragraphs.joined(separator: "\n\n")
    }
}
