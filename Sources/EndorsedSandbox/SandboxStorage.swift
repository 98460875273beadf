import Foundation

/// The folder where one run keeps received files: the configured one, or a fresh
/// temporary folder that is removed when the run ends.
struct SandboxStorage {
    let url: URL
    let isTemporary: Bool

    /// Creates `directory` if needed, or a temporary folder when it is `nil`.
    static func prepare(_ directory: URL?) throws -> SandboxStorage {
        let url = directory ?? FileManager.default.temporaryDirectory
            .appending(path: "endorsed-sandbox-\(UUID().uuidString.lowercased())", directoryHint: .isDirectory)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return SandboxStorage(url: url, isTemporary: directory == nil)
    }

    /// Removes the folder if it is a temporary one.
    func removeIfTemporary() {
        if isTemporary { try? FileManager.default.removeItem(at: url) }
    }
}
