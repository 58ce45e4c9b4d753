extension Message {
    // What the browser is doing, and what a cancelled confirmation says.
    public static let activityLoading = Message(.activityLoading)
    public static let activityDeleting = Message(.activityDeleting)
    public static let activityDeletingAll = Message(.activityDeletingAll)
    public static let activityRecreating = Message(.activityRecreating)
    public static func activitySwitching(name: String) -> Message {
        Message(.activitySwitching, ["name": .text(name)])
    }
    public static let cancelledDelete = Message(.cancelledDelete)
    public static let cancelledUndo = Message(.cancelledUndo)
    public static func cancelledQuit(activity: String) -> Message {
        Message(.cancelledQuit, ["activity": .text(activity)])
    }
}
