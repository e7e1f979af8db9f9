import Foundation
import Vapor

/// The scheduler as the CLI sees it.
public enum BackgroundJobs {
    /// `tandem serve` runs a worker in the background unless told not to.
    public static func startWorker(on app: Application) {
        app.lifecycle.use(JobWorkerLifecycle())
    }

    /// `tandem jobs run-due`: everything due at `now`, once. Returns how many jobs ran.
    public static func runDue(on app: Application, now: Date) async throws -> Int {
        try await JobWorker(app: app, name: "run-due-\(UUID().uuidString.prefix(8))").runDue(now: now)
    }
}
