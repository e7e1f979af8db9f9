import Fluent
import Foundation
import TandemCore

/// One member's goal inside a relationship. Mentors set learning goals too.
final class Goal: Model, @unchecked Sendable {
    static let schema = "goals"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Parent(key: "relationship_id") var relationship: Relationship
    @Parent(key: "owner_id") var owner: User
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "measure") var measure: String
    /// "YYYY-MM-DD": a calendar day, not an instant.
    @OptionalField(key: "target_date") var targetDate: String?
    @Field(key: "status") var status: GoalStatus
    @Field(key: "visibility") var visibility: GoalVisibility
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, ownerID: UUID, goal: ValidGoal) {
        self.organisationID = organisationID
        self.$relationship.id = relationshipID
        self.$owner.id = ownerID
        apply(goal)
    }

    func apply(_ goal: ValidGoal) {
        title = goal.title
        description = goal.description
        measure = goal.measure
        targetDate = goal.targetDate?.iso
        status = goal.status
        visibility = goal.visibility
    }

    var targetLocalDate: LocalDate? { targetDate.flatMap(LocalDate.init(iso:)) }
}

final class GoalMilestone: Model, @unchecked Sendable {
    static let schema = "goal_milestones"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "goal_id") var goalID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "title") var title: String
    @OptionalField(key: "done_at") var doneAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, goalID: UUID, position: Int, title: String) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.goalID = goalID
        self.position = position
        self.title = title
    }
}

/// A dated progress update on a goal, or (with `commentOn`) a comment on one.
final class GoalUpdate: Model, @unchecked Sendable {
    static let schema = "goal_updates"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "goal_id") var goalID: UUID
    @Field(key: "author_id") var authorID: UUID
    @OptionalField(key: "comment_on") var commentOn: UUID?
    @Field(key: "body") var body: String
    @OptionalField(key: "status") var status: GoalStatus?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, goalID: UUID, authorID: UUID, body: String,
         status: GoalStatus? = nil, commentOn: UUID? = nil) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.goalID = goalID
        self.authorID = authorID
        self.body = body
        self.status = status
        self.commentOn = commentOn
    }
}
