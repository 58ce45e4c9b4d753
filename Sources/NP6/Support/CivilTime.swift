/// A date and time of day on the calendar, as the wall clock at some offset shows it.
public struct CivilTime: Sendable, Hashable {
    public var year, month, day, hour, minute, second: Int
    /// Milliseconds within the second.
    public var millisecond: Int
}
