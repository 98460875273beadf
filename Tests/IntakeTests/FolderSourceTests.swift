import Foundation
@testable import Intake
import IntakeTestFixtures
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("FolderSource")
struct FolderSourceTests {
    /// What one entry says, in a form that compares easily.
    struct Seen: Equatable, CustomStringConvertible {
        let path: String
        let kind: String

        var description: String { "\(path) [\(kind)]" }

        init(_ path: String, _ kind: String) {
            self.path = path
            self.kind = kind
        }

        init(_ entry: SourceEntry) {
            switch entry {
            case .file(let file): self.init(file.pathInSource, "file")
            case .skipped(let file, let reason): self.init(file.pathInSource, "skipped:\(reason.code)")
            case .failed(let file, let failure): self.init(file.pathInSource, "failed:\(failure.stage)/\(failure.code)")
            }
        }
    }

    static func entries(of source: FolderSource) async -> [SourceEntry] {
        var entries: [SourceEntry] = []
        for await entry in source { entries.append(entry) }
        return entries
    }

    /// A tree with nested folders, hidden entries, links and a FIFO:
    ///
    /// ```
    /// A.txt  a/m/k.txt  a/z.txt  b.txt  c.txt  é.txt  fifo  link-to-folder -> a
    /// link-to-file -> b.txt  .hidden.txt  .git/config  a/.DS_Store
    /// ```
    static func makeTree() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", text: "b")
        try folder.write("A.txt", text: "upper a")
        try folder.write("a/z.txt", text: "z")
        try folder.write("a/m/k.txt", text: "k")
        try folder.write("a/.DS_Store", text: "finder")
        try folder.write("c.txt", text: "c")
        try folder.write("é.txt", text: "e acute")
        try folder.write(".hidden.txt", text: "hidden")
        try folder.write(".git/config", text: "[core]")
        try FileManager.default.createSymbolicLink(atPath: folder.path("link-to-folder"), withDestinationPath: folder.path("a"))
        try FileManager.default.createSymbolicLink(atPath: folder.path("link-to-file"), withDestinationPath: "b.txt")
        #expect(mkfifo(folder.path("fifo"), 0o600) == 0)
        return folder
    }

    static let visibleTree: [Seen] = [
        Seen("A.txt", "file"),
        Seen("a/m/k.txt", "file"),
        Seen("a/z.txt", "file"),
        Seen("b.txt", "file"),
        Seen("c.txt", "file"),
        Seen("fifo", "skipped:not_regular_file"),
        Seen("link-to-file", "skipped:symlink"),
        Seen("link-to-folder", "skipped:symlink"),
        Seen("é.txt", "file"),
    ]

    @Test("walks depth first in name order, leaving hidden entries out; links and FIFOs are skipped")
    func orderAndPolicy() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path]))

        #expect(entries.map(Seen.init) == Self.visibleTree)
        #expect(entries.map(\.file.sequenceNumber) == Array(0..<entries.count))
    }

    @Test("the same tree walks the same way, whatever order its entries were made in")
    func deterministic() async throws {
        // The folder lists its names in an order of its own (creation order, reversed, or
        // a hash); the walk sorts them, so two trees made in opposite orders walk alike.
        let names = (0..<40).map { String(format: "d%02d/f%02d.txt", $0 % 5, $0) }
        let forwards = try TemporaryFolder()
        let backwards = try TemporaryFolder()
        for name in names { try forwards.write(name, text: name) }
        for name in names.reversed() { try backwards.write(name, text: name) }
        let first = await Self.entries(of: FolderSource(paths: [forwards.path])).map(Seen.init)
        let second = await Self.entries(of: FolderSource(paths: [backwards.path])).map(Seen.init)
        #expect(first == names.sorted().map { Seen($0, "file") })
        #expect(second == first)
    }

    @Test("includeHidden takes hidden files and folders too")
    func includeHidden() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path], includeHidden: true))
        #expect(entries.map(Seen.init) == [
            Seen(".git/config", "file"),
            Seen(".hidden.txt", "file"),
            Seen("A.txt", "file"),
            Seen("a/.DS_Store", "file"),
            Seen("a/m/k.txt", "file"),
            Seen("a/z.txt", "file"),
            Seen("b.txt", "file"),
            Seen("c.txt", "file"),
            Seen("fifo", "skipped:not_regular_file"),
            Seen("link-to-file", "skipped:symlink"),
            Seen("link-to-folder", "skipped:symlink"),
            Seen("é.txt", "file"),
        ])
    }

    @Test("a hidden folder given explicitly is walked")
    func hiddenRootIsTaken() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path(".git")]))
        #expect(entries.map(Seen.init) == [Seen("config", "file")])
        #expect(entries.first?.file.displayPath == tree.path(".git/config"))
    }

    @Test("a symbolic link to a folder is skipped, not followed, and names its target")
    func symlinkToFolderNotFollowed() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path]))
        #expect(!entries.contains { $0.file.pathInSource.hasPrefix("link-to-folder/") })
        guard case .skipped(let file, let reason)? = entries.first(where: { $0.file.pathInSource == "link-to-folder" }) else {
            Issue.record("the link was not reported as skipped")
            return
        }
        #expect(reason.code == "symlink")
        #expect(reason.message.contains(tree.path("a")))
        #expect(file.displayPath == tree.path("link-to-folder"))
    }

    @Test("a link given explicitly is followed, as ls and cp do")
    func explicitLinkFollowed() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path("link-to-folder")]))
        #expect(entries.map(Seen.init) == [Seen("m/k.txt", "file"), Seen("z.txt", "file")])
    }

    @Test("a FIFO is skipped as not a regular file, and never opened")
    func fifoSkipped() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path]))
        let fifo = try #require(entries.first { $0.file.pathInSource == "fifo" })
        guard case .skipped(_, let reason) = fifo else {
            Issue.record("expected the FIFO to be skipped, got \(fifo)")
            return
        }
        #expect(reason == .notRegularFile)
    }

    @Test("a missing path fails in the stage `source`, and the walk goes on")
    func missingPath() async throws {
        let tree = try Self.makeTree()
        let missing = tree.path("no-such-folder")
        let entries = await Self.entries(of: FolderSource(paths: [missing, tree.path("b.txt")]))

        #expect(entries.count == 2)
        guard case .failed(let file, let failure)? = entries.first else {
            Issue.record("expected a failed entry first, got \(String(describing: entries.first))")
            return
        }
        #expect(failure.stage == "source")
        #expect(failure.code == "not_found")
        #expect(file.displayPath == missing)
        #expect(Seen(entries[1]) == Seen("b.txt", "file"))
    }

    @Test("a file given directly is one entry: its name is its path in the source")
    func fileGivenDirectly() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path("a/z.txt")]))
        guard entries.count == 1, case .file(let file) = entries[0] else {
            Issue.record("expected one file, got \(entries)")
            return
        }
        #expect(file.pathInSource == "z.txt")
        #expect(file.displayPath == tree.path("a/z.txt"))
        #expect(file.size == 1)
        #expect(file.sequenceNumber == 0)
    }

    @Test("display paths join the folder as given with the path inside it")
    func displayPaths() async throws {
        let tree = try Self.makeTree()
        // Trailing slashes on the given folder do not double up in the paths.
        let entries = await Self.entries(of: FolderSource(paths: [tree.path + "//"]))
        let nested = try #require(entries.first { $0.file.pathInSource == "a/m/k.txt" }).file
        #expect(nested.displayPath == tree.path + "/a/m/k.txt")
        #expect(nested.fileName == "k.txt")
        #expect(nested.path == tree.path("a/m/k.txt"))
        #expect(nested.size == 1)
        #expect(entries.allSatisfy { $0.file.displayPath == tree.path + "/" + $0.file.pathInSource })
    }

    @Test("paths given together are walked in the order given, numbered as one sequence")
    func severalPaths() async throws {
        let tree = try Self.makeTree()
        let entries = await Self.entries(of: FolderSource(paths: [tree.path("c.txt"), tree.path("a")]))
        #expect(entries.map(Seen.init) == [Seen("c.txt", "file"), Seen("m/k.txt", "file"), Seen("z.txt", "file")])
        #expect(entries.map(\.file.sequenceNumber) == [0, 1, 2])
    }

    @Test("count() equals the number of entries the walk gives")
    func countMatchesEntries() async throws {
        let tree = try Self.makeTree()
        for includeHidden in [false, true] {
            let source = FolderSource(paths: [tree.path, tree.path("missing")], includeHidden: includeHidden)
            let count = try await source.count()
            let entries = await Self.entries(of: source)
            #expect(count == entries.count)
        }
        #expect(try await FolderSource(paths: [tree.path]).count() == Self.visibleTree.count)
    }

    @Test("the samples folder walks in the order of the expectations table, with candidate ids")
    func samplesFolder() async throws {
        let entries = await Self.entries(of: FolderSource(paths: [Samples.root.path(percentEncoded: false)]))
        #expect(Samples.expectations.count == 30)
        #expect(entries.map(\.file.pathInSource) == Samples.expectations.map(\.path))
        for entry in entries {
            let document = Document(file: entry.file)
            let folder = entry.file.pathInSource.split(separator: "/").first.map(String.init)
            #expect(document.candidateID == (folder == "unassigned" ? nil : folder), "\(entry.file.pathInSource)")
        }
    }
}

