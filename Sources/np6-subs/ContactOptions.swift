import ArgumentParser
import Localization
import NP6

/// Exactly one of the three ways to name a contact.
struct ContactOptions: ParsableArguments {
    @Option(help: ArgumentHelp(Message.helpContactUnicity.text())) var unicity: String?
    @Option(help: ArgumentHelp(Message.helpContactHash.text())) var hash: String?
    @Option(name: .customLong("contact-id"), help: ArgumentHelp(Message.helpContactContactID.text())) var contactID:
        String?

    var given: [ContactKey] {
        [unicity.map(ContactKey.unicity), hash.map(ContactKey.hash), contactID.map(ContactKey.contactID)].compactMap {
            $0
        }
    }

    func contact() throws -> ContactKey {
        let keys = given
        guard keys.count == 1 else {
            throw ValidationError(Message.usageExactlyOneContact.text())
        }
        _ = try nonEmpty(keys[0].value, "--\(keys[0].kind == .contactID ? "contact-id" : keys[0].kind.rawValue)")
        return keys[0]
    }
}
