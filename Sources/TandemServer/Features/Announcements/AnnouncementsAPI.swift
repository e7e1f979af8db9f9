import Fluent
import TandemCore
import Vapor

/// Announcements over the API: list a programme's, or send (or schedule) one.
enum AnnouncementsAPI {
    static let routes: [APIRoute] = [
        APIRoute(.GET, "programmes/:programmeID/announcements", .admin, use: list,
                 "A programme's announcements, newest first (admin)", tag: "announcements", response: "AnnouncementList",
                 errors: [401, 403, 404]),
        APIRoute(.POST, "programmes/:programmeID/announcements", .admin, use: create,
                 "Send an announcement to a programme audience, now or at a set time (admin)", tag: "announcements",
                 body: "AnnouncementInput", response: "Announcement", success: 201, errors: APIRoute.write),
    ]

    struct Input: APIContent {
        var subject: String?
        var body: String?
        var audience: String?
        var channels: [String]?
        var sendDate: String?
        var sendTime: String?
    }

    struct Output: APIContent {
        let id: UUID
        let subject: String
        let audience: String
        let channels: [String]
        let state: String
        let sendAt: Date
        let sentAt: Date?
        let recipients: Int

        init(_ a: Announcement) {
            id = a.id ?? UUID()
            subject = a.subject
            audience = a.audience.rawValue
            channels = a.channels.split(separator: ",").map(String.init)
            state = a.state.rawValue
            sendAt = a.sendAt
            sentAt = a.sentAt
            recipients = a.recipients
        }
    }

    struct OutputList: APIContent {
        let items: [Output]
    }

    @Sendable static func list(req: Request) async throws -> OutputList {
        let service = try req.announcementService()
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        return OutputList(items: try await service.list(in: programme).map(Output.init))
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let service = try req.announcementService()
        let programme = try await service.adminProgramme(req.parameters.get("programmeID", as: UUID.self))
        let input = try req.apiBody(Input.self)
        let created = try await service.create(AnnouncementDraft(
            subject: input.subject ?? "", body: input.body ?? "", audience: input.audience ?? PlanAudience.everyone.rawValue,
            channels: input.channels ?? [PlanChannel.inApp.rawValue, PlanChannel.email.rawValue],
            sendDate: input.sendDate ?? "", sendTime: input.sendTime ?? ""), in: programme)
        return try await Output(created).encodeResponse(status: .created, for: req)
    }
}
