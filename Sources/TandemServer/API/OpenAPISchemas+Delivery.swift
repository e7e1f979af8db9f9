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
        "AnnouncementInput": object([
            "subject": string, "body": string,
            "audience": choice(["everyone", "mentors", "mentees", "unmatched"]),
            "channels": array(choice(["in_app", "email", "slack"])),
            "send_date": .string(required: false, description: "YYYY-MM-DD in the organisation's zone; empty sends now"),
            "send_time": .string(required: false, description: "HH:MM in the organisation's zone"),
        ], required: ["subject", "body"]),
        "Announcement": object([
            "id": uuid, "subject": string, "audience": string, "channels": array(string),
            "state": choice(["scheduled", "sent", "skipped"]), "send_at": dateTime, "sent_at": nullableDateTime, "recipients": int,
        ]),
        "AnnouncementList": object(["items": array(ref("Announcement"))]),
        "Integration": object([
            "channel": choice(["slack", "teams"]), "programme_id": nullableUUID,
            "webhook_url": .string(required: false, description: "The address with its secret part hidden."),
        ]),
    ] }
}

/// Schemas for the admins' load view.
extension OpenAPISchemas {
    static var load: [String: JSONSchema] { [
        "AuditEntry": object([
            "id": uuid, "created_at": dateTime, "actor_id": nullableUUID, "actor_name": string, "actor_email": string,
            "action": string, "target_type": string, "target_id": nullableUUID, "details": string, "ip": nullableString,
        ]),
        "AuditEntryPage": page("AuditEntry"),
        "MentorLoad": object([
            "near_capacity": array(object([
                "user_id": uuid, "name": string, "level": choice(["over", "full", "nearly_full", "room"]),
                "seats_left": int, "programme_seats_used": int, "programme_capacity": int,
                "overall_seats_used": int, "overall_capacity": int,
            ])),
            "many_pending": array(object(["user_id": uuid, "name": string, "pending_requests": int, "oldest_request_at": dateTime])),
            "waiting_longest": array(object([
                "user_id": uuid, "name": string, "enrolled_at": dateTime, "pending_requests": int, "oldest_request_at": nullableDateTime,
            ])),
        ]),
    ] }
}
