import TandemCore
import Vapor

struct ProgrammeListContext: Encodable {
    struct Row: Encodable {
        let id: String
        let name: String
        let typeLabel: String
        let modeLabel: String
        let phaseLabel: String
        let summary: String
        /// Nil when the viewer holds no role there.
        let myRoles: String?
        let archived: Bool
    }
    let chrome: PageChrome
    let programmes: [Row]
    let archived: [Row]
    let hasProgrammes: Bool
    let hasArchived: Bool
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
    /// Nil when the programme has none.
    let description: String?
    let typeLabel: String
    let typeSummary: String
    let modeLabel: String
    let phaseLabel: String
    /// The phases with "you are here", and the plan's messages for admins.
    let timeline: ProgrammeTimelineContext
    let archived: Bool
    let enrolmentOpen: Bool
    let enrolOptions: [Choice]
    let questions: [Question]
    let enrolled: [Enrolled]
    let isEnrolled: Bool
    let canBrowse: Bool
    let browseLabel: String
    let mentorCount: Int
    let menteeCount: Int
    let isAdmin: Bool
    /// For admins: a page of the programme's active relationships, each with a close action.
    let relationships: [ProgrammeRelationships.Row]
    let hasRelationships: Bool
    let olderRelationshipsURL: String?
    let errors: [String: String]
}
