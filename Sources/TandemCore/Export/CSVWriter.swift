/// CSV for spreadsheets (RFC 4180 quoting, CRLF rows), safe to open: a cell that starts with
/// `= + - @`, a tab or a carriage return gets a leading `'`, so a spreadsheet never runs it as a
/// formula, and the file starts with a UTF-8 byte-order mark, so Excel reads it as UTF-8
/// (RULES.md "CSV exports").
public enum CSVWriter {
    public static let byteOrderMark = "\u{FEFF}"

    /// The whole file: the header row, then each row.
    public static func document(header: [String], rows: [[String]]) -> String {
        var text = byteOrderMark + line(header)
        for row in rows { text += line(row) }
        return text
    }

    /// One row, ending in CRLF.
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    /// One cell: neutralised if it could be read as a formula, then quoted if it must be.
    public static func cell(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            text = "'" + text
        }
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
