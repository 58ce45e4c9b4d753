/// A command that talks to the NP6 API: it takes the shared connection options.
protocol ConnectedCommand {
    var connection: ConnectionOptions { get }
}

extension BrowseCommand: ConnectedCommand {}
extension ListCommand: ConnectedCommand {}
extension ShowCommand: ConnectedCommand {}
extension DeleteCommand: ConnectedCommand {}
extension RestoreCommand: ConnectedCommand {}
extension DoctorCommand: ConnectedCommand {}
