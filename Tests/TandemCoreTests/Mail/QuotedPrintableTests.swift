import Testing
@testable import TandemCore

@Suite struct QuotedPrintableTests {
    @Test func escapesEqualsNonASCIIAndTrailingSpace() {
        // act
        let encoded = QuotedPrintable.encode("a=b é \nnext\t")
        // assert
        #expect(encoded == "a=3Db =C3=A9=20\r\nnext=09")
    }

    @Test func softBreaksLongLinesWithinSeventySix() {
        // arrange
        let line = String(repeating: "é", count: 100)
        // act
        let encoded = QuotedPrintable.encode(line)
        let lines = encoded.components(separatedBy: "\r\n")
        // assert
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { $0.count <= 76 })
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("=") })
        // no escape is cut in half by a soft break
        #expect(lines.allSatisfy { !$0.dropLast().hasSuffix("=") && !$0.hasSuffix("=C") })
    }
}

@Suite struct SMTPDotStuffingTests {
    @Test func doublesALeadingDotOnEveryLine() {
        // act
        let stuffed = SMTPDotStuffing.stuff(".hidden\nmiddle . dot\n..two\n.")
        // assert
        #expect(stuffed == "..hidden\r\nmiddle . dot\r\n...two\r\n..\r\n")
    }

    @Test func normalisesEveryLineEndingToCRLF() {
        // act
        let stuffed = SMTPDotStuffing.stuff("a\rb\nc\r\nd")
        // assert
        #expect(stuffed == "a\r\nb\r\nc\r\nd\r\n")
    }

    @Test func theMessageCannotEndTheDataEarly() {
        // act
        let payload = SMTPDotStuffing.dataPayload("before\r\n.\r\nafter\r\n")
        // assert
        #expect(payload == "before\r\n..\r\nafter\r\n.\r\n")
        #expect(payload.components(separatedBy: "\r\n.\r\n").count == 2)
    }
}
