import Foundation

/// Candidates given by the operator rather than by folder names: path prefixes, each with
/// a candidate, and one candidate for every file that no other rule names.
///
/// A relative prefix (`jane-doe/` or `inbox/jane`) is matched against the file's path
/// inside the folder walked (``InputFile/pathInSource``); an absolute one (`/srv/inbox/jane`)
/// against the file's absolute path. A prefix matches whole path segments only (`jane`
/// matches `jane/cv.pdf` but not `janet/cv.pdf`), and the longest matching prefix wins.
///
/// The order of the rules, as ``AssignCandidate`` applies them:
/// 1. the longest prefix of the map that matches the file;
/// 2. the UUID-named folder (``CandidateID/forFile(_:)``);
/// 3. the ``fallback``.
///
/// A file held in memory (``InputFile/isInMemory``) has no path for a prefix to match, and
/// no folders: only the fallback can name its candidate.
public struct CandidateMap: Sendable, Hashable {
    /// One line of the map.
    public struct Entry: Sendable, Hashable {
        /// The prefix, without `./` at the start or `/` at the end.
        public let prefix: String
        /// The candidate's UUID, lowercase.
        public let candidateID: String

        /// - Throws: ``CandidateMapError`` when the candidate is not a UUID or the prefix is empty.
        public init(prefix: String, candidateID: String) throws(CandidateMapError) {
            guard let uuid = CandidateID.normalised(candidateID.trimmingCharacters(in: .whitespaces)) else {
                throw .invalidCandidate(line: nil, value: candidateID)
            }
            var cleaned = prefix.trimmingCharacters(in: .whitespaces)
            while cleaned.hasPrefix("./") { cleaned.removeFirst(2) }
            while cleaned.count > 1 && cleaned.hasSuffix("/") { cleaned.removeLast() }
            guard !cleaned.isEmpty, cleaned != "." else { throw .emptyPrefix(line: nil) }
            self.prefix = cleaned
            self.candidateID = uuid
        }

        /// Whether the prefix names `path` or a folder above it.
        func matches(_ path: String) -> Bool {
            path == prefix || prefix == "/" || path.hasPrefix(prefix + "/")
        }
    }

    /// The prefixes, longest first.
    public let entries: [Entry]
    /// The candidate of files no other rule names, lowercase.
    public let fallback: String?

    /// Makes a map. - Throws: ``CandidateMapError`` when `fallback` is not a UUID.
    public init(entries: [Entry] = [], fallback: String? = nil) throws(CandidateMapError) {
        self.entries = entries.sorted { $0.prefix.count > $1.prefix.count }
        if let fallback {
            guard let uuid = CandidateID.normalised(fallback) else { throw .invalidCandidate(line: nil, value: fallback) }
            self.fallback = uuid
        } else {
            self.fallback = nil
        }
    }

    /// No prefix and no fallback: the UUID-folder rule alone, which ``Document`` applies
    /// when it is made.
    public static let folderRuleOnly = CandidateMap(uncheckedEntries: [], fallback: nil)

    private init(uncheckedEntries: [Entry], fallback: String?) {
        self.entries = uncheckedEntries
        self.fallback = fallback
    }

    /// Whether the map has no rule at all.
    public var isEmpty: Bool { entries.isEmpty && fallback == nil }

    /// The candidate of `file` and the rule that gave it, or `nil` when no rule names one.
    public func candidate(for file: InputFile) -> (candidateID: String, rule: String)? {
        let absolute = file.absolutePath
        // A memory file's key and name are no path (the prefix `/` would match any key).
        if !file.isInMemory {
            for entry in entries {
                let path = entry.prefix.hasPrefix("/") ? absolute : file.pathInSource
                if entry.matches(path) { return (entry.candidateID, "candidate map prefix \(entry.prefix)") }
            }
        }
        if file.candidateFromFolders, let folder = CandidateID.forFile(file) { return (folder, "UUID folder") }
        if let fallback { return (fallback, "default candidate") }
        return nil
    }

