import Synchronization

/// A list that tasks on any thread append to.
final class EventLog<Element: Sendable>: Sendable {
    private let events = Mutex<[Element]>([])

    func append(_ event: Element) {
        events.withLock { $0.append(event) }
    }

    var all: [Element] { events.withLock { $0 } }
}
