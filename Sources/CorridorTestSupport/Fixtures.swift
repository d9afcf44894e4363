public import Foundation

/// Paths shared by the test targets.
public enum Fixtures {
    /// The repository root, found from this source file's location.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/eval` beside the clone, when present.
    public static var evalDirectory: URL? {
        let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/eval")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}
