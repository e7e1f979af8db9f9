import OpenAPIKit

/// Schemas for responsive requests: alternatives after a request lapsed, and being away.
extension OpenAPISchemas {
    static var requests: [String: JSONSchema] { [
        "Alternative": object(["mentor_id": uuid, "name": string, "department": string, "seats_left": int, "score": int]),
        "AskInsteadInput": object(["mentor_id": uuid], required: ["mentor_id"]),
        "Availability": object([
            "away_until": .string(required: false, nullable: true, description: "YYYY-MM-DD, inclusive, in the organisation's zone"),
            "away_note": nullableString, "hide_activity": bool,
            "away": .boolean(required: false, description: "Whether the person is away today"),
        ]),
        "AvailabilityInput": object([
            "away_until": .string(required: false, nullable: true, description: "YYYY-MM-DD, today or later, within a year; null: not away"),
            "away_note": .string(required: false, nullable: true, description: "Up to 200 characters, shown with declined requests"),
            "hide_activity": .boolean(required: false, description: "Hide typical response time and last activity from browse; left out: unchanged"),
        ]),
    ] }
}
