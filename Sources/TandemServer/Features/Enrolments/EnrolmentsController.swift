import Fluent
import TandemCore
import Vapor

enum EnrolmentsController {
    static func register(_ app: Application) {
        app.post("programmes", ":programmeID", "enrolments", use: enrol)
        app.post("programmes", ":programmeID", "leave", use: leave)
    }

    struct EnrolForm: Content {
        var role: String?
    }

    @Sendable static func enrol(req: Request) async throws -> Response {
        let service = EnrolmentService(context: try req.serviceContext())
        let user = service.context.actor
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: user, on: req.db)
        let form = try req.content.decode(EnrolForm.self)
        let answers = programme.questionList.indices.map { (try? req.content.get(String.self, at: "answer_\($0)")) ?? "" }
        do {
            _ = try await service.enrol(in: programme, as: form.role, answers: answers)
        } catch let failure as ValidationFailure {
            return try await ProgrammeDetailPage.render(req, user: user, programme: programme,
                                                        errors: failure.byField, status: .unprocessableEntity)
        } catch let error as EnrolmentError {
            return try await ProgrammeDetailPage.render(req, user: user, programme: programme,
                                                        errors: ["role": error.message], status: error.status)
        }
        return req.redirect(to: "/programmes/\(try programme.requireID())?notice=enrolled")
    }

    @Sendable static func leave(req: Request) async throws -> Response {
        let service = EnrolmentService(context: try req.serviceContext())
        let programme = try await ProgrammeQueries.find(req.parameters.get("programmeID", as: UUID.self), for: service.context.actor, on: req.db)
        let form = try req.content.decode(EnrolForm.self)
        try await service.leave(programme, role: form.role)
        return req.redirect(to: "/programmes/\(try programme.requireID())?notice=left")
    }
}
