/// An application that can receive pushes (`GET /parameters/applications`). A subscription
/// browser needs only its id and name; the rest is kept in `raw`.
public struct NotifiableApplication: Sendable, Hashable, Identifiable {
    public let id: String
    public let name: String?
    public let raw: JSONValue

    public init(json: JSONValue) throws(NP6ModelError) {
        guard let id = json["id"]?.stringValue else { throw NP6ModelError(reason: "an application has no \"id\"") }
        self.id = id
        self.name = json["name"]?.stringValue
        self.raw = json
    }

    public static func list(from json: JSONValue) throws(NP6ModelError) -> [NotifiableApplication] {
        guard case .array(let elements) = json else {
            throw NP6ModelError(reason: "expected a JSON array of applications")
        }
        var applications: [NotifiableApplication] = []
        for element in elements {
            // One odd entry must not hide the names of all the others.
            if let application = try? NotifiableApplication(json: element) { applications.append(application) }
        }
        return applications
    }
}
