/// What a source hands the runner: a file to process, or a path it already decided about.
public enum SourceEntry: Sendable {
    /// A regular file for the pipeline.
    case file(InputFile)
    /// A path the source passed over on purpose (a symbolic link, a FIFO); it still gets
    /// its line in the report.
    case skipped(InputFile, SkipReason)
    /// A path the source could not read (a missing path, a folder it may not list).
    case failed(InputFile, FileFailure)

    /// The path this entry is about.
    public var file: InputFile {
        switch self {
        case .file(let file), .skipped(let file, _), .failed(let file, _): file
        }
    }
}