@Suite("FolderSource: overlapping paths")
struct FolderSourceOverlapTests {
    typealias Seen = FolderSourceTests.Seen

    @Test("a folder inside another one given is walked once, as part of the outer one")
    func innerFolderDropped() async throws {
        let tree = try FolderSourceTests.makeTree()
        for paths in [[tree.path, tree.path("a")], [tree.path("a"), tree.path], [tree.path("a/m/k.txt"), tree.path("a"), tree.path]] {
            let source = FolderSource(paths: paths)
            let entries = await FolderSourceTests.entries(of: source)
            #expect(entries.map(Seen.init) == FolderSourceTests.visibleTree, "\(paths)")
            #expect(entries.map(\.file.sequenceNumber) == Array(0..<entries.count))
            #expect(try await source.count() == entries.count)
        }
    }

    @Test("the outer path takes the place of the first of the two, and keeps its spelling")
    func outerTakesThePlaceOfTheFirst() async throws {
        let tree = try FolderSourceTests.makeTree()
        let other = try TemporaryFolder()
        try other.write("x.txt", text: "x")
        let outerAsGiven = tree.path + "/a/..//"
        let entries = await FolderSourceTests.entries(of: FolderSource(paths: [tree.path("c.txt"), other.path, outerAsGiven, tree.path("a/z.txt")]))
        #expect(entries.map(Seen.init) == FolderSourceTests.visibleTree + [Seen("x.txt", "file")])
        #expect(entries.dropLast().allSatisfy { $0.file.displayPath.hasPrefix(tree.path + "/a/../") })
        #expect(entries.last?.file.displayPath == other.path("x.txt"))
    }

