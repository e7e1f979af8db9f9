import Testing
@testable import TandemCore

@Suite struct CSVWriterTests {
    @Test(arguments: [
        ("plain", "plain"),
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-1", "'-1"),
        ("@cmd", "'@cmd"),
        ("\tindent", "'\tindent"),
        ("\rreturn", "\"'\rreturn\""),
        ("a, b", "\"a, b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""),
        ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
        ("", ""),
        ("a=b", "a=b"),
    ])
    func cellsAreNeutralisedThenQuoted(_ c: (String, String)) {
        #expect(CSVWriter.cell(c.0) == c.1)
    }

    @Test func aDocumentStartsWithTheByteOrderMarkAndEndsRowsInCRLF() {
        // act
        let text = CSVWriter.document(header: ["when", "who"], rows: [["2026-12-05", "Ada"], ["2026-12-06", "=evil"]])
        // assert
        #expect(text == "\u{FEFF}when,who\r\n2026-12-05,Ada\r\n2026-12-06,'=evil\r\n")
    }
}
