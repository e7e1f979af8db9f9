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
    ] }
}
