import Fluent
import Foundation
import TandemCore

enum MeetingClosure {
    /// Meetings still to come are cancelled, so calendars drop them (STATUS:CANCELLED).
    static func cancelUpcoming(in relationshipID: UUID, on db: any Database) async throws {
        let upcoming = try await Meeting.query(on: db).filter(\.$relationshipID == relationshipID).filter(\.$status == .scheduled).all()
        for meeting in upcoming {
            meeting.cancel()
            try await meeting.save(on: db)
        }
    }
}
