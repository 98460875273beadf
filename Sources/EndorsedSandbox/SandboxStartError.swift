/// The server stopped before it listened, without saying why.
struct SandboxStartError: Error, CustomStringConvertible {
    var description: String { "The Endorsed sandbox stopped before it started listening." }
}
