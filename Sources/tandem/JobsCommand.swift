import ArgumentParser
import Foundation
import TandemServer

struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "Background jobs.", subcommands: [RunDue.self]
    )

    struct RunDue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run-due",
            abstract: "Run everything due at a moment, once, and exit (for cron, tests and the demo).",
            discussion: "Moving --now forward shows what happens over weeks: nudges, plan messages, phase changes. Running it twice at the same moment sends nothing more."
        )

        @Option(help: "The moment to run at, as ISO 8601 (2027-01-15T09:00:00Z). Default: now.", transform: JobsCommand.parseInstant)
        var now: Date?

        func run() async throws {
            try await Runner.withApp { app in
                try await prepareDatabase(app)
                let at = now ?? Date()
                let ran = try await BackgroundJobs.runDue(on: app, now: at)
                Runner.say("Ran \(ran) job\(ran == 1 ? "" : "s") due at \(at.formatted(.iso8601)).")
            }
        }
    }

    static func parseInstant(_ raw: String) throws -> Date {
        if let date = try? Date(raw, strategy: .iso8601) { return date }
        if let day = try? Date(raw + "T00:00:00Z", strategy: .iso8601) { return day }
        throw ValidationError("--now must be an ISO 8601 time such as 2027-01-15T09:00:00Z, not \(raw).")
    }
}
