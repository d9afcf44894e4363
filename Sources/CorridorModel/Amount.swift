public import Foundation

/// A sum of money: a decimal value and an ISO 4217 currency code.
///
/// Values are `Decimal`, never `Double`, so "$4.5bn" is exactly 4 500 000 000. Ranges ("$2-3
/// billion") keep both ends; qualifiers ("worth over", "about") are kept as stated.
///
/// ```swift
/// let a = Amount(value: Decimal(string: "4500000000")!, currency: "USD", text: "$4.5bn")
/// ```
public struct Amount: Hashable, Sendable, Codable {
    /// The value, or the low end of a range.
    public var value: Decimal
    /// The high end of a range, when the text gives one.
    public var upperValue: Decimal?
    /// The ISO 4217 code, e.g. `"USD"`, `"PKR"`, `"CNY"`.
    public var currency: String
    /// How the text qualifies the value.
    public var qualifier: Qualifier
    /// The words of the article that state the amount.
    public var text: String

    /// How an amount or a quantity is qualified in the text.
    public enum Qualifier: String, Sendable, Codable {
        /// Stated as such.
        case exact
        /// "about", "around", "nearly", "some".
        case approximately
        /// "over", "more than", "worth over".
        case atLeast
        /// "up to", "less than".
        case atMost
        /// "2 to 3 billion".
        case range
    }

    /// Creates an amount.
    public init(
        value: Decimal,
        currency: String,
        upperValue: Decimal? = nil,
        qualifier: Qualifier = .exact,
        text: String = ""
    ) {
        self.value = value
        self.currency = currency
        self.upperValue = upperValue
        self.qualifier = qualifier
        self.text = text
    }
}

/// A counted thing: "3,000 training opportunities", "1,320 MW", "four new sites".
public struct Quantity: Hashable, Sendable, Codable {
    /// The number.
    public var value: Decimal
    /// What is counted, as the text names it ("training opportunities", "MW").
    public var unit: String
    /// How the text qualifies the number.
    public var qualifier: Amount.Qualifier
    /// The words of the article that state the quantity.
    public var text: String

    /// Creates a quantity.
    public init(value: Decimal, unit: String, qualifier: Amount.Qualifier = .exact, text: String = "") {
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.text = text
    }
}
