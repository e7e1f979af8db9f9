import ArgumentParser
import Foundation
import Logging
import TandemServer
import Vapor

/// Builds the app from the environment, runs some work, and always shuts it down.
enum Runner {
    static func withApp(port: Int? = nil, serving: Bool = false, _ body: (Application) async throws -> Void) async throws {
        let (settings, warnings) = try loadSettings(port: port, serving: serving)
        let app = try await Application.make(Environment(name: "production", arguments: ["tandem", "serve"]))
        do {
            try await configure(app, settings)
            for warning in warnings { app.logger.warning("\(warning)") }
            try await body(app)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    static func serve(hostname: String?, port: Int?, demo: Bool, worker: Bool) async throws {
        let env = ProcessInfo.processInfo.environment
        let port = port ?? Int(env["PORT"] ?? "") ?? 8080
        let host = hostname ?? bindAddress(from: env["HOSTNAME"]) ?? "127.0.0.1"
        try await withApp(port: port, serving: true) { app in
            try await prepareDatabase(app)
            if demo { say(try await DemoSeeder.load(app).banner) }
            if worker { BackgroundJobs.startWorker(on: app) }
            app.http.server.configuration.hostname = host
            app.http.server.configuration.port = port
            say("Tandem is listening on http://\(host == "0.0.0.0" ? "localhost" : host):\(port)")
            try await app.execute()
        }
    }

    /// Writes a line to standard output at once; `print` is buffered when output goes to a file.
    static func say(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    /// Shells and containers often export HOSTNAME as the machine's name; only an address counts.
    static func bindAddress(from raw: String?) -> String? {
        guard let raw, !raw.isEmpty else { return nil }
        if raw == "localhost" || raw.contains(":") || raw.split(separator: ".").count == 4 && raw.allSatisfy({ $0.isNumber || $0 == "." }) {
            return raw
        }
        return nil
    }

    static func loadSettings(port: Int?, serving: Bool) throws -> (AppSettings, [String]) {
        do {
            var result = try AppSettings.fromEnvironment(port: port)
            if serving { result.settings = try result.settings.locatingResources() }
            let level = result.settings.logLevel
            LoggingSystem.bootstrap { label in
                var handler = StreamLogHandler.standardError(label: label)
                handler.logLevel = level
                return handler
            }
            return (result.settings, result.warnings)
        } catch let error as SettingsError {
            FileHandle.standardError.write(Data("Configuration error: \(error.description)\n".utf8))
            throw ExitCode(78)
        }
    }
}
