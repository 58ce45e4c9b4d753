import NIOCore
import Synchronization

/// Counts the connections the sandbox accepted (one handler is added to each), so a test can
/// check that a session's requests share one connection.
final class SandboxConnectionCounter: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = NIOAny

    /// Shared by every connection's handler.
    final class Tally: Sendable {
        private let count = Mutex(0)
        var value: Int { count.withLock { $0 } }
        func add() { count.withLock { $0 += 1 } }
    }

    private let tally: Tally

    init(_ tally: Tally) {
        self.tally = tally
    }

    func handlerAdded(context: ChannelHandlerContext) {
        tally.add()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }
}
