import AuditTrail
import Localization
import YAMLReader

extension ConfigFile {
    static let auditFields = ["syslog", "ca_file", "cert_file", "key_file", "required", "timeout"]

    /// `audit:`: `syslog: tls://host:6514` (or `tcp://`), `ca_file`, `cert_file` with `key_file`
    /// for mutual TLS, `required`, `timeout` in seconds.
    static func auditSection(_ node: YAMLNode, path: String, environment: [String: String], warnings: inout [String])
        throws(UsageError) -> AuditSection
    {
        guard let fields = node.mapping else { throw problem(path, node, Message.configAuditMapping.text()) }
        var destination: (transport: AuditCollector.Transport, host: String, port: Int)?
        var files: [String: String] = [:]
        var required: Bool?
        var timeout = Duration.seconds(5)
        for pair in fields {
            let (keyNode, value) = (pair.key, pair.value)
            let key = keyNode.string ?? ""
            switch key {
            case "syslog":
                guard let text = value.string, let parsed = AuditCollector.parse(text) else {
                    throw problem(path, value, Message.configAuditSyslog.text())
                }
                destination = parsed
            case "ca_file", "cert_file", "key_file":
                guard let text = value.string, text.hasPrefix("/") || text.hasPrefix("~/") else {
                    throw problem(path, value, Message.configAuditFilePath(field: key).text())
                }
                files[key] = expandingTilde(text, environment: environment)
            case "required":
                guard let flag = value.bool else {
                    throw problem(path, value, Message.configBoolean(field: key).text())
                }
                required = flag
            case "timeout":
                guard let seconds = value.float, seconds > 0, seconds <= 60 else {
                    throw problem(path, value, Message.configAuditTimeout.text())
                }
                timeout = .milliseconds(Int((seconds * 1000).rounded()))
            default:
                warnings.append(unknownField(path, keyNode, key, known: auditFields, within: "audit"))
            }
        }
        guard let destination else { throw problem(path, node, Message.configAuditSyslog.text()) }
        if (files["cert_file"] == nil) != (files["key_file"] == nil) {
            throw problem(path, node, Message.configAuditPair.text())
        }
        if destination.transport == .tcp, !files.isEmpty {
            throw problem(path, node, Message.configAuditTLSFiles.text())
        }
        let collector = AuditCollector(
            transport: destination.transport, host: destination.host, port: destination.port,
            caFile: files["ca_file"], certificateFile: files["cert_file"], keyFile: files["key_file"], required: false,
            timeout: timeout)
        return AuditSection(destination: collector, required: required)
    }
}
