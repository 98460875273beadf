import Foundation
import Hummingbird
import IntakeEngine
import NIOCore

/// `POST /candidates/{uuid}/documents`: the document in the form's `file` field, run
/// through the engine, answered with its outcome.
///
/// The engine does the checking: a candidate that is not a UUID, an empty file, a file name
/// that is a path all come back as an ``IntakeEngine/IngestInputError`` with a stable code,
/// answered 400 as they are. A document that fails in a stage (a damaged PDF) is not an
/// error of the request: it is an outcome, answered 422 with the same JSON as any other.
struct DocumentUploads: Sendable {
    let ingestor: Ingestor

    func receive(_ request: Request, context: some RequestContext) async -> Response {
        let candidateID = context.parameters.get("uuid") ?? ""
        // The caller's id, or one of ours: it comes back in the outcome's `metadata` and in
        // the engine's log lines for this document.
        let requestID = request.headers[.init("X-Request-ID")!] ?? UUID().uuidString.lowercased()

        // The whole body in memory, up to the engine's own limit plus room for the form.
        let limit = ingestor.configuration.maximumInputBytes + UploadForm.overheadBytes
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: limit)
        } catch is NIOTooManyBytesError {
            return JSONAnswer.problem(.contentTooLarge, code: "input_too_large", "the body is larger than \(limit) bytes")
        } catch {
            return JSONAnswer.problem(.badRequest, code: "body_failed", "the body could not be read: \(error)")
        }
        let file: UploadForm.File
        do {
            file = try UploadForm(contentType: request.headers[.contentType], body: body).file
        } catch {
            return JSONAnswer.problem(.badRequest, code: error.code, error.message)
        }

        do {
            let outcome = try await ingestor.ingest(IngestInput(
                bytes: file.bytes.readableBytesView, fileName: file.name, candidateID: candidateID,
                metadata: ["request_id": requestID]
            ))
            return JSONAnswer.response(Self.status(of: outcome), outcome)
        } catch let error as IngestInputError {
            if case .tooLarge = error {
                return JSONAnswer.problem(.contentTooLarge, code: error.code, error.description)
            }
            return JSONAnswer.problem(.badRequest, code: error.code, error.description)
        } catch let error as IngestorError {
            // Not started yet past its wait, stopping, or unable to start (Endorsed refused
            // the credentials): the same upload later will do.
            return JSONAnswer.problem(.serviceUnavailable, code: "engine_not_running", error.description)
        } catch {
            context.logger.error("upload failed", metadata: ["error": "\(error)", "request_id": "\(requestID)"])
            return JSONAnswer.problem(.internalServerError, code: "internal_error", "the upload could not be handled")
        }
    }

    /// 201 when this call delivered the document; 200 when nothing new was delivered
    /// (delivered before, a duplicate, skipped, a dry run); 422 when it failed in a stage.
    static func status(of outcome: IngestOutcome) -> HTTPResponse.Status {
        switch outcome.status {
        case .uploaded, .stored: .created
        case .unchanged, .duplicate, .skipped, .processed: .ok
        case .failed: .unprocessableContent
        }
    }
}
