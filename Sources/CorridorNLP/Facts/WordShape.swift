/// Guesses about a lowercase word from its shape alone, where no part-of-speech tagger is run.
enum WordShape {
    /// A regular past tense or participle: "signed", "announced", "handed" — five letters or more,
    /// ending in "-ed" but not "-eed" ("need", "speed", "proceed"; this also leaves out "agreed").
    static func isPastParticiple(_ w: String) -> Bool {
        w.count > 4 && w.hasSuffix("ed") && !w.hasSuffix("eed")
    }
}
