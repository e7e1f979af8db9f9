/// Free text is limited in characters, which is what people see and count, and in UTF-8 bytes,
/// which is what is stored and processed: one character can be many bytes (a flag, a family
/// emoji, a letter with stacked accents), so a limit in characters alone bounds nothing.
/// Every limit allows 4 bytes a character: a 4,000-character message may take 16,000 bytes.
public enum TextLimit {
    public static let bytesPerCharacter = 4

    public static func maxBytes(forCharacters characters: Int) -> Int {
        characters * bytesPerCharacter
    }

    /// Whether `text` is over either limit. The byte count is checked first (it is free for
    /// Swift's UTF-8 strings), so counting characters never walks more than the byte limit.
    public static func exceeds(_ text: String, characters: Int) -> Bool {
        text.utf8.count > maxBytes(forCharacters: characters) || text.count > characters
    }

    /// Whether only the byte limit is passed: the text looks short enough but holds characters
    /// that take several bytes each, which is worth saying in the message.
    public static func overBytesOnly(_ text: String, characters: Int) -> Bool {
        text.utf8.count > maxBytes(forCharacters: characters) && text.count <= characters
    }

    /// Added to a "too long" message when only the byte limit was passed.
    public static let wideCharactersNote = " Emoji and some other symbols count as several characters."

    /// The "too long" message for `text`: `message`, plus a note when it is over in bytes only.
    public static func tooLongMessage(_ message: String, for text: String, characters: Int) -> String {
        overBytesOnly(text, characters: characters) ? message + wideCharactersNote : message
    }
}
