import OpenAPIKit

/// Schemas of the admin relationships console (ConsoleAPI).
extension OpenAPISchemas {
    static var console: [String: JSONSchema] { [
        "ConsoleRelationship": object([
            "id": uuid, "kind": choice(["pair", "circle"]),
            "members": array(object(["user_id": uuid, "name": string, "role": string])),
            "started_at": dateTime, "cadence": string, "last_check_in_at": nullableDateTime, "next_check_in_due": dateTime,
            "confirmed_minutes": int, "agreement": nullableString,
            "health": choice(["healthy", "at_risk", "stalled"]),
            "reasons": array(object([
                "code": choice(["no_check_in_for_twice_cadence", "check_in_overdue", "no_first_meeting", "one_side_quiet", "pulse_falling"]),
                "message": string,
            ], required: ["code", "message"])),
            "nudged_at": nullableDateTime, "escalated_at": nullableDateTime,
        ], required: ["id", "kind", "members", "started_at", "health", "reasons"]),
        "ConsoleRelationshipPage": page("ConsoleRelationship"),
        "Rematch": object([
            "relationship_id": uuid, "status": string, "rematched": bool, "recommendations_url": string,
        ], required: ["relationship_id", "status", "rematched"]),
    ] }
}
