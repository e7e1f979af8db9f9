import OpenAPIKit

/// Schemas for the workspace endpoints.
extension OpenAPISchemas {
    static var dateTime: JSONSchema { .string(format: .dateTime, required: false) }
    static var nullableDateTime: JSONSchema { .string(format: .dateTime, required: false, nullable: true) }
    /// Form-style fields: text, or a number for the numeric ones.
    static var text: JSONSchema { .any(of: .string, .integer, required: false) }
    static func choice(_ values: [String]) -> JSONSchema { .string(required: false, allowedValues: values.map { AnyCodable($0) }) }

    static var workspace: [String: JSONSchema] { [
        "Goal": object([
            "id": uuid, "owner_id": uuid, "title": string, "description": string, "measure": string, "target_date": nullableString,
            "status": choice(["not_started", "on_track", "at_risk", "done", "dropped"]), "visibility": choice(["pair", "admins"]),
            "milestones": array(object(["id": uuid, "title": string, "done": bool])), "smart": ref("SmartReport"),
        ]),
        "GoalPage": page("Goal"),
        "GoalInput": object([
            "title": string, "description": string, "measure": string, "target_date": string,
            "status": string, "visibility": string, "milestones": .any(of: .array(items: .string), .string, required: false),
            "relationship_id": .string(format: .uuid, required: false, description: "smart-check only: review in this relationship's context"),
        ], required: ["title"]),
        "GoalUpdateInput": object(["body": string, "status": string], required: ["body"]),
        "SmartReport": object(["findings": array(object([
            "criterion": choice(["specific", "measurable", "achievable", "relevant", "time_bound"]), "met": bool, "hint": nullableString,
        ]))]),
        "Meeting": object([
            "id": uuid, "status": choice(["scheduled", "held", "cancelled"]), "starts_at": dateTime, "time_zone": string,
            "duration_minutes": int, "format": choice(["video", "in_person", "chat", "call"]), "link": nullableString, "agenda": string,
            "sequence": int, "shared_notes": string, "my_private_note": nullableString, "goal_ids": array(uuid),
            "actions": array(object(["id": uuid, "title": string, "owner_id": uuid, "due_on": nullableString, "done": bool])),
            "logged_by": nullableUUID, "confirmed": bool,
        ]),
        "MeetingPage": page("Meeting"),
        "MeetingInput": object([
            "date": string, "time": string, "time_zone": string, "duration_minutes": text, "format": string,
            "meeting_link": string, "agenda": string,
        ], required: ["date", "time", "duration_minutes", "format"]),
        "CheckInInput": object([
            "meeting_id": uuid, "date": string, "time": string, "time_zone": string, "duration_minutes": text, "format": string,
            "meeting_link": string, "shared_notes": string, "private_notes": string, "goal_ids": array(uuid),
            "actions": array(object(["title": string, "owner_id": uuid, "due_date": string])),
        ], required: ["date", "time", "duration_minutes", "format"]),
        "Message": object(["id": uuid, "author_id": uuid, "body": string, "created_at": dateTime]),
        "MessagePage": page("Message"),
        "MessageInput": object(["body": string], required: ["body"]),
        "Feedback": object([
            "id": uuid, "from_user_id": uuid, "to_user_id": uuid, "check_in_id": nullableUUID,
            "went_well": string, "could_be_better": string, "created_at": dateTime,
        ]),
        "FeedbackPage": page("Feedback"),
        "FeedbackInput": object(["to": uuid, "check_in": uuid, "went_well": string, "could_be_better": string]),
        "AdminCloseInput": object(["reason": string], required: ["reason"]),
        "ReflectionInput": object(["learned": string, "partner_learned": string, "next_steps": string], required: ["learned"]),
        "Survey": object([
            "id": uuid, "programme_id": uuid, "title": string, "intro": string, "trigger": choice(["pulse", "midpoint", "end", "now"]),
            "pulse_after": nullableInt, "anonymous": bool, "closed": bool,
            "questions": array(object(["id": uuid, "prompt": string, "kind": choice(["rating", "nps", "single_choice", "free_text"]),
                                       "options": array(string), "audience": string, "about": string])),
        ]),
        "SurveyPage": page("Survey"),
        "SurveyInput": object([
            "title": string, "intro": string, "trigger": string, "pulse_after": text, "anonymous": bool,
            "questions": array(object(["prompt": string, "kind": string, "options": string, "audience": string, "about": string])),
        ], required: ["title", "trigger", "questions"]),
        "SurveyAnswers": .object(
            required: false,
            description: "One entry per question, keyed q_<questionID>: a number for rating and NPS, the option for single choice, text for free text.",
            additionalProperties: .b(text)),
        "SurveyFigure": object([
            "hidden": bool, "answer_count": nullableInt, "mean": .number(required: false, nullable: true),
            "distribution": .array(required: false, nullable: true, items: int), "nps": nullableInt,
            "promoters": nullableInt, "passives": nullableInt, "detractors": nullableInt,
            "choices": .array(required: false, nullable: true, items: object(["option": string, "count": int])),
            "texts": .array(required: false, nullable: true, items: string),
        ], required: ["hidden"]),
        "SurveyResults": object([
            "survey_id": uuid, "anonymous": bool, "anonymity_threshold": int,
            "response_count": .integer(required: false, nullable: true,
                                       description: "Distinct people, in released steps; absent below the anonymity threshold."),
            "released_count": int, "final": bool,
            "questions": array(object([
                "question_id": uuid, "prompt": string, "kind": string, "overall": ref("SurveyFigure"),
                "by_role": array(object(["role": string, "figure": ref("SurveyFigure")])),
            ])),
            "named_answers": array(object(["name": string, "question": string, "answer": string])),
        ]),
        "CalendarFeed": object(["url": nullableString, "webcal_url": nullableString, "created_at": nullableDateTime]),
    ] }
}
