import ArgumentParser

@main
struct CorridorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corridor",
        abstract: "Build a ledger of bilateral cooperation from news articles.",
        subcommands: []
    )
}