    @Test("paths are compared with links resolved: a link to a folder given with it is the same folder")
    func linksResolvedForTheComparison() async throws {
        let tree = try FolderSourceTests.makeTree()
        let entries = await FolderSourceTests.entries(of: FolderSource(paths: [tree.path("link-to-folder"), tree.path("a"), tree.path("a/")]))
        #expect(entries.map(Seen.init) == [Seen("m/k.txt", "file"), Seen("z.txt", "file")])
        #expect(entries.first?.file.displayPath == tree.path("link-to-folder/m/k.txt"))
    }

    @Test("a hidden folder given inside a walked one is kept: the walk does not reach it")
    func hiddenInnerFolderKept() async throws {
        let tree = try FolderSourceTests.makeTree()
        let entries = await FolderSourceTests.entries(of: FolderSource(paths: [tree.path, tree.path(".git")]))
        #expect(entries.map(Seen.init) == FolderSourceTests.visibleTree + [Seen("config", "file")])
        // With hidden entries taken, the outer walk reaches it: once only.
        let all = await FolderSourceTests.entries(of: FolderSource(paths: [tree.path(".git"), tree.path], includeHidden: true))
        #expect(all.filter { $0.file.fileName == "config" }.count == 1)
    }

    @Test("a folder given inside an excluded one is kept: the walk does not reach it")
    func excludedInnerFolderKept() async throws {
        let tree = try FolderSourceTests.makeTree()
        let source = FolderSource(paths: [tree.path, tree.path("a/m")], excluding: [tree.url.appending(path: "a")])
        let entries = await FolderSourceTests.entries(of: source)
        #expect(entries.map(Seen.init).suffix(1) == [Seen("k.txt", "file")])
        #expect(entries.filter { $0.file.fileName == "k.txt" }.count == 1)
    }

