import Intake
import Logging

/// A logger that discards everything, for runners and contexts made in tests.
let quietLogger = Logger(label: "intake.tests", factory: { _ in SwiftLogNoOpLogHandler() })

/// The context stages get in tests: a quiet logger and the shared blocking pool.
let testContext = StageContext(logger: quietLogger)
