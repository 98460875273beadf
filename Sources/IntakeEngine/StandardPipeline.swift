import Intake
import IntakeMagic
import IntakeOffice
import IntakeOCR
import IntakePoppler
import IntakeWorkers

/// The pipeline `intake` runs: every stage that ships, and a sink when one is given.
public enum StandardPipeline {
    /// (unchanged since an earlier run? →) (candidate rules →) sniff → extract (PDF, DOCX
    /// and ODT, then RTF and the text formats) → classify → dedupe → upload to `sink`;
    /// without a sink the documents end `processed` (a dry run). `recordsHistory` without
    /// a `history` (a forced run with a ledger) still notes each file's time for the next run.
    /// With `workers`, sniff and extract run in its worker processes
    /// (``parsingStages(_:)``, with `parsing`); without, in this process, unisolated.
    public static func make(
        sink: (any AttachmentSink)?, minimumConfidence: Double = Classify.defaultMinimumConfidence, candidates: CandidateMap = .folderRuleOnly,
        history: (any RunHistory)? = nil, recordsHistory: Bool = false,
        duplicates: any DuplicateRegistry = InMemoryDuplicateRegistry(),
        workers: ParserWorkerPool? = nil, parsing: ParsingSettings = .current
    ) -> Pipeline {
        Pipeline {
            if history != nil || recordsHistory {
                SkipUnchanged(history: history)
            }
            if !candidates.isEmpty {
                AssignCandidate(candidates)
            }
            if let workers {
                for stage in parsingStages(parsing) { stage.isolated(in: workers) }
            } else {
                // Unisolated: no OCR of a candidate's images in this process.
                for stage in parsingStages(parsing.withoutRecognition) { stage }
            }
            Classify(minimumConfidence: minimumConfidence)
            Deduplicate(registry: duplicates)
            if let sink {
                Upload(to: sink)
            }
        }
    }

    /// The stages that parse a candidate's bytes — libmagic, poppler, the office, RTF and
    /// text readers — in order: what a parser worker runs (`intake` in worker mode serves
    /// exactly these), and what the parent sends to it.
    ///
    /// By default with ``ParsingSettings/current``: in a parser worker, the settings its
    /// engine started it with; elsewhere the defaults.
    public static func parsingStages(_ settings: ParsingSettings = .current) -> [any Stage] {
        [SniffMIME(), extractText(settings)]
    }

    /// The extract stage with every extractor that ships: PDF (within the settings' page
    /// budget), DOCX and ODT, then RTF and the text formats; and Tesseract for scans and
    /// images when the settings say so.
    public static func extractText(_ settings: ParsingSettings = .current) -> ExtractText {
        ExtractText(
            PDFTextExtractor(maximumPages: settings.maximumPages), OfficeTextExtractor(),
            recognizer: settings.recognizesScans ? TesseractRecognizer() : nil)
    }

    /// sniff → extract → classify, delivering nothing: what `intake eval` measures.
    public static func classifying(minimumConfidence: Double = Classify.defaultMinimumConfidence, parsing: ParsingSettings = .current) -> Pipeline {
        Pipeline {
            SniffMIME()
            extractText(parsing)
            Classify(minimumConfidence: minimumConfidence)
        }
    }
}
