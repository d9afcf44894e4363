import Foundation

/// The ledger's one JSON form, for stored columns that keep a whole value (payloads, alias lists)
/// and for exports: sorted keys, unescaped slashes, so equal values give equal text.
public enum JSONCoding {
    public static func encode(_ value: some Encodable) throws(StoreError) -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return String(decoding: try e.encode(value), as: UTF8.self)
        } catch {
            throw StoreError.encoding("\(error)")
        }
    }

    public static func decode<T: Decodable>(_ type: T.Type, from text: String) throws(StoreError) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw StoreError.encoding("\(T.self): \(error)")
        }
    }
}
