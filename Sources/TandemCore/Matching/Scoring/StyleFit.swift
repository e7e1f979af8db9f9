/// Communication-style compatibility (three quarters) and the same way of meeting (one quarter).
public enum StyleFit {
    public static func styleFraction(_ a: CommunicationStyle, _ b: CommunicationStyle) -> Double {
        if a == b { return 1 }
        // A balanced style meets either side halfway; direct and reflective tend to clash.
        if a == .balanced || b == .balanced { return 0.6 }
        return 0.2
    }

    public static func fraction(_ a: MatchProfile, _ b: MatchProfile) -> Double {
        let meeting: Double = a.meetingPreference == b.meetingPreference ? 1 : 0
        return 0.75 * styleFraction(a.communicationStyle, b.communicationStyle) + 0.25 * meeting
    }

    /// "Both like direct conversations, and both prefer video calls".
    static func sentence(_ a: MatchProfile, _ b: MatchProfile) -> String {
        let (styleA, styleB) = (a.communicationStyle, b.communicationStyle)
        var text: String
        if styleA == styleB {
            text = "Both like \(styleA.rawValue) conversations"
        } else {
            text = "\(a.firstName)’s \(styleA.rawValue) style and \(b.firstName)’s \(styleB.rawValue) style can work together"
        }
        if a.meetingPreference == b.meetingPreference {
            text += ", and both prefer to meet by \(a.meetingPreference.label.lowercased())"
        }
        return text
    }
}

/// A common language: full marks for one or more.
public enum LanguageFit {
    public static func fraction(_ a: PreparedProfile, _ b: PreparedProfile) -> Double {
        a.languages.intersects(b.languages) ? 1 : 0
    }

    /// The languages both speak, in the first profile's spelling and order.
    public static func shared(_ a: MatchProfile, _ b: MatchProfile) -> [String] {
        let other = Set(b.languages.map { $0.lowercased() })
        var seen: Set<String> = []
        return a.languages.filter { other.contains($0.lowercased()) && seen.insert($0.lowercased()).inserted }
    }
}

/// Time-zone distance: the same zone is full marks, falling to nothing at eight hours apart.
public enum TimeZoneFit {
    static let zeroAtMinutes = 8 * 60

    /// Minutes apart around the clock, so UTC+12 and UTC−11 are one hour apart.
    public static func minutesApart(_ a: Int, _ b: Int) -> Int {
        let raw = abs(a - b) % (24 * 60)
        return Swift.min(raw, 24 * 60 - raw)
    }

    public static func fraction(_ a: MatchProfile, _ b: MatchProfile) -> Double {
        let apart = minutesApart(a.utcOffsetMinutes, b.utcOffsetMinutes)
        return Swift.max(0, 1 - Double(apart) / Double(zeroAtMinutes))
    }

    static func sentence(_ a: MatchProfile, _ b: MatchProfile) -> String {
        let apart = minutesApart(a.utcOffsetMinutes, b.utcOffsetMinutes)
        if apart == 0 { return "\(a.firstName) and \(b.firstName) are in the same time zone" }
        let hours = apart % 60 == 0 ? "\(apart / 60)" : String(format: "%.1f", Double(apart) / 60)
        return "\(a.firstName) and \(b.firstName) are \(hours) hour\(apart == 60 ? "" : "s") apart"
    }
}
