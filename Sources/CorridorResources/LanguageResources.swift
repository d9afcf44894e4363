public import CorridorNLP
public import Foundation

/// Loads the bundled lexicons, gazetteers and rule data — and any user lexicons — into the
/// ``CorridorNLP/LanguageData`` the pipeline runs on.
///
/// This is the one file that reads `Bundle.module`. Every record is validated as it is read; an
/// error names the file, the line and the rule id.
///
/// ```swift
/// let data = try LanguageResources.load(userLexicons: [URL(fileURLWithPath: "my-lexicon.jsonl")])
/// let pipeline = try Pipeline.standard(data)
/// ```
public enum LanguageResources {
    /// The folder holding the bundled data files.
    public static var directory: URL {
        // Platforms disagree on whether resourceURL already ends in the copied "Resources" folder.
        let candidates = [
            Bundle.module.resourceURL?.appendingPathComponent("Resources"),
            Bundle.module.resourceURL,
            Bundle.module.bundleURL.appendingPathComponent("Resources"),
        ].compactMap { $0 }
        let fm = FileManager.default
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("nlp").path) }
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources")
    }

    /// Loads all bundled data plus the given user lexicons (JSON Lines, ``LexiconEntry`` format).
    ///
    /// - Throws: ``NLPError`` naming the file and line of the first invalid record.
    public static func load(userLexicons: [URL] = []) throws -> LanguageData {
        let dir = directory
        let nlp = dir.appendingPathComponent("nlp")
        let tokenizer = try decodeJSON(TokenizerExceptions.self, at: nlp.appendingPathComponent("tokenizer.json"))
        let furniture = try decodeJSON(FurnitureRules.self, at: nlp.appendingPathComponent("furniture.json"))
        var cues = try decodeJSON(EntityCues.self, at: nlp.appendingPathComponent("entities.json"))
        let namesDir = dir.appendingPathComponent("names")
        // Name particles ("bin", "Al-") and honorifics that are parts of names ("Syed", "Khawaja").
        cues.nameParticles += wordSet(at: namesDir.appendingPathComponent("name-particles.txt"))
            .map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }
        let names = NameLists(
            givenNames: wordSet(at: namesDir.appendingPathComponent("given-names.txt"))
                .union(wordSet(at: namesDir.appendingPathComponent("name-honorifics.txt"))),
            surnames: wordSet(at: namesDir.appendingPathComponent("surnames.txt")),
            chineseSurnames: wordSet(at: namesDir.appendingPathComponent("chinese-surnames.txt")),
            commonWords: wordSet(at: nlp.appendingPathComponent("english-words.txt"))
        )
        var files: [(URL, isBundled: Bool)] = []
        for sub in ["gazetteer", "lexicon"] {
            files += jsonlFiles(in: dir.appendingPathComponent(sub)).map { ($0, true) }
        }
        files += userLexicons.map { ($0, false) }
        var lexicon: [LexiconEntry] = []
        var seen: [String: String] = [:]
        for (file, isBundled) in files {
            for (line, var entry) in try readLexicon(at: file) {
                if let first = seen[entry.id] {
                    throw NLPError.duplicateRuleID(entry.id, source: "\(file.path) (first in \(first))", line: line)
                }
                seen[entry.id] = file.lastPathComponent
                entry.isBundled = isBundled
                lexicon.append(entry)
            }
        }
        return LanguageData(
            tokenizer: tokenizer, furniture: furniture, cues: cues, names: names, lexicon: lexicon,
            facts: try decodeJSON(FactCues.self, at: nlp.appendingPathComponent("facts.json")),
            numbers: try decodeValidated(NumberWords.self, at: nlp.appendingPathComponent("numbers.json")),
            currencies: try decodeValidated(CurrencyTable.self, at: nlp.appendingPathComponent("currencies.json")),
            dates: try decodeValidated(DateLexicon.self, at: nlp.appendingPathComponent("dates.json")),
            quantities: try decodeValidated(QuantityRules.self, at: nlp.appendingPathComponent("quantities.json")),
            sectors: try decodeValidated(SectorKeywords.self, at: nlp.appendingPathComponent("sectors.json")))
    }

    /// Decodes one of the normalisation files and runs its validator, which names the file and entry.
    private static func decodeValidated<T: ValidatedResource>(_ type: T.Type, at url: URL) throws -> T {
        let value = try decodeJSON(type, at: url)
        try value.validate(source: url.path)
        return value
    }

    /// Reads one lexicon file, validating every record.
    ///
    /// - Returns: each entry with its line number.
    /// - Throws: ``NLPError`` for unreadable files and invalid records.
    public static func readLexicon(at url: URL) throws -> [(Int, LexiconEntry)] {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NLPError.invalidResource(source: url.path, line: 0, reason: "cannot read the file")
        }
        let decoder = JSONDecoder()
        var out: [(Int, LexiconEntry)] = []
        let bytes = [UInt8](data)
        var lineNumber = 0
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            defer { start = end + 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let entry: LexiconEntry
            let fast = line.withUnsafeBufferPointer { FlatJSONLine.lexiconEntry($0) }
            if let fast {
                entry = fast
            } else {
                do {
                    entry = try decoder.decode(LexiconEntry.self, from: Data(line))
                } catch {
                    throw NLPError.invalidResource(source: url.path, line: lineNumber, reason: describe(error))
                }
            }
            if entry.id.isEmpty || entry.name.unicodeScalars.allSatisfy({ TextFolding.isSpace($0) }) {
                throw NLPError.invalidResource(
                    source: url.path, line: lineNumber, reason: "entry '\(entry.id)' needs a non-empty id and name")
            }
            if let c = entry.country, c.count != 2 || c.uppercased() != c {
                throw NLPError.invalidResource(
                    source: url.path, line: lineNumber,
                    reason: "entry '\(entry.id)': country '\(c)' is not an ISO 3166-1 alpha-2 code")
            }
            out.append((lineNumber, entry))
        }
        return out
    }

    private static func jsonlFiles(in dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") }.sorted().map { dir.appendingPathComponent($0) }
    }

    private static func wordSet(at url: URL) -> Set<String> {
        guard let data = FileManager.default.contents(atPath: url.path) else { return [] }
        var out = Set<String>()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            var w = line[...]
            while let f = w.first, f == " " || f == "\t" { w = w.dropFirst() }
            while let l = w.last, l == " " || l == "\t" { w = w.dropLast() }
            if !w.isEmpty && w.first != "#" { out.insert(TextFolding.key(w)) }
        }
        return out
    }

    private static func decodeJSON<T: Decodable>(_ type: T.Type, at url: URL) throws -> T {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw NLPError.invalidResource(source: url.path, line: 0, reason: "cannot read the file")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch {
            throw NLPError.invalidResource(source: url.path, line: 0, reason: describe(error))
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let ctx), DecodingError.valueNotFound(_, let ctx):
            "wrong type at '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))'"
        case DecodingError.dataCorrupted(let ctx):
            ctx.codingPath.isEmpty
                ? "not valid JSON" : "invalid value at '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))'"
        default: "\(error)"
        }
    }
}

/// A data file whose records are checked after decoding.
private protocol ValidatedResource: Decodable {
    func validate(source: String) throws
}

extension NumberWords: ValidatedResource {}
extension CurrencyTable: ValidatedResource {}
extension DateLexicon: ValidatedResource {}
extension QuantityRules: ValidatedResource {}
extension SectorKeywords: ValidatedResource {}
