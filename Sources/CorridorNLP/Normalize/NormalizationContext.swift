public import CorridorModel

/// What the normalisers need to know about the article a sentence comes from.
///
/// The reference date anchors relative dates ("yesterday", "on Thursday", "last month") and
/// supplies the year of dates stated without one ("on 23 March"). The countries choose between
/// currencies that share a symbol or a name ("Rs" is PKR in a Pakistan story, LKR in a Sri Lanka
/// story). Nothing here reads a clock: without a reference date, relative dates stay unresolved.
///
/// ```swift
/// let context = NormalizationContext(referenceDate: PartialDate(year: 2025, month: 2, day: 6),
///                                    countries: ["PK", "CN"])
/// ```
public struct NormalizationContext: Sendable, Hashable {
    /// The article's publication date, at whatever precision it is known.
    public var referenceDate: PartialDate?
    /// ISO 3166-1 alpha-2 codes of the article's countries, most relevant first.
    public var countries: [String]

    /// Creates a context.
    ///
    /// - Parameters:
    ///   - referenceDate: the publication date; nil when unknown.
    ///   - countries: the article's pair or dominant countries, most relevant first.
    public init(referenceDate: PartialDate? = nil, countries: [String] = []) {
        self.referenceDate = referenceDate
        self.countries = countries
    }

    /// Creates a context from a document's publication date.
    ///
    /// - Parameters:
    ///   - document: the document whose ``Document/publishedAt`` is the reference date.
    ///   - countries: the article's pair or dominant countries, most relevant first.
    public init(document: Document, countries: [String] = []) {
        self.init(referenceDate: document.publishedAt, countries: countries)
    }
}
