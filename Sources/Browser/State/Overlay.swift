/// What sits on top of the list and takes the keys while it is open.
public enum Overlay: Sendable, Equatable {
    case prompt(LookupPrompt)
    /// A question that must be answered before a write; it names the write it confirms.
    case confirmation(Confirmation)
    case help(HelpOverlay)
    /// `C`: what to copy about the selected subscription.
    case copyMenu(CopyMenu)
    /// `P`: the config profiles; Enter switches to the focused one.
    case profilePicker(ProfilePicker)
    /// `J`: the journal of the profile in use; `u` re-creates an entry.
    case journal(JournalBrowser)
    /// `:`: every command by name, filtered as typed.
    case palette(CommandPalette)
    /// `E`: where to export the rows in view.
    case export(ExportPrompt)
}
