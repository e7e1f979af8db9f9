import Vapor

/// Every /api/v1 route: each feature's table, registered behind the middleware its access asks for.
/// Cookie-authenticated calls send X-CSRF-Token on unsafe methods (`CSRFMiddleware`, app-wide).
enum APIRoutes {
    static var all: [APIRoute] {
        meta + AvailabilityAPI.routes + ProgrammesAPI.routes + ProfilesAPI.routes + RequestsAPI.routes + RelationshipsAPI.routes
            + GoalsAPI.routes + MeetingsAPI.routes + MessagesAPI.routes + FeedbackAPI.routes + ClosingAPI.routes
            + CalendarAPI.routes + SurveysAPI.routes + NotificationsAPI.routes
            + IntegrationsAPI.routes + CommunicationPlanAPI.routes + AnnouncementsAPI.routes
            + MentorLoadAPI.routes + AuditLogAPI.routes
            + AgreementAPI.routes + AgreementTemplateAPI.routes
            + ConsoleAPI.routes
    }

    static let meta: [APIRoute] = [
        APIRoute(.GET, "openapi.json", .anyone, use: OpenAPIDocument.serve, "This document", tag: "meta", errors: []),
        APIRoute(.GET, "me", .member, use: MeAPI.show, "The signed-in user and their CSRF token", tag: "account",
                 response: "Me", errors: [401]),
        APIRoute(.GET, "organisation", .member, use: MeAPI.organisation, "The user's organisation", tag: "account",
                 response: "Organisation", errors: [401]),
    ]

    static func register(_ app: Application) {
        let api = app.grouped("api", "v1")
        let groups: [APIAccess: any RoutesBuilder] = [
            .anyone: api,
            .member: api.grouped(SignedInMiddleware()),
            .admin: api.grouped(AdminMiddleware()),
        ]
        for route in all {
            groups[route.access]!.on(route.method, route.pathComponents, use: route.respond)
        }
    }
}
