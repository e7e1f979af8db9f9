import Vapor

/// Builds the outgoing transports from the settings: SMTP when `SMTP_URL` is set (otherwise mail
/// stays in the outbox), and the webhook poster. Both share one connector, which checks every
/// resolved address at connect time.
enum DeliverySetup {
    static func use(_ settings: AppSettings, on app: Application) throws {
        let connector = try OutboundConnector(settings: settings)
        app.mailSender = SMTPMailSender(settings: settings, connector: connector)
        app.webhookPoster = HTTPWebhookPoster(connector: connector)
    }
}
