/// The fact cues compiled for matching: tries for phrases, sets for single words.
struct FactTriggers: Sendable {
    let agreementNouns: TriggerIndex
    let conclusion: TriggerIndex
    let signing: TriggerIndex
    let commitments: TriggerIndex
    let events: TriggerIndex
    let projectStatus: TriggerIndex
    let projectHeads: TriggerIndex
    let projectHeadWords: WordSet
    let projectContext: WordSet
    let future: WordSet
    let otherTime: WordSet
    let baseForms: WordSet
    let statementVerbs: TriggerIndex
    let modifierFollowers: WordSet
    let negations: WordSet
    let umbrella: WordSet
    let pairPronouns: TriggerIndex
    let personPronouns: WordSet
    let bodyPronouns: WordSet
    let nonActors: WordSet
    let willVerbs: WordSet
    let willAdverbs: WordSet
    let willNonCommitments: WordSet
    let passiveWillVerbs: WordSet
    let casualty: WordSet
    let injury: WordSet

    init(_ cues: FactCues, tokenizer: Tokenizer) {
        agreementNouns = TriggerIndex(cues.agreementNouns, tokenizer: tokenizer)
        conclusion = TriggerIndex([cues.conclusionVerbs], tokenizer: tokenizer)
        signing = TriggerIndex([cues.signingNouns], tokenizer: tokenizer)
        commitments = TriggerIndex(cues.commitments, tokenizer: tokenizer)
        events = TriggerIndex(cues.events, tokenizer: tokenizer)
        projectStatus = TriggerIndex(cues.projectStatus, tokenizer: tokenizer)
        projectHeads = TriggerIndex(
            [FactCues.Trigger(id: "project.head", phrases: cues.projectHeads)], tokenizer: tokenizer)
        projectHeadWords = WordSet(cues.projectHeads)
        projectContext = WordSet(cues.projectContext)
        future = WordSet(cues.futureMarkers.phrases)
        otherTime = WordSet(cues.otherTimeMarkers.phrases)
        baseForms = WordSet(cues.conclusionBaseForms)
        statementVerbs = TriggerIndex(
            [FactCues.Trigger(id: "agreement.verb.statement", phrases: cues.statementVerbs)], tokenizer: tokenizer)
        modifierFollowers = WordSet(cues.modifierFollowers)
        negations = WordSet(cues.negations.phrases)
        umbrella = WordSet(cues.umbrellaQuantifiers.phrases)
        pairPronouns = TriggerIndex(
            [FactCues.Trigger(id: "pronoun.pair", phrases: cues.commitmentPronouns.pair)], tokenizer: tokenizer)
        personPronouns = WordSet(cues.commitmentPronouns.person)
        bodyPronouns = WordSet(cues.commitmentPronouns.body)
        nonActors = WordSet(cues.nonActors)
        willVerbs = WordSet(cues.willVerbs)
        willAdverbs = WordSet(cues.willAdverbs)
        willNonCommitments = WordSet(cues.willNonCommitments)
        passiveWillVerbs = WordSet(cues.passiveWillVerbs)
        casualty = WordSet(cues.casualtyVerbs)
        injury = WordSet(cues.injuryVerbs)
    }
}
