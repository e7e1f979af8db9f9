import Fluent
import Foundation

final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "slug") var slug: String
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "is_demo") var isDemo: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    init(id: UUID? = nil, name: String, slug: String, timeZone: String, isDemo: Bool = false) {
        self.id = id
        self.name = name
        self.slug = slug
        self.timeZone = timeZone
        self.isDemo = isDemo
    }
}
