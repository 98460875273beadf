import Crypto
import Foundation
import Intake

/// What an earlier outcome depends on: the run's configuration (the sink and its target,
/// the options that change decisions) and the version of each stage.
///
/// A file's fingerprint covers the configuration and the stages it went through, so a
/// new version of one stage sends through again the files that stage handled, and only
/// those; a new sink or option sends every file through again.
public struct PipelineFingerprint: Sendable, Hashable {
    /// The configuration, as a stable text (`sink=endorsed https://…; min-confidence=0`).
    public let configuration: String
    /// The version of each stage, by name.
    public let stageVersions: [String: Int]

    /// - Parameters:
    ///   - configuration: everything besides the stages that changes what a run does.
    ///   - pipeline: the stages, whose names and versions count.
    public init(configuration: String, pipeline: Pipeline) {
        self.configuration = configuration
        var versions: [String: Int] = [:]
        for stage in pipeline.stages { versions[stage.name] = stage.version }
        self.stageVersions = versions
    }

    /// The fingerprint of a file that went through `stages` (names, in order).
    public func fingerprint(stages: [String]) -> String {
        var text = "intake/fingerprint/v1\n" + configuration + "\n"
        for stage in stages {
            text += "\(stage)@\(stageVersions[stage].map(String.init) ?? "absent")\n"
        }
        return SHA256.hash(data: Data(text.utf8)).prefix(16).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
