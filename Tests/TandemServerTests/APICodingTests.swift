import Foundation
import Testing
@testable import TandemServer

@Suite("API coding: Swift names in code, snake_case on the wire")
struct APICodingTests {
    struct Sample: Codable, Equatable {
        var id: UUID
        var mentorID: UUID
        var goalIDs: [UUID]
        var webcalURL: String?
        var createdAt: Date
        var timeZone: String
    }

    static let wire = #"""
        {"id":"00000000-0000-0000-0000-000000000001","mentor_id":"00000000-0000-0000-0000-000000000002",
         "goal_ids":["00000000-0000-0000-0000-000000000003"],"webcal_url":"webcal://x","created_at":"2026-01-02T03:04:05Z",
         "time_zone":"Europe/Paris"}
        """#

    @Test(arguments: [("mentor_id", "mentorID"), ("goal_ids", "goalIDs"), ("webcal_url", "webcalURL"),
                      ("created_at", "createdAt"), ("id", "id"), ("is_url_valid", "isURLValid"), ("identity_kind", "identityKind"),
                      ("q_1234", "q1234"), ("already", "already"), ("odd__key", "odd__key")])
    func wireKeysBecomeSwiftNames(wire: String, swift: String) {
        // act
        let name = APICoding.swiftName(forWireKey: wire)
        // assert
        #expect(name == swift)
    }

    @Test(arguments: [("mentorID", "mentor_id"), ("goalIDs", "goal_ids"), ("webcalURL", "webcal_url"), ("createdAt", "created_at"),
                      ("id", "id"), ("isURLValid", "is_url_valid"), ("identityKind", "identity_kind"), ("nextCursor", "next_cursor")])
    func swiftNamesBecomeWireKeys(swift: String, wire: String) {
        // act
        let key = APICoding.wireKey(forSwiftName: swift)
        // assert
        #expect(key == wire)
        #expect(APICoding.swiftName(forWireKey: key) == swift)
    }

    @Test func decodesSnakeCaseIntoIDAndURLNames() throws {
        // act
        let sample = try APICoding.decoder.decode(Sample.self, from: Data(Self.wire.utf8))
        // assert
        #expect(sample.mentorID.uuidString.hasSuffix("2"))
        #expect(sample.goalIDs.count == 1)
        #expect(sample.webcalURL == "webcal://x")
        #expect(sample.createdAt == Date(timeIntervalSince1970: 1_767_323_045))
        #expect(sample.timeZone == "Europe/Paris")
    }

    @Test func encodesBackToTheSameWireNames() throws {
        // arrange
        let sample = try APICoding.decoder.decode(Sample.self, from: Data(Self.wire.utf8))
        // act
        let object = try JSONSerialization.jsonObject(with: APICoding.encoder.encode(sample)) as? [String: Any]
        // assert
        #expect(Set(object?.keys.map { $0 } ?? []) == ["id", "mentor_id", "goal_ids", "webcal_url", "created_at", "time_zone"])
        #expect(object?["created_at"] as? String == "2026-01-02T03:04:05Z")
        #expect(try APICoding.decoder.decode(Sample.self, from: APICoding.encoder.encode(sample)) == sample)
    }
}
