extension Duration {
    /// The duration in nanoseconds, as a floating-point number.
    public var totalNanoseconds: Double {
        let parts = components
        return Double(parts.seconds) * 1e9 + Double(parts.attoseconds) / 1e9
    }

    public var seconds: Double { totalNanoseconds / 1e9 }
}
