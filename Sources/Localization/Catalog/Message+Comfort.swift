extension Message {
    public static let modeNormal = Message(.modeNormal)

    public static let modeListWide = Message(.modeListWide)

    public static let modeDetailFull = Message(.modeDetailFull)

    public static let helpBrowseNextMode = Message(.helpBrowseNextMode)

    public static let helpBrowsePreviousMode = Message(.helpBrowsePreviousMode)

    public static func flashScreenMode(mode: String) -> Message {
        Message(.flashScreenMode, ["mode": .text(mode)])
    }

    public static let exportTitle = Message(.exportTitle)

    public static func exportRows(count: Int) -> Message {
        Message(.exportRows, ["count": .count(count)])
    }

    public static let exportFormats = Message(.exportFormats)

    public static func exportExists(path: String) -> Message {
        Message(.exportExists, ["path": .text(path)])
    }

    public static let exportBadExtension = Message(.exportBadExtension)

    public static func flashExported(count: Int, path: String) -> Message {
        Message(.flashExported, ["count": .count(count), "path": .text(path)])
    }

    public static func flashExportFailed(path: String, error: String) -> Message {
        Message(.flashExportFailed, ["path": .text(path), "error": .text(error)])
    }

    public static func flashPagerFailed(error: String) -> Message {
        Message(.flashPagerFailed, ["error": .text(error)])
    }

    public static let paletteTitle = Message(.paletteTitle)

    public static let paletteNoMatch = Message(.paletteNoMatch)

    public static func paletteUnavailable(reason: String) -> Message {
        Message(.paletteUnavailable, ["reason": .text(reason)])
    }

    public static let helpFilterNoMatch = Message(.helpFilterNoMatch)

    public static func helpFilterPrompt(filter: String) -> Message {
        Message(.helpFilterPrompt, ["filter": .text(filter)])
    }

    public static func detailSearchPrompt(text: String) -> Message {
        Message(.detailSearchPrompt, ["text": .text(text)])
    }

    public static func detailSearchMatches(current: Int, count: Int) -> Message {
        Message(.detailSearchMatches, ["current": .count(current), "count": .count(count)])
    }

    public static let detailSearchNone = Message(.detailSearchNone)

    public static func pagerEnded(command: String, status: String) -> Message {
        Message(.pagerEnded, ["command": .text(command), "status": .text(status)])
    }

    public static let columnCommandName = Message(.columnCommandName)

    public static let columnWhere = Message(.columnWhere)

    public static let columnAction = Message(.columnAction)

    public static let helpKeysAbstract = Message(.helpKeysAbstract)

    public static let columnKeyboardKey = Message(.columnKeyboardKey)
}
