/// One SD-ELEMENT of RFC 5424 (§6.3.1): `[id name="value" …]`. A name may repeat (§6.3.3), which
/// is how an event carries several subscription ids.
public struct SyslogElement: Sendable, Equatable {
    public var id: String
    public var parameters: [SyslogParameter]

    public init(id: String, parameters: [SyslogParameter] = []) {
        self.id = id
        self.parameters = parameters
    }

    public var encoded: String {
        "[" + ([id] + parameters.map(\.encoded)).joined(separator: " ") + "]"
    }

    /// The first value of `name`, if any.
    public func value(_ name: String) -> String? { parameters.first { $0.name == name }?.value }

    /// Every value of `name`, in order.
    public func values(_ name: String) -> [String] { parameters.filter { $0.name == name }.map(\.value) }

}
