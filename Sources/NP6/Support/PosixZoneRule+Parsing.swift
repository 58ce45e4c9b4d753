extension PosixZoneRule {
    /// Reads `std offset [dst [offset] [,start[/time],end[/time]]]`; nil for anything else. A
    /// summer zone without its change days takes the US rule, as glibc does.
    public init?(_ text: String) {
        var scanner = Substring(text)
        guard Self.skipName(&scanner), let standard = Self.duration(&scanner) else { return nil }
        standardOffset = -standard
        guard !scanner.isEmpty else {
            summer = nil
            return
        }
        guard Self.skipName(&scanner) else { return nil }
        var summerOffset = standardOffset + 3600
        if let first = scanner.first, first != "," {
            guard let value = Self.duration(&scanner) else { return nil }
            summerOffset = -value
        }
        var start = Change(day: .weekday(month: 3, week: 2, weekday: 0), time: 7200)
        var end = Change(day: .weekday(month: 11, week: 1, weekday: 0), time: 7200)
        if !scanner.isEmpty {
            guard scanner.popFirst() == ",", let parsedStart = Self.change(&scanner), scanner.popFirst() == ",",
                let parsedEnd = Self.change(&scanner), scanner.isEmpty
            else { return nil }
            (start, end) = (parsedStart, parsedEnd)
        }
        summer = (summerOffset, start, end)
    }

    /// `CET`, or `<+03>` for a name that is not letters.
    static func skipName(_ scanner: inout Substring) -> Bool {
        if scanner.first == "<" {
            guard let close = scanner.firstIndex(of: ">") else { return false }
            scanner = scanner[scanner.index(after: close)...]
            return true
        }
        let letters = scanner.prefix { $0.isASCII && $0.isLetter }
        guard letters.count >= 3 else { return false }
        scanner = scanner.dropFirst(letters.count)
        return true
    }

    /// `[+|-]hh[:mm[:ss]]` in seconds.
    static func duration(_ scanner: inout Substring) -> Int? {
        var sign = 1
        if let first = scanner.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            scanner = scanner.dropFirst()
        }
        var total = 0
        for (index, scale) in [3600, 60, 1].enumerated() {
            if index > 0 {
                guard scanner.first == ":" else { break }
                scanner = scanner.dropFirst()
            }
            let digits = scanner.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3, let value = Int(digits) else { return nil }
            total += value * scale
            scanner = scanner.dropFirst(digits.count)
        }
        return sign * total
    }

    /// `Mm.w.d[/time]`, `Jn[/time]` or `n[/time]`.
    static func change(_ scanner: inout Substring) -> Change? {
        let field = scanner.prefix { $0 != "," && $0 != "/" }
        scanner = scanner.dropFirst(field.count)
        let day: Day
        if field.hasPrefix("M") {
            let parts = field.dropFirst().split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 3, let month = parts[0], let week = parts[1], let weekday = parts[2],
                (1...12).contains(month), (1...5).contains(week), (0...6).contains(weekday)
            else { return nil }
            day = .weekday(month: month, week: week, weekday: weekday)
        } else if field.hasPrefix("J") {
            guard let n = Int(field.dropFirst()), (1...365).contains(n) else { return nil }
            day = .julian(n)
        } else {
            guard let n = Int(field), (0...365).contains(n) else { return nil }
            day = .zeroBased(n)
        }
        var time = 7200
        if scanner.first == "/" {
            scanner = scanner.dropFirst()
            guard let value = duration(&scanner) else { return nil }
            time = value
        }
        return Change(day: day, time: time)
    }
}
