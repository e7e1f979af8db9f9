import TandemCore

extension AppSettings {
    /// `SMTP_URL`, `MAIL_FROM`, `TANDEM_ALLOW_LOOPBACK_OUTBOUND` and `TANDEM_EXTRA_CA_FILE`.
    mutating func readDeliverySettings(_ env: [String: String], warnings: inout [String]) throws {
        switch env["TANDEM_ALLOW_LOOPBACK_OUTBOUND"]?.lowercased() {
        case nil, "", "false", "0", "no": allowLoopbackOutbound = false
        case "true", "1", "yes":
            allowLoopbackOutbound = true
            warnings.append("TANDEM_ALLOW_LOOPBACK_OUTBOUND is set: outgoing mail and webhooks may reach this machine, in plain text. This is a test setting; never use it in production.")
        case let other?:
            throw SettingsError(description: "TANDEM_ALLOW_LOOPBACK_OUTBOUND must be true or false, not \(other).")
        }
        if let file = env["TANDEM_EXTRA_CA_FILE"], !file.isEmpty { extraCAFile = file }
        if let raw = env["SMTP_URL"], !raw.isEmpty {
            do {
                smtp = try SMTPEndpoint.parse(raw)
            } catch {
                throw SettingsError(description: error.description)
            }
        }
        if let raw = env["MAIL_FROM"], !raw.isEmpty {
            do {
                mailFrom = try MailAddress.parse(raw)
            } catch {
                throw SettingsError(description: "MAIL_FROM must be an address like noreply@example.org or \"Tandem <noreply@example.org>\": \(error.message)")
            }
        } else if smtp != nil {
            throw SettingsError(description: "MAIL_FROM must be set when SMTP_URL is set, for example MAIL_FROM=\"Tandem <noreply@example.org>\".")
        }
    }
}
