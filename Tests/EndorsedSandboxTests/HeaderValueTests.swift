import Testing

@testable import EndorsedSandbox

@Suite("Header values with parameters")
struct HeaderValueTests {
    @Test("Content-Type with a quoted boundary")
    func contentType() {
        let value = HeaderValue(parsing: "Multipart/Form-Data; charset=utf-8; boundary=\"a;b c\"")
        #expect(value.value == "multipart/form-data")
        #expect(value.parameters == ["charset": "utf-8", "boundary": "a;b c"])
    }

    @Test("filename* wins over filename and is percent-decoded")
    func extendedFileName() {
        let value = HeaderValue(parsing: "form-data; name=file; filename=\"resume.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf")
        #expect(value.parameters["name"] == "file")
        #expect(value.parameters["filename"] == "résumé.pdf")
    }
}
