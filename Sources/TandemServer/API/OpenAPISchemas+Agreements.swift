import OpenAPIKit

/// Schemas of the mentoring agreement and its programme template (AgreementAPI, AgreementTemplateAPI).
extension OpenAPISchemas {
    static var cadence: JSONSchema { choice(["weekly", "fortnightly", "monthly", "custom"]) }
    static var meetingFormat: JSONSchema { choice(["video", "in_person", "chat", "call"]) }

    static var agreements: [String: JSONSchema] { [
        "Agreement": object([
            "relationship_id": uuid,
            "state": choice(["none", "proposed", "in_force", "needs_reconfirmation"]),
            "in_force": bool, "awaiting_you": bool,
            "current": ref("AgreementVersion"),
            "confirmations": array(object(["user_id": uuid, "name": string, "confirmed": bool, "last_confirmed_version": nullableInt])),
            "changed_since_version": nullableInt,
            "changed_fields": array(choice(["cadence", "format", "hopes", "confidentiality", "feedback", "review_on"])),
            "changed_hopes_of": array(uuid),
            "suggested": ref("AgreementDraft"),
        ], required: ["relationship_id", "state", "in_force", "awaiting_you", "confirmations", "changed_fields"]),
        "AgreementVersion": object([
            "number": int, "cadence": cadence, "custom_days": nullableInt, "format": meetingFormat,
            "hopes": array(object(["user_id": uuid, "name": string, "gives": string, "gets": string])),
            "confidentiality": string, "feedback": string, "review_on": string, "proposed_by": uuid,
            "created_at": dateTime, "in_force_at": nullableDateTime,
        ], required: ["number", "cadence", "format", "hopes", "confidentiality", "feedback", "review_on"]),
        "AgreementDraft": object([
            "cadence": cadence, "custom_days": intOrText, "format": meetingFormat,
            "hopes": array(object(["user_id": uuid, "gives": string, "gets": string], required: ["user_id"])),
            "confidentiality": string, "feedback": string, "review_on": .string(format: .date, required: false),
        ], required: ["cadence", "format", "confidentiality", "feedback", "review_on"]),
        "AgreementConfirm": object(["version": int], required: ["version"]),
        "AgreementTemplate": object([
            "programme_id": uuid, "is_default": bool, "cadence": cadence, "custom_days": nullableInt, "format": meetingFormat,
            "confidentiality": string, "feedback": string, "review_after_days": int,
        ], required: ["programme_id", "is_default", "cadence", "format", "confidentiality", "feedback", "review_after_days"]),
        "AgreementTemplateDraft": object([
            "cadence": cadence, "custom_days": intOrText, "format": meetingFormat,
            "confidentiality": string, "feedback": string, "review_after_days": intOrText,
        ], required: ["cadence", "format", "confidentiality", "feedback", "review_after_days"]),
    ] }
}
