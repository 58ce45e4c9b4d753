import Essentials
import FoundationEssentials
import Glibc
import Localization

/// `np6-subs config init`: a commented starting point, written with mode 0600 and never over an
/// existing file.
public enum ConfigTemplate {
    public static let text = """
        # np6-subs profiles: one per NP6 account and environment.
        # Every field is described in docs/configuration.md. A key is never written here: each
        # profile names exactly one place to read it from (key_file, key_env or key_command).

        # The profile used when neither --profile nor NP6_PROFILE names one.
        default_profile: staging

        profiles:
          staging:
            base_url: https://staging-api.example.net
            # A file only you can read (chmod 600), as for --key-file.
            key_file: ~/.config/np6-subs/staging.key

          # acme-prod:
          #   base_url: https://api-cm.np6.com
          #   # Run without a shell, 10 s at most; the first line of its output is the key.
          #   key_command: ["pass", "show", "np6/acme-prod"]
          #   # A red band across the header, the profile named in every delete, typed in D.
          #   production: true
          #   # Deleting is off unless the session starts with --read-write.
          #   read_only: true
          #   label: ACME production
          #   # A network that inspects TLS with its own CA, behind a proxy:
          #   ca_file: ~/.config/np6-subs/corp-ca.pem
          #   proxy: http://proxy.corp.example:3128

          # ci:
          #   base_url: https://api-cm.np6.com
          #   # The name of an environment variable that holds the key.
          #   key_env: NP6_CI_KEY

        """

    /// Writes the template to `path` (creating its folder, 0700), refusing to replace a file.
    public static func write(to path: String) throws(UsageError) {
        let folder = path.parentFolder
        do {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw UsageError(Message.cannotCreateFolder(path: folder, error: SystemErrorText.describe(error)).text())
        }
        // O_EXCL: the check and the creation are one step, so an existing file is never replaced.
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            let reason = errno
            if reason == EEXIST {
                throw UsageError(
                    "\(path) exists already; np6-subs never overwrites it. Edit it, or move it away first.")
            }
            throw UsageError("cannot create \(path): \(SystemErrorText.text(errno: reason))")
        }
        defer { close(descriptor) }
        do { try FileOutput(descriptor: descriptor).write(text) } catch {
            unlink(path)
            throw UsageError("cannot write \(path): \(error.description)")
        }
        guard fsync(descriptor) == 0 || errno == EINVAL else {
            let reason = errno
            unlink(path)
            throw UsageError("cannot write \(path): \(SystemErrorText.text(errno: reason))")
        }
    }
}
