import Fluent
import Leaf
import Vapor

/// Builds the whole app from settings. The CLI and the tests both come through here.
public func configure(_ app: Application, _ settings: AppSettings) async throws {
    app.settings = settings
    app.logger.logLevel = settings.logLevel
    // Templates and public files are found from the binary, never from the working folder.
    // Commands that render nothing (migrate, backup) run without them.
    if let resources = settings.resourcesDirectory ?? (try? ResourceLocator.locate()) {
        app.directory = DirectoryConfiguration(workingDirectory: resources)
    }

    app.middleware = .init()
    // Outside the error middleware, so error pages and unknown routes get the headers too.
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(TandemErrorMiddleware())
    app.middleware.use(PublicFilesMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(AuditOriginMiddleware())
    app.middleware.use(TandemSessionMiddleware())
    app.middleware.use(CSRFMiddleware())
    app.middleware.use(BellMiddleware())
    if settings.recordQueryCounts { app.middleware.use(QueryCountMiddleware()) }

    try DatabaseSetup.use(settings.database, connectionsPerLoop: settings.postgresConnectionsPerLoop, on: app)
    app.migrations.add(TandemMigrations.all)

    app.views.use(.leaf)
    app.passwords.use(.bcrypt(cost: settings.passwordCost))
    app.prepareDummyPasswordHash()
    app.startMatchingPool()
    app.startPasswordPool()
    try DeliverySetup.use(settings, on: app)
    _ = app.backgroundTasks
    app.routes.defaultMaxBodySize = "1mb"

    try routes(app)
}

/// Tunes SQLite and brings the schema up to date. Run before serving.
public func prepareDatabase(_ app: Application) async throws {
    if app.isSQLite {
        try await SQLitePragmas.apply(on: app)
    }
    try await app.autoMigrate()
}
