import Foundation
import Testing
@testable import TandemCore

@Suite struct AuditFilterDraftTests {
    let london = TimeZone(identifier: "Europe/London")!

    @Test func bothDaysAreIncludedInTheViewersZone() throws {
        // act: a summer range, when London is an hour ahead of UTC
        let valid = try AuditFilterDraft(person: " Ada@Example.COM ", action: "match.approved", from: "2026-07-01", to: "2026-07-02")
            .validate(zone: london)
        // assert
        #expect(valid.personEmail == "ada@example.com")
        #expect(valid.action == "match.approved")
        #expect(valid.since == ISO8601DateFormatter().date(from: "2026-06-30T23:00:00Z"))
        #expect(valid.until == ISO8601DateFormatter().date(from: "2026-07-02T23:00:00Z"))
    }

    @Test func anEmptyFilterAsksForNothing() throws {
        let valid = try AuditFilterDraft().validate(zone: london)
        #expect(valid.personEmail.isEmpty && valid.action.isEmpty && valid.since == nil && valid.until == nil)
        #expect(AuditFilterDraft().isEmpty)
    }

    @Test(arguments: [
        (AuditFilterDraft(from: "yesterday"), ["from"]),
        (AuditFilterDraft(from: "2026-12-05", to: "2026-12-04"), ["to"]),
        (AuditFilterDraft(to: "2026-02-30"), ["to"]),
        (AuditFilterDraft(action: String(repeating: "a", count: 81)), ["action"]),
        (AuditFilterDraft(from: "2026-12-05", to: "2026-12-05"), []),
    ])
    func badDatesAndLongTextAreNamed(_ c: (AuditFilterDraft, [String])) {
        // act
        var fields: [String] = []
        do { _ = try c.0.validate(zone: london) } catch { fields = error.fields.map(\.field).sorted() }
        // assert
        #expect(fields == c.1)
    }
}
