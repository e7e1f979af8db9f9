import ArgumentParser
import Foundation
import TandemCore

/// `tandem match solve-peers`: pairs one pool optimally. Reads and writes files only; parsing,
/// solving and the output format live in TandemCore (see docs/peer-matching.md).
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

    func run() throws {
        guard let goal = PeerObjective(rawValue: objective) else {
            throw Self.fail("--objective must be score or coverage, not \"\(objective)\".")
        }
        guard let data = FileManager.default.contents(atPath: input) else {
            throw Self.fail("Cannot read \(input).")
        }
        let bytes: [UInt8]
        do {
            var problem = try PeerProblemJSON.parse(Array(data))
            problem.allowTrio = allowTrio
            let result = try PeerMatchingSolver.solve(problem, objective: goal)
            bytes = PeerResultJSON.serialise(result, ids: problem.ids)
        } catch let error as any CodedError {
            throw Self.fail("\(input): \(error.message)")
        }
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else {
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
