import Foundation
import TandemCore
import Vapor

/// Builds and renders the agreement page of a relationship for one member.
enum AgreementPage {
    static func render(_ req: Request, relationship r: Relationship, user: User, typed: AgreementDraft? = nil,
                       errors: [String: String] = [:], problem: String? = nil,
                       status: HTTPResponseStatus = .ok) async throws -> Response {
        let reading = try await AgreementReading.load(r, viewer: user, on: req.db)
        let zone = try await ViewerZone.of(user, on: req.db)
        let context = try context(reading, request: req, zone: zone, typed: typed, errors: errors, problem: problem)
        return try await req.page("agreements/show", context, status: status)
    }

    static func context(_ reading: AgreementReading, request req: Request, zone: TimeZone, typed: AgreementDraft?,
                        errors: [String: String], problem: String?) throws -> AgreementPageContext {
        let r = reading.relationship
        let id = try r.requireID().uuidString
        let state = reading.state
        let values = typed ?? reading.startingDraft(today: LocalDate(date: Date(), in: zone))
        let current = reading.snapshot.map { s in terms(s.current, reading, zone: zone) }
        return AgreementPageContext(
            chrome: PageChrome(request: req, title: "Mentoring agreement", section: "dashboard"),
            id: id, workspaceURL: "/relationships/\(id)", programmeName: r.programme.name, isArchived: r.isArchived,
            state: state.label, stateCode: state.rawValue, stateNote: note(state, awaitsMe: reading.awaitsViewer),
            current: current, hasCurrent: current != nil,
            confirmations: reading.orderedMembers.map { m in
                .init(name: m.user.name, confirmed: reading.snapshot?.confirmedBy.contains(m.$user.id) ?? false,
                      isMe: m.$user.id == reading.viewerID)
            },
            awaitsMe: reading.awaitsViewer && !r.isArchived, confirmVersion: reading.snapshot?.current.number ?? 0,
            changes: changes(reading), hasChanges: changes(reading) != nil, problem: problem,
            form: form(reading, values: values, errors: errors, open: typed != nil || reading.snapshot == nil),
            errors: errors)
    }

    static func terms(_ v: AgreementVersion, _ reading: AgreementReading, zone: TimeZone) -> AgreementPageContext.Terms {
        let t = v.terms
        return .init(
            number: v.number, cadence: t.rhythm.label, format: t.format.label, confidentiality: t.confidentiality,
            feedback: t.feedback, reviewOn: DateText.day(t.reviewOn),
            proposed: "Version \(v.number), proposed by \(reading.name(of: v.proposedBy)) on \(DateText.short(v.createdAt, timeZone: zone.identifier))",
            hopes: reading.orderedMembers.map { m in
                let h = t.hopes(of: m.$user.id)
                return .init(name: m.user.name, gives: h.gives.presentOrNil, gets: h.gets.presentOrNil, isMe: m.$user.id == reading.viewerID)
            })
    }

    static func note(_ state: AgreementState, awaitsMe: Bool) -> String {
        switch state {
        case .none: "Agree how you will work together before you start: it takes five minutes, and either of you can change it later."
        case .proposed where awaitsMe, .needsReconfirmation where awaitsMe:
            "Read it through. Confirm it if it works for you, or suggest changes below."
        case .proposed: "Waiting for the others to confirm. It comes into force when everyone has."
        case .needsReconfirmation: "It was changed, so everyone confirms again. Until then the earlier version's cadence stays."
        case .inForce: "Everyone has confirmed it. Its cadence sets your check-in rhythm. Either of you can suggest changes."
        }
    }

    static func changes(_ reading: AgreementReading) -> AgreementPageContext.Changes? {
        guard let changes = reading.changes, !changes.isEmpty, let base = reading.base else { return nil }
        let names = changes.hopesOf.map { reading.name(of: $0) }
        let items = changes.fields.map { field in
            field == .hopes && !names.isEmpty ? "\(field.label) (\(names.joined(separator: ", ")))" : field.label
        }
        let since = reading.snapshot.map { $0.lastConfirmed[reading.viewerID] == base.number } == true
            ? "Changed since you confirmed version \(base.number)" : "Changed since version \(base.number)"
        return .init(since: since, items: items)
    }

    static func form(_ reading: AgreementReading, values: AgreementDraft, errors: [String: String], open: Bool) -> AgreementPageContext.Form {
        let first = reading.snapshot == nil
        return .init(
            heading: first ? "Propose your agreement" : "Suggest changes",
            intro: first ? "We filled in the programme's suggestions. Change anything, add what you hope to give and get, then propose it: the others confirm it."
                : "Saving makes a new version: everyone else confirms it again, and the page shows them what changed.",
            submitLabel: first ? "Propose this agreement" : "Propose these changes", isOpen: open || !errors.isEmpty,
            cadences: Choice.list(Cadence.self, selected: values.cadence) { $0.label }, customDays: values.customDays,
            formats: Choice.list(MeetingFormat.self, selected: values.format) { $0.label },
            hopes: reading.orderedMembers.map { m in
                let typed = values.hopes(of: m.$user.id.uuidString)
                return .init(userID: m.$user.id.uuidString.lowercased(), name: m.user.name, isMe: m.$user.id == reading.viewerID,
                             gives: typed.gives, gets: typed.gets,
                             givesError: errors[AgreementDraft.hopeField("gives", of: m.$user.id)],
                             getsError: errors[AgreementDraft.hopeField("gets", of: m.$user.id)])
            },
            confidentiality: values.confidentiality, feedback: values.feedback, reviewOn: values.reviewOn)
    }
}
