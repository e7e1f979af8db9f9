import Foundation
import TandemCore

extension Programme {
    /// The programme's saved template, or Tandem's default when none was saved.
    var agreementTemplate: AgreementTemplate {
        guard let cadence = agreementCadence, let format = agreementFormat, let confidentiality = agreementConfidentiality,
              let feedback = agreementFeedback, let days = agreementReviewDays
        else { return .tandemDefault }
        return AgreementTemplate(rhythm: CheckInRhythm(cadence: cadence, customDays: agreementCadenceDays), format: format,
                                 confidentiality: confidentiality, feedback: feedback, reviewAfterDays: days)
    }

    /// True when an admin saved a template of their own.
    var hasOwnAgreementTemplate: Bool { agreementCadence != nil }

    func apply(_ template: AgreementTemplate) {
        agreementCadence = template.rhythm.cadence
        agreementCadenceDays = template.rhythm.customDays
        agreementFormat = template.format
        agreementConfidentiality = template.confidentiality
        agreementFeedback = template.feedback
        agreementReviewDays = template.reviewAfterDays
    }
}
