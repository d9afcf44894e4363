import CorridorModel
import CorridorNLP

/// A fast reader for the flat JSON objects of lexicon lines: string, number, boolean and null
/// values, and arrays of strings.
///
/// Gazetteers hold tens of thousands of lines; Foundation's `JSONDecoder` spends most of the
/// start-up time on them. This byte scanner reads the common shape directly and returns nil for
/// anything else, so the caller falls back to `JSONDecoder` — which then also produces the precise
/// error message for a malformed line.
struct FlatJSONLine {
    enum Value {
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        case strings([String])
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The fields of one line, or nil when the line is not a flat object this reader handles.
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> [String: Value]? {
        var p = FlatJSONLine(line)
        return p.object()
    }

    /// A lexicon entry from one line, or nil to fall back to `JSONDecoder`.
    static func lexiconEntry(_ line: UnsafeBufferPointer<UInt8>) -> LexiconEntry? {
        guard let f = parse(line), case .string(let id)? = f["id"], case .string(let label)? = f["label"],
            let type = EntityType(rawValue: label), case .string(let name)? = f["name"]
        else { return nil }
        let known: Set<String> = [
            "id", "label", "name", "aliases", "country", "lat", "lon", "kind", "case", "population", "ambiguous", "role",
            "note", "capital",
        ]
        guard f.keys.allSatisfy(known.contains) else { return nil }
        func string(_ k: String) -> String?? {
            switch f[k] {
            case nil, .null?: return .some(nil)
            case .string(let s)?: return .some(s)
            default: return nil
            }
        }
        func number(_ k: String) -> Double?? {
            switch f[k] {
            case nil, .null?: return .some(nil)
            case .number(let d)?: return .some(d)
            default: return nil
            }
        }
        var aliases: [String]?
        switch f["aliases"] {
        case nil, .null?: aliases = nil
        case .strings(let a)?: aliases = a
        default: return nil
        }
        var ambiguous: Bool?
        switch f["ambiguous"] {
        case nil, .null?: ambiguous = nil
        case .bool(let b)?: ambiguous = b
        default: return nil
        }
        guard let country = string("country"), let kind = string("kind"), let caseRule = string("case"),
            let role = string("role"), let lat = number("lat"), let lon = number("lon"), let population = number("population")
        else { return nil }
        var rule: LexiconEntry.CaseRule?
        if let c = caseRule {
            guard let r = LexiconEntry.CaseRule(rawValue: c) else { return nil }
            rule = r
        }
        if let p = population, p != p.rounded() { return nil }
        return LexiconEntry(
            id: id, label: type, name: name, aliases: aliases, country: country, lat: lat, lon: lon, kind: kind,
            case: rule, population: population.map { Int($0) }, ambiguous: ambiguous, role: role)
    }

    // MARK: - Scanning

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    private mutating func expect(_ b: UInt8) -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == b else { return false }
        i += 1
        return true
    }

    private mutating func object() -> [String: Value]? {
        guard expect(0x7B) else { return nil }  // {
        var out: [String: Value] = [:]
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D {
            i += 1
            return out
        }
        while true {
            guard let key = string(), expect(0x3A), let v = value() else { return nil }
            out[key] = v
            skipSpace()
            guard i < bytes.count else { return nil }
            if bytes[i] == 0x2C {
                i += 1
                continue
            }
            if bytes[i] == 0x7D {
                i += 1
                skipSpace()
                return i == bytes.count ? out : nil
            }
            return nil
        }
    }

    private mutating func value() -> Value? {
        skipSpace()
        guard i < bytes.count else { return nil }
        switch bytes[i] {
        case 0x22: return string().map(Value.string)
        case 0x5B:
            i += 1
            var items: [String] = []
            skipSpace()
            if i < bytes.count, bytes[i] == 0x5D {
                i += 1
                return .strings(items)
            }
            while true {
                guard let s = string() else { return nil }
                items.append(s)
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == 0x2C {
                    i += 1
                    continue
                }
                if bytes[i] == 0x5D {
                    i += 1
                    return .strings(items)
                }
                return nil
            }
        case 0x74: return literal("true") ? .bool(true) : nil
        case 0x66: return literal("false") ? .bool(false) : nil
        case 0x6E: return literal("null") ? .null : nil
        default: return number()
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { return false }
        let p = word.utf8Start
        for k in 0..<n where bytes[i + k] != p[k] { return false }
        i += n
        return true
    }

    private mutating func number() -> Value? {
        let start = i
        while i < bytes.count, (bytes[i] >= 0x30 && bytes[i] <= 0x39) || [0x2D, 0x2B, 0x2E, 0x65, 0x45].contains(bytes[i]) {
            i += 1
        }
        guard i > start, let d = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        else { return nil }
        return .number(d)
    }

    /// A JSON string with its escapes (\" \\ \/ \b \f \n \r \t \uXXXX, surrogate pairs).
    private mutating func string() -> String? {
        skipSpace()
        guard i < bytes.count, bytes[i] == 0x22 else { return nil }
        i += 1
        let start = i
        // Fast path: no escapes.
        while i < bytes.count, bytes[i] != 0x22, bytes[i] != 0x5C {
            if bytes[i] < 0x20 { return nil }
            i += 1
        }
        guard i < bytes.count else { return nil }
        if bytes[i] == 0x22 {
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            i += 1
            return s
        }
        var out = Array(bytes[start..<i])
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if b < 0x20 { return nil }
            if b != 0x5C {
                out.append(b)
                i += 1
                continue
            }
            i += 1
            guard i < bytes.count else { return nil }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                guard var scalar = hex4() else { return nil }
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { return nil }
                    i += 2
                    guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let u = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default: return nil
            }
        }
        return nil
    }

    private mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: return nil
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
