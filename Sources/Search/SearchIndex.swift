import Formatting
import NP6

/// Every row's searchable text, laid out once per answer so that a keystroke is a scan of one
/// contiguous byte array rather than of 100,000 strings.
///
/// A row's text is what its list row and detail panes show, in six parts separated by 0x1F (a
/// field qualifier looks only in its part): id, provider type, token (or url, or an unknown
/// provider's values), contact, users, and the rest (dates as shown and as sent, the contact's
/// type, an unknown provider's field names). The application is not in the text: its name and
/// UUID are matched once per query against the few applications there are (`applicationIDs`),
/// so names that arrive after the subscriptions need no rebuild.
///
/// The text is stored lower-cased. Smart case needs the original case too: for a row that is
/// all ASCII one bit a byte says which bytes were capitals; a row with other characters (whose
/// lower-casing may change its length) keeps its original text beside it.
///
/// Immutable, so it is shared with the filter running off the UI thread without copying.
public final class SearchIndex: Sendable {
    enum Part: Int, CaseIterable {
        case id, provider, token, contact, user, rest
    }

    static let partCount = Part.allCases.count
    static let separator: UInt8 = 0x1F

    public let count: Int
    /// The local offset the shown dates in the text were written with.
    public let timeZone: LocalTimeZone
    /// All rows' lower-cased texts, one after the other.
    let text: [UInt8]
    /// Bit i set: byte i of `text` was an upper-case ASCII letter.
    let capitalBits: [UInt64]
    /// Where each row's text starts in `text`, plus its end.
    let rowStarts: [Int]
    /// For each row, where its parts after the first start, relative to the row's start.
    let partStarts: [UInt32]
    /// The original text of rows that are not all ASCII.
    let originals: [Int: OriginalText]
    /// Each row's application as a position in `applicationIDs`, or -1.
    let applicationSlots: [Int32]
    public let applicationIDs: [String]
    /// Creation and modification instants (seconds since 1970), NaN when unknown.
    let created: [Double]
    let modified: [Double]

    struct OriginalText: Sendable, Equatable {
        var bytes: [UInt8]
        /// Where each part starts, then the end plus one (so every part ends one before the next bound).
        var partBounds: [Int]
    }

    public convenience init(_ subscriptions: [Subscription], timeZone: LocalTimeZone) {
        var builder = Builder(timeZone: timeZone, expectedRows: subscriptions.count)
        for subscription in subscriptions { builder.add(subscription) }
        self.init(builder)
    }

    /// The same index built in `parts` slices at once, one task each, then joined in order: the
    /// result is identical to the sequential one. Nil when the task is cancelled (a newer answer
    /// replaced these rows); each slice checks every `cancellationStride` rows.
    public static func build(_ subscriptions: [Subscription], timeZone: LocalTimeZone, parts: Int = 2) async
        -> SearchIndex?
    {
        let slices = slices(of: subscriptions.count, parts: parts)
        let built = await withTaskGroup(of: (Int, Builder?).self) { group in
            for (position, slice) in slices.enumerated() {
                group.addTask {
                    var builder = Builder(timeZone: timeZone, expectedRows: slice.count)
                    for row in slice {
                        if row % SearchFilter.cancellationStride == 0, Task.isCancelled { return (position, nil) }
                        builder.add(subscriptions[row])
                    }
                    return (position, builder)
                }
            }
            var parts = [Builder?](repeating: nil, count: slices.count)
            for await (position, builder) in group { parts[position] = builder }
            return parts
        }
        guard var whole = built.first ?? Builder(timeZone: timeZone, expectedRows: 0) else { return nil }
        whole.reserve(rows: subscriptions.count, bytes: built.reduce(0) { $0 + ($1?.text.count ?? 0) })
        for part in built.dropFirst() {
            guard let part else { return nil }
            whole.append(part)
        }
        return SearchIndex(whole)
    }

