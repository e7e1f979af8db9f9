import Foundation
import Testing
@testable import TandemCore

/// 1 June 2026, noon in Berlin: the "now" of these tests.
private let now = instant(2026, 6, 1, 12, 0, in: Zone.berlin)
private let members: Set<String> = ["ada", "bo"]

/// A video check-in held this morning, with notes, changed by the arguments given.
private func checkIn(
    date: String = "2026-06-01", time: String = "09:00", link: String = "https://meet.google.com/abc",
    shared: String = "Talked about the move to platform.", personal: String = "",
    goals: [String] = [], actions: [ActionItemDraft] = []
) -> CheckInDraft {
    CheckInDraft(
        meeting: MeetingDraft(date: date, time: time, durationMinutes: "60", format: "video", meetingLink: link),
        sharedNotes: shared, privateNotes: personal, goalIDs: goals, actions: actions)
}

private func action(_ title: String, owner: String = "ada", due: String = "") -> ActionItemDraft {
    ActionItemDraft(title: title, ownerID: owner, dueDate: due)
}

@Suite struct CheckInDraftTests {
    @Test func returnsTheCheckInWithItsActions() throws {
        // arrange
        let draft = checkIn(
            shared: " Shared ", personal: " Mine ", goals: ["g1", " ", "g2", "g1"],
            actions: [action(" Read the RFC ", due: "2026-06-15"), action("  ", owner: ""), action("Book a room", owner: "bo")])
        // act
        let valid = try draft.validate(defaultTimeZone: Zone.berlin, now: now, memberIDs: members)
        // assert
        #expect(valid.meeting.startsAt == instant(2026, 6, 1, 9, 0, in: Zone.berlin))
        #expect(valid.meeting.timeZone == Zone.berlin)
        #expect(valid.sharedNotes == "Shared")
        #expect(valid.privateNotes == "Mine")
        #expect(valid.goalIDs == ["g1", "g2"])
        #expect(valid.actions == [
            ValidActionItem(title: "Read the RFC", ownerID: "ada", dueOn: day("2026-06-15")),
            ValidActionItem(title: "Book a room", ownerID: "bo", dueOn: nil),
        ])
    }

    @Test(arguments: [
        (checkIn(), []),
        (checkIn(shared: "", personal: ""), []),
        (checkIn(date: "2026-06-02"), ["date"]),
        // A video check-in that took place needs no link to join; a malformed one is still refused.
        (checkIn(link: ""), []),
        (checkIn(link: "not a link"), ["meeting_link"]),
        (checkIn(shared: String(repeating: "s", count: 10_001)), ["shared_notes"]),
        (checkIn(personal: String(repeating: "p", count: 10_001)), ["private_notes"]),
        (checkIn(shared: String(repeating: "s", count: 10_000), personal: String(repeating: "p", count: 10_000)), []),
        (checkIn(actions: [action(String(repeating: "t", count: 301))]), ["actions[0][title]"]),
        (checkIn(actions: [action(String(repeating: "t", count: 300))]), []),
        (checkIn(actions: [action("Call HR", owner: "")]), ["actions[0][owner_id]"]),
        (checkIn(actions: [action("Call HR", owner: "mallory")]), ["actions[0][owner_id]"]),
        (checkIn(actions: [action("Call HR", due: "next week")]), ["actions[0][due_date]"]),
        (checkIn(actions: [action("Call HR", due: "2026-02-30")]), ["actions[0][due_date]"]),
        // Blank rows are skipped entirely, but keep their place in the numbering.
        (checkIn(actions: [action(" ", owner: "mallory", due: "junk"), action("Call HR", owner: "x")]),
         ["actions[1][owner_id]"]),
        (checkIn(
            date: "2026-07-01", shared: String(repeating: "s", count: 10_001),
            actions: [action("A", owner: "x", due: "soon"), action(String(repeating: "t", count: 301), owner: "bo")]),
         ["actions[0][due_date]", "actions[0][owner_id]", "actions[1][title]", "date", "shared_notes"]),
    ])
    func reportsEveryBadField(draft: CheckInDraft, fields: [String]) {
        #expect(failedFields {
            _ = try draft.validate(defaultTimeZone: Zone.berlin, now: now, memberIDs: members)
        } == fields)
    }

    @Test func explainsActionProblems() {
        let draft = checkIn(actions: [action("Call HR", owner: "", due: "soon")])
        let failure = checkInFailure {
            _ = try draft.validate(defaultTimeZone: Zone.berlin, now: now, memberIDs: members)
        }
        #expect(failure?.message(for: "actions[0][owner_id]") == "Choose who owns this action.")
        #expect(failure?.message(for: "actions[0][due_date]") == "Enter the due date as YYYY-MM-DD.")
    }
}

@Suite struct CheckInDraftDecodingTests {
    @Test func decodesFlatMeetingFieldsAndRows() throws {
        // arrange
        let json = #"""
        {"date":"2026-06-01","time":"09:00","time_zone":"Europe/Berlin","duration_minutes":60,
         "format":"in_person","shared_notes":"Notes","goal_ids":"g1",
         "actions":[{"title":"Read","owner_id":"ada","due_date":"2026-06-15"},"junk",{"title":"Call"}]}
        """#
        // act
        let draft = try JSONDecoder().decode(CheckInDraft.self, from: Data(json.utf8))
        // assert
        #expect(draft.meeting == MeetingDraft(
            date: "2026-06-01", time: "09:00", timeZone: "Europe/Berlin", durationMinutes: "60",
            format: "in_person"))
        #expect(draft.sharedNotes == "Notes")
        #expect(draft.goalIDs == ["g1"])
        #expect(draft.actions == [action("Read", due: "2026-06-15"), ActionItemDraft(), ActionItemDraft(title: "Call")])
    }

    @Test func decodesRowsKeyedByNumberInOrder() throws {
        // arrange: a form whose middle row was removed sends indices 0 and 2 (and 10 after 2).
        let json = #"{"actions":{"10":{"title":"C"},"0":{"title":"A"},"2":{"title":"B"},"x":{"title":"?"}}}"#
        // act
        let draft = try JSONDecoder().decode(CheckInDraft.self, from: Data(json.utf8))
        // assert
        #expect(draft.actions.map(\.title) == ["A", "B", "C"])
    }

    @Test func decodesNothingAsEmpty() throws {
        let draft = try JSONDecoder().decode(CheckInDraft.self, from: Data(#"{"actions":"none","goal_ids":7}"#.utf8))
        #expect(draft == CheckInDraft())
    }

    @Test func encodesFlatWithFormFieldNames() throws {
        // arrange
        let draft = checkIn(goals: ["g1"], actions: [action("Read", due: "2026-06-15")])
        // act
        let data = try JSONEncoder().encode(draft)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        // assert
        #expect(object["date"] as? String == "2026-06-01")
        #expect(object["meeting_link"] as? String == "https://meet.google.com/abc")
        #expect(object["goal_ids"] as? [String] == ["g1"])
        #expect(object["meeting"] == nil)
        #expect(try JSONDecoder().decode(CheckInDraft.self, from: data) == draft)
    }
}
