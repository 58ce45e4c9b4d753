import ChildProcess
import Crypto
import Foundation
import SwiftASN1
import X509

/// A throwaway certificate authority and server certificates made at test time with
/// swift-certificates, written as PEM files into a folder of their own: a private CA and, signed
/// by it, a leaf for 127.0.0.1 and localhost, an expired one and one for another host name;
/// besides them a self-signed leaf.
public struct TestPKI: Sendable {
    public let folder: String

    public var caCertificate: String { folder + "/ca.pem" }
    /// A folder holding only the CA certificate, under the hashed name OpenSSL's folder lookup
    /// (`SSL_CERT_DIR`) asks for, made by `openssl rehash`.
    public var caFolder: String { folder + "/ca-dir" }
    public func certificate(_ leaf: Leaf) -> String { folder + "/\(leaf.rawValue).pem" }
    public func key(_ leaf: Leaf) -> String { folder + "/\(leaf.rawValue).key" }

    public enum Leaf: String, CaseIterable, Sendable {
        /// For 127.0.0.1 and localhost, valid now, signed by the CA.
        case valid
        /// Signed by the CA, expired yesterday.
        case expired
        /// Signed by the CA, for other.example only.
        case wrongHost = "wrong-host"
        /// Valid for 127.0.0.1, but signed by itself.
        case selfSigned = "self-signed"
    }

    public static func make() throws -> TestPKI {
        let folder = NSTemporaryDirectory() + "np6-pki-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder + "/ca-dir", withIntermediateDirectories: true)
        let now = Date()
        let caKey = P256.Signing.PrivateKey()
        let caName = try DistinguishedName {
            CommonName("np6-subs test CA")
            OrganizationName("np6-subs tests")
        }
        let ca = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(caKey.publicKey),
            notValidBefore: now - 3600,
            notValidAfter: now + 86_400 * 30, issuer: caName, subject: caName, signatureAlgorithm: .ecdsaWithSHA256,
            extensions: try Certificate.Extensions {
                Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
                Critical(KeyUsage(keyCertSign: true, cRLSign: true))
            },
            issuerPrivateKey: .init(caKey))
        let caPEM = try ca.serializeAsPEM().pemString
        try caPEM.write(toFile: folder + "/ca.pem", atomically: true, encoding: .utf8)
        try caPEM.write(toFile: folder + "/ca-dir/np6-test-ca.pem", atomically: true, encoding: .utf8)
        try rehash(folder + "/ca-dir")

        let loopback = SubjectAlternativeNames([
            .dnsName("localhost"), .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
        ])
        for leaf in Leaf.allCases {
            let key = P256.Signing.PrivateKey()
            let name = try DistinguishedName { CommonName(leaf == .wrongHost ? "other.example" : "localhost") }
            let names = leaf == .wrongHost ? SubjectAlternativeNames([.dnsName("other.example")]) : loopback
            let (notBefore, notAfter) =
                leaf == .expired ? (now - 86_400 * 10, now - 86_400) : (now - 3600, now + 86_400 * 30)
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: .init(key.publicKey),
                notValidBefore: notBefore,
                notValidAfter: notAfter, issuer: leaf == .selfSigned ? name : caName, subject: name,
                signatureAlgorithm: .ecdsaWithSHA256,
                extensions: try Certificate.Extensions {
                    Critical(BasicConstraints.notCertificateAuthority)
                    try ExtendedKeyUsage([.serverAuth])
                    names
                },
                issuerPrivateKey: .init(leaf == .selfSigned ? key : caKey))
            try certificate.serializeAsPEM().pemString.write(
                toFile: folder + "/\(leaf.rawValue).pem", atomically: true, encoding: .utf8)
            try key.pemRepresentation.write(toFile: folder + "/\(leaf.rawValue).key", atomically: true, encoding: .utf8)
        }
        return TestPKI(folder: folder)
    }

    /// `openssl rehash FOLDER`: the `<hash>.0` links by which OpenSSL (and BoringSSL) find a CA.
    static func rehash(_ folder: String) throws {
        let status = try ChildProcess.runBlocking(
            ["openssl", "rehash", folder], environment: ProcessInfo.processInfo.environment
        )
        .status
        guard status == 0 else { throw RehashFailure(status: status) }
    }

    struct RehashFailure: Error, CustomStringConvertible {
        var status: Int32
        var description: String {
            "openssl rehash exited with \(status): the tests need the openssl command (apt-get install openssl)"
        }
    }

    public func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }
}
