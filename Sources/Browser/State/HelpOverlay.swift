/// The `?` overlay: how far it is scrolled, and its `/` filter over its lines.
public struct HelpOverlay: Sendable, Equatable {
    public internal(set) var scroll = 0
    public internal(set) var filterField = TextField()
    public internal(set) var filterEditing = false

    public var filter: String { filterField.text }

    init(scroll: Int = 0) { self.scroll = scroll }
}
