extension ZoneRules {
    /// Reads a TZif file (RFC 8536), version 2 or later: the 64-bit block and the footer rule.
    /// nil for anything else, or a file that does not add up.
    public init?(tzif bytes: [UInt8]) {
        guard let first = TZifHeader(bytes, at: 0), first.version >= 2 else { return nil }
        // Skip the 32-bit block: the second header follows it.
        let secondStart = 44 + first.dataLength(timeSize: 4)
        guard let header = TZifHeader(bytes, at: secondStart) else { return nil }
        var position = secondStart + 44
        let end = position + header.dataLength(timeSize: 8)
        guard end < bytes.count, bytes[end] == 0x0A else { return nil }
        var transitions: [Int] = []
        for _ in 0..<header.transitionCount {
            transitions.append(Int(Int64(bitPattern: TZifHeader.integer(bytes, at: position, size: 8))))
            position += 8
        }
        let typeIndices = bytes[position..<position + header.transitionCount].map(Int.init)
        position += header.transitionCount
        var typeOffsets: [Int] = []
        var typeIsSummer: [Bool] = []
        for _ in 0..<header.typeCount {
            typeOffsets.append(Int(Int32(bitPattern: UInt32(TZifHeader.integer(bytes, at: position, size: 4)))))
            typeIsSummer.append(bytes[position + 4] != 0)
            position += 6
        }
        guard typeIndices.allSatisfy({ $0 < typeOffsets.count }), !typeOffsets.isEmpty else { return nil }
        let footerStart = end + 1
        guard let footerEnd = bytes[footerStart...].firstIndex(of: 0x0A) else { return nil }
        let footer = String(decoding: bytes[footerStart..<footerEnd], as: UTF8.self)
        // RFC 8536: before the first transition, the first standard-time type (else type 0).
        let initialType = typeIsSummer.firstIndex(of: false) ?? 0
        self.init(
            transitions: transitions, offsets: typeIndices.map { typeOffsets[$0] },
            initialOffset: typeOffsets[initialType], rule: footer.isEmpty ? nil : PosixZoneRule(footer))
    }
}
