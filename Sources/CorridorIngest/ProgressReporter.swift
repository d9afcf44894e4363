import Foundation

/// A one-line progress bar with rate and ETA on standard error, drawn only on a terminal.
///
/// ```swift
/// var p = ProgressReporter(total: 580)
/// p.advance(label: "news-001")   // ▕████░░░░▏ 120/580  21%  12.3/s  ETA 0:38  news-001
/// p.finish()
/// ```
public struct ProgressReporter: Sendable {
    /// The expected number of items, when known.
    public var total: Int?
    /// Whether to draw at all (standard error is a terminal and the user did not ask for quiet).
    public let isEnabled: Bool
    private var done = 0
    private let start = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?

    /// Creates a reporter; it draws only when standard error is a terminal and `enabled` is true.
    public init(total: Int?, enabled: Bool = true) {
        self.total = total
        isEnabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Counts one item and redraws at most ten times a second.
    public mutating func advance(label: String) {
        done += 1
        guard isEnabled else { return }
        let now = ContinuousClock.now
        if let lastDraw, now - lastDraw < .milliseconds(100), done != total { return }
        lastDraw = now
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line(label: label, now: now)).utf8))
    }

    /// Clears the bar.
    public func finish() {
        guard isEnabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The text of the bar.
    func line(label: String, now: ContinuousClock.Instant) -> String {
        let elapsed = Double((now - start).components.seconds) + Double((now - start).components.attoseconds) / 1e18
        let rate = elapsed > 0 ? Double(done) / elapsed : 0
        var s = ""
        if let total, total > 0 {
            let fraction = min(1, Double(done) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            s += "▕" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "▏ "
            s += "\(done)/\(total) \(Int(fraction * 100))%"
            if rate > 0 { s += "  " + String(format: "%.1f/s", rate) + "  ETA " + Self.clock(Double(total - done) / rate) }
        } else {
            s += "\(done)  " + String(format: "%.1f/s", rate)
        }
        return s + "  " + String(label.prefix(40))
    }

    static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded()))
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
