/// A dated progress update on a goal, as the page's form and the API both send it
/// (OpenAPI `GoalUpdateInput`).
struct GoalUpdateInput: APIContent {
    var body: String?
    var status: String?
}
