import Fluent
import Foundation
import TandemCore

/// A meeting of the pair: scheduled, then logged as a check-in once held.
final class Meeting: Model, @unchecked Sendable {
    static let schema = "meetings"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "status") var status: MeetingStatus
    @Field(key: "starts_at") var startsAt: Date
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "duration_minutes") var durationMinutes: Int
    @Field(key: "format") var format: MeetingFormat
    @OptionalField(key: "link") var link: String?
    @Field(key: "agenda") var agenda: String
    @Field(key: "shared_notes") var sharedNotes: String
    /// Raised on every move or cancellation, as RFC 5545's SEQUENCE.
    @Field(key: "sequence") var sequence: Int
    @OptionalField(key: "logged_by") var loggedBy: UUID?
    @OptionalField(key: "confirmed_by") var confirmedBy: UUID?
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, createdBy: UUID, meeting: ValidMeeting, status: MeetingStatus) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.createdBy = createdBy
        self.status = status
        self.sharedNotes = ""
        self.sequence = 0
        apply(meeting)
    }

    func apply(_ meeting: ValidMeeting) {
        startsAt = meeting.startsAt
        timeZone = meeting.timeZone.identifier
        durationMinutes = meeting.durationMinutes
        format = meeting.format
        link = meeting.link?.absoluteString
        agenda = meeting.agenda
    }

    /// Moving keeps the calendar UID and raises SEQUENCE, so subscribers update the event.
    func move(to meeting: ValidMeeting) {
        apply(meeting)
        sequence += 1
    }

    /// Cancelling keeps the row, so feeds can publish STATUS:CANCELLED.
    func cancel() {
        status = .cancelled
        sequence += 1
    }

    var endsAt: Date { startsAt.addingTimeInterval(Double(durationMinutes) * 60) }
    var zone: TimeZone { TimeZone(identifier: timeZone) ?? .gmt }
}

final class MeetingPrivateNote: Model, @unchecked Sendable {
    static let schema = "meeting_private_notes"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "author_id") var authorID: UUID
    @Field(key: "body") var body: String

    init() {}

    init(organisationID: UUID, relationshipID: UUID, meetingID: UUID, authorID: UUID, body: String) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.meetingID = meetingID
        self.authorID = authorID
        self.body = body
    }
}

final class MeetingGoal: Model, @unchecked Sendable {
    static let schema = "meeting_goals"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @Field(key: "meeting_id") var meetingID: UUID
    @Field(key: "goal_id") var goalID: UUID

    init() {}

    init(organisationID: UUID, relationshipID: UUID, meetingID: UUID, goalID: UUID) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.meetingID = meetingID
        self.goalID = goalID
    }
}

final class ActionItem: Model, @unchecked Sendable {
    static let schema = "action_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "relationship_id") var relationshipID: UUID
    @OptionalField(key: "meeting_id") var meetingID: UUID?
    @Field(key: "owner_id") var ownerID: UUID
    @Field(key: "title") var title: String
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalField(key: "done_at") var doneAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(organisationID: UUID, relationshipID: UUID, meetingID: UUID?, ownerID: UUID, title: String, dueOn: LocalDate?) {
        self.organisationID = organisationID
        self.relationshipID = relationshipID
        self.meetingID = meetingID
        self.ownerID = ownerID
        self.title = title
        self.dueOn = dueOn?.iso
    }
}
