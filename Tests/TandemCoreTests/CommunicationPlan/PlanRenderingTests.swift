import Testing
@testable import TandemCore

@Suite struct PlanRenderingTests {
    static let values = PlanPlaceholderValues(firstName: "Ben <b>", programme: "R&D mentoring", partner: nil,
                                              link: "https://tandem.test/relationships/1")

    @Test func fillsEveryPlaceholderOnce() {
        // arrange
        let values = PlanPlaceholderValues(firstName: "{{partner}}", programme: "P", partner: "Maria", link: "L")
        // act
        let text = PlanTemplate.fill("Hi {{ first_name }}, meet {{partner}} in {{programme}}: {{link}}", with: values)
        // assert: a value that looks like a placeholder is not expanded again
        #expect(text == "Hi {{partner}}, meet Maria in P: L")
    }

    @Test func escapesForEachChannel() {
        // act
        let html = RenderedPlanMessage.render(subject: "Hi {{first_name}}", body: "A & B\n\n{{programme}}", values: Self.values, escaping: .html)
        let plain = RenderedPlanMessage.render(subject: "Hi {{first_name}}", body: "A & B", values: Self.values, escaping: .plainText)
        let slack = RenderedPlanMessage.render(subject: "Hi {{first_name}}", body: "<{{programme}}> \"q\"", values: Self.values, escaping: .slack)
        // assert
        #expect(html.subject == "Hi Ben &lt;b&gt;")
        #expect(html.body == "<p>A &amp; B</p>\n<p>R&amp;D mentoring</p>")
        #expect(plain.subject == "Hi Ben <b>")
        #expect(plain.body == "A & B")
        #expect(slack.subject == "Hi Ben &lt;b&gt;")
        #expect(slack.body == "&lt;R&amp;D mentoring&gt; \"q\"")
    }

    @Test func missingPartnerReadsNaturally() {
        // act
        let text = PlanTemplate.fill("Meet {{partner}}", with: Self.values)
        // assert
        #expect(text == "Meet your mentoring partner")
    }

    @Test func channelsPickTheirEscaping() {
        #expect(PlanEscaping(channel: .inApp) == .html)
        #expect(PlanEscaping(channel: .email) == .html)
        #expect(PlanEscaping(channel: .slack) == .slack)
    }

    @Test func unknownPlaceholdersAreFoundOnce() {
        // act
        let unknown = PlanTemplate.unknownPlaceholders(in: "{{first_name}} {{ nickname }} {{nickname}} {{Link}} {{ unclosed")
        // assert
        #expect(unknown == ["nickname", "Link"])
    }
}
