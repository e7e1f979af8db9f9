import Foundation

/// IANA zone names for the time zone field's suggestions (a `<datalist>`): typing "Lon"
/// offers Europe/London, and any valid name can still be typed.
enum TimeZoneChoices {
    static let all: [String] = TimeZone.knownTimeZoneIdentifiers
        .filter { $0.contains("/") && !$0.hasPrefix("Etc/") && !$0.hasPrefix("SystemV/") }
        .sorted()
}
