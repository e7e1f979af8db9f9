import Vapor

/// Serves `Public/`, but never asks the file system about a path no file of ours could have:
/// a 5,000-character segment makes `stat` fail with "File name too long", which Vapor's
/// FileMiddleware reports as a 500 instead of passing the request on to the routes.
struct PublicFilesMiddleware: AsyncMiddleware {
    let files: FileMiddleware

    init(publicDirectory: String) {
        files = FileMiddleware(publicDirectory: publicDirectory)
    }

    static func couldBeAFile(_ path: String) -> Bool {
        path.utf8.count <= 1_024 && path.split(separator: "/").allSatisfy { $0.utf8.count <= 255 }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard Self.couldBeAFile(request.url.path) else { return try await next.respond(to: request) }
        return try await files.respond(to: request, chainingTo: next)
    }
}
