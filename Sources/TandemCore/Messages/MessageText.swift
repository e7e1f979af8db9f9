/// Turns what people type into messages into safe HTML.
///
/// Everything is HTML-escaped; the only markup added is `<br>` for line breaks and links for
/// `http://`, `https://` and `www.` addresses. No other scheme (`javascript:`, `data:`) is linked.
public enum MessageText {
    /// Attributes on every link: `ugc` and `nofollow` because people wrote them, `noopener` in
    /// case the server adds `target`.
    public static let linkRel = "nofollow noopener ugc"

    /// Escaped HTML for `text`: links made clickable, line breaks as `<br>`, other whitespace
    /// kept as typed (the page shows it with `white-space: pre-wrap`).
    public static func html(_ text: String) -> String {
        var html = ""
        var position = text.startIndex
        for link in links(in: text) {
            html += escapedBody(text[position..<link.range.lowerBound])
            let shown = escaped(text[link.range])
            html += #"<a href="\#(escaped(link.href[...]))" rel="\#(linkRel)">\#(shown)</a>"#
            position = link.range.upperBound
        }
        html += escapedBody(text[position...])
        return html
    }

    /// Escapes `& < > " '`, so the result is safe in element content and in quoted attributes.
    static func escaped(_ text: Substring) -> String { TextEscaping.html(text) }

    /// Escaped text with each line break (`\n`, `\r\n` or `\r`) as `<br>`.
    private static func escapedBody(_ text: Substring) -> String {
        var result = ""
        var line = text.startIndex
        for index in text.indices where text[index].isNewline {
            result += escaped(text[line..<index]) + "<br>"
            line = text.index(after: index)
        }
        return result + escaped(text[line...])
    }
}
