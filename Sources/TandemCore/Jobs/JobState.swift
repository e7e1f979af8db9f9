/// Where a job stands. "Running" is not a state of its own: it is a `due` job whose lock has
/// not expired yet, so a crashed worker's job becomes claimable again when its lock runs out.
public enum JobState: String, Codable, Sendable, CaseIterable {
    case due
    case done
    case failed
}
