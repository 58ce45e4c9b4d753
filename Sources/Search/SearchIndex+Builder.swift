import Formatting
import NP6

/// Building an index: one pass over the rows, writing each row's parts into the shared arrays.
extension SearchIndex {
    struct Builder {
        let timeZone: LocalTimeZone
        var text: [UInt8] = []
        var capitalBits: [UInt64] = []
        var rowStarts: [Int] = [0]
        var partStarts: [UInt32] = []
        var originals: [Int: OriginalText] = [:]
        var applicationSlots: [Int32] = []
        var applicationIDs: [String] = []
        var applicationPositions: [String: Int32] = [:]
        var created: [Double] = []
        var modified: [Double] = []
        /// The row being written, in its original case.
        private var scratch: [UInt8] = []
        private var bounds: [Int] = []
        /// Whether the part being written has a value yet (values are separated by 0x1F too).
        init(timeZone: LocalTimeZone, expectedRows: Int) {
            self.timeZone = timeZone
            rowStarts.reserveCapacity(expectedRows + 1)
            partStarts.reserveCapacity(expectedRows * (SearchIndex.partCount - 1))
            applicationSlots.reserveCapacity(expectedRows)
            created.reserveCapacity(expectedRows)
            modified.reserveCapacity(expectedRows)
            text.reserveCapacity(expectedRows * 256)
        }

        mutating func add(_ subscription: Subscription) {
            let fields = SubscriptionFields(subscription)
            scratch.removeAll(keepingCapacity: true)
            bounds.removeAll(keepingCapacity: true)

            beginPart()
            append(subscription.id)
            beginPart()
            append(fields.provider.type)
            beginPart()
            switch fields.provider {
            case .token(_, let token): append(token)
            case .http(let url): append(url)
            case .other(_, let members): for member in members { append(member.value.displayText) }
            }
            beginPart()
            let contact = fields.contact
            for value in [contact.id, contact.unicity, contact.hash, contact.value] { if let value { append(value) } }
            if case .other(_, let members) = contact {
                for member in members where !["id", "unicity", "hash"].contains(member.key) {
                    append(member.value.displayText)
                }
            }
            beginPart()
            let events = [fields.lifecycle.creation, fields.lifecycle.modification].compactMap { $0 }
            for event in events {
                if let user = event.user {
                    if let name = user.name { append(name) }
                    if let id = user.id { append(id) }
                } else {
                    append("system")
                }
            }
            beginPart()
            append(contact.type)
            if case .other(_, let members) = fields.provider { for member in members { append(member.key) } }
            for event in events {
                if let date = event.date { append(DateText.local(date, timeZone: timeZone)) }
                if let text = event.dateText { append(text) }
            }
            finishRow()

            if let application = fields.application {
                applicationSlots.append(slot(of: application))
            } else {
                applicationSlots.append(-1)
            }
            created.append(fields.lifecycle.creation?.date?.secondsSince1970 ?? .nan)
            modified.append(fields.lifecycle.modification?.date?.secondsSince1970 ?? .nan)
        }

        private mutating func beginPart() {
            if !bounds.isEmpty { scratch.append(SearchIndex.separator) }
            bounds.append(scratch.count)
            partHasValue = false
        }

        private var partHasValue = false

        private mutating func append(_ value: String) {
            if partHasValue { scratch.append(SearchIndex.separator) }
            scratch.append(contentsOf: value.utf8)
            partHasValue = true
        }

