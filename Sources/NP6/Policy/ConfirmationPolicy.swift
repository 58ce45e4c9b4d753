/// What must be typed to confirm a write: one rule for the browser's modals, the subcommands'
/// prompts and the batches. On a production profile the profile's name comes first
/// (`acme-prod/jeanne@example.com`, `acme-prod/12`): typing it is knowing where the write goes.
public struct ConfirmationPolicy: Sendable, Equatable {
    /// The production profile's name; nil on any other profile or without one.
    public let productionProfile: String?

    public init(profile: String?, production: Bool) {
        productionProfile = production ? profile : nil
    }

    /// A write that names nothing to type: `yes`, or on production the profile's name.
    public var plainAnswer: String { productionProfile ?? "yes" }

    /// A write confirmed by typing what it deletes (a unicity, a count): that word, or on
    /// production `profile/word`.
    public func answer(naming word: String) -> String {
        productionProfile.map { "\($0)/\(word)" } ?? word
    }
}
