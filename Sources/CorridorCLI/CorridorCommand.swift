import ArgumentParser

@main
struct CorridorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corridor",
        abstract: "Build a ledger of bilateral cooperation from news articles.",
        discussion: """
            Corridor reads news articles (text, HTML, JSON Lines, RSS/Atom), finds the people, bodies, \
            places, agreements, pledges, meetings, visits, attacks and projects they report, each traced \
            to the sentence that states it, and keeps them in a ledger.
            """,
        subcommands: [
            Extract.self, Read.self, Ingest.self, Search.self, List.self, Show.self, Timeline.self, Export.self,
            Bench.self,
        ]
    )
}
