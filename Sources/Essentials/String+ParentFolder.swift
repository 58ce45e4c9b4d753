extension String {
    /// The folder a path is in, as `NSString.deletingLastPathComponent` says it (which would
    /// link FoundationInternationalization): `/a/b/c` → `/a/b`, `/a` → `/`, `a/b/` → `a`, `a` → ``.
    public var parentFolder: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        var folder = path[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }
}
