import TandemCore
import Vapor

/// Everything under /api/v1. Cookie-authenticated calls send X-CSRF-Token on unsafe methods.
enum APIRoutes {
    static func register(_ app: Application) {
        let api = app.grouped("api", "v1")
        api.get("openapi.json", use: OpenAPIDocument.serve)
        api.get("me", use: MeAPI.show)
        api.get("organisation", use: MeAPI.organisation)
        ProgrammesAPI.register(api)
        ProfilesAPI.register(api)
        RequestsAPI.register(api)
        RelationshipsAPI.register(api)
        GoalsAPI.register(api)
        MeetingsAPI.register(api)
        MessagesAPI.register(api)
        FeedbackAPI.register(api)
        ClosingAPI.register(api)
        CalendarAPI.register(api)
        SurveysAPI.register(api)
    }
}

/// A page of items and the cursor for the next one.
struct APIPage<Item: Content>: Content {
    let items: [Item]
    let next_cursor: String?
}

extension Request {
    func uuidParameter(_ name: String, _ what: Resource) throws -> UUID {
        guard let id = parameters.get(name, as: UUID.self) else { throw AccessError.notFound(what) }
        return id
    }
}
