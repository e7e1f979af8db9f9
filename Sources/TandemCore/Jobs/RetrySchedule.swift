/// When a failed job runs again: 30 s after the first failure, doubling each time, with ±20%
/// jitter so that a burst of failures does not retry in lockstep. After the eighth retry the job
/// stays failed. The waits add up to 30 s × (2⁸ − 1) ≈ 2 h 7 min.
public enum RetrySchedule {
    public static let firstDelay: Double = 30
    public static let maxRetries = 8
    public static let jitter: Double = 0.2

    /// The wait before retry number `retry` (1-based), or nil when the job has had all its retries.
    /// - Parameter unitRandom: a number in 0...1 (0.5 gives the exact, unjittered delay).
    public static func delay(beforeRetry retry: Int, unitRandom: Double) -> Double? {
        guard retry >= 1, retry <= maxRetries else { return nil }
        let base = firstDelay * Double(1 << (retry - 1))
        let factor = 1 + jitter * (2 * min(max(unitRandom, 0), 1) - 1)
        return base * factor
    }
}
