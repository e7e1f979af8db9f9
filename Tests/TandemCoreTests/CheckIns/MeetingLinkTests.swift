import Foundation
import Testing
@testable import TandemCore

@Suite struct MeetingLinkTests {
    @Test(arguments: [
        "https://zoom.us/j/123?pwd=abc",
        "  http://meet.google.com/abc-defg-hij  ",
        "HTTPS://Teams.Microsoft.com/l/meetup-join/1",
    ])
    func acceptsWebAddresses(raw: String) throws {
        let url = try MeetingLink.parse(raw).get()
        #expect(url.absoluteString == raw.trimmingCharacters(in: .whitespaces))
    }

    @Test(arguments: [
        ("", "required"),
        ("zoom.us/j/123", "invalid"),
        ("ftp://files.example.com/a", "invalid"),
        ("javascript:alert(1)", "invalid"),
        ("mailto:ada@example.com", "invalid"),
        ("https://", "invalid"),
        ("https:///path-only", "invalid"),
        ("https://zoom.us/j/1 2", "invalid"),
        ("https://example.com/" + String(repeating: "a", count: 1981), "too_long"),
    ])
    func rejectsWhatIsNotAWebAddress(raw: String, code: String) {
        // act
        let result = MeetingLink.parse(raw)
        // assert
        guard case .failure(let error) = result else {
            Issue.record("accepted \(raw)")
            return
        }
        #expect(error.field == "meeting_link")
        #expect(error.code == code)
    }

    @Test func acceptsTheLongestAllowedLink() throws {
        let raw = "https://example.com/" + String(repeating: "a", count: 1980)
        #expect(raw.count == 2000)
        #expect(try MeetingLink.parse(raw).get().host == "example.com")
    }

    @Test func usesTheGivenFieldName() {
        guard case .failure(let error) = MeetingLink.parse("nope", field: "link") else {
            Issue.record("accepted nope")
            return
        }
        #expect(error.field == "link")
    }

    @Test(arguments: [
        ("https://zoom.us/j/1", "Zoom"),
        ("https://us02web.zoom.us/j/1", "Zoom"),
        ("https://zoom.com/j/1", "Zoom"),
        ("https://teams.microsoft.com/l/meetup-join/1", "Microsoft Teams"),
        ("https://teams.live.com/meet/1", "Microsoft Teams"),
        ("https://meet.google.com/abc-defg-hij", "Google Meet"),
        ("https://acme.webex.com/meet/ada", "Webex"),
        ("https://www.whereby.com/ada", "whereby.com"),
        ("https://notzoom.us/j/1", "notzoom.us"),
        ("https://zoom.us.evil.example/j/1", "zoom.us.evil.example"),
        ("https://meet.google.com.evil.example/x", "meet.google.com.evil.example"),
    ])
    func namesTheProvider(raw: String, provider: String) throws {
        let url = try #require(URL(string: raw))
        #expect(MeetingLink.provider(of: url) == provider)
    }

    @Test func formatsAndLabels() {
        #expect(MeetingFormat.allCases.map(\.rawValue) == ["video", "in_person", "chat", "call"])
        #expect(MeetingFormat.allCases.map(\.label) == ["Video call", "In person", "Chat", "Phone call"])
        #expect(MeetingFormat.allCases.filter(\.needsLink) == [.video])
    }
}
