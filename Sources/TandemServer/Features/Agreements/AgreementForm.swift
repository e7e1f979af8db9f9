import TandemCore
import Vapor

/// The agreement form as a browser posts it. Each member's hopes arrive as `gives[<user id>]` and
/// `gets[<user id>]`, which URL-encoded forms decode as dictionaries keyed by the user id.
struct AgreementForm: Content {
    var cadence: String?
    var custom_days: String?
    var format: String?
    var confidentiality: String?
    var feedback: String?
    var review_on: String?
    var gives: [String: String]?
    var gets: [String: String]?

    var draft: AgreementDraft {
        let gives = gives ?? [:], gets = gets ?? [:]
        let ids = Set(gives.keys).union(gets.keys).sorted()
        return AgreementDraft(
            cadence: cadence ?? "", customDays: custom_days ?? "", format: format ?? "",
            hopes: ids.map { MemberHopesDraft(userID: $0, gives: gives[$0] ?? "", gets: gets[$0] ?? "") },
            confidentiality: confidentiality ?? "", feedback: feedback ?? "", reviewOn: review_on ?? "")
    }
}
