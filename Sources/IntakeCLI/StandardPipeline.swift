import Intake
import IntakeMagic
import IntakeOffice
import IntakePoppler

/// The pipeline `intake` runs: every stage that ships, and a sink when one is given.
public enum StandardPipeline {
    /// (unchanged since an earlier run? →) (candidate rules →) sniff → extract (PDF, DOCX
    /// and ODT, then RTF and the text formats) → classify → dedupe → upload to `sink`;
    /// without a sink the documents end `processed` (a dry run). `recordsHistory` without
    /// a `history` (a forced run with a ledger) still notes each file's time for the next run.
    public static func make(
        sink: (any AttachmentSink)?, minimumConfidence: Double = Classify.defaultMinimumConfidence, candidates: CandidateMap = .folderRuleOnly,
        history: (any RunHistory)? = nil, recordsHistory: Bool = false,
        duplicates: any DuplicateRegistry = InMemoryDuplicateRegistry()
    ) -> Pipeline {
        Pipeline {
            if history != nil || recordsHistory {
                SkipUnchanged(history: history)
            }
            if !candidates.isEmpty {
                AssignCandidate(candidates)
            }
            SniffMIME()
            extractText()
            Classify(minimumConfidence: minimumConfidence)
            Deduplicate(registry: duplicates)
            if let sink {
                Upload(to: sink)
            }
        }
    }

    /// The extract stage with every extractor that ships: PDF, DOCX and ODT, then RTF and
    /// the text formats.
    public static func extractText() -> ExtractText {
        ExtractText(PDFTextExtractor(), OfficeTextExtractor())
    }

    /// sniff → extract → classify, delivering nothing: what `intake eval` measures.
    public static func classifying(minimumConfidence: Double = Classify.defaultMinimumConfidence) -> Pipeline {
        Pipeline {
            SniffMIME()
            extractText()
            Classify(minimumConfidence: minimumConfidence)
        }
    }
}
