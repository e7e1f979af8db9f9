import Foundation
import TandemCore

struct IntegrationsContext: Encodable {
    struct Current: Encodable {
        let channel: String
        let channelLabel: String
        let scopeLabel: String
        let programme: String
        let maskedURL: String
    }
    struct Option: Encodable {
        let value: String
        let label: String
        let isChosen: Bool
    }

    let chrome: PageChrome
    let current: [Current]
    let hasCurrent: Bool
    let channels: [Option]
    let scopes: [Option]
    let typedURL: String
    let error: String?

    init(chrome: PageChrome, rows: [WebhookIntegration], programmes: [Programme], typed: IntegrationsController.Form?, error: String?) {
        let names = Dictionary(uniqueKeysWithValues: programmes.compactMap { p in p.id.map { ($0, p.name) } })
        self.chrome = chrome
        current = rows.sorted { ($0.programmeID == nil ? 0 : 1, $0.channel.rawValue) < ($1.programmeID == nil ? 0 : 1, $1.channel.rawValue) }
            .map { row in
                Current(channel: row.channel.rawValue, channelLabel: row.channel.label,
                        scopeLabel: row.programmeID.map { names[$0] ?? "A programme" } ?? "Whole organisation",
                        programme: row.programmeID?.uuidString ?? "", maskedURL: WebhookURL.masked(row.url))
            }
        hasCurrent = !rows.isEmpty
        channels = WebhookChannel.allCases.map { Option(value: $0.rawValue, label: $0.label, isChosen: $0.rawValue == (typed?.channel ?? "slack")) }
        scopes = [Option(value: "", label: "Whole organisation", isChosen: (typed?.programme ?? "").isEmpty)]
            + programmes.map { p in Option(value: p.id?.uuidString ?? "", label: p.name, isChosen: p.id?.uuidString == typed?.programme) }
        typedURL = typed?.webhook_url ?? ""
        self.error = error
    }
}
