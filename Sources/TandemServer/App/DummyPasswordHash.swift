import NIOConcurrencyHelpers
import Vapor

extension Request {
    /// A hash of a random password, made once with the app's own hasher (so at its cost).
    /// Checking a password against it makes an unknown or deactivated email cost the same
    /// work as a real account, so timing does not tell who has one.
    func dummyPasswordHash() async throws -> String {
        let box = application.dummyPasswordHashBox
        if let hash = box.withLockedValue({ $0 }) { return hash }
        let hash = try await passwordHashing.hash(Tokens.random())
        box.withLockedValue { if $0 == nil { $0 = hash } }
        return hash
    }
}

extension Application {
    private struct DummyHashKey: StorageKey { typealias Value = NIOLockedValueBox<String?> }

    fileprivate var dummyPasswordHashBox: NIOLockedValueBox<String?> {
        if let box = storage[DummyHashKey.self] { return box }
        // Storage is not thread-safe to write; configure() creates the box before serving.
        let box = NIOLockedValueBox<String?>(nil)
        storage[DummyHashKey.self] = box
        return box
    }

    /// Creates the holder for the dummy hash; called from configure, before any request.
    func prepareDummyPasswordHash() {
        _ = dummyPasswordHashBox
    }
}
