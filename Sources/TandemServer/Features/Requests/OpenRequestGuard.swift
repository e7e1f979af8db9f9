import Fluent
import SQLKit
import TandemCore

/// Inserts a request only while the mentee holds fewer open requests in the programme than its
/// cap, race-free on both databases. The transaction's first statement is a no-op UPDATE of the
/// mentee's own enrolment: on SQLite it takes the write lock before anything is read; on
/// PostgreSQL it locks that row, so a second send by the same mentee waits, then counts the
/// first one's row (READ COMMITTED reads afresh per statement). Different mentees never wait.
enum OpenRequestGuard {
    static func insert(_ request: MentorRequest, seeker: EnrolmentRole, limit: Int, on db: any Database) async throws {
        try await db.transaction { tx in
            let locked = try await (tx as! any SQLDatabase).raw("""
                UPDATE enrolments SET status = status
                WHERE programme_id = \(bind: request.$programme.id) AND user_id = \(bind: request.$mentee.id)
                  AND role = \(bind: seeker.rawValue) AND status = 'active'
                RETURNING id
                """).first()
            guard locked != nil else { throw EnrolmentError.required(seeker) }
            let open = try await MentorRequest.query(on: tx)
                .filter(\.$programme.$id == request.$programme.id).filter(\.$mentee.$id == request.$mentee.id)
                .filter(\.$status == .pending).count()
            guard OpenRequestCap.allowsAnother(open: open, limit: limit) else { throw RequestRuleError.tooManyOpen }
            try await request.save(on: tx)
        }
    }
}
