import Essentials
import NP6

/// The store itself: plain value, mutated only through the actor above.
public struct SandboxState: Sendable {
    public struct Options: Sendable {
        /// The key every request must carry.
        public var apiKey: String
        /// A second key that may do everything but list applications (403), as a key without that right.
        public var restrictedKey: String?
        /// Added to every answer.
        public var latency: Duration
        /// The largest `bulk-N`. The default is what np6-subs can load: its answer cap is
        /// 256 MiB and a bulk subscription is about 470 bytes of JSON. The benchmark, which reads
        /// the store in-process, asks for more.
        public var maximumBulkSize: Int
        /// Requests per window; past it, 429 (`--rate-limit N/60s`).
        public var rateLimit: SandboxRateLimit
        /// Serve https with this certificate chain and key (PEM files), instead of http.
        public var tls: (certificate: String, key: String)?
        public init(
            apiKey: String, restrictedKey: String? = nil, latency: Duration = .zero, maximumBulkSize: Int = 500_000,
            rateLimit: SandboxRateLimit = .standard, tls: (certificate: String, key: String)? = nil
        ) {
            self.tls = tls
            self.apiKey = apiKey
            self.restrictedKey = restrictedKey
            self.latency = latency
            self.maximumBulkSize = maximumBulkSize
            self.rateLimit = rateLimit
        }
    }

    struct ContactRecord: Sendable {
        var id: String
        var unicity: String?
        var hash: String?
        var subscriptionIDs: [String]
    }

    public let options: Options
    private(set) var subscriptions: [String: JSONValue] = [:]
    private var contacts: [String: ContactRecord] = [:]
    private var contactIDByUnicity: [String: String] = [:]
    private var contactIDByHash: [String: String] = [:]
    /// Contacts whose list holds a subscription of another contact, by that subscription's id.
    private var alsoListedBy: [String: [String]] = [:]
    private let applications: JSONValue
    private(set) var log: [SandboxLogEntry] = []
    private var faultHits: [SandboxFault: Int] = [:]
    /// Serialized list answers, so a 100,000-row contact is encoded once, not on every lookup.
    private var listBodyCache: [String: [UInt8]] = [:]
    private var rateWindow = SandboxRateLimit.Window(start: 0, used: 0)

    init(options: Options) {
        self.options = options
        self.applications = try! JSONParser.parse(SandboxSeed.applicationsJSON)
        var seeded: [JSONValue] = []
        if case .array(let reference) = try! JSONParser.parse(SandboxSeed.referenceExampleJSON) { seeded += reference }
        for contact in SandboxSeed.contacts {
            for text in contact.subscriptions { seeded.append(try! JSONParser.parse(text)) }
            register(contactID: contact.id, unicity: contact.unicity)
        }
        for json in seeded { try! insert(json) }
        for contact in SandboxSeed.contacts {
            for id in contact.alsoLists {
                contacts[contact.id]?.subscriptionIDs.append(id)
                alsoListedBy[id, default: []].append(contact.id)
            }
        }
    }

    // MARK: Handling

    /// `now`: seconds since 1970, for the rate limit's window.
    mutating func handle(_ request: SandboxRequest, now: Double) -> SandboxResponse {
        if request.path == "/_sandbox/requests" { return route(request) }
        let quota = rateWindow.admit(at: now, options.rateLimit)
        var response =
            quota.allowed
            ? route(request)
            : SandboxResponse(
                status: 429,
                headers: [
                    ("Retry-After", String(Int((quota.resetAt - now).rounded(.up)))),
                    ("Content-Type", "application/json"),
                ],
                body: Array("{\"message\": \"Too Many Requests\"}".utf8))
        let (remaining, resetAt) = response.quotaOverride ?? (quota.remaining, quota.resetAt)
        response.headers += [
            ("X-RateLimit-Limit", String(options.rateLimit.requests)),
            ("X-RateLimit-Remaining", String(remaining)),
            ("X-RateLimit-Reset", String(Int(resetAt.rounded(.up)))),
        ]
        log.append(
            SandboxLogEntry(
                method: request.method, path: request.path, query: request.query,
                authorized: request.apiKey == options.apiKey
                    || (request.apiKey != nil && request.apiKey == options.restrictedKey),
                userAgent: request.userAgent, status: response.status))
        return response
    }

