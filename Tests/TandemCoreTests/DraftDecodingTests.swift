import Foundation
import Testing
@testable import TandemCore

@Suite struct DraftDecodingTests {
    @Test func decodesSnakeCaseWithMissingFieldsAndNumbers() throws {
        // arrange
        let json = #"{"name":"Ada","default_capacity":4,"ends_on":"2025-01-01","mode":null}"#
        // act
        let draft = try JSONDecoder().decode(ProgrammeDraft.self, from: Data(json.utf8))
        // assert
        #expect(draft == ProgrammeDraft(name: "Ada", defaultCapacity: "4", endsOn: "2025-01-01"))
    }

    @Test func decodesSingleMotivatorAsList() throws {
        let json = #"{"motivators":"leadership","time_zone":"UTC","mentor_capacity":"2"}"#
        let draft = try JSONDecoder().decode(ProfileDraft.self, from: Data(json.utf8))
        #expect(draft.motivators == ["leadership"])
        #expect(draft.timeZone == "UTC")
        #expect(draft.mentorCapacity == "2")
    }

    @Test func encodesWithFormFieldNames() throws {
        let data = try JSONEncoder().encode(MentorRequestDraft(message: "Hi", hopes: "SQL"))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: String]
        #expect(object == ["message": "Hi", "hopes": "SQL"])
        let profile = try JSONEncoder().encode(ProfileDraft(timeZone: "UTC"))
        #expect(String(decoding: profile, as: UTF8.self).contains(#""time_zone":"UTC""#))
    }
}