    @Test("the same path given twice is walked once; missing paths still fail")
    func samePathTwice() async throws {
        let tree = try FolderSourceTests.makeTree()
        let entries = await FolderSourceTests.entries(of: FolderSource(paths: [tree.path("b.txt"), tree.path("missing"), tree.path("a/../b.txt")]))
        #expect(entries.map(Seen.init) == [Seen("b.txt", "file"), Seen("missing", "failed:source/not_found")])
    }
}

@Suite("FolderSource: why a path cannot be looked at")
struct FolderSourceFailureCodeTests {
    static func failure(of path: String) async throws -> FileFailure {
        let entries = await FolderSourceTests.entries(of: FolderSource(paths: [path]))
        guard entries.count == 1, case .failed(let file, let failure) = entries[0] else {
            throw UnexpectedEntries(entries: entries)
        }
        #expect(file.displayPath == path)
        #expect(failure.stage == "source")
        return failure
    }

    struct UnexpectedEntries: Error { let entries: [SourceEntry] }

    @Test("a path through a file is not_found (ENOTDIR)")
    func notADirectory() async throws {
        let tree = try FolderSourceTests.makeTree()
        let failure = try await Self.failure(of: tree.path("b.txt/inside.txt"))
        #expect(failure.code == "not_found")
        #expect(failure.message.hasSuffix(String(cString: strerror(ENOTDIR))))
    }

    @Test("a link loop given explicitly is symlink_loop, with strerror's words")
    func linkLoop() async throws {
        let tree = try FolderSourceTests.makeTree()
        try FileManager.default.createSymbolicLink(atPath: tree.path("loop-a"), withDestinationPath: "loop-b")
        try FileManager.default.createSymbolicLink(atPath: tree.path("loop-b"), withDestinationPath: "loop-a")
        let failure = try await Self.failure(of: tree.path("loop-a"))
        #expect(failure.code == "symlink_loop")
        #expect(failure.message == "cannot read \(tree.path("loop-a")): \(String(cString: strerror(ELOOP)))")
    }

    @Test("a name too long for the file system is unreadable")
    func nameTooLong() async throws {
        let tree = try FolderSourceTests.makeTree()
        let failure = try await Self.failure(of: tree.path(String(repeating: "n", count: 300)))
        #expect(failure.code == "unreadable")
        #expect(failure.message.hasSuffix(String(cString: strerror(ENAMETOOLONG))))
    }

