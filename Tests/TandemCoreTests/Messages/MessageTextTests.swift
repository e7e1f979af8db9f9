import Testing
@testable import TandemCore

@Suite struct MessageTextTests {
    private static func link(_ href: String, _ text: String? = nil) -> String {
        #"<a href="\#(href)" rel="nofollow noopener ugc">\#(text ?? href)</a>"#
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        (#""quotes" & 'apostrophes'"#, "&quot;quotes&quot; &amp; &#39;apostrophes&#39;"),
        ("See https://example.com.", "See \(link("https://example.com"))."),
        ("Visit HTTPS://EXAMPLE.COM/Path!", "Visit \(link("HTTPS://EXAMPLE.COM/Path"))!"),
        ("(https://example.com/a)", "(\(link("https://example.com/a")))"),
        ("https://en.wikipedia.org/wiki/Swift_(programming_language)",
         link("https://en.wikipedia.org/wiki/Swift_(programming_language)")),
        ("(see https://en.wikipedia.org/wiki/Swift_(language)).",
         "(see \(link("https://en.wikipedia.org/wiki/Swift_(language)")))."),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("JavaScript:alert(document.cookie)", "JavaScript:alert(document.cookie)"),
        ("data:text/html,<b>x</b>", "data:text/html,&lt;b&gt;x&lt;/b&gt;"),
        ("mailto:sam@example.com", "mailto:sam@example.com"),
        (#"https://example.com/?a=1&b="x"y"#,
         link("https://example.com/?a=1&amp;b=&quot;x&quot;y")),
        (#"https://example.com/"onmouseover="alert(1)"#,
         link("https://example.com/&quot;onmouseover=&quot;alert(1)")),
        ("Grüße aus München 👋 https://de.wikipedia.org/wiki/München, bis bald",
         "Grüße aus München 👋 \(link("https://de.wikipedia.org/wiki/München")), bis bald"),
        ("line one\nline two\r\nline three\rfour", "line one<br>line two<br>line three<br>four"),
        ("a  b\t c\n\nd", "a  b\t c<br><br>d"),
        ("www.example.com/path?q=1.", "\(link("https://www.example.com/path?q=1", "www.example.com/path?q=1"))."),
        ("Links: https://a.test, http://b.test; done", "Links: \(link("https://a.test")), \(link("http://b.test")); done"),
        ("<https://example.com>", "&lt;\(link("https://example.com"))&gt;"),
        ("'https://example.com'", "&#39;\(link("https://example.com"))&#39;"),
        ("foohttps://example.com and sub.www.example.com", "foohttps://example.com and sub.www.example.com"),
        ("http:// and https://. alone", "http:// and https://. alone"),
        ("", ""),
    ])
    func rendersSafeHtml(text: String, expected: String) {
        #expect(MessageText.html(text) == expected)
    }

    @Test(arguments: [
        "<img src=x onerror=alert(1)>",
        #"https://x.test/<script>alert(1)</script>"#,
        #"javascript:alert('https://evil.test/"><script>')"#,
        "www.<b>.test",
        "\"><svg onload=alert(1)>",
    ])
    func addsNoMarkupButLinksAndBreaks(text: String) {
        // act
        let html = MessageText.html(text)
        // assert: strip the markup we add; what is left has no tags or unescaped quotes
        let withoutOurMarkup = html
            .replacing(/<a href="[^"<>]*" rel="nofollow noopener ugc">/, with: "")
            .replacingOccurrences(of: "</a>", with: "")
            .replacingOccurrences(of: "<br>", with: "")
        #expect(!withoutOurMarkup.contains("<"))
        #expect(!withoutOurMarkup.contains(">"))
        #expect(!withoutOurMarkup.contains("\""))
        #expect(!html.lowercased().contains("href=\"javascript"))
    }
}
