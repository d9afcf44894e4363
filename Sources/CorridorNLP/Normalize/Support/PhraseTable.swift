/// A table of short token phrases ("US$", "more than", "the end of") keyed by their first norm.
///
/// Phrases are written as they appear in text and tokenized with the document tokenizer, so data
/// authors never need to know how "Rs." or "HK$" split. Where a phrase has no space between two
/// tokens ("A$"), the text must not have one either: "A$5bn" is Australian dollars, "a $5bn
/// loan" is not. The longest phrase wins; among phrases of one length, the first inserted wins.
struct PhraseTable<Value: Sendable>: Sendable {
    struct Phrase: Sendable {
        /// Norms of the tokens after the first.
        var rest: [String]
        /// For each token after the first: whether it must be glued to the one before.
        var glued: [Bool]
        var value: Value
    }

    private(set) var byFirst: [String: [Phrase]] = [:]

    /// The number of phrases.
    private(set) var count = 0

    init() {}

    /// Adds a phrase; returns false (and adds nothing) when the same form is already present.
    @discardableResult
    mutating func insert(_ form: PhraseForm, value: Value) -> Bool {
        guard let first = form.norms.first else { return false }
        let rest = Array(form.norms.dropFirst())
        var list = byFirst[first, default: []]
        if list.contains(where: { $0.rest == rest && $0.glued == form.glued }) { return false }
        list.append(Phrase(rest: rest, glued: form.glued, value: value))
        // Longest first; the sort is stable so insertion order breaks ties.
        list = list.enumerated().sorted { a, b in
            a.element.rest.count != b.element.rest.count
                ? a.element.rest.count > b.element.rest.count : a.offset < b.offset
        }.map(\.element)
        byFirst[first] = list
        count += 1
        return true
    }

    /// Adds a phrase written as text.
    @discardableResult
    mutating func insert(_ phrase: String, value: Value, tokenizer: Tokenizer) -> Bool {
        insert(PhraseForm(phrase, tokenizer: tokenizer), value: value)
    }

    /// Whether some phrase starts with this norm.
    @inline(__always)
    func startsPhrase(_ norm: String) -> Bool { byFirst[norm] != nil }

    /// The longest phrase starting at token `i` and ending at or before `limit`.
    func match(_ tokens: [Token], at i: Int, limit: Int) -> (end: Int, value: Value)? {
        guard i < limit, let list = byFirst[tokens[i].norm] else { return nil }
        for phrase in list {
            let end = i + 1 + phrase.rest.count
            guard end <= limit else { continue }
            var ok = true
            for (k, norm) in phrase.rest.enumerated() {
                let t = tokens[i + 1 + k]
                if t.norm != norm || (phrase.glued[k] && t.flags.contains(.spaceBefore)) {
                    ok = false
                    break
                }
            }
            if ok { return (end, phrase.value) }
        }
        return nil
    }
}

/// A phrase as token norms and glue flags.
struct PhraseForm: Sendable, Hashable {
    var norms: [String]
    /// For each token after the first: whether it is glued to the one before.
    var glued: [Bool]

    init(norms: [String], glued: [Bool]) {
        self.norms = norms
        self.glued = glued
    }

    /// Tokenizes a phrase as written.
    init(_ phrase: String, tokenizer: Tokenizer) {
        let tokens = tokenizer.tokenize(Array(phrase.utf8))
        self.init(tokens: tokens)
    }

    /// The form of already tokenized text.
    init(tokens: [Token]) {
        norms = tokens.map(\.norm)
        glued = tokens.dropFirst().map { !$0.flags.contains(.spaceBefore) }
    }

    /// The norms joined by spaces ("us $"), a key for sets of one-token words.
    var key: String { norms.joined(separator: " ") }
}
