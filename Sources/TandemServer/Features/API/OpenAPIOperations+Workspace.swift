/// The relationship workspace: goals, meetings and check-ins, messages, feedback, closing,
/// the calendar feed and surveys.
extension OpenAPIOperations {
    static let workspace: [OpenAPIOperation] = {
        let r = "/api/v1/relationships/{relationshipID}"
        let rel = ["relationshipID"]
        return [
            .init(method: "GET", path: "\(r)/goals", summary: "Goals of both sides, with milestones and the SMART review", tag: "goals", parameters: rel, response: "GoalPage"),
            .init(method: "POST", path: "\(r)/goals", summary: "Set one of my goals", tag: "goals", parameters: rel, body: "GoalInput", response: "Goal", success: 201, errors: write),
            .init(method: "GET", path: "\(r)/goals/{goalID}", summary: "One goal", tag: "goals", parameters: rel + ["goalID"], response: "Goal"),
            .init(method: "PUT", path: "\(r)/goals/{goalID}", summary: "Replace my goal (owner only)", tag: "goals", parameters: rel + ["goalID"], body: "GoalInput", response: "Goal", errors: write),
            .init(method: "POST", path: "\(r)/goals/{goalID}/updates", summary: "Add a dated progress update (owner only)", tag: "goals", parameters: rel + ["goalID"], body: "GoalUpdateInput", response: "Goal", errors: write),
            .init(method: "POST", path: "/api/v1/smart-check", summary: "SMART advice for a goal being written; saves nothing", tag: "goals", body: "GoalInput", response: "SmartReport", errors: [400, 401, 404, 422]),
            .init(method: "GET", path: "\(r)/meetings", summary: "Meetings and check-ins, with my private notes only", tag: "meetings", parameters: rel, response: "MeetingPage"),
            .init(method: "POST", path: "\(r)/meetings", summary: "Schedule a meeting", tag: "meetings", parameters: rel, body: "MeetingInput", response: "Meeting", success: 201, errors: write),
            .init(method: "PUT", path: "\(r)/meetings/{meetingID}", summary: "Move a scheduled meeting (raises its calendar SEQUENCE)", tag: "meetings", parameters: rel + ["meetingID"], body: "MeetingInput", response: "Meeting", errors: write),
            .init(method: "POST", path: "\(r)/meetings/{meetingID}/cancel", summary: "Cancel a scheduled meeting", tag: "meetings", parameters: rel + ["meetingID"], response: "Meeting", errors: write),
            .init(method: "POST", path: "\(r)/check-ins", summary: "Log a check-in that took place", tag: "meetings", parameters: rel, body: "CheckInInput", response: "Meeting", success: 201, errors: write),
            .init(method: "POST", path: "\(r)/check-ins/{meetingID}/confirm", summary: "Confirm my partner's check-in", tag: "meetings", parameters: rel + ["meetingID"], response: "Meeting", errors: write),
            .init(method: "GET", path: "\(r)/messages", summary: "Messages, newest first; marks the thread read", tag: "messages", parameters: rel, query: ["before"], response: "MessagePage"),
            .init(method: "POST", path: "\(r)/messages", summary: "Send a message", tag: "messages", parameters: rel, body: "MessageInput", response: "Message", success: 201, errors: write),
            .init(method: "GET", path: "\(r)/feedback", summary: "Feedback I gave or received, newest first", tag: "feedback", parameters: rel, query: ["before"], response: "FeedbackPage"),
            .init(method: "POST", path: "\(r)/feedback", summary: "Give my partner feedback", tag: "feedback", parameters: rel, body: "FeedbackInput", response: "Feedback", success: 201, errors: write),
            .init(method: "POST", path: "\(r)/close", summary: "Write my closing reflection; the first one archives the relationship", tag: "relationships", parameters: rel, body: "ReflectionInput", response: "Relationship", errors: write),
            .init(method: "GET", path: "\(r)/surveys", summary: "Surveys waiting for me in this relationship", tag: "surveys", parameters: rel, response: "SurveyPage"),
            .init(method: "POST", path: "\(r)/surveys/{surveyID}/responses", summary: "Answer a survey (fields q_<questionID>)", tag: "surveys", parameters: rel + ["surveyID"], body: "SurveyAnswers", success: 204, errors: write),
            .init(method: "GET", path: "/api/v1/programmes/{programmeID}/surveys", summary: "A programme's surveys (admin)", tag: "surveys", parameters: ["programmeID"], response: "SurveyPage", errors: [401, 403, 404]),
            .init(method: "POST", path: "/api/v1/programmes/{programmeID}/surveys", summary: "Create a survey (admin)", tag: "surveys", parameters: ["programmeID"], body: "SurveyInput", response: "Survey", success: 201, errors: write),
            .init(method: "GET", path: "/api/v1/programmes/{programmeID}/surveys/{surveyID}/results", summary: "Aggregated results; groups under 5 answers show no figures (admin)", tag: "surveys", parameters: ["programmeID", "surveyID"], response: "SurveyResults", errors: [401, 403, 404]),
            .init(method: "GET", path: "/api/v1/me/calendar-feed", summary: "My private calendar feed address", tag: "calendar", response: "CalendarFeed", errors: [401]),
            .init(method: "POST", path: "/api/v1/me/calendar-feed", summary: "Make a new feed address; the old one stops working", tag: "calendar", response: "CalendarFeed", success: 201, errors: [401, 403, 409]),
        ]
    }()
}
