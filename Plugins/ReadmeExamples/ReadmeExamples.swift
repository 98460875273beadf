import Foundation
import PackagePlugin

/// Compiles the package README's Swift code blocks into the target it is applied to, so
/// that a README edit that breaks a block breaks the build, and the target's tests can run
/// what the blocks do.
///
/// The work is done by the `ReadmeExampleGenerator` tool at build time; README.md is the
/// command's input, so editing it regenerates and recompiles the file. The rules, in full:
///
/// - **Which blocks.** Every fenced block opened by a line that is exactly ```` ```swift ````.
///   A block whose nearest non-blank line above is `<!-- readme-example: skip … -->` is
///   left out (the marker must say why after `skip`); it is for fragments that are not Swift on their own,
///   such as lines of a `Package.swift`. Any other `<!-- readme-example: … -->` is an error.
/// - **Top level.** A block's lines are read in chunks, each beginning at a line that starts
///   in the block's first column and running until its `()`, `[]` and `{}` balance again
///   (strings and `//` comments aside). `//` comment and attribute lines (`@…`) at the top
///   level belong to the chunk after them.
/// - **Imports** (`import M`) of every block go, once each, at the top of the one generated
///   file.
/// - **Declarations** — chunks that begin, after attributes and modifiers, with `struct`,
///   `enum`, `class`, `actor`, `protocol`, `extension`, `func` or `typealias` — are emitted at
///   file scope, as written, except that a `@main` attribute is dropped (the test bundle
///   has its own entry point; such a type is compiled, not started). A `@Test` function is
///   a test of the target like any other.
/// - **Statements** — every other chunk — of one block become, in order, the body of
///   `func <section><n>() async throws -> ReadmeBindings` in `extension ReadmeContext`,
///   where `<section>` is the README heading above the block in lower camel case and
///   `<n>` the block's place among the section's Swift blocks, skipped ones counted
///   (`writingAStage1`). Names a block uses without declaring them (`logger`, `outbox`)
///   are therefore members of `ReadmeContext`, a type the tests define with real values.
///   The function returns the values of the block's top-level `let`/`var` names, by name,
///   so a test can look at what the block built. A block without statements makes no
///   function.
/// - Every chunk is preceded by a `#sourceLocation` of its README line, so a compile error
///   or a failed `#expect` in a block points into README.md.
@main
struct ReadmeExamples: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let readme = context.package.directoryURL.appending(path: "README.md")
        let output = context.pluginWorkDirectoryURL.appending(path: "ReadmeExamples.swift")
        let generator = try context.tool(named: "ReadmeExampleGenerator")
        return [
            .buildCommand(
                displayName: "Generating the README's Swift blocks for \(target.name)",
                executable: generator.url,
                arguments: [readme.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [readme],
                outputFiles: [output]
            )
        ]
    }
}
