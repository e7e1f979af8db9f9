import TandemCore
import Vapor

extension Request {
    /// The path parameter `name` as a UUID; a malformed one is as unknown as a missing one (404).
    func uuidParameter(_ name: String, _ what: Resource) throws -> UUID {
        guard let id = parameters.get(name, as: UUID.self) else { throw AccessError.notFound(what) }
        return id
    }
}
