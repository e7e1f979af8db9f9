/// What was typed into the page's inline forms, with their errors, so a failed post re-renders
/// the page without losing text.
struct WorkspaceForms: Encodable {
    var message = ""
    var messageError: String?
    var concern = ""
    var concernError: String?
    var cadence = ""
    var customDays = ""
    var rhythmErrors: [String: String] = [:]

    var hasErrors: Bool { messageError != nil || concernError != nil || !rhythmErrors.isEmpty }
}
