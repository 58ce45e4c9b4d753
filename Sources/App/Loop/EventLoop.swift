import Browser
import Dispatch
import Formatting
import FoundationEssentials
import Glibc
import Settings
import Synchronization
import Terminal
import Views

/// The UI thread: waits in poll() on the terminal and the wake-up pipe, turns what arrives into
/// actions, reduces them, starts their effects and redraws. The only thread that touches ncurses.
final class EventLoop {
    private let screen = TerminalScreen()
    private var state: BrowserState
    private let inbox: ActionInbox
    private let runner: EffectRunner
    private let environment: [String: String]
    private let mouse: Bool
    private var quitting = false
    private let trace: FrameTrace

    init(
        state: BrowserState, inbox: ActionInbox, runner: EffectRunner, environment: [String: String], mouse: Bool = true
    ) {
        self.state = state
        self.inbox = inbox
        self.runner = runner
        self.environment = environment
        self.mouse = mouse
        self.trace = FrameTrace(environment: environment)
    }

    /// Opens the screen, reduces `startup` (notices known before the screen opened) and runs
    /// until the person quits.
    func run(startingWith target: LookupTarget?, startup: [Action] = []) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        screen.open(options: .init(noColor: noColor, mouse: mouse), signalPipe: inbox.writeDescriptor)
        defer {
            runner.cancelAll()
            screen.close()
        }
        // The size and the clock reach the state as actions, like every other change.
        for action in [Action.resize(screen.size), .tick(now: EffectRunner.now())] + startup {
            perform(BrowserReducer.reduce(&state, action))
        }
        perform(BrowserReducer.start(&state, lookingUp: target))
        screen.present(Screen.render(state))
        trace.frame(state)

        while !quitting {
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: inbox.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, timeoutMilliseconds())
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            var actions: [Action] = []
            if descriptors[1].revents & Int16(POLLIN) != 0 {
                for byte in inbox.readWakeBytes() {
                    switch byte {
                    case UInt8(ascii: "w"):
                        screen.invalidate()
                        actions.append(.resize(screen.resizeFromKernel()))
                    case UInt8(ascii: "q"):
                        quitting = true
                    default:
                        break
                    }
                }
            }
            if descriptors[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                let events = screen.readEvents()
                // The terminal went away (closed window, killed tmux): nothing to draw on.
                if events.isEmpty, descriptors[0].revents & Int16(POLLHUP | POLLERR) != 0 { quitting = true }
                for event in events {
                    switch event {
                    case .key(let key): actions.append(.key(key))
                    case .mouse(let mouse): actions.append(.mouse(mouse))
                    case .resize:
                        screen.invalidate()
                        actions.append(.resize(screen.size))
                    }
                }
            }
            actions += inbox.drain()
            // The clock first: a flash made by these actions lasts from now, not from the last tick,
            // which is seconds old when the thread was starved (the flash would end before it is
            // drawn). Expiries are then seen at the next wake, which the flash itself schedules.
            actions.insert(.tick(now: EffectRunner.now()), at: 0)
            for action in actions where !quitting {
                trace.key(action)
                perform(BrowserReducer.reduce(&state, action))
            }
            if quitting { break }
            screen.present(Screen.render(state))
            trace.frame(state)
        }
    }

    /// Every effect goes to the runner; the loop does only what the runner hands back to it.
    private func perform(_ effects: [Effect]) {
        for effect in effects {
            switch runner.run(effect) {
            case .quit?: quitting = true
            case .redraw?: screen.invalidate()
            case .page(let bytes)?: page(bytes)
            case nil: break
            }
        }
    }

    /// `v`: the pager gets the terminal until it ends (the UI thread waits for it, as a shell
    /// does; nothing can be drawn meanwhile), then the screen is taken back and drawn whole.
    private func page(_ bytes: [UInt8]) {
        let command = PagerProcess.command(environment: environment)
        let outcome = Mutex<String?>(nil)
        let done = DispatchSemaphore(value: 0)
        screen.suspend()
        Task.detached {
            let error = await PagerProcess.run(command, input: bytes)
            outcome.withLock { $0 = error }
            done.signal()
        }
        done.wait()
        screen.resume()
        // The clock moved while the person read: a flash of the pager's error lasts from now.
        perform(BrowserReducer.reduce(&state, .tick(now: EffectRunner.now())))
        perform(BrowserReducer.reduce(&state, .pagerFinished(error: outcome.withLock { $0 })))
    }

    /// How long poll() may sleep: until the spinner's next frame, a flash's expiry, or the
    /// "fetched … ago" text changing; forever when nothing on screen moves.
    private func timeoutMilliseconds() -> Int32 {
        let now = EffectRunner.now()
        var wait = Double.infinity
        if state.pending != nil { wait = min(wait, 0.125) }
        if let flash = state.flash { wait = min(wait, max(0, flash.expiresAt - now)) }
        if let fetchedAt = state.fetchedAt {
            wait = min(wait, DateText.secondsUntilAgeChanges(seconds: now - fetchedAt))
        }
        if wait == .infinity { return -1 }
        return Int32(min(60_000, max(1, (wait * 1000).rounded(.up))))
    }
}
