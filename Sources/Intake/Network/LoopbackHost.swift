/// Which host names and addresses reach only this machine.
public enum LoopbackHost {
    /// `localhost`, `::1`, or an IPv4 literal in 127.0.0.0/8 (brackets around an IPv6
    /// literal allowed). A name such as `127.0.0.1.example.com` is not loopback, whatever
    /// it starts with, and neither is a wildcard such as `0.0.0.0`.
    public static func contains(_ host: String) -> Bool {
        var bare = host.lowercased()
        if bare.hasPrefix("["), bare.hasSuffix("]") { bare = String(bare.dropFirst().dropLast()) }
        if bare == "localhost" || bare == "::1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCII) && UInt8($0) != nil }) else { return false }
        return octets[0] == "127"
    }
}
