import AuditTrail
import NP6

/// A collector's file read as journal entries: each write's intent with its outcome, from any
/// machine, so `audit show` lists them as `journal` does and `restore --from-audit` re-creates
/// from them. Newest first, as the journal lists.
public enum CollectedEntries {
    public static func entries(_ trail: CollectedTrail) -> [JournalEntry] {
        var outcomes: [String: AuditEvent] = [:]
        var intents: [AuditEvent] = []
        for event in trail.distinctEvents {
            switch event.phase {
            case .intent?: intents.append(event)
            case .outcome?: outcomes[event.entry] = event
            default: continue
            }
        }
        return intents.reversed().map { intent in entry(intent, outcome: outcomes[intent.entry]) }
    }

    static func entry(_ intent: AuditEvent, outcome: AuditEvent?) -> JournalEntry {
        // A cut JSON is not the subscription any more: it is left out, and a restore says so.
        let cut = intent.values("cut").contains("json")
        let subscriptions = cut ? [] : intent.values("json").compactMap { try? JSONParser.parse($0) }
        let contact = intent.value("contact").map { value in
            let kind = JournalContact.Kind(text: intent.value("contact-kind") ?? "unicity")
            return JournalContact(kind: kind, value: value, unicity: kind == .key(.unicity) ? value : nil)
        }
        var raw = JSONObject()
        for parameter in intent.parameters where !["json", "hash", "prev", "v"].contains(parameter.name) {
            if raw[parameter.name] == nil { raw[parameter.name] = .string(parameter.value) }
        }
        raw["requests"] = .array(intent.values("request").map(JSONValue.string))
        raw["subscription"] = .array(intent.values("subscription").map(JSONValue.string))
        raw["subscriptions"] = .array(subscriptions)
        return JournalEntry(
            id: intent.entry, time: intent.value("time") ?? "", operatorName: intent.value("operator") ?? "",
            host: intent.value("host") ?? "", profile: intent.value("profile"),
            operation: JournalOperation(text: intent.value("operation") ?? ""), requests: intent.values("request"),
            subscriptions: subscriptions, contact: contact, reason: intent.value("reason"),
            restores: intent.value("restores"), run: intent.value("run"), outcome: outcome.map(Self.outcome),
            settlement: nil, raw: .object(raw))
    }

    static func outcome(_ event: AuditEvent) -> JournalEntry.Outcome {
        let results = event.values("request-result").compactMap { text -> JournalRequestResult? in
            let words = text.split(separator: " ").map(String.init)
            guard words.count == 3 else { return nil }
            return JournalRequestResult(
                subscriptionID: words[0], status: Int(words[2]), result: JournalResult(text: words[1]))
        }
        var raw = JSONObject()
        for name in ["time", "result", "status", "error", "ms"] {
            if let value = event.value(name) { raw[name] = .string(value) }
        }
        raw["event"] = .string(event.eventID)
        return JournalEntry.Outcome(
            time: event.value("time") ?? "", status: event.value("status").flatMap { Int($0) },
            result: JournalResult(text: event.value("result") ?? "unknown"), error: event.value("error"),
            milliseconds: event.value("ms").flatMap { Int($0) }, results: results.isEmpty ? nil : results,
            raw: .object(raw))
    }
}
