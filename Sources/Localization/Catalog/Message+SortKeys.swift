extension Message {
    // The sort keys as a flash names them.
    public static let sortKeyCreated = Message(.sortKeyCreated)
    public static let sortKeyModified = Message(.sortKeyModified)
    public static let sortKeyProvider = Message(.sortKeyProvider)
    public static let sortKeyApplication = Message(.sortKeyApplication)
    public static let sortKeyToken = Message(.sortKeyToken)
}
