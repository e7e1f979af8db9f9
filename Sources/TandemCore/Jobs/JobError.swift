/// What can go wrong when an admin acts on the job queue.
public enum JobError: CodedError, Equatable {
    case notFailed

    public var code: String { "job.not_failed" }
    public var message: String { "Only a failed job can be retried; this one is waiting or done." }
}
