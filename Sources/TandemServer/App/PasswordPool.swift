import NIOPosix
import Vapor

/// bcrypt's own two threads. Each check is tens of milliseconds of CPU on purpose, so on
/// `app.threadPool` (which SQLite uses for every statement) a burst of sign-ins would hold up
/// every query. Here at most two hash at once; further callers wait in the pool's queue.
extension Application {
    private struct PasswordPoolKey: StorageKey { typealias Value = NIOThreadPool }

    static let passwordThreadPrefix = "bcrypt-#"

    var passwordPool: NIOThreadPool {
        guard let pool = storage[PasswordPoolKey.self] else {
            fatalError("configure() starts the password pool before any request can use it")
        }
        return pool
    }

    func startPasswordPool() {
        let pool = NIOThreadPool(numberOfThreads: 2)
        // Named threads, so a test can see where hashing ran.
        pool._start(threadNamePrefix: Self.passwordThreadPrefix)
        storage[PasswordPoolKey.self] = pool
        lifecycle.use(PasswordPoolShutdown(pool: pool))
    }

    /// The configured hasher, run on the password pool.
    func passwordHashing(hopTo eventLoop: any EventLoop) -> AsyncPasswordHasher {
        password.sync.async(on: passwordPool, hopTo: eventLoop)
    }
}

extension Request {
    /// Password hashing and checking, on the password pool. Use this, not Vapor's
    /// `password.async`, which runs on `app.threadPool`.
    var passwordHashing: AsyncPasswordHasher { application.passwordHashing(hopTo: eventLoop) }
}

private struct PasswordPoolShutdown: LifecycleHandler {
    let pool: NIOThreadPool

    func shutdownAsync(_ application: Application) async {
        try? await pool.shutdownGracefully()
    }
}
