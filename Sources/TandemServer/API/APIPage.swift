import Vapor

/// A page of items and the cursor for the next one.
struct APIPage<Item: Codable & Sendable>: APIContent {
    let items: [Item]
    let nextCursor: String?
}
