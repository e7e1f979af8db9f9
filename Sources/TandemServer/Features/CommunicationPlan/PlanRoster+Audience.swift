import Foundation
import TandemCore

/// Chooses recipients from a loaded roster (`PlanAudience` documents who each audience is).
/// Everyone appears once per occurrence, however many ways they fall into the audience.
extension PlanRoster {
    /// Recipients of a programme-level message in `programmeID`.
    func recipients(of audience: PlanAudience, in programmeID: UUID) -> [PlanRecipient] {
        let enrolled = people[programmeID] ?? [:]
        let programmePairs = pairs[programmeID] ?? []
        var pairsOf: [UUID: [Pair]] = [:]
        for pair in programmePairs {
            for member in pair.members { pairsOf[member.userID, default: []].append(pair) }
        }
        func partners(of userID: UUID, in chosen: [Pair]) -> String? {
            let names = chosen.flatMap(\.members).filter { $0.userID != userID }.map(\.name)
            return names.isEmpty ? nil : Self.list(names)
        }
        if audience == .pairsWithoutCheckIn {
            var seen = Set<UUID>()
            return programmePairs.filter { !$0.hasCheckIn }.flatMap { pair in
                pair.members.filter { $0.isActive && seen.insert($0.userID).inserted }.map { member in
                    let unmet = (pairsOf[member.userID] ?? []).filter { !$0.hasCheckIn }
                    return PlanRecipient(userID: member.userID, email: member.email, name: member.name,
                                         partnerName: partners(of: member.userID, in: unmet),
                                         linkPath: "/relationships/\(pair.relationshipID)")
                }
            }
        }
        let chosen = enrolled.values.filter { person in
            switch audience {
            case .unmatched: pairsOf[person.userID] == nil
            case .pairsWithoutCheckIn: false
            case .everyone, .mentors, .mentees: person.roles.contains(where: audience.includes)
            }
        }
        return chosen.sorted { ($0.name, $0.userID.uuidString) < ($1.name, $1.userID.uuidString) }.map { person in
            PlanRecipient(userID: person.userID, email: person.email, name: person.name,
                          partnerName: partners(of: person.userID, in: pairsOf[person.userID] ?? []),
                          linkPath: "/programmes/\(programmeID)")
        }
    }

    /// Recipients of a per-relationship message for one pair (or circle).
    func recipients(of audience: PlanAudience, in pair: Pair) -> [PlanRecipient] {
        let chosen: [Member]
        switch audience {
        case .unmatched: chosen = []
        case .pairsWithoutCheckIn: chosen = pair.hasCheckIn ? [] : pair.members
        case .everyone, .mentors, .mentees: chosen = pair.members.filter { audience.includes($0.role) }
        }
        var seen = Set<UUID>()
        return chosen.filter { $0.isActive && seen.insert($0.userID).inserted }.map { member in
            let others = pair.members.filter { $0.userID != member.userID }.map(\.name)
            return PlanRecipient(userID: member.userID, email: member.email, name: member.name,
                                 partnerName: others.isEmpty ? nil : Self.list(others),
                                 linkPath: "/relationships/\(pair.relationshipID)")
        }
    }

    /// The pair with this id, if it is an active relationship of the loaded programmes.
    func pair(_ relationshipID: UUID) -> Pair? {
        pairs.values.lazy.flatMap { $0 }.first { $0.relationshipID == relationshipID }
    }

    /// "Ann", "Ann and Bo", "Ann, Bo and Cy".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}
