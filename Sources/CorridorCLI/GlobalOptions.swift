import ArgumentParser
import Logging

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Log level on standard error: trace, debug, info, notice, warning, error, critical.")
    var logLevel: LogLevel = .warning

    @Flag(name: .shortAndLong, help: "Print nothing but results and errors.")
    var quiet = false

    /// Starts swift-log on standard error at the chosen level and returns the CLI's logger.
    func makeLogger() -> Logger {
        LoggingBootstrap.once(level: quiet ? .error : Logger.Level(rawValue: logLevel.rawValue) ?? .warning)
        return Logger(label: "corridor")
    }
}

/// The log levels of swift-log, as a command-line argument.
enum LogLevel: String, ExpressibleByArgument, CaseIterable {
    case trace, debug, info, notice, warning, error, critical
}

/// Bootstraps logging exactly once per process.
enum LoggingBootstrap {
    nonisolated(unsafe) private static var done = false

    static func once(level: Logger.Level) {
        guard !done else { return }
        done = true
        LoggingSystem.bootstrap { label in
            var h = StreamLogHandler.standardError(label: label)
            h.logLevel = level
            return h
        }
    }
}
