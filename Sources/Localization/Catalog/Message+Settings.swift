extension Message {
    // Settings: the key, its sources, profiles and the config file.
    public static func keyVariableUnset(origin: String, name: String) -> Message {
        Message(.keyVariableUnset, ["origin": .text(origin), "name": .text(name)])
    }
    public static func keyVariableUnusable(name: String, error: String) -> Message {
        Message(.keyVariableUnusable, ["name": .text(name), "error": .text(error)])
    }
    public static func keyCommandUnusable(origin: String, error: String) -> Message {
        Message(.keyCommandUnusable, ["origin": .text(origin), "error": .text(error)])
    }
    public static let noKeyAdvice = Message(.noKeyAdvice)
    public static func keyFileCannotRead(path: String, error: String) -> Message {
        Message(.keyFileCannotRead, ["path": .text(path), "error": .text(error)])
    }
    public static func keyFileNotRegular(path: String) -> Message { Message(.keyFileNotRegular, ["path": .text(path)]) }
    public static func keyFileTooOpen(mode: String, path: String, command: String) -> Message {
        Message(.keyFileTooOpen, ["mode": .text(mode), "path": .text(path), "command": .text(command)])
    }
    public static func keyFileTooLarge(path: String, error: String) -> Message {
        Message(.keyFileTooLarge, ["path": .text(path), "error": .text(error)])
    }
    public static func keyFileNotUTF8(path: String) -> Message { Message(.keyFileNotUTF8, ["path": .text(path)]) }
    public static func keyFileExtraLines(path: String, line: Int) -> Message {
        Message(.keyFileExtraLines, ["path": .text(path), "line": .count(line)])
    }
    public static func keyFileUnusable(path: String, error: String) -> Message {
        Message(.keyFileUnusable, ["path": .text(path), "error": .text(error)])
    }
    public static let keyCommandEmpty = Message(.keyCommandEmpty)
    public static func keyCommandShown(program: String) -> Message {
        Message(.keyCommandShown, ["program": .text(program)])
    }
    public static func keyCommandNotOnPath(shown: String, program: String) -> Message {
        Message(.keyCommandNotOnPath, ["shown": .text(shown), "program": .text(program)])
    }
    public static func keyCommandCannotRun(shown: String, error: String) -> Message {
        Message(.keyCommandCannotRun, ["shown": .text(shown), "error": .text(error)])
    }
    public static func keyCommandTimedOut(shown: String, seconds: String) -> Message {
        Message(.keyCommandTimedOut, ["shown": .text(shown), "seconds": .text(seconds)])
    }
    public static func keyCommandExited(shown: String, status: String) -> Message {
        Message(.keyCommandExited, ["shown": .text(shown), "status": .text(status)])
    }
    public static func keyCommandKilled(shown: String) -> Message {
        Message(.keyCommandKilled, ["shown": .text(shown)])
    }
    public static func keyCommandSaid(message: String, complaint: String) -> Message {
        Message(.keyCommandSaid, ["message": .text(message), "complaint": .text(complaint)])
    }
    public static func keyCommandPrintedNothing(shown: String) -> Message {
        Message(.keyCommandPrintedNothing, ["shown": .text(shown)])
    }
    public static func keyCommandItSaid(complaint: String) -> Message {
        Message(.keyCommandItSaid, ["complaint": .text(complaint)])
    }
    public static func originProfile(name: String) -> Message { Message(.originProfile, ["name": .text(name)]) }
    public static let originDefault = Message(.originDefault)
    public static func profileWithoutConfig(origin: String, name: String, path: String, command: String) -> Message {
        Message(
            .profileWithoutConfig,
            ["origin": .text(origin), "name": .text(name), "path": .text(path), "command": .text(command)])
    }
    public static func baseURLOverrides(name: String) -> Message { Message(.baseURLOverrides, ["name": .text(name)]) }
    public static func apiKeyOverrides(name: String, source: String) -> Message {
        Message(.apiKeyOverrides, ["name": .text(name), "source": .text(source)])
    }
    public static func caUnreadable(origin: String, path: String) -> Message {
        Message(.caUnreadable, ["origin": .text(origin), "path": .text(path)])
    }
    public static func noProfileNamed(name: String, path: String, list: String, command: String) -> Message {
        Message(
            .noProfileNamed, ["name": .text(name), "path": .text(path), "list": .text(list), "command": .text(command)])
    }
    public static let profilesNone = Message(.profilesNone)
    public static func profilesDefined(names: String) -> Message { Message(.profilesDefined, ["names": .text(names)]) }
    public static func configCannotRead(path: String, error: String) -> Message {
        Message(.configCannotRead, ["path": .text(path), "error": .text(error)])
    }
    public static func configNotUTF8(path: String) -> Message { Message(.configNotUTF8, ["path": .text(path)]) }
    public static func configYAMLMalformed(problem: String) -> Message {
        Message(.configYAMLMalformed, ["problem": .text(problem)])
    }
    public static func configYAMLDuplicateKey(key: String) -> Message {
        Message(.configYAMLDuplicateKey, ["key": .text(key)])
    }
    public static func configYAMLUnknownAlias(name: String) -> Message {
        Message(.configYAMLUnknownAlias, ["name": .text(name)])
    }
    public static func configYAMLTooManyNodes(limit: Int) -> Message {
        Message(.configYAMLTooManyNodes, ["limit": .count(limit)])
    }
    public static func configYAMLTooDeep(limit: Int) -> Message {
        Message(.configYAMLTooDeep, ["limit": .count(limit)])
    }
    public static let configYAMLSeveralDocuments = Message(.configYAMLSeveralDocuments)
    public static let configYAMLBadMerge = Message(.configYAMLBadMerge)
    public static let configYAMLParserUnavailable = Message(.configYAMLParserUnavailable)
    public static func configUnknownField(location: String, field: String) -> Message {
        Message(.configUnknownField, ["location": .text(location), "field": .text(field)])
    }
    public static func configUnknownFieldIn(location: String, field: String, within: String) -> Message {
        Message(.configUnknownFieldIn, ["location": .text(location), "field": .text(field), "within": .text(within)])
    }
    public static func configDidYouMean(nearest: String) -> Message {
        Message(.configDidYouMean, ["nearest": .text(nearest)])
    }
    public static func configKnownFields(fields: String) -> Message {
        Message(.configKnownFields, ["fields": .text(fields)])
    }
    public static func configDefaultNotAmong(path: String, name: String, names: String) -> Message {
        Message(.configDefaultNotAmong, ["path": .text(path), "name": .text(name), "names": .text(names)])
    }
    public static func configNoKeySource(name: String) -> Message { Message(.configNoKeySource, ["name": .text(name)]) }
    public static func configManyKeySources(name: String, count: Int, sources: String) -> Message {
        Message(.configManyKeySources, ["name": .text(name), "count": .count(count), "sources": .text(sources)])
    }
    public static func configKeyInConfig(name: String, field: String, example: String) -> Message {
        Message(.configKeyInConfig, ["name": .text(name), "field": .text(field), "example": .text(example)])
    }

    public static func configPreferenceMapping(field: String) -> Message {
        Message(.configPreferenceMapping, ["field": .text(field)])
    }

    public static func configPreferenceValue(field: String, name: String) -> Message {
        Message(.configPreferenceValue, ["field": .text(field), "name": .text(name)])
    }

    public static func keysConflict(key: String, command: String, other: String) -> Message {
        Message(.keysConflict, ["key": .key(key), "command": .text(command), "other": .text(other)])
    }

    public static func keysUnsafeConfirmation(key: String, command: String) -> Message {
        Message(.keysUnsafeConfirmation, ["key": .key(key), "command": .text(command)])
    }

    public static func keysUnknownCommand(name: String) -> Message {
        Message(.keysUnknownCommand, ["name": .text(name)])
    }

    public static func keysUnknownKey(key: String) -> Message {
        Message(.keysUnknownKey, ["key": .text(key)])
    }

    public static func themeUnknown(name: String) -> Message {
        Message(.themeUnknown, ["name": .text(name)])
    }

    public static func colorsUnknownRole(role: String) -> Message {
        Message(.colorsUnknownRole, ["role": .text(role)])
    }

    public static func colorsUnknownColor(color: String) -> Message {
        Message(.colorsUnknownColor, ["color": .text(color)])
    }
}
