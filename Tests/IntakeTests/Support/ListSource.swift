import Intake

/// A source of a fixed list of entries, the simplest custom `AsyncSequence` a runner takes.
struct ListSource: AsyncSequence, Sendable {
    typealias Element = SourceEntry
    let entries: [SourceEntry]

    struct Iterator: AsyncIteratorProtocol {
        var remaining: ArraySlice<SourceEntry>
        mutating func next() async -> SourceEntry? { remaining.popFirst() }
    }

    func makeAsyncIterator() -> Iterator { Iterator(remaining: entries[...]) }
}
