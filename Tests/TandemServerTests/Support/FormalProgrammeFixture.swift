import Fluent
import Foundation
import NIOCore
import NIOHTTP1
import TandemCore
import Testing
import Vapor
import VaporTesting
@testable import TandemServer

/// Formal programmes dated relative to today.
extension Fixtures {
    /// A formal programme. With `enrolmentOpen` today falls in the enrolment phase; otherwise every phase is in the future.
    func formalProgramme(in org: Organisation, name: String = "Spring cohort", enrolmentOpen: Bool,
                         type: ProgrammeType = .oneToOne) async throws -> Programme {
        let offsets = enrolmentOpen ? [-1, 10, 20, 30, 40] : [10, 20, 30, 40, 50]
        let days = offsets.map { Self.isoDay(offset: $0, timeZone: org.timeZone) }
        let programme = Programme(organisationID: try org.requireID())
        programme.apply(try ProgrammeDraft(
            name: name, description: "A cohort", type: type.rawValue, mode: ProgrammeMode.formal.rawValue,
            defaultCapacity: "2", questions: "Why?", enrolmentStarts: days[0], matchingStarts: days[1],
            activeStarts: days[2], closingStarts: days[3], endsOn: days[4]
        ).validate())
        try await programme.save(on: app.db)
        return programme
    }

    static func isoDay(offset: Int, timeZone: String) -> String {
        let zone = TimeZone(identifier: timeZone) ?? .gmt
        return LocalDate(date: Date().addingTimeInterval(Double(offset) * 86_400), in: zone).iso
    }
}
