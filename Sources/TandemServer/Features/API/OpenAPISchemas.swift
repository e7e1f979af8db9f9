/// JSON Schemas for the API's bodies. Field names match the DTOs' snake_case keys.
enum OpenAPISchemas {
    static func object(_ props: [String: Any], required: [String] = []) -> [String: Any] {
        var o: [String: Any] = ["type": "object", "properties": props]
        if !required.isEmpty { o["required"] = required }
        return o
    }
    static var string: [String: Any] { ["type": "string"] }
    static var nullableString: [String: Any] { ["type": ["string", "null"]] }
    static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    static var int: [String: Any] { ["type": "integer"] }
    static var bool: [String: Any] { ["type": "boolean"] }
    static func array(_ item: [String: Any]) -> [String: Any] { ["type": "array", "items": item] }
    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    static func page(_ item: String) -> [String: Any] {
        object(["items": array(ref(item)), "next_cursor": nullableString], required: ["items"])
    }
    static var enumType: [String: Any] { ["type": "string", "enum": ["one_to_one", "reverse", "peer", "group", "co_mentoring"]] }
    static var skill: [String: Any] { object(["name": string, "level": ["type": "integer", "minimum": 1, "maximum": 3]]) }

    static var all: [String: Any] { [
        "Error": object([
            "error": object([
                "code": string, "message": string,
                "fields": array(object(["field": string, "code": string, "message": string])),
            ], required: ["code", "message"]),
        ], required: ["error"]),
        "Me": object(["id": uuid, "name": string, "email": string, "role": string, "organisation_id": uuid, "csrf_token": string]),
        "Organisation": object(["id": uuid, "name": string, "slug": string, "time_zone": string]),
        "Programme": object([
            "id": uuid, "name": string, "description": string, "type": enumType, "mode": string, "phase": string,
            "default_capacity": int, "questions": array(string), "enrolment_starts": nullableString,
            "matching_starts": nullableString, "active_starts": nullableString, "closing_starts": nullableString,
            "ends_on": nullableString, "archived": bool, "my_roles": array(string),
        ]),
        "ProgrammeInput": object([
            "name": string, "description": string, "type": enumType, "mode": ["type": "string", "enum": ["formal", "informal"]],
            "default_capacity": ["type": ["integer", "string"]], "questions": string,
            "enrolment_starts": string, "matching_starts": string, "active_starts": string, "closing_starts": string, "ends_on": string,
        ], required: ["name", "type", "mode"]),
        "ProgrammePage": page("Programme"),
        "Enrolment": object(["id": uuid, "programme_id": uuid, "role": string, "status": string, "capacity": int, "seats_used": int, "answers": array(string)]),
        "EnrolmentInput": object(["role": ["type": "string", "enum": ["mentor", "mentee", "peer"]], "answers": array(string)], required: ["role"]),
        "EnrolmentPage": page("Enrolment"),
        "Mentor": object([
            "user_id": uuid, "name": string, "title": string, "department": string, "seniority": int,
            "languages": string, "skills_offered": string, "seats_left": int, "at_capacity": bool,
        ]),
        "MentorPage": page("Mentor"),
        "Profile": object([
            "user_id": uuid, "name": string, "title": string, "department": string, "seniority": int, "seniority_name": string,
            "time_zone": string, "languages": array(string), "skills_offered": array(skill), "skills_wanted": array(skill),
            "motivators": array(string), "communication_style": string, "meeting_preference": string,
            "availability_hours": int, "mentor_capacity": int, "mentor_seats_used": int, "bio": string,
        ]),
        "ProfileInput": object([
            "name": string, "title": string, "department": string, "seniority": ["type": ["integer", "string"]],
            "time_zone": string, "languages": string, "skills_offered": string, "skills_wanted": string,
            "motivators": array(string), "communication_style": string, "meeting_preference": string,
            "availability_hours": ["type": ["integer", "string"]], "mentor_capacity": ["type": ["integer", "string"]], "bio": string,
        ], required: ["name", "time_zone", "languages"]),
        "MentorRequest": object([
            "id": uuid, "programme_id": uuid, "mentee_id": uuid, "mentor_id": uuid, "message": string, "hopes": string,
            "status": ["type": "string", "enum": ["pending", "accepted", "declined", "withdrawn"]],
            "decline_reason": nullableString, "relationship_id": ["type": ["string", "null"], "format": "uuid"],
            "created_at": ["type": ["string", "null"], "format": "date-time"],
        ]),
        "RequestInput": object(["programme_id": uuid, "mentor_id": uuid, "message": string, "hopes": string],
                               required: ["programme_id", "mentor_id", "message", "hopes"]),
        "DeclineInput": object(["reason": string]),
        "RequestPage": page("MentorRequest"),
        "Relationship": object([
            "id": uuid, "programme_id": uuid, "programme_name": string, "status": string, "cadence": nullableString,
            "started_at": ["type": "string", "format": "date-time"], "health": string,
            "members": array(object(["user_id": uuid, "name": string, "role": string])),
        ]),
        "RelationshipPage": page("Relationship"),
        "Recommendation": object([
            "mentor_id": uuid, "name": string, "department": string, "seats_left": int, "score": int,
            "reasons": array(object(["criterion": string, "points": int, "sentence": string])),
        ]),
        "RecommendationPage": page("Recommendation"),
    ] }
}
