import Fluent
import TandemCore
import Vapor

/// Shows one plan message as a chosen enrolled person would get it in the app: their placeholders
/// filled in, and everything HTML-escaped in Swift (`PlanEscaping.html`).
enum PlanPreviewPage {
    static func render(_ req: Request, programme: Programme, message: PlanMessage, personID: UUID?) async throws -> Response {
        let base = try CommunicationPlanController.base(programme)
        let people = try await PlanQueries.enrolledPeople(in: programme, on: req.db)
        let chosen = people.first { $0.id == personID }
        var preview: (RenderedPlanMessage, inAudience: Bool)?
        if let chosen {
            preview = try await self.preview(message, in: programme, for: chosen, publicURL: req.application.settings.publicURL, on: req.db)
        }
        return try await req.page("communication-plan/preview", PlanPreviewContext(
            chrome: PageChrome(request: req, title: "Preview: \(message.subject)", section: "programmes"),
            programmeName: programme.name, planURL: base, action: "\(base)/messages/\(try message.requireID())/preview",
            when: message.trigger.sentence,
            people: people.map { Choice(value: $0.id?.uuidString ?? "", label: $0.name, selected: $0.id == chosen?.id) },
            hasPeople: !people.isEmpty, hasPreview: preview != nil, personName: chosen?.name ?? "",
            subject: preview.map { $0.0.subject } ?? "", bodyHTML: preview.map { $0.0.body } ?? "",
            notInAudience: preview.map { !$0.inAudience } ?? false, audience: message.audience.label))
    }

    /// The message for `person`, and whether they are in its audience today. Someone outside it
    /// still gets a preview, with their own values, so an admin can check the wording.
    static func preview(_ message: PlanMessage, in programme: Programme, for person: User, publicURL: String,
                        on db: any Database) async throws -> (RenderedPlanMessage, inAudience: Bool) {
        let programmeID = try programme.requireID()
        let roster = try await PlanRoster.load(programmeIDs: [programmeID], on: db)
        let userID = try person.requireID()
        let audience: [PlanRecipient]
        let fallback: PlanRecipient?
        if message.trigger.event.isPerRelationship {
            let pairs = (roster.pairs[programmeID] ?? []).filter { $0.members.contains { $0.userID == userID } }
            audience = pairs.flatMap { roster.recipients(of: message.audience, in: $0) }
            fallback = pairs.first.flatMap { roster.recipients(of: .everyone, in: $0).first { $0.userID == userID } }
        } else {
            audience = roster.recipients(of: message.audience, in: programmeID)
            fallback = roster.recipients(of: .everyone, in: programmeID).first { $0.userID == userID }
        }
        let mine = audience.first { $0.userID == userID }
        let recipient = mine ?? fallback ?? PlanRecipient(userID: userID, email: person.email, name: person.name,
                                                          partnerName: nil, linkPath: "/programmes/\(programmeID)")
        let rendered = PlanRendering.render(subject: message.subject, body: message.body, programmeName: programme.name,
                                            for: recipient, escaping: .html, publicURL: publicURL)
        let subject = PlanTemplate.fill(message.subject, with: PlanPlaceholderValues(
            firstName: recipient.firstName, programme: programme.name, partner: recipient.partnerName, link: publicURL + recipient.linkPath))
        return (RenderedPlanMessage(subject: subject, body: rendered.body), mine != nil)
    }
}
