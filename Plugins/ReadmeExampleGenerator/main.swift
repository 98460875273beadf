import Foundation

// `ReadmeExampleGenerator README.md OUTPUT.swift`: the tool of the `ReadmeExamples` build
// plugin. It writes the README's ```swift blocks into one Swift file by the rules in
// Plugins/ReadmeExamples/ReadmeExamples.swift; a README it cannot read that way is an
// error at its line, and the build stops.

struct GenerationError: Error, CustomStringConvertible {
    let line: Int
    let message: String
    var description: String { "line \(line): \(message)" }
}

/// One ```swift block of the README.
struct Block {
    /// The README line of the block's first code line (1-based).
    let firstLine: Int
    let lines: [String]
    let section: String
    /// The block's place among its section's Swift blocks, from 1, skipped ones counted.
    let indexInSection: Int
    let skipped: Bool
}

/// A run of top-level lines: a declaration, a statement, or an import.
struct Chunk {
    enum Kind { case importLine, declaration, statement }
    let kind: Kind
    let firstLine: Int
    var lines: [String]
}

let marker = "<!-- readme-example:"

func blocks(in readme: String) throws(GenerationError) -> [Block] {
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var found: [Block] = []
    var section = "readme"
    var indexInSection = 0
    var index = 0
    while index < lines.count {
        let line = lines[index]
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("```") {
            let indent = String(line.prefix(while: { $0 == " " }))
            let isSwift = trimmed == "```swift"
            let opening = index
            var body: [String] = []
            index += 1
            while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces) != "```" {
                body.append(lines[index].hasPrefix(indent) ? String(lines[index].dropFirst(indent.count)) : lines[index])
                index += 1
            }
            guard index < lines.count else { throw GenerationError(line: opening + 1, message: "a code block that is never closed") }
            if isSwift {
                indexInSection += 1
                var above = opening - 1
                while above >= 0, lines[above].trimmingCharacters(in: .whitespaces).isEmpty { above -= 1 }
                let directive = above >= 0 ? lines[above].trimmingCharacters(in: .whitespaces) : ""
                var skipped = false
                if directive.hasPrefix(marker) {
                    let words = directive.dropFirst(marker.count).split(separator: " ")
                    guard words.first == "skip" else {
                        throw GenerationError(line: above + 1, message: "unknown directive \(directive); the only one is `\(marker) skip (why) -->`")
                    }
                    guard words.count > 2, words.last == "-->" else {
                        throw GenerationError(line: above + 1, message: "a skip marker says why, and ends with -->: `\(marker) skip (why) -->`")
                    }
                    skipped = true
                }
                found.append(Block(firstLine: opening + 2, lines: body, section: section, indexInSection: indexInSection, skipped: skipped))
            }
        } else if trimmed.hasPrefix("#") {
            section = trimmed.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
            indexInSection = 0
        }
        index += 1
    }
    return found
}

/// The balance of `()`, `[]` and `{}` on a line, leaving out string literals and comments.
/// `inMultilineString` carries a `"""` literal over lines.
func balance(of line: String, inMultilineString: inout Bool) -> Int {
    var depth = 0
    let characters = Array(line)
    var i = 0
    var inString = false
    while i < characters.count {
        let c = characters[i]
        let startsTripleQuote = i + 2 < characters.count && c == "\"" && characters[i + 1] == "\"" && characters[i + 2] == "\""
        if inMultilineString {
            if startsTripleQuote { inMultilineString = false; i += 3; continue }
            if c == "\\" { i += 2; continue }
            i += 1
            continue
        }
        if inString {
            if c == "\\" { i += 2; continue }
            if c == "\"" { inString = false }
            i += 1
            continue
        }
        if startsTripleQuote { inMultilineString = true; i += 3; continue }
        if c == "\"" { inString = true; i += 1; continue }
        if c == "/", i + 1 < characters.count, characters[i + 1] == "/" { break }
        switch c {
        case "(", "[", "{": depth += 1
        case ")", "]", "}": depth -= 1
        default: break
        }
        i += 1
    }
    return depth
}

