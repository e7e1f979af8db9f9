import Foundation

/// Finds the folder that holds `Resources/Views` (Leaf templates) and `Public` (CSS, JS), so the
/// binary serves its pages wherever it is started: as a service, from `/usr/local/bin`, or from a
/// temporary folder. Looked up, in order:
/// 1. `TANDEM_RESOURCES`, when set (and then nothing else: a wrong override is an error);
/// 2. beside the executable and the three folders above it (`bin/tandem` under `/opt/tandem`,
///    or `.build/<triple>/debug/tandem` in a checkout), and `share/tandem` under each of those.
/// Never the current folder, nor further up: whatever sits in a writable folder such as `/tmp`
/// must not become our templates and scripts.
enum ResourceLocator {
    static let overrideVariable = "TANDEM_RESOURCES"

    static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL? = Bundle.main.executableURL,
        currentDirectory: String = FileManager.default.currentDirectoryPath
    ) throws -> String {
        if let override = environment[overrideVariable], !override.isEmpty {
            let root = URL(fileURLWithPath: override, relativeTo: URL(fileURLWithPath: currentDirectory)).standardizedFileURL
            guard holdsResources(root) else {
                throw SettingsError(description: "\(overrideVariable)=\(override) does not hold Resources/Views and Public.")
            }
            return root.path
        }
        let tried = candidates(executable: executable)
        if let found = tried.first(where: holdsResources) { return found.path }
        throw SettingsError(description: """
            Tandem's templates and public files were not found. Looked for Resources/Views and Public in:
            \(tried.map { "  \($0.path)" }.joined(separator: "\n"))
            Copy both folders beside the binary (or into share/tandem next to its bin folder), or set \(overrideVariable) to the folder that holds them.
            """)
    }

    static func candidates(executable: URL?) -> [URL] {
        var found: [URL] = []
        if var folder = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            for _ in 0..<4 {
                found.append(folder)
                found.append(folder.appendingPathComponent("share/tandem"))
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        return found.map(\.standardizedFileURL)
    }

    static func holdsResources(_ root: URL) -> Bool {
        var isFolder: ObjCBool = false
        let views = root.appendingPathComponent("Resources/Views/layout.leaf").path
        let publicFolder = root.appendingPathComponent("Public").path
        return FileManager.default.fileExists(atPath: views)
            && FileManager.default.fileExists(atPath: publicFolder, isDirectory: &isFolder) && isFolder.boolValue
    }
}