        private mutating func finishRow() {
            let row = rowStarts.count - 1
            let start = text.count
            if scratch.allSatisfy({ $0 < 0x80 }) {
                reserveBits(upTo: start + scratch.count)
                for (offset, byte) in scratch.enumerated() {
                    if byte >= 0x41 && byte <= 0x5A {
                        text.append(byte + 0x20)
                        let position = start + offset
                        capitalBits[position >> 6] |= 1 << UInt64(position & 63)
                    } else {
                        text.append(byte)
                    }
                }
                for bound in bounds.dropFirst() { partStarts.append(UInt32(bound)) }
            } else {
                // Lower-casing may change a part's length: lower each part on its own.
                var lowered: [UInt8] = []
                for (position, from) in bounds.enumerated() {
                    let to = position + 1 < bounds.count ? bounds[position + 1] - 1 : scratch.count
                    if position > 0 {
                        lowered.append(SearchIndex.separator)
                        partStarts.append(UInt32(lowered.count))
                    }
                    lowered.append(contentsOf: String(decoding: scratch[from..<to], as: UTF8.self).lowercased().utf8)
                }
                text.append(contentsOf: lowered)
                reserveBits(upTo: text.count)
                originals[row] = OriginalText(bytes: scratch, partBounds: bounds + [scratch.count + 1])
            }
            rowStarts.append(text.count)
        }

        private mutating func reserveBits(upTo end: Int) {
            let words = (end + 63) / 64
            if capitalBits.count < words {
                capitalBits.append(contentsOf: repeatElement(0, count: words - capitalBits.count))
            }
        }

        /// Room for `rows` rows and `bytes` bytes of text in all, before slices are appended.
        mutating func reserve(rows: Int, bytes: Int) {
            rowStarts.reserveCapacity(rows + 1)
            partStarts.reserveCapacity(rows * (SearchIndex.partCount - 1))
            applicationSlots.reserveCapacity(rows)
            created.reserveCapacity(rows)
            modified.reserveCapacity(rows)
            text.reserveCapacity(bytes)
            capitalBits.reserveCapacity((bytes + 63) / 64)
        }

        /// Appends the rows `next` built, as if they had been added here one by one: offsets move
        /// past this text, capital bits shift with them, applications keep first-seen order.
        mutating func append(_ next: Builder) {
            let firstRow = rowStarts.count - 1
            let offset = text.count
            text.append(contentsOf: next.text)
            reserveBits(upTo: text.count)
            let (wordOffset, shift) = (offset >> 6, UInt64(offset & 63))
            for (position, word) in next.capitalBits.enumerated() where word != 0 {
                capitalBits[wordOffset + position] |= word << shift
                // Bits that cross into the next word; past the last word they are all zero.
                if shift != 0, wordOffset + position + 1 < capitalBits.count {
                    capitalBits[wordOffset + position + 1] |= word >> (64 - shift)
                }
            }
            rowStarts.append(contentsOf: next.rowStarts.dropFirst().lazy.map { $0 + offset })
            partStarts.append(contentsOf: next.partStarts)
            for (row, original) in next.originals { originals[firstRow + row] = original }
            var slots: [Int32] = []
            for application in next.applicationIDs { slots.append(slot(of: application)) }
            applicationSlots.append(contentsOf: next.applicationSlots.lazy.map { $0 < 0 ? -1 : slots[Int($0)] })
            created.append(contentsOf: next.created)
            modified.append(contentsOf: next.modified)
        }

        /// The position of `application` in `applicationIDs`, added at the end when new.
        private mutating func slot(of application: String) -> Int32 {
            if let position = applicationPositions[application] { return position }
            let position = Int32(applicationIDs.count)
            applicationIDs.append(application)
            applicationPositions[application] = position
            return position
        }

        /// Appends row `row` of `index` as it is.
        mutating func copy(_ row: Int, of index: SearchIndex) {
            let newRow = rowStarts.count - 1
            let source = index.rowStarts[row]..<index.rowStarts[row + 1]
            let start = text.count
            text.append(contentsOf: index.text[source])
            reserveBits(upTo: text.count)
            for offset in source where index.isCapital(at: offset) {
                let position = start + offset - source.lowerBound
                capitalBits[position >> 6] |= 1 << UInt64(position & 63)
            }
            let base = row * (SearchIndex.partCount - 1)
            partStarts.append(contentsOf: index.partStarts[base..<(base + SearchIndex.partCount - 1)])
            if let original = index.originals[row] { originals[newRow] = original }
            applicationSlots.append(index.applicationSlots[row])
            created.append(index.created[row])
            modified.append(index.modified[row])
            rowStarts.append(text.count)
        }
    }
}
