import Browser
import Formatting
import Localization
import Primitives

/// The whole screen as a pure function of the state: `render(state) -> Canvas`.
public enum Screen {
    public static func render(_ state: BrowserState) -> Canvas {
        var canvas = Canvas(size: state.size)
        let layout = ScreenLayout(size: state.size, state: state)
        if layout.isTooSmall {
            drawTooSmall(state.size, into: &canvas)
            return canvas
        }
        HeaderView.draw(state, into: &canvas, rect: layout.header)
        SubscriptionListView.draw(state, into: &canvas, rect: layout.list)
        if let detail = layout.detail { DetailView.draw(state, into: &canvas, rect: detail) }
        if let banner = state.banner, let rect = layout.banner { BannerView.draw(banner, into: &canvas, rect: rect) }
        if let rect = layout.filterBar { FilterBarView.draw(state, into: &canvas, rect: rect) }
        StatusLineView.draw(state, into: &canvas, rect: layout.status)
        switch state.overlay {
        case .prompt(let prompt)?: PromptView.draw(prompt, state: state, into: &canvas)
        case .confirmation(let confirmation)?: ConfirmationView.draw(confirmation, state: state, into: &canvas)
        case .help(let help)?: HelpView.draw(help, state: state, into: &canvas)
        case .palette(let palette)?: PaletteView.draw(palette, state: state, into: &canvas)
        case .export(let prompt)?: ExportView.draw(prompt, state: state, into: &canvas)
        case .copyMenu(let menu)?: CopyMenuView.draw(menu, state: state, into: &canvas)
        case .profilePicker(let picker)?: ProfilePickerView.draw(picker, state: state, into: &canvas)
        case .journal(let journal)?: JournalView.draw(journal, state: state, into: &canvas)
        case nil: break
        }
        return canvas
    }

    static func drawTooSmall(_ size: TerminalSize, into canvas: inout Canvas) {
        let minimum = ScreenLayout.minimumSize
        let lines = [
            Message.tooSmallTitle.text(),
            Message.tooSmallNeed(columns: "\(minimum.columns)", rows: "\(minimum.rows)").text(),
            Message.tooSmallHave(columns: "\(size.columns)", rows: "\(size.rows)").text(),
        ]
        let top = max(0, (size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let width = DisplayWidth.of(line)
            canvas.put(
                line, row: top + offset, column: max(0, (size.columns - width) / 2),
                style: offset == 0 ? Theme.warning : Theme.muted)
        }
    }
}