    /// Root searches every folder, and CI runs as root: there the test runs again in a copy
    /// of the test process started as an unprivileged user, for whom the folder is shut.
    /// The real `intake` meets the same folder too.
    @Test("a file in a folder that cannot be searched is permission_denied")
    func permissionDenied() async throws {
        if geteuid() == 0 {
            try await ChildProcess.rerunTestUnprivileged("FolderSourceFailureCodeTests/permissionDenied")
            return
        }
        let tree = try FolderSourceTests.makeTree()
        try tree.write("locked/secret.txt", text: "s")
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: tree.path("locked"))
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: tree.path("locked")) }
        let failure = try await Self.failure(of: tree.path("locked/secret.txt"))
        #expect(failure.code == "permission_denied")

        // A folder the unprivileged child may write its report to.
        try FileManager.default.createDirectory(atPath: tree.path("out"), withIntermediateDirectories: false)
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: tree.path("out"))
        let report = tree.path("out/report.jsonl")
        let run = try await ChildProcess.runIntake(
            ["ingest", tree.path("locked/secret.txt"), "--dry-run", "--no-ledger", "--in-process", "--no-progress", "--report", report],
            atMost: .seconds(60)
        )
        #expect(run.status == 1, "\(run.standardError)")
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        try #require(lines.count == 1, "\(lines)")
        let line = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        let error = try #require(line["error"] as? [String: Any], "\(line)")
        #expect(line["path"] as? String == tree.path("locked/secret.txt"))
        #expect(error["stage"] as? String == "source")
        #expect(error["code"] as? String == "permission_denied")
        #expect(error["message"] as? String == "cannot read \(tree.path("locked/secret.txt")): \(String(cString: strerror(EACCES)))")
    }

    @Test("errno maps to a code", arguments: [
        (ENOENT, "not_found"), (ENOTDIR, "not_found"), (EACCES, "permission_denied"), (EPERM, "permission_denied"),
        (ELOOP, "symlink_loop"), (EIO, "unreadable"), (ENAMETOOLONG, "unreadable"), (EOVERFLOW, "unreadable"),
    ])
    func errnoCodes(number: Int32, code: String) {
        #expect(FolderWalk.failureCode(errno: number) == code)
    }
}

@Suite struct FolderSourceExclusionTests {
    @Test func excludedFilesAndFoldersAreNotInputs() async throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", text: "a")
        try folder.write("report.jsonl", text: "{}")
        try folder.write("state/outbox.sqlite", text: "x")
        try folder.write("z.txt", text: "z")
        let source = FolderSource(paths: [folder.url.path(percentEncoded: false)], excluding: [
            folder.url.appending(path: "report.jsonl"), folder.url.appending(path: "state"),
        ])
        var names: [String] = []
        for await entry in source { names.append(entry.file.pathInSource) }
        #expect(names == ["a.txt", "z.txt"])
        #expect(try await source.count() == 2)
    }
}

/// Names that are not UTF-8 are walked and read by their bytes, and shown losslessly.
@Suite struct NonUTF8NameTests {
    @Test func latin1NamesAreListedAndReadByTheirBytes() async throws {
        let scratch = try TemporaryFolder()
        let resume = try RawNames.write("Experience: nurse", to: scratch.url, at: RawNames.latin1Resume)
        let nested = try RawNames.write("About me", to: scratch.url, at: RawNames.latin1Folder + Array("/cv.txt".utf8))
        var files: [InputFile] = []
        for await entry in FolderSource(paths: [scratch.path]) {
            guard case .file(let file) = entry else {
                Issue.record("not listed as a file: \(entry)")
                continue
            }
            files.append(file)
        }
        #expect(files.count == 2)
        let byName = Dictionary(uniqueKeysWithValues: files.map { ($0.pathInSource, $0) })
        let first = try #require(byName[#"caf\xE9 r\xE9sum\xE9.txt"#])
        #expect(first.displayPath == scratch.path + #"/caf\xE9 r\xE9sum\xE9.txt"#)
        #expect(first.fileSystemPath == resume)
        #expect(first.fileName == "café résumé.txt")
        let second = try #require(byName[#"dossier-\xE9t\xE9/cv.txt"#])
        #expect(second.fileSystemPath == nested)
        #expect(second.fileName == "cv.txt")
        #expect(String(decoding: try OpenedFile.open(first).read(upTo: 100, at: 0), as: UTF8.self) == "Experience: nurse")
        #expect(String(decoding: try OpenedFile.open(second).read(upTo: 100, at: 0), as: UTF8.self) == "About me")
    }

    @Test func escapingIsLosslessAndLatin1ReadsAsAPersonWould() {
        #expect(FileNameBytes.escaped([0x63, 0xE9, 0xC3, 0xA9]) == #"c\xE9é"#)
        #expect(FileNameBytes.latin1([0x63, 0xE9, 0xC3, 0xA9]) == "céé")
        #expect(FileNameBytes.isUTF8(Array("résumé".utf8)))
        #expect(!FileNameBytes.isUTF8([0xE9]))
    }
}
