import Browser
import FoundationEssentials
import Glibc
import StateFolder

/// The lookup history, as JSON in the state folder, so ↑ in the prompt recalls yesterday's contacts.
public struct RecentLookupStore: Sendable {
    public let path: String

    public init(directory: String) {
        path = directory + "/recent-lookups.json"
    }

    public func load() -> [RecentLookup] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return (try? JSONDecoder().decode([RecentLookup].self, from: data)) ?? []
    }

    public func save(_ lookups: [RecentLookup]) throws {
        try StatePaths.ensureDirectory(path.parentFolder)
        let data = try JSONEncoder().encode(lookups)
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600])
        else {
            throw CocoaError(.fileWriteUnknown)
        }
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
