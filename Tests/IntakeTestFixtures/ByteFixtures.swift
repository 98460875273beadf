import Foundation

/// Bytes that start like a real PNG: signature and an IHDR chunk for a 1×1 image.
public let pngHeader = Data([
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
    0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00,
    0x1F, 0x15, 0xC4, 0x89,
])

/// A few hundred bytes of HTTP response headers, as a careless download saves in front of
/// the body. Long enough that libmagic no longer sees the PDF behind them.
public let httpHeaders = Data((
    "HTTP/1.1 200 OK\r\n"
    + "Date: Mon, 04 Mar 2024 09:12:44 GMT\r\n"
    + "Server: Apache/2.4.57 (Debian)\r\n"
    + "Content-Type: application/pdf\r\n"
    + "Content-Disposition: attachment; filename=\"resume.pdf\"\r\n"
    + "Cache-Control: private, max-age=0, must-revalidate\r\n"
    + "X-Request-Id: 7b6c1f0e-5d1a-4a8e-9d52-0c7d2b8e4f13\r\n"
    + "Set-Cookie: session=0123456789abcdef0123456789abcdef; Path=/; HttpOnly\r\n"
    + "\r\n"
).utf8)
