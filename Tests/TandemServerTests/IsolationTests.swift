import Fluent
import Foundation
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
        let relationshipID = try await RequestDecisions.accept(
            try await MentorRequest.query(on: fixtures.app.db).filter(\.$id == request.requireID()).with(\.$programme).first()!,
            by: mentor, on: fixtures.app.db)
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
        return OrgA(ids: [
            "concernID": try concern.requireID().uuidString,
            "runID": try run.requireID().uuidString,
            "programmeID": try programme.requireID().uuidString,
            "requestID": try pending.requireID().uuidString,
            "relationshipID": relationshipID.uuidString,
            "userID": try mentor.requireID().uuidString,
            "mentorID": try mentor.requireID().uuidString,
            "id": try mentee.requireID().uuidString,
            "role": "mentor",
        ], secrets: ["Alphaprogramme", "Alphamentor", "Alphamentee", "Alphaadmin", "new@alpha.test", "Alphasecret"])
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
            }
            #expect(checked > 30)
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
        let relationships = try await Relationship.query(on: app.db).filter(\.$organisationID == orgID).count()
        return programmes + requests + enrolments + users + invitations + runs + ["relationships:\(relationships)"]
    }
}
