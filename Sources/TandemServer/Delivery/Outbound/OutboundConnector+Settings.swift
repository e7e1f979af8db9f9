import TandemCore

extension OutboundConnector {
    /// The connector for these settings: loopback only under `TANDEM_ALLOW_LOOPBACK_OUTBOUND`,
    /// and the extra CA file (tests) added to the system's trust store. Build it once at boot:
    /// loading the trust store is not free.
    init(settings: AppSettings) throws {
        self.init(
            policy: OutboundAddressPolicy(allowLoopback: settings.allowLoopbackOutbound),
            tls: try OutboundTLS(extraCAFile: settings.extraCAFile))
    }
}
