import Foundation
import Testing
@testable import TandemServer

/// The binary finds its templates from where it lives, whatever folder it is started in.
@Suite("Finding templates and public files")
struct ResourceLocatorTests {
    /// A temporary install: PREFIX/bin/tandem and PREFIX/share/tandem/{Resources/Views,Public}.
    static func install(resourcesUnder relative: String) throws -> (prefix: URL, executable: URL) {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-locator-\(UUID().uuidString)")
        let root = prefix.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Resources/Views"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Public"), withIntermediateDirectories: true)
        try Data("#(title)".utf8).write(to: root.appendingPathComponent("Resources/Views/layout.leaf"))
        try FileManager.default.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        return (prefix, prefix.appendingPathComponent("bin/tandem"))
    }

    @Test(arguments: ["share/tandem", "", "bin"])
    func findsResourcesFromTheExecutableNotTheWorkingFolder(relative: String) throws {
        // arrange
        let (prefix, executable) = try Self.install(resourcesUnder: relative)
        defer { try? FileManager.default.removeItem(at: prefix) }
        // act
        let found = try ResourceLocator.locate(environment: [:], executable: executable, currentDirectory: "/")
        // assert
        #expect(found == prefix.appendingPathComponent(relative).standardizedFileURL.path)
    }

    @Test func anOverrideWinsAndAWrongOneIsAnError() throws {
        // arrange
        let (prefix, executable) = try Self.install(resourcesUnder: "share/tandem")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let elsewhere = try Self.install(resourcesUnder: "custom")
        defer { try? FileManager.default.removeItem(at: elsewhere.prefix) }
        let custom = elsewhere.prefix.appendingPathComponent("custom").path
        // act
        let chosen = try ResourceLocator.locate(environment: ["TANDEM_RESOURCES": custom], executable: executable, currentDirectory: "/")
        // assert
        #expect(chosen == custom)
        #expect(throws: SettingsError.self) {
            try ResourceLocator.locate(environment: ["TANDEM_RESOURCES": "/nonexistent/tandem"], executable: executable, currentDirectory: "/")
        }
    }

    @Test func nothingFoundListsWhereItLooked() throws {
        // arrange
        let bare = FileManager.default.temporaryDirectory.appendingPathComponent("tandem-bare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: bare) }
        // act
        var message = ""
        do {
            _ = try ResourceLocator.locate(environment: [:], executable: bare.appendingPathComponent("tandem"), currentDirectory: bare.path)
        } catch let error as SettingsError {
            message = error.description
        }
        // assert
        #expect(message.contains(bare.path))
        #expect(message.contains("TANDEM_RESOURCES"))
    }
}
