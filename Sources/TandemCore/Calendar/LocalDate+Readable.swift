extension LocalDate {
    private static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "1 Sep 2026", as the pages show dates, for messages that name a day.
    public var readable: String {
        let name = (1...12).contains(month) ? Self.monthNames[month - 1] : String(month)
        return "\(day) \(name) \(year)"
    }
}
