import TandemCore
import Vapor

/// Adds or edits one plan message. On a problem the form comes back with each field's message
/// and everything as typed.
enum PlanMessageFormPage {
    static func render(_ req: Request, programme: Programme, message: PlanMessage?, values: PlanMessageDraft,
                       errors: [String: String] = [:], status: HTTPResponseStatus = .ok) async throws -> Response {
        let base = try CommunicationPlanController.base(programme)
        let heading = message == nil ? "Add a message" : "Edit message"
        return try await req.page("communication-plan/form", PlanMessageFormContext(
            chrome: PageChrome(request: req, title: "\(heading): \(programme.name)", section: "programmes"),
            heading: heading, programmeName: programme.name, planURL: base,
            action: message.map { "\(base)/messages/\($0.id?.uuidString ?? "")" } ?? "\(base)/messages",
            submitLabel: message == nil ? "Add message" : "Save message", values: values,
            events: PlanEvent.allowed(in: programme.mode).map { Choice(value: $0.rawValue, label: $0.label, selected: $0.rawValue == values.event) },
            audiences: Choice.list(PlanAudience.self, selected: values.audience) { $0.label },
            channels: PlanChannel.allCases.map { Choice(value: $0.rawValue, label: $0.label, selected: values.channels.contains($0.rawValue)) },
            placeholders: PlanPlaceholder.list, errors: errors), status: status)
    }
}
