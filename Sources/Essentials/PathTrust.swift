import Glibc
import Localization

/// Whether a file that decides what the program runs (the config: its `key_command`) or where it
/// records (the state folder) can be trusted, by ssh's StrictModes rule: the file and every folder
/// above it are owned by the user or root and writable by no one else. A root-owned sticky folder
/// (`/tmp`) may sit above it: there no one else can rename or replace what is not theirs.
public enum PathTrust {
    /// Why `path` must not be trusted, with the fix; nil when it can be, or when it does not
    /// exist (then there is nothing to trust). A symbolic link is followed, as ssh does: what is
    /// checked is the file it leads to and the folders above that.
    public static func problem(_ path: String, what: String) -> String? {
        guard let resolved = realPath(path) else { return nil }
        if let problem = problem(from: resolved, path: path, what: what, isTarget: true) { return problem }
        // A link in a folder others can write could be replaced by theirs: its folders count too.
        guard resolved != path, path.hasPrefix("/") else { return nil }
        return problem(from: parent(of: path), path: path, what: what, isTarget: false)
    }

    private static func problem(from start: String, path: String, what: String, isTarget first: Bool) -> String? {
        let user = geteuid()
        var current = start
        var isTarget = first
        while true {
            var info = stat()
            guard stat(current, &info) == 0 else { return nil }
            let mode = info.st_mode & 0o7777
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            let subject =
                (isTarget
                ? Message.trustSubject(what: what, path: path)
                : .trustSubjectAbove(folder: current, what: what, path: path)).text()
            if info.st_uid != user && info.st_uid != 0 {
                return Message.trustOtherOwner(
                    subject: subject, uid: "\(info.st_uid)", command: "chown \(userName(user)) '\(current)'"
                ).text()
            }
            let stickyRoot = isFolder && !isTarget && mode & S_ISVTX != 0 && info.st_uid == 0
            if mode & 0o022 != 0 && !stickyRoot {
                let everyone = mode & 0o002 != 0
                let words: (String, String, String) -> Message =
                    switch (isTarget, everyone) {
                    case (true, true): Message.trustWritableByEveryone
                    case (true, false): Message.trustWritableByGroup
                    case (false, true): Message.trustFolderWritableByEveryone
                    case (false, false): Message.trustFolderWritableByGroup
                    }
                return words(subject, octal(mode), "chmod go-w '\(current)'").text()
            }
            if current == "/" { return nil }
            current = parent(of: current)
            isTarget = false
        }
    }

    static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return String(uid) }
        return String(cString: name)
    }

    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder above an absolute path; `/` above `/` itself, so a walk up ends there.
    static func parent(of path: String) -> String {
        let folder = path.parentFolder
        return folder.isEmpty ? "/" : folder
    }

    /// `0777`, `0666`: as chmod takes it.
    public static func octal(_ mode: mode_t) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
