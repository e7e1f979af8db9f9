import Fluent
import Foundation
import TandemCore
import Vapor

/// Admins write announcements to a programme audience; each becomes a job at its time.
struct AnnouncementService {
    let context: ServiceContext
    let app: Application

    /// The programme, if the actor is an admin of its organisation (404 for another's, 403 for a participant).
    func adminProgramme(_ id: UUID?) async throws -> Programme {
        try await context.programmeAdmin(of: id)
    }

    func list(in programme: Programme) async throws -> [Announcement] {
        try await Announcement.query(on: context.db).filter(\.$programmeID == programme.requireID())
            .sort(\.$createdAt, .descending).limit(50).all()
    }

    @discardableResult
    func create(_ draft: AnnouncementDraft, in programme: Programme) async throws -> Announcement {
        let admin = context.actor
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: context.db)
        let valid = try draft.validate(zone: zone, now: Date())
        let announcement = Announcement(programme: programme, by: admin, valid)
        try await context.db.transaction { db in
            try await announcement.create(on: db)
            let id = try announcement.requireID()
            try await JobQueue.enqueue(.sendAnnouncement, JobPayload.SendAnnouncement(announcementID: id), key: "announcement:\(id)",
                                       runAt: valid.sendAt, organisationID: admin.organisationID, on: db)
            try await Audit.record("announcement.created", organisationID: admin.organisationID, actorID: admin.id,
                                   target: "announcement", targetID: id, details: valid.audience.rawValue, on: db)
        }
        if valid.sendAt <= Date() { JobWorker(app: app).kick() }
        return announcement
    }
}

extension Request {
    func announcementService() throws -> AnnouncementService {
        AnnouncementService(context: try serviceContext(), app: application)
    }
}
