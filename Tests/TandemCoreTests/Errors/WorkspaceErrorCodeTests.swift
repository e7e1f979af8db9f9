import Foundation
import Testing
@testable import TandemCore

/// The workspace's error codes are part of the API (clients and the OpenAPI document rely on
/// them), so each is pinned here, once, with its sentence.
@Suite struct WorkspaceErrorCodeTests {
    @Test(arguments: [
        (MeetingError.notScheduled as any CodedError, "meeting.not_scheduled", "This meeting has already been logged or cancelled."),
        (CheckInError.alreadyLogged(meetingID: nil), "check_in.already_logged", "This check-in is already logged."),
        (CheckInError.notHeld, "check_in.not_held", "Only a check-in that took place can be confirmed."),
        (CheckInError.ownCheckIn, "check_in.own", "Your partner confirms the check-ins you log."),
        (GoalError.notOwner, "goal.not_owner", "Only the person who set this goal can change it."),
        (SurveyError.closed, "survey.closed", "This survey has closed."),
        (SurveyError.alreadyAnswered, "survey.already_answered", "You have already answered this survey."),
        (ReflectionError.exists, "reflection.exists", "You have already written your closing reflection."),
        (RelationshipError.archived, "relationship.archived", "This relationship is archived and read-only."),
        (RelationshipError.checkInsClosed(activeStarts: "2027-03-01"), "programme.check_ins_closed",
         "Meetings and check-ins open when the programme's active phase starts (2027-03-01)."),
    ] as [(any CodedError, String, String)])
    func eachErrorKeepsItsCodeAndSentence(error: any CodedError, code: String, message: String) {
        // act, assert
        #expect(error.code == code)
        #expect(error.message == message)
    }

    @Test func anUnknownGoalUpdateStatusIsAFieldFailure() throws {
        // act
        let none = try GoalUpdateText.status("")
        let known = try GoalUpdateText.status("on_track")
        // assert
        #expect(none == nil)
        #expect(known == .onTrack)
        #expect(throws: ValidationFailure([FieldError(field: "status", code: "invalid", message: "Choose a known status.")])) {
            try GoalUpdateText.status("finished-ish")
        }
    }
}
