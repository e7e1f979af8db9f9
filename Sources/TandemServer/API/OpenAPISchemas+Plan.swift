import OpenAPIKit

/// Schemas of the communication plan's API (CommunicationPlanAPI).
extension OpenAPISchemas {
    static var plan: [String: JSONSchema] { [
        "Plan": object(["programme_id": uuid, "messages": array(ref("PlanMessage"))], required: ["programme_id", "messages"]),
        "PlanMessage": object([
            "id": uuid,
            "event": choice(["enrolment_starts", "matching_starts", "active_starts", "midpoint", "closing_starts", "ends", "matched"]),
            "offset_days": int, "trigger": string,
            "audience": choice(["everyone", "mentors", "mentees", "unmatched", "pairs_without_check_in"]),
            "subject": string, "body": string, "channels": array(choice(["in_app", "email", "slack"])),
            "enabled": bool, "position": int,
            "state": choice(["off", "scheduled", "due", "sent", "skipped", "per_pair", "unscheduled"]),
            "status": string, "due_at": nullableDateTime, "sent_runs": int, "skipped_runs": int,
            "people_reached": int, "last_sent_at": nullableDateTime,
        ], required: ["id", "event", "offset_days", "audience", "subject", "body", "channels", "enabled", "state"]),
        "PlanMessagePatch": object(["enabled": bool, "subject": string, "body": string]),
    ] }
}
