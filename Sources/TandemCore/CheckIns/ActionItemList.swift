/// Decodes a check-in's `actions` leniently, as drafts must: an array of rows (JSON, or a form
/// with indices 0, 1, 2…), an object keyed by row number (a form whose indices have gaps), or
/// nothing. A row that is not an object becomes a blank row, which validation ignores.
extension KeyedDecodingContainer {
    func draftActionItems(_ key: Key) -> [ActionItemDraft] {
        if let rows = try? decodeIfPresent([LenientActionItem].self, forKey: key) {
            return rows.map(\.draft)
        }
        if let keyed = try? decodeIfPresent([String: LenientActionItem].self, forKey: key) {
            return keyed.compactMap { key, row in Int(key).map { (index: $0, draft: row.draft) } }
                .sorted { $0.index < $1.index }
                .map(\.draft)
        }
        return []
    }
}

private struct LenientActionItem: Decodable {
    let draft: ActionItemDraft

    init(from decoder: any Decoder) throws {
        draft = (try? ActionItemDraft(from: decoder)) ?? ActionItemDraft()
    }
}
