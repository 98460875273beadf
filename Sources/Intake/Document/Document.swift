import Foundation

/// One file on its way through a ``Pipeline``.
///
/// A `Document` is a value: every stage receives it, reads what earlier stages found and
/// adds what it finds itself. Nothing in it is shared between files, so stages never need
/// locks to touch it.
///
/// ```swift
/// var document = Document(file: InputFile(url: URL(filePath: "samples/resume.pdf")))
/// document.mimeType = "application/pdf"
/// document[MyStageKey.self] = MyStageData(score: 3)
/// ```
public struct Document: Sendable {
    /// Where the file is and how it was found.
    public let file: InputFile

    /// Size of the file in bytes, as seen when the file was taken from its source.
    public var size: Int64 { file.size }

    /// MIME type found from the bytes (`SniffMIME` in `IntakeMagic` sets it).
    public var mimeType: String?

    /// How the MIME type was decided: libmagic's answer and any correction made to it.
    public var mimeEvidence: [String] = []

    /// The text of the document, once a text extractor has read it.
    public var text: String? {
        didSet { countedCharacters = nil }
    }

    /// The characters of ``text``, counted once where the text was read: counting walks
    /// every character of a text of up to a megabyte, and the trail and the report both
    /// say it.
    ///
    /// Counted on demand when no count is known. Set it only to the count of the current
    /// ``text`` (as a worker process that read the text reports it); setting ``text``
    /// forgets it.
    public var textCharacterCount: Int? {
        get { countedCharacters ?? text?.count }
        set { countedCharacters = newValue }
    }
    private var countedCharacters: Int?

    /// Number of pages, for paged formats such as PDF.
    public var pageCount: Int?

    /// How many pages, from the first, ``text`` holds when a page budget stopped the
    /// reading; `nil` when every page was read.
    public var pagesRead: Int?

    /// Whether ``text`` is the whole document's text. ``Deduplicate`` claims `same_text`
    /// only for a complete text: two versions of a long document that differ past the
    /// pages read are never the same.
    public var textIsComplete = true

    /// Whether the text can be read as words, as ``ExtractText`` judged it.
    public var textQuality: TextQuality?

    /// What OCR did, when the text was recognised from images (a scan) rather than read
    /// from a text layer. ``Deduplicate`` claims no `same_text` for a recognised text: OCR
    /// reads the same page a little differently each time, and two noisy readings must
    /// never make two documents one.
    public var recognition: TextRecognition?

    /// The attachment type chosen by ``Classify``, with its confidence and evidence.
    public var classification: Classification?

    /// SHA-256 of the file's bytes, lowercase hex.
    public var contentSHA256: String?

    /// SHA-256 of the normalised text, lowercase hex: equal for re-exported copies.
    public var textSHA256: String?

    /// The candidate the document belongs to, a lowercase UUID string.
    public var candidateID: String?

    /// Whether ``candidateID`` was handed over with the input (a backend's upload names
    /// its candidate) rather than found by a rule: ``AssignCandidate`` then leaves it as it is.
    public var candidateIsGiven = false

    /// The id of this document in the originating system, derived by ``RemoteID``.
    public var remoteID: String?

    /// What the sink answered when the document was delivered.
    public var receipt: SinkReceipt?

    /// The file's modification time before any stage read it (``SkipUnchanged`` sets it,
    /// first of the stages). A ``RunHistory`` keeps it with the outcome to recognise the
    /// file next time: the time when the outcome is recorded would make a file edited
    /// while in flight look unchanged.
    public var modifiedAtStart: FileTimestamp?

    /// What each stage did, in order, with how long it took.
    public var trail: [StageRecord] = []

    /// Data that custom stages attach through typed keys.
    var extensions = DocumentExtensions()

    /// Notes left with ``note(_:)`` by the stage now running; the pipeline moves them into
    /// the trail when the stage returns. Tests of one stage read them here.
    public internal(set) var pendingNotes: [String] = []

    /// Creates a document for a file; the candidate id is taken from the file's path
    /// (``CandidateID/forFile(_:)``) when its source applies the folder rule
    /// (``InputFile/candidateFromFolders``).
    public init(file: InputFile) {
        self.file = file
        self.candidateID = file.candidateFromFolders ? CandidateID.forFile(file) : nil
    }

    /// Leaves a note for a human reader in this stage's line of the trail: what was decided
    /// and why ("libmagic said application/octet-stream; %PDF- header at byte 0").
    public mutating func note(_ text: String) {
        pendingNotes.append(text)
    }

    /// Reads or writes the value a custom stage attached under `key`.
    ///
    /// ```swift
    /// enum LanguageKey: DocumentKey { typealias Value = String }
    /// document[LanguageKey.self] = "en"
    /// ```
    public subscript<Key: DocumentKey>(key: Key.Type) -> Key.Value? {
        get { extensions[key] }
        set { extensions[key] = newValue }
    }
}
