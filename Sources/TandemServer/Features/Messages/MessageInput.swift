/// A new message, as the page's form and the API both send it (OpenAPI `MessageInput`).
struct MessageInput: APIContent {
    var body: String?
}
