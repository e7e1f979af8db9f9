import Foundation

/// Runs `e2e/smtp_sink.py` (aiosmtpd, STARTTLS and AUTH required) with the Python that
/// `TANDEM_AIOSMTPD_PYTHON` names; CI sets it to e2e/.venv/bin/python.
final class AiosmtpdSink {
    static var python: String? {
        ProcessInfo.processInfo.environment["TANDEM_AIOSMTPD_PYTHON"].flatMap { $0.isEmpty ? nil : $0 }
    }
    /// Run when the Python is there, and in CI always, so a missing one fails rather than skips.
    static var shouldRun: Bool {
        python != nil || ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    }

    static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("e2e/smtp_sink.py")

    let port: Int
    let outFile: URL
    private let process: Process
    private let stdin: Pipe

    init(python: String, certificate: URL, key: URL, directory: URL, user: String, password: String) async throws {
        outFile = directory.appendingPathComponent("received.jsonl")
        process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [Self.script.path, certificate.path, key.path, outFile.path, user, password]
        stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        let reader = stdout.fileHandleForReading
        // Reading blocks until the sink prints its port (or dies), so do it off the cooperative pool.
        let firstLine = await Task.detached { () -> String in
            var bytes = Data()
            while !bytes.contains(UInt8(ascii: "\n")) {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                bytes += chunk
            }
            return String(decoding: bytes, as: UTF8.self)
        }.value
        guard firstLine.hasPrefix("READY "), let port = Int(firstLine.dropFirst(6).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.terminate()
            throw SinkFailure(description: "smtp_sink.py did not start (is aiosmtpd installed for \(python)?); it printed: \(firstLine)")
        }
        self.port = port
    }

    /// Each message the sink received, as its JSON object.
    func messages() throws -> [[String: Any]] {
        let text = (try? String(contentsOf: outFile, encoding: .utf8)) ?? ""
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] ?? [:]
        }
    }

    func stop() {
        try? stdin.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    struct SinkFailure: Error, CustomStringConvertible {
        let description: String
    }
}
