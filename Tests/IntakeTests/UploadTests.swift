import Foundation
import Intake
import IntakeTestFixtures
import IntakeTesting
import Testing

@Suite("Upload")
struct UploadTests {
    /// A sink that keeps what it was given and answers with a receipt of the kind asked for.
    final class KeepingSink: AttachmentSink {
        let name = "keeping"
        let kind: SinkReceipt.Kind
        let delivered = EventLog<Document>()

        init(kind: SinkReceipt.Kind) {
            self.kind = kind
        }

        func deliver(_ document: Document, context: StageContext) async throws -> SinkReceipt {
            delivered.append(document)
            return SinkReceipt(kind: kind, sink: name, attachmentID: "att-\(delivered.all.count)", detail: "kept")
        }
    }

    /// Sets what `Classify` and `Deduplicate` would have set.
    struct Ready: Stage {
        let name = "ready"
        func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
            document.classification = Classification(
                type: .resume, confidence: 0.9, scores: [.resume: 5],
                evidence: [Evidence(supports: .resume, signal: "section", detail: "education", weight: 5)]
            )
            document.remoteID = RemoteID.derive(candidateID: document.candidateID, contentSHA256: String(repeating: "0", count: 64))
            return .proceed
        }
    }

    static func file(in folder: TemporaryFolder) throws -> InputFile {
        try folder.write("3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13/cv.txt", text: "Education\nSkills")
        return try folder.inputFile("3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13/cv.txt")
    }

    @Test("the sink receives the document; the receipt ends the trip and is kept")
    func delivers() async throws {
        let folder = try TemporaryFolder()
        let sink = KeepingSink(kind: .stored)
        let outcome = await Pipeline { Ready(); Upload(to: sink) }.process(try Self.file(in: folder), context: testContext)

        let delivered = sink.delivered.all
        #expect(delivered.count == 1)
        #expect(delivered.first?.file.pathInSource == "3f6c1a9e-8b2d-4c7e-9a41-2d5f8e0b7c13/cv.txt")
        #expect(delivered.first?.classification?.type == .resume)
        #expect(delivered.first?.remoteID == outcome.document.remoteID)
        let receipt = SinkReceipt(kind: .stored, sink: "keeping", attachmentID: "att-1", detail: "kept")
        #expect(outcome.document.receipt == receipt)
        #expect(outcome.document.trail.last?.stage == "upload")
        #expect(outcome.document.trail.last?.result == .ended)
        #expect(outcome.document.trail.last?.notes == ["keeping: stored as att-1; kept"])
    }

    @Test("a receipt of kind uploaded gives the outcome uploaded, stored gives stored")
    func receiptKindToStatus() async throws {
        let folder = try TemporaryFolder()
        let file = try Self.file(in: folder)

        let uploaded = await Pipeline { Ready(); Upload(to: KeepingSink(kind: .uploaded)) }.process(file, context: testContext)
        #expect(uploaded.status == .uploaded(SinkReceipt(kind: .uploaded, sink: "keeping", attachmentID: "att-1", detail: "kept")))
        #expect(uploaded.status.name == "uploaded")

        let stored = await Pipeline { Ready(); Upload(to: KeepingSink(kind: .stored)) }.process(file, context: testContext)
        #expect(stored.status == .stored(SinkReceipt(kind: .stored, sink: "keeping", attachmentID: "att-1", detail: "kept")))
        #expect(stored.status.name == "stored")
    }

    @Test("a document without a classification fails as not_ready and is not delivered")
    func withoutClassification() async throws {
        let folder = try TemporaryFolder()
        let sink = KeepingSink(kind: .stored)
        let (_, prepared) = try await StageHarness(Ready()).run(on: Document(file: try Self.file(in: folder)))
        var unclassified = prepared
        unclassified.classification = nil

        await #expect {
            _ = try await StageHarness(Upload(to: sink)).run(on: unclassified)
        } throws: { error in
            let error = error as? any ReportableError
            return error?.code == "not_ready" && error?.message.contains("without an attachment type") == true
        }
        #expect(sink.delivered.all.isEmpty)
    }

    @Test("a document without a remote id fails as not_ready and is not delivered")
    func withoutRemoteID() async throws {
        let folder = try TemporaryFolder()
        let sink = KeepingSink(kind: .stored)
        let (_, prepared) = try await StageHarness(Ready()).run(on: Document(file: try Self.file(in: folder)))
        var withoutID = prepared
        withoutID.remoteID = nil

        #expect(withoutID.classification != nil, "only the remote id is missing")
        await #expect {
            _ = try await StageHarness(Upload(to: sink)).run(on: withoutID)
        } throws: { error in
            let error = error as? any ReportableError
            return error?.code == "not_ready" && error?.message.contains("without a remote id") == true
        }
        #expect(sink.delivered.all.isEmpty)
    }

    @Test("a sink's error fails the file in the upload stage with the sink's code")
    func sinkError() async throws {
        final class RefusingSink: AttachmentSink {
            struct Refused: ReportableError {
                var code: String { "rate_limited" }
                var message: String { "try again later" }
            }
            let name = "refusing"
            func deliver(_ document: Document, context: StageContext) async throws -> SinkReceipt { throw Refused() }
        }
        let folder = try TemporaryFolder()
        let outcome = await Pipeline { Ready(); Upload(to: RefusingSink()) }.process(try Self.file(in: folder), context: testContext)
        #expect(outcome.status.failure == FileFailure(stage: "upload", code: "rate_limited", message: "try again later"))
        #expect(outcome.document.receipt == nil)
    }
}
