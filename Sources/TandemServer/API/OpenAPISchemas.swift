import OpenAPIKit

/// JSON Schemas for the API's bodies. Field names match the DTOs' snake_case keys.
/// Every property is optional unless its object lists it in `required`.
enum OpenAPISchemas {
    static func object(_ properties: OrderedDictionary<String, JSONSchema>, required: Set<String> = []) -> JSONSchema {
        var marked = OrderedDictionary<String, JSONSchema>()
        for (name, schema) in properties {
            marked[name] = required.contains(name) ? schema.requiredSchemaObject() : schema
        }
        return .object(required: false, properties: marked)
    }
    static var string: JSONSchema { .string(required: false) }
    static var nullableString: JSONSchema { .string(required: false, nullable: true) }
    static var uuid: JSONSchema { .string(format: .uuid, required: false) }
    static var nullableUUID: JSONSchema { .string(format: .uuid, required: false, nullable: true) }
    static var int: JSONSchema { .integer(required: false) }
    static var nullableInt: JSONSchema { .integer(required: false, nullable: true) }
    static var bool: JSONSchema { .boolean(required: false) }
    static func array(_ item: JSONSchema) -> JSONSchema { .array(required: false, items: item) }
    static func ref(_ name: String) -> JSONSchema { .reference(.component(named: name), required: false) }
    /// Form-style fields take a number as text or as a number.
    static var intOrText: JSONSchema { .any(of: .integer, .string, required: false) }
    static func page(_ item: String) -> JSONSchema {
        object(["items": array(ref(item)), "next_cursor": nullableString], required: ["items"])
    }
    static var enumType: JSONSchema { choice(["one_to_one", "reverse", "peer", "group", "co_mentoring"]) }
    static var skill: JSONSchema {
        object(["name": string, "level": .integer(required: false, maximum: (3, exclusive: false), minimum: (1, exclusive: false))])
    }

    static var all: [String: JSONSchema] { [
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
            "response_window_days": int, "max_open_requests": int, "first_meeting_days": int,
        ]),
        "ProgrammeInput": object([
            "name": string, "description": string, "type": enumType, "mode": choice(["formal", "informal"]),
            "default_capacity": intOrText, "questions": string,
            "enrolment_starts": string, "matching_starts": string, "active_starts": string, "closing_starts": string, "ends_on": string,
            // Calendar days a mentor has to answer (1 to 30), and requests a mentee may have waiting (1 to 10);
            // left out: unchanged (5 and 3 on create).
            "response_window_days": intOrText, "max_open_requests": intOrText,
            "first_meeting_days": intOrText,
        ], required: ["name", "type", "mode"]),
        "ProgrammePage": page("Programme"),
        "Enrolment": object(["id": uuid, "programme_id": uuid, "role": string, "status": string, "capacity": int, "seats_used": int, "answers": array(string)]),
        "EnrolmentInput": object(["role": choice(["mentor", "mentee", "peer"]), "answers": array(string)], required: ["role"]),
        "EnrolmentPage": page("Enrolment"),
        "Mentor": object([
            "user_id": uuid, "name": string, "title": string, "department": string, "seniority": int,
            "languages": string, "skills_offered": string, "seats_left": int, "at_capacity": bool,
            "typical_response_seconds": nullableInt, "typical_response": nullableString, "last_active": nullableString,
        ]),
        "MentorPage": page("Mentor"),
        "Profile": object([
            "user_id": uuid, "name": string, "title": string, "department": string, "seniority": int, "seniority_name": string,
            "time_zone": string, "languages": array(string), "skills_offered": array(skill), "skills_wanted": array(skill),
            "motivators": array(string), "communication_style": string, "meeting_preference": string,
            "availability_hours": int, "mentor_capacity": int, "mentor_seats_used": int, "bio": string,
        ]),
        "ProfileInput": object([
            "name": string, "title": string, "department": string, "seniority": intOrText,
            "time_zone": string, "languages": string, "skills_offered": string, "skills_wanted": string,
            "motivators": array(string), "communication_style": string, "meeting_preference": string,
            "availability_hours": intOrText, "mentor_capacity": intOrText, "bio": string,
        ], required: ["name", "time_zone", "languages"]),
        "MentorRequest": object([
            "id": uuid, "programme_id": uuid, "mentee_id": uuid, "mentor_id": uuid, "message": string, "hopes": string,
            "status": choice(["pending", "accepted", "declined", "withdrawn", "expired"]),
            "decline_reason": nullableString, "relationship_id": nullableUUID, "created_at": nullableDateTime,
            "decline_code": .string(required: false, nullable: true, description: "mentor_away when Tandem declined because the mentor is away"),
            "expires_at": nullableDateTime,
            "alternatives": .array(required: false, description: "Only on GET /requests/{id}, for the mentee of a lapsed request", items: ref("Alternative")),
        ]),
        "RequestInput": object(["programme_id": uuid, "mentor_id": uuid, "message": string, "hopes": string],
                               required: ["programme_id", "mentor_id", "message", "hopes"]),
        "DeclineInput": object(["reason": string]),
        "RequestPage": page("MentorRequest"),
        "Relationship": object([
            "id": uuid, "programme_id": uuid, "programme_name": string, "status": string, "cadence": nullableString,
            "started_at": dateTime, "health": string,
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
