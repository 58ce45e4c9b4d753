import Essentials

extension BrowserReducer {
    /// The status line: the keys of the current context that do something now, most useful
    /// first; `? help` and `q quit` are pinned so that they always fit.
    public static func hints(for state: BrowserState) -> [KeyHint] {
        let context = KeyMap.context(of: state)
        return KeyMap.bindings(in: context)
            .filter { $0.context == context }
            .enumerated()
            .compactMap { index, binding -> (Int, KeyBinding, String)? in
                hint(binding, in: state).map { (index, binding, $0) }
            }
            // By priority, then in the table's order.
            .sorted { ($0.1.priority, $0.0) < ($1.1.priority, $1.0) }
            .map { _, binding, text in KeyHint(press: binding.keys[0], text: text, pinned: binding.priority == 0) }
    }

    /// The status line's word for `binding` now, or nil when pressing it would do nothing.
    public static func hint(_ binding: KeyBinding, in state: BrowserState) -> String? {
        binding.availability(in: state).hint
    }
}
