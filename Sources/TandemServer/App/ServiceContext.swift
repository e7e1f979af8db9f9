import Fluent
import Vapor

/// What every feature service needs from a request: who acts, the database, the side effects
/// and a logger. Services take this rather than a `Request`, so page and API handlers share them.
struct ServiceContext: Sendable {
    let actor: User
    let db: any Database
    let effects: SideEffects
    let logger: Logger
}

extension Request {
    /// The signed-in person's service context; `auth.required` when nobody is signed in.
    func serviceContext() throws -> ServiceContext {
        ServiceContext(actor: try requireUser(), db: db, effects: SideEffects(application: application), logger: logger)
    }

    /// An admin's service context; `auth.forbidden` for anyone else.
    func adminServiceContext() throws -> ServiceContext {
        ServiceContext(actor: try requireAdmin(), db: db, effects: SideEffects(application: application), logger: logger)
    }
}
