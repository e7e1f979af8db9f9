import Vapor

func routes(_ app: Application) throws {
    HealthController.register(app)
    SignInController.register(app)
    SignUpController.register(app)
    JoinController.register(app)
    PasswordResetController.register(app)
    ChangePasswordController.register(app)
    DashboardController.register(app)
    ProgrammesController.register(app)
    EnrolmentsController.register(app)
    ProfileController.register(app)
    MentorBrowseController.register(app)
    RequestFormController.register(app)
    RequestsController.register(app)
    RelationshipsController.register(app)
    MatchingController.register(app)
    ConcernsController.register(app)
    PeopleController.register(app)
    InvitationsController.register(app)
    APIRoutes.register(app)
}
