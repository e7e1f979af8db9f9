import Fluent
import Foundation
import TandemCore

/// A person's place in a programme, in one role. Mentors (and peers) hold seats:
/// `seats_used` only grows through the conditional update in `SeatClaims`.
final class Enrolment: Model, @unchecked Sendable {
    static let schema = "enrolments"

    enum Status: String, Codable, Sendable { case active, left }

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "programme_id") var programme: Programme
    @Parent(key: "user_id") var user: User
    @Field(key: "role") var role: EnrolmentRole
    @Field(key: "status") var status: Status
    @Field(key: "capacity") var capacity: Int
    @Field(key: "seats_used") var seatsUsed: Int
    /// JSON array of answers, in question order.
    @Field(key: "answers") var answers: String
    @Field(key: "sort_name") var sortName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, programmeID: UUID, userID: UUID, role: EnrolmentRole, capacity: Int, answers: [String], sortName: String) {
        self.organisationID = organisationID
        self.$programme.id = programmeID
        self.$user.id = userID
        self.role = role
        self.status = .active
        self.capacity = capacity
        self.seatsUsed = 0
        self.answers = (try? String(decoding: JSONEncoder().encode(answers), as: UTF8.self)) ?? "[]"
        self.sortName = sortName
    }

    var answerList: [String] {
        (try? JSONDecoder().decode([String].self, from: Data(answers.utf8))) ?? []
    }
}
