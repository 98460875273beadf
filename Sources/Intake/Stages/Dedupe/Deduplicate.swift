/// The dedupe stage: hashes each document's bytes and text, derives its ``RemoteID``, and
/// ends a repeated document as a duplicate that names the first.
///
/// "First" is the first to reach this stage: files run concurrently, so of two identical
/// files the one that finishes extraction first is kept. Either way exactly one of them
/// goes on, and the other's report line names it. Two consequences to know:
/// - byte-identical copies share a remote id (it is derived from the bytes), so whichever
///   is kept, the sink receives the same attachment; for `same_text` copies, whose bytes
///   and so remote ids differ, a later run may keep the other one;
/// - the claim is made before delivery: if the kept file then fails (a sink error), the
///   duplicate still names it. Its report line says so, and re-running delivers the content.
///
/// Duplicates are per candidate (see ``DuplicateRegistry``). Byte-identical files match
/// as `same_bytes`; different files with the same normalised text (a re-exported PDF) as
/// `same_text`. A text cut short by a page budget (``Document/textIsComplete`` false: a
/// long document read for its first pages only) gets no text hash and makes no
/// `same_text` claim, since the pages not read may differ. Nor does a text recognised by
/// OCR (``Document/recognition``): a scan and its text-PDF twin, or two scans of one page,
/// are matched only when their bytes are identical.
public struct Deduplicate: Stage {
    public let name = "dedupe"
    private let registry: any DuplicateRegistry

    /// Creates the stage. The default registry remembers the documents of one run; give
    /// the same registry to several pipelines to deduplicate across them.
    public init(registry: any DuplicateRegistry = InMemoryDuplicateRegistry()) {
        self.registry = registry
    }

    public func process(_ document: inout Document, context: StageContext) async throws -> StageResult {
        let contentSHA256 = try await ContentHasher.sha256(of: document.file, context: context)
        document.contentSHA256 = contentSHA256
        if document.recognition != nil {
            // OCR reads the same page a little differently each time, and two noisy readings
            // of different scans could normalise alike: a recognised text makes no claim.
            document.note("no text hash: the text was recognised by OCR; only identical bytes make it a duplicate")
        } else if let text = document.text, document.textIsComplete {
            // Normalising walks the whole text, so off the cooperative pool like the byte hash.
            document.textSHA256 = try await context.blocking.run { ContentHasher.normalisedTextSHA256(of: text) }
        } else if document.text != nil {
            // A text cut short says nothing of the pages not read: two versions of a long
            // resume that differ on the last page are two documents. Only the bytes count.
            let pages = document.pagesRead.flatMap { read in document.pageCount.map { " (\(read) of \($0) pages read)" } } ?? ""
            document.note("no text hash: the text is not the whole document's\(pages); only identical bytes make it a duplicate")
        }
        document.remoteID = RemoteID.derive(candidateID: document.candidateID, contentSHA256: contentSHA256)

        let claim = DuplicateClaim(candidateID: document.candidateID, contentSHA256: contentSHA256, textSHA256: document.textSHA256, path: document.file.displayPath,
            absolutePath: document.file.absolutePath)
        if let first = try await registry.claim(claim) {
            document.note("\(first.match == .sameBytes ? "same bytes" : "same text") as \(first.firstPath)")
            return .end(.duplicate(first))
        }
        document.note("sha256 \(contentSHA256.prefix(12))…, remote id \(document.remoteID!)")
        return .proceed
    }
}
