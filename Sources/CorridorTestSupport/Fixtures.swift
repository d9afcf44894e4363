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

extension Fixtures {
    /// The `corridor` executable built beside the test bundle, when it exists.
    public static var corridorBinary: URL? {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for dir in candidates {
            var d = dir
            for _ in 0..<4 {
                let bin = d.appendingPathComponent("corridor")
                if fm.isExecutableFile(atPath: bin.path) { return bin }
                d = d.deletingLastPathComponent()
            }
        }
        return nil
    }

    /// Runs a program, feeding `input` to its standard input; returns status, stdout and stderr.
    public static func run(_ executable: URL, _ arguments: [String], input: Data? = nil) throws -> (Int32, Data, Data) {
        // Output goes to files, so that a large output can never block the child on a full pipe.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout")
        let errURL = dir.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.standardOutput = out
        p.standardError = err
        let inp = Pipe()
        p.standardInput = inp
        try p.run()
        if let input { inp.fileHandleForWriting.write(input) }
        try inp.fileHandleForWriting.close()
        p.waitUntilExit()
        try out.close()
        try err.close()
        return (p.terminationStatus, try Data(contentsOf: outURL), try Data(contentsOf: errURL))
    }

    /// A fresh temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("corridor-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
