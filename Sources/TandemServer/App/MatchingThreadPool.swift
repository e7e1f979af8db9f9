import NIOPosix
import Vapor

/// A thread pool of our own for heavy CPU work (scoring and solving), so it never runs on an
/// event loop nor on `app.threadPool`, which SQLite uses for its I/O.
extension Application {
    private struct MatchingPoolKey: StorageKey { typealias Value = NIOThreadPool }

    var matchingPool: NIOThreadPool {
        guard let pool = storage[MatchingPoolKey.self] else {
            fatalError("configure() starts the matching pool before any request can use it")
        }
        return pool
    }

    func startMatchingPool() {
        let pool = NIOThreadPool(numberOfThreads: max(1, System.coreCount - 1))
        pool.start()
        storage[MatchingPoolKey.self] = pool
        lifecycle.use(MatchingPoolShutdown(pool: pool))
    }
}

private struct MatchingPoolShutdown: LifecycleHandler {
    let pool: NIOThreadPool

    func shutdownAsync(_ application: Application) async {
        try? await pool.shutdownGracefully()
    }
}
