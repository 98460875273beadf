import Foundation

/// The expected attachment type of each file of a labelled set, read from a CSV file.
///
/// One row per file: `path,type`, where `path` is relative to the set's folder (with `/`
/// separators) and `type` is `about`, `resume`, `role_preferences` or
/// `work_experiences`. Further columns (a language, a format, a note) are ignored. A first
/// row whose second field is not a type is a header; blank rows are skipped.
///
/// ```csv
/// path,type,language
/// ana-garcia/cv.docx,resume,es
/// ana-garcia/about.txt,about,es
/// ```
public struct ClassificationLabels: Sendable, Hashable {
    /// The expected type of each path.
    public let typeByPath: [String: AttachmentType]

    /// Creates labels from pairs of path and type.
    public init(_ typeByPath: [String: AttachmentType]) {
        self.typeByPath = typeByPath
    }

    /// Reads the labels in `url`.
    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw LabelsError(message: "cannot read the labels file \(url.path(percentEncoded: false)): \(error.localizedDescription)")
        }
        try self.init(csv: TextDecoding.decode(data).text)
    }

    /// Reads labels from the text of a CSV file.
    public init(csv: String) throws {
        var typeByPath: [String: AttachmentType] = [:]
        let rows = CSVTextExtractor.rows(of: csv, separator: CSVTextExtractor.separator(of: csv), maximumCells: .max).rows
        for (index, row) in rows.enumerated() {
            let fields = row.map { $0.trimmingWhitespace() }
            let typeName = fields.count > 1 ? fields[1] : ""
            guard let type = AttachmentType(rawValue: typeName) else {
                if index == 0 { continue }  // a header
                let types = AttachmentType.allCases.map(\.rawValue).joined(separator: ", ")
                throw LabelsError(message: "row \(index + 1): \"\(typeName)\" is not a type (expected one of \(types))")
            }
            let path = fields[0]
            guard !path.isEmpty, !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                throw LabelsError(message: "row \(index + 1): \"\(path)\" must be a path inside the labelled folder")
            }
            if let earlier = typeByPath[path], earlier != type {
                throw LabelsError(message: "row \(index + 1): \(path) is labelled both \(earlier.rawValue) and \(type.rawValue)")
            }
            typeByPath[path] = type
        }
        guard !typeByPath.isEmpty else {
            throw LabelsError(message: "the labels file names no file (expected rows of path,type)")
        }
        self.typeByPath = typeByPath
    }

    /// A labels file that cannot be used, and why.
    public struct LabelsError: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}
