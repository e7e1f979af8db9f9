import Foundation

extension CheckInDraft {
    /// The valid check-in, or every problem at once, meeting fields included. A check-in records
    /// a meeting that took place, so its start may not be in the future (beyond a few minutes).
    /// - Parameters:
    ///   - memberIDs: the relationship's members; each action must be owned by one.
    ///   - relationshipStarted: when the relationship started; a check-in may not be dated on an
    ///     earlier day (in the meeting's time zone). Nil skips the check.
    public func validate(
        defaultTimeZone: TimeZone, now: Date, memberIDs: Set<String>, relationshipStarted: Date? = nil
    ) throws(ValidationFailure) -> ValidCheckIn {
        var errors = FieldErrorCollector()
        let meeting = meeting.validMeeting(
            &errors, defaultTimeZone: defaultTimeZone, now: now, mustBeInFuture: false)
        if let meeting, let relationshipStarted {
            let startDay = LocalDate(date: relationshipStarted, in: meeting.timeZone)
            if LocalDate(date: meeting.startsAt, in: meeting.timeZone) < startDay {
                errors.add(
                    "date", .beforeStart,
                    "A check-in cannot be dated before the relationship started on \(startDay.readable). Pick that day or a later one.")
            }
        }
        let limit = ValidCheckIn.maxNotesLength
        let shared = errors.text(
            sharedNotes, field: "shared_notes", max: limit,
            tooLong: "Keep the shared notes to \(limit) characters or fewer.")
        let personal = errors.text(
            privateNotes, field: "private_notes", max: limit,
            tooLong: "Keep your private notes to \(limit) characters or fewer.")
        let actions = validActions(&errors, memberIDs: memberIDs)
        try errors.throwIfAny()
        guard let meeting else { throw ValidationFailure(errors.errors) }
        return ValidCheckIn(
            meeting: meeting, sharedNotes: shared, privateNotes: personal,
            goalIDs: validGoalIDs, actions: actions)
    }

    /// Ticked goal ids, trimmed, without blanks or repeats, in the order sent.
    private var validGoalIDs: [String] {
        var seen: Set<String> = []
        return goalIDs.map(\.trimmed).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// Errors name the row as the form does (`actions[2][owner_id]`), counting blank rows too,
    /// so each message lands next to its own input.
    private func validActions(_ errors: inout FieldErrorCollector, memberIDs: Set<String>) -> [ValidActionItem] {
        let filled = actions.count { !$0.isBlank }
        if filled > ValidCheckIn.maxActions {
            // One message for the list; checking each of thousands of rows would only bury it.
            errors.add("actions", .tooMany, "List at most \(ValidCheckIn.maxActions) actions per check-in.")
            return []
        }
        var valid: [ValidActionItem] = []
        for (index, row) in actions.enumerated() where !row.isBlank {
            let problemsBefore = errors.errors.count
            let limit = ValidActionItem.maxTitleLength
            let title = errors.text(
                row.title, field: "actions[\(index)][title]", max: limit,
                tooLong: "Keep each action to \(limit) characters or fewer.")
            let owner = row.ownerID.trimmed
            if !memberIDs.contains(owner) {
                errors.add("actions[\(index)][owner_id]", owner.isEmpty ? .required : .invalid,
                           "Choose who owns this action.")
            }
            let dueText = row.dueDate.trimmed
            let dueOn = LocalDate(iso: dueText)
            if !dueText.isEmpty, dueOn == nil {
                errors.add("actions[\(index)][due_date]", .invalid, "Enter the due date as YYYY-MM-DD.")
            }
            if errors.errors.count == problemsBefore {
                valid.append(ValidActionItem(title: title, ownerID: owner, dueOn: dueOn))
            }
        }
        return valid
    }
}
