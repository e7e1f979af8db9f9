import Fluent
import Foundation
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Signs in as organisation B's admin and tries every route on organisation A's ids.
@Suite("Organisations never see each other")
struct IsolationTests {
    struct OrgA {
        let ids: [String: String]
        let secrets: [String]
    }

    static func seedOrgA(_ fixtures: Fixtures) async throws -> OrgA {
        let org = try await fixtures.organisation("Alpha Corp")
        let admin = try await fixtures.user(in: org, name: "Zed Alphaadmin", role: .admin)
        let mentor = try await fixtures.user(in: org, name: "Quinn Alphamentor")
        let mentee = try await fixtures.user(in: org, name: "Rory Alphamentee")
        let programme = try await fixtures.programme(in: org, name: "Alphaprogramme Secret")
        try await fixtures.enrol(mentor, in: programme, as: .mentor)
        try await fixtures.enrol(mentee, in: programme, as: .mentee)
        let request = try await fixtures.request(from: mentee, to: mentor, in: programme)
        let pending = try await fixtures.request(from: admin, to: mentor, in: programme)
        let relationshipID = try await RequestService.pair(
            try await MentorRequest.query(on: fixtures.app.db).filter(\.$id == request.requireID()).with(\.$programme).first()!, on: fixtures.app.db)
        let invitation = Invitation(organisationID: try org.requireID(), email: "new@alpha.test", role: .participant,
                                    tokenHash: "x", invitedBy: try admin.requireID(), expiresAt: Date().addingTimeInterval(3600))
        try await invitation.save(on: fixtures.app.db)
        let run = MatchRun(organisationID: try org.requireID(), programmeID: try programme.requireID(), objective: .score,
                           createdBy: try admin.requireID(), pins: [], forbids: [])
        run.status = .done
        run.proposal = #"{"objective":"score","isPeerPool":false,"totalScore":0,"menteeCount":0,"seatCount":0,"pairs":[],"unmatched":[],"ignoredPins":[]}"#
        try await run.save(on: fixtures.app.db)
        let concern = Concern(organisationID: try org.requireID(), relationshipID: relationshipID, raisedBy: try mentee.requireID(),
                              body: "Alphasecret concern")
        try await concern.save(on: fixtures.app.db)
        let workspace = try await seedWorkspace(fixtures, relationshipID: relationshipID, admin: admin, mentor: mentor, mentee: mentee)
        return OrgA(ids: workspace.merging([
            "concernID": try concern.requireID().uuidString,
            "runID": try run.requireID().uuidString,
            "programmeID": try programme.requireID().uuidString,
            "requestID": try pending.requireID().uuidString,
            "relationshipID": relationshipID.uuidString,
            "userID": try mentor.requireID().uuidString,
            "mentorID": try mentor.requireID().uuidString,
            "id": try mentee.requireID().uuidString,
            "role": "mentor",
        ]) { _, base in base }, secrets: ["Alphaprogramme", "Alphamentor", "Alphamentee", "Alphaadmin", "new@alpha.test", "Alphasecret"])
    }

    static let workspaceRoutes = [
        "GET /relationships/:relationshipID/goals/:goalID", "POST /relationships/:relationshipID/goals/:goalID/edit",
        "POST /relationships/:relationshipID/goals/:goalID/milestones/:milestoneID/toggle",
        "POST /relationships/:relationshipID/goals/:goalID/updates/:updateID/comments",
        "GET /relationships/:relationshipID/meetings/:meetingID/event.ics", "POST /relationships/:relationshipID/meetings/:meetingID/cancel",
        "POST /relationships/:relationshipID/check-ins/:meetingID/confirm", "POST /relationships/:relationshipID/actions/:actionID/toggle",
        "GET /relationships/:relationshipID/messages", "POST /relationships/:relationshipID/close",
        "GET /relationships/:relationshipID/surveys/:surveyID", "POST /relationships/:relationshipID/surveys/:surveyID",
        "GET /programmes/:programmeID/surveys/:surveyID", "POST /programmes/:programmeID/surveys/:surveyID/close",
    ]

