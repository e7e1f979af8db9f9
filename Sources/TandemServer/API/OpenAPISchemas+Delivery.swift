import OpenAPIKit

/// Schemas for notifications and the scheduler's admin endpoints.
extension OpenAPISchemas {
    static var delivery: [String: JSONSchema] { [
        "Notification": object([
            "id": uuid, "kind": string, "title": string, "body": string,
            "link": .string(required: false, description: "A path inside Tandem: the place to act."),
            "created_at": dateTime, "read_at": nullableDateTime,
        ]),
        "NotificationPage": page("Notification"),
        "WebhookInput": object(["webhook_url": .string(format: .uri, required: false, description: "https://, the channel's incoming webhook")],
                               required: ["webhook_url"]),
        "Integration": object([
            "channel": choice(["slack", "teams"]), "programme_id": nullableUUID,
            "webhook_url": .string(required: false, description: "The address with its secret part hidden."),
        ]),
    ] }
}