    private mutating func route(_ request: SandboxRequest) -> SandboxResponse {
        let restricted = options.restrictedKey != nil && request.apiKey == options.restrictedKey
        guard request.apiKey == options.apiKey || restricted else { return .error(401, "Unauthorized") }
        let segments = request.path.split(separator: "/", omittingEmptySubsequences: true).map { String($0) }
        let method = request.method.uppercased()

        switch segments.count {
        case 2 where segments == ["_sandbox", "requests"]:
            // What the sandbox has handled so far, for end-to-end tests (not part of NP6's API).
            let entries = log.map { entry in
                JSONValue.object(
                    JSONObject([
                        "method": .string(entry.method), "path": .string(entry.path),
                        "query": entry.query.map(JSONValue.string) ?? .null,
                        "status": .number(String(entry.status)), "authorized": .bool(entry.authorized),
                    ]))
            }
            return .json(200, JSONValue.array(entries).serializedBytes())
        case 2 where segments == ["targets", "subscriptions"]:
            let contactID: String?
            if let unicity = request.queryValue("unicity") {
                if let fault = SandboxFault(rawValue: unicity),
                    let answer = faultAnswer(fault, method: method, apiKey: request.apiKey)
                {
                    return answer
                }
                contactID =
                    contactIDByUnicity[unicity] ?? bulkContact(unicity: unicity) ?? fleetContact(unicity: unicity)
            } else if let hash = request.queryValue("hash") {
                contactID = contactIDByHash[hash.lowercased()]
            } else {
                return .error(400, "unicity or hash is required")
            }
            return contactOperation(method: method, contactID: contactID)
        case 3 where segments[0] == "targets" && segments[2] == "subscriptions":
            guard let id = PercentEncoding.decode(segments[1]) else { return .error(400, "bad contact id") }
            return contactOperation(method: method, contactID: contacts[id] == nil ? nil : id)
        case 2 where segments[0] == "subscriptions":
            guard let id = PercentEncoding.decode(segments[1]) else { return .error(400, "bad subscription id") }
            if id == SandboxFault.echoKey.subscriptionID, method == "DELETE" { return Self.keyEcho(request.apiKey) }
            let answer = subscriptionOperation(method: method, id: id)
            if id == SandboxFault.brokenAnswer.subscriptionID, method == "DELETE", answer.status == 204 {
                return .brokenOff
            }
            return answer
        case 1 where segments[0] == "subscriptions":
            guard method == "PUT" else { return .error(405, "Method Not Allowed") }
            return put(body: request.body)
        case 2 where segments == ["parameters", "applications"]:
            guard method == "GET" else { return .error(405, "Method Not Allowed") }
            if restricted { return .error(403, "Forbidden") }
            return .json(200, applications.serializedBytes())
        default:
            return .error(404, "Not Found")
        }
    }

    private mutating func contactOperation(method: String, contactID: String?) -> SandboxResponse {
        guard let contactID, let contact = contacts[contactID] else { return .error(404, "Contact not found") }
        switch method {
        case "GET":
            if let cached = listBodyCache[contactID] { return .json(200, cached) }
            let body = JSONValue.array(contact.subscriptionIDs.compactMap { subscriptions[$0] }).serializedBytes()
            listBodyCache[contactID] = body
            return .json(200, body)
        case "DELETE":
            if contact.unicity == "flaky-deletes" { return .error(503, "Service Unavailable") }
            // Everything the list holds goes, another contact's rows too: what the bulk endpoint
            // of a server with this bug would do, and why np6-subs does not send it then.
            for id in contact.subscriptionIDs { remove(id) }
            contacts[contactID]?.subscriptionIDs = []
            listBodyCache[contactID] = nil
            return SandboxResponse(status: 204)
        default:
            return .error(405, "Method Not Allowed")
        }
    }

