import Foundation
import NIOCore
import NIOHTTP1
import Vapor
import VaporTesting
@testable import TandemServer

extension HostileCrawler {
    /// Each GET route, each query parameter it reads, each hostile value, as the first user it
    /// answers 200 (so the parameter is read, not refused at the door); then each path parameter
    /// replaced by a sample of them.
    mutating func fuzzQueriesAndPaths() async throws {
        for route in getRoutes {
            let pattern = Self.pattern(route)
            guard let path = concretePath(route), pattern != "/sign-out" else { continue }
            var browser = browsers[0]
            for candidate in browsers where try await candidate.get(path).status == .ok {
                browser = candidate
                break
            }
            let known = queryParameters[pattern, default: []]
            // Where no link or document names a parameter, try the names lists use.
            let parameters = known.isEmpty ? Self.commonParameters : known
            for parameter in parameters.sorted() {
                let isCursor = ["after", "before", "cursor", "next"].contains(parameter)
                for value in isCursor ? HostileValues.all : HostileValues.scalars {
                    let target = "\(path)?\(HostileValues.escape(parameter))=\(HostileValues.escape(value))"
                    record(.GET, target, try await browser.get(target))
                }
            }
            for case .parameter(let name) in route.path where name != "token" {
                for value in HostileValues.pathSample {
                    guard let target = concretePath(route, replacing: name, with: value) else { continue }
                    record(.GET, target, try await browsers[0].get(target))
                }
            }
        }
    }

    /// Each form found on a page, with one numeric, date or time field at a time set to each
    /// hostile value and the rest as the page filled them in; then each text field set to long,
    /// incompressible or NUL-bearing text.
    mutating func fuzzForms(skipping skipped: [String]) async throws {
        var tokens: [String] = []
        for browser in browsers { tokens.append(try await browser.csrfToken()) }
        for (key, form) in forms.sorted(by: { $0.key < $1.key }) {
            let action = String(key.split(separator: " ", maxSplits: 1)[1])
            guard !skipped.contains(where: action.contains), let index = Int(key.prefix { $0 != " " }) else { continue }
            formsTried += 1
            for field in Set(form.fields.keys).subtracting(form.numericFields).subtracting(["csrf_token"]).sorted() {
                for value in HostileValues.longText {
                    var fields = form.fields
                    fields[field] = value
                    fields["csrf_token"] = tokens[index]
                    record(.POST, "\(action) \(field)=\(value.prefix(20))", try await browsers[index].post(action, form: fields))
                }
            }
            for field in form.numericFields.sorted() {
                numericFieldsTried += 1
                for value in HostileValues.scalars {
                    var fields = form.fields
                    fields[field] = value
                    fields["csrf_token"] = tokens[index]
                    record(.POST, "\(action) \(field)=\(value.prefix(20))", try await browsers[index].post(action, form: fields))
                }
            }
        }
    }

    /// Each JSON body the OpenAPI document describes, with one property at a time set to each
    /// hostile JSON value (numbers beyond Int64 and Double, NUL, long strings, wrong types).
    mutating func fuzzAPIBodies(skipping skipped: [String]) async throws {
        let document = try await browsers[0].get("/api/v1/openapi.json")
        let json = try JSONSerialization.jsonObject(with: Data(document.body.readableBytesView)) as? [String: Any] ?? [:]
        let schemas = (json["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]] ?? [:]
        let literals = ["1e308", "-1", "9223372036854775808", "1.5", "\"nan\"", "\"\"", "\"\\u0000\"",
                        "\"\(String(repeating: "9", count: 5_000))\"", "[]", "null", "true"]
        var tokens: [String] = []
        for browser in browsers { tokens.append(try await browser.csrfToken()) }
        for (path, operations) in json["paths"] as? [String: [String: Any]] ?? [:] {
            let concrete = path.split(separator: "/").map { part -> String in
                part.hasPrefix("{") ? (ids[String(part.dropFirst().dropLast())] ?? "missing") : String(part)
            }.joined(separator: "/")
            for (method, operation) in operations {
                guard !skipped.contains(where: path.contains), !concrete.contains("missing"),
                      let body = (operation as? [String: Any])?["requestBody"] as? [String: Any],
                      let reference = (((body["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any])?["$ref"] as? String,
                      let schema = schemas[String(reference.split(separator: "/").last ?? "")],
                      let properties = schema["properties"] as? [String: Any] else { continue }
                let httpMethod = HTTPMethod(rawValue: method.uppercased())
                for property in properties.keys.sorted() {
                    for literal in literals {
                        for (browser, token) in zip(browsers, tokens) {
                            var headers = HTTPHeaders()
                            headers.contentType = .json
                            headers.replaceOrAdd(name: "X-CSRF-Token", value: token)
                            let response = try await browser.send(httpMethod, "/\(concrete)", headers: headers,
                                                                  body: ByteBuffer(string: "{\"\(property)\":\(literal)}"))
                            record(httpMethod, "/\(concrete) \(property)=\(literal.prefix(20))", response)
                        }
                    }
                }
            }
        }
    }
}
