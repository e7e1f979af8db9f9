import Fluent
import TandemCore
import Vapor

/// Reads about the signed-in person's own account.
enum AccountQueries {
    /// The person's organisation; 404 if it is gone.
    static func organisation(of user: User, on db: any Database) async throws -> Organisation {
        guard let org = try await Organisation.find(user.organisationID, on: db) else { throw AccessError.notFound(.organisation) }
        return org
    }
}
