import ArgumentParser
import NP6

/// Exactly one of the three ways to name a contact.
struct ContactOptions: ParsableArguments {
    @Option(help: "The contact's unicity.") var unicity: String?
    @Option(help: "The contact's hash.") var hash: String?
    @Option(name: .customLong("contact-id"), help: "The contact's id.") var contactID: String?

    var given: [ContactKey] {
        [unicity.map(ContactKey.unicity), hash.map(ContactKey.hash), contactID.map(ContactKey.contactID)].compactMap {
            $0
        }
    }

    func contact() throws -> ContactKey {
        let keys = given
        guard keys.count == 1 else {
            throw ValidationError(
                "Give exactly one of --unicity, --hash, --contact-id (or --from-file FILE for many contacts).")
        }
        _ = try nonEmpty(keys[0].value, "--\(keys[0].kind == .contactID ? "contact-id" : keys[0].kind.rawValue)")
        return keys[0]
    }
}
