import CLibC
import CNcursesw
import Glibc
import Primitives
import Views

/// The only door to ncurses. It opens the screen, presents canvases (ncurses works out what
/// changed), reads keys and mouse events, and always restores the terminal. Not Sendable: it is
/// used from the one UI thread.
public final class TerminalScreen {
    public struct Options: Sendable {
        /// `NO_COLOR` set (to anything non-empty): attributes only.
        public var noColor: Bool
        public var mouse: Bool
        public init(noColor: Bool, mouse: Bool = true) {
            self.noColor = noColor
            self.mouse = mouse
        }
    }

    public private(set) var isOpen = false
    private var palette: ColorPalette?
    private var cursorVisible = false
    private var options = Options(noColor: true)
    private var signalPipe: Int32 = -1

    public init() {}

    /// Takes over the terminal. `signalPipe` is the write end of the event loop's wake-up
    /// pipe: SIGWINCH writes `w` to it, SIGTERM/SIGHUP/SIGINT/SIGQUIT write `q`.
    public func open(options: Options, signalPipe: Int32) {
        self.options = options
        self.signalPipe = signalPipe
        TerminalLocale.activate()
        // The modes saved before ncurses changes them are what a crash puts back.
        np6_install_crash_restorer(STDOUT_FILENO)
        // Our handlers first, so ncurses leaves these signals alone.
        np6_install_signal_handlers(signalPipe)
        TerminalRestorer.install()
        initscr()
        isOpen = true
        raw()  // Ctrl-C arrives as a key (it quits cleanly), Ctrl-Z and Ctrl-S do nothing surprising.
        noecho()
        nonl()
        np6_keypad(1)
        np6_nodelay(1)
        set_escdelay(25)
        curs_set(0)
        if options.mouse {
            _ = np6_mousemask(np6_mouse_mask_all())
            mouseinterval(0)
        }
        if !options.noColor, has_colors() {
            start_color()
            use_default_colors()
            palette = ColorPalette()
        }
    }

    /// Gives the terminal back as it was. Safe to call twice.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        curs_set(1)
        endwin()
        np6_restore_default_signals()
        np6_remove_crash_restorer()
    }

    public var size: TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        np6_getmaxyx(&rows, &columns)
        return TerminalSize(rows: Int(rows), columns: Int(columns))
    }

    /// After SIGWINCH: asks the kernel for the new size and tells ncurses.
    public func resizeFromKernel() -> TerminalSize {
        var rows: Int32 = 0
        var columns: Int32 = 0
        if np6_terminal_size(STDOUT_FILENO, &rows, &columns) == 0 {
            resizeterm(rows, columns)
        }
        return size
    }

    public func present(_ canvas: Canvas) {
        np6_erase()
        // ASCII goes out in runs; every other cluster is put at its own column, so that if the
        // terminal ever disagrees about a width, the difference cannot shift what follows.
        var runText: [wchar_t] = []
        var cluster: [wchar_t] = []
        for row in 0..<canvas.rows {
            var column = 0
            while column < canvas.columns {
                let style = canvas[row, column].style
                np6_attrset(attributes(for: style))
                var runStart = column
                runText.removeAll(keepingCapacity: true)
                func flushRun() {
                    guard !runText.isEmpty else { return }
                    runText.withUnsafeBufferPointer {
                        _ = np6_mvaddnwstr(Int32(row), Int32(runStart), $0.baseAddress, Int32($0.count))
                    }
                    runText.removeAll(keepingCapacity: true)
                }
                while column < canvas.columns, canvas[row, column].style == style {
                    let cell = canvas[row, column]
                    defer { column += 1 }
                    if cell.isContinuation { continue }
                    let scalars = cell.text.unicodeScalars
                    if scalars.count == 1, let scalar = scalars.first, scalar.isASCII {
                        if runText.isEmpty { runStart = column }
                        runText.append(wchar_t(bitPattern: scalar.value))
                        continue
                    }
                    flushRun()
                    cluster.removeAll(keepingCapacity: true)
                    for scalar in scalars { cluster.append(wchar_t(bitPattern: scalar.value)) }
                    cluster.withUnsafeBufferPointer {
                        _ = np6_mvaddnwstr(Int32(row), Int32(column), $0.baseAddress, Int32($0.count))
                    }
                }
                flushRun()
            }
        }
        np6_attrset(np6_attr_normal())
        if let cursor = canvas.cursor {
            if !cursorVisible {
                curs_set(1)
                cursorVisible = true
            }
            np6_move(Int32(cursor.row), Int32(cursor.column))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        np6_refresh()
    }

    /// Lends the terminal to another program (the pager): the screen as it was before, the
    /// cursor shown, mouse tracking off; Ctrl-C and Ctrl-Backslash are that program's while it runs, as
    /// system(3) leaves them (SIGTERM and SIGHUP still end the browser after it).
    public func suspend() {
        guard isOpen else { return }
        if options.mouse { _ = np6_mousemask(0) }
        curs_set(1)
        endwin()
        signal(SIGINT, SIG_IGN)
        signal(SIGQUIT, SIG_IGN)
    }

    /// Takes the terminal back after `suspend`, and repaints it whole at the next `present`.
    public func resume() {
        guard isOpen else { return }
        np6_install_signal_handlers(signalPipe)
        np6_refresh()
        curs_set(cursorVisible ? 1 : 0)
        if options.mouse { _ = np6_mousemask(np6_mouse_mask_all()) }
        invalidate()
    }

    /// Forgets what ncurses believes is on screen and repaints everything (Ctrl-L, resize).
    public func invalidate() {
        np6_clearok(1)
    }

    private func attributes(for style: Style) -> Int32 {
        var attributes = np6_attr_normal()
        if style.bold { attributes |= np6_attr_bold() }
        if style.dim { attributes |= np6_attr_dim() }
        if style.underline { attributes |= np6_attr_underline() }
        var reverse = style.reverse
        if let palette {
            attributes |= palette.attribute(foreground: style.foreground, background: style.background)
        } else if style.background != nil {
            // Without colour, a coloured background (header, banner, badges) still stands out.
            reverse = true
        }
        if reverse { attributes |= np6_attr_reverse() }
        return attributes
    }

    /// Reads every key and mouse event that is waiting, without blocking.
    public func readEvents() -> [TerminalEvent] {
        var events: [TerminalEvent] = []
        while true {
            var value: Int32 = 0
            let result = np6_get_wch(&value)
            if result == np6_err() { break }
            if result == np6_key_code_yes() {
                if value == KEY_MOUSE {
                    if let event = readMouse() { events.append(.mouse(event)) }
                } else if value == KEY_RESIZE {
                    events.append(.resize)
                } else if let key = KeyDecoder.key(forKeyCode: value) {
                    events.append(.key(key))
                }
            } else if let key = KeyDecoder.key(forCharacter: UInt32(bitPattern: value)) {
                events.append(.key(key))
            }
        }
        return events
    }

    private func readMouse() -> MouseEvent? {
        var row: Int32 = 0
        var column: Int32 = 0
        var buttons: UInt = 0
        guard np6_getmouse(&row, &column, &buttons) == np6_err() ? false : true else { return nil }
        if buttons & np6_mouse_wheel_up() != 0 { return .wheelUp(row: Int(row), column: Int(column)) }
        if np6_mouse_wheel_down() != 0, buttons & np6_mouse_wheel_down() != 0 {
            return .wheelDown(row: Int(row), column: Int(column))
        }
        if buttons & (np6_mouse_button1_clicked() | np6_mouse_button1_pressed()) != 0 {
            return .click(row: Int(row), column: Int(column))
        }
        return nil
    }
}
