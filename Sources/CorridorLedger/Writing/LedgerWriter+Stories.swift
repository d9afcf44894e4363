public import CorridorModel

extension LedgerWriter {
    /// Puts an article into the story of the articles it repeats or reports the same event as,
    /// merging stories it bridges; the surviving story id is the smallest, so order does not matter.
    func assignStory<T: LedgerTransaction>(
        article: Article, provisional: String, entityIDs: Set<String>, factIDs: Set<String>, tx: inout T
    ) throws(StoreError) -> String {
        var profile = clusterer.profile(of: article, storyID: provisional)
        let bands = clusterer.bands(of: profile.signature)
        let total = max(try tx.articleTotal() - 1, 0)
        var rare = Set<String>()
        for id in entityIDs where try tx.articleCount(ofEntity: id) <= max(3, total / 10) { rare.insert(id) }
        var candidates = try tx.articleIDs(inBands: bands)
        candidates.formUnion(try tx.articleIDs(mentioning: rare, limit: 100))
        candidates.formUnion(try tx.articleIDs(reporting: factIDs))
        candidates.remove(article.id)
        let frequencies = try tx.documentFrequencies(of: Array(profile.lead.keys))
        var joined = Set<String>()
        for id in candidates.sorted() {
            guard let other = try tx.storyProfile(ofArticle: id), !joined.contains(other.storyID) else { continue }
            let sharedRare = rare.intersection(try tx.entityIDs(ofArticle: id)).count
            // Only a shared event or agreement ties two reports to one story; projects and promises
            // (CPEC, "support for Pakistan's economy") recur across unrelated stories.
            let sharedFacts = factIDs.intersection(try tx.factIDs(ofArticle: id))
                .filter { $0.hasPrefix("event:") || $0.hasPrefix("agreement:") }.count
            if clusterer.isSameStory(
                profile, other, sharedRareEntities: sharedRare, sharedFacts: sharedFacts, frequencies: frequencies,
                total: total)
            {
                joined.insert(other.storyID)
            }
        }
        let survivor = joined.union([provisional]).min() ?? provisional
        for story in joined.union([provisional]) where story != survivor {
            try tx.mergeStory(story, into: survivor)
        }
        profile.storyID = survivor
        try tx.save(storyProfile: profile, bands: bands)
        return survivor
    }
}
