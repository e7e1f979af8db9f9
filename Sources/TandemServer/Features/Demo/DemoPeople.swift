import Foundation

/// Deterministic demo people: names, departments, seniority and skills, no randomness at run time.
enum DemoPeople {
    struct Person {
        let name: String
        let email: String
        let title: String
        let department: String
        let seniority: Int
        let languages: [String]
        let offered: String
        let wanted: String
        let motivators: [String]
        let style: String
        let meeting: String
    }

    static let firstNames = ["Amara", "Bruno", "Chen", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas",
                             "Kemi", "Luca", "Maya", "Nils", "Olu", "Priya", "Quinn", "Rosa", "Sami", "Tara"]
    static let lastNames = ["Okafor", "Silva", "Wei", "Novak", "Yilmaz"]
    static let departments = ["Engineering", "Product", "Design", "Sales", "Marketing", "Finance", "People", "Operations"]
    static let titles = [1: "Graduate", 2: "Associate", 3: "Specialist", 4: "Senior specialist", 5: "Team lead",
                         6: "Principal", 7: "Manager", 8: "Senior manager", 9: "Director", 10: "Vice president"]
    static let skillsByDepartment = [
        "Engineering": ["Swift", "SQL", "System design", "Code review", "Cloud"],
        "Product": ["Roadmapping", "User research", "Prioritisation", "Analytics"],
        "Design": ["Figma", "Accessibility", "Design systems", "Prototyping"],
        "Sales": ["Negotiation", "Public speaking", "Account planning", "Storytelling"],
        "Marketing": ["Social media", "Copywriting", "Analytics", "Brand strategy"],
        "Finance": ["Budgeting", "Forecasting", "Excel", "SQL"],
        "People": ["Coaching", "Hiring", "Conflict resolution", "Feedback"],
        "Operations": ["Process design", "Project management", "Vendor management", "Excel"],
    ]
    static let senior = ["Leadership", "Strategy", "Stakeholder management", "Delegation"]
    static let digital = ["TikTok", "AI tools", "Social media", "Prototyping"]
    static let motivatorCycle = [["career_growth", "networking"], ["giving_back", "leadership"],
                                 ["learning_new_perspectives", "innovation"], ["confidence", "wellbeing"]]

    /// 60 people: index 0 is the admin, 1 the demo mentee, 2 the demo mentor.
    static let all: [Person] = withCoMentoringWishes(base)

    /// Co-mentoring enrols every sixth person from index 2; each wants what the next one offers,
    /// so the pool has two-way pairs to find.
    static func withCoMentoringWishes(_ people: [Person]) -> [Person] {
        people.enumerated().map { i, p in
            guard i % 6 == 2 else { return p }
            let next = people[i + 6 < people.count ? i + 6 : 2]
            let wish = next.offered.split(separator: ",").first.map { $0.split(separator: ":")[0] } ?? ""
            let previous = people[i - 6 >= 2 ? i - 6 : (people.count - 1) / 6 * 6 + 2]
            let other = previous.offered.split(separator: ",").last.map { $0.split(separator: ":")[0].trimmingCharacters(in: .whitespaces) } ?? ""
            return Person(name: p.name, email: p.email, title: p.title, department: p.department, seniority: p.seniority,
                          languages: p.languages, offered: p.offered, wanted: "\(wish):2, \(other):2",
                          motivators: p.motivators, style: p.style, meeting: p.meeting)
        }
    }

    static let base: [Person] = (0..<60).map { i in
        let name = i == 0 ? "Ada Admin" : i == 1 ? "Ben Mentee" : i == 2 ? "Maria Mentor"
            : "\(firstNames[i % 20]) \(lastNames[(i / 20 + i) % 5])"
        let email = i == 0 ? "admin@example.com" : i == 1 ? "mentee@example.com" : i == 2 ? "mentor@example.com"
            : "\(name.lowercased().replacingOccurrences(of: " ", with: "."))\(i)@example.com"
        let department = i == 2 ? "Engineering" : departments[i % departments.count]
        let seniority = i == 1 ? 2 : i == 2 ? 7 : 1 + (i * 7) % 10
        let own = skillsByDepartment[department] ?? []
        let offered = seniority >= 5
            ? [own[i % own.count] + ":3", senior[i % senior.count] + ":2"]
            : [own[i % own.count] + ":2", digital[i % digital.count] + ":3"]
        let wanted = seniority >= 5
            ? [digital[(i + 1) % digital.count] + ":2", own[(i + 2) % own.count] + ":1"]
            : [senior[(i + 1) % senior.count] + ":2", own[(i + 1) % own.count] + ":2"]
        return Person(
            name: name, email: email, title: titles[seniority] ?? "Specialist", department: department,
            seniority: seniority, languages: i % 4 == 0 ? ["English", "Spanish"] : i % 5 == 0 ? ["English", "German"] : ["English"],
            offered: offered.joined(separator: ", "), wanted: wanted.joined(separator: ", "),
            motivators: motivatorCycle[i % motivatorCycle.count],
            style: ["direct", "reflective", "balanced"][i % 3], meeting: ["video", "in_person", "chat", "call"][i % 4]
        )
    }
}
