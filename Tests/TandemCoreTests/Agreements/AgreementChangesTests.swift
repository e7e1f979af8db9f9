import Foundation
import Testing
@testable import TandemCore

@Suite struct AgreementChangesTests {
    static let a = UUID(), b = UUID()
    static let base = AgreementTerms(
        rhythm: CheckInRhythm(cadence: .fortnightly), format: .video,
        hopes: [a: MemberHopes(gives: "Experience", gets: "Fresh eyes")],
        confidentiality: "Between us.", feedback: "At the end.", reviewOn: day("2026-06-01"))

    static func edited(_ change: (inout AgreementTerms) -> Void) -> AgreementTerms {
        var terms = base
        change(&terms)
        return terms
    }

    @Test(arguments: [
        (edited { _ in }, [AgreementField](), [UUID]()),
        (edited { $0.rhythm = CheckInRhythm(cadence: .weekly) }, [.cadence], []),
        (edited { $0.rhythm = CheckInRhythm(cadence: .custom, customDays: 10) }, [.cadence], []),
        (edited { $0.format = .inPerson }, [.format], []),
        (edited { $0.hopes[b] = MemberHopes(gives: "Energy") }, [.hopes], [b]),
        (edited { $0.hopes[a] = nil }, [.hopes], [a]),
        (edited { $0.confidentiality = "Shared with HR." }, [.confidentiality], []),
        (edited { $0.feedback = "Monthly." }, [.feedback], []),
        (edited { $0.reviewOn = day("2026-06-02") }, [.reviewOn], []),
        (edited { $0.format = .chat; $0.reviewOn = day("2026-07-01"); $0.rhythm = CheckInRhythm(cadence: .monthly) },
         [.cadence, .format, .reviewOn], []),
    ] as [(AgreementTerms, [AgreementField], [UUID])])
    func listsExactlyTheFieldsThatChanged(new: AgreementTerms, fields: [AgreementField], hopesOf: [UUID]) {
        let changes = AgreementChanges.between(Self.base, new)
        #expect(changes.fields == fields)
        #expect(changes.hopesOf == hopesOf)
        #expect(changes.isEmpty == fields.isEmpty)
    }

    @Test func aFirstVersionIsAllNew() {
        let changes = AgreementChanges.between(nil, Self.base)
        #expect(changes.fields == AgreementField.allCases)
        #expect(changes.hopesOf == [Self.a])
    }
}
