import CorridorIngest
import Foundation

// Temporary measurement tool: corridor-read-bench DIR OUT.jsonl
let args = CommandLine.arguments
let dir = args[1]
let files = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".html") }.sorted()
var pages: [(String, [UInt8])] = []
var total = 0
for f in files {
    let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + f))
    pages.append((String(f.dropLast(5)), [UInt8](data)))
    total += data.count
}
let reader = HTMLArticleReader()
var out = ""
let start = Date()
for (id, bytes) in pages {
    do {
        let a = try reader.article(from: bytes, id: id, origin: id)
        let obj: [String: String] = ["doc": id, "text": a.text, "title": a.title ?? "", "date": a.publishedAt?.description ?? "", "outlet": a.outlet ?? "", "url": a.url ?? ""]
        let d = try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys])
        out += String(decoding: d, as: UTF8.self) + "\n"
    } catch {
        FileHandle.standardError.write("\(error)\n".data(using: .utf8)!)
        out += "{\"doc\": \"\(id)\", \"text\": \"\"}\n"
    }
}
let dt = Date().timeIntervalSince(start)
FileHandle.standardError.write(String(format: "%d pages, %.1f MB in %.2f s: %.2f MB/s\n", pages.count, Double(total)/1e6, dt, Double(total)/1e6/dt).data(using: .utf8)!)
try out.write(toFile: args[2], atomically: true, encoding: .utf8)
