import Fluent
import Foundation
import TandemCore
import Testing
import VaporTesting
@testable import TandemServer

@Suite("Communication plan: pages")
struct PlanPageTests {
    @Test(arguments: TestDB.enabled)
    func aNewProgrammeGetsTheDefaultPlan(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let fixtures = Fixtures(app: app)
            let org = try await fixtures.organisation()
            let admin = try await fixtures.user(in: org, name: "Ada Admin", role: .admin)
            let browser = try await fixtures.client(signedInAs: admin)
            // act
            let formal = try await browser.post("/programmes", form: [
                "name": "Cohort", "type": "one_to_one", "mode": "formal", "default_capacity": "2",
                "enrolment_starts": "2030-02-01", "matching_starts": "2030-02-15", "active_starts": "2030-03-01",
                "closing_starts": "2030-04-01", "ends_on": "2030-04-15"])
            let informal = try await browser.post("/programmes", form: [
                "name": "Open", "type": "one_to_one", "mode": "informal", "default_capacity": "2"])
            // assert
            #expect(formal.status == .seeOther)
            #expect(informal.status == .seeOther)
            let formalID = try #require(formal.locationID)
            let informalID = try #require(informal.locationID)
            let formalPlan = try await PlanMessage.query(on: app.db).filter(\.$programme.$id == formalID).sort(\.$position).all()
            let informalPlan = try await PlanMessage.query(on: app.db).filter(\.$programme.$id == informalID).all()
            #expect(formalPlan.map(\.trigger) == DefaultPlan.messages(for: .formal).map(\.trigger))
            #expect(informalPlan.count == 2)
            #expect(informalPlan.allSatisfy { $0.event == .matched })
        }
    }

    @Test(arguments: TestDB.enabled)
    func editingKeepsWhatWasTypedAndNamesTheUnknownPlaceholder(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.midpoint, to: .everyone)
            let browser = try await s.fixtures.client(signedInAs: s.admin)
            // act
            let response = try await browser.post("/programmes/\(s.programmeID)/plan/messages/\(message.id!)", form: [
                "event": "midpoint", "offset_days": "2", "audience": "mentees", "subject": "Halfway, {{nickname}}!",
                "body": "Typed body stays", "channels[]": "email", "enabled": "on"])
            // assert
            let page = response.body.string
            #expect(response.status == .unprocessableEntity)
            #expect(page.contains("Unknown placeholder {{nickname}}"))
            #expect(page.contains("value=\"Halfway, {{nickname}}!\""))
            #expect(page.contains("Typed body stays"))
            #expect(page.contains("value=\"2\""))
            #expect(page.contains("<option value=\"mentees\" selected>"))
            let stored = try #require(try await PlanMessage.find(message.id, on: app.db))
            #expect(stored.subject == "Hello {{first_name}}")
        }
    }

    @Test(arguments: TestDB.enabled)
    func savingAndSwitchingOffWork(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.midpoint, to: .everyone)
            let browser = try await s.fixtures.client(signedInAs: s.admin)
            let base = "/programmes/\(s.programmeID)/plan/messages/\(message.id!)"
            // act
            let saved = try await browser.post(base, form: [
                "event": "ends", "offset_days": "-3", "audience": "mentors", "subject": "Nearly done, {{first_name}}",
                "body": "Three days left.", "channels[]": "slack", "enabled": "on"])
            let off = try await browser.post("\(base)/enabled", form: ["enabled": "false"])
            // assert
            #expect(saved.status == .seeOther)
            #expect(off.status == .seeOther)
            let stored = try #require(try await PlanMessage.find(message.id, on: app.db))
            #expect(stored.trigger == PlanTrigger(.ends, offsetDays: -3))
            #expect(stored.audience == .mentors)
            #expect(stored.channelSet == [.slack])
            #expect(!stored.enabled)
            #expect(stored.plannedAt != PlanScene.local(2029, 1, 1), "moving the message in time re-plans it")
        }
    }

    @Test(arguments: TestDB.enabled)
    func previewFillsThePersonsPlaceholdersAndEscapesHTML(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange: a mentee whose name is markup, matched with Ann
            let s = try await PlanScene.make(Fixtures(app: app))
            let eve = try await s.fixtures.user(in: s.org, name: "Eve<script>alert(1)</script>", email: "eve@kiwi.test")
            try await s.fixtures.enrol(eve, in: s.programme, as: .mentee)
            _ = try await PlanScene.pair(s.ann, eve, in: s.programme, on: app.db)
            let message = try await s.message(.matched, to: .mentees, subject: "Hi {{first_name}}", body: "You & {{partner}} <b>now</b>")
            let browser = try await s.fixtures.client(signedInAs: s.admin)
            // act
            let response = try await browser.get("/programmes/\(s.programmeID)/plan/messages/\(message.id!)/preview?person=\(eve.id!)")
            // assert
            let page = response.body.string
            #expect(response.status == .ok)
            #expect(page.contains("Hi Eve&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(page.contains("You &amp; Ann Mentor &lt;b&gt;now&lt;/b&gt;"))
            #expect(!page.contains("<script>alert(1)"))
            #expect(!page.contains("&amp;lt;"))
        }
    }

    @Test(arguments: TestDB.enabled)
    func anotherOrganisationsPlanIsNotFoundAndParticipantsAreForbidden(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let message = try await s.message(.midpoint, to: .everyone)
            let other = try await PlanScene.make(Fixtures(app: app), orgName: "Elsewhere")
            let outsider = try await s.fixtures.client(signedInAs: other.admin)
            let participant = try await s.fixtures.client(signedInAs: s.ann)
            let base = "/programmes/\(s.programmeID)/plan"
            // act
            let page = try await outsider.get(base)
            let preview = try await outsider.get("\(base)/messages/\(message.id!)/preview")
            let api = try await outsider.api(.GET, "/api/v1\(base)")
            let patch = try await outsider.api(.PATCH, "/api/v1\(base)/messages/\(message.id!)", json: ["enabled": false])
            let wrongMessage = try await other.fixtures.client(signedInAs: other.admin)
                .get("/programmes/\(other.programmeID)/plan/messages/\(message.id!)/edit")
            let forbidden = try await participant.get(base)
            // assert
            #expect(page.status == .notFound)
            #expect(preview.status == .notFound)
            #expect(api.status == .notFound)
            #expect(api.errorCode == "programme.not_found")
            #expect(patch.status == .notFound)
            #expect(wrongMessage.status == .notFound)
            #expect(forbidden.status == .forbidden)
            #expect(try #require(try await PlanMessage.find(message.id, on: app.db)).enabled)
        }
    }

    @Test(arguments: TestDB.enabled)
    func programmePageShowsTheTimelineAndWhatWasSentOrSkipped(db: TestDB) async throws {
        try await withApp(db) { app in
            // arrange
            let s = try await PlanScene.make(Fixtures(app: app))
            let sent = try await s.message(.midpoint, to: .everyone, subject: "Halfway there")
            let skipped = try await s.message(.enrolmentStarts, to: .everyone, subject: "Welcome aboard")
            try await PlanRunRecorder.record(messageID: sent.id!, occurrence: .programme, state: .sent, recipients: 5,
                                             at: PlanScene.local(2030, 3, 16, 9), on: app.db)
            try await PlanRunRecorder.record(messageID: skipped.id!, occurrence: .programme, state: .skipped, recipients: 0,
                                             at: PlanScene.local(2030, 2, 1, 9), on: app.db)
            let browser = try await s.fixtures.client(signedInAs: s.admin)
            // act
            let page = try await browser.get("/programmes/\(s.programmeID)").body.string
            let participantPage = try await s.fixtures.client(signedInAs: s.cy).get("/programmes/\(s.programmeID)").body.string
            // assert
            #expect(page.contains("Timeline"))
            #expect(page.contains("Enrolment"))
            #expect(page.contains("1 Feb 2030 to 14 Feb 2030"))
            #expect(page.contains("to 5 people"))
            #expect(page.contains("Skipped"))
            #expect(page.contains("Welcome aboard"))
            #expect(participantPage.contains("Timeline"))
            #expect(!participantPage.contains("Halfway there"))
        }
    }
}
