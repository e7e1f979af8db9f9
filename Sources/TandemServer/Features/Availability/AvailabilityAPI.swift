import TandemCore
import Vapor

enum AvailabilityAPI {
    struct AvailabilityResponse: APIContent {
        /// YYYY-MM-DD, inclusive, in the organisation's zone; nil when not away.
        let awayUntil: String?
        let awayNote: String?
        let hideActivity: Bool
        /// Whether the person is away today.
        let away: Bool
    }

    struct AvailabilityInput: APIContent {
        var awayUntil: String?
        var awayNote: String?
        var hideActivity: Bool?
    }

    static let routes: [APIRoute] = [
        APIRoute(.GET, "me/availability", .member, use: show, "Whether I am away, until when, and whether browse hides my activity",
                 tag: "account", response: "Availability", errors: [401]),
        APIRoute(.PUT, "me/availability", .member, use: update,
                 "Mark myself away until a date (null: back), with a note; my waiting requests are declined kindly",
                 tag: "account", body: "AvailabilityInput", response: "Availability", errors: APIRoute.write),
    ]

    @Sendable static func show(req: Request) async throws -> AvailabilityResponse {
        let now = try await AvailabilityService(context: try req.serviceContext()).current()
        return response(now.availability, away: now.away)
    }

    @Sendable static func update(req: Request) async throws -> AvailabilityResponse {
        let service = AvailabilityService(context: try req.serviceContext())
        let body = try req.apiBody(AvailabilityInput.self)
        let before = try await service.current()
        try await service.save(AvailabilityDraft(awayUntil: body.awayUntil ?? "", awayNote: body.awayNote ?? "",
                                                 hideActivity: body.hideActivity ?? before.availability.hideActivity))
        let now = try await service.current()
        return response(now.availability, away: now.away)
    }

    static func response(_ a: Availability, away: Bool) -> AvailabilityResponse {
        AvailabilityResponse(awayUntil: a.awayUntil?.iso, awayNote: a.awayNote, hideActivity: a.hideActivity, away: away)
    }
}
