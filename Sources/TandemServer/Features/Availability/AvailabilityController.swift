import TandemCore
import Vapor

/// The availability page: away until a date, a note for mentees, and hiding one's activity.
enum AvailabilityController {
    static func register(_ app: Application) {
        app.get("account", "availability", use: show)
        app.post("account", "availability", use: submit)
    }

    struct Form: Content {
        var away_until: String?
        var away_note: String?
        /// A checkbox: present ("on") when ticked.
        var hide_activity: String?

        var draft: AvailabilityDraft {
            AvailabilityDraft(awayUntil: away_until ?? "", awayNote: away_note ?? "", hideActivity: hide_activity == "on" || hide_activity == "true")
        }
    }

    @Sendable static func show(req: Request) async throws -> Response {
        let service = AvailabilityService(context: try req.serviceContext())
        let now = try await service.current()
        let form = Form(away_until: now.availability.awayUntil?.iso, away_note: now.availability.awayNote,
                        hide_activity: now.availability.hideActivity ? "on" : nil)
        return try await render(req, form: form, today: now.today, away: now.away ? now.availability.awayUntil : nil, errors: [:])
    }

    @Sendable static func submit(req: Request) async throws -> Response {
        let service = AvailabilityService(context: try req.serviceContext())
        let form = try req.content.decode(Form.self)
        do {
            let saved = try await service.save(form.draft)
            return req.redirect(to: "/account/availability?notice=\(saved.availability.awayUntil == nil ? "availability-saved" : "away-saved")")
        } catch let failure as ValidationFailure {
            let now = try await service.current()
            return try await render(req, form: form, today: now.today, away: nil, errors: failure.byField, status: .unprocessableEntity)
        }
    }

    static func render(_ req: Request, form: Form, today: LocalDate, away: LocalDate?, errors: [String: String],
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        try await req.page("availability/edit", AvailabilityContext(
            chrome: PageChrome(request: req, title: "Availability", section: "profile"),
            awayUntil: form.away_until ?? "", awayNote: form.away_note ?? "", hideActivity: form.draft.hideActivity,
            today: today.iso, awayLine: away.map { "You are away until \(DateText.day($0)), and back on \(DateText.day(AwayWindow.backOn($0)))." },
            errors: errors
        ), status: status)
    }
}

struct AvailabilityContext: Encodable {
    let chrome: PageChrome
    let awayUntil: String
    let awayNote: String
    let hideActivity: Bool
    /// The earliest date the date input offers.
    let today: String
    /// Nil when not away.
    let awayLine: String?
    let errors: [String: String]
}
