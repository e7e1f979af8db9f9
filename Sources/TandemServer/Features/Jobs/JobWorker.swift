import Fluent
import Foundation
import TandemCore
import Vapor

/// Runs due jobs: claims one, runs its handler, records the outcome, and repeats until nothing
/// is due. `tandem serve` runs one in the background; `tandem jobs run-due` runs one once.
struct JobWorker: Sendable {
    let app: Application
    /// Names this worker in `locked_by`, so only the claimant records an outcome.
    let name: String

    init(app: Application, name: String = "worker-\(UUID().uuidString.prefix(8))") {
        self.app = app
        self.name = name
    }

    /// Enqueues the sweep for `now` (one per minute across all instances), then runs everything
    /// due at `now`, including what the sweep adds. A job that fails is rescheduled, so one
    /// pass never runs a job twice.
    /// - Returns: how many jobs ran.
    @discardableResult
    func runDue(now: Date = Date(), sweeping: Bool = true, limit: Int = 10_000, leaseNow: Date? = nil) async throws -> Int {
        if sweeping { try await Sweep.enqueue(at: now, on: app.db) }
        var ran = 0
        while ran < limit, let job = try await JobClaim.next(by: name, now: now, leaseNow: leaseNow ?? Date(), on: app.db) {
            ran += 1
            do {
                try await JobHandlers.run(job, now: now, app: app)
                try await JobClaim.finish(job, by: name, now: now, on: app.db)
            } catch {
                app.logger.warning("Job \(job.kind.rawValue) \(job.id?.uuidString ?? "") failed: \(String(describing: error))")
                try await JobClaim.fail(job, error: String(describing: error), by: name, now: now,
                                        unitRandom: Double.random(in: 0...1), on: app.db)
            }
        }
        return ran
    }

    /// Polls every `interval` until the task is cancelled (at shutdown).
    func loop(every interval: Duration = .seconds(2)) async {
        app.logger.info("Background worker \(name) started: polling every \(interval).")
        while !Task.isCancelled {
            do {
                try await runDue()
            } catch {
                app.logger.error("Background worker: \(String(reflecting: error))")
            }
            try? await Task.sleep(for: interval)
        }
    }
}

/// Starts the worker when the app boots and stops it at shutdown (`tandem serve`, unless
/// `--no-worker`).
struct JobWorkerLifecycle: LifecycleHandler {
    let task = TaskBox()

    func didBootAsync(_ application: Application) async throws {
        let worker = JobWorker(app: application)
        task.set(Task { await worker.loop() })
    }

    func shutdownAsync(_ application: Application) async {
        await task.stop()
    }

    final class TaskBox: @unchecked Sendable {
        private let lock = NSLock()
        private var task: Task<Void, Never>?
        func set(_ new: Task<Void, Never>) { lock.withLock { task = new } }
        /// Cancels the polling loop and waits for the pass in progress to end.
        func stop() async {
            let current = lock.withLock { () -> Task<Void, Never>? in defer { task = nil }; return task }
            current?.cancel()
            await current?.value
        }
    }
}

extension JobWorker {
    /// Runs a pass now, in the background, without the sweep: work a person just asked for (a
    /// match run, an email) starts at once rather than at the next poll. Claims keep it from
    /// running twice alongside the polling worker.
    func kick() {
        let worker = self
        app.backgroundTasks.start {
            do {
                try await worker.runDue(now: Date(), sweeping: false)
            } catch {
                worker.app.logger.error("Background pass: \(String(reflecting: error))")
            }
        }
    }
}
