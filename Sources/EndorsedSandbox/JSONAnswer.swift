import Foundation
import Hummingbird

/// Makes JSON answers. Every body the sandbox sends on its API is JSON.
enum JSONAnswer {
    /// The encoder for every answer: ISO 8601 dates in whole seconds (what a plain
    /// `.iso8601` decoder reads), keys sorted so that answers are stable, slashes unescaped
    /// so that URLs read as URLs.
    static func makeEncoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A response with `body` encoded as JSON and `Content-Type: application/json`.
    static func response(status: HTTPResponse.Status, body: some Encodable, pretty: Bool = false) -> Response {
        let data: Data
        do {
            data = try makeEncoder(pretty: pretty).encode(body)
        } catch {
            // Our own answer types always encode; this is a last resort that keeps the shape.
            data = Data(#"{"is_error":true,"error":{"code":"INTERNAL_SERVER_ERROR","issues":[{"message":"The answer could not be encoded."}]}}"#.utf8)
            return Response(
                status: .internalServerError,
                headers: [.contentType: "application/json"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
            )
        }
        return Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    /// `{"is_error": false, "result": {"id": "<lowercase uuid>"}}`, the answer of a write
    /// or a delete.
    static func attachmentID(_ id: UUID, status: HTTPResponse.Status) -> Response {
        response(status: status, body: Success(result: IDResult(id: id.uuidString.lowercased())))
    }

    /// `{"is_error": false, "result": …}`.
    struct Success<Result: Encodable>: Encodable {
        var result: Result

        enum CodingKeys: String, CodingKey {
            case isError = "is_error"
            case result
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(false, forKey: .isError)
            try container.encode(result, forKey: .result)
        }
    }

    struct IDResult: Encodable {
        var id: String
    }
}
