import ArgumentParser
import Foundation
import TandemServer

@main
struct Tandem: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tandem",
        abstract: "Tandem: two-way mentoring, self-hosted.",
        subcommands: [Serve.self, Migrate.self, Demo.self, JobsCommand.self, BackupCommand.self, MatchCommand.self]
    )
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Migrate the database and serve the web app and API.")

    @Option(help: "Address to bind (default: HOSTNAME or 127.0.0.1).") var hostname: String?
    @Option(help: "Port to listen on (default: PORT or 8080).") var port: Int?
    @Flag(help: "Load the demo organisation first (once) and print its sign-in details.") var demo = false
    @Flag(help: "Do not run the background worker (jobs, email, nudges) in this process.") var noWorker = false

    func run() async throws {
        try await Runner.serve(hostname: hostname, port: port, demo: demo, worker: !noWorker)
    }
}

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Bring the database schema up to date, then exit.")

    func run() async throws {
        try await Runner.withApp { app in
            try await prepareDatabase(app)
            print("Database is up to date.")
        }
    }
}

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Load the demo organisation without serving.")

    @Option(help: "Also add a programme with this many generated mentors, for bench/recommendations.py.")
    var benchMentors: Int?

    func run() async throws {
        try await Runner.withApp { app in
            try await prepareDatabase(app)
            Runner.say(try await DemoSeeder.load(app).banner)
            if let benchMentors, benchMentors > 0 {
                Runner.say("benchmark-programme \(try await BenchmarkSeeder.load(app, mentors: benchMentors))")
            }
        }
    }
}

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent copy of the SQLite database to FILE (VACUUM INTO)."
    )

    @Argument(help: "Where to write the copy; must not exist yet.") var file: String

    func run() async throws {
        try await Runner.withApp { app in
            do {
                try await Backup.run(app, to: file)
                print("Backed up to \(file).")
            } catch let error as BackupError {
                FileHandle.standardError.write(Data("\(error.description)\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}
