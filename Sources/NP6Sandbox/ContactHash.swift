import Crypto

/// The hash the NP6 reference pairs with a unicity (`foobar` → `3858f62230ac3c915f300c664312c63f`):
/// an MD5 hex digest, used only to give seeded contacts a realistic hash. Not used for anything secret.
enum ContactHash {
    static func of(unicity: String) -> String {
        Insecure.MD5.hash(data: Array(unicity.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