    /// A's relationship workspace: a goal with a milestone and an update, a scheduled meeting,
    /// a held check-in with an action, a message and a survey, so every workspace route has ids.
    static func seedWorkspace(_ fixtures: Fixtures, relationshipID: UUID, admin: User, mentor: User, mentee: User) async throws -> [String: String] {
        let db = fixtures.app.db
        let r = try await RelationshipQueries.find(relationshipID, for: mentee, on: db)
        let goal = try await GoalService.insert(try GoalDraft(title: "Alphasecret goal", milestones: "Alphasecret step").validate(),
                                                owner: mentee, in: r, on: db)
        try await GoalService.recordUpdate("Alphasecret progress", status: .onTrack, to: goal, by: mentee, on: db)
        let milestone = try await GoalMilestone.query(on: db).filter(\.$goalID == goal.requireID()).first()!
        let update = try await GoalUpdate.query(on: db).filter(\.$goalID == goal.requireID()).first()!
        let w = WorkspaceScene(fixtures: fixtures, scene: MentoringScene(org: try await Organisation.find(mentor.organisationID, on: db)!,
                               admin: admin, mentor: mentor, mentee: mentee, programme: r.programme), relationshipID: relationshipID)
        let meeting = try await w.meeting(by: mentor, days: 3, agenda: "Alphasecret agenda")
        let held = try await w.meeting(by: mentor, days: -3, status: .held, sharedNotes: "Alphasecret notes")
        let action = ActionItem(organisationID: mentor.organisationID, relationshipID: relationshipID, meetingID: held.id,
                                ownerID: try mentee.requireID(), title: "Alphasecret action", dueOn: nil)
        try await action.create(on: db)
        try await w.message("Alphasecret message", from: mentor)
        let survey = try await SurveyFixtures.survey(w, anonymous: true, title: "Alphasecret survey")
        return ["goalID": try goal.requireID().uuidString, "milestoneID": try milestone.requireID().uuidString,
                "updateID": try update.requireID().uuidString, "meetingID": try meeting.requireID().uuidString,
                "actionID": try action.requireID().uuidString, "surveyID": try survey.requireID().uuidString]
    }