    /// Reads a map from CSV: one `path prefix,candidate UUID` per line. Blank lines, lines
    /// starting with `#`, and a first line whose second field has no digit (a header such
    /// as `path_prefix,candidate_id`) are ignored. Fields may be quoted with `"` (a quote
    /// inside doubled), so a prefix may hold a comma.
    ///
    /// - Throws: ``CandidateMapError`` naming the line of the first bad entry.
    public static func parseCSV(_ text: String, fallback: String? = nil) throws(CandidateMapError) -> CandidateMap {
        var entries: [Entry] = []
        var seen: [String: Int] = [:]
        var isFirstLine = true
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = try splitFields(line, lineNumber: lineNumber)
            guard fields.count == 2 else { throw .wrongFieldCount(line: lineNumber, count: fields.count) }
            defer { isFirstLine = false }
            // A header names its columns; a first line with digits in its second field is
            // an entry with a mistyped UUID, which must fail rather than vanish.
            if isFirstLine && !fields[1].contains(where: \.isNumber) {
                continue
            }
            let entry: Entry
            do {
                entry = try Entry(prefix: fields[0], candidateID: fields[1])
            } catch {
                throw error.at(line: lineNumber)
            }
            if let earlier = seen[entry.prefix] { throw .repeatedPrefix(line: lineNumber, firstLine: earlier, prefix: entry.prefix) }
            seen[entry.prefix] = lineNumber
            entries.append(entry)
        }
        return try CandidateMap(entries: entries, fallback: fallback)
    }

    private static func splitFields(_ line: String, lineNumber: Int) throws(CandidateMapError) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var characters = line.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = characters.next() {
                        if next == "\"" { current.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.trimmingCharacters(in: .whitespaces).isEmpty {
                current = ""
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        guard !quoted else { throw .unclosedQuote(line: lineNumber) }
        fields.append(current)
        return fields
    }
}

/// What is wrong with a candidate map.
public enum CandidateMapError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidCandidate(line: Int?, value: String)
    case emptyPrefix(line: Int?)
    case wrongFieldCount(line: Int, count: Int)
    case repeatedPrefix(line: Int, firstLine: Int, prefix: String)
    case unclosedQuote(line: Int)

    func at(line: Int) -> CandidateMapError {
        switch self {
        case .invalidCandidate(_, let value): .invalidCandidate(line: line, value: value)
        case .emptyPrefix: .emptyPrefix(line: line)
        default: self
        }
    }

    public var description: String {
        func place(_ line: Int?) -> String { line.map { "line \($0): " } ?? "" }
        return switch self {
        case .invalidCandidate(let line, let value): "\(place(line))\(value.debugDescription) is not a candidate UUID"
        case .emptyPrefix(let line): "\(place(line))the path prefix is empty"
        case .wrongFieldCount(let line, let count): "line \(line): expected 2 fields (path prefix, candidate UUID), found \(count)"
        case .repeatedPrefix(let line, let first, let prefix): "line \(line): the prefix \(prefix.debugDescription) is already mapped on line \(first)"
        case .unclosedQuote(let line): "line \(line): a quoted field is not closed"
        }
    }
}

/// Sets each document's candidate by a ``CandidateMap``: its prefixes, then the UUID
/// folder, then its fallback. Put it first; ``Deduplicate`` derives the remote id from the
/// candidate.
///
/// ```swift
/// let map = try CandidateMap.parseCSV(csv, fallback: "3f6c1a9e-…")
/// Pipeline { AssignCandidate(map); SniffMIME(); … }
/// ```
public struct AssignCandidate: Stage {
    public let name = "candidate"
    /// The rules applied.
    public let map: CandidateMap

    public init(_ map: CandidateMap) {
        self.map = map
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        if document.candidateIsGiven {
            document.note("candidate \(document.candidateID ?? "none") as given with the input; the candidate rules do not apply")
            return .proceed
        }
        if let (candidate, rule) = map.candidate(for: document.file) {
            document.candidateID = candidate
            document.note("candidate \(candidate) from the \(rule)")
        } else {
            document.candidateID = nil
            document.note("no candidate: no map prefix, UUID folder or default matches")
        }
        return .proceed
    }
}
