extension Message {
    /// The status line's words for the keys, one per meaning: "switch" between buttons and
    /// "switch" to a profile are two words in French.
    public static let hintBack = Message(.hintBack)
    public static let hintCancel = Message(.hintCancel)
    public static let hintClearFilter = Message(.hintClearFilter)
    public static let hintClear = Message(.hintClear)
    public static let hintClose = Message(.hintClose)
    public static let hintConfirm = Message(.hintConfirm)
    public static let hintCopy = Message(.hintCopy)
    public static let hintCopyMenu = Message(.hintCopyMenu)
    public static let hintDeleteAll = Message(.hintDeleteAll)
    public static let hintDelete = Message(.hintDelete)
    public static let hintDetail = Message(.hintDetail)
    public static let hintDone = Message(.hintDone)
    public static let hintFetch = Message(.hintFetch)
    public static let hintFilter = Message(.hintFilter)
    public static let hintForward = Message(.hintForward)
    public static let hintFuzzy = Message(.hintFuzzy)
    public static let hintHelp = Message(.hintHelp)
    public static let hintJournal = Message(.hintJournal)
    public static let hintKeepFilter = Message(.hintKeepFilter)
    public static let hintKind = Message(.hintKind)
    public static let hintLookup = Message(.hintLookup)
    public static let hintMark = Message(.hintMark)
    public static let hintMove = Message(.hintMove)
    public static let hintProfile = Message(.hintProfile)
    public static let hintQuit = Message(.hintQuit)
    public static let hintReason = Message(.hintReason)
    public static let hintRecent = Message(.hintRecent)
    public static let hintRefresh = Message(.hintRefresh)
    public static let hintScroll = Message(.hintScroll)
    public static let hintSort = Message(.hintSort)
    public static let hintSwitchButton = Message(.hintSwitchButton)
    public static let hintSwitchProfile = Message(.hintSwitchProfile)
    public static let hintUndo = Message(.hintUndo)

    public static let hintCommands = Message(.hintCommands)

    public static let hintExport = Message(.hintExport)

    public static let hintPager = Message(.hintPager)

    public static let hintNextMatch = Message(.hintNextMatch)

    public static let hintRun = Message(.hintRun)

    public static let hintOverwrite = Message(.hintOverwrite)
}
