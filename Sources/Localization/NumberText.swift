/// Numbers as each language writes them: English groups thousands with a comma and writes a
/// decimal point; French groups them with a narrow no-break space (12 345) and writes a decimal
/// comma (2,5).
public enum NumberText {
    public static func grouped(_ number: Int, in language: Language = Localization.current) -> String {
        let separator: Character = language == .french ? "\u{202F}" : ","
        let digits = String(number.magnitude)
        var result = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { result.append(separator) }
            result.append(digit)
        }
        return number < 0 ? "-" + result : result
    }

    /// `value` with `fractionDigits` decimals (rounded half away from zero), grouped.
    public static func decimal(
        _ value: Double, fractionDigits: Int, in language: Language = Localization.current
    ) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
        let scale = (0..<max(0, fractionDigits)).reduce(1.0) { partial, _ in partial * 10 }
        let scaled = (value.magnitude * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return String(value) }
        let whole = Int(scaled / scale)
        let fraction = Int(scaled) - whole * Int(scale)
        var text = grouped(whole, in: language)
        if fractionDigits > 0 {
            let digits = String(fraction)
            text +=
                (language == .french ? "," : ".") + String(repeating: "0", count: fractionDigits - digits.count)
                + digits
        }
        return value < 0 && scaled > 0 ? "-" + text : text
    }
}