    @Test(arguments: TestDB.enabled)
    func everyRouteAnswers404Or403OnAnotherOrganisationsIDs(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let a = try await Self.seedOrgA(fixtures)
            let orgB = try await fixtures.organisation("Beta Ltd")
            let adminB = try await fixtures.user(in: orgB, name: "Bea Betaadmin", role: .admin)
            let browser = try await fixtures.client(signedInAs: adminB)
            let before = try await Self.snapshot(app)
            var checked = 0
            var checkedRoutes: Set<String> = []

            for route in app.routes.all {
                let names = route.path.compactMap { c -> String? in if case .parameter(let n) = c { return n } else { return nil } }
                let path = "/" + route.path.map { c -> String in
                    switch c {
                    case .constant(let s): return s
                    case .parameter(let n): return a.ids[n] ?? "missing"
                    default: return "*"
                    }
                }.joined(separator: "/")
                // The invitation token is a bearer secret, not an id; it is tested elsewhere.
                if names.contains("token") || path.contains("missing") || path == "/sign-out" { continue }
                let isAPI = path.hasPrefix("/api/")
                // act
                let response: TestingHTTPResponse
                switch (route.method, isAPI) {
                case (.GET, _):
                    response = try await browser.get(path)
                case (_, true):
                    response = try await browser.api(route.method, path, json: [
                        "programme_id": a.ids["programmeID"]!, "mentor_id": a.ids["mentorID"]!,
                        "message": "hi", "hopes": "learn", "role": "mentee", "name": "Hijack", "type": "one_to_one", "mode": "informal",
                    ])
                default:
                    response = try await browser.post(path, form: [
                        "role": "mentee", "name": "Hijack", "message": "hi", "hopes": "learn", "reason": "no",
                        "email": "x@beta.test", "type": "one_to_one", "mode": "informal", "default_capacity": "2",
                        "time_zone": "UTC", "languages": "English", "seniority": "3", "communication_style": "direct",
                        "meeting_preference": "video", "availability_hours": "2", "mentor_capacity": "2",
                    ])
                }
                // assert
                let body = response.body.string
                for secret in a.secrets {
                    #expect(!body.contains(secret), "\(route.method) \(path) leaked \(secret)")
                }
                if !names.isEmpty {
                    #expect([.notFound, .forbidden].contains(response.status), "\(route.method) \(path) answered \(response.status)")
                }
                checked += 1
                checkedRoutes.insert("\(route.method) /" + route.path.map { "\($0)" }.joined(separator: "/"))
            }
            #expect(checked > 30)
            // The workspace's nested routes are tried too, not skipped for want of an id.
            for route in Self.workspaceRoutes {
                #expect(checkedRoutes.contains(route), "\(route) was not tried")
            }
            // Nothing of A's changed.
            #expect(try await Self.snapshot(app) == before)
        }
    }

    /// A's rows that a cross-organisation write could touch.
    static func snapshot(_ app: Application) async throws -> [String] {
        let org = try await Organisation.query(on: app.db).filter(\.$name == "Alpha Corp").first()!
        let orgID = try org.requireID()
        let programmes = try await Programme.query(on: app.db).filter(\.$organisationID == orgID).all()
            .map { "\($0.name)|\($0.archivedAt == nil)" }
        let requests = try await MentorRequest.query(on: app.db).filter(\.$organisationID == orgID).all()
            .map { "\($0.id!)|\($0.status.rawValue)" }.sorted()
        let enrolments = try await Enrolment.query(on: app.db).filter(\.$organisationID == orgID).all()
            .map { "\($0.role.rawValue)|\($0.status.rawValue)|\($0.seatsUsed)" }.sorted()
        let users = try await User.query(on: app.db).filter(\.$organisationID == orgID).all()
            .map { "\($0.name)|\($0.role.rawValue)|\($0.isActive)" }.sorted()
        let invitations = try await Invitation.query(on: app.db).filter(\.$organisationID == orgID).all()
            .map { "\($0.email)|\($0.revokedAt == nil)" }
        let runs = try await MatchRun.query(on: app.db).filter(\.$organisationID == orgID).all().map { $0.status.rawValue }
        let relationships = try await Relationship.query(on: app.db).filter(\.$organisationID == orgID).all()
            .map { "relationship|\($0.status.rawValue)|\($0.cadence?.rawValue ?? "-")" }
        return programmes + requests + enrolments + users + invitations + runs + relationships + (try await workspaceSnapshot(app, orgID: orgID))
    }

    static func workspaceSnapshot(_ app: Application, orgID: UUID) async throws -> [String] {
        let goals = try await Goal.query(on: app.db).filter(\.$organisationID == orgID).all().map { "goal|\($0.title)|\($0.status.rawValue)" }
        let milestones = try await GoalMilestone.query(on: app.db).filter(\.$organisationID == orgID).all().map { "milestone|\($0.doneAt == nil)" }
        let updates = try await GoalUpdate.query(on: app.db).filter(\.$organisationID == orgID).count()
        let meetings = try await Meeting.query(on: app.db).filter(\.$organisationID == orgID).all()
            .map { "meeting|\($0.status.rawValue)|\($0.sequence)|\($0.confirmedAt == nil)" }.sorted()
        let actions = try await ActionItem.query(on: app.db).filter(\.$organisationID == orgID).all().map { "action|\($0.doneAt == nil)" }
        let messages = try await Message.query(on: app.db).filter(\.$organisationID == orgID).count()
        let feedback = try await Feedback.query(on: app.db).filter(\.$organisationID == orgID).count()
        let reflections = try await Reflection.query(on: app.db).filter(\.$organisationID == orgID).count()
        let surveys = try await Survey.query(on: app.db).filter(\.$organisationID == orgID).all().map { "survey|\($0.closedAt == nil)" }
        let responses = try await SurveyResponse.query(on: app.db).filter(\.$organisationID == orgID).count()
        return goals + milestones + meetings + actions + surveys
            + ["updates:\(updates)", "messages:\(messages)", "feedback:\(feedback)", "reflections:\(reflections)", "responses:\(responses)"]
    }
}
