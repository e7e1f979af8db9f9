import Foundation

/// Which occurrence of a plan message a run belongs to, as `plan_message_runs.occurrence` stores
/// it: "programme" for a programme-level message, "relationship:<id>" for one per relationship.
enum PlanOccurrenceKey: Sendable, Hashable {
    case programme
    case relationship(UUID)

    var stored: String {
        switch self {
        case .programme: "programme"
        case .relationship(let id): "relationship:\(id.uuidString.lowercased())"
        }
    }

    init?(stored: String) {
        if stored == "programme" {
            self = .programme
        } else if stored.hasPrefix("relationship:"), let id = UUID(uuidString: String(stored.dropFirst("relationship:".count))) {
            self = .relationship(id)
        } else {
            return nil
        }
    }

    var relationshipID: UUID? {
        if case .relationship(let id) = self { return id }
        return nil
    }
}
