import Foundation
import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Bytes held in memory are read through ``OpenedFile`` exactly as a file on disk is: the
/// same bytes, the same hash, a file that cannot change, and no path anything could open.
@Suite struct InMemoryFileTests {
    /// 2.5 MiB in which every 4-byte word differs: more than two of the hasher's chunks,
    /// and a misplaced read would show.
    static let bytes: [UInt8] = (0..<(640 * 1024)).flatMap { word -> [UInt8] in
        let value = UInt32(word) &* 2_654_435_761
        return [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    static let key = "upload:3f6c1a9e-0b7d-4c2a-9e1f-5a6b7c8d9e0f/0123abcd"

    static func memoryInput(_ bytes: [UInt8] = bytes, name: String = "cv.pdf", key: String = key) throws -> InputFile {
        InputFile(memory: try InMemoryFile(bytes: bytes, name: name), fileName: name, key: key, sequenceNumber: 7)
    }

    @Test func theBytesReadBackThroughOpenedFileAreTheOnesGiven() throws {
        let file = try Self.memoryInput()
        let opened = try OpenedFile.open(file)
        #expect(opened.identity.size == Int64(Self.bytes.count))
        #expect(try opened.read(upTo: Self.bytes.count + 1, at: 0) == Self.bytes)
        #expect(try opened.read(upTo: 8, at: 1_000_001) == Array(Self.bytes[1_000_001..<1_000_009]))
        #expect(try opened.read(upTo: 8, at: Int64(Self.bytes.count)) == [])
        try opened.verifyUnchanged()
    }

    @Test func anEmptyMemoryFileHasNoBytes() throws {
        let file = try Self.memoryInput([])
        #expect(file.size == 0)
        let opened = try OpenedFile.open(file)
        #expect(try opened.read(upTo: 10, at: 0) == [])
        try opened.verifyUnchanged()
    }

    @Test func itsHashIsTheHashOfTheSameBytesOnDisk() async throws {
        let folder = try TemporaryFolder()
        try folder.write("cv.pdf", bytes: Data(Self.bytes))
        let onDisk = try await ContentHasher.sha256(of: try folder.inputFile("cv.pdf"), context: testContext)
        let inMemory = try await ContentHasher.sha256(of: try Self.memoryInput(), context: testContext)
        #expect(inMemory == onDisk)
        // And the hash is of the bytes themselves: FIPS 180-2's "abc".
        let abc = try await ContentHasher.sha256(of: try Self.memoryInput(Array("abc".utf8)), context: testContext)
        #expect(abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func itIsNamedByItsKeyAndFileNameAndHasNoPathThatOpens() throws {
        let file = try Self.memoryInput()
        #expect(file.isInMemory)
        #expect(file.memory != nil)
        #expect(file.displayPath == "cv.pdf")
        #expect(file.pathInSource == "cv.pdf")
        #expect(file.fileName == "cv.pdf")
        #expect(file.size == Int64(Self.bytes.count))
        #expect(file.sequenceNumber == 7)
        #expect(file.absolutePath == Self.key)
        #expect(file.identity == nil)
        // Neither the URL's path nor the bytes for system calls lead to any file.
        #expect(file.path.hasPrefix("/dev/null/"))
        let descriptor = open(file.path, O_RDONLY)
        let reason = errno
        #expect(descriptor == -1 && reason == ENOTDIR)
        #expect(file.systemPathBytes == Array(file.path.utf8))
        #expect(file.url.standardizedFileURL.path(percentEncoded: false) == file.path)
        #expect(!InputFile(url: URL(filePath: "/tmp/cv.pdf")).isInMemory)
    }

    @Test func aKeyThatLooksLikeAPathStaysUnderDevNull() throws {
        let file = try Self.memoryInput(key: "../../etc/passwd")
        #expect(file.absolutePath == "../../etc/passwd")
        #expect(file.url.standardizedFileURL.path(percentEncoded: false).hasPrefix("/dev/null/intake-memory/"))
        #expect(open(file.path, O_RDONLY) == -1)
    }

    @Test func twoInputsOfOneMemoryFileAndKeyAreEqualAndOfTwoMemoryFilesAreNot() throws {
        let memory = try InMemoryFile(bytes: Array("same".utf8), name: "a.txt")
        let first = InputFile(memory: memory, fileName: "a.txt", key: "k")
        let second = InputFile(memory: memory, fileName: "a.txt", key: "k")
        let other = InputFile(memory: try InMemoryFile(bytes: Array("same".utf8), name: "a.txt"), fileName: "a.txt", key: "k")
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(first != other)
        #expect(first != InputFile(memory: memory, fileName: "a.txt", key: "k2"))
    }

    @Test func noCandidateIsTakenFromAKeyThatHoldsAUUID() throws {
        let file = try Self.memoryInput(key: "upload:3f6c1a9e-0b7d-4c2a-9e1f-5a6b7c8d9e0f/resume.pdf")
        #expect(CandidateID.forFile(file) == nil)
        #expect(Document(file: file).candidateID == nil)
        // A prefix is a path, and a memory file has none; only the fallback names its candidate.
        let fallback = "11111111-2222-3333-4444-555555555555"
        let map = try CandidateMap(entries: [try .init(prefix: "/", candidateID: "3f6c1a9e-0b7d-4c2a-9e1f-5a6b7c8d9e0f")], fallback: fallback)
        #expect(map.candidate(for: file)?.candidateID == fallback)
    }

    @Test func itsModificationTimeAtStartIsTheFixedOne() async throws {
        let (result, document) = try await StageHarness(SkipUnchanged(history: nil)).run(on: Document(file: try Self.memoryInput()))
        guard case .proceed = result else {
            Issue.record("expected the file to proceed, got \(result)")
            return
        }
        #expect(document.modifiedAtStart == SkipUnchanged.memoryFileTimestamp)
        #expect(SkipUnchanged.memoryFileTimestamp.totalNanoseconds == 0)
    }

    @Test func anOpenedFileOutlivesItsMemoryFile() throws {
        var file: InputFile? = try Self.memoryInput(Array("still here".utf8))
        let opened = try OpenedFile.open(file!)
        file = nil
        #expect(String(decoding: try opened.read(upTo: 100, at: 0), as: UTF8.self) == "still here")
    }

    #if os(Linux)
    @Test func eachOpenHasAnOffsetOfItsOwn() throws {
        // libmagic reads from the current offset and the zip reader seeks: a seek in one
        // reader must not move another's.
        let file = try Self.memoryInput()
        let first = try OpenedFile.open(file)
        let second = try OpenedFile.open(file)
        #expect(lseek(first.descriptor, 1000, SEEK_SET) == 1000)
        #expect(lseek(second.descriptor, 0, SEEK_CUR) == 0)
        let third = try OpenedFile.open(file)
        #expect(lseek(third.descriptor, 0, SEEK_CUR) == 0)
    }

    @Test func theMemoryFileIsSealedAgainstEveryChange() throws {
        let file = try Self.memoryInput(Array("Jane Doe, nurse".utf8))
        let opened = try OpenedFile.open(file)
        // A descriptor opened for writing, which the seals, not the open, must stop.
        let writable = open("/proc/self/fd/\(opened.descriptor)", O_RDWR | O_CLOEXEC)
        try #require(writable >= 0, "reopening for writing: \(String(cString: strerror(errno)))")
        defer { close(writable) }
        #expect(fcntl(writable, 1024 + 10) == 0xF, "F_GET_SEALS: seal, shrink, grow, write")
        /// Expects `call` to fail with EPERM, the error of a sealed file.
        func expectRefused(_ what: String, _ call: () -> Int) {
            let result = call()
            let reason = errno
            #expect(result == -1, "\(what) was allowed")
            #expect(reason == EPERM, "\(what): \(String(cString: strerror(reason)))")
        }
        expectRefused("write") { write(writable, "John", 4) }
        expectRefused("pwrite") { pwrite(writable, "!", 1, 15) }
        expectRefused("shrinking") { Int(ftruncate(writable, 4)) }
        expectRefused("growing") { Int(ftruncate(writable, 4096)) }
        #expect(String(decoding: try opened.read(upTo: 100, at: 0), as: UTF8.self) == "Jane Doe, nurse")
        try opened.verifyUnchanged()
    }
    #endif
}
