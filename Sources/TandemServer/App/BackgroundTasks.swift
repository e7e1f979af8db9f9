import Foundation
import Vapor

/// Tasks started outside a request (a worker pass kicked by a new match run or announcement).
/// Shutdown waits for them, so none touches the database after it has closed.
final class BackgroundTasks: LifecycleHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var running: [UUID: Task<Void, Never>] = [:]

    func start(_ work: @escaping @Sendable () async -> Void) {
        let id = UUID()
        lock.withLock {
            running[id] = Task { [weak self] in
                await work()
                self?.finished(id)
            }
        }
    }

    private func finished(_ id: UUID) {
        lock.withLock { running[id] = nil }
    }

    func shutdownAsync(_ application: Application) async {
        await drain()
    }

    /// Waits until no started task is left.
    func drain() async {
        // A finished task may still be listed (it can end before it is recorded): await and drop each.
        while let (id, task) = lock.withLock({ running.first.map { ($0.key, $0.value) } }) {
            await task.value
            finished(id)
        }
    }
}

extension Application {
    private struct BackgroundTasksKey: StorageKey { typealias Value = BackgroundTasks }

    var backgroundTasks: BackgroundTasks {
        if let tasks = storage[BackgroundTasksKey.self] { return tasks }
        let tasks = BackgroundTasks()
        storage[BackgroundTasksKey.self] = tasks
        lifecycle.use(tasks)
        return tasks
    }
}
