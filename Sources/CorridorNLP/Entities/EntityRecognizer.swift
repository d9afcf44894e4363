public import CorridorModel

/// Finds entity mentions: lexicon hits, then rules over runs of capitalised words.
///
/// For each sentence that is not page furniture:
/// 1. Lexicon hits (``Gazetteer``), longest first, letter case checked.
/// 2. Runs of capitalised words joined by connectors ("of", "and", "for", "the") and glued hyphens
///    are chunked; each chunk is classified by ``ChunkClassifier``: a head word makes an
///    organisation, facility, event or document; a title makes a person; otherwise the chunk is
///    split at connectors and the lexicon hits and unknown names inside it are typed on their own.
/// 3. In a title-case headline ("Huawei Pakistan Signs Key It Mous") capitals say nothing, so only
///    lexicon hits are taken; names known from the body are added later by ``EntityResolver``.
///
/// Every span records the id of the rule or lexicon entry that produced it.
public struct EntityRecognizer: PipelineStage {
    public let name = "entities"
    public let requires: Set<Layer> = [.tokens, .sentences, .furniture]
    public let produces: Set<Layer> = [.entitySpans]

    let gazetteer: Gazetteer
    let cues: CueIndex

    /// Creates a recognizer over a compiled gazetteer and the cue lists.
    public init(gazetteer: Gazetteer, cues: EntityCues, names: NameLists) {
        self.init(gazetteer: gazetteer, cueIndex: CueIndex(cues, names: names))
    }

    /// Creates the stage over a cue index another stage already built.
    init(gazetteer: Gazetteer, cueIndex: CueIndex) {
        self.gazetteer = gazetteer
        self.cues = cueIndex
    }

    public func process(_ doc: inout Document) {
        let wordIDs = gazetteer.wordIDs(doc.tokens)
        var spans: [Span] = []
        for sentence in doc.sentences where !sentence.isFurniture {
            var classifier = ChunkClassifier(
                doc: doc, sentence: sentence, gazetteer: gazetteer, cues: cues, wordIDs: wordIDs)
            classifier.run()
            spans += classifier.spans
        }
        spans.sort { ($0.firstToken, -$0.endToken) < ($1.firstToken, -$1.endToken) }
        // Overlap policy: preferLongest among confirmed spans; a span inside a kept span is dropped.
        var kept: [Span] = []
        for s in spans {
            if let last = kept.last, s.firstToken < last.endToken { continue }
            kept.append(s)
        }
        doc.entitySpans = kept
    }
}
