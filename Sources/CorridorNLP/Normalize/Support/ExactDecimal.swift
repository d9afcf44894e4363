import Foundation

/// Exact decimal parsing for number tokens and data values, without going through `Double`.
enum ExactDecimal {
    /// The most significant digits a number may have; longer digit runs are identifiers, not amounts.
    static let maxDigits = 18

    /// Parses digits with optional thousands separators and one decimal point.
    ///
    /// Accepts "3,000", "4.5", "1,50,000" and "0.25"; rejects times ("05:50"), signs, letters and
    /// runs of more than ``maxDigits`` digits.
    static func parse(_ text: some StringProtocol) -> Decimal? {
        var significand: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var last: UInt8 = 0
        for b in text.utf8 {
            switch b {
            case 0x30...0x39:
                // Leading zeros add no significant digit ("05", "0.25").
                if significand != 0 || b != 0x30 { digits += 1 }
                guard digits <= maxDigits else { return nil }
                significand = significand * 10 + UInt64(b - 0x30)
                if seenPoint { fractionDigits += 1 }
            case 0x2C:
                guard !seenPoint, last >= 0x30, last <= 0x39 else { return nil }
            case 0x2E:
                guard !seenPoint, last >= 0x30, last <= 0x39 else { return nil }
                seenPoint = true
            default:
                return nil
            }
            last = b
        }
        guard last >= 0x30, last <= 0x39 else { return nil }
        return Decimal(sign: .plus, exponent: -fractionDigits, significand: Decimal(significand))
    }

    /// The integer value of a token made of at most `maxLength` plain digits (no separators).
    static func plainInteger(_ text: String, maxLength: Int) -> Int? {
        var value = 0
        var count = 0
        for b in text.utf8 {
            guard b >= 0x30, b <= 0x39 else { return nil }
            count += 1
            guard count <= maxLength else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return count == 0 ? nil : value
    }
}
