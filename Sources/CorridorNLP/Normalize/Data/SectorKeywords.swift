public import CorridorModel

/// The words that point to each ``CorridorModel/Sector``.
///
/// Decoded from `sectors.json` in CorridorResources. Keywords are written as in text and
/// tokenized by the classifier. Lowercase keywords match any case ("power", "data centre");
/// keywords with capitals are acronyms and match only with those capitals ("IT", "AI", "IPP"),
/// so that the pronoun "it" is not information technology. A keyword's plural is matched too.
public struct SectorKeywords: Sendable, Codable, Hashable {
    /// One entry per sector.
    public var sectors: [Entry]
    /// Phrases that contain a keyword but point to no sector, matched first and passed over:
    /// "Belt and Road" (not transport), "soft power" (not energy), "Security Council".
    public var ignored: [String]

    /// The keywords of one sector.
    public struct Entry: Sendable, Codable, Hashable {
        /// The stable id, `sector.<sector>`.
        public var id: String
        /// The sector.
        public var sector: Sector
        /// Words and phrases, as written.
        public var keywords: [String]

        /// Creates an entry.
        public init(id: String, sector: Sector, keywords: [String]) {
            self.id = id
            self.sector = sector
            self.keywords = keywords
        }
    }

    /// Creates the table.
    public init(sectors: [Entry] = [], ignored: [String] = []) {
        self.sectors = sectors
        self.ignored = ignored
    }

    private enum CodingKeys: String, CodingKey {
        case sectors, ignored
    }

    /// Decodes the table; `ignored` may be left out.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sectors = try c.decode([Entry].self, forKey: .sectors)
        ignored = try c.decodeIfPresent([String].self, forKey: .ignored) ?? []
    }

    /// Checks the table.
    ///
    /// - Parameter source: the file name used in error messages.
    /// - Throws: ``NLPError`` naming the file and the entry: an id that is not `sector.<sector>`,
    ///   a sector listed twice, a keyword given to two sectors.
    public func validate(source: String) throws {
        func fail(_ reason: String) -> NLPError { NLPError.invalidResource(source: source, line: 0, reason: reason) }
        var seen = Set<Sector>()
        var owner: [String: String] = [:]
        for entry in sectors {
            guard entry.id == "sector.\(entry.sector.rawValue)" else {
                throw fail("entry '\(entry.id)': the id must be 'sector.\(entry.sector.rawValue)'")
            }
            guard seen.insert(entry.sector).inserted else { throw fail("entry '\(entry.id)' is listed twice") }
            for keyword in entry.keywords {
                try Validation.requirePhrase(keyword, entry: entry.id, source: source)
                // Forms that differ only in case tokenize alike, so they count as one keyword.
                if let other = owner.updateValue(entry.id, forKey: keyword.lowercased()) {
                    throw fail("entry '\(entry.id)': keyword '\(keyword)' is already a keyword of '\(other)'")
                }
            }
        }
        for phrase in ignored {
            try Validation.requirePhrase(phrase, entry: "ignored", source: source)
            if let other = owner[phrase.lowercased()] {
                throw fail("ignored phrase '\(phrase)' is a keyword of '\(other)'")
            }
        }
    }
}
