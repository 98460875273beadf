import Foundation

/// Finds the candidate a file belongs to from its path.
///
/// The rule (``forFile(_:)``): the first folder named by a UUID inside the walked folder
/// names the candidate (`intake ingest samples` → `samples/3f6c1a9e-…/resume.pdf` →
/// `3f6c1a9e-…`). When no folder inside names one, the nearest UUID-named folder above the
/// walked folder does (`cd samples/3f6c1a9e-…; intake ingest .`, or the file given alone).
/// So the candidate, and with it the remote id, does not depend on the working directory
/// or on how the path was typed. The file name itself never counts, so a file called
/// `<uuid>.pdf` is not taken for a candidate. Ids are returned lowercase, the way they are
/// compared and sent.
///
/// A file held in memory (``InputFile/isInMemory``) has no folders, so it has no candidate
/// by this rule, whatever its key holds: its candidate is whatever its maker says.
public enum CandidateID {
    /// The candidate of `file` by the rule above, or `nil` when no folder is named by a UUID
    /// or the file is held in memory.
    public static func forFile(_ file: InputFile) -> String? {
        // Its key is no path: a UUID in it must not be taken for a folder's.
        guard !file.isInMemory else { return nil }
        let foldersInSource = file.pathInSource.split(separator: "/").dropLast()
        if let candidate = firstUUID(in: foldersInSource) {
            return candidate
        }
        let absolute = file.absolutePath
        let foldersAboveSource = absolute.split(separator: "/").dropLast().dropLast(foldersInSource.count)
        return firstUUID(in: foldersAboveSource.reversed())
    }

    /// The candidate id found in `path`, or `nil` when no folder in it is named by a UUID.
    public static func fromPath(_ path: String) -> String? {
        firstUUID(in: path.split(separator: "/").dropLast())
    }

    private static func firstUUID(in folders: some Sequence<Substring>) -> String? {
        for folder in folders {
            if let uuid = UUID(uuidString: String(folder)) {
                return uuid.uuidString.lowercased()
            }
        }
        return nil
    }

    /// `value` as a lowercase UUID string, or `nil` if it is not a UUID.
    public static func normalised(_ value: String) -> String? {
        UUID(uuidString: value).map { $0.uuidString.lowercased() }
    }
}
