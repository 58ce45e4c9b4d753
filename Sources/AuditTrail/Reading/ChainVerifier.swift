/// `audit verify`: reads each machine's chain in a collected file. Every event carries its
/// sequence number, the previous event's hash and its own: a gap is a missing event, a hash that
/// does not match is an edit. What a chain cannot show (the newest events removed) is in
/// docs/audit.md.
public enum ChainVerifier {
    public static func verify(_ trail: CollectedTrail) -> [ChainReport] {
        var order: [String] = []
        var byChain: [String: [CollectedTrail.Line]] = [:]
        for line in trail.lines {
            if byChain[line.event.chain] == nil { order.append(line.event.chain) }
            byChain[line.event.chain, default: []].append(line)
        }
        return order.map { verify(chain: $0, lines: byChain[$0] ?? []) }
    }

    static func verify(chain: String, lines: [CollectedTrail.Line]) -> ChainReport {
        var report = ChainReport(
            chain: chain, machines: [], operators: [], events: 0, lastSequence: 0, missing: [], edited: [],
            duplicates: 0, editedLines: [])
        var bySequence: [Int: CollectedTrail.Line] = [:]
        var edited = Set<Int>()
        var editedLines = Set<Int>()
        for line in lines {
            let event = line.event
            guard let sequence = event.sequence, sequence > 0 else {
                editedLines.insert(line.number)
                continue
            }
            if let machine = event.value("machine"), !report.machines.contains(machine) {
                report.machines.append(machine)
            }
            if let name = event.value("operator"), !report.operators.contains(name) { report.operators.append(name) }
            if let seen = bySequence[sequence] {
                if seen.event == event {
                    report.duplicates += 1
                } else {
                    // Two events claim one number: at most one of them is what was sent.
                    edited.insert(sequence)
                    editedLines.formUnion([seen.number, line.number])
                }
                continue
            }
            bySequence[sequence] = line
            if !event.isIntact {
                edited.insert(sequence)
                editedLines.insert(line.number)
            }
        }
        report.events = bySequence.count
        report.lastSequence = bySequence.keys.max() ?? 0
        for (sequence, line) in bySequence {
            let expected = sequence == 1 ? AuditEvent.genesis : bySequence[sequence - 1]?.event.recordedHash
            // The event before was replaced by one hashed anew: its successor still names the original.
            if let expected, line.event.previous != expected, !edited.contains(sequence) {
                let culprit = sequence == 1 ? 1 : sequence - 1
                edited.insert(culprit)
                if let culpritLine = bySequence[culprit] { editedLines.insert(culpritLine.number) }
            }
        }
        var gapStart: Int?
        for sequence in 1...max(report.lastSequence, 1) {
            if bySequence[sequence] == nil {
                if gapStart == nil { gapStart = sequence }
            } else if let start = gapStart {
                report.missing.append(start...(sequence - 1))
                gapStart = nil
            }
        }
        report.edited = edited.sorted()
        report.editedLines = editedLines.sorted()
        return report
    }
}
