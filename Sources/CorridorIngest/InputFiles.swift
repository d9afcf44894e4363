import Foundation

/// Expands the paths a user gives into the list of input files, in a stable order.
///
/// Folders are walked recursively and keep only files whose extension is accepted; files named
/// explicitly are always kept. `-` stands for standard input.
public struct InputFiles: Sendable {
    /// File extensions (lowercase, without dot) taken from folders.
    public var extensions: Set<String>

    /// Creates an expander for the given extensions.
    public init(extensions: Set<String>) {
        self.extensions = extensions
    }

    /// One input: a file path, or standard input.
    public enum Input: Hashable, Sendable {
        case file(String)
        case standardInput
    }

    /// Expands `paths` (files, folders, `-`); a path that does not exist comes back as an error.
    public func expand(_ paths: [String]) -> [Result<Input, IngestError>] {
        var out: [Result<Input, IngestError>] = []
        let fm = FileManager.default
        for path in paths {
            if path == "-" {
                out.append(.success(.standardInput))
                continue
            }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                out.append(.failure(IngestError(.notFound, origin: path, detail: "no such file or folder")))
                continue
            }
            guard isDir.boolValue else {
                out.append(.success(.file(path)))
                continue
            }
            var found: [String] = []
            if let walker = fm.enumerator(atPath: path) {
                while let rel = walker.nextObject() as? String {
                    let ext = (rel as NSString).pathExtension.lowercased()
                    guard extensions.contains(ext) else { continue }
                    let full = (path as NSString).appendingPathComponent(rel)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
                }
            }
            out.append(contentsOf: found.sorted().map { .success(.file($0)) })
        }
        return out
    }

    /// The document id of a file: its name without the extension.
    public static func documentID(for path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
