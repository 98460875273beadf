import Intake
import IntakeMagic
import IntakePoppler

/// The pipeline `intake` runs: every stage that ships, and a sink when one is given.
public enum StandardPipeline {
    /// (candidate rules →) sniff → extract (PDF, then the text formats) → classify → dedupe
    /// → upload to `sink`; without a sink the documents end `processed` (a dry run).
    public static func make(sink: (any AttachmentSink)?, minimumConfidence: Double = 0, candidates: CandidateMap = .folderRuleOnly) -> Pipeline {
        Pipeline {
            if !candidates.isEmpty {
                AssignCandidate(candidates)
            }
            SniffMIME()
            ExtractText(PDFTextExtractor())
            Classify(minimumConfidence: minimumConfidence)
            Deduplicate()
            if let sink {
                Upload(to: sink)
            }
        }
    }
}
