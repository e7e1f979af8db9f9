import Fluent
import SQLKit
import TandemCore
import Vapor

/// Every read of mentor requests, for the request pages, the API and the mentor browser.
enum RequestQueries {
    static let listLimit = 200

    /// A request the user sent or received, with both people and the programme; 404 otherwise.
    static func find(_ id: UUID?, for user: User, on db: any Database) async throws -> MentorRequest {
        guard let id,
              let request = try await MentorRequest.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == user.organisationID)
                .with(\.$mentee).with(\.$mentor).with(\.$programme).first(),
              request.$mentee.id == user.id || request.$mentor.id == user.id
        else { throw AccessError.notFound(.request) }
        return request
    }

    /// The requests the user sent or received, newest first, with both people and the programme.
    static func involving(_ user: User, on db: any Database) async throws -> [MentorRequest] {
        let userID = try user.requireID()
        return try await MentorRequest.query(on: db)
            .filter(\.$organisationID == user.organisationID)
            .group(.or) { $0.filter(\.$mentor.$id == userID).filter(\.$mentee.$id == userID) }
            .with(\.$mentee).with(\.$mentor).with(\.$programme)
            .sort(\.$createdAt, .descending).limit(listLimit).all()
    }

    /// The pending requests the user sent or received, for the dashboard.
    static func pending(involving user: User, limit: Int, on db: any Database) async throws -> [MentorRequest] {
        let userID = try user.requireID()
        return try await MentorRequest.query(on: db)
            .filter(\.$organisationID == user.organisationID).filter(\.$status == .pending)
            .group(.or) { $0.filter(\.$mentor.$id == userID).filter(\.$mentee.$id == userID) }
            .with(\.$mentee).with(\.$mentor).with(\.$programme).sort(\.$createdAt, .descending).limit(limit).all()
    }

    /// Partners this person cannot ask again right now, and why, in one query.
    static func unavailablePartners(for userID: UUID, programmeID: UUID, on db: any Database) async throws -> [UUID: PartnerAvailability] {
        let open = try await MentorRequest.query(on: db)
            .filter(\.$programme.$id == programmeID).filter(\.$mentee.$id == userID)
            .filter(\.$status ~~ [.pending, .accepted]).all()
        return open.reduce(into: [:]) { map, r in
            map[r.$mentor.id] = r.status == .pending ? .requestSent : .alreadyPaired
        }
    }

    /// The active enrolment in which `mentorID` offers mentoring in `programme`, with its
    /// person, if that person is active and in the asker's organisation.
    static func offeringEnrolment(of mentorID: UUID, in programme: Programme, for asker: User, on db: any Database) async throws -> Enrolment? {
        let (_, offered) = RequestRoles.roles(for: programme.type)
        guard let enrolment = try await Enrolment.query(on: db)
            .filter(\.$programme.$id == programme.requireID()).filter(\.$user.$id == mentorID)
            .filter(\.$role == offered).filter(\.$status == .active).with(\.$user).first(),
              enrolment.user.organisationID == asker.organisationID, enrolment.user.isActive
        else { return nil }
        return enrolment
    }

    static func isEnrolled(_ userID: UUID, as role: EnrolmentRole, in programmeID: UUID, on db: any Database) async throws -> Bool {
        try await Enrolment.query(on: db)
            .filter(\.$programme.$id == programmeID).filter(\.$user.$id == userID)
            .filter(\.$role == role).filter(\.$status == .active).count() > 0
    }

    /// Someone of the user's organisation, as a mentor to ask; 404 otherwise.
    static func mentor(_ id: UUID?, for user: User, on db: any Database) async throws -> User {
        guard let id,
              let mentor = try await User.query(on: db)
                .filter(\.$id == id).filter(\.$organisationID == user.organisationID).first()
        else { throw AccessError.notFound(.mentor) }
        return mentor
    }
}
