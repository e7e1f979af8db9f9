import Foundation
import TandemCore
import Vapor

/// The admins' load view of a programme: `/programmes/:id/load`.
enum MentorLoadController {
    static func register(_ app: Application) {
        app.get("programmes", ":programmeID", "load", use: show)
    }

    @Sendable static func show(req: Request) async throws -> View {
        let context = try req.serviceContext()
        let load = try await MentorLoadService(context: context).load(programmeID: req.parameters.get("programmeID", as: UUID.self))
        let zone = try await ViewerZone.of(context.actor, on: req.db)
        return try await req.view.render("load/index", MentorLoadContext(load, zone: zone, now: Date(), request: req))
    }
}
