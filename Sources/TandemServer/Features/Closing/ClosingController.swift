import Fluent
import TandemCore
import Vapor

/// Closing asks each member for a reflection; the relationship is then archived, read-only,
/// with its history kept. A member who did not close it can still add theirs afterwards.
enum ClosingController {
    static func register(_ app: Application) {
        app.get("relationships", ":relationshipID", "close", use: form)
        app.post("relationships", ":relationshipID", "close", use: close)
    }

    struct CloseContext: Encodable {
        let chrome: PageChrome
        let relationshipURL: String
        let isArchived: Bool
        /// A circle closes for all its members, so the page says so.
        let isCircle: Bool
        let alreadyReflected: Bool
        let values: ClosingReflectionDraft
        let errors: [String: String]
    }

    @Sendable static func form(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        try RelationshipClosure.requireMayClose(r, user: user)
        return try await render(req, r, user: user, values: ClosingReflectionDraft())
    }

    @Sendable static func close(req: Request) async throws -> Response {
        let (user, r) = try await req.memberRelationship()
        let draft = try req.content.decode(ClosingReflectionDraft.self)
        do {
            try await reflect(try draft.validate(), by: user, on: r, db: req.db)
            await req.scoresChanged()
            let rid = try r.requireID()
            return req.redirect(to: "/relationships/\(rid)?notice=relationship-closed")
        } catch let failure as ValidationFailure {
            return try await render(req, r, user: user, values: draft, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    /// Saves the member's reflection; the first one also archives the relationship, cancels its
    /// upcoming meetings and gives the seats back, in one transaction. When both members close at
    /// the same moment, both reflections are kept and the relationship is archived once.
    static func reflect(_ valid: ValidReflection, by user: User, on r: Relationship, db: any Database) async throws {
        let rid = try r.requireID()
        let written = AppError.conflict("reflection.exists", "You have already written your closing reflection.")
        if try await Reflection.query(on: db).filter(\.$relationshipID == rid).filter(\.$userID == user.requireID()).first() != nil {
            throw written
        }
        try RelationshipClosure.requireMayClose(r, user: user)
        let wasActive = r.status == .active
        try await UniqueViolation.mapping(to: written) { try await db.transaction { tx in
            // The reflection's INSERT comes first, so on SQLite the write lock is taken before anything is read.
            try await Reflection(organisationID: user.organisationID, relationshipID: rid, userID: try user.requireID(),
                                 learned: valid.learned, partnerLearned: valid.partnerLearned, nextSteps: valid.nextSteps).create(on: tx)
            if wasActive {
                try await RelationshipClosure.close(r, by: user, on: tx)
            }
        } }
    }

    static func render(_ req: Request, _ r: Relationship, user: User, values: ClosingReflectionDraft,
                       errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let reflected = try await Reflection.query(on: req.db).filter(\.$relationshipID == r.requireID())
            .filter(\.$userID == user.requireID()).first() != nil
        let isCircle = CircleRules.isCircle(type: r.programme.type, activeMembers: r.members.count)
        let title = r.isArchived ? "Closing reflection" : isCircle ? "Close the whole circle" : "Close the relationship"
        return try await req.page("relationships/close", CloseContext(
            chrome: PageChrome(request: req, title: title, section: "dashboard"),
            relationshipURL: "/relationships/\(try r.requireID())", isArchived: r.isArchived, isCircle: isCircle, alreadyReflected: reflected,
            values: values, errors: errors), status: status)
    }
}