    private mutating func subscriptionOperation(method: String, id: String) -> SandboxResponse {
        guard let json = subscriptions[id] else { return .error(404, "Subscription not found") }
        switch method {
        case "GET":
            return .json(200, json.serializedBytes())
        case "DELETE":
            let contactID = Self.contactID(of: json)
            if contacts[contactID]?.unicity == "flaky-deletes" { return .error(503, "Service Unavailable") }
            remove(id)
            return SandboxResponse(status: 204)
        default:
            return .error(405, "Method Not Allowed")
        }
    }

    private mutating func put(body: [UInt8]) -> SandboxResponse {
        let json: JSONValue
        do { json = try JSONParser.parse(body) } catch { return .error(400, "Invalid JSON: \(error.reason)") }
        do { try insert(json) } catch { return .error(400, "Invalid subscription: \(error.reason)") }
        return .json(200, json.serializedBytes())
    }

    // MARK: Store

    private static func contactID(of json: JSONValue) -> String {
        let contact = Contact(json: json["contact"])
        return contact.id ?? contact.unicity ?? contact.value ?? "unknown"
    }

    private mutating func register(contactID: String, unicity: String?) {
        if contacts[contactID] == nil {
            let hash = unicity.map { ContactHash.of(unicity: $0) }
            contacts[contactID] = ContactRecord(id: contactID, unicity: unicity, hash: hash, subscriptionIDs: [])
            if let unicity { contactIDByUnicity[unicity] = contactID }
            if let hash { contactIDByHash[hash] = contactID }
        }
    }

    /// A subscription goes from the store, from its contact's list and from every list that holds it.
    private mutating func remove(_ id: String) {
        guard let json = subscriptions[id] else { return }
        subscriptions[id] = nil
        for holder in [Self.contactID(of: json)] + (alsoListedBy[id] ?? []) {
            contacts[holder]?.subscriptionIDs.removeAll(where: { $0 == id })
            listBodyCache[holder] = nil
        }
        alsoListedBy[id] = nil
    }

    /// Creates or replaces a subscription by id (what `PUT /subscriptions` does).
    private mutating func insert(_ json: JSONValue) throws(NP6ModelError) {
        let subscription = try Subscription(json: json)
        if let previous = subscriptions[subscription.id] {
            let previousContact = Self.contactID(of: previous)
            contacts[previousContact]?.subscriptionIDs.removeAll(where: { $0 == subscription.id })
            listBodyCache[previousContact] = nil
        }
        let contactID = Self.contactID(of: json)
        register(contactID: contactID, unicity: subscription.contact.unicity ?? subscription.contact.value)
        subscriptions[subscription.id] = json
        contacts[contactID]?.subscriptionIDs.append(subscription.id)
        listBodyCache[contactID] = nil
    }

    /// `bulk-N` contacts come into being on their first lookup.
    private mutating func bulkContact(unicity: String) -> String? {
        guard unicity.hasPrefix("bulk-"), let count = Int(unicity.dropFirst(5)), count > 0,
            count <= min(options.maximumBulkSize, GeneratedIDFamily.largestBulk)
        else { return nil }
        return generatedContact(
            id: "B" + String(count), unicity: unicity, count: count, seed: UInt64(count), family: .bulk(count))
    }

