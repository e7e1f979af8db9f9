import Foundation
import TandemCore
import Vapor

/// Form drafts decode leniently (a form only sends text), so a JSON body whose field has the
/// wrong type would otherwise be read as blank. The API says so instead: 422 naming the field.
enum APIFieldTypes {
    enum Kind {
        case text
        case textOrList
    }

    static func check(_ req: Request, _ fields: [String: Kind]) throws {
        guard req.headers.contentType == .json, let buffer = req.body.data,
              let object = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any]
        else { return }
        var errors: [FieldError] = []
        for (name, kind) in fields.sorted(by: { $0.key < $1.key }) {
            guard let value = object[name], !(value is NSNull) else { continue }
            let ok = switch kind {
            case .text: value is String
            case .textOrList: value is String || (value as? [Any])?.allSatisfy { $0 is String } == true
            }
            if !ok {
                errors.append(FieldError(field: name, .invalidType,
                                         message: kind == .text ? "Send this as text." : "Send this as text or a list of texts."))
            }
        }
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }
}
