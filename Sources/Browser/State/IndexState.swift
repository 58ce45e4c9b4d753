import Search

/// The search index of the rows on screen. A large answer is drawn before its index exists: the
/// index is built off the UI thread (`IndexJob`), and a filter or sort asked for meanwhile waits
/// for it, the rows shown staying as they are and saying so.
public enum IndexState: Sendable {
    case ready(SearchIndex)
    /// Being built by the `.buildIndex` effect of this generation.
    case building(generation: Int)

    public var index: SearchIndex? {
        if case .ready(let index) = self { return index }
        return nil
    }
}
