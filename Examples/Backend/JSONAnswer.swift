import Foundation
import Hummingbird

/// The backend's answers: JSON with sorted keys, so that the same outcome reads the same.
enum JSONAnswer {
    /// `value` encoded, with `status`.
    static func response(_ status: HTTPResponse.Status, _ value: some Encodable) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else {
            return problem(.internalServerError, code: "internal_error", "the answer could not be encoded")
        }
        return Response(
            status: status, headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data + [UInt8(ascii: "\n")]))
        )
    }

    /// `{"code": …, "message": …}`: why the request was not taken.
    static func problem(_ status: HTTPResponse.Status, code: String, _ message: String) -> Response {
        response(status, ["code": code, "message": message])
    }
}