    /// `fleet-K` (K from 0 to 9,999,999): one of a fleet of contacts with three subscriptions each,
    /// built on first lookup, for batch runs (`delete --from-file`). Once deleted, it stays empty.
    private mutating func fleetContact(unicity: String) -> String? {
        guard unicity.hasPrefix("fleet-"), let index = Int(unicity.dropFirst(6)), (0..<10_000_000).contains(index)
        else { return nil }
        // Consecutive seeds give overlapping SplitMix64 streams (each is the last shifted by one
        // step); a mixed seed gives each contact subscriptions of its own.
        var mixer = SplitMix64(seed: UInt64(index))
        return generatedContact(
            id: "fleet" + String(index), unicity: unicity, count: 3, seed: mixer.next(), family: .fleet(index))
    }

    /// Registers a generated contact with `count` subscriptions the first time; its id after.
    private mutating func generatedContact(
        id contactID: String, unicity: String, count: Int, seed: UInt64, family: GeneratedIDFamily
    ) -> String {
        if contacts[contactID] != nil { return contactID }
        register(contactID: contactID, unicity: unicity)
        let generated = SandboxSeed.bulkSubscriptions(
            count: count, unicity: unicity, contactID: contactID, seed: seed, family: family)
        var ids: [String] = []
        ids.reserveCapacity(count)
        for json in generated {
            guard let id = json["id"]?.stringValue else { continue }
            subscriptions[id] = json
            ids.append(id)
        }
        contacts[contactID]?.subscriptionIDs = ids
        return contactID
    }

    /// A gateway error page that quotes the key it was sent, as a careless proxy might.
    static func keyEcho(_ apiKey: String?) -> SandboxResponse {
        let key = apiKey ?? ""
        let html =
            """
            <html><head><title>500 quota exceeded for key \(key)</title></head><body>X-Key: \(key) is over its \
            quota</body></html>
            """
        return SandboxResponse(status: 500, headers: [("Content-Type", "text/html")], body: Array(html.utf8))
    }

    /// 2057-12-01: 31 years after these tests were written, as the probe that found the hang had it.
    static let farReset = 2_774_822_400.0

    private mutating func faultAnswer(_ fault: SandboxFault, method: String, apiKey: String?) -> SandboxResponse? {
        faultHits[fault, default: 0] += 1
        switch fault {
        case .internalError:
            return .error(500, "Internal Server Error")
        case .badGateway:
            let html =
                """
                <!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><center><h1>502 Bad \
                Gateway</h1></center><hr><center>nginx</center></body></html>\n
                """
            return SandboxResponse(status: 502, headers: [("Content-Type", "text/html")], body: Array(html.utf8))
        case .rateLimited:
            return SandboxResponse(
                status: 429, headers: [("Retry-After", "1"), ("Content-Type", "application/json")],
                body: Array("{\"message\": \"Too Many Requests\"}".utf8))
        case .rateLimitedOnce:
            if faultHits[fault] == 1 {
                return SandboxResponse(
                    status: 429, headers: [("Retry-After", "1")],
                    body: Array("{\"message\": \"Too Many Requests\"}".utf8))
            }
            return nil
        case .truncatedJSON:
            guard method == "GET", let id = contactIDByUnicity[fault.rawValue], let contact = contacts[id] else {
                return nil
            }
            let full = JSONValue.array(contact.subscriptionIDs.compactMap { subscriptions[$0] }).serializedBytes()
            return .json(200, Array(full.prefix(full.count / 2)))
        case .echoKey:
            return Self.keyEcho(apiKey)
        case .brokenAnswer:
            guard method == "DELETE", let id = contactIDByUnicity[fault.rawValue] else { return nil }
            let answer = contactOperation(method: method, contactID: id)
            return answer.status == 204 ? .brokenOff : answer
        case .slow:
            guard let id = contactIDByUnicity[fault.rawValue] else { return nil }
            var answer = contactOperation(method: method, contactID: id)
            answer.delay = .seconds(10)
            return answer
        case .farReset:
            guard let id = contactIDByUnicity[fault.rawValue] else { return nil }
            var answer = contactOperation(method: method, contactID: id)
            answer.quotaOverride = (0, Self.farReset)
            return answer
        }
    }
}
