/// The fact cues compiled for matching: tries for phrases, sets for single words.
struct FactTriggers: Sendable {
    let agreementNouns: TriggerIndex
    let conclusion: TriggerIndex
    let signing: TriggerIndex
    let commitments: TriggerIndex
    let events: TriggerIndex
    let projectStatus: TriggerIndex
    let projectHeads: TriggerIndex
    let projectHeadWords: Set<String>
    let projectContext: Set<String>
    let future: Set<String>
    let baseForms: Set<String>
    let statementVerbs: TriggerIndex
    let modifierFollowers: Set<String>
    let negations: Set<String>
    let umbrella: Set<String>
    let pairPronouns: TriggerIndex
    let personPronouns: Set<String>
    let bodyPronouns: Set<String>
    let nonActors: Set<String>
    let willVerbs: Set<String>
    let willAdverbs: Set<String>
    let passiveWillVerbs: Set<String>
    let casualty: Set<String>
    let injury: Set<String>

    init(_ cues: FactCues, tokenizer: Tokenizer) {
        agreementNouns = TriggerIndex(cues.agreementNouns, tokenizer: tokenizer)
        conclusion = TriggerIndex([cues.conclusionVerbs], tokenizer: tokenizer)
        signing = TriggerIndex([cues.signingNouns], tokenizer: tokenizer)
        commitments = TriggerIndex(cues.commitments, tokenizer: tokenizer)
        events = TriggerIndex(cues.events, tokenizer: tokenizer)
        projectStatus = TriggerIndex(cues.projectStatus, tokenizer: tokenizer)
        projectHeads = TriggerIndex(
            [FactCues.Trigger(id: "project.head", phrases: cues.projectHeads)], tokenizer: tokenizer)
        projectHeadWords = Set(cues.projectHeads)
        projectContext = Set(cues.projectContext)
        future = Set(cues.futureMarkers.phrases)
        baseForms = Set(cues.conclusionBaseForms)
        statementVerbs = TriggerIndex(
            [FactCues.Trigger(id: "agreement.verb.statement", phrases: cues.statementVerbs)], tokenizer: tokenizer)
        modifierFollowers = Set(cues.modifierFollowers)
        negations = Set(cues.negations.phrases)
        umbrella = Set(cues.umbrellaQuantifiers.phrases)
        pairPronouns = TriggerIndex(
            [FactCues.Trigger(id: "pronoun.pair", phrases: cues.commitmentPronouns.pair)], tokenizer: tokenizer)
        personPronouns = Set(cues.commitmentPronouns.person)
        bodyPronouns = Set(cues.commitmentPronouns.body)
        nonActors = Set(cues.nonActors)
        willVerbs = Set(cues.willVerbs)
        willAdverbs = Set(cues.willAdverbs)
        passiveWillVerbs = Set(cues.passiveWillVerbs)
        casualty = Set(cues.casualtyVerbs)
        injury = Set(cues.injuryVerbs)
    }
}
