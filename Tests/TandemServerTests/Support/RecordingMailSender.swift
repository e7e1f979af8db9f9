import Foundation
@testable import TandemServer

/// A mail transport that records what it was asked to send, and can be told to fail.
final class RecordingMailSender: MailSender, @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible { var description: String { "451 4.3.0 try again later" } }

    private let lock = NSLock()
    private var _sent: [OutgoingEmail] = []
    private var _failing: Bool

    init(failing: Bool = false) { _failing = failing }

    var sent: [OutgoingEmail] { lock.withLock { _sent } }
    var failing: Bool {
        get { lock.withLock { _failing } }
        set { lock.withLock { _failing = newValue } }
    }

    func send(_ email: OutgoingEmail) async throws -> MailReceipt {
        try lock.withLock {
            if _failing { throw Failure() }
            _sent.append(email)
        }
        return MailReceipt(serverReply: "250 2.0.0 queued")
    }
}
