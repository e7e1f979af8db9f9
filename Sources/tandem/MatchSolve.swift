import ArgumentParser
import Foundation
import TandemCore
import TandemMatching

/// `tandem match solve`: reads a problem (docs/matching.md), writes the result. Parsing,
/// solving and writing are pure functions in TandemMatching; this only touches files.
struct MatchSolve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Assign mentees to mentors: exactly optimal (score, coverage) or stable."
    )

    /// Exit status for input that cannot be read or is not a valid problem.
    static let badInput: Int32 = 2

    @Option(help: "The problem file (JSON).") var input: String
    @Option(help: "score, coverage or stable.") var objective: MatchObjective = .score
    @Option(help: "Where to write the result; standard output if omitted.") var output: String?

    func run() throws {
        // Memory-mapped: the parser reads the file's pages in place, with no copy.
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: input), options: .alwaysMapped) else {
            fail("cannot read the input file \(input)")
        }
        let result: AssignmentResult
        let problem: AssignmentProblem
        do {
            problem = try data.withUnsafeBytes { try ProblemFileReader.parse($0) }
            result = try AssignmentSolver.solve(problem, objective: objective)
        } catch let error as CodedError {
            fail(error.message)
        }
        let json = ResultFileWriter.json(result, problem: problem)
        if let output {
            guard PlainFile.write(json, to: output) else { fail("cannot write the output file \(output)") }
        } else {
            FileHandle.standardOutput.write(Data(json))
        }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        Self.exit(withError: ExitCode(Self.badInput))
    }
}

extension MatchObjective: ExpressibleByArgument {}
