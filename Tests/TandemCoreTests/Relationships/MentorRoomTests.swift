import Testing
@testable import TandemCore

@Suite struct MentorRoomTests {
    @Test(arguments: [
        // programme cap, used, overall cap, used → seats left
        (2, 1, 3, 1, 1),   // one below the programme limit
        (2, 2, 3, 1, 0),   // exactly at the programme limit
        (3, 1, 2, 1, 1),   // one below the overall limit
        (3, 1, 2, 2, 0),   // exactly at the overall limit, programme seats free
        (2, 0, 5, 0, 2),   // the programme limit is the smaller
        (5, 0, 2, 0, 2),   // the overall limit is the smaller
        (1, 3, 4, 0, 0),   // a capacity lowered below its seats in use
        (0, 0, 0, 0, 0),
    ])
    func seatsLeftIsTheFewerOfTheTwoLimits(_ c: (Int, Int, Int, Int, Int)) {
        // act
        let room = MentorRoom(programmeCapacity: c.0, programmeSeatsUsed: c.1, overallCapacity: c.2, overallSeatsUsed: c.3)
        // assert
        #expect(room.seatsLeft == c.4)
        #expect(room.isFull == (c.4 == 0))
    }
}

@Suite struct MentorRoomLevelTests {
    @Test(arguments: [
        (2, 3, 5, 3, MentorRoom.Level.over),        // programme seats above a lowered capacity
        (3, 2, 1, 2, .over),                        // overall seats above a lowered capacity
        (2, 2, 5, 2, .full),                        // exactly at the programme limit
        (4, 1, 3, 3, .full),                        // exactly at the overall limit
        (2, 1, 5, 1, .nearlyFull),                  // one seat left, already mentoring
        (1, 0, 3, 0, .room),                        // one seat left, nobody yet
        (3, 1, 5, 1, .room),
    ])
    func levels(_ c: (Int, Int, Int, Int, MentorRoom.Level)) {
        let room = MentorRoom(programmeCapacity: c.0, programmeSeatsUsed: c.1, overallCapacity: c.2, overallSeatsUsed: c.3)
        #expect(room.level == c.4)
    }
}