    /// `count` rows cut into at most `parts` consecutive ranges of nearly equal length.
    public static func slices(of count: Int, parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    private init(_ builder: Builder) {
        count = builder.rowStarts.count - 1
        timeZone = builder.timeZone
        text = builder.text
        capitalBits = builder.capitalBits
        rowStarts = builder.rowStarts
        partStarts = builder.partStarts
        originals = builder.originals
        applicationSlots = builder.applicationSlots
        applicationIDs = builder.applicationIDs
        created = builder.created
        modified = builder.modified
    }

    /// The same index without the rows at `removed` (after a delete): nothing is re-read.
    public func removing(rows removed: Set<Int>) -> SearchIndex {
        guard !removed.isEmpty else { return self }
        var builder = Builder(timeZone: timeZone, expectedRows: count)
        builder.applicationIDs = applicationIDs
        for (position, id) in applicationIDs.enumerated() { builder.applicationPositions[id] = Int32(position) }
        for row in 0..<count where !removed.contains(row) { builder.copy(row, of: self) }
        return SearchIndex(builder)
    }

    // MARK: Reading

    /// Where part `part` of `row` lies in `text` (nil: the whole row).
    func range(of part: Part?, row: Int) -> Range<Int> {
        rowStarts.withUnsafeBufferPointer { starts in
            partStarts.withUnsafeBufferPointer { parts in
                Self.range(of: part, row: row, rowStarts: starts, partStarts: parts)
            }
        }
    }

    /// The same over buffers already open, for loops that visit many rows.
    static func range(
        of part: Part?, row: Int, rowStarts: UnsafeBufferPointer<Int>, partStarts: UnsafeBufferPointer<UInt32>
    ) -> Range<Int> {
        let start = rowStarts[row]
        let end = rowStarts[row + 1]
        guard let part else { return start..<end }
        let base = row * (partCount - 1)
        let from = part.rawValue == 0 ? start : start + Int(partStarts[base + part.rawValue - 1])
        let to = part.rawValue == partCount - 1 ? end : start + Int(partStarts[base + part.rawValue]) - 1
        return from..<to
    }

    /// Row `row`'s searchable text as stored (lower-cased), its parts separated by tabs.
    public func rowText(_ row: Int) -> String {
        String(
            decoding: text[rowStarts[row]..<rowStarts[row + 1]].map { $0 == Self.separator ? 0x09 : $0 }, as: UTF8.self)
    }

    func isCapital(at offset: Int) -> Bool {
        capitalBits[offset >> 6] & (1 << UInt64(offset & 63)) != 0
    }

    /// A part of a row in its original case (for case-sensitive fuzzy terms).
    func originalBytes(of part: Part?, row: Int) -> [UInt8] {
        if let original = originals[row] {
            guard let part else { return original.bytes }
            return Array(
                original.bytes[original.partBounds[part.rawValue]..<(original.partBounds[part.rawValue + 1] - 1)])
        }
        let range = range(of: part, row: row)
        return range.map { offset in isCapital(at: offset) ? text[offset] - 0x20 : text[offset] }
    }

    func application(of row: Int) -> Int? {
        let slot = applicationSlots[row]
        return slot < 0 ? nil : Int(slot)
    }

    func date(_ field: SearchQuery.Field?, row: Int) -> Double? {
        let value: Double
        switch field {
        case .created?: value = created[row]
        case .modified?: value = modified[row]
        default: return nil
        }
        return value.isNaN ? nil : value
    }

    static func part(for field: SearchQuery.Field?) -> Part? {
        switch field {
        case nil, .app?, .created?, .modified?: return nil
        case .id?: return .id
        case .provider?: return .provider
        case .token?: return .token
        case .contact?: return .contact
        case .user?: return .user
        }
    }
}

/// Two indexes are equal when every stored array is: what the parallel build is held to.
extension SearchIndex: Equatable {
    public static func == (lhs: SearchIndex, rhs: SearchIndex) -> Bool {
        lhs.count == rhs.count && lhs.timeZone == rhs.timeZone && lhs.text == rhs.text
            && lhs.capitalBits == rhs.capitalBits && lhs.rowStarts == rhs.rowStarts
            && lhs.partStarts == rhs.partStarts && lhs.originals == rhs.originals
            && lhs.applicationSlots == rhs.applicationSlots && lhs.applicationIDs == rhs.applicationIDs
            && lhs.created.elementsEqual(rhs.created, by: Self.sameInstant)
            && lhs.modified.elementsEqual(rhs.modified, by: Self.sameInstant)
    }

    /// NaN (no date) equals NaN here.
    private static func sameInstant(_ lhs: Double, _ rhs: Double) -> Bool {
        lhs == rhs || (lhs.isNaN && rhs.isNaN)
    }
}
