import Foundation
import Intake
import IntakeTestFixtures
import Testing

@Suite("ContentHasher")
struct ContentHasherTests {
    static func sha256(ofFileWith bytes: Data) async throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("file.bin", bytes: bytes)
        return try await ContentHasher.sha256(of: try folder.inputFile("file.bin"), context: testContext)
    }

    @Test("SHA-256 of a file holding abc is the FIPS 180-2 test value")
    func knownValue() async throws {
        #expect(try await Self.sha256(ofFileWith: Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("SHA-256 of an empty file")
    func emptyFile() async throws {
        #expect(try await Self.sha256(ofFileWith: Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("a file of several 1 MiB chunks hashes as sha256sum does")
    func largerThanOneChunk() async throws {
        // The output of `seq 1 400000`: 2,688,895 bytes, two full chunks and a partial one,
        // every chunk different. Expected: `seq 1 400000 | sha256sum`.
        let bytes = Data((1...400_000).map { "\($0)\n" }.joined().utf8)
        #expect(bytes.count == 2_688_895)
        #expect(try await Self.sha256(ofFileWith: bytes) == "88d1bf216a4a23b8ef0ad575bf91511a3929458e2babeed31ff8a89f7c5dbac3")
    }

    @Test("a missing file fails as not_found")
    func missingFile() async throws {
        let folder = try TemporaryFolder()
        let code = await reportableCode {
            _ = try await ContentHasher.sha256(of: InputFile(url: folder.url.appending(path: "gone.bin")), context: testContext)
        }
        #expect(code == "not_found")
    }

    static let paragraph = """
        Senior backend engineer with ten years in logistics and payments. Built the shipment \
        tracking platform, its public API and the carrier webhook ingestion; moved a monolith \
        to services without downtime, and mentored four engineers along the way.
        """

    @Test("the text hash is the same for the same words in other spacing, case and punctuation")
    func normalisedTextHash() throws {
        let reflowed = Self.paragraph.uppercased()
            .replacingOccurrences(of: " ", with: "  \n ")
            .replacingOccurrences(of: ";", with: " —")
            .replacingOccurrences(of: ",", with: "")
        let first = try #require(ContentHasher.normalisedTextSHA256(of: Self.paragraph))
        #expect(ContentHasher.normalisedTextSHA256(of: reflowed) == first)
        #expect(ContentHasher.normalisedTextSHA256(of: "\u{FEFF}# " + Self.paragraph + "\n\n") == first)
        #expect(first.count == 64 && first.allSatisfy { $0.isHexDigit && !$0.isUppercase })
    }

    @Test("a different word gives a different text hash")
    func differentWords() {
        let changed = Self.paragraph.replacingOccurrences(of: "four", with: "five")
        #expect(ContentHasher.normalisedTextSHA256(of: changed) != ContentHasher.normalisedTextSHA256(of: Self.paragraph))
    }

    @Test("texts under 200 normalised characters get no text hash")
    func shortTextHasNoHash() {
        #expect(ContentHasher.normalisedTextSHA256(of: "Open to remote work.") == nil)
        #expect(ContentHasher.normalisedTextSHA256(of: String(repeating: "x", count: 199)) == nil)
        #expect(ContentHasher.normalisedTextSHA256(of: String(repeating: "x", count: 200)) != nil)
        // Punctuation and spacing do not count towards the length.
        #expect(ContentHasher.normalisedTextSHA256(of: String(repeating: "x", count: 199) + String(repeating: "!  ", count: 50)) == nil)
    }
}

@Suite("RemoteID")
struct RemoteIDTests {
    static let candidate = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"
    static let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"

    @Test("the documented scheme: ik1- and the first 32 hex digits of the keyed SHA-256")
    func knownValues() {
        // printf 'intake/remote-id/v1\n<candidate>\n<sha>' | sha256sum | cut -c1-32
        #expect(RemoteID.derive(candidateID: Self.candidate, contentSHA256: Self.abc) == "ik1-88f5a49ba5add2cc59bf48f4dc498f9f")
        #expect(RemoteID.derive(candidateID: nil, contentSHA256: Self.abc) == "ik1-1b66625003767e75704ec63fecdd662f")
    }

    @Test("36 characters, lowercase hex after the prefix, one id for each content")
    func shape() {
        // 200 contents, for a candidate and for none: 400 ids, all of one shape, none repeated.
        let contents = (0..<200).map { String(format: "%064lx", $0 &* 2_654_435_761) }
        let ids = [Self.candidate, nil].flatMap { candidate in contents.map { RemoteID.derive(candidateID: candidate, contentSHA256: $0) } }
        #expect(ids.count == 400)
        #expect(Set(ids).count == 400)
        for id in ids {
            #expect(id.hasPrefix("ik1-"), "\(id)")
            #expect(id.count == 36, "\(id)")
            #expect(id.dropFirst(4).allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(id)")
        }
    }

    @Test("differs with the candidate and with the content")
    func differs() {
        let id = RemoteID.derive(candidateID: Self.candidate, contentSHA256: Self.abc)
        #expect(id != RemoteID.derive(candidateID: "46d135bb-94cd-4998-aaf1-09517a6af8c6", contentSHA256: Self.abc))
        #expect(id != RemoteID.derive(candidateID: nil, contentSHA256: Self.abc))
        #expect(id != RemoteID.derive(candidateID: Self.candidate, contentSHA256: String(repeating: "0", count: 64)))
    }

    @Test("an uppercase candidate or hash gives the same id as lowercase")
    func caseNormalised() {
        let id = RemoteID.derive(candidateID: Self.candidate, contentSHA256: Self.abc)
        #expect(RemoteID.derive(candidateID: Self.candidate.uppercased(), contentSHA256: Self.abc) == id)
        #expect(RemoteID.derive(candidateID: Self.candidate, contentSHA256: Self.abc.uppercased()) == id)
    }
}

@Suite("CandidateID")
struct CandidateIDTests {
    static let first = "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13"
    static let second = "46d135bb-94cd-4998-aaf1-09517a6af8c6"

    @Test("the first folder named by a UUID names the candidate")
    func firstUUIDFolderWins() {
        #expect(CandidateID.fromPath("samples/\(Self.first)/resume.pdf") == Self.first)
        #expect(CandidateID.fromPath("/data/\(Self.first)/\(Self.second)/cv.pdf") == Self.first)
        #expect(CandidateID.fromPath("/data/inbox/2024/\(Self.second)/old/cv.pdf") == Self.second)
    }

    @Test("the file name never counts, even when it is a UUID")
    func fileNameNeverCounts() {
        #expect(CandidateID.fromPath("samples/\(Self.first)") == nil)
        #expect(CandidateID.fromPath("samples/\(Self.first).pdf") == nil)
        #expect(CandidateID.fromPath(Self.first) == nil)
        #expect(CandidateID.fromPath("samples/unassigned/\(Self.first)") == nil)
        #expect(CandidateID.fromPath("unassigned/about-jordan.txt") == nil)
    }

    @Test("folders that only look like UUIDs do not count")
    func notUUIDs() {
        #expect(CandidateID.fromPath("3f6c1a9e/cv.pdf") == nil)
        #expect(CandidateID.fromPath("\(Self.first)-old/cv.pdf") == nil)
        #expect(CandidateID.fromPath("\(Self.first.replacingOccurrences(of: "-", with: ""))/cv.pdf") == nil)
    }

    @Test("an uppercase UUID is returned lowercase")
    func uppercaseNormalised() {
        #expect(CandidateID.fromPath("in/\(Self.first.uppercased())/cv.pdf") == Self.first)
        #expect(CandidateID.normalised(Self.first.uppercased()) == Self.first)
        #expect(CandidateID.normalised("not-a-uuid") == nil)
    }

    @Test("a document's candidate is the first UUID folder inside the walked folder")
    func documentCandidateInsideTheSource() {
        let other = "0d3e6f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6"
        // Walked from /srv/<other>/inbox: the folder inside wins over the one above.
        let file = InputFile(url: URL(filePath: "/srv/\(other)/inbox/\(Self.first.uppercased())/cv.pdf"), displayPath: "inbox/\(Self.first.uppercased())/cv.pdf", pathInSource: "\(Self.first.uppercased())/cv.pdf")
        #expect(Document(file: file).candidateID == Self.first)
    }

    @Test("without one inside, the nearest UUID folder above the walked folder names the candidate")
    func documentCandidateAboveTheSource() {
        let other = "0d3e6f4a-1b2c-4d5e-8f90-a1b2c3d4e5f6"
        // `cd /srv/<other>/<first>; intake ingest .` or the file given alone.
        let file = InputFile(url: URL(filePath: "/srv/\(other)/\(Self.first)/cv.pdf"), displayPath: "cv.pdf", pathInSource: "cv.pdf")
        #expect(Document(file: file).candidateID == Self.first)
        #expect(Document(file: InputFile(url: URL(filePath: "/tmp/x/cv.pdf"))).candidateID == nil)
    }
}
