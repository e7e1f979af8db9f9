import Foundation
import TandemCore

/// One plan message as the plan page and the programme page list it.
struct PlanMessageRow: Encodable {
    let id: String
    let when: String
    let audience: String
    let subject: String
    let channels: String
    let status: String
    let isOn: Bool
    let isSkipped: Bool
    let isSent: Bool
    let editURL: String
    let previewURL: String
    let toggleURL: String
    /// The value the switch button sends, and its words.
    let toggleValue: String
    let toggleLabel: String

    init(_ message: PlanMessage, status: PlanMessageStatus, base: String) {
        let id = message.id?.uuidString ?? ""
        self.id = id
        when = message.trigger.sentence
        audience = message.audience.label
        subject = message.subject
        channels = PlanChannel.allCases.filter(message.channelSet.contains).map(\.label).joined(separator: ", ")
        self.status = status.text
        isOn = message.enabled
        isSkipped = status.isSkipped
        isSent = status.isSent
        editURL = "\(base)/messages/\(id)/edit"
        previewURL = "\(base)/messages/\(id)/preview"
        toggleURL = "\(base)/messages/\(id)/enabled"
        toggleValue = message.enabled ? "false" : "true"
        toggleLabel = message.enabled ? "Switch off" : "Switch on"
    }
}

struct PlanPageContext: Encodable {
    let chrome: PageChrome
    let programmeName: String
    let programmeURL: String
    let newURL: String
    let isInformal: Bool
    let rows: [PlanMessageRow]
    let hasRows: Bool
}

struct PlanMessageFormContext: Encodable {
    let chrome: PageChrome
    let heading: String
    let programmeName: String
    let planURL: String
    let action: String
    let submitLabel: String
    let values: PlanMessageDraft
    let events: [Choice]
    let audiences: [Choice]
    let channels: [Choice]
    let placeholders: String
    let errors: [String: String]
}

struct PlanPreviewContext: Encodable {
    let chrome: PageChrome
    let programmeName: String
    let planURL: String
    let action: String
    let when: String
    let people: [Choice]
    let hasPeople: Bool
    let hasPreview: Bool
    let personName: String
    /// The subject as plain text: the template escapes it.
    let subject: String
    /// The body escaped and laid out in Swift (`PlanEscaping.html`), shown as built.
    let bodyHTML: String
    let notInAudience: Bool
    let audience: String
}
