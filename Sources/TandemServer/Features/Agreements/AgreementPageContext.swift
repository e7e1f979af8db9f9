import Foundation
import TandemCore

/// The agreement page: the current version, who confirmed it, what changed since the viewer last
/// confirmed, the confirm button and the propose/edit form. Values are formatted here.
struct AgreementPageContext: Encodable {
    struct Terms: Encodable {
        let number: Int
        let cadence: String
        let format: String
        let confidentiality: String
        let feedback: String
        let reviewOn: String
        let proposed: String
        let hopes: [Hopes]
    }
    struct Hopes: Encodable {
        let name: String
        let gives: String?
        let gets: String?
        let isMe: Bool
    }
    struct Confirmation: Encodable {
        let name: String
        let confirmed: Bool
        let isMe: Bool
    }
    struct Changes: Encodable {
        let since: String
        let items: [String]
    }
    struct Form: Encodable {
        let heading: String
        let intro: String
        let submitLabel: String
        let isOpen: Bool
        let cadences: [Choice]
        let customDays: String
        let formats: [Choice]
        let hopes: [HopeInput]
        let confidentiality: String
        let feedback: String
        let reviewOn: String
    }
    struct HopeInput: Encodable {
        let userID: String
        let name: String
        let isMe: Bool
        let gives: String
        let gets: String
        let givesError: String?
        let getsError: String?
    }

    let chrome: PageChrome
    let id: String
    let workspaceURL: String
    let programmeName: String
    let isArchived: Bool
    let state: String
    let stateCode: String
    let stateNote: String
    let current: Terms?
    let hasCurrent: Bool
    let confirmations: [Confirmation]
    let awaitsMe: Bool
    let confirmVersion: Int
    let changes: Changes?
    let hasChanges: Bool
    let problem: String?
    let form: Form
    let errors: [String: String]
}
