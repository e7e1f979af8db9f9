/// Every /api/v1 route, in the order of the docs.
enum OpenAPIOperations {
    static let write = [400, 401, 403, 404, 409, 422]

    static let all: [OpenAPIOperation] = foundation + workspace

    static let foundation: [OpenAPIOperation] = [
        .init(method: "GET", path: "/api/v1/openapi.json", summary: "This document", tag: "meta", errors: []),
        .init(method: "GET", path: "/api/v1/me", summary: "The signed-in user and their CSRF token", tag: "account", response: "Me", errors: [401]),
        .init(method: "GET", path: "/api/v1/organisation", summary: "The user's organisation", tag: "account", response: "Organisation", errors: [401]),
        .init(method: "GET", path: "/api/v1/programmes", summary: "Programmes of the organisation", tag: "programmes", response: "ProgrammePage", errors: [401]),
        .init(method: "POST", path: "/api/v1/programmes", summary: "Create a programme (admin)", tag: "programmes", body: "ProgrammeInput", response: "Programme", success: 201, errors: write),
        .init(method: "GET", path: "/api/v1/programmes/{programmeID}", summary: "One programme", tag: "programmes", parameters: ["programmeID"], response: "Programme"),
        .init(method: "PUT", path: "/api/v1/programmes/{programmeID}", summary: "Replace a programme's settings (admin)", tag: "programmes", parameters: ["programmeID"], body: "ProgrammeInput", response: "Programme", errors: write),
        .init(method: "POST", path: "/api/v1/programmes/{programmeID}/archive", summary: "Archive a programme (admin)", tag: "programmes", parameters: ["programmeID"], response: "Programme", errors: write),
        .init(method: "GET", path: "/api/v1/programmes/{programmeID}/enrolments", summary: "My enrolments in a programme", tag: "enrolments", parameters: ["programmeID"], response: "EnrolmentPage"),
        .init(method: "POST", path: "/api/v1/programmes/{programmeID}/enrolments", summary: "Enrol as mentor, mentee or peer", tag: "enrolments", parameters: ["programmeID"], body: "EnrolmentInput", response: "Enrolment", success: 201, errors: write),
        .init(method: "DELETE", path: "/api/v1/programmes/{programmeID}/enrolments/{role}", summary: "Leave a programme in one role", tag: "enrolments", parameters: ["programmeID", "role"], success: 204, errors: write),
        .init(method: "GET", path: "/api/v1/programmes/{programmeID}/mentors", summary: "Browse mentors (or peers), filtered and paginated", tag: "mentors", parameters: ["programmeID"], query: ["skill", "department", "language", "after"], response: "MentorPage"),
        .init(method: "GET", path: "/api/v1/programmes/{programmeID}/recommendations", summary: "Mentors ranked by match score for me, with reasons", tag: "matching", parameters: ["programmeID"], query: ["k"], response: "RecommendationPage", errors: [401, 404, 422]),
        .init(method: "POST", path: "/api/v1/programmes/{programmeID}/relationships/{relationshipID}/close", summary: "Close a relationship or a whole circle of the programme, with a reason for the audit log (admin)", tag: "relationships", parameters: ["programmeID", "relationshipID"], body: "AdminCloseInput", response: "Relationship", errors: write),
        .init(method: "GET", path: "/api/v1/profile", summary: "My profile", tag: "profiles", response: "Profile", errors: [401]),
        .init(method: "PUT", path: "/api/v1/profile", summary: "Replace my profile", tag: "profiles", body: "ProfileInput", response: "Profile", errors: write),
        .init(method: "GET", path: "/api/v1/profiles/{userID}", summary: "Someone's profile in my organisation", tag: "profiles", parameters: ["userID"], response: "Profile"),
        .init(method: "GET", path: "/api/v1/requests", summary: "Requests I sent or received", tag: "requests", response: "RequestPage", errors: [401]),
        .init(method: "POST", path: "/api/v1/requests", summary: "Ask someone to mentor me", tag: "requests", body: "RequestInput", response: "MentorRequest", success: 201, errors: write),
        .init(method: "GET", path: "/api/v1/requests/{requestID}", summary: "One request", tag: "requests", parameters: ["requestID"], response: "MentorRequest"),
        .init(method: "POST", path: "/api/v1/requests/{requestID}/accept", summary: "Accept (mentor); creates the relationship", tag: "requests", parameters: ["requestID"], response: "MentorRequest", errors: write),
        .init(method: "POST", path: "/api/v1/requests/{requestID}/decline", summary: "Decline with an optional reason (mentor)", tag: "requests", parameters: ["requestID"], body: "DeclineInput", response: "MentorRequest", errors: write),
        .init(method: "POST", path: "/api/v1/requests/{requestID}/withdraw", summary: "Withdraw (mentee)", tag: "requests", parameters: ["requestID"], response: "MentorRequest", errors: write),
        .init(method: "GET", path: "/api/v1/relationships", summary: "My relationships", tag: "relationships", response: "RelationshipPage", errors: [401]),
        .init(method: "GET", path: "/api/v1/relationships/{relationshipID}", summary: "One relationship I am a member of", tag: "relationships", parameters: ["relationshipID"], response: "Relationship"),
        .init(method: "POST", path: "/api/v1/relationships/{relationshipID}/leave", summary: "Leave a group circle (mentee) or a peer trio; the last mentee leaving closes the circle", tag: "relationships", parameters: ["relationshipID"], success: 204, errors: write),
    ]
}
