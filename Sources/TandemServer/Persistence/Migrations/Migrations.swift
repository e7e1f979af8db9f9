import Fluent

/// The one ordered list. Names are permanent: never rename or reorder a shipped migration.
enum TandemMigrations {
    static let all: [any Migration] = [
        M0001CreateOrganisations(),
        M0002CreateUsers(),
        M0003CreateSessions(),
        M0004CreateInvitations(),
        M0005CreateOutboxMessages(),
        M0006CreateAuditLog(),
        M0007CreateSignInFailures(),
        M0008CreateProfiles(),
        M0009CreateProgrammes(),
        M0010CreateEnrolments(),
        M0011CreateMentorRequests(),
        M0012CreateRelationships(),
        M0013CreateRelationshipMembers(),
        M0014CreatePasswordResets(),
        M0015AddManagerRuleToProgrammes(),
        M0016CreateMatchRuns(),
        M0017CreateConcerns(),
    ]
}
