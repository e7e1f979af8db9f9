import ArgumentParser

/// `tandem match …`: the matching engine on plain files, for checking it against other solvers.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Run the matching engine on a problem file.",
        subcommands: [MatchSolve.self, MatchSolvePeers.self]
    )
}
