import Foundation
import Testing
import VaporTesting
@testable import TandemServer

/// Helpers for calling the workspace JSON API under /api/v1.
extension WorkspaceScene {
    /// The relationship's API prefix, `/api/v1/relationships/<id>`.
    var apiBase: String { "/api/v1\(base)" }
}

/// JSON bodies with mixed value types (lists, numbers, text), which `[String: String]` cannot hold.
enum APIBody {
    static func json(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    /// A meeting `dayOffset` days from today (Europe/London) at `time`, as the API takes it.
    static func meeting(dayOffset: Int, time: String = "10:00", minutes: Int = 45, format: String = "call") -> [String: Any] {
        ["date": Fixtures.isoDay(offset: dayOffset, timeZone: "Europe/London"), "time": time, "time_zone": "Europe/London",
         "duration_minutes": minutes, "format": format]
    }
}

extension TestingHTTPResponse {
    /// The field names of a 422's `error.fields`, or [] when there are none.
    var errorFields: [String] { ((try? json(ErrorBody.self).error.fields) ?? nil)?.map(\.field) ?? [] }

    /// The body as a JSON object, for checking the exact shape Codable produced.
    func jsonObject() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any])
    }
}
