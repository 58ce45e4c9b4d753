/// Where a subscription's `id` and `contact` values lie in its bytes, as offsets from the start
/// of its slice, and where the first copy of its contact is in the answer: 20 bytes a row
/// instead of a read of every row's bytes after the validating pass, when they have left the
/// cache (a third of Enter-to-rows at 100,000 rows, docs/performance.md).
struct SubscriptionLandmarks: Sendable {
    /// A member's place, or what is known of it when it has none.
    enum Place: Equatable {
        case at(Range<Int>)
        case absent
        /// Past what 32 bits hold (a subscription of 4 GiB): look it up in the bytes.
        case unknown
    }

    private let idStart: UInt32
    private let idEnd: UInt32
    private let contactStart: UInt32
    private let contactEnd: UInt32
    /// From the slice's start to the first row of the same answer whose `contact` value has the
    /// same bytes (this row's own when none came before): rows of one contact share it.
    private let contactTwin: Int32
    private static let absent = UInt32.max
    private static let unknown = UInt32.max - 1
    /// The twin is farther than 32 bits reach: the contact is compared by its bytes.
    private static let noTwin = Int32.min

    /// From ranges in the slice's own indices; `twin`, where the same contact bytes first came.
    init(id: Range<Int>, contact: Range<Int>?, twin: Int? = nil, in bytes: ArraySlice<UInt8>) {
        (idStart, idEnd) = Self.offsets(id, from: bytes.startIndex)
        (contactStart, contactEnd) = contact.map { Self.offsets($0, from: bytes.startIndex) } ?? (Self.absent, 0)
        contactTwin = Int32(exactly: (twin ?? contact?.lowerBound ?? 0) - bytes.startIndex) ?? Self.noTwin
    }

    func id(from base: Int) -> Place { Self.place(idStart, idEnd, from: base) }
    func contact(from base: Int) -> Place { Self.place(contactStart, contactEnd, from: base) }

    /// The address of the first copy of the contact, given the slice's: equal for two rows of
    /// one answer means equal contacts without reading them (unequal says nothing).
    func contactIdentity(sliceAddress: Int) -> Int? {
        contactStart >= Self.unknown || contactTwin == Self.noTwin ? nil : sliceAddress + Int(contactTwin)
    }

    private static func offsets(_ range: Range<Int>, from base: Int) -> (UInt32, UInt32) {
        guard let start = UInt32(exactly: range.lowerBound - base), let end = UInt32(exactly: range.upperBound - base),
            end < unknown
        else { return (unknown, 0) }
        return (start, end)
    }

    private static func place(_ start: UInt32, _ end: UInt32, from base: Int) -> Place {
        switch start {
        case absent: .absent
        case unknown: .unknown
        default: .at((base + Int(start))..<(base + Int(end)))
        }
    }
}
