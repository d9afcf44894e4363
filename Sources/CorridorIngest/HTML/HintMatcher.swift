/// A set of byte strings matched anywhere inside a subject string.
struct HintMatcher: Sendable {
    /// Words bucketed by their first byte.
    private let buckets: [[[UInt8]]]

    /// Creates a matcher over lowercase ASCII words.
    init(_ words: [String]) {
        var buckets = [[[UInt8]]](repeating: [], count: 256)
        for word in words {
            let bytes = Array(word.utf8)
            guard let first = bytes.first else { continue }
            buckets[Int(first)].append(bytes)
        }
        self.buckets = buckets
    }

    /// Whether any word occurs in `subject` (lowercase UTF-8).
    func matches(_ subject: [UInt8]) -> Bool {
        let count = subject.count
        var position = 0
        while position < count {
            for word in buckets[Int(subject[position])] where position + word.count <= count {
                var offset = 1
                while offset < word.count, subject[position + offset] == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            position += 1
        }
        return false
    }
}
