/// English: the reference every other table is checked against.
enum EnglishTable {
    static let entries: [MessageID: String] = [
        .subscriptionCount: "{count, one {# subscription} other {# subscriptions}}",
        .contactCount: "{count, one {# contact} other {# contacts}}",

        .languageLabel: "language",
        .languageFromSetting: "{language}, as the config file's {setting} says",
        .languageFromVariable: "{language}, from {variable}",
        .languageFromPlainLocale: "English: {variable} is the plain C locale",
        .languageWithoutLocale: "English: none of LC_ALL, LC_MESSAGES and LANG is set",
        .languageUnknown: "English: np6-subs does not speak the language of {variable} (it speaks {languages})",
        .languageSettingInvalid: "{setting} must be one of {choices}",

        .hintBack: "back",
        .hintCancel: "cancel",
        .hintClearFilter: "clear filter",
        .hintClear: "clear",
        .hintClose: "close",
        .hintConfirm: "confirm",
        .hintCopy: "copy",
        .hintCopyMenu: "copy…",
        .hintDeleteAll: "delete all",
        .hintDelete: "delete",
        .hintDetail: "detail",
        .hintDone: "done",
        .hintFetch: "fetch",
        .hintFilter: "filter",
        .hintForward: "forward",
        .hintFuzzy: "fuzzy",
        .hintHelp: "help",
        .hintJournal: "journal",
        .hintKeepFilter: "keep filter",
        .hintKind: "kind",
        .hintLookup: "lookup",
        .hintMark: "mark",
        .hintMove: "move",
        .hintProfile: "profile",
        .hintQuit: "quit",
        .hintReason: "reason",
        .hintRecent: "recent",
        .hintRefresh: "refresh",
        .hintScroll: "scroll",
        .hintSort: "sort",
        .hintSwitchButton: "switch",
        .hintSwitchProfile: "switch",
        .hintUndo: "undo",

        .ageFuture: "in the future",
        .ageJustNow: "just now",
        .ageSeconds: "{count} s ago",
        .ageMinutes: "{count} min ago",
        .ageHours: "{count} h ago",
        .ageDays: "{count, one {# day ago} other {# days ago}}",
        .ageMonths: "{count, one {# month ago} other {# months ago}}",
        .ageYears: "{count, one {# year ago} other {# years ago}}",
        .untilNow: "now",
        .untilSeconds: "in {count} s",
        .untilMinutes: "in {count} min",
        .untilHours: "in {count} h",
        .dateShort: "{year}-{month}-{day} {hour}:{minute}",
        .dateWithSeconds: "{year}-{month}-{day} {hour}:{minute}:{second} {offset}",
        .detailLifecycle: "Lifecycle",
        .detailCreated: "Created",
        .detailModified: "Modified",
        .detailNever: "never",
        .detailProvider: "Provider",
        .detailType: "Type",
        .detailToken: "Token",
        .detailLength: "Length",
        .detailFields: "Fields",
        .detailNone: "none",
        .detailApplication: "Application",
        .detailName: "Name",
        .detailUnknown: "unknown",
        .detailNamesUnavailable: "Names unavailable: {problem}",
        .detailContact: "Contact",
        .detailValue: "Value",
        .detailQuota: "API quota",
        .detailQuotaLeft: "Left",
        .detailQuotaLeftValue: "{remaining} of {limit, one {# request} other {# requests}}",
        .detailQuotaResets: "Resets",
        .detailForeignOwner: "Not this contact's: belongs to {kind} {value}",
        .detailUnreadableDate: "unreadable date: {text}",
        .detailUnnamedUser: "unnamed user",
        .detailBy: "By",
        .detailSystem: "system",
        .characterCount: "{count, one {# character} other {# characters}}",
        .headerNoContact: "no contact",
        .headerFetched: "fetched {age}",
        .headerSubscriptionsShort: "{count, one {# sub} other {# subs}}",
        .headerMarked: "{count} marked",
        .headerForeign: "{count} foreign",
        .columnProvider: "PROVIDER",
        .columnApplication: "APPLICATION",
        .columnToken: "TOKEN",
        .columnCreated: "CREATED",
        .columnModified: "MODIFIED",
        .columnID: "ID",
        .detailTitle: "Detail",
        .detailTitleFocused: "Detail ({key}: back to list)",
        .detailNothingSelected: "Nothing selected",
        .scrollMore: "↓ more",
        .scrollEnd: "end",

        .confirmTitleDeleteOne: "Delete this subscription?",
        .confirmTitleDeleteMarked: "Delete {count, one {# marked subscription} other {# marked subscriptions}}?",
        .confirmTitleDeleteAll: "Delete ALL subscriptions?",
        .confirmTitleDeleteOwn: "Delete ALL of this contact's subscriptions?",
        .confirmTitleUndo: "Undo the last delete?",
        .confirmTitleRestoreEntry: "Re-create journal entry {entry}?",
        .confirmTitleQuit: "Quit while a request is in flight?",
        .confirmUndoWhat: """
        Re-create {count, one {# subscription} other {# subscriptions}}{whose} exactly as the server \
        last sent {count, one {it} other {them}}:
        """,
        .confirmWhoseOf: " of {contact}",
        .confirmWithSavedJSON: " with the saved JSON",
        .confirmQuitActivity: "np6-subs is {activity}. If you quit now, nobody will know whether it took effect.",
        .confirmQuitJournal: """
        The journal keeps the request as "outcome unknown"; the next start says so, and np6-subs journal \
        shows it.
        """,
        .confirmTheOnly: "The only subscription",
        .confirmTheOnlyOwn: "The only own subscription",
        .confirmAll: "All {count, one {# subscription} other {# subscriptions}}",
        .confirmAllOwn: "All {count, one {# own subscription} other {# own subscriptions}}",
        .confirmAllOf: "{all} of {contact}",
        .confirmIn: "in: {applications}",
        .confirmWillBeDeleted: "{all} of {contact} will be deleted, in:",
        .confirmMoreApplications: "… and {count, one {# more application} other {# more applications}}",
        .confirmEntryWhat: """
        Re-create {count, one {# subscription} other {# subscriptions}} of {contact} that this entry \
        deleted on {when}, exactly as the journal saved {count, one {it} other {them}}:
        """,
        .confirmEntryNotOnScreen: "Not the contact on screen: the journal records it under the entry's contact.",
        .confirmBelongsTo: "This subscription belongs to {owner}{notTo}.",
        .confirmNotTo: ", not to {contact}",
        .confirmOf: "Of {contact}:",
        .confirmHiddenByFilter: "{count, one {# of them is} other {# of them are}} hidden by the current filter.",
        .confirmEffectOne: "The device stops receiving this app's pushes. {key} undoes it.",
        .confirmEffectMany:
            "These {count, one {# device} other {# devices}} stop receiving their apps' pushes. {key} undoes it.",
        .confirmLeftOut: """
        Left out: {rows, one {# row belongs} other {# rows belong}} to {owners}, not to this contact. \
        {key} on such a row deletes it on its own.
        """,
        .confirmOtherContacts: "{count, one {# other contact} other {# other contacts}}",
        .confirmProduction: "PRODUCTION: profile {name}{label} on {host}",
        .confirmProfile: "Profile {name}{label} on {host}",
        .confirmReasonLabel: "Reason (optional)",
        .confirmReasonHint: "{label}: {key} to add one, e.g. a ticket number",
        .confirmThisSends: "This sends:",
        .confirmMismatch: "That does not match. Nothing was deleted.",
        .buttonCancel: "Cancel",
        .buttonDelete: "Delete",
        .buttonRecreate: "Re-create",
        .buttonQuit: "Quit",
        .typeOwner: "Type the owner's {kind} to delete it",
        .typeOwnerProduction: "Type the profile's name, a slash and the owner's {kind} ({profile}/…)",
        .typeUnicity: "Type the contact's unicity",
        .typeUnicityProduction: "Type the profile's name, a slash and the contact's unicity ({profile}/…)",
        .typeCount: "Type the number of subscriptions ({count})",
        .typeCountProduction: "Type the profile's name, a slash and the number of subscriptions ({profile}/{count})",

        .activityLoading: "loading",
        .activityDeleting: "deleting",
        .activityDeletingAll: "deleting all",
        .activityRecreating: "re-creating",
        .activitySwitching: "switching to {name}",
        .cancelledDelete: "Delete cancelled",
        .cancelledUndo: "Undo cancelled",
        .cancelledQuit: "Still {activity}: its answer will show here",

        .summaryAddress: "Address",
        .summaryMore: "… and {count} more",
        .confirmTypedThenKey: "{instruction}, then {key}:",
        .confirmKeyPresses: "{key} presses the focused button.",
        .confirmQuitWaitsKey: "Cancel (or {key}) waits for the answer.",

        .helpAnywhereQuit: "quit, even from a modal; it never confirms anything",
        .helpBrowseOpenHelp: "this help",
        .helpBrowseRequestQuit: "quit (asks first while a delete is in flight: its outcome would be unknown)",
        .helpBrowseOpenPrompt: "look up a contact (prompt)",
        .helpBrowseOpenFilter: "filter the list (see the filter syntax); with the detail focused, search its text",
        .helpBrowseBack: """
        cancel the request in flight; else dismiss the error band, clear the filter, clear the marks, or \
        go back to the list
        """,
        .helpBrowseDelete: "delete the selected subscription, or every marked one (asks first)",
        .helpBrowseDeleteAll: "delete all of the contact's subscriptions (type to confirm)",
        .helpBrowseUndo: "undo: re-create what the last delete removed (asks first)",
        .helpBrowseMark: "mark or unmark the row (the back command clears every mark); in the detail: page down",
        .helpBrowseCopy: "copy the full token (or url) to the clipboard (OSC 52; inside tmux, into its buffer too)",
        .helpBrowseOpenCopyMenu: "copy menu: token, subscription id, contact, JSON as sent, a curl command",
        .helpBrowseOpenProfilePicker: "switch profile: the config file's accounts and environments (never their keys)",
        .helpBrowseOpenJournal: """
        the journal of this profile: newest first, this contact's entries highlighted; journal.undo \
        re-creates one
        """,
        .helpBrowseRefresh: "refresh the contact (after a failed lookup: retry it)",
        .helpBrowseHistoryBack: "back to the previous contact of this session, as it was (filter, sort, selection)",
        .helpBrowseHistoryForward: "forward again, after [",
        .helpBrowseCycleSort: "sort by the next column: created, modified, provider, application, token, then as sent",
        .helpBrowseReverseSort: "reverse the sort order (▲ ascending, ▼ descending)",
        .helpBrowseToggleFocus: "focus the list or the detail (the detail then scrolls)",
        .helpBrowseFocusDetail: "focus the detail",
        .helpBrowseFocusList: "in the detail: back to the list",
        .helpBrowseDown: "next subscription, or scroll the detail down",
        .helpBrowseUp: "previous subscription, or scroll the detail up",
        .helpBrowsePageDown: "page down",
        .helpBrowsePageUp: "page up",
        .helpBrowseFirst: "first row (or top of the detail)",
        .helpBrowseLast: "last row (or end of the detail)",
        .helpBrowseRedraw: "redraw the screen",
        .helpFilterKeepFilter: "keep the filter and go back to the list",
        .helpFilterClearFilter: "clear the filter",
        .helpFilterToggleFuzzy: "make every term fuzzy (fzf style), or literal again",
        .helpFilterDown: "next row",
        .helpFilterUp: "previous row",
        .helpPromptFetch: "fetch the contact",
        .helpPromptNextKind: "next kind: unicity, hash, contact id, subscription id",
        .helpPromptPreviousKind: "previous kind",
        .helpPromptOlderLookup: "recall an older recent lookup",
        .helpPromptNewerLookup: "recall a newer recent lookup",
        .helpPromptClosePrompt: "close the prompt",
        .helpConfirmationConfirm: "confirm",
        .helpConfirmationCancel: "cancel",
        .helpConfirmationPressFocused: "press the focused button (Cancel when it opens)",
        .helpConfirmationSwitchButton: "move the focus between Cancel and the confirm button",
        .helpConfirmationNextFocus: "next: Cancel, the reason field, the confirm button",
        .helpConfirmationPreviousFocus: "previous: the confirm button, the reason field, Cancel",
        .helpTypedConfirmationSubmitTyped: "confirm, if the typed text is the one asked for",
        .helpTypedConfirmationNextFocus: "switch between the text to type and the reason field",
        .helpTypedConfirmationOlderReason: "in the reason field: recall an older recent reason",
        .helpTypedConfirmationNewerReason: "in the reason field: recall a newer recent reason",
        .helpReasonFieldLeaveReason: "keep the reason and focus the confirm button",
        .helpReasonFieldCancel: "cancel the confirmation",
        .helpReasonFieldOlderReason: "recall an older recent reason",
        .helpReasonFieldNewerReason: "recall a newer recent reason",
        .helpReasonFieldNextFocus: "focus the confirm button",
        .helpReasonFieldPreviousFocus: "focus Cancel",
        .helpHelpCloseHelp: "close the help",
        .helpHelpDown: "scroll down",
        .helpHelpUp: "scroll up",
        .helpHelpFirst: "top",
        .helpCopyMenuCopyFocused: "copy the focused line",
        .helpCopyMenuCopyChoice0: "copy the token (or url)",
        .helpCopyMenuCopyChoice1: "copy the subscription id",
        .helpCopyMenuCopyChoice2: "copy the contact's unicity (or hash, or id)",
        .helpCopyMenuCopyChoice3: "copy the subscription's JSON as the server sent it",
        .helpCopyMenuCopyChoice4:
            "copy a curl command that repeats the GET (it reads the key as the profile does, never holds it)",
        .helpCopyMenuDown: "next line",
        .helpCopyMenuUp: "previous line",
        .helpCopyMenuCloseCopyMenu: "close the menu",
        .helpProfilePickerChooseProfile: "switch to the focused profile (reads its key; marks, undo and history go)",
        .helpProfilePickerDown: "next profile",
        .helpProfilePickerUp: "previous profile",
        .helpProfilePickerCloseProfilePicker: "close the picker",
        .helpJournalUndoEntry: "re-create what the focused entry deleted (asks first)",
        .helpJournalOpenJournalFilter: "filter the entries",
        .helpJournalDown: "next entry (older)",
        .helpJournalUp: "previous entry (newer)",
        .helpJournalFirst: "newest entry",
        .helpJournalLast: "oldest entry",
        .helpJournalCloseJournal: "clear the filter, else close the journal",
        .helpJournalFilterKeepJournalFilter: "keep the filter and go back to the entries",
        .helpJournalFilterDown: "next entry",
        .helpJournalFilterUp: "previous entry",
        .helpTextFieldEditDeleteBackward: "delete the character before the cursor",
        .helpTextFieldEditDeleteForward: "delete the character under the cursor",
        .helpTextFieldEditLeft: "cursor left",
        .helpTextFieldEditRight: "cursor right (in the filter bar Ctrl-F is fuzzy)",
        .helpTextFieldEditHome: "cursor to the start",
        .helpTextFieldEditEnd: "cursor to the end",
        .helpTextFieldEditDeleteToStart: "delete to the start",
        .helpTextFieldEditDeleteToEnd: "delete to the end",
        .helpTextFieldEditDeleteWord: "delete the word before the cursor",

        .contextAnywhere: "anywhere",
        .contextBrowse: "list and detail",
        .contextFilter: "filter bar",
        .contextPrompt: "lookup prompt",
        .contextConfirmation: "confirmation",
        .contextTypedConfirmation: "typed confirmation",
        .contextReasonField: "reason field",
        .contextHelp: "help",
        .contextCopyMenu: "copy menu",
        .contextProfilePicker: "profile picker",
        .contextJournal: "journal",
        .contextJournalFilter: "journal filter",
        .contextTextField: "text fields",
        .helpTitle: "Keys ({help} or {close} closes)",
        .helpReadOnly: "Read-only",
        .helpDisabled: "{keys} are disabled",
        .helpFilterSyntax: "Filter syntax",
        .helpMoreKeys: "{down}/{up} more",
        .syntaxTerms: "every space-separated term must match",
        .syntaxCase: "lower case ignores case; a capital asks for the exact case",
        .syntaxExclude: "exclude rows that match",
        .syntaxFuzzy: "fuzzy term (fzf style); rows sort best first",
        .syntaxPhrase: "a phrase, spaces included",
        .syntaxField: "{fields} (other words before a colon are text)",
        .syntaxDates: "{examples}  (also {modified}, and ages: {ages})",

        .whyRequestInFlight: "a request is in flight",
        .whyNoSubscriptionsToDelete: "no subscriptions to delete",
        .whyNothingDeletedToUndo: "nothing deleted to undo",
        .whyNoEntryFocused: "no entry focused",
        .whyNoRowSelected: "no row selected in the list",
        .whyNoTokenToCopy: "no token or url to copy",
        .whyWriteInFlight: "a write is in flight",
        .whyNoContactToRefresh: "no contact to refresh",
        .whySwitchingProfile: "switching profile",
        .whyNoProfiles: "no profiles in the config file",
        .whyNoEarlierContact: "no earlier contact",
        .whyNoLaterContact: "no later contact",
        .whyFewerThanTwo: "fewer than two subscriptions",
        .whyNoSubscriptionsToFilter: "no subscriptions to filter",
        .whyNoSubscriptionSelected: "no subscription selected",
        .whyNothingToMoveTo: "nothing to move to",
        .whyNoPrompt: "no prompt",
        .whyNothingTyped: "nothing typed",
        .whyNoRecentLookups: "no recent lookups",
        .whyReasonNotFocused: "the reason field is not focused",
        .whyNoRecentReasons: "no recent reasons",
        .whyNoReasonHere: "this confirmation takes no reason",
        .whyWriteCannotBeCancelled: "a write cannot be cancelled",
        .whyNothingToCancel: "nothing to cancel, dismiss or clear",
        .hintDismiss: "dismiss",
        .hintClearMarks: "clear marks",
        .hintDeleteMarked: "delete {count} marked",

        .whyReadOnly: "read-only",
        .hintList: "list",
        .hintLiteral: "literal",

        .requestEach: "{count} × {request}, one per subscription",
        .requestTimes: "{count} × {request}",
        .requestNothing: "nothing: the request in flight is abandoned",

        .flashNoSubscriptionSelected: "No subscription selected",
        .flashNothingToCopy: "This provider has no token or url to copy",
        .flashNamesUnavailable: "Application names unavailable ({error}); showing UUIDs",
        .bannerUndoRefused: "Undo refused",
        .bannerDeleteRefused: "Delete refused",
        .bannerNothingSent: "{reason} Nothing was sent.",
        .flashCopyFailed: "Copy failed: {error}",
        .flashCopied: "Copied {what}",
        .flashSwitchingWait: "Switching to {name}; look up when it is done",
        .flashDeleteInProgress: "A delete is in progress; wait for its answer",
        .flashNothingToRefresh: "Nothing to refresh: press {key} to look up a contact",
        .flashCancelled: "Cancelled",
        .flashMarksCleared: "Marks cleared",
        .flashSorted: "Sorted by {key} {arrow} ({direction})",
        .flashServerOrder: "In the order the server sent",
        .sortNewestFirst: "newest first",
        .sortOldestFirst: "oldest first",
        .sortZToA: "Z to A",
        .sortAToZ: "A to Z",
        .flashNoEarlierContact: "No earlier contact in this session",
        .flashNoLaterContact: "No later contact: {back} goes back, {forward} returns",
        .bannerOutcomeUnknown: "Outcome unknown",
        .bannerRefreshFailedToo: "{cause} Refreshing failed too ({error}); press {key} to check {what}.",
        .bannerLookupFailed: "Lookup of {kind} {value} failed",
        .bannerRetryHint: "press {key} to retry it",
        .undoNoneYet: "no delete in this session yet",
        .undoOtherProfile: "undo belongs to the profile its delete was made on",
        .undoDidNotHappen: "the last delete did not happen",
        .undoAlreadyDone: "the last delete is undone already",
        .copyToken: "token",
        .copyURL: "url",
        .copyNone: "none",
        .copySubscriptionID: "subscription id",
        .copyContactUnicity: "contact unicity",
        .copyContactHash: "contact hash",
        .copyContactKind: "contact {kind}",
        .copyContactID: "contact id",
        .copyJSON: "JSON as sent",
        .copyCurl: "curl command",

        .sortKeyCreated: "created",
        .sortKeyModified: "modified",
        .sortKeyProvider: "provider",
        .sortKeyApplication: "application",
        .sortKeyToken: "token",

        .writeWhatDeleting: "deleting",
        .writeWhatUndo: "undo",
        .writeWhatDeletingAll: "deleting all",
        .flashReadOnly: "read-only: {what} is disabled (--read-only)",
        .flashWaitForRequest: "Wait for the request in progress to finish",
        .flashMarkedForeign: """
        The marked {count, one {row is} other {rows are}} another contact's: delete {count, one {it} \
        other {each}} on its own with {key}
        """,
        .flashNothingToUndo: "Nothing to undo: {why}",
        .flashNoSubscriptionsToDelete: "This contact has no subscriptions to delete",
        .flashEveryRowForeign: "Every row here is another contact's: none of them is deleted with {key}",
        .flashDeleted: "Deleted {what} ({key} undoes)",
        .flashAlreadyGone: "Already gone: {what} was deleted elsewhere",
        .bannerDeleteFailed: "Delete failed",
        .bannerNotDeleted: "{error} {what} was not deleted.",
        .partDeleted: "Deleted {deleted} of {total, one {# subscription} other {# subscriptions}}",
        .partAlreadyGone: "{count} already gone",
        .partUnknown: "{count} with unknown outcome",
        .partFailed: "{count} failed ({error})",
        .theSubscriptions: "the {count, one {# subscription} other {# subscriptions}}",
        .undoesSuffix: " ({key} undoes)",
        .bannerSomeDeletesFailed: "Some deletes failed",
        .bannerFailedRowsStay: "{text}. The failed rows stay, still marked.",
        .bannerRefreshingToSee: "{cause} Refreshing to see whether {what} is still there…",
        .flashRecreated: "Re-created {count, one {# subscription} other {# subscriptions}}",
        .bannerUndoIncomplete: "Undo incomplete",
        .bannerUndoIncompleteMessage: """
        Re-created {restored} of {total, one {# subscription} other {# subscriptions}}; {failed} failed \
        ({error}). {key} tries {failed, one {it} other {those}} again.
        """,
        .theOnlySubscriptionOf: "the only subscription of {who}",
        .allSubscriptionsOf: "all {count, one {# subscription} other {# subscriptions}} of {who}",
        .flashAlreadyGoneAll: "Already gone: {who} has no subscriptions left",
        .bannerRefreshingLeft: "{error} Refreshing to see what is left…",
        .bannerBulkFailed: "Bulk delete failed",
        .bannerNothingDeleted: "{error} Nothing was deleted.",
        .verdictResolved: "Outcome unknown, now resolved",
        .verdictGone: "{cause} After refreshing, {what} {count, one {is gone} other {are gone}}: the delete happened.",
        .verdictStillThere: """
        {cause} After refreshing, {what} {count, one {is still there: it was not deleted} other {are \
        still there: they were not deleted}}.
        """,
        .verdictPartlyTitle: "Outcome unknown, partly resolved",
        .verdictPartly: """
        {cause} After refreshing, {remaining} of {total} {remaining, one {is} other {are}} still there.
        """,

        .writeWhatMarking: "marking for deletion",

        .profilesNoneDemo: "the demo has no profiles",
        .profilesNoneConfig: "no profiles: {command} writes a config file",
        .flashNothingToSwitch: "Nothing to switch to ({reason})",
        .flashWriteBeforeSwitch: "A {activity} is in progress; switch when it answers",
        .flashAlreadyOn: "Already on {name}",
        .flashNowOn: "Now on {name} ({host}): marks, undo and history cleared",
        .stillOn: "Still on {name}.",
        .nothingChanged: "Nothing changed.",
        .bannerCannotSwitch: "Cannot switch to {profile}",
        .flashCannotUndoEntry: "Cannot undo {id}: {why}",

        .copyNothing: "nothing: there is no {label}",
        .copyEscaped: """
        {label}, escaped: it holds control or invisible characters ({count, one {# character} other {# \
        characters}})
        """,
        .copyWhat: "{label} ({count, one {# character} other {# characters}})",
        .entryOf: "of {contact} (entry {entry})",
        .flashRecreatedEntry: "Re-created {count, one {# subscription} other {# subscriptions}} {what}",
        .bannerRecreationIncomplete: "Re-creation incomplete",
        .bannerRecreationIncompleteMessage: """
        Re-created {restored} of {total, one {# subscription} other {# subscriptions}} {what}; {failed} \
        failed ({error}). {journal}, then {undo}, tries again.
        """,

        .promptTitle: "Look up a contact",
        .promptKind: "Kind: {kind}, {reason}",
        .promptKindChangeable: "{reason}; {key} changes it",
        .promptRecent: "Recent (↑/↓):",
        .kindChosen: "chosen with {key}",
        .kindRecalled: "recalled with the lookup",
        .kindGuessedTyping: "guessed as you type",
        .kindGuessedAt: "guessed: it has an @",
        .kindGuessedHash: "guessed: 32 hex digits",
        .kindGuessedUUID: "guessed: a UUID",
        .kindGuessed: "guessed",
        .lookupKindContactID: "contact id",
        .lookupKindSubscriptionID: "subscription id",
        .pickerTitle: "Profiles",
        .pickerKey: "key: {source}",
        .pickerExplanation: """
        Switching reads the profile's key, cancels what is in flight, and clears marks, undo and history.
        """,
        .journalReading: "Reading the journal…",
        .journalUnreadable: "The journal cannot be read: {problem}",
        .journalEmpty: "Nothing was deleted or re-created under this profile yet.",
        .journalNoMatch: "No entry matches the filter.",
        .journalFilterHint: "{key} filters · ● this contact's entries",
        .journalTitle: "Journal · {profile}",
        .journalTitleProfile: "profile {name}",
        .journalTitleNoProfile: "no profile",
        .journalEntryCount: "{count, one {# entry} other {# entries}}",
        .journalShown: "({count} shown)",
        .journalDetailEntry: "entry",
        .journalDetailRun: "run {run}",
        .journalDetailWhen: "when",
        .journalDetailWhenBy: "{time} by {user}",
        .journalDetailContact: "contact",
        .journalDetailOutcome: "outcome",
        .journalDetailRequests: "requests",
        .journalDetailReason: "reason",
        .journalSavedUnreadable: "its saved subscriptions cannot be read",
        .tooSmallTitle: "Terminal too small",
        .tooSmallNeed: "need {columns}×{rows},",
        .tooSmallHave: "have {columns}×{rows}",
        .listLoading: "Loading…",
        .listNoContact: "No contact yet. Press {key} to look one up.",
        .listNoSubscriptions: "This contact has no subscriptions.",
        .listFilterInvalid: "The filter is not valid: {error}. {key} clears it.",
        .listNoMatch: "No subscription matches \"{query}\". {key} clears the filter.",
        .readOnlySession: "this session is read-only",
        .bannerLogFile: "Log file",
        .bannerSettings: "Settings",
        .bannerSettingsDismiss: "{key} dismisses this.",
        .bannerUnknownAtStart: """
        {count, one {# journalled request has} other {# journalled requests have}} an unknown outcome (the \
        newest: {request} at {time}). {journal} lists them; {restore} re-creates what they removed.
        """,
        .cannotWriteJournal: "Cannot write the journal ({error}).",
        .noConfigFile: "no config file",
        .noSuchProfile: "no profile \"{name}\"",
        .needsTerminal: "the browser needs a terminal; for scripts, see {help}",
        .noAPIKey: "no API key",
        .cannotStart: "cannot start: {error}",
        .cannotWriteLogFile: "cannot write the log file '{path}': {error}",
        .terminalWriteFailed: "could not write to the terminal",
        .tmuxExited: "tmux load-buffer exited with {code}",
        .tmuxKilled: "tmux load-buffer was killed by a signal",
        .tmuxTimedOut: "tmux load-buffer did not finish within {seconds} s",
        .tmuxFailed: "tmux load-buffer failed: {error}",

        .errorUnauthorized: "401 Unauthorized: the API key was refused. Check the key file or {variable}.",
        .errorForbidden: "403 Forbidden: this API key is not allowed to do that.",
        .errorNotFoundContact: "404 Not Found: no such contact.",
        .errorNotFoundSubscription: "404 Not Found: no such subscription.",
        .errorNotFoundResource: "404 Not Found: no such resource.",
        .errorNotFoundOther: "404 Not Found: no such {subject}.",
        .errorRateLimitedWait: "429 Too Many Requests: the server asks to wait (Retry-After: {retryAfter}).",
        .errorRateLimited: "429 Too Many Requests: the server is rate limiting; try again shortly.",
        .errorServer: "Server error {status}.",
        .errorServerExcerpt: "Server error {status}: {excerpt}",
        .errorUnexpectedStatus: "Unexpected HTTP status {status}.",
        .errorUnexpectedStatusExcerpt: "Unexpected HTTP status {status}: {excerpt}",
        .errorTimeout: "Timed out after {seconds} waiting for the server.",
        .errorConnectionFailed: "Cannot connect to {host}: {reason}.",
        .errorConnectionLost: "The connection to {host} broke before an answer came: {reason}.",
        .errorInvalidJSON: "The server sent invalid JSON: {reason} at line {line}, column {column} (byte {offset}).",
        .errorUnexpectedShape: "The server's answer has an unexpected shape: {reason}.",
        .errorResponseTooLarge: "The answer is larger than the {limit} MiB limit; it was not read.",
        .errorInsecureBaseURL: """
        Refusing {url}: the API must be reached over https (http is allowed only for loopback addresses).
        """,
        .errorInvalidBaseURL: "Not a usable base URL: {url}.",
        .errorInvalidAPIKey: "The API key is not usable: {reason}.",
        .errorTooManyRedirects: "Too many redirects.",
        .errorInsecureRedirect: "Refusing a redirect to {url}: not https.",
        .errorCancelled: "Cancelled.",
        .reasonConnectTimeout: "timed out while connecting",
        .reasonServerClosed: "the server closed the connection",
        .reasonRefused: "connection refused",
        .reasonUnknownHost: "unknown host",
        .reasonUnreachable: "network unreachable",
        .reasonReset: "connection reset",
        .reasonBrokeOff: "the answer broke off after its status line (HTTP {status})",
        .reasonMalformed: "the answer was malformed ({error})",
        .reasonTLSHandshake: "TLS handshake failed ({error})",

        .bannerLine: "{title}: {message}",
        .badgeReadOnly: "READ-ONLY",
        .badgeReadWrite: "READ-WRITE",
        .badgeDemo: "DEMO",
        .filterFuzzy: "fuzzy",
        .filterError: "error",
        .filterFiltering: "filtering…",
        .filterIndexing: "indexing…",
        .listSorting: "sorting…",
        .copyMenuTitle: "Copy",
        .queryUnclosedQuote: "unclosed quote",
        .queryNeedsValue: "\"{term}\" needs a value",
        .queryAgeNeedsSign: "an age needs < or >, e.g. {example}",
        .queryNotAField: "\"{word}\" is not a field, so \"{term}\" is searched as text",

        .doctorStepConfig: "config",
        .doctorStepProfile: "profile",
        .doctorStepKey: "key",
        .doctorStepKeyAccepted: "key accepted",
        .doctorStepClock: "clock",
        .doctorStepTerminal: "terminal",
        .doctorStepLocale: "locale",
        .doctorStepColours: "colours",
        .doctorStepSize: "size",
        .doctorStepJournal: "journal",
        .doctorStepProxy: "proxy",
        .doctorFixLine: "fix: {fix}",
        .doctorNotChecked: "not checked: {reason}",
        .doctorFixAbove: "fix the step above first",
        .doctorNoBaseURL: "no base URL",
        .doctorWarningLine: "warning: {warning}",
        .doctorNoteLine: "note: {note}",
        .doctorConfigParses: "{path} parses: {profiles, one {# profile} other {# profiles}}",
        .doctorConfigWarnings: " with {count, one {# warning} other {# warnings}} (below)",
        .doctorConfigNone: "no file at {path}: flags and environment only ({command} writes one)",
        .doctorConfigFix: "correct the file at the place named ({command})",
        .doctorConfigUnusable: "the config file cannot be used",
        .doctorProfileFrom: "{name} from {origin}, {host}",
        .doctorProfileNone: "none in use, {host}",
        .doctorProfileFix: "{command} lists the profiles; pick one with --profile NAME",
        .doctorNoProfileForKey: "no profile to read it from",
        .doctorNoKeyNamed: "nothing names a key",
        .doctorNoKeyFix: """
        set NP6_API_KEY, pass --key-file PATH, or give the profile a key_file, key_env or key_command
        """,
        .doctorKeyRead: "read from {location} ({origin})",
        .doctorKeyFixFile: "make '{path}' hold the key on its first line, readable only by you (chmod 600)",
        .doctorKeyFixEnvironment: "export {name} with the key (np6-subs reads it, never prints it)",
        .doctorKeyFixCommand: """
        run the profile's key_command ({program}) yourself: it must exit 0 within {timeout} and print the \
        key on its first line
        """,
        .doctorProxyTunnel: "; https goes through a CONNECT tunnel, so it never sees the key",
        .doctorProxyCredentials: " with credentials (hidden)",
        .doctorProxyFrom: "{proxy} from {origin}{credentials}{tunnel}",
        .doctorProxyIgnored: "none: --no-proxy ignores the environment",
        .doctorProxyNoProxy: "none for {host}: NO_PROXY sends it direct",
        .doctorProxyNone: "none in use: np6-subs connects directly",
        .doctorTLSNotUsed: "not used: http on loopback",
        .doctorTLSTrustStore: "the system's trust store",
        .doctorTLSTrustStoreAnd: "the system's trust store and {roots}",
        .doctorTLSVerifies: "the certificate of {host} verifies with {roots}",
        .doctorTLSDetails: """
        {version}; certificate {subject}, issued by {issuer}, valid until {expiry} ({days, one {# day} other \
        {# days}} left); verified with {roots}
        """,
        .doctorTLSExpiresSoon: "the certificate expires soon: tell the server's owner",
        .doctorTLSThroughProxy: "the certificate of {host} verifies, through the tunnel of {proxy}",
        .doctorTLSFix: "as the line says; np6-subs never switches verification off",
        .doctorProxyFix: "as the line says: the proxy's URL, its credentials or its rules, not the NP6 server",
        .doctorProxyNoWay: "the proxy did not open the way to {host}",
        .doctorNoAnswerWithin: "no answer within {timeout}",
        .doctorAnswerTooLarge: "the answer was too large",
        .doctorCancelled: "cancelled",
        .doctorNoHTTPAnswer: "no HTTP answer from {host}: {reason}",
        .doctorNoHTTPAnswerFix: "check that the base URL points at the NP6 API",
        .doctorNoConnection: "no connection",
        .doctorServerSilent: "the server did not answer",
        .doctorNoKey: "no key",
        .doctorProxyHost: "the proxy's host {host}",
        .doctorTheProxy: "the proxy {proxy}",
        .doctorResolves: "{name} resolves to {addresses}",
        .doctorDNSFixProxy: "check the proxy's host ({origin})",
        .doctorDNSFix: "check the host name in the base URL, and this machine's DNS (resolvectl status)",
        .doctorDoesNotResolve: "{host} does not resolve: {reason}",
        .doctorHostUnresolved: "the host does not resolve",
        .doctorConnectedIn: "connected to {what} in {milliseconds} ms",
        .doctorTCPFixProxy: "check the proxy's host and port ({origin}), and that it runs",
        .doctorTCPFix: "check that the host and port are right and that a firewall lets this machine through",
        .doctorCannotConnect: "cannot connect to {what}: {reason}",
        .doctorKeyListed: "GET /parameters/applications answered 200",
        .doctorKeyRefused: "the server refused the key (401)",
        .doctorKeyRefusedBecause: "the server refused the key ({error})",
        .doctorKeyWrongFix: "check the key source above: the key may be wrong, revoked or for another account",
        .doctorKeyNoApplications: "accepted, but it may not list applications (403): names show as ids",
        .doctorKeyNotNP6Fix: "the server answered, but not as the NP6 API does: check the base URL",
        .doctorClockNoDate: "not compared: the server sent no Date header",
        .doctorClockWithin: "within a second of the server's",
        .doctorClockAhead: "{seconds} s ahead of the server's",
        .doctorClockBehind: "{seconds} s behind the server's",
        .doctorClockOff: "{skew}: dates, ages and the journal's times would be off",
        .doctorClockFix: "synchronise the clock (timedatectl set-ntp true)",
        .doctorTermUnset: "TERM is not set",
        .doctorTermUnsetFix: "run np6-subs in a terminal, or export TERM=xterm-256color",
        .doctorTermKnown: "TERM={term} is known to terminfo",
        .doctorTermNotAddressable: "TERM={term} cannot move the cursor: the browser cannot draw on it",
        .doctorTermNotAddressableFix: "use a full terminal (TERM=xterm-256color); the subcommands work anywhere",
        .doctorTermUnknown: "terminfo has no entry for TERM={term}",
        .doctorTermUnknownFix: "install it (apt-get install ncurses-term), or export TERM=xterm-256color",
        .doctorLocaleUnset: "unset",
        .doctorLocaleFallback: "UTF-8 ({locale} is not installed here: drawn with {fallback}'s characters)",
        .doctorLocaleUTF8: "UTF-8 ({locale})",
        .doctorLocaleWrong: "{codeset} ({locale}): wide and accented characters would be drawn wrong",
        .doctorLocaleFix: "export LANG=C.UTF-8 (or another installed UTF-8 locale: locale -a)",
        .doctorColoursOff: "off: NO_COLOR is set (badges and the production band show in reverse video)",
        .doctorColoursNone: "none in terminfo: styles only (bold, reverse, underline)",
        .doctorColoursUnknown: "not known (no terminfo entry)",
        .doctorSizeNarrow: " (80×24 or more shows the detail beside the list)",
        .doctorSizeTooSmall: "{size} is below the browser's 40×10",
        .doctorSizeFix: "make the window larger",
        .doctorSizeNoTerminal: "no terminal on standard output (the browser checks it when it starts)",
        .doctorJournalWillCreate: "{folder} will be created (mode 0700) at the first delete",
        .doctorJournalNoParent: "{folder} does not exist and {parent} is not writable",
        .doctorJournalNoParentFix: "{command}, or set XDG_STATE_HOME",
        .doctorJournalNotFolder: "{folder} is not a folder",
        .doctorJournalNotFolderFix: "move it away; np6-subs creates the folder itself",
        .doctorJournalTrustFix: "make the folder yours alone (the fix above), or set XDG_STATE_HOME",
        .doctorNotWritable: "{path} is not writable",
        .doctorChmodFolderOwner: "{command} (and check its owner)",
        .doctorFolderOpen: "{folder} has mode {mode}: others can read what was deleted",
        .doctorJournalLink: "{path} is a symbolic link, which np6-subs refuses to follow",
        .doctorJournalLinkFix: "look at where it leads, then remove it: the journal is a file of its own",
        .doctorFileMode: "{path} has mode {mode}",
        .doctorJournalWritable: "{folder} is writable, mode {mode}",

        .doctorLine: "{mark} {step}: {finding}",
        .keySourceFile: "the file {path}",
        .keySourceEnvironment: "the environment variable {name}",
        .keySourceCommand: "the command {program}",
        .keySourceArgumentsHidden: "{program} ({count, one {# argument} other {# arguments}} not shown)",
        .quotedValue: "\"{value}\"",

        .placeWithProfile: "on {host} (profile {profile})",
        .placeWithoutProfile: "on {host} (no profile)",
        .actionDelete: "delete",
        .actionRestore: "restore",
        .refusingWithoutTerminal: """
        refusing to {action} without a terminal to confirm on; pass --yes to confirm in a script
        """,
        .notConfirmed: "not confirmed; nothing was done",
        .askReason: "Reason, e.g. a ticket (Enter for none): ",
        .typeYes: "Type yes to go on: ",
        .typeProfileName: "This is a production profile: type its name ({name}) to go on: ",
        .exitOK: "ok",
        .exitAPIError: "API or network error",
        .exitUsage: "usage error",
        .exitNotFound: "not found",
        .exitClosedPipe: "output closed early",
        .exitSummary: "Exit codes of the subcommands: {codes}.",
        .dryRunWouldSend: "Dry run; would send:",
        .nothingToDelete: "Nothing to delete.",
        .deleteOneQuestion: "Delete this subscription {place} with {request}?",
        .deleteManyQuestion: """
        Delete these {count, one {# subscription} other {# subscriptions}} {place} with {requests, one {# \
        request} other {# requests}}?
        """,
        .refusingDeleteJournal: "refusing to delete: cannot write the journal ({error})",
        .refusingRestoreJournal: "refusing to restore: cannot write the journal ({error})",
        .deletedID: "deleted {id}",
        .recreatedID: "re-created {id}",
        .deletedOfContact: "deleted {count, one {# subscription} other {# subscriptions}} of {kind} {value}",
        .journalEntryLine: "journal entry {entry}",
        .journalEntryUndoable: "journal entry {entry} ({command} re-creates what it deleted)",
        .recheckGone: "deleted {id} (the answer was lost: {cause} A re-check shows it is gone.)",
        .recheckStillThere: "{id}: not deleted. The answer was lost ({cause}), and a re-check shows it is still there.",
        .recheckFailedID: """
        {id}: outcome unknown ({cause}); the re-check failed too ({error}). {command} keeps the entry.
        """,
        .recheckFailed: "outcome unknown ({cause}); the re-check failed too ({error}). {command} keeps the entry.",
        .recheckAllGone: """
        deleted {count, one {# subscription} other {# subscriptions}} of {kind} {value} (the answer was \
        lost: {cause} A re-check shows {count, one {it is} other {they are}} gone.)
        """,
        .recheckSomeLeft: """
        the answer was lost ({cause}); a re-check shows {remaining} of {count, one {# subscription} other {# \
        subscriptions}} still there.
        """,
        .cannotRecordRecheck: "cannot record the re-check in the journal ({error})",
        .cannotRecordRestore: "cannot record the restore in the journal ({error})",
        .journalIsEmpty: "The journal is empty: nothing was deleted or re-created yet.",
        .journalNoEntryMatches: "No journal entry matches.",
        .noJournalEntry: "no journal entry {entry}",
        .entryAmbiguous: "{entry} matches {count, one {# entry} other {# entries}}; give more of the id",
        .entryHoldsNothing: "entry {entry} holds no subscriptions to re-create",
        .restoreDryRun: """
        Dry run: would re-create {count, one {# subscription} other {# subscriptions}} {place} with {count, \
        one {# request} other {# requests}} PUT /subscriptions; nothing was sent.
        """,
        .restoreOneQuestion: "Re-create this subscription {place} with PUT /subscriptions?",
        .restoreManyQuestion: """
        Re-create these {count, one {# subscription} other {# subscriptions}} {place} with {count, one {# \
        request} other {# requests}} PUT /subscriptions?
        """,
        .entryOtherHost: """
        entry {entry} was recorded against {recorded}, and this would re-create it on {host}. To do that on \
        purpose, add --to-host {host}
        """,
        .underProfile: "under the profile \"{profile}\"",
        .withoutProfile: "without a profile",
        .entryOtherProfile: """
        entry {entry} was recorded {recorded}, and this would re-create it {now}. To do that on purpose, add \
        {option}
        """,
        .noDeletesOfRun: "no deletes of run {run} in the journal",
        .restoreRunQuestion: """
        Re-create {count, one {# subscription} other {# subscriptions}} of run {run} ({contacts, one {# \
        contact} other {# contacts}}) {place} with {count, one {# request} other {# requests}} PUT \
        /subscriptions?
        """,
        .progressRestoring: "restoring",
        .recreatedOfContact: "re-created {count, one {# subscription} other {# subscriptions}} of {contact}",
        .restoreRunSummary: """
        Run {run}: re-created {count, one {# subscription} other {# subscriptions}}; {failed, one {# \
        contact} other {# contacts}} with a failure
        """,
        .runPlanEntry: "{contact} (entry {entry}, {outcome}): {count, one {# subscription} other {# subscriptions}}",
        .restoreRunDryRun: """
        Dry run: run {run} would re-create {count, one {# subscription} other {# subscriptions}} of \
        {contacts, one {# contact} other {# contacts}} {place} with {count, one {# request} other {# \
        requests}} PUT /subscriptions; nothing was sent.
        """,
        .noConfigAt: "no config file at {path}; {command} writes one",
        .configNoProfile: "{path} defines no profile yet.",
        .profileInUse: "* in use: {name}",
        .configWritten: "Wrote {path} (mode 0600). Edit its profiles, then: {next}",
        .yesWord: "yes",
        .noWord: "no",
        .columnName: "NAME",
        .columnHost: "HOST",
        .columnKey: "KEY",
        .columnReadOnly: "READ-ONLY",
        .columnProduction: "PRODUCTION",
        .columnLabel: "LABEL",
        .columnBelongsTo: "BELONGS TO",

        .batchContactAtLine: "{contact} (line {line})",
        .batchCannotFetch: "{title}: cannot fetch it, left out: {error}",
        .batchBulkRefused: """
        {title}: left out: its list holds {foreign}, which its bulk DELETE would take too (--only deletes \
        its own rows one by one)
        """,
        .batchSameAs: "{title}: the same contact as line {line}; deleted there",
        .batchNothing: "{title}: nothing to delete",
        .batchSubscriptions: "{title}: {count, one {# subscription} other {# subscriptions}}",
        .batchLeftOutForeign: "left out: {foreign}, not this contact's",
        .batchSubscriptionsOf: "{count, one {# subscription} other {# subscriptions}} of {whose}",
        .batchRunName: " (run {run})",
        .batchTotalNothing: "; {count} with nothing to delete",
        .batchTotalSame: "; {count} named a contact of an earlier line",
        .batchTotalRefused: "; {count} left out (they hold another contact's subscriptions)",
        .batchTotalForeign: "; {count, one {# subscription} other {# subscriptions}} of other contacts left out",
        .batchTotalUnfetched: "; {count} could not be fetched (left out)",
        .batchPlanTotals: """
        Plan{run} {place}: {contacts, one {# contact} other {# contacts}}, {count, one {# subscription} \
        other {# subscriptions}} to delete with {requests, one {# request} other {# requests}}{rest}
        """,
        .batchDeletedOf: "deleted {count, one {# subscription} other {# subscriptions}} of {what}",
        .batchSeconds: "{seconds} s",
        .batchSecondsRate: "{seconds} s ({rate} contacts/s)",
        .batchRunSummary: """
        Run {run}{interrupted}: {contacts, one {# contact} other {# contacts}}, {count, one {# subscription} \
        other {# subscriptions}} deleted, in {took}
        """,
        .batchInterrupted: " (interrupted)",
        .batchColumnResult: "RESULT",
        .batchColumnContacts: "CONTACTS",
        .batchResumeHint: "{command} continues it (unknown outcomes are checked first)",
        .batchRestoreHint: "{command} re-creates what it deleted",
        .batchRepeatedLine: "line {line} repeats line {first}; the contact is handled once",
        .batchMoreRepeated: "and {count} more repeated lines",
        .outcomeDeleted: "deleted",
        .outcomeAlreadyGone: "already gone",
        .outcomeNothingToDelete: "nothing to delete",
        .outcomeFailed: "failed",
        .outcomeUnknown: "unknown",
        .outcomeNotStarted: "not started",
        .outcomeDoneBefore: "done before",
        .progressFetching: "fetching",
        .progressDeleting: "deleting",
        .batchNotFetched: "not fetched: {what}: {error}",
        .batchFetched: "fetched {what}",
        .batchStoppedFetching: "stopped while fetching (Ctrl-C): nothing was sent",
        .batchFetchedIn: "Fetched {count, one {# contact} other {# contacts}} in {took}",
        .batchDryRun: "Dry run: nothing was sent.",
        .batchQuestion: """
        Delete {count, one {# subscription} other {# subscriptions}} of {contacts, one {# contact} other {# \
        contacts}} {place} with {requests, one {# request} other {# requests}}?
        """,
        .batchTypeProduction: "This is a production profile: type {answer} to go on: ",
        .batchTypeCount: "Type the number of subscriptions ({count}) to go on: ",
        .batchNotConfirmed: "not confirmed; nothing was deleted",
        .batchCannotWriteRunFile: "cannot write the run file {path}: {error}; nothing was deleted",
        .batchNoRunToResume: "no run {run} to resume: {error}",
        .batchNeverConfirmed: """
        run {run} was never confirmed (it stopped while fetching, or the count was not typed): nothing of it \
        was sent; start it again
        """,
        .batchPlanCutShort: """
        run {run}'s plan has no confirmation line (the file was cut short), yet the journal holds {count, \
        one {# contact} other {# contacts}} of it: it was sent. {command} lists them; it cannot be resumed \
        from this plan
        """,
        .batchOtherPlace: """
        run {run} was made against {recorded}; this is {current}. Resume it with the same --profile or \
        --base-url
        """,
        .batchHostProfile: "{host} (profile {profile})",
        .batchResumeQuestion: """
        Resume run {run} ({source})? Contacts done before are skipped; those with an unknown outcome are \
        checked first.
        """,
        .batchStopping: """
        stopping: no new requests; those in flight finish (Ctrl-C again abandons them, their outcome is then \
        unknown)
        """,
        .batchJournalBroken: "stopped: cannot write the journal ({error}); nothing more was sent",
        .batchWaiting: """
        waiting {left} for the rate limit (the server's X-RateLimit-Reset; a reset announced further ahead \
        is tried again after 5 minutes); Ctrl-C stops
        """,
        .batchWaitingShort: "waiting {left} for the rate limit; Ctrl-C stops",
        .progressCounts: "{done}/{total}  {rate}/s  ETA {left}  failures {failures}",
        .progressCountsShort: "{verb} {done}/{total} {rate}/s ETA {left} {failures} failed",
        .batchNotFound: "{title}: not found",

        .refusingWithoutTerminalBatch: """
        refusing to {action} without a terminal to confirm on; pass --yes to confirm in a script (or \
        --dry-run to see the plan)
        """,

        .journalColumnWhen: "WHEN",
        .journalColumnEntry: "ENTRY",
        .journalColumnProfile: "PROFILE",
        .journalColumnContact: "CONTACT",
        .journalColumnOperation: "OPERATION",
        .journalColumnCount: "COUNT",
        .journalColumnOutcome: "OUTCOME",
        .journalColumnReason: "REASON",
        .operationDelete: "delete",
        .operationDeleteAll: "delete all",
        .operationUndo: "undo (re-create)",
        .operationRestore: "restore",
        .operationRestoreOf: "restore {entry}",
        .operationUnrecognised: "{operation} (unrecognised)",
        .resultDone: "done",
        .resultFailed: "failed",
        .resultUnknown: "unknown",
        .resultPartial: "partial",
        .resultRestored: "restored",
        .resultNotSent: "not sent",
        .outcomeUnknownWords: "outcome unknown",
        .outcomeSettled: "{recorded}, settled: {result} by {by}",
        .undoRefusedRecreation: "it re-created subscriptions; only a delete is undone",
        .undoRefusedUnknownOperation: "this version does not know {operation}",
        .undoRefusedFailed: "its delete failed, nothing was removed",
        .undoRefusedRecreated: "re-created already",
        .undoRefusedRecreatedBy: "re-created already by {entry}",
        .undoRefusedOtherHost: "recorded against {host} ({command})",
        .undoRefusedEmpty: "it holds no subscriptions",
        .journalFailureTrust: "the journal: {problem}",
        .journalFailureLink: "{path} is a symbolic link: refused (the journal is a file of its own)",
        .journalFailureRead: "cannot read {path}",
        .journalFailureAudit: "audit log: {error}",
        .journalFailureWrite: "cannot write {path}: {error}",
        .journalFailureSync: "cannot sync {path}: {error}",
        .fileCannotOpen: "cannot open {path}: {error}",

        .helpAuditReason: """
        Why, e.g. a ticket number: recorded in the journal with each delete and re-creation (the browser \
        offers it in every confirmation).
        """,
        .helpAuditAuditLog: """
        Also append every journal line to this file, e.g. one the team shares; >(logger -t np6-subs) sends \
        it to syslog. Default: NP6_AUDIT_LOG.
        """,
        .helpBatchFromFile: """
        Take the contacts from this file (- for standard input): one per line, unicity:…, hash:… or id:… (a \
        bare value is a unicity); blank lines and # comments are skipped.
        """,
        .helpBatchCsvColumn: "Read --from-file as CSV and take the contacts from this column (by its header).",
        .helpBatchJobs: "Requests at once with --from-file (1 to 16).",
        .helpBrowseAbstract: """
        Browse one NP6 contact's push-notification subscriptions, read their tokens, delete stale ones.
        """,
        .helpBrowseDiscussion: """
        The API key comes from --key-file PATH (a file only you can read) or the environment variable \
        NP6_API_KEY. There is no flag for the key itself, so it never shows in `ps` or in shell history.

        The base URL comes from --base-url, then NP6_BASE_URL, then the profile, then \
        https://api-cm.np6.com.

        Profiles (one per account and environment) live in ~/.config/np6-subs/config.yaml: --profile NAME \
        picks one, P switches inside. See np6-subs profiles and np6-subs config init.

        Without a contact flag the program opens on the lookup prompt. Press ? inside for every key. Try it \
        without a key: np6-subs --demo
        """,
        .helpBrowseUnicity: "Open on the contact with this unicity (its business key, often an e-mail address).",
        .helpBrowseHash: "Open on the contact with this hash.",
        .helpBrowseContactID: "Open on the contact with this id.",
        .helpBrowseSubscriptionID: "Open on the contact that owns this subscription, with it selected.",
        .helpBrowseReadOnly: """
        Disable every write: deleting (d and D), undo (u) and marking rows for deletion (space). Also \
        NP6_READ_ONLY=1, and a profile's read_only: true.
        """,
        .helpBrowseReadWrite: """
        Allow deleting for this session although the profile says read_only: true (the header says so).
        """,
        .helpBrowseDemo: """
        Run against a built-in sandbox of the NP6 API on 127.0.0.1, opened on its example contact. No key \
        needed.
        """,
        .helpBrowseLogFile: "Write a debug log (requests, statuses, timings; the key redacted) to this file.",
        .helpBrowseNoMouse: """
        Leave the mouse to the terminal, so that text can be selected without holding Shift. Also \
        NP6_NO_MOUSE=1.
        """,
        .helpConfigAbstract: "Write a commented config file, or say where it is.",
        .helpConfigInitAbstract: "Write a commented config file (mode 0600); an existing one is never overwritten.",
        .helpConfigPathAbstract: """
        Print where the config file is ($XDG_CONFIG_HOME/np6-subs/config.yaml, else \
        ~/.config/np6-subs/config.yaml).
        """,
        .helpConnectionProfile: """
        Use this profile of the config file (np6-subs profiles lists them). Default: NP6_PROFILE, else the \
        file's default_profile.
        """,
        .helpConnectionBaseURL: """
        The NP6 API's base URL (https; http only on loopback). Default: NP6_BASE_URL, else the profile's, \
        else https://api-cm.np6.com.
        """,
        .helpConnectionKeyFile: """
        Read the API key from this file; it must not be readable by group or others (chmod 600). Default: \
        NP6_API_KEY, else the profile's key source.
        """,
        .helpConnectionCaFile: """
        Also trust the CA certificates in this PEM file (or folder), e.g. a network's private CA. Default: \
        the profile's ca_file; SSL_CERT_FILE and SSL_CERT_DIR add theirs.
        """,
        .helpConnectionProxy: """
        Go through this HTTP proxy, http://[USER:PASSWORD@]HOST:PORT (https in a CONNECT tunnel). Default: \
        the profile's proxy, else HTTPS_PROXY or ALL_PROXY, minus NO_PROXY.
        """,
        .helpConnectionNoProxy: "Ignore the proxy variables of the environment (HTTPS_PROXY, ALL_PROXY, NO_PROXY…).",
        .helpContactUnicity: "The contact's unicity.",
        .helpContactHash: "The contact's hash.",
        .helpContactContactID: "The contact's id.",
        .helpDeleteAbstract: "Delete subscriptions, journalled first. Asks on a terminal; without one, needs --yes.",
        .helpDeleteDiscussion: """
        With --from-file it works on many contacts: it fetches each one and prints the plan (what each \
        contact has, the exact requests, the totals), asks for the number of subscriptions to be typed \
        (unless --yes), then deletes --jobs contacts at a time, paced by the server's rate-limit headers, \
        under one run id in the journal. Ctrl-C stops new requests (twice abandons those in flight); \
        --resume RUN continues; restore --run RUN re-creates it.
        """,
        .helpDeleteSubscriptions: "One or more subscription ids.",
        .helpDeleteOnly: """
        With --from-file: delete only each contact's subscriptions that match this query (the browser's / \
        syntax, e.g. 'app:shop provider:apns'), one DELETE each.
        """,
        .helpDeleteResume: """
        Continue the interrupted run RUN (its id is in the summary and the journal): skips what is done, \
        re-checks unknown outcomes.
        """,
        .helpDeleteFormat: """
        With --from-file or --resume: table (a plan and a summary) or json (one JSON line per contact).
        """,
        .helpDeleteDryRun: "Print the requests (with --from-file, the whole plan); send nothing.",
        .helpDeleteYes: "Confirm without asking (for scripts).",
        .helpDeleteReadWrite: "Write although the profile says read_only: true (this command only).",
        .helpDoctorAbstract: """
        Check the config, the key source, DNS, TCP, TLS, the proxy, the key, the clock, the terminal and the \
        journal folder.
        """,
        .helpDoctorDiscussion: """
        Prints one ✓ or ✗ line per step, with the fix for each ✗. Exits 0 when everything passes, 1 \
        otherwise. It never prints the key.
        """,
        .helpJournalAbstract: """
        List the deletion journal, newest first: when, whom, what, how many, the outcome and the reason \
        (entries without an outcome: outcome unknown).
        """,
        .helpJournalFormat: "table, json or csv.",
        .helpJournalWide: "Show every column in full: the operator, the host and the requests too.",
        .helpJournalContact: "Only entries about this contact (part of its unicity, hash or id; any case).",
        .helpJournalSince: "Only entries since this local date (2024-01-15, 2024-01, 2024) or age (7d, 12h, 2w).",
        .helpJournalHost: "Only entries sent to this host (part of its name).",
        .helpJournalProfile: "Only entries recorded under this config profile.",
        .helpJournalRunID: "Only the entries of this batch run (delete --from-file prints its id).",
        .helpJournalDemo: "The journal of the --demo sessions (kept apart from the real one).",
        .helpListAbstract: """
        List a contact's subscriptions, or many contacts' with --from-file (JSON output is the server's own \
        objects).
        """,
        .helpListFilter: """
        Keep only the rows that match this query, the browser's / syntax: every space-separated term must \
        match; smart case (a term in lower case ignores case, one with a capital matches exactly); !term \
        excludes; "a phrase"; ~term is fuzzy; provider: app: token: id: contact: user: look in one field; \
        created: and modified: take dates (>2024-01-01, <=2023-06, 2025), ages (<30d, >1y) and never. See \
        docs/usage.md, "The filter".
        """,
        .helpNP6SubsDiscussion: "Without a subcommand it runs the browser (np6-subs browse). ",
        .helpProfilesAbstract: """
        List the config file's profiles: name, host, key source kind, read-only, production (never a key).
        """,
        .helpRestoreAbstract: """
        Re-create the subscriptions of a journal entry (or of a whole batch run) with PUT /subscriptions.
        """,
        .helpRestoreEntryID: "The journal entry's id, or a unique prefix of it.",
        .helpRestoreRunID: "Re-create everything the batch run RUN deleted (delete --from-file prints its id).",
        .helpRestoreJobs: "With --run: requests at once (1 to 16).",
        .helpRestoreDryRun: "Print what would be re-created, and where; send nothing.",
        .helpRestoreToHost: """
        Re-create on this host although the entry was recorded against another (it must be the host \
        --base-url names).
        """,
        .helpRestoreToProfile: """
        Re-create under this profile although the entry was recorded under another (it must be the profile \
        in use; none for no profile).
        """,
        .helpShowAbstract: "Show one subscription.",
        .helpShowSubscriptionID: "The subscription's id.",

        .helpHeadingOverview: "OVERVIEW:",
        .helpHeadingUsage: "USAGE:",
        .helpHeadingOptions: "OPTIONS:",
        .helpHeadingArguments: "ARGUMENTS:",
        .helpHeadingSubcommands: "SUBCOMMANDS:",
        .helpShowVersion: "Show the version.",
        .helpShowHelp: "Show help information.",
        .helpSeeSubcommand: "See '{command}' for detailed help.",
        .helpSubcommandsForScripts: "SUBCOMMANDS (for scripts; {command} for each):",
        .helpErrorPrefix: "Error:",
        .helpHelpAbstract: "Show subcommand help information.",

        .helpUsageShort: "Usage:",
        .helpSeeMore: "See '{command}' for more information.",

        .usageCSVColumnNeedsFile: "--csv-column reads the file of --from-file; give --from-file too.",
        .usageJobsRange: "--jobs must be between 1 and 16, not {jobs}.",
        .usageReadOnlyAndWrite: "--read-only and --read-write contradict each other; give one.",
        .usageAtMostOneContact: "Give at most one of --unicity, --hash, --contact-id, --subscription-id.",
        .usageContactFlagEmpty: "A contact flag needs a non-empty value.",
        .usageDemoWithServer: """
        --demo runs its own sandbox on 127.0.0.1 and never sends anything to {flag}; drop one of the two (to \
        try a real server, drop --demo).
        """,
        .usageOnlyNeedsFile: "--only works with --from-file.",
        .usageDeleteFormats: "delete writes table or json.",
        .usageJSONNeedsBatch: "--format json works with --from-file or --resume.",
        .usageDryRunResume: "--dry-run shows a new plan; --resume continues one that was confirmed.",
        .usageDeleteSources: """
        Give --subscription ID…, exactly one of --unicity, --hash, --contact-id, or --from-file FILE, or \
        --resume RUN.
        """,
        .usageListSources: "Give --from-file or one of --unicity, --hash, --contact-id, not both.",
        .usageRestoreSources: "Give a journal entry id or --run RUN.",
        .usageExactlyOneContact: """
        Give exactly one of --unicity, --hash, --contact-id (or --from-file FILE for many contacts).
        """,
        .usageNeedsValue: "{flag} needs a non-empty value.",
        .usageTheEntryID: "The journal entry id",
        .usageTheSubscriptionID: "The subscription id",
        .usageSince: """
        --since takes a date (2024-01-15, 2024-01, 2024) or an age (7d, 12h, 2w, 6m, 1y), not "{since}".
        """,
        .usageUnknownCommandSuggest: "unknown command \"{word}\". Did you mean \"{name}\"? ({help})",
        .usageUnknownCommand: "unknown command \"{word}\" (commands: {commands}; {help})",

        .helpDefaultLabel: "default:",
        .helpValuesLabel: "values:",

        .manSectionEnvironment: "ENVIRONMENT",
        .manSectionFiles: "FILES",
        .manSectionExitStatus: "EXIT STATUS",
        .manSectionKeys: "KEYS",
        .manSectionExamples: "EXAMPLES",
        .manEnvAPIKey: "The API key, when no profile or --key-file names another source. Never shown or logged.",
        .manEnvBaseURL: "The API's base URL (default https://api-cm.np6.com); --base-url wins.",
        .manEnvProfile: "The config profile to use when --profile is not given.",
        .manEnvReadOnly: "1: nothing can be deleted or re-created (as --read-only), whatever the profile says.",
        .manEnvAuditLog: "A file that receives every journal line too (as --audit-log).",
        .manEnvNoMouse: "1: leave the mouse to the terminal (as --no-mouse).",
        .manEnvFrameTrace:
            "a file: the browser appends a stamped line for each key read and frame drawn (for scripts/bench-screen).",
        .manEnvTimeZone: """
        The time zone dates are shown in, as the C library reads them (default /etc/localtime; zone \
        files in /usr/share/zoneinfo).
        """,
        .manEnvProxy: "The proxy, as curl reads them.",
        .manEnvNoProxy: "Hosts reached without the proxy, as curl reads it.",
        .manEnvCerts: "Where the trusted certificate authorities are, as OpenSSL reads them.",
        .manEnvConfigHome: "Where the config file is (default ~/.config).",
        .manEnvStateHome: "Where the journal, the batch runs and the recent lookups are (default ~/.local/state).",
        .manEnvHomeUser: "The defaults of the two above, and the operator the journal records.",
        .manEnvTerm: "The terminal's capabilities; NO_COLOR set: no colours, every role still distinct.",
        .manEnvLanguage: """
        The language of the words (after the config file's language:): LANGUAGE as gettext reads it, then \
        LC_ALL, LC_MESSAGES, LANG; C, POSIX or a language np6-subs does not speak means English. No French \
        locale need be installed. The character set: UTF-8, even when the locale named is not installed.
        """,
        .manEnvTmux: "Inside tmux, a copy goes into its paste buffer too.",
        .manFileConfig: "The profiles (np6-subs config path prints it; config init writes one).",
        .manFileJournal: "The write-ahead journal: every delete and re-creation, before it is sent.",
        .manFileRun: "A batch run's plan, the subscriptions' JSON as fetched (--resume reads it).",
        .manFileRecent: "The browser's recent lookups (↑ in the prompt).",
        .manFileDemo: "The --demo sessions' journal and lookups, kept apart (journal --demo).",
        .manBrowserExit: "The browser ends with 0, or 2 on a usage error.",
        .manKeysIntro: """
        The browser's keys as shipped, by where they work (the ? overlay lists them too). A config's keys: \
        section rebinds them; np6-subs keys prints them as it makes them.
        """,
        .manExampleDemo: "Try it on the built-in sandbox, without a key:",
        .manExampleBrowse: "Open the browser on a contact, under a profile:",
        .manExampleList: "One contact's subscriptions for a script:",
        .manExampleDelete: "Delete one subscription, with the ticket:",
        .manExampleBatch: "See the plan of a batch, then run it:",
        .manExampleJournal: "What was deleted this week, and undo an entry:",
        .manExampleRestoreRun: "Re-create what a batch run deleted:",
        .manExampleDoctor: "Check the set-up when something fails:",

        .keyVariableUnset: "{origin} takes its key from the environment variable {name}, which is not set",
        .keyVariableUnusable: "{name} is not usable: {error}",
        .keyCommandUnusable: "the key printed by {origin}'s key_command is not usable: {error}",
        .noKeyAdvice: """
        no API key. Set NP6_API_KEY, pass --key-file PATH (a file only you can read), or choose a profile \
        with --profile NAME (np6-subs config init writes a config file). To try the program without a key: \
        np6-subs --demo
        """,
        .keyFileCannotRead: "cannot read the key file '{path}': {error}",
        .keyFileNotRegular: "the key file '{path}' is not a regular file",
        .keyFileTooOpen: """
        permissions {mode} for '{path}' are too open: it is required that your key file is not accessible by \
        others: {command}
        """,
        .keyFileTooLarge: "cannot read the key file '{path}': {error} (a key file holds one line)",
        .keyFileNotUTF8: "the key file '{path}' is not UTF-8 text",
        .keyFileExtraLines: """
        the key file '{path}' has more than one line (line {line} is not empty): the first line is the key, \
        and nothing may follow it
        """,
        .keyFileUnusable: "the key in '{path}' is not usable: {error}",
        .keyCommandEmpty: "key_command is empty",
        .keyCommandShown: "key_command {program}",
        .keyCommandNotOnPath: "{shown}: cannot run {program}: no such program on PATH",
        .keyCommandCannotRun: "{shown}: cannot run it ({error})",
        .keyCommandTimedOut: "{shown} did not finish within {seconds} s and was stopped",
        .keyCommandExited: "{shown} exited with status {status}",
        .keyCommandKilled: "{shown} was killed by a signal",
        .keyCommandSaid: "{message}: {complaint}",
        .keyCommandPrintedNothing: "{shown} printed nothing on its standard output; the key must be its first line",
        .keyCommandItSaid: " (it said: {complaint})",
        .originProfile: "profile \"{name}\"",
        .originDefault: "the default",
        .profileWithoutConfig: """
        {origin} names the profile "{name}", but there is no config file at {path}. {command} writes one.
        """,
        .baseURLOverrides: "NP6_BASE_URL overrides the base_url of profile \"{name}\"",
        .apiKeyOverrides: "NP6_API_KEY overrides the key of profile \"{name}\" (its key_{source})",
        .caUnreadable: "{origin}: cannot read {path} (a PEM file of CA certificates, or a folder of them)",
        .noProfileNamed: "no profile \"{name}\" in {path} ({list}). {command} lists them.",
        .profilesNone: "it defines none",
        .profilesDefined: "it defines: {names}",
        .configCannotRead: "cannot read the config file {path}: {error}",
        .configNotUTF8: "{path} is not UTF-8 text",
        .configYAMLMalformed: "malformed YAML: {problem}",
        .configYAMLDuplicateKey: "malformed YAML: {key} is given twice in the same mapping",
        .configYAMLUnknownAlias: "malformed YAML: the alias *{name} names no anchor &{name} written before it",
        .configYAMLTooManyNodes:
            "refused: its aliases would make more than {limit} values (an alias bomb?); write the values out instead",
        .configYAMLTooDeep: "refused: lists and mappings nested more than {limit} deep",
        .configYAMLSeveralDocuments: "a second YAML document (---) here; the config file is one document",
        .configYAMLBadMerge: "<< merges a mapping, or a list of mappings, into the one it is in",
        .configYAMLParserUnavailable: "the YAML parser could not start (out of memory)",
        .configUnknownField: "{location}: unknown field \"{field}\"",
        .configUnknownFieldIn: "{location}: unknown field \"{field}\" in {within}",
        .configDidYouMean: "; did you mean {nearest}?",
        .configKnownFields: " (known: {fields})",
        .configDefaultNotAmong: "{path}: default_profile \"{name}\" is not among the profiles ({names})",
        .configNoKeySource: "profile \"{name}\" has no key source: give it one of key_file, key_env or key_command",
        .configManyKeySources: """
        profile "{name}" has {count, one {# key source} other {# key sources}} ({sources}); keep exactly one
        """,
        .configKeyInConfig: """
        profile "{name}" has the key written into the config ({field}); np6-subs refuses keys in the config. \
        Remove it and use one of: key_file: PATH (a file only you can read, chmod 600), key_env: VARIABLE, \
        key_command: {example}
        """,

        .journalColumnOperator: "OPERATOR",
        .journalColumnRequests: "REQUESTS",

        .refusalForcedReadOnly: "{source} is set: this session may not delete or re-create anything",
        .refusalProfileReadOnly: """
        profile "{profile}" is read-only (read_only: true); add --read-write to write with it this once
        """,
        .queryMalformedDate: "malformed date \"{text}\": use 2024, 2024-01, 2024-01-15, an age (30d) or never",
        .tlsExpired: """
        the server's certificate expired on {day}: the server must renew it (or this machine's clock is \
        wrong)
        """,
        .tlsNotYetValid: "the server's certificate is not valid before {day}: check this machine's clock",
        .tlsOtherName: "the server's certificate is for {names}, not {host}: check the host in the base URL",
        .tlsAnotherName: "another name",
        .tlsSelfSigned: "self-signed ({issuer})",
        .tlsUntrusted: "signed by {issuer}, an authority this machine does not trust",
        .tlsPrivateCA: """
        the server's certificate is {who}: if your network uses a private CA, set ca_file in the profile (or \
        --ca-file, or SSL_CERT_FILE)
        """,
        .tlsNoCertificate: "the server presented no certificate",
        .tlsClosedDuringHandshake: "the server closed the connection during the handshake",
        .urlNotHTTP: "not http or https",
        .urlNoHost: "no host",
        .urlInvalidHost: "an invalid host",
        .urlPortOutOfRange: "a port out of range",
        .urlCredentials: "a user name or password in it",
        .apiKeyEmpty: "it is empty",
        .apiKeyControl: "it contains control characters",
        .apiKeyNonASCII: "it contains characters outside ASCII, which an HTTP header cannot carry",
        .contactFileLine: "line {line}: {message}",
        .contactFileUnknownKind: """
        unknown kind "{kind}"{hint}; a line is unicity:…, hash:… or id:…, and a bare value is a unicity
        """,
        .contactFileDidYouMean: " (did you mean \"{kind}\"?)",
        .contactFileNoValue: "\"{written}\" has no value after it",
        .contactFileControl: "the value holds a control character",
        .contactFileCSVEmpty: "the CSV file is empty: no header with a column \"{name}\"",
        .contactFileNoColumn: "no column \"{name}\" in the header (columns: {columns})",
        .contactFileShortRecord: """
        the record has {count, one {# field} other {# fields}}; the column is number {column}
        """,
        .contactFileLineTooLong: "a contact's line is longer than 1 MiB: is this a contact file?",
        .contactFileCannotRead: "cannot read the file: {error}",
        .contactFileUnclosedQuote: "a quoted field is not closed",
        .contactFileRecordTooLong: "a record is longer than 1 MiB (a quoted field is not closed?)",

        .trustStateFolder: "the state folder",
        .trustConfigFile: "the config file",
        .trustSubject: "{what} '{path}'",
        .trustSubjectAbove: "the folder '{folder}' above {what} '{path}'",
        .trustOtherOwner: "{subject} belongs to another user (uid {uid}), who could change it: refused. Fix: {command}",
        .trustWritableByEveryone: """
        {subject} is writable by everyone (mode {mode}): another user could change it; refused. Fix: \
        {command}
        """,
        .trustWritableByGroup: """
        {subject} is writable by its group (mode {mode}): another user could change it; refused. Fix: \
        {command}
        """,
        .trustFolderWritableByEveryone: """
        {subject} is writable by everyone (mode {mode}): another user could change what it holds; refused. \
        Fix: {command}
        """,
        .trustFolderWritableByGroup: """
        {subject} is writable by its group (mode {mode}): another user could change what it holds; refused. \
        Fix: {command}
        """,
        .lineTooLong: "line {line} is longer than {size}",
        .fileTooLarge: "it is larger than {size}",
        .cannotCreateFolder: "cannot create {path}: {error}",
        .cannotWriteOutput: "cannot write the output: {error}",
        .runPlanProblem: "the run's plan: {error}",
        .runFileCannotCreate: "cannot create the run file {path}: {error}",
        .runFileCannotWrite: "cannot write the run file {path}: {error}",
        .runFileMissing: "no run file {path}: {error}",
        .runFileNoHeader: "{path} does not start with a run's header",
        .runFileCannotRead: "cannot read the run file: {error}",
        .standardInput: "standard input",
        .contactFileCannotReadAgain: "cannot read the file again: {error}",
        .stdinNoTemporaryFile: "cannot make a temporary file for standard input: {error}",
        .stdinTooLarge: "standard input is larger than 1 GiB: this is not a contact list",
        .stdinCannotRead: "cannot read standard input: {error}",
        .stdinCannotKeep: "cannot keep standard input in a temporary file: {error}",
        .configTopFields: "expected the fields default_profile and profiles at the top",
        .configDefaultProfileName: "default_profile must be a profile's name",
        .configProfilesMapping: "profiles must map each profile's name to its fields",
        .configProfileMapping: "profile \"{name}\" must be a mapping of its fields",
        .configBaseURLText: "base_url must be a URL",
        .configBoolean: "{field} must be true or false",
        .configLabelText: "label must be text",
        .configCAFileText: "ca_file must be the path of a PEM file or folder",
        .configProxyText: "proxy must be a URL, http://host:port",
        .configKeyFilePath: """
        key_file must be a path starting with / or ~/ (what is there is not one, and is not shown)
        """,
        .configKeyCommandWord: "each word of key_command must be text",
        .configKeyCommandList: "key_command must be a list of words, e.g. {example}; it runs without a shell",

        .proxyNotAURL: "{origin}: {text} is not a proxy URL (http://host:port)",
        .proxyOnlyHTTP: "{origin}: only http:// proxies are supported (https goes through them in a CONNECT tunnel)",
        .proxyPortOutOfRange: "{origin}: the proxy's port {port} is out of range (1 to 65535)",
        .logFileStopped: "Cannot write the log file {path} ({error}); logging has stopped.",

        .termUnset: """
        TERM is not set: the browser needs to know the terminal; run it in a terminal, or export \
        TERM=xterm-256color
        """,
        .termUnknown: """
        terminfo has no entry for TERM={term}: install it (apt-get install ncurses-term), or export \
        TERM=xterm-256color
        """,
        .termNotAddressable: """
        TERM={term} cannot move the cursor, so the browser cannot draw on it; use a full terminal \
        (TERM=xterm-256color), or the subcommands ({help})
        """,
        .tlsProtocolFailure: """
        the TLS handshake with {host} failed (a protocol failure: {reason}): check that the base URL's port \
        speaks https
        """,
        .configKeyAtTop: """
        the config file has a key written into it ({field}); np6-subs refuses keys in the config. Remove it, \
        and give each profile one of key_file, key_env or key_command
        """,
        .configProfileName: """
        a profile's name is letters, digits, '.', '_' and '-', starting with a letter or a digit (shells \
        complete it, and messages print it)
        """,
        .configKeyEnvName: """
        key_env must be the name of an environment variable, such as NP6_ACME_KEY (what is there is not one, \
        and is not shown)
        """,
        .foreignLeftOut: """
        Left out: {count, one {# subscription} other {# subscriptions}} of another contact ({owners}): \
        delete {count, one {it} other {each}} with --subscription ID. This contact's own rows are deleted \
        one by one.
        """,
        .answeredAnotherID: "asked for subscription {id}, the server answered with {other}; nothing was deleted",
        .auditSpooled: """
        audit: the collector {collector} did not take the event ({reason}); {count, one {# event waits} \
        other {# events wait}} in the spool, sent before the next write or by {command}
        """,
        .auditNotRecorded: "audit: the outcome of entry {entry} could not be sealed: {error}",
        .auditRefused: """
        the audit collector {collector} did not take the intent ({reason}). Nothing was sent to NP6, nothing \
        was deleted; the event waits in the spool ({command} sends it).
        """,
        .configAuditMapping:
            "audit: must be a mapping of fields (syslog, ca_file, cert_file, key_file, required, timeout)",
        .configAuditSyslog:
            "audit: syslog must name the collector as tls://host:port (or tcp://host:port on a trusted network)",
        .configAuditFilePath: "audit: {field} must be an absolute path (/… or ~/…)",
        .configAuditTimeout: "audit: timeout must be a number of seconds, more than 0 and at most 60",
        .configAuditPair: "audit: cert_file and key_file go together (mutual TLS needs both)",
        .configAuditTLSFiles: "audit: ca_file, cert_file and key_file need a tls:// collector",
        .bannerAudit: "Audit trail",
        .auditNoCollector: "No audit collector has been used from this state folder.",
        .auditNothingWaiting: "Nothing waits: the collector has every event.",
        .auditWaiting: "{collector}: {count, one {# event waits} other {# events wait}} in the spool",
        .auditColumnSequence: "SEQ",
        .auditColumnPhase: "PHASE",
        .auditFlushHint: "They are sent before the next write, at the next start, or now by {command}.",
        .auditNoCollectorConfigured:
            "no audit collector is configured for this session (an audit: section in the config, see docs/audit.md)",
        .auditFlushFailed: """
        the audit collector {collector} did not take the events ({reason}); {count, one {# event still \
        waits} other {# events still wait}}
        """,
        .auditFlushed: "{count, one {# event} other {# events}} delivered to {collector}; nothing waits.",
        .auditNoEvents: "{path} holds no np6-subs audit event.",
        .auditChainLine:
            "chain {chain} (machine {machine}; operators {operators}): {count, one {# event} other {# events}}",
        .auditMissing: "  ✗ {count, one {missing event} other {# missing events}}: {sequences}",
        .auditEdited: "  ✗ {count, one {edited event} other {# edited events}}: {sequences} (file lines {lines})",
        .auditDuplicates: "  · {count, one {# duplicate} other {# duplicates}} (an event sent again: harmless)",
        .auditChainWhole: "  ✓ whole from 1 to {last}: nothing missing, nothing edited",
        .auditVerifyPassed: """
        {count, one {The chain is whole.} other {All # chains are whole.}} A chain cannot show that its \
        newest events were removed (docs/audit.md).
        """,
        .auditVerifyFailed:
            "{count, one {One chain is} other {# chains are}} not whole: events were removed or edited.",
        .auditEntryIncomplete: """
        the collector holds only {count, one {# subscription} other {# subscriptions}} of entry {entry} (the \
        rest did not fit in one message); restore it from the journal of the machine that made it
        """,
        .helpAuditAbstract: "The team's audit trail: what waits for the collector, and what a collected file says.",
        .helpAuditStatusAbstract: "List the events waiting in the spool for the collector.",
        .helpAuditFlushAbstract: "Send the spool to this profile's collector now.",
        .helpAuditVerifyAbstract:
            "Check each machine's chain in a collected file: missing, edited and duplicate events.",
        .helpAuditFile: "The collector's file: one RFC 5424 message a line, as rsyslog writes it.",
        .helpAuditShowAbstract: "List the writes in a collected file, from every machine, as the journal lists them.",
        .helpAuditOperator: "Only the writes of this operator (their login).",
        .helpRestoreFromAudit:
            "Re-create the entry from a collector's file instead of this machine's journal (another machine's delete).",
        .refusingDeleteAudit: "refusing to delete: {error}",
        .refusingRestoreAudit: "refusing to restore: {error}",
        .doctorStepAudit: "audit",
        .doctorAuditNone:
            "not configured: no audit: section for this profile; writes are in the local journal only",
        .doctorAuditFix:
            "Check the audit: section's syslog address, and that the collector listens there (docs/audit.md).",
        .doctorAuditTestSent: "{collector} took a test event (phase \"test\", outside the chain)",
        .doctorAuditTLSFix: """
        Check ca_file (the CA that signed the collector's certificate), the host name in that certificate, \
        and cert_file/key_file if the collector asks for a client certificate.
        """,
        .modeNormal: "normal",
        .modeListWide: "list wide",
        .modeDetailFull: "detail full",
        .helpBrowseNextMode: "next screen mode: normal, list wide (every column), detail full (the token whole)",
        .helpBrowsePreviousMode: "previous screen mode",
        .flashScreenMode: "Screen mode: {mode}",
        .contextPalette: "command palette",
        .contextHelpFilter: "help's filter",
        .contextDetailSearch: "detail's search",
        .hintCommands: "commands",
        .hintExport: "export",
        .hintPager: "JSON",
        .hintNextMatch: "next match",
        .hintRun: "run",
        .helpBrowseOpenPalette: "command palette: every command by name, filtered as you type",
        .helpBrowseExport: "export the rows in view (filter and sort applied) to a .csv or .json file",
        .helpBrowseOpenPager: """
        the selected subscription's JSON, as the server sent it, in $PAGER (less -R by default)
        """,
        .helpBrowseNextMatch: "the detail's next match, once its text is searched",
        .helpBrowsePreviousMatch: "the detail's previous match",
        .helpPaletteRun: "run the focused command (one that writes still asks for its confirmation)",
        .helpPaletteClose: "close the palette",
        .helpPaletteDown: "next command",
        .helpPaletteUp: "previous command",
        .helpHelpOpenFilter: "filter the help's lines",
        .helpHelpFilterKeep: "keep the filter and scroll the lines it kept",
        .helpHelpFilterClear: "clear the help's filter",
        .helpDetailSearchKeep: "keep the search and go from match to match",
        .helpDetailSearchClear: "clear the detail's search",
        .contextExportPrompt: "export prompt",
        .contextExportOverwrite: "export, when the file exists",
        .hintOverwrite: "overwrite",
        .helpExportWrite: "write the file (.csv or .json, by its extension)",
        .helpExportClose: "close without writing",
        .helpExportOverwrite: "replace the file that exists",
        .helpExportKeep: "keep the file that exists, and choose another path",
        .exportTitle: "Export",
        .exportRows: """
        {count, one {Write # subscription (the row in view) to:} other {Write # subscriptions (the rows in \
        view, filter and sort applied) to:}}
        """,
        .exportFormats: ".csv writes what list --format csv prints; .json what list --format json prints.",
        .exportExists: "{path} exists. Replace it?",
        .exportBadExtension: "The file name must end in .csv or .json.",
        .flashExported: "{count, one {Exported # subscription to {path}} other {Exported # subscriptions to {path}}}",
        .flashExportFailed: "Could not write {path}: {error}",
        .flashPagerFailed: "The pager did not run: {error}",
        .whyNothingToExport: "no rows in view to export",
        .whyNoMatches: "the detail's search has no match",
        .paletteTitle: "Commands",
        .paletteNoMatch: "No command matches.",
        .paletteUnavailable: "not now: {reason}",
        .helpFilterNoMatch: "No line of the help matches.",
        .helpFilterPrompt: "Filter: {filter}",
        .detailSearchPrompt: "Search the detail: {text}",
        .detailSearchMatches: "{count, one {match # of #} other {match {current} of #}}",
        .detailSearchNone: "no match",
        .pagerEnded: "{command} ended with status {status}",
        .manEnvPager: """
        The pager that shows a subscription's JSON as the server sent it (a command line run by sh; default \
        less -R).
        """,
        .configPreferenceMapping: "{field}: should map names to values, one per line (name: value); ignored",
        .configPreferenceValue: "{field}: the value of {name} should be a word or a list of words; ignored",
        .keysConflict: "keys: {key} is given to {command} and {other}; both keep their default keys",
        .keysUnsafeConfirmation: """
        keys: {command} cannot be {key} (a confirmation never takes Enter, Space or a key that dismisses); \
        it keeps its default keys
        """,
        .keysUnknownCommand: """
        keys: no command is named "{name}" (the names are those of the palette and docs/usage.md)
        """,
        .keysUnknownKey: """
        keys: "{key}" is not a key (a character, ctrl-x, f1 to f12, or a name such as enter, esc, space, \
        tab, up, pgdn)
        """,
        .themeUnknown: "theme: no theme is named \"{name}\" (dark, light, high-contrast, deuteranopia); dark is used",
        .colorsUnknownRole: """
        colors: no role is named "{role}" (header, production_band, match, selection, error, dim)
        """,
        .colorsUnknownColor: """
        colors: "{color}" is not a colour (a name such as red or bright-blue, 0 to 255, #rrggbb, or "white \
        on red"); the theme's stays
        """,
        .flashUnknownKey: "{key} does nothing here; press {palette} for the commands, {help} for every key",
        .columnCommandName: "NAME",
        .columnWhere: "WHERE",
        .columnAction: "ACTION",
        .helpKeysAbstract: """
        The browser's keys as your config's keys: makes them, with the names the palette and keys: use.
        """,
        .columnKeyboardKey: "KEY",
    ]
}
