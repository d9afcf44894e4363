/// The currencies the amount normaliser knows: their symbols, codes and names.
///
/// Decoded from `currencies.json` in CorridorResources. An entry either has one ISO 4217 code
/// (`"$"`, `"yuan"`, `"Pakistani rupees"`) or is ambiguous and picks its code from the article's
/// countries (`"Rs"`, `"rupees"`: PKR in a Pakistan story, LKR in a Sri Lanka story, else the
/// default). Forms are written as they appear in text; the normaliser tokenizes them.
public struct CurrencyTable: Sendable, Codable, Hashable {
    /// The entries.
    public var currencies: [Currency]

    /// One currency, or one ambiguous family of forms.
    public struct Currency: Sendable, Codable, Hashable {
        /// The stable id: `currency.<iso code in lowercase>` or `currency.<name>` for ambiguous forms.
        public var id: String
        /// The ISO 4217 code, for an unambiguous entry.
        public var code: String?
        /// Forms written before the number only: "$", "US$", "Rs.", "€", "Ksh".
        public var symbols: [String]
        /// Codes written before or after the number: "USD", "RMB".
        public var codes: [String]
        /// Short symbols read only when glued to a number that a scale word closes: "R166 million"
        /// (rand), "N45 billion" (naira) — not "R2" or "N95".
        public var gluedSymbols: [String]
        /// Words written after the number: "dollars", "yuan", "Pakistani rupees".
        public var names: [String]
        /// For an ambiguous entry: the code to use for each ISO 3166-1 alpha-2 country.
        public var byCountry: [String: String]?
        /// For an ambiguous entry: the code to use when none of the article's countries is listed.
        public var `default`: String?

        /// Creates an entry.
        public init(
            id: String, code: String? = nil, symbols: [String] = [], codes: [String] = [], names: [String] = [],
            gluedSymbols: [String] = [], byCountry: [String: String]? = nil, default: String? = nil
        ) {
            self.id = id
            self.code = code
            self.symbols = symbols
            self.codes = codes
            self.names = names
            self.gluedSymbols = gluedSymbols
            self.byCountry = byCountry
            self.default = `default`
        }

        private enum CodingKeys: String, CodingKey {
            case id, code, symbols, codes, names, gluedSymbols, byCountry, `default`
        }

        /// Decodes an entry; the form lists may be left out.
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            code = try c.decodeIfPresent(String.self, forKey: .code)
            symbols = try c.decodeIfPresent([String].self, forKey: .symbols) ?? []
            codes = try c.decodeIfPresent([String].self, forKey: .codes) ?? []
            names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
            gluedSymbols = try c.decodeIfPresent([String].self, forKey: .gluedSymbols) ?? []
            byCountry = try c.decodeIfPresent([String: String].self, forKey: .byCountry)
            self.default = try c.decodeIfPresent(String.self, forKey: .default)
        }

        /// The code for an article about the given countries, or nil when the entry cannot tell.
        public func code(for countries: [String]) -> String? {
            if let code { return code }
            if let byCountry {
                for country in countries {
                    if let code = byCountry[country] { return code }
                }
            }
            return self.default
        }
    }

    /// Creates the table.
    public init(currencies: [Currency] = []) {
        self.currencies = currencies
    }

    /// Checks every entry.
    ///
    /// - Parameter source: the file name used in error messages.
    /// - Throws: ``NLPError`` naming the file and the entry: a bad id or code, an entry that is
    ///   neither fixed nor ambiguous, or a form claimed by two entries.
    public func validate(source: String) throws {
        var ids = Set<String>()
        var prefixOwner: [String: String] = [:]
        var suffixOwner: [String: String] = [:]
        func fail(_ id: String, _ reason: String) -> NLPError {
            NLPError.invalidResource(source: source, line: 0, reason: "currency '\(id)': \(reason)")
        }
        for entry in currencies {
            guard entry.id.hasPrefix("currency."), ids.insert(entry.id).inserted else {
                throw fail(entry.id, "the id must be unique and start with 'currency.'")
            }
            switch (entry.code, entry.byCountry) {
            case (let code?, nil):
                guard Validation.isCurrencyCode(code) else { throw fail(entry.id, "'\(code)' is not an ISO 4217 code") }
                guard entry.default == nil else { throw fail(entry.id, "a fixed code takes no 'default'") }
            case (nil, let table?):
                for (country, code) in table {
                    guard Validation.isCountryCode(country) else {
                        throw fail(entry.id, "'\(country)' is not an ISO 3166-1 alpha-2 code")
                    }
                    guard Validation.isCurrencyCode(code) else {
                        throw fail(entry.id, "'\(code)' is not an ISO 4217 code")
                    }
                }
                if let d = entry.default, !Validation.isCurrencyCode(d) {
                    throw fail(entry.id, "default '\(d)' is not an ISO 4217 code")
                }
            default:
                throw fail(entry.id, "give either 'code' or 'byCountry' (with an optional 'default')")
            }
            guard !(entry.symbols.isEmpty && entry.codes.isEmpty && entry.names.isEmpty) else {
                throw fail(entry.id, "list at least one symbol, code or name")
            }
            for form in entry.symbols + entry.codes + entry.names + entry.gluedSymbols {
                try Validation.requirePhrase(form, entry: entry.id, source: source)
            }
            for form in entry.symbols + entry.codes + entry.gluedSymbols {
                if let other = prefixOwner.updateValue(entry.id, forKey: form.lowercased()), other != entry.id {
                    throw fail(entry.id, "'\(form)' is already a form of '\(other)'")
                }
            }
            for form in entry.codes + entry.names {
                if let other = suffixOwner.updateValue(entry.id, forKey: form.lowercased()), other != entry.id {
                    throw fail(entry.id, "'\(form)' is already a form of '\(other)'")
                }
            }
        }
    }
}
