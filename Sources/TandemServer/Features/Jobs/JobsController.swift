import Fluent
import TandemCore
import Vapor

/// The admin's view of background work: failed jobs with their error and a retry button, what
/// is running, and what is due next.
enum JobsController {
    static func register(_ app: Application) {
        app.get("admin", "jobs", use: index)
        app.post("admin", "jobs", ":jobID", "retry", use: retry)
    }

    @Sendable static func index(req: Request) async throws -> View {
        let admin = try req.requireAdmin()
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: req.db).identifier
        let overview = try await JobQueries.overview(organisationID: admin.organisationID, now: Date(), on: req.db)
        let rows = { (jobs: [Job]) in jobs.map { JobsContext.Row($0, zone: zone) } }
        return try await req.view.render("jobs/index", JobsContext(
            chrome: PageChrome(request: req, title: "Background jobs", section: "jobs"),
            failed: rows(overview.failed), running: rows(overview.running), due: rows(overview.due),
            hasFailed: !overview.failed.isEmpty, hasRunning: !overview.running.isEmpty, hasDue: !overview.due.isEmpty,
            limit: JobQueries.listLimit))
    }

    @Sendable static func retry(req: Request) async throws -> Response {
        try await JobService(context: try req.adminServiceContext()).retry(req.parameters.get("jobID", as: UUID.self))
        return req.redirect(to: "/admin/jobs?notice=job-retried")
    }
}
