/// The rows of the ledger's files table from one path on, as one read found them: it
/// answers for every path from the first up to the last row read, or to the end of the
/// table when the read found fewer rows than it asked for. A path in that range with no
/// row has none in the table.
///
/// Paths are compared as UTF-8 bytes, as SQLite orders and matches text: two spellings of
/// a name that Swift's `String` takes as equal (composed and decomposed accents) are two
/// files on disk, and two rows.
struct StoredFileWindow: Sendable {
    /// What the window knows of one path.
    enum Answer: Sendable {
        case row(LedgerHistory.StoredFile)
        case noRow
    }

    /// The path the read started from.
    let first: [UInt8]
    /// The last path read; `nil` when the read reached the end of the table.
    let last: [UInt8]?
    let rows: [[UInt8]: LedgerHistory.StoredFile]
    /// ``Ledger/outcomeWrites`` when the read began: the window holds while it is unchanged.
    let writes: UInt64

    /// A window from the rows a read found from `first` on, in the table's order.
    init(from first: [UInt8], rows: [([UInt8], LedgerHistory.StoredFile)], isLastOfTable: Bool, writes: UInt64) {
        self.first = first
        last = isLastOfTable ? nil : rows.last?.0
        self.rows = Dictionary(rows, uniquingKeysWith: { first, _ in first })
        self.writes = writes
    }

    /// What the window knows of `key` while the ledger has recorded nothing since the read
    /// (`writes` unchanged); `nil` when the key is outside it or it no longer holds.
    func answer(for key: [UInt8], writes: UInt64) -> Answer? {
        guard writes == self.writes, !key.lexicographicallyPrecedes(first) else { return nil }
        if let last, last.lexicographicallyPrecedes(key) { return nil }
        return rows[key].map(Answer.row) ?? .noRow
    }
}

extension StoredFileWindow.Answer {
    /// The row, if the table has one.
    var storedFile: LedgerHistory.StoredFile? {
        if case .row(let stored) = self { return stored }
        return nil
    }
}
