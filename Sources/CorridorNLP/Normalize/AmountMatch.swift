public import CorridorModel

/// A sum of money found in a sentence.
///
/// ```swift
/// let m = amounts.matches(in: doc, tokens: sentence.tokenRange, context: context)[0]
/// m.amount.value    // 4500000000
/// m.amount.currency // "USD"
/// ```
public struct AmountMatch: Sendable, Hashable {
    /// The tokens of the amount, its qualifier ("over", "nearly") and range words included.
    public var tokens: Range<Int>
    /// The normalised amount; its `text` is the matched text.
    public var amount: Amount
    /// The amount restates the one just before it in another currency, in parentheses:
    /// the "$286.94 million" of "Rs. 81 billion ($286.94 million)".
    public var isConversion: Bool
    /// The stable id of the grammar rule: `amount.currency-first` or `amount.currency-last`.
    public var rule: String
    /// The id of the `currencies.json` entry that gave the currency, e.g. `currency.usd`.
    public var currencyID: String

    /// Creates a match.
    public init(tokens: Range<Int>, amount: Amount, isConversion: Bool = false, rule: String, currencyID: String) {
        self.tokens = tokens
        self.amount = amount
        self.isConversion = isConversion
        self.rule = rule
        self.currencyID = currencyID
    }
}