let declarationKeywords: Set<String> = ["struct", "enum", "class", "actor", "protocol", "extension", "func", "typealias"]
let modifiers: Set<String> = [
    "public", "package", "internal", "fileprivate", "private", "open", "final", "nonisolated", "indirect", "static", "mutating",
]

/// The first word of a top-level line after its attributes and modifiers, and the line
/// without a `@main` attribute.
func firstKeyword(of line: String) -> (keyword: String, withoutMain: String) {
    var rest = Substring(line)
    var withoutMain = line
    while rest.first == "@" {
        let name = rest.dropFirst().prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        var end = rest.index(rest.startIndex, offsetBy: 1 + name.count)
        if end < rest.endIndex, rest[end] == "(" {
            var depth = 0
            while end < rest.endIndex {
                if rest[end] == "(" { depth += 1 }
                if rest[end] == ")" { depth -= 1; if depth == 0 { end = rest.index(after: end); break } }
                end = rest.index(after: end)
            }
        }
        if name == "main" { withoutMain = withoutMain.replacingOccurrences(of: "@main", with: "") }
        rest = rest[end...].drop(while: { $0 == " " })
    }
    var words = rest.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    while let first = words.first, modifiers.contains(first) { words.removeFirst() }
    return (words.first ?? "", withoutMain)
}

func chunks(of block: Block) throws(GenerationError) -> [Chunk] {
    var result: [Chunk] = []
    var pending: [String] = []      // comment and attribute lines waiting for their chunk
    var pendingFirstLine = 0
    var index = 0
    var inMultilineString = false
    while index < block.lines.count {
        let line = block.lines[index]
        let readmeLine = block.firstLine + index
        if line.trimmingCharacters(in: .whitespaces).isEmpty {
            if !pending.isEmpty { pending.append(line) }
            index += 1
            continue
        }
        if line.first == " " {
            // A continuation of the chunk above, such as `    .run(…)` under a call.
            guard pending.isEmpty, !result.isEmpty, result[result.count - 1].kind != .importLine else {
                throw GenerationError(line: readmeLine, message: "an indented line with no top-level line above it")
            }
            result[result.count - 1].lines.append(line)
            guard balance(of: line, inMultilineString: &inMultilineString) == 0 else {
                throw GenerationError(line: readmeLine, message: "an indented line after a complete top-level line opens or closes brackets")
            }
            index += 1
            continue
        }
        if pending.isEmpty { pendingFirstLine = readmeLine }
        let (keyword, withoutMain) = firstKeyword(of: line)
        if line.hasPrefix("//") || (line.hasPrefix("@") && keyword.isEmpty) {
            pending.append(withoutMain)
            index += 1
            continue
        }
        if line.hasPrefix("import ") {
            guard pending.isEmpty else { throw GenerationError(line: readmeLine, message: "a comment or attribute before an import") }
            result.append(Chunk(kind: .importLine, firstLine: readmeLine, lines: [line]))
            index += 1
            continue
        }
        var chunk = Chunk(kind: declarationKeywords.contains(keyword) ? .declaration : .statement, firstLine: pendingFirstLine, lines: pending + [withoutMain])
        pending = []
        var depth = balance(of: line, inMultilineString: &inMultilineString)
        index += 1
        while depth > 0 || inMultilineString, index < block.lines.count {
            chunk.lines.append(block.lines[index])
            depth += balance(of: block.lines[index], inMultilineString: &inMultilineString)
            index += 1
        }
        guard depth == 0, !inMultilineString else {
            throw GenerationError(line: chunk.firstLine, message: "brackets that do not balance by the end of the block")
        }
        result.append(chunk)
    }
    if !pending.isEmpty {
        result.append(Chunk(kind: .statement, firstLine: pendingFirstLine, lines: pending))
    }
    return result
}

/// The name a top-level `let` or `var` statement binds, if it binds one plain name.
func boundName(_ chunk: Chunk) -> String? {
    guard let first = chunk.lines.first(where: { !$0.hasPrefix("//") && !$0.hasPrefix("@") }) else { return nil }
    for introducer in ["let ", "var "] where first.hasPrefix(introducer) {
        let name = first.dropFirst(introducer.count).prefix(while: { $0.isLetter || $0.isNumber || $0 == "_" })
        if !name.isEmpty, name != "_" { return String(name) }
    }
    return nil
}

