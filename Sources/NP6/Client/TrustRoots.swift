import FoundationEssentials
import NIOSSL

/// CA certificates trusted besides the system's, as NIOSSL takes them. A PEM file is passed on
/// as it is; a folder (OpenSSL's `SSL_CERT_DIR` convention) is read here, every certificate of
/// every file in it, because NIOSSL reads an additional root only as a file.
enum TrustRoots {
    static func additional(_ paths: [String]) -> [NIOSSLAdditionalTrustRoots] {
        paths.compactMap { path in
            var isFolder = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
            guard isFolder else { return .file(path) }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            var certificates: [NIOSSLCertificate] = []
            // Hashed links (`<hash>.0`) point at files already listed: each certificate once.
            var seen = Set<[UInt8]>()
            for name in names.sorted() {
                for certificate in (try? NIOSSLCertificate.fromPEMFile(path + "/" + name)) ?? [] {
                    guard let der = try? certificate.toDERBytes(), seen.insert(der).inserted else { continue }
                    certificates.append(certificate)
                }
            }
            return certificates.isEmpty ? nil : .certificates(certificates)
        }
    }
}
