import ArgumentParser
import Foundation
import TandemCore
import TandemMatching

/// `tandem match solve-peers`: pairs one pool optimally. Reads and writes files only; parsing,
/// solving and the output format live in TandemMatching (see docs/peer-matching.md).
struct MatchSolvePeers: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve-peers",
        abstract: "Pair everyone in one pool (peer or co-mentoring) for the best total score."
    )

    @Option(help: "The pool as JSON: {\"people\":[{\"id\":…}], \"edges\":[{\"a\":…,\"b\":…,\"score\":0-100}]}.")
    var input: String

    @Option(help: "score (highest total score) or coverage (most people paired, then score).")
    var objective: String = "score"

    @Option(help: "Where to write the result (default: standard output).")
    var output: String?

    @Flag(help: "Let one person who would stay unpaired join the pair that gains most from them.")
    var allowTrio = false

    @Option(help: "Also write the dual certificate that proves the pairing optimal (see docs/peer-matching.md).")
    var certificate: String?

    func run() throws {
        guard let goal = PeerObjective(rawValue: objective) else {
            throw Self.fail("--objective must be score or coverage, not \"\(objective)\".")
        }
        // Memory-mapped: the parser reads the file's pages in place, with no copy.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: input), options: .alwaysMapped) else {
            throw Self.fail("Cannot read \(input).")
        }
        let bytes: [UInt8]
        do {
            var problem = try data.withUnsafeBytes { try PeerProblemJSON.parse($0) }
            problem.allowTrio = allowTrio
            let (result, proof) = try PeerMatchingSolver.solveCertified(problem, objective: goal)
            bytes = PeerResultJSON.serialise(result, ids: problem.ids)
            if let certificate {
                let text = PeerCertificateJSON.serialise(proof, ids: problem.ids)
                guard PlainFile.write(text, to: certificate) else {
                    throw Self.fail("Cannot write \(certificate).")
                }
            }
        } catch let error as any CodedError {
            throw Self.fail("\(input): \(error.message)")
        }
        if let output {
            guard PlainFile.write(bytes, to: output) else {
                throw Self.fail("Cannot write \(output).")
            }
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }

    /// Bad input is the caller's to fix: say why on standard error and exit with status 2.
    private static func fail(_ message: String) -> ExitCode {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        return ExitCode(2)
    }
}
