import Foundation
import Testing
@testable import TandemCore

@Suite struct ICalendarPeopleTests {
    @Test func anInvitationNamesItsOrganizerAndAttendeesWithQuotedNames() {
        // arrange: a name with characters that would end a parameter, and one with a quote
        var event = ICSSample.event()
        event.organizer = CalendarPerson(name: "Lopez, Maria; PhD", email: "maria@example.com")
        event.attendees = [CalendarPerson(name: "Tom \"TJ\" Jones\n", email: "tom@example.com")]

        // act
        let lines = ICSSample.write([event]).eventLines

        // assert
        #expect(lines.contains(#"ORGANIZER;CN="Lopez, Maria; PhD":mailto:maria@example.com"#))
        #expect(lines.contains(#"ATTENDEE;CN="Tom TJ Jones";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:tom@example.com"#))
        #expect(lines.firstIndex { $0.hasPrefix("ORGANIZER") }! < lines.firstIndex { $0.hasPrefix("STATUS") }!)
    }

    @Test func feedsCarryNoPeople() {
        // act
        let lines = ICSSample.write([ICSSample.event()]).eventLines
        // assert
        #expect(!lines.contains { $0.hasPrefix("ORGANIZER") || $0.hasPrefix("ATTENDEE") })
    }
}
