import Fluent
import TandemCore
import Vapor

/// Every email Tandem wrote, for admins: without SMTP this is where they are read (secret links
/// hidden); with SMTP it shows what the server answered. And a test email to oneself.
enum OutboxController {
    static func register(_ app: Application) {
        app.get("admin", "outbox", use: index)
        app.post("admin", "outbox", "test", use: sendTest)
    }

    @Sendable static func index(req: Request) async throws -> View {
        try await render(req, outcome: nil)
    }

    @Sendable static func sendTest(req: Request) async throws -> View {
        let service = OutboxService(context: try req.adminServiceContext(), mailer: req.application.mailSender,
                                    settings: req.application.settings)
        return try await render(req, outcome: try await service.sendTestEmail())
    }

    private static func render(_ req: Request, outcome: OutboxService.TestResult?) async throws -> View {
        let admin = try req.requireAdmin()
        let zone = try await ProgrammeQueries.timeZone(of: admin, on: req.db).identifier
        let cursor = try req.timeCursor("before")
        let page = try await OutboxQueries.page(organisationID: admin.organisationID, after: cursor, on: req.db)
        let rows = page.rows.map { OutboxContext.Row($0, zone: zone) }
        let (text, failed): (String?, Bool) = switch outcome {
        case nil: (nil, false)
        case .notConfigured?: ("SMTP_URL is not set, so the test email was kept in the outbox below. Set SMTP_URL and MAIL_FROM to send email.", false)
        case .sent(let reply)?: ("The mail server accepted the test email to \(admin.email). It answered: \(reply)", false)
        case .refused(let error)?: ("The test email to \(admin.email) was not sent. \(error)", true)
        }
        return try await req.view.render("outbox/index", OutboxContext(
            chrome: PageChrome(request: req, title: "Outbox", section: "outbox"),
            rows: rows, hasRows: !rows.isEmpty, olderURL: page.next.map { "/admin/outbox?before=\($0.encoded)" },
            isLaterPage: cursor != nil, smtpConfigured: req.application.mailSender != nil,
            testOutcome: text, testFailed: failed))
    }
}
