import Vapor

/// A page of items and the cursor for the next one.
struct APIPage<Item: Content>: Content {
    let items: [Item]
    let next_cursor: String?
}