func functionName(section: String, index: Int) -> String {
    let words = section.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    var name = words.enumerated().map { offset, word in
        offset == 0 ? word.lowercased() : word.prefix(1).uppercased() + word.dropFirst().lowercased()
    }.joined()
    if name.first?.isNumber ?? true { name = "readme" + name }
    return name + String(index)
}

func swiftStringLiteral(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
}

func generate(readme: String, readmePath: String) throws(GenerationError) -> String {
    let file = swiftStringLiteral(readmePath)
    var imports: [String] = []
    var importChunks: [Chunk] = []
    var declarations: [String] = []
    var functions: [String] = []
    var names: Set<String> = []
    var catalogue: [String] = []
    for block in try blocks(in: readme) {
        let name = functionName(section: block.section, index: block.indexInSection)
        guard !block.skipped else {
            catalogue.append("        (line: \(block.firstLine - 1), section: \(swiftStringLiteral(block.section)), function: nil, skipped: true),")
            continue
        }
        var statements: [String] = []
        var bound: [String] = []
        for chunk in try chunks(of: block) {
            let located = ["#sourceLocation(file: \(file), line: \(chunk.firstLine))"] + chunk.lines + ["#sourceLocation()"]
            switch chunk.kind {
            case .importLine:
                if !imports.contains(chunk.lines[0]) {
                    imports.append(chunk.lines[0])
                    importChunks.append(chunk)
                }
            case .declaration:
                declarations.append(located.joined(separator: "\n"))
            case .statement:
                statements.append(located.joined(separator: "\n"))
                if let binding = boundName(chunk) { bound.append(binding) }
            }
        }
        var function: String? = nil
        if !statements.isEmpty {
            guard names.insert(name).inserted else {
                throw GenerationError(line: block.firstLine, message: "two sections named \"\(block.section)\" make the same function name \(name)")
            }
            let bindings = bound.isEmpty ? "[:]" : "[" + bound.map { "\(swiftStringLiteral($0)): \($0)" }.joined(separator: ", ") + "]"
            functions.append(
                """
                extension ReadmeContext {
                    /// The statements of the README's Swift block at line \(block.firstLine - 1), under "\(block.section)".
                    func \(name)() async throws -> ReadmeBindings {
                \(statements.joined(separator: "\n"))
                        return \(bindings)
                    }
                }
                """
            )
            function = swiftStringLiteral(name)
        }
        catalogue.append("        (line: \(block.firstLine - 1), section: \(swiftStringLiteral(block.section)), function: \(function ?? "nil"), skipped: false),")
    }
    let importLines = importChunks.map { "#sourceLocation(file: \(file), line: \($0.firstLine))\n\($0.lines[0])\n#sourceLocation()" }
    return """
        // Generated by the ReadmeExamples plugin from README.md at build time. Do not edit:
        // edit README.md, whose Swift blocks this file is.
        \(importLines.joined(separator: "\n"))

        /// What a block's top-level `let` and `var` names hold when its statements have run.
        typealias ReadmeBindings = [String: Any]

        /// Every Swift block of the README: its opening line, its section, the function its
        /// statements became (`nil` when it has none), and whether it is skipped.
        enum ReadmeBlocks {
            static let all: [(line: Int, section: String, function: String?, skipped: Bool)] = [
        \(catalogue.joined(separator: "\n"))
            ]
        }

        \(declarations.joined(separator: "\n\n"))

        \(functions.joined(separator: "\n\n"))

        """
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ReadmeExampleGenerator README.md OUTPUT.swift\n".utf8))
    exit(64)
}
let readmePath = arguments[1]
let outputPath = arguments[2]
do {
    let readme = try String(contentsOfFile: readmePath, encoding: .utf8)
    let source = try generate(readme: readme, readmePath: readmePath)
    if (try? String(contentsOfFile: outputPath, encoding: .utf8)) != source {
        try source.write(toFile: outputPath, atomically: true, encoding: .utf8)
    }
} catch let error as GenerationError {
    FileHandle.standardError.write(Data("\(readmePath):\(error.line): error: \(error.message)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("\(readmePath): error: \(error)\n".utf8))
    exit(1)
}
