/// The fixed list of sectors Corridor files facts under.
///
/// The list is closed so that counts across outlets and years are comparable; the words that
/// point to each sector are data (`sectors.json` in CorridorResources) and can be extended.
public enum Sector: String, Sendable, Codable, CaseIterable, Comparable {
    case energy, mining, transport, ict, education, health, agriculture, finance, trade, security
    case space, water, industry, science, media, culture, tourism, environment, maritime

    public static func < (a: Sector, b: Sector) -> Bool { a.rawValue < b.rawValue }
}
