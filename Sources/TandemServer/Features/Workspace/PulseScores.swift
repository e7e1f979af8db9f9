import Foundation
import SQLKit
import TandemCore

/// A pair's pulse-survey scores for the health rules: rating and NPS answers about the
/// relationship, in pulse surveys that are not anonymous only (docs/rules.md "Surveys"), one
/// score per survey, oldest survey first.
enum PulseScores {
    static func load(relationshipIDs: [UUID], on sql: any SQLDatabase) async throws -> [UUID: [Double]] {
        guard !relationshipIDs.isEmpty else { return [:] }
        let rows = try await sql.raw("""
            SELECT r.relationship_id, r.survey_id, q.kind, MIN(r.submitted_at) AS first_answer,
              CAST(SUM(a.number) AS BIGINT) AS total, CAST(COUNT(*) AS BIGINT) AS answers
            FROM survey_responses r
              JOIN surveys s ON s.id = r.survey_id
              JOIN survey_answers a ON a.response_id = r.id
              JOIN survey_questions q ON q.id = a.question_id
            WHERE r.relationship_id IN (\(binds: relationshipIDs))
              AND s.anonymous = \(bind: false) AND s.trigger = \(bind: SurveyTrigger.pulse.rawValue)
              AND q.about = \(bind: SurveyQuestionSubject.relationship.rawValue)
              AND q.kind IN (\(bind: SurveyQuestionKind.rating.rawValue), \(bind: SurveyQuestionKind.nps.rawValue))
              AND a.number IS NOT NULL
            GROUP BY r.relationship_id, r.survey_id, q.kind
            """).all()
        // Per survey: the answers' mean on the 0…1 scale, rating and NPS weighted by their count.
        var surveys: [UUID: [UUID: (first: Date, weighted: Double, count: Int)]] = [:]
        for row in rows {
            guard let kind = SurveyQuestionKind(rawValue: try row.decode(column: "kind", as: String.self)) else { continue }
            let count = try row.decode(column: "answers", as: Int.self)
            let total = try row.decode(column: "total", as: Int.self)
            guard count > 0, let score = PulseTrend.normalised(mean: Double(total) / Double(count), kind: kind) else { continue }
            let relationshipID = try row.decode(column: "relationship_id", as: UUID.self)
            let surveyID = try row.decode(column: "survey_id", as: UUID.self)
            let first = try row.decode(column: "first_answer", as: Date?.self) ?? .distantPast
            let old = surveys[relationshipID]?[surveyID] ?? (first, 0, 0)
            surveys[relationshipID, default: [:]][surveyID] = (min(old.first, first), old.weighted + score * Double(count), old.count + count)
        }
        return surveys.mapValues { bySurvey in
            bySurvey.values.sorted { $0.first < $1.first }.map { $0.weighted / Double($0.count) }
        }
    }
}
