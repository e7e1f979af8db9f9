import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Workspace API: messages, feedback and closing")
struct WorkspaceAPIConversationTests {
    @Test(arguments: TestDB.enabled)
    func postingAMessageNeedsABody(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let messages = "\(w.apiBase)/messages"
            // act
            let blank = try await mentee.rawJSON(.POST, messages, body: #"{"body":"  \n "}"#)
            let missing = try await mentee.rawJSON(.POST, messages, body: "{}")
            let sent = try await mentee.rawJSON(.POST, messages, body: #"{"body":"See you Tuesday <3"}"#)
            let listed = try await mentee.api(.GET, messages).json(APIPage<MessagesAPI.MessageResponse>.self)
            // assert
            for refused in [blank, missing] {
                #expect(refused.status == .unprocessableEntity)
                #expect(refused.errorFields == ["body"])
            }
            #expect(sent.status == .created)
            let message = try sent.json(MessagesAPI.MessageResponse.self)
            #expect(message.body == "See you Tuesday <3")
            #expect(message.authorID == w.mentee.id)
            #expect(listed.items.map(\.id) == [message.id])
            #expect(listed.nextCursor == nil)
            #expect(try await Message.query(on: app.db).count() == 1)
        }
    }

    @Test(arguments: TestDB.enabled)
    func messagesPageNewestFirstWithoutRepeats(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: 60 messages, three to a timestamp, so the page edge falls inside a tie
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let start = Date().addingTimeInterval(-3_600)
            for i in 0..<60 {
                try await w.message("Message \(i)", from: i.isMultiple(of: 2) ? w.mentor : w.mentee,
                                    at: start.addingTimeInterval(Double(i / 3) * 7.25))
            }
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let messages = "\(w.apiBase)/messages"
            // act
            let first = try await mentee.api(.GET, messages).json(APIPage<MessagesAPI.MessageResponse>.self)
            let cursor = try #require(first.nextCursor)
            let second = try await mentee.api(.GET, "\(messages)?before=\(cursor)").json(APIPage<MessagesAPI.MessageResponse>.self)
            // assert
            #expect(first.items.count == 50)
            #expect(second.items.count == 10)
            #expect(second.nextCursor == nil)
            let all = first.items + second.items
            #expect(Set(all.map(\.id)).count == 60, "a message repeats across pages")
            #expect(Set(first.items.map(\.id)).isDisjoint(with: second.items.map(\.id)))
            let dates = all.map(\.createdAt)
            #expect(zip(dates, dates.dropFirst()).allSatisfy { $0 >= $1 }, "not newest first")
            #expect(Set(first.items.prefix(3).map(\.body)) == ["Message 57", "Message 58", "Message 59"])
            #expect(Set(second.items.suffix(3).map(\.body)) == ["Message 0", "Message 1", "Message 2"])
        }
    }

    @Test(arguments: TestDB.enabled)
    func feedbackIsGivenAndReceived(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let feedback = "\(w.apiBase)/feedback"
            // act
            let empty = try await mentee.rawJSON(.POST, feedback, body: #"{"went_well":" ","could_be_better":""}"#)
            let given = try await mentee.rawJSON(.POST, feedback, body: #"{"went_well":"Clear examples","could_be_better":"More time"}"#)
            let received = try await mentor.rawJSON(.POST, feedback, body: #"{"could_be_better":"Bring questions"}"#)
            let menteeList = try await mentee.api(.GET, feedback).json(APIPage<FeedbackAPI.FeedbackResponse>.self)
            // assert
            #expect(empty.status == .unprocessableEntity)
            #expect(empty.errorFields.contains("went_well"))
            #expect(given.status == .created)
            let gave = try given.json(FeedbackAPI.FeedbackResponse.self)
            #expect(gave.fromUserID == w.mentee.id)
            #expect(gave.toUserID == w.mentor.id)
            #expect(gave.wentWell == "Clear examples")
            #expect(gave.couldBeBetter == "More time")
            #expect(received.status == .created)
            let got = try received.json(FeedbackAPI.FeedbackResponse.self)
            #expect(got.wentWell == "")
            #expect(Set(menteeList.items.map(\.id)) == [gave.id, got.id])
            #expect(menteeList.items.first { $0.id == got.id }?.toUserID == w.mentee.id)
            #expect(try await Feedback.query(on: app.db).count() == 2)
        }
    }

    @Test(arguments: TestDB.enabled)
    func closingArchivesTheRelationship(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let w = try await WorkspaceScene.make(fixtures)
            let mentor = try await fixtures.client(signedInAs: w.mentor)
            let mentee = try await fixtures.client(signedInAs: w.mentee)
            let close = "\(w.apiBase)/close"
            // act
            let noReflection = try await mentor.rawJSON(.POST, close, body: "{}")
            let closed = try await mentor.rawJSON(.POST, close, body: #"{"learned":"How to listen","next_steps":"Keep in touch"}"#)
            let message = try await mentee.rawJSON(.POST, "\(w.apiBase)/messages", body: #"{"body":"Still there?"}"#)
            let again = try await mentor.rawJSON(.POST, close, body: #"{"learned":"Twice"}"#)
            let partner = try await mentee.rawJSON(.POST, close, body: #"{"learned":"How to plan"}"#)
            // assert
            #expect(noReflection.status == .unprocessableEntity)
            #expect(noReflection.errorFields == ["learned"])
            #expect(closed.status == .ok)
            #expect(try closed.json(RelationshipsAPI.RelationshipResponse.self).status == "closed")
            #expect(message.status == .conflict)
            #expect(message.errorCode == "relationship.archived")
            #expect(again.status == .conflict)
            #expect(again.errorCode == "reflection.exists")
            #expect(partner.status == .ok)
            #expect(try await w.relationship().status == .closed)
            #expect(try await Reflection.query(on: app.db).count() == 2)
            #expect(try await Message.query(on: app.db).count() == 0)
        }
    }
}
