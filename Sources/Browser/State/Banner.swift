/// An error that stays on screen until the next successful request or Esc: an error must not
/// be missed because it vanished while the person looked away.
public struct Banner: Sendable, Equatable {
    public var title: String
    public var message: String
    /// What to do about it, shown after the message with a separator (`BannerText`).
    public var hint: String?
    /// A sticky banner stays through later successful requests, until Esc.
    public var sticky: Bool
    public init(title: String, message: String, hint: String? = nil, sticky: Bool = false) {
        self.title = title
        self.message = message
        self.hint = hint
        self.sticky = sticky
    }
}
