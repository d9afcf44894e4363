public import CorridorModel
public import Foundation

/// A counted thing or a measured quantity found in a sentence.
///
/// ```swift
/// let m = quantities.matches(in: doc, tokens: sentence.tokenRange)[0]
/// m.quantity.value // 3000
/// m.phrase         // "study and training opportunities"
/// ```
public struct QuantityMatch: Sendable, Hashable {
    /// The tokens of the number, its qualifier and its unit or counted phrase.
    public var tokens: Range<Int>
    /// The quantity: its `unit` is the canonical unit ("MW") when there is one, else ``phrase``.
    public var quantity: Quantity
    /// The high end of a range ("10-15 people"); the quantity's qualifier is then `.range`.
    public var upperValue: Decimal?
    /// What is counted, lowercased, as written: "study and training opportunities", "megawatt".
    public var phrase: String
    /// The canonical unit for a physical or statistical unit: "MW", "km", "km/h", "percent", "tonnes".
    public var canonicalUnit: String?
    /// The number is glued by a hyphen to the noun it measures: "two-day visit", "1,320-megawatt plant".
    public var isModifier: Bool
    /// The stable id of the grammar rule: `quantity.unit`, `quantity.count` or `quantity.modifier`.
    public var rule: String

    /// Creates a match.
    public init(
        tokens: Range<Int>, quantity: Quantity, upperValue: Decimal? = nil, phrase: String, canonicalUnit: String?,
        isModifier: Bool = false, rule: String
    ) {
        self.tokens = tokens
        self.quantity = quantity
        self.upperValue = upperValue
        self.phrase = phrase
        self.canonicalUnit = canonicalUnit
        self.isModifier = isModifier
        self.rule = rule
    }
}
