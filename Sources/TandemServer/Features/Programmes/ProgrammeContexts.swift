import TandemCore
import Vapor

struct Choice: Encodable {
    let value: String
    let label: String
    let selected: Bool

    static func list<E: RawRepresentable & CaseIterable>(_ type: E.Type, selected: String?, label: (E) -> String) -> [Choice]
        where E.RawValue == String
    {
        E.allCases.map { Choice(value: $0.rawValue, label: label($0), selected: $0.rawValue == selected) }
    }
}

struct ProgrammeListContext: Encodable {
    struct Row: Encodable {
        let id: String
        let name: String
        let typeLabel: String
        let modeLabel: String
        let phaseLabel: String
        let summary: String
        let myRoles: String
        let archived: Bool
    }
    let chrome: PageChrome
    let programmes: [Row]
    let archived: [Row]
}

struct ProgrammeFormContext: Encodable {
    let chrome: PageChrome
    let heading: String
    let action: String
    let submitLabel: String
    let values: ProgrammeForm
    let types: [Choice]
    let modes: [Choice]
    let errors: [String: String]
}

struct ProgrammeDetailContext: Encodable {
    struct Question: Encodable {
        let field: String
        let text: String
    }
    struct Enrolled: Encodable {
        let role: String
        let roleLabel: String
    }
    let chrome: PageChrome
    let id: String
    let name: String
    let description: String
    let typeLabel: String
    let typeSummary: String
    let modeLabel: String
    let phaseLabel: String
    let schedule: [String]
    let archived: Bool
    let enrolmentOpen: Bool
    let enrolOptions: [Choice]
    let questions: [Question]
    let enrolled: [Enrolled]
    let canBrowse: Bool
    let browseLabel: String
    let mentorCount: Int
    let menteeCount: Int
    let isAdmin: Bool
    /// For admins: a page of the programme's active relationships, each with a close action.
    let relationships: [ProgrammeRelationships.Row]
    let olderRelationshipsURL: String?
    let errors: [String: String]
}
