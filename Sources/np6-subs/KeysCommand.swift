import App
import ArgumentParser
import Browser
import FoundationEssentials
import Localization
import Scripts

/// `np6-subs keys`: the browser's keys as the config's `keys:` makes them, with the names the
/// palette and `keys:` use; its warnings (an unknown name, a conflict) on standard error.
struct KeysCommand: ParsableCommand {
    // Computed: its words are said in the language of the moment (a test may render another).
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "keys", abstract: Message.helpKeysAbstract.text())
    }

    func run() throws {
        let config = try ConnectionOptions.loadConfig(environment: ProcessInfo.processInfo.environment)
        Preferences.apply(config, warn: ConnectionOptions.warn)
        let rows = KeyMap.bindings.map { [$0.label, $0.name, $0.context.title, $0.help] }
        try finish(KeyScripts.list(rows))
    }
}
