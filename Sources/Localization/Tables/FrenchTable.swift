/// French, as a French support engineer writes it: the terms of docs/glossary.md, a no-break
/// space (U+00A0) before `:`, `?`, `!` and `;`, counts by CLDR's rules (0 and 1 are singular).
enum FrenchTable {
    static let entries: [MessageID: String] = [
        .subscriptionCount: "{count, one {# abonnement} other {# abonnements}}",
        .contactCount: "{count, one {# contact} other {# contacts}}",

        .languageLabel: "langue",
        .languageFromSetting: "{language}, comme le veut le réglage {setting} du fichier de configuration",
        .languageFromVariable: "{language}, d’après {variable}",
        .languageFromPlainLocale: "anglais\u{00A0}: {variable} est la locale C de base",
        .languageWithoutLocale: "anglais\u{00A0}: ni LC_ALL, ni LC_MESSAGES, ni LANG n’est défini",
        .languageUnknown: "anglais\u{00A0}: np6-subs ne parle pas la langue de {variable} (il parle {languages})",
        .languageSettingInvalid: "{setting} doit valoir {choices}",

        .hintBack: "retour",
        .hintCancel: "annuler",
        .hintClearFilter: "effacer le filtre",
        .hintClear: "effacer",
        .hintClose: "fermer",
        .hintConfirm: "confirmer",
        .hintCopy: "copier",
        .hintCopyMenu: "copier…",
        .hintDeleteAll: "tout supprimer",
        .hintDelete: "supprimer",
        .hintDetail: "détail",
        .hintDone: "valider",
        .hintFetch: "chercher",
        .hintFilter: "filtrer",
        .hintForward: "suivant",
        .hintFuzzy: "approché",
        .hintHelp: "aide",
        .hintJournal: "journal",
        .hintKeepFilter: "garder le filtre",
        .hintKind: "type",
        .hintLookup: "rechercher",
        .hintMark: "marquer",
        .hintMove: "déplacer",
        .hintProfile: "profil",
        .hintQuit: "quitter",
        .hintReason: "motif",
        .hintRecent: "récentes",
        .hintRefresh: "actualiser",
        .hintScroll: "défiler",
        .hintSort: "trier",
        .hintSwitchButton: "basculer",
        .hintSwitchProfile: "changer",
        .hintUndo: "défaire",

        .ageFuture: "dans le futur",
        .ageJustNow: "à l’instant",
        .ageSeconds: "il y a {count} s",
        .ageMinutes: "il y a {count} min",
        .ageHours: "il y a {count} h",
        .ageDays: "{count, one {il y a # jour} other {il y a # jours}}",
        .ageMonths: "il y a {count} mois",
        .ageYears: "{count, one {il y a # an} other {il y a # ans}}",
        .untilNow: "maintenant",
        .untilSeconds: "dans {count} s",
        .untilMinutes: "dans {count} min",
        .untilHours: "dans {count} h",
        .dateShort: "{day}/{month}/{year} {hour}:{minute}",
        .dateWithSeconds: "{day}/{month}/{year} {hour}:{minute}:{second} {offset}",
        .detailLifecycle: "Cycle de vie",
        .detailCreated: "Créé",
        .detailModified: "Modifié",
        .detailNever: "jamais",
        .detailProvider: "Fournisseur",
        .detailType: "Type",
        .detailToken: "Jeton",
        .detailLength: "Longueur",
        .detailFields: "Champs",
        .detailNone: "aucun",
        .detailApplication: "Application",
        .detailName: "Nom",
        .detailUnknown: "inconnu",
        .detailNamesUnavailable: "Noms indisponibles\u{00A0}: {problem}",
        .detailContact: "Contact",
        .detailValue: "Valeur",
        .detailQuota: "Quota d’API",
        .detailQuotaLeft: "Restant",
        .detailQuotaLeftValue: "{remaining} sur {limit, one {# requête} other {# requêtes}}",
        .detailQuotaResets: "Renouvelé",
        .detailForeignOwner: "Pas à ce contact\u{00A0}: appartient à {kind} {value}",
        .detailUnreadableDate: "date illisible\u{00A0}: {text}",
        .detailUnnamedUser: "utilisateur sans nom",
        .detailBy: "Par",
        .detailSystem: "système",
        .characterCount: "{count, one {# caractère} other {# caractères}}",
        .headerNoContact: "aucun contact",
        .headerFetched: "chargé {age}",
        .headerSubscriptionsShort: "{count, one {# abo} other {# abos}}",
        .headerMarked: "{count, one {# marqué} other {# marqués}}",
        .headerForeign: "{count, one {# étranger} other {# étrangers}}",
        .columnProvider: "FOURN.",
        .columnApplication: "APPLICATION",
        .columnToken: "JETON",
        .columnCreated: "CRÉÉ",
        .columnModified: "MODIFIÉ",
        .columnID: "ID",
        .detailTitle: "Détail",
        .detailTitleFocused: "Détail ({key}\u{00A0}: retour à la liste)",
        .detailNothingSelected: "Aucune sélection",
        .scrollMore: "↓ suite",
        .scrollEnd: "fin",

        .confirmTitleDeleteOne: "Supprimer cet abonnement\u{00A0}?",
        .confirmTitleDeleteMarked:
            "Supprimer {count, one {# abonnement marqué} other {# abonnements marqués}}\u{00A0}?",
        .confirmTitleDeleteAll: "Supprimer TOUS les abonnements\u{00A0}?",
        .confirmTitleDeleteOwn: "Supprimer TOUS les abonnements de ce contact\u{00A0}?",
        .confirmTitleUndo: "Défaire la dernière suppression\u{00A0}?",
        .confirmTitleRestoreEntry: "Recréer l’entrée de journal {entry}\u{00A0}?",
        .confirmTitleQuit: "Quitter pendant qu’une requête est en cours\u{00A0}?",
        .confirmUndoWhat: """
        Recréer {count, one {# abonnement} other {# abonnements}}{whose} tel{count, one {} other {s}} \
        que le serveur {count, one {l’a} other {les a}} envoyé{count, one {} other {s}} en \
        dernier\u{00A0}:
        """,
        .confirmWhoseOf: " de {contact}",
        .confirmWithSavedJSON: " avec le JSON enregistré",
        .confirmQuitActivity:
            "np6-subs est occupé ({activity}). Si vous quittez maintenant, personne ne saura si la requête a abouti.",
        .confirmQuitJournal: """
        Le journal garde la requête comme «\u{00A0}issue inconnue\u{00A0}»\u{00A0}; le prochain \
        démarrage le signale, et np6-subs journal l’affiche.
        """,
        .confirmTheOnly: "Le seul abonnement",
        .confirmTheOnlyOwn: "Le seul abonnement propre",
        .confirmAll: "{count, one {L’abonnement} other {Les # abonnements}}",
        .confirmAllOwn: "{count, one {L’abonnement propre} other {Les # abonnements propres}}",
        .confirmAllOf: "{all} de {contact}",
        .confirmIn: "dans\u{00A0}: {applications}",
        .confirmWillBeDeleted: "{all} de {contact} seront supprimés, dans\u{00A0}:",
        .confirmMoreApplications: "… et {count, one {# autre application} other {# autres applications}}",
        .confirmEntryWhat: """
        Recréer {count, one {# abonnement} other {# abonnements}} de {contact} que cette entrée a \
        supprimé{count, one {} other {s}} le {when}, tel{count, one {} other {s}} que le journal {count, \
        one {l’a} other {les a}} enregistré{count, one {} other {s}}\u{00A0}:
        """,
        .confirmEntryNotOnScreen:
            "Ce n’est pas le contact affiché\u{00A0}: le journal l’enregistre sous le contact de l’entrée.",
        .confirmBelongsTo: "Cet abonnement appartient à {owner}{notTo}.",
        .confirmNotTo: ", pas à {contact}",
        .confirmOf: "De {contact}\u{00A0}:",
        .confirmHiddenByFilter:
            "{count, one {# d’entre eux est masqué} other {# d’entre eux sont masqués}} par le filtre en cours.",
        .confirmEffectOne:
            "L’appareil ne reçoit plus les notifications de cette application. {key} annule la suppression.",
        .confirmEffectMany: """
        {count, one {Cet appareil ne reçoit} other {Ces # appareils ne reçoivent}} plus les \
        notifications de leurs applications. {key} annule la suppression.
        """,
        .confirmLeftOut: """
        Laissé{rows, one {} other {s}} de côté\u{00A0}: {rows, one {# ligne appartient} other {# lignes \
        appartiennent}} à {owners}, pas à ce contact. {key} sur une telle ligne la supprime seule.
        """,
        .confirmOtherContacts: "{count, one {# autre contact} other {# autres contacts}}",
        .confirmProduction: "PRODUCTION\u{00A0}: profil {name}{label} sur {host}",
        .confirmProfile: "Profil {name}{label} sur {host}",
        .confirmReasonLabel: "Motif (facultatif)",
        .confirmReasonHint: "{label}\u{00A0}: {key} pour en ajouter un, par exemple un numéro de ticket",
        .confirmThisSends: "Ceci envoie\u{00A0}:",
        .confirmMismatch: "Ce n’est pas le texte demandé. Rien n’a été supprimé.",
        .buttonCancel: "Annuler",
        .buttonDelete: "Supprimer",
        .buttonRecreate: "Recréer",
        .buttonQuit: "Quitter",
        .typeOwner: "Tapez l’identifiant {kind} du propriétaire pour le supprimer",
        .typeOwnerProduction:
            "Tapez le nom du profil, une barre oblique et l’identifiant {kind} du propriétaire ({profile}/…)",
        .typeUnicity: "Tapez l’unicity du contact",
        .typeUnicityProduction: "Tapez le nom du profil, une barre oblique et l’unicity du contact ({profile}/…)",
        .typeCount: "Tapez le nombre d’abonnements ({count})",
        .typeCountProduction:
            "Tapez le nom du profil, une barre oblique et le nombre d’abonnements ({profile}/{count})",

        .activityLoading: "chargement",
        .activityDeleting: "suppression",
        .activityDeletingAll: "suppression de tout",
        .activityRecreating: "recréation",
        .activitySwitching: "passage à {name}",
        .cancelledDelete: "Suppression annulée",
        .cancelledUndo: "Restauration annulée",
        .cancelledQuit: "Toujours en cours ({activity})\u{00A0}: sa réponse s’affichera ici",

        .summaryAddress: "Adresse",
        .summaryMore: "… et {count, one {# autre} other {# autres}}",
        .confirmTypedThenKey: "{instruction}, puis {key}\u{00A0}:",
        .confirmKeyPresses: "{key} appuie sur le bouton sélectionné.",
        .confirmQuitWaitsKey: "Annuler (ou {key}) attend la réponse.",

        .helpAnywhereQuit: "quitter, même depuis une fenêtre modale\u{00A0}; ne confirme jamais rien",
        .helpBrowseOpenHelp: "cette aide",
        .helpBrowseRequestQuit:
            "quitter (demande d’abord si une suppression est en cours\u{00A0}: son issue serait inconnue)",
        .helpBrowseOpenPrompt: "rechercher un contact (invite)",
        .helpBrowseOpenFilter:
            "filtrer la liste (voir la syntaxe du filtre)\u{00A0}; dans le détail, y chercher un texte",
        .helpBrowseBack: """
        annuler la requête en cours\u{00A0}; sinon fermer le bandeau d’erreur, effacer le filtre, \
        effacer les marques, ou revenir à la liste
        """,
        .helpBrowseDelete: "supprimer l’abonnement sélectionné, ou tous les abonnements marqués (demande d’abord)",
        .helpBrowseDeleteAll: "supprimer tous les abonnements du contact (à confirmer en tapant)",
        .helpBrowseUndo: "défaire\u{00A0}: recréer ce que la dernière suppression a retiré (demande d’abord)",
        .helpBrowseMark: """
        marquer ou démarquer la ligne (la commande back efface toutes les marques)\u{00A0}; dans le détail\u{00A0}: \
        page suivante
        """,
        .helpBrowseCopy: """
        copier le jeton entier (ou l’URL) dans le presse-papiers (OSC 52\u{00A0}; dans tmux, aussi dans \
        son tampon)
        """,
        .helpBrowseOpenCopyMenu:
            "menu de copie\u{00A0}: jeton, identifiant d’abonnement, contact, JSON tel qu’envoyé, une commande curl",
        .helpBrowseOpenProfilePicker:
            "changer de profil\u{00A0}: les comptes et environnements du fichier de configuration (jamais leurs clés)",
        .helpBrowseOpenJournal: """
        le journal de ce profil\u{00A0}: le plus récent d’abord, les entrées de ce contact en \
        évidence\u{00A0}; journal.undo y recrée une entrée
        """,
        .helpBrowseRefresh: "actualiser le contact (après une recherche en échec\u{00A0}: la relancer)",
        .helpBrowseHistoryBack: "revenir au contact précédent de la session, tel qu’il était (filtre, tri, sélection)",
        .helpBrowseHistoryForward: "avancer de nouveau, après [",
        .helpBrowseCycleSort: """
        trier par la colonne suivante\u{00A0}: création, modification, fournisseur, application, jeton, \
        puis l’ordre d’envoi
        """,
        .helpBrowseReverseSort: "inverser l’ordre du tri (▲ croissant, ▼ décroissant)",
        .helpBrowseToggleFocus: "passer à la liste ou au détail (le détail défile alors)",
        .helpBrowseFocusDetail: "passer au détail",
        .helpBrowseFocusList: "dans le détail\u{00A0}: revenir à la liste",
        .helpBrowseDown: "abonnement suivant, ou faire défiler le détail vers le bas",
        .helpBrowseUp: "abonnement précédent, ou faire défiler le détail vers le haut",
        .helpBrowsePageDown: "page suivante",
        .helpBrowsePageUp: "page précédente",
        .helpBrowseFirst: "première ligne (ou haut du détail)",
        .helpBrowseLast: "dernière ligne (ou fin du détail)",
        .helpBrowseRedraw: "redessiner l’écran",
        .helpFilterKeepFilter: "garder le filtre et revenir à la liste",
        .helpFilterClearFilter: "effacer le filtre",
        .helpFilterToggleFuzzy: "rendre chaque terme approché (façon fzf), ou de nouveau littéral",
        .helpFilterDown: "ligne suivante",
        .helpFilterUp: "ligne précédente",
        .helpPromptFetch: "chercher le contact",
        .helpPromptNextKind: "type suivant\u{00A0}: unicity, hash, identifiant de contact, identifiant d’abonnement",
        .helpPromptPreviousKind: "type précédent",
        .helpPromptOlderLookup: "rappeler une recherche récente plus ancienne",
        .helpPromptNewerLookup: "rappeler une recherche récente plus nouvelle",
        .helpPromptClosePrompt: "fermer l’invite",
        .helpConfirmationConfirm: "confirmer",
        .helpConfirmationCancel: "annuler",
        .helpConfirmationPressFocused: "appuyer sur le bouton sélectionné (Annuler à l’ouverture)",
        .helpConfirmationSwitchButton: "passer d’Annuler au bouton de confirmation",
        .helpConfirmationNextFocus: "suivant\u{00A0}: Annuler, le champ du motif, le bouton de confirmation",
        .helpConfirmationPreviousFocus: "précédent\u{00A0}: le bouton de confirmation, le champ du motif, Annuler",
        .helpTypedConfirmationSubmitTyped: "confirmer, si le texte tapé est celui demandé",
        .helpTypedConfirmationNextFocus: "basculer entre le texte à taper et le champ du motif",
        .helpTypedConfirmationOlderReason: "dans le champ du motif\u{00A0}: rappeler un motif récent plus ancien",
        .helpTypedConfirmationNewerReason: "dans le champ du motif\u{00A0}: rappeler un motif récent plus nouveau",
        .helpReasonFieldLeaveReason: "garder le motif et passer au bouton de confirmation",
        .helpReasonFieldCancel: "annuler la confirmation",
        .helpReasonFieldOlderReason: "rappeler un motif récent plus ancien",
        .helpReasonFieldNewerReason: "rappeler un motif récent plus nouveau",
        .helpReasonFieldNextFocus: "passer au bouton de confirmation",
        .helpReasonFieldPreviousFocus: "passer à Annuler",
        .helpHelpCloseHelp: "fermer l’aide",
        .helpHelpDown: "défiler vers le bas",
        .helpHelpUp: "défiler vers le haut",
        .helpHelpFirst: "haut",
        .helpCopyMenuCopyFocused: "copier la ligne sélectionnée",
        .helpCopyMenuCopyChoice0: "copier le jeton (ou l’URL)",
        .helpCopyMenuCopyChoice1: "copier l’identifiant de l’abonnement",
        .helpCopyMenuCopyChoice2: "copier l’unicity du contact (ou le hash, ou l’identifiant)",
        .helpCopyMenuCopyChoice3: "copier le JSON de l’abonnement tel que le serveur l’a envoyé",
        .helpCopyMenuCopyChoice4:
            "copier une commande curl qui refait le GET (elle lit la clé comme le profil, sans jamais la contenir)",
        .helpCopyMenuDown: "ligne suivante",
        .helpCopyMenuUp: "ligne précédente",
        .helpCopyMenuCloseCopyMenu: "fermer le menu",
        .helpProfilePickerChooseProfile: """
        passer au profil sélectionné (lit sa clé\u{00A0}; les marques, ce que u peut défaire et \
        l’historique sont perdus)
        """,
        .helpProfilePickerDown: "profil suivant",
        .helpProfilePickerUp: "profil précédent",
        .helpProfilePickerCloseProfilePicker: "fermer le sélecteur",
        .helpJournalUndoEntry: "recréer ce que l’entrée sélectionnée a supprimé (demande d’abord)",
        .helpJournalOpenJournalFilter: "filtrer les entrées",
        .helpJournalDown: "entrée suivante (plus ancienne)",
        .helpJournalUp: "entrée précédente (plus récente)",
        .helpJournalFirst: "entrée la plus récente",
        .helpJournalLast: "entrée la plus ancienne",
        .helpJournalCloseJournal: "effacer le filtre, sinon fermer le journal",
        .helpJournalFilterKeepJournalFilter: "garder le filtre et revenir aux entrées",
        .helpJournalFilterDown: "entrée suivante",
        .helpJournalFilterUp: "entrée précédente",
        .helpTextFieldEditDeleteBackward: "effacer le caractère avant le curseur",
        .helpTextFieldEditDeleteForward: "effacer le caractère sous le curseur",
        .helpTextFieldEditLeft: "curseur à gauche",
        .helpTextFieldEditRight: "curseur à droite (dans la barre de filtre, Ctrl-F rend approché)",
        .helpTextFieldEditHome: "curseur au début",
        .helpTextFieldEditEnd: "curseur à la fin",
        .helpTextFieldEditDeleteToStart: "effacer jusqu’au début",
        .helpTextFieldEditDeleteToEnd: "effacer jusqu’à la fin",
        .helpTextFieldEditDeleteWord: "effacer le mot avant le curseur",

        .contextAnywhere: "partout",
        .contextBrowse: "liste et détail",
        .contextFilter: "barre de filtre",
        .contextPrompt: "invite de recherche",
        .contextConfirmation: "confirmation",
        .contextTypedConfirmation: "confirmation tapée",
        .contextReasonField: "champ du motif",
        .contextHelp: "aide",
        .contextCopyMenu: "menu de copie",
        .contextProfilePicker: "sélecteur de profil",
        .contextJournal: "journal",
        .contextJournalFilter: "filtre du journal",
        .contextTextField: "champs de texte",
        .helpTitle: "Touches ({help} ou {close} pour fermer)",
        .helpReadOnly: "Lecture seule",
        .helpDisabled: "{keys} sont désactivées",
        .helpFilterSyntax: "Syntaxe du filtre",
        .helpMoreKeys: "{down}/{up} suite",
        .syntaxTerms: "chaque terme séparé par une espace doit correspondre",
        .syntaxCase: "en minuscules, la casse est ignorée\u{00A0}; une majuscule exige la casse exacte",
        .syntaxExclude: "exclure les lignes qui correspondent",
        .syntaxFuzzy: "terme approché (façon fzf)\u{00A0}; les meilleures lignes d’abord",
        .syntaxPhrase: "une expression, espaces compris",
        .syntaxField: "{fields} (tout autre mot suivi de deux-points est du texte)",
        .syntaxDates: "{examples}  (aussi {modified}, et des âges\u{00A0}: {ages})",

        .whyRequestInFlight: "une requête est en cours",
        .whyNoSubscriptionsToDelete: "aucun abonnement à supprimer",
        .whyNothingDeletedToUndo: "aucune suppression à défaire",
        .whyNoEntryFocused: "aucune entrée sélectionnée",
        .whyNoRowSelected: "aucune ligne sélectionnée dans la liste",
        .whyNoTokenToCopy: "ni jeton ni URL à copier",
        .whyWriteInFlight: "une écriture est en cours",
        .whyNoContactToRefresh: "aucun contact à actualiser",
        .whySwitchingProfile: "changement de profil en cours",
        .whyNoProfiles: "aucun profil dans le fichier de configuration",
        .whyNoEarlierContact: "aucun contact précédent",
        .whyNoLaterContact: "aucun contact suivant",
        .whyFewerThanTwo: "moins de deux abonnements",
        .whyNoSubscriptionsToFilter: "aucun abonnement à filtrer",
        .whyNoSubscriptionSelected: "aucun abonnement sélectionné",
        .whyNothingToMoveTo: "rien vers où aller",
        .whyNoPrompt: "pas d’invite",
        .whyNothingTyped: "rien n’est tapé",
        .whyNoRecentLookups: "aucune recherche récente",
        .whyReasonNotFocused: "le champ du motif n’est pas sélectionné",
        .whyNoRecentReasons: "aucun motif récent",
        .whyNoReasonHere: "cette confirmation ne prend pas de motif",
        .whyWriteCannotBeCancelled: "une écriture ne peut pas être annulée",
        .whyNothingToCancel: "rien à annuler, fermer ou effacer",
        .hintDismiss: "fermer",
        .hintClearMarks: "effacer les marques",
        .hintDeleteMarked: "supprimer {count, one {# marqué} other {# marqués}}",

        .whyReadOnly: "lecture seule",
        .hintList: "liste",
        .hintLiteral: "littéral",

        .requestEach: "{count} × {request}, un par abonnement",
        .requestTimes: "{count} × {request}",
        .requestNothing: "rien\u{00A0}: la requête en cours est abandonnée",

        .flashNoSubscriptionSelected: "Aucun abonnement sélectionné",
        .flashNothingToCopy: "Ce fournisseur n’a ni jeton ni URL à copier",
        .flashNamesUnavailable: "Noms d’application indisponibles ({error})\u{00A0}; les UUID sont affichés",
        .bannerUndoRefused: "Restauration refusée",
        .bannerDeleteRefused: "Suppression refusée",
        .bannerNothingSent: "{reason} Rien n’a été envoyé.",
        .flashCopyFailed: "Échec de la copie\u{00A0}: {error}",
        .flashCopied: "Copié\u{00A0}: {what}",
        .flashSwitchingWait: "Passage à {name}\u{00A0}; recherchez une fois terminé",
        .flashDeleteInProgress: "Une suppression est en cours\u{00A0}; attendez sa réponse",
        .flashNothingToRefresh: "Rien à actualiser\u{00A0}: appuyez sur {key} pour rechercher un contact",
        .flashCancelled: "Annulé",
        .flashMarksCleared: "Marques effacées",
        .flashSorted: "Trié par {key} {arrow} ({direction})",
        .flashServerOrder: "Dans l’ordre envoyé par le serveur",
        .sortNewestFirst: "le plus récent d’abord",
        .sortOldestFirst: "le plus ancien d’abord",
        .sortZToA: "de Z à A",
        .sortAToZ: "de A à Z",
        .flashNoEarlierContact: "Aucun contact précédent dans cette session",
        .flashNoLaterContact: "Aucun contact suivant\u{00A0}: {back} revient en arrière, {forward} avance",
        .bannerOutcomeUnknown: "Issue inconnue",
        .bannerRefreshFailedToo: """
        {cause} L’actualisation a échoué aussi ({error})\u{00A0}; appuyez sur {key} pour vérifier \
        {what}.
        """,
        .bannerLookupFailed: "La recherche de {kind} {value} a échoué",
        .bannerRetryHint: "appuyez sur {key} pour réessayer",
        .undoNoneYet: "aucune suppression dans cette session pour l’instant",
        .undoOtherProfile: "défaire appartient au profil sur lequel la suppression a été faite",
        .undoDidNotHappen: "la dernière suppression n’a pas eu lieu",
        .undoAlreadyDone: "la dernière suppression est déjà défaite",
        .copyToken: "jeton",
        .copyURL: "URL",
        .copyNone: "aucun",
        .copySubscriptionID: "identifiant d’abonnement",
        .copyContactUnicity: "unicity du contact",
        .copyContactHash: "hash du contact",
        .copyContactKind: "{kind} du contact",
        .copyContactID: "identifiant du contact",
        .copyJSON: "JSON tel qu’envoyé",
        .copyCurl: "commande curl",

        .sortKeyCreated: "date de création",
        .sortKeyModified: "date de modification",
        .sortKeyProvider: "fournisseur",
        .sortKeyApplication: "application",
        .sortKeyToken: "jeton",

        .writeWhatDeleting: "supprimer",
        .writeWhatUndo: "défaire",
        .writeWhatDeletingAll: "tout supprimer",
        .flashReadOnly: "lecture seule\u{00A0}: {what} n’est pas permis (--read-only)",
        .flashWaitForRequest: "Attendez la fin de la requête en cours",
        .flashMarkedForeign: """
        {count, one {La ligne marquée appartient} other {Les lignes marquées appartiennent}} à un autre \
        contact\u{00A0}: {count, one {supprimez-la seule} other {supprimez-les une à une}} avec {key}
        """,
        .flashNothingToUndo: "Rien à défaire\u{00A0}: {why}",
        .flashNoSubscriptionsToDelete: "Ce contact n’a aucun abonnement à supprimer",
        .flashEveryRowForeign: "Chaque ligne ici appartient à un autre contact\u{00A0}: {key} n’en supprime aucune",
        .flashDeleted: "Supprimé\u{00A0}: {what} ({key} pour défaire)",
        .flashAlreadyGone: "Déjà supprimé\u{00A0}: {what} l’a été ailleurs",
        .bannerDeleteFailed: "Échec de la suppression",
        .bannerNotDeleted: "{error} {what} n’a pas été supprimé.",
        .partDeleted: """
        {deleted} supprimé{deleted, one {} other {s}} sur {total, one {# abonnement} other {# \
        abonnements}}
        """,
        .partAlreadyGone: "{count} déjà supprimé{count, one {} other {s}}",
        .partUnknown: "{count} à l’issue inconnue",
        .partFailed: "{count} en échec ({error})",
        .theSubscriptions: "{count, one {l’abonnement} other {les # abonnements}}",
        .undoesSuffix: " ({key} pour défaire)",
        .bannerSomeDeletesFailed: "Des suppressions ont échoué",
        .bannerFailedRowsStay: "{text}. Les lignes en échec restent, toujours marquées.",
        .bannerRefreshingToSee: "{cause} Actualisation pour voir si {what} est toujours là…",
        .flashRecreated: "{count, one {# abonnement recréé} other {# abonnements recréés}}",
        .bannerUndoIncomplete: "Restauration incomplète",
        .bannerUndoIncompleteMessage: """
        {restored} recréé{restored, one {} other {s}} sur {total, one {# abonnement} other {# \
        abonnements}}\u{00A0}; {failed} en échec ({error}). {key} {failed, one {le} other {les}} \
        retente.
        """,
        .theOnlySubscriptionOf: "le seul abonnement de {who}",
        .allSubscriptionsOf: "{count, one {l’abonnement} other {les # abonnements}} de {who}",
        .flashAlreadyGoneAll: "Déjà fait\u{00A0}: {who} n’a plus d’abonnement",
        .bannerRefreshingLeft: "{error} Actualisation pour voir ce qui reste…",
        .bannerBulkFailed: "Échec de la suppression groupée",
        .bannerNothingDeleted: "{error} Rien n’a été supprimé.",
        .verdictResolved: "Issue inconnue, maintenant résolue",
        .verdictGone: """
        {cause} Après actualisation, {what} {count, one {n’est plus là} other {ne sont plus \
        là}}\u{00A0}: la suppression a eu lieu.
        """,
        .verdictStillThere: """
        {cause} Après actualisation, {what} {count, one {est toujours là\u{00A0}: il n’a pas été \
        supprimé} other {sont toujours là\u{00A0}: ils n’ont pas été supprimés}}.
        """,
        .verdictPartlyTitle: "Issue inconnue, en partie résolue",
        .verdictPartly: """
        {cause} Après actualisation, {remaining} sur {total} {remaining, one {est toujours là} other \
        {sont toujours là}}.
        """,

        .writeWhatMarking: "marquer pour supprimer",

        .profilesNoneDemo: "la démo n’a pas de profil",
        .profilesNoneConfig: "aucun profil\u{00A0}: {command} écrit un fichier de configuration",
        .flashNothingToSwitch: "Aucun profil où passer ({reason})",
        .flashWriteBeforeSwitch: """
        Une écriture est en cours ({activity})\u{00A0}; changez de profil quand elle aura répondu
        """,
        .flashAlreadyOn: "Déjà sur {name}",
        .flashNowOn: "Maintenant sur {name} ({host})\u{00A0}: marques, défaire et historique effacés",
        .stillOn: "Toujours sur {name}.",
        .nothingChanged: "Rien n’a changé.",
        .bannerCannotSwitch: "Impossible de passer à {profile}",
        .flashCannotUndoEntry: "Impossible de défaire {id}\u{00A0}: {why}",

        .copyNothing: "rien\u{00A0}: il n’y a pas de {label}",
        .copyEscaped: """
        {label}, échappé\u{00A0}: il contient des caractères de contrôle ou invisibles ({count, one {# \
        caractère} other {# caractères}})
        """,
        .copyWhat: "{label} ({count, one {# caractère} other {# caractères}})",
        .entryOf: "de {contact} (entrée {entry})",
        .flashRecreatedEntry: "{count, one {# abonnement recréé} other {# abonnements recréés}} {what}",
        .bannerRecreationIncomplete: "Recréation incomplète",
        .bannerRecreationIncompleteMessage: """
        {restored} recréé{restored, one {} other {s}} sur {total, one {# abonnement} other {# \
        abonnements}} {what}\u{00A0}; {failed} en échec ({error}). {journal}, puis {undo}, pour \
        réessayer.
        """,

        .promptTitle: "Rechercher un contact",
        .promptKind: "Type\u{00A0}: {kind}, {reason}",
        .promptKindChangeable: "{reason}\u{00A0}; {key} le change",
        .promptRecent: "Recherches récentes (↑/↓)\u{00A0}:",
        .kindChosen: "choisi avec {key}",
        .kindRecalled: "repris de la recherche",
        .kindGuessedTyping: "deviné à la frappe",
        .kindGuessedAt: "deviné\u{00A0}: il contient un @",
        .kindGuessedHash: "deviné\u{00A0}: 32 chiffres hexadécimaux",
        .kindGuessedUUID: "deviné\u{00A0}: un UUID",
        .kindGuessed: "deviné",
        .lookupKindContactID: "id de contact",
        .lookupKindSubscriptionID: "id d’abonnement",
        .pickerTitle: "Profils",
        .pickerKey: "clé\u{00A0}: {source}",
        .pickerExplanation: """
        Changer de profil lit sa clé d’API, annule les requêtes en cours et efface les marques, l’annulation \
        et l’historique.
        """,
        .journalReading: "Lecture du journal…",
        .journalUnreadable: "Le journal est illisible\u{00A0}: {problem}",
        .journalEmpty: "Rien n’a encore été supprimé ni recréé sous ce profil.",
        .journalNoMatch: "Aucune entrée ne correspond au filtre.",
        .journalFilterHint: "{key} filtre · ● les entrées de ce contact",
        .journalTitle: "Journal · {profile}",
        .journalTitleProfile: "profil {name}",
        .journalTitleNoProfile: "sans profil",
        .journalEntryCount: "{count, one {# entrée} other {# entrées}}",
        .journalShown: "({count, one {# affichée} other {# affichées}})",
        .journalDetailEntry: "entrée",
        .journalDetailRun: "lot {run}",
        .journalDetailWhen: "quand",
        .journalDetailWhenBy: "{time} par {user}",
        .journalDetailContact: "contact",
        .journalDetailOutcome: "résultat",
        .journalDetailRequests: "requêtes",
        .journalDetailReason: "motif",
        .journalSavedUnreadable: "ses abonnements enregistrés sont illisibles",
        .tooSmallTitle: "Terminal trop petit",
        .tooSmallNeed: "il faut {columns}×{rows},",
        .tooSmallHave: "il y a {columns}×{rows}",
        .listLoading: "Chargement…",
        .listNoContact: "Aucun contact pour l’instant. {key} pour en rechercher un.",
        .listNoSubscriptions: "Ce contact n’a aucun abonnement.",
        .listFilterInvalid: "Le filtre n’est pas valide\u{00A0}: {error}. {key} l’efface.",
        .listNoMatch: "Aucun abonnement ne correspond à « {query} ». {key} efface le filtre.",
        .readOnlySession: "cette session est en lecture seule",
        .bannerLogFile: "Fichier de log",
        .bannerSettings: "Réglages",
        .bannerSettingsDismiss: "{key} ferme ce message.",
        .bannerUnknownAtStart: """
        {count, one {# requête journalisée a} other {# requêtes journalisées ont}} une issue inconnue (la \
        plus récente\u{00A0}: {request} à {time}). {journal} les liste\u{00A0}; {restore} recrée ce qu’elles \
        ont supprimé.
        """,
        .cannotWriteJournal: "Impossible d’écrire dans le journal ({error}).",
        .noConfigFile: "aucun fichier de configuration",
        .noSuchProfile: "aucun profil « {name} »",
        .needsTerminal: "le navigateur a besoin d’un terminal\u{00A0}; pour les scripts, voir {help}",
        .noAPIKey: "aucune clé d’API",
        .cannotStart: "impossible de démarrer\u{00A0}: {error}",
        .cannotWriteLogFile: "impossible d’écrire le fichier de log « {path} »\u{00A0}: {error}",
        .terminalWriteFailed: "impossible d’écrire sur le terminal",
        .tmuxExited: "tmux load-buffer s’est terminé avec le code {code}",
        .tmuxKilled: "tmux load-buffer a été tué par un signal",
        .tmuxTimedOut: "tmux load-buffer n’a pas fini en {seconds}\u{00A0}s",
        .tmuxFailed: "tmux load-buffer a échoué\u{00A0}: {error}",

        .errorUnauthorized: """
        401 Unauthorized\u{00A0}: la clé d’API a été refusée. Vérifiez le fichier de clé ou {variable}.
        """,
        .errorForbidden: "403 Forbidden\u{00A0}: cette clé d’API n’a pas le droit de faire cela.",
        .errorNotFoundContact: "404 Not Found\u{00A0}: ce contact n’existe pas.",
        .errorNotFoundSubscription: "404 Not Found\u{00A0}: cet abonnement n’existe pas.",
        .errorNotFoundResource: "404 Not Found\u{00A0}: cette ressource n’existe pas.",
        .errorNotFoundOther: "404 Not Found\u{00A0}: {subject} introuvable.",
        .errorRateLimitedWait: """
        429 Too Many Requests\u{00A0}: le serveur demande d’attendre (Retry-After\u{00A0}: {retryAfter}).
        """,
        .errorRateLimited: """
        429 Too Many Requests\u{00A0}: le serveur limite le débit\u{00A0}; réessayez dans un instant.
        """,
        .errorServer: "Erreur du serveur {status}.",
        .errorServerExcerpt: "Erreur du serveur {status}\u{00A0}: {excerpt}",
        .errorUnexpectedStatus: "Statut HTTP inattendu {status}.",
        .errorUnexpectedStatusExcerpt: "Statut HTTP inattendu {status}\u{00A0}: {excerpt}",
        .errorTimeout: "Pas de réponse du serveur après {seconds}.",
        .errorConnectionFailed: "Connexion à {host} impossible\u{00A0}: {reason}.",
        .errorConnectionLost: "La connexion à {host} a été coupée avant la réponse\u{00A0}: {reason}.",
        .errorInvalidJSON: """
        Le serveur a envoyé un JSON invalide\u{00A0}: {reason} à la ligne {line}, colonne {column} (octet \
        {offset}).
        """,
        .errorUnexpectedShape: "La réponse du serveur a une forme inattendue\u{00A0}: {reason}.",
        .errorResponseTooLarge: "La réponse dépasse la limite de {limit}\u{00A0}Mio\u{00A0}; elle n’a pas été lue.",
        .errorInsecureBaseURL: """
        {url} refusée\u{00A0}: l’API doit être jointe en https (http n’est permis que pour les adresses de \
        bouclage).
        """,
        .errorInvalidBaseURL: "URL de base inutilisable\u{00A0}: {url}.",
        .errorInvalidAPIKey: "La clé d’API est inutilisable\u{00A0}: {reason}.",
        .errorTooManyRedirects: "Trop de redirections.",
        .errorInsecureRedirect: "Redirection vers {url} refusée\u{00A0}: ce n’est pas du https.",
        .errorCancelled: "Annulé.",
        .reasonConnectTimeout: "délai dépassé pendant la connexion",
        .reasonServerClosed: "le serveur a fermé la connexion",
        .reasonRefused: "connexion refusée",
        .reasonUnknownHost: "hôte inconnu",
        .reasonUnreachable: "réseau injoignable",
        .reasonReset: "connexion réinitialisée",
        .reasonBrokeOff: "la réponse s’est interrompue après sa ligne de statut (HTTP {status})",
        .reasonMalformed: "la réponse était mal formée ({error})",
        .reasonTLSHandshake: "la négociation TLS a échoué ({error})",

        .bannerLine: "{title}\u{00A0}: {message}",
        .badgeReadOnly: "LECTURE SEULE",
        .badgeReadWrite: "LECTURE-ÉCRITURE",
        .badgeDemo: "DÉMO",
        .filterFuzzy: "approché",
        .filterError: "erreur",
        .filterFiltering: "filtrage…",
        .filterIndexing: "indexation…",
        .listSorting: "tri…",
        .copyMenuTitle: "Copier",
        .queryUnclosedQuote: "guillemet non fermé",
        .queryNeedsValue: "« {term} » attend une valeur",
        .queryAgeNeedsSign: "un âge demande < ou >, par exemple {example}",
        .queryNotAField: "« {word} » n’est pas un champ, donc « {term} » est cherché comme du texte",

        .doctorStepConfig: "configuration",
        .doctorStepProfile: "profil",
        .doctorStepKey: "clé",
        .doctorStepKeyAccepted: "clé acceptée",
        .doctorStepClock: "horloge",
        .doctorStepTerminal: "terminal",
        .doctorStepLocale: "locale",
        .doctorStepColours: "couleurs",
        .doctorStepSize: "taille",
        .doctorStepJournal: "journal",
        .doctorStepProxy: "proxy",
        .doctorFixLine: "à faire\u{00A0}: {fix}",
        .doctorNotChecked: "non vérifié\u{00A0}: {reason}",
        .doctorFixAbove: "corrigez d’abord l’étape ci-dessus",
        .doctorNoBaseURL: "aucune URL de base",
        .doctorWarningLine: "avertissement\u{00A0}: {warning}",
        .doctorNoteLine: "note\u{00A0}: {note}",
        .doctorConfigParses: "{path} se lit\u{00A0}: {profiles, one {# profil} other {# profils}}",
        .doctorConfigWarnings: " avec {count, one {# avertissement} other {# avertissements}} (ci-dessous)",
        .doctorConfigNone: """
        aucun fichier en {path}\u{00A0}: options et environnement seulement ({command} en écrit un)
        """,
        .doctorConfigFix: "corrigez le fichier à l’endroit indiqué ({command})",
        .doctorConfigUnusable: "le fichier de configuration est inutilisable",
        .doctorProfileFrom: "{name} d’après {origin}, {host}",
        .doctorProfileNone: "aucun en service, {host}",
        .doctorProfileFix: "{command} liste les profils\u{00A0}; choisissez-en un avec --profile NOM",
        .doctorNoProfileForKey: "aucun profil où la lire",
        .doctorNoKeyNamed: "rien n’indique de clé",
        .doctorNoKeyFix: """
        définissez NP6_API_KEY, passez --key-file CHEMIN, ou donnez au profil un key_file, key_env ou \
        key_command
        """,
        .doctorKeyRead: "lue depuis {location} ({origin})",
        .doctorKeyFixFile: "mettez la clé sur la première ligne de « {path} », lisible par vous seul (chmod 600)",
        .doctorKeyFixEnvironment: "exportez {name} avec la clé (np6-subs la lit, ne l’affiche jamais)",
        .doctorKeyFixCommand: """
        lancez vous-même le key_command du profil ({program})\u{00A0}: il doit finir avec le code 0 en moins \
        de {timeout} et afficher la clé sur sa première ligne
        """,
        .doctorProxyTunnel: "\u{00A0}; https passe par un tunnel CONNECT, le proxy ne voit donc jamais la clé",
        .doctorProxyCredentials: " avec identifiants (masqués)",
        .doctorProxyFrom: "{proxy} d’après {origin}{credentials}{tunnel}",
        .doctorProxyIgnored: "aucun\u{00A0}: --no-proxy ignore l’environnement",
        .doctorProxyNoProxy: "aucun pour {host}\u{00A0}: NO_PROXY l’envoie en direct",
        .doctorProxyNone: "aucun en service\u{00A0}: np6-subs se connecte en direct",
        .doctorTLSNotUsed: "non utilisé\u{00A0}: http en bouclage",
        .doctorTLSTrustStore: "le magasin de certificats du système",
        .doctorTLSTrustStoreAnd: "le magasin de certificats du système et {roots}",
        .doctorTLSVerifies: "le certificat de {host} est vérifié avec {roots}",
        .doctorTLSDetails: """
        {version}\u{00A0}; certificat {subject}, émis par {issuer}, valable jusqu’au {expiry} ({days, one {# \
        jour restant} other {# jours restants}})\u{00A0}; vérifié avec {roots}
        """,
        .doctorTLSExpiresSoon: "le certificat expire bientôt\u{00A0}: prévenez le propriétaire du serveur",
        .doctorTLSThroughProxy: "le certificat de {host} est vérifié, dans le tunnel de {proxy}",
        .doctorTLSFix: "comme l’indique la ligne\u{00A0}; np6-subs ne désactive jamais la vérification",
        .doctorProxyFix: """
        comme l’indique la ligne\u{00A0}: l’URL du proxy, ses identifiants ou ses règles, pas le serveur NP6
        """,
        .doctorProxyNoWay: "le proxy n’a pas ouvert la voie vers {host}",
        .doctorNoAnswerWithin: "pas de réponse en {timeout}",
        .doctorAnswerTooLarge: "la réponse était trop grande",
        .doctorCancelled: "annulé",
        .doctorNoHTTPAnswer: "aucune réponse HTTP de {host}\u{00A0}: {reason}",
        .doctorNoHTTPAnswerFix: "vérifiez que l’URL de base désigne bien l’API NP6",
        .doctorNoConnection: "pas de connexion",
        .doctorServerSilent: "le serveur n’a pas répondu",
        .doctorNoKey: "pas de clé",
        .doctorProxyHost: "l’hôte du proxy {host}",
        .doctorTheProxy: "le proxy {proxy}",
        .doctorResolves: "{name} se résout en {addresses}",
        .doctorDNSFixProxy: "vérifiez l’hôte du proxy ({origin})",
        .doctorDNSFix: "vérifiez le nom d’hôte de l’URL de base et le DNS de cette machine (resolvectl status)",
        .doctorDoesNotResolve: "{host} ne se résout pas\u{00A0}: {reason}",
        .doctorHostUnresolved: "l’hôte ne se résout pas",
        .doctorConnectedIn: "connecté à {what} en {milliseconds}\u{00A0}ms",
        .doctorTCPFixProxy: "vérifiez l’hôte et le port du proxy ({origin}), et qu’il tourne",
        .doctorTCPFix: "vérifiez l’hôte et le port, et qu’un pare-feu laisse passer cette machine",
        .doctorCannotConnect: "connexion impossible à {what}\u{00A0}: {reason}",
        .doctorKeyListed: "GET /parameters/applications a répondu 200",
        .doctorKeyRefused: "le serveur a refusé la clé (401)",
        .doctorKeyRefusedBecause: "le serveur a refusé la clé ({error})",
        .doctorKeyWrongFix: """
        vérifiez la source de la clé ci-dessus\u{00A0}: la clé est peut-être fausse, révoquée ou d’un autre \
        compte
        """,
        .doctorKeyNoApplications: """
        acceptée, mais elle ne peut pas lister les applications (403)\u{00A0}: les noms s’affichent comme \
        des id
        """,
        .doctorKeyNotNP6Fix: "le serveur a répondu, mais pas comme l’API NP6\u{00A0}: vérifiez l’URL de base",
        .doctorClockNoDate: "non comparée\u{00A0}: le serveur n’a pas envoyé d’en-tête Date",
        .doctorClockWithin: "à moins d’une seconde de celle du serveur",
        .doctorClockAhead: "{seconds}\u{00A0}s d’avance sur celle du serveur",
        .doctorClockBehind: "{seconds}\u{00A0}s de retard sur celle du serveur",
        .doctorClockOff: "{skew}\u{00A0}: les dates, les âges et les heures du journal seraient faux",
        .doctorClockFix: "synchronisez l’horloge (timedatectl set-ntp true)",
        .doctorTermUnset: "TERM n’est pas défini",
        .doctorTermUnsetFix: "lancez np6-subs dans un terminal, ou exportez TERM=xterm-256color",
        .doctorTermKnown: "TERM={term} est connu de terminfo",
        .doctorTermNotAddressable: """
        TERM={term} ne sait pas déplacer le curseur\u{00A0}: le navigateur ne peut pas y dessiner
        """,
        .doctorTermNotAddressableFix: """
        utilisez un vrai terminal (TERM=xterm-256color)\u{00A0}; les sous-commandes marchent partout
        """,
        .doctorTermUnknown: "terminfo n’a pas d’entrée pour TERM={term}",
        .doctorTermUnknownFix: "installez-la (apt-get install ncurses-term), ou exportez TERM=xterm-256color",
        .doctorLocaleUnset: "non définie",
        .doctorLocaleFallback: """
        UTF-8 ({locale} n’est pas installée ici\u{00A0}: dessin avec les caractères de {fallback})
        """,
        .doctorLocaleUTF8: "UTF-8 ({locale})",
        .doctorLocaleWrong: "{codeset} ({locale})\u{00A0}: les caractères larges et accentués seraient mal dessinés",
        .doctorLocaleFix: "exportez LANG=C.UTF-8 (ou une autre locale UTF-8 installée\u{00A0}: locale -a)",
        .doctorColoursOff: """
        désactivées\u{00A0}: NO_COLOR est défini (les badges et le bandeau de production s’affichent en \
        vidéo inverse)
        """,
        .doctorColoursNone: "aucune dans terminfo\u{00A0}: styles seulement (gras, inverse, souligné)",
        .doctorColoursUnknown: "inconnues (pas d’entrée terminfo)",
        .doctorSizeNarrow: " (à partir de 80×24, le détail s’affiche à côté de la liste)",
        .doctorSizeTooSmall: "{size} est en dessous des 40×10 du navigateur",
        .doctorSizeFix: "agrandissez la fenêtre",
        .doctorSizeNoTerminal: "pas de terminal sur la sortie standard (le navigateur vérifie au démarrage)",
        .doctorJournalWillCreate: "{folder} sera créé (mode 0700) à la première suppression",
        .doctorJournalNoParent: "{folder} n’existe pas et {parent} n’est pas accessible en écriture",
        .doctorJournalNoParentFix: "{command}, ou définissez XDG_STATE_HOME",
        .doctorJournalNotFolder: "{folder} n’est pas un dossier",
        .doctorJournalNotFolderFix: "déplacez-le\u{00A0}; np6-subs crée le dossier lui-même",
        .doctorJournalTrustFix: "rendez le dossier à vous seul (la correction ci-dessus), ou définissez XDG_STATE_HOME",
        .doctorNotWritable: "{path} n’est pas accessible en écriture",
        .doctorChmodFolderOwner: "{command} (et vérifiez son propriétaire)",
        .doctorFolderOpen: "{folder} a le mode {mode}\u{00A0}: d’autres peuvent lire ce qui a été supprimé",
        .doctorJournalLink: "{path} est un lien symbolique, que np6-subs refuse de suivre",
        .doctorJournalLinkFix: """
        regardez où il mène, puis supprimez-le\u{00A0}: le journal est un fichier à part entière
        """,
        .doctorFileMode: "{path} a le mode {mode}",
        .doctorJournalWritable: "{folder} est accessible en écriture, mode {mode}",

        .doctorLine: "{mark} {step}\u{00A0}: {finding}",
        .keySourceFile: "le fichier {path}",
        .keySourceEnvironment: "la variable d’environnement {name}",
        .keySourceCommand: "la commande {program}",
        .keySourceArgumentsHidden: "{program} ({count, one {# argument masqué} other {# arguments masqués}})",
        .quotedValue: "« {value} »",

        .placeWithProfile: "sur {host} (profil {profile})",
        .placeWithoutProfile: "sur {host} (sans profil)",
        .actionDelete: "supprimer",
        .actionRestore: "restaurer",
        .refusingWithoutTerminal: """
        refus de {action} sans terminal où confirmer\u{00A0}; passez --yes pour confirmer dans un script
        """,
        .notConfirmed: "non confirmé\u{00A0}; rien n’a été fait",
        .askReason: "Motif, par exemple un ticket (Entrée pour aucun)\u{00A0}: ",
        .typeYes: "Tapez yes pour continuer\u{00A0}: ",
        .typeProfileName: "C’est un profil de production\u{00A0}: tapez son nom ({name}) pour continuer\u{00A0}: ",
        .exitOK: "ok",
        .exitAPIError: "erreur de l’API ou du réseau",
        .exitUsage: "erreur d’utilisation",
        .exitNotFound: "introuvable",
        .exitClosedPipe: "sortie fermée trop tôt",
        .exitSummary: "Codes de sortie des sous-commandes\u{00A0}: {codes}.",
        .dryRunWouldSend: "Simulation\u{00A0}; enverrait\u{00A0}:",
        .nothingToDelete: "Rien à supprimer.",
        .deleteOneQuestion: "Supprimer cet abonnement {place} avec {request}\u{00A0}?",
        .deleteManyQuestion: """
        Supprimer {count, one {cet abonnement} other {ces # abonnements}} {place} avec {requests, one {# \
        requête} other {# requêtes}}\u{00A0}?
        """,
        .refusingDeleteJournal: "suppression refusée\u{00A0}: impossible d’écrire dans le journal ({error})",
        .refusingRestoreJournal: "restauration refusée\u{00A0}: impossible d’écrire dans le journal ({error})",
        .deletedID: "supprimé {id}",
        .recreatedID: "recréé {id}",
        .deletedOfContact: "{count, one {# abonnement supprimé} other {# abonnements supprimés}} de {kind} {value}",
        .journalEntryLine: "entrée du journal {entry}",
        .journalEntryUndoable: "entrée du journal {entry} ({command} recrée ce qu’elle a supprimé)",
        .recheckGone: """
        supprimé {id} (la réponse s’est perdue\u{00A0}: {cause} Une nouvelle vérification montre qu’il \
        n’existe plus.)
        """,
        .recheckStillThere: """
        {id}\u{00A0}: non supprimé. La réponse s’est perdue ({cause}), et une nouvelle vérification montre \
        qu’il est toujours là.
        """,
        .recheckFailedID: """
        {id}\u{00A0}: issue inconnue ({cause})\u{00A0}; la nouvelle vérification a échoué aussi ({error}). \
        {command} garde l’entrée.
        """,
        .recheckFailed: """
        issue inconnue ({cause})\u{00A0}; la nouvelle vérification a échoué aussi ({error}). {command} \
        garde l’entrée.
        """,
        .recheckAllGone: """
        {count, one {# abonnement supprimé} other {# abonnements supprimés}} de {kind} {value} (la réponse \
        s’est perdue\u{00A0}: {cause} Une nouvelle vérification montre {count, one {qu’il n’existe plus} \
        other {qu’ils n’existent plus}}.)
        """,
        .recheckSomeLeft: """
        la réponse s’est perdue ({cause})\u{00A0}; une nouvelle vérification montre {remaining} {count, one \
        {abonnement sur #} other {abonnements sur #}} toujours là.
        """,
        .cannotRecordRecheck: "impossible d’inscrire la nouvelle vérification dans le journal ({error})",
        .cannotRecordRestore: "impossible d’inscrire la restauration dans le journal ({error})",
        .journalIsEmpty: "Le journal est vide\u{00A0}: rien n’a encore été supprimé ni recréé.",
        .journalNoEntryMatches: "Aucune entrée du journal ne correspond.",
        .noJournalEntry: "aucune entrée du journal {entry}",
        .entryAmbiguous: """
        {entry} correspond à {count, one {# entrée} other {# entrées}}\u{00A0}; donnez une plus grande part \
        de l’id
        """,
        .entryHoldsNothing: "l’entrée {entry} ne contient aucun abonnement à recréer",
        .restoreDryRun: """
        Simulation\u{00A0}: recréerait {count, one {# abonnement} other {# abonnements}} {place} avec \
        {count, one {# requête} other {# requêtes}} PUT /subscriptions\u{00A0}; rien n’a été envoyé.
        """,
        .restoreOneQuestion: "Recréer cet abonnement {place} avec PUT /subscriptions\u{00A0}?",
        .restoreManyQuestion: """
        Recréer ces {count, one {# abonnement} other {# abonnements}} {place} avec {count, one {# requête} \
        other {# requêtes}} PUT /subscriptions\u{00A0}?
        """,
        .entryOtherHost: """
        l’entrée {entry} a été enregistrée pour {recorded}, et ceci la recréerait sur {host}. Pour le faire \
        exprès, ajoutez --to-host {host}
        """,
        .underProfile: "sous le profil « {profile} »",
        .withoutProfile: "sans profil",
        .entryOtherProfile: """
        l’entrée {entry} a été enregistrée {recorded}, et ceci la recréerait {now}. Pour le faire exprès, \
        ajoutez {option}
        """,
        .noDeletesOfRun: "aucune suppression du lot {run} dans le journal",
        .restoreRunQuestion: """
        Recréer {count, one {# abonnement} other {# abonnements}} du lot {run} ({contacts, one {# contact} \
        other {# contacts}}) {place} avec {count, one {# requête} other {# requêtes}} PUT \
        /subscriptions\u{00A0}?
        """,
        .progressRestoring: "restauration",
        .recreatedOfContact: "{count, one {# abonnement recréé} other {# abonnements recréés}} de {contact}",
        .restoreRunSummary: """
        Lot {run}\u{00A0}: {count, one {# abonnement recréé} other {# abonnements recréés}}\u{00A0}; \
        {failed, one {# contact} other {# contacts}} en échec
        """,
        .runPlanEntry: """
        {contact} (entrée {entry}, {outcome})\u{00A0}: {count, one {# abonnement} other {# abonnements}}
        """,
        .restoreRunDryRun: """
        Simulation\u{00A0}: le lot {run} recréerait {count, one {# abonnement} other {# abonnements}} de \
        {contacts, one {# contact} other {# contacts}} {place} avec {count, one {# requête} other {# \
        requêtes}} PUT /subscriptions\u{00A0}; rien n’a été envoyé.
        """,
        .noConfigAt: "aucun fichier de configuration en {path}\u{00A0}; {command} en écrit un",
        .configNoProfile: "{path} ne définit encore aucun profil.",
        .profileInUse: "* en service\u{00A0}: {name}",
        .configWritten: "{path} écrit (mode 0600). Modifiez ses profils, puis\u{00A0}: {next}",
        .yesWord: "oui",
        .noWord: "non",
        .columnName: "NOM",
        .columnHost: "HÔTE",
        .columnKey: "CLÉ",
        .columnReadOnly: "LECTURE SEULE",
        .columnProduction: "PRODUCTION",
        .columnLabel: "LIBELLÉ",
        .columnBelongsTo: "APPARTIENT À",

        .batchContactAtLine: "{contact} (ligne {line})",
        .batchCannotFetch: "{title}\u{00A0}: impossible à lire, laissé de côté\u{00A0}: {error}",
        .batchBulkRefused: """
        {title}\u{00A0}: laissé de côté\u{00A0}: sa liste contient {foreign}, que son DELETE groupé \
        emporterait aussi (--only supprime ses propres lignes une à une)
        """,
        .batchSameAs: "{title}\u{00A0}: le même contact qu’à la ligne {line}\u{00A0}; supprimé là-bas",
        .batchNothing: "{title}\u{00A0}: rien à supprimer",
        .batchSubscriptions: "{title}\u{00A0}: {count, one {# abonnement} other {# abonnements}}",
        .batchLeftOutForeign: "laissé de côté\u{00A0}: {foreign}, pas à ce contact",
        .batchSubscriptionsOf: "{count, one {# abonnement} other {# abonnements}} de {whose}",
        .batchRunName: " (lot {run})",
        .batchTotalNothing: "\u{00A0}; {count} sans rien à supprimer",
        .batchTotalSame: "\u{00A0}; {count, one {# désignait} other {# désignaient}} le contact d’une ligne précédente",
        .batchTotalRefused: """
        \u{00A0}; {count, one {# laissé} other {# laissés}} de côté (ils contiennent des abonnements d’un \
        autre contact)
        """,
        .batchTotalForeign: """
        \u{00A0}; {count, one {# abonnement} other {# abonnements}} d’autres contacts {count, one {laissé} \
        other {laissés}} de côté
        """,
        .batchTotalUnfetched: """
        \u{00A0}; {count, one {# n’a pas pu être lu} other {# n’ont pas pu être lus}} (laissés de côté)
        """,
        .batchPlanTotals: """
        Plan{run} {place}\u{00A0}: {contacts, one {# contact} other {# contacts}}, {count, one {# \
        abonnement} other {# abonnements}} à supprimer avec {requests, one {# requête} other {# \
        requêtes}}{rest}
        """,
        .batchDeletedOf: "{count, one {# abonnement supprimé} other {# abonnements supprimés}} de {what}",
        .batchSeconds: "{seconds}\u{00A0}s",
        .batchSecondsRate: "{seconds}\u{00A0}s ({rate}\u{00A0}contacts/s)",
        .batchRunSummary: """
        Lot {run}{interrupted}\u{00A0}: {contacts, one {# contact} other {# contacts}}, {count, one {# \
        abonnement supprimé} other {# abonnements supprimés}}, en {took}
        """,
        .batchInterrupted: " (interrompu)",
        .batchColumnResult: "RÉSULTAT",
        .batchColumnContacts: "CONTACTS",
        .batchResumeHint: "{command} le poursuit (les issues inconnues sont vérifiées d’abord)",
        .batchRestoreHint: "{command} recrée ce qu’il a supprimé",
        .batchRepeatedLine: "la ligne {line} répète la ligne {first}\u{00A0}; le contact n’est traité qu’une fois",
        .batchMoreRepeated: "et {count, one {# autre ligne répétée} other {# autres lignes répétées}}",
        .outcomeDeleted: "supprimé",
        .outcomeAlreadyGone: "déjà absent",
        .outcomeNothingToDelete: "rien à supprimer",
        .outcomeFailed: "échec",
        .outcomeUnknown: "inconnu",
        .outcomeNotStarted: "non commencé",
        .outcomeDoneBefore: "déjà fait",
        .progressFetching: "lecture",
        .progressDeleting: "suppression",
        .batchNotFetched: "non lu\u{00A0}: {what}\u{00A0}: {error}",
        .batchFetched: "lu {what}",
        .batchStoppedFetching: "arrêté pendant la lecture (Ctrl-C)\u{00A0}: rien n’a été envoyé",
        .batchFetchedIn: "{count, one {# contact lu} other {# contacts lus}} en {took}",
        .batchDryRun: "Simulation\u{00A0}: rien n’a été envoyé.",
        .batchQuestion: """
        Supprimer {count, one {# abonnement} other {# abonnements}} de {contacts, one {# contact} other {# \
        contacts}} {place} avec {requests, one {# requête} other {# requêtes}}\u{00A0}?
        """,
        .batchTypeProduction: "C’est un profil de production\u{00A0}: tapez {answer} pour continuer\u{00A0}: ",
        .batchTypeCount: "Tapez le nombre d’abonnements ({count}) pour continuer\u{00A0}: ",
        .batchNotConfirmed: "non confirmé\u{00A0}; rien n’a été supprimé",
        .batchCannotWriteRunFile: """
        impossible d’écrire le fichier du lot {path}\u{00A0}: {error}\u{00A0}; rien n’a été supprimé
        """,
        .batchNoRunToResume: "aucun lot {run} à reprendre\u{00A0}: {error}",
        .batchNeverConfirmed: """
        le lot {run} n’a jamais été confirmé (il s’est arrêté pendant la lecture, ou le nombre n’a pas été \
        tapé)\u{00A0}: rien n’en a été envoyé\u{00A0}; relancez-le
        """,
        .batchPlanCutShort: """
        le plan du lot {run} n’a pas de ligne de confirmation (le fichier a été tronqué), mais le journal en \
        contient {count, one {# contact} other {# contacts}}\u{00A0}: il a été envoyé. {command} les \
        liste\u{00A0}; il ne peut pas être repris depuis ce plan
        """,
        .batchOtherPlace: """
        le lot {run} a été fait sur {recorded}\u{00A0}; ici, c’est {current}. Reprenez-le avec le même \
        --profile ou --base-url
        """,
        .batchHostProfile: "{host} (profil {profile})",
        .batchResumeQuestion: """
        Reprendre le lot {run} ({source})\u{00A0}? Les contacts déjà faits sont sautés\u{00A0}; ceux à \
        l’issue inconnue sont vérifiés d’abord.
        """,
        .batchStopping: """
        arrêt\u{00A0}: plus de nouvelles requêtes\u{00A0}; celles en cours se terminent (un second Ctrl-C \
        les abandonne, leur issue est alors inconnue)
        """,
        .batchJournalBroken: """
        arrêté\u{00A0}: impossible d’écrire dans le journal ({error})\u{00A0}; plus rien n’a été envoyé
        """,
        .batchWaiting: """
        attente de {left} pour la limite de débit (X-RateLimit-Reset du serveur\u{00A0}; une remise à zéro \
        annoncée plus loin est retentée après 5 minutes)\u{00A0}; Ctrl-C arrête
        """,
        .batchWaitingShort: "attente de {left} (limite de débit)\u{00A0}; Ctrl-C arrête",
        .progressCounts: "{done}/{total}  {rate}/s  reste {left}  échecs {failures}",
        .progressCountsShort: "{verb} {done}/{total} {rate}/s reste {left} {failures, one {# échec} other {# échecs}}",
        .batchNotFound: "{title}\u{00A0}: introuvable",

        .refusingWithoutTerminalBatch: """
        refus de {action} sans terminal où confirmer\u{00A0}; passez --yes pour confirmer dans un script (ou \
        --dry-run pour voir le plan)
        """,

        .journalColumnWhen: "QUAND",
        .journalColumnEntry: "ENTRÉE",
        .journalColumnProfile: "PROFIL",
        .journalColumnContact: "CONTACT",
        .journalColumnOperation: "OPÉRATION",
        .journalColumnCount: "NOMBRE",
        .journalColumnOutcome: "RÉSULTAT",
        .journalColumnReason: "MOTIF",
        .operationDelete: "suppression",
        .operationDeleteAll: "tout supprimer",
        .operationUndo: "défaire (recréer)",
        .operationRestore: "restauration",
        .operationRestoreOf: "restauration {entry}",
        .operationUnrecognised: "{operation} (inconnue)",
        .resultDone: "fait",
        .resultFailed: "échec",
        .resultUnknown: "inconnu",
        .resultPartial: "partiel",
        .resultRestored: "restauré",
        .resultNotSent: "non envoyé",
        .outcomeUnknownWords: "issue inconnue",
        .outcomeSettled: "{recorded}, réglé\u{00A0}: {result} par {by}",
        .undoRefusedRecreation: "elle a recréé des abonnements\u{00A0}; seule une suppression se défait",
        .undoRefusedUnknownOperation: "cette version ne connaît pas {operation}",
        .undoRefusedFailed: "sa suppression a échoué, rien n’a été retiré",
        .undoRefusedRecreated: "déjà recréée",
        .undoRefusedRecreatedBy: "déjà recréée par {entry}",
        .undoRefusedOtherHost: "enregistrée pour {host} ({command})",
        .undoRefusedEmpty: "elle ne contient aucun abonnement",
        .journalFailureTrust: "le journal\u{00A0}: {problem}",
        .journalFailureLink: "{path} est un lien symbolique\u{00A0}: refusé (le journal est un fichier à part entière)",
        .journalFailureRead: "impossible de lire {path}",
        .journalFailureAudit: "journal d’audit\u{00A0}: {error}",
        .journalFailureWrite: "impossible d’écrire {path}\u{00A0}: {error}",
        .journalFailureSync: "impossible de synchroniser {path}\u{00A0}: {error}",
        .fileCannotOpen: "impossible d’ouvrir {path}\u{00A0}: {error}",

        .helpAuditReason: """
        Pourquoi, par exemple un numéro de ticket\u{00A0}: inscrit au journal avec chaque suppression et \
        recréation (le navigateur le propose dans chaque confirmation).
        """,
        .helpAuditAuditLog: """
        Ajoute aussi chaque ligne du journal à ce fichier, par exemple celui de l’équipe\u{00A0}; >(logger \
        -t np6-subs) l’envoie à syslog. Par défaut\u{00A0}: NP6_AUDIT_LOG.
        """,
        .helpBatchFromFile: """
        Prend les contacts dans ce fichier (- pour l’entrée standard)\u{00A0}: un par ligne, unicity:…, \
        hash:… ou id:… (une valeur seule est une unicity)\u{00A0}; les lignes vides et les commentaires # \
        sont ignorés.
        """,
        .helpBatchCsvColumn: """
        Lit --from-file comme un CSV et prend les contacts dans cette colonne (désignée par son en-tête).
        """,
        .helpBatchJobs: "Requêtes simultanées avec --from-file (de 1 à 16).",
        .helpBrowseAbstract: """
        Parcourt les abonnements push d’un contact NP6, lit leurs jetons, supprime ceux qui sont périmés.
        """,
        .helpBrowseDiscussion: """
        La clé d’API vient de --key-file CHEMIN (un fichier que vous seul pouvez lire) ou de la variable \
        d’environnement NP6_API_KEY. Aucune option ne prend la clé elle-même\u{00A0}: elle n’apparaît donc jamais \
        dans `ps` ni dans l’historique du shell.

        L’URL de base vient de --base-url, puis de NP6_BASE_URL, puis du profil, sinon \
        https://api-cm.np6.com.

        Les profils (un par compte et par environnement) sont dans ~/.config/np6-subs/config.yaml\u{00A0}: \
        --profile NOM en choisit un, P en change dans le navigateur. Voir np6-subs profiles et np6-subs \
        config init.

        Sans option de contact, le programme s’ouvre sur la recherche\u{00A0}; la touche «\u{00A0}?\u{00A0}» y \
        liste toutes les touches. Pour essayer sans clé\u{00A0}: np6-subs --demo
        """,
        .helpBrowseUnicity: "Ouvre sur le contact de cette unicity (sa clé métier, souvent une adresse e-mail).",
        .helpBrowseHash: "Ouvre sur le contact de ce hash.",
        .helpBrowseContactID: "Ouvre sur le contact de cet id.",
        .helpBrowseSubscriptionID: "Ouvre sur le contact qui possède cet abonnement, celui-ci sélectionné.",
        .helpBrowseReadOnly: """
        Interdit toute écriture\u{00A0}: suppression (d et D), défaire (u) et marquage de lignes à supprimer \
        (espace). Aussi NP6_READ_ONLY=1, et read_only à true dans un profil.
        """,
        .helpBrowseReadWrite: """
        Permet de supprimer pendant cette session bien que le profil ait read_only à true (l’en-tête le \
        signale).
        """,
        .helpBrowseDemo: """
        Fonctionne avec un bac à sable intégré de l’API NP6 sur 127.0.0.1, ouvert sur son contact d’exemple. \
        Aucune clé nécessaire.
        """,
        .helpBrowseLogFile: """
        Écrit un journal de débogage (requêtes, statuts, durées\u{00A0}; la clé masquée) dans ce fichier.
        """,
        .helpBrowseNoMouse: """
        Laisse la souris au terminal, pour sélectionner du texte sans tenir Maj. Aussi NP6_NO_MOUSE=1.
        """,
        .helpConfigAbstract: "Écrit un fichier de configuration commenté, ou dit où il se trouve.",
        .helpConfigInitAbstract: """
        Écrit un fichier de configuration commenté (mode 0600)\u{00A0}; un fichier existant n’est jamais \
        écrasé.
        """,
        .helpConfigPathAbstract: """
        Affiche l’emplacement du fichier de configuration ($XDG_CONFIG_HOME/np6-subs/config.yaml, sinon \
        ~/.config/np6-subs/config.yaml).
        """,
        .helpConnectionProfile: """
        Utilise ce profil du fichier de configuration (np6-subs profiles les liste). Par défaut\u{00A0}: \
        NP6_PROFILE, sinon le default_profile du fichier.
        """,
        .helpConnectionBaseURL: """
        L’URL de base de l’API NP6 (https\u{00A0}; http seulement en bouclage). Par défaut\u{00A0}: \
        NP6_BASE_URL, sinon celle du profil, sinon https://api-cm.np6.com.
        """,
        .helpConnectionKeyFile: """
        Lit la clé d’API dans ce fichier\u{00A0}; il ne doit être lisible ni par le groupe ni par les autres \
        (chmod 600). Par défaut\u{00A0}: NP6_API_KEY, sinon la source de clé du profil.
        """,
        .helpConnectionCaFile: """
        Fait aussi confiance aux certificats d’autorité de ce fichier PEM (ou dossier), par exemple l’AC \
        privée d’un réseau. Par défaut\u{00A0}: le ca_file du profil\u{00A0}; SSL_CERT_FILE et SSL_CERT_DIR \
        ajoutent les leurs.
        """,
        .helpConnectionProxy: """
        Passe par ce proxy HTTP, http://[UTILISATEUR:MOT_DE_PASSE@]HÔTE:PORT (https dans un tunnel CONNECT). \
        Par défaut\u{00A0}: le proxy du profil, sinon HTTPS_PROXY ou ALL_PROXY, moins NO_PROXY.
        """,
        .helpConnectionNoProxy: "Ignore les variables de proxy de l’environnement (HTTPS_PROXY, ALL_PROXY, NO_PROXY…).",
        .helpContactUnicity: "L’unicity du contact.",
        .helpContactHash: "Le hash du contact.",
        .helpContactContactID: "L’id du contact.",
        .helpDeleteAbstract: """
        Supprime des abonnements, inscrits d’abord au journal. Demande confirmation sur un terminal\u{00A0}; \
        sans terminal, exige --yes.
        """,
        .helpDeleteDiscussion: """
        Avec --from-file, elle traite de nombreux contacts\u{00A0}: elle lit chacun et affiche le plan (ce \
        que chaque contact a, les requêtes exactes, les totaux), demande de taper le nombre d’abonnements \
        (sauf avec --yes), puis supprime --jobs contacts à la fois, au rythme des en-têtes de limite de \
        débit du serveur, sous un seul identifiant de lot dans le journal. Ctrl-C arrête les nouvelles \
        requêtes (deux fois, abandonne celles en cours)\u{00A0}; --resume LOT reprend\u{00A0}; restore --run \
        LOT recrée ce qu’il a supprimé.
        """,
        .helpDeleteSubscriptions: "Un ou plusieurs id d’abonnement.",
        .helpDeleteOnly: """
        Avec --from-file\u{00A0}: ne supprime, de chaque contact, que les abonnements qui correspondent à \
        cette requête (la syntaxe du / du navigateur, par exemple "app:shop provider:apns"), un DELETE \
        chacun.
        """,
        .helpDeleteResume: """
        Reprend le lot interrompu LOT (son id figure dans le résumé et le journal)\u{00A0}: saute ce qui est \
        fait, revérifie les issues inconnues.
        """,
        .helpDeleteFormat: """
        Avec --from-file ou --resume\u{00A0}: table (un plan et un résumé) ou json (une ligne JSON par \
        contact).
        """,
        .helpDeleteDryRun: "Affiche les requêtes (avec --from-file, tout le plan)\u{00A0}; n’envoie rien.",
        .helpDeleteYes: "Confirme sans demander (pour les scripts).",
        .helpDeleteReadWrite: "Écrit bien que le profil ait read_only à true (pour cette commande seulement).",
        .helpDoctorAbstract: """
        Vérifie la configuration, la source de la clé, le DNS, TCP, TLS, le proxy, la clé, l’horloge, le \
        terminal et le dossier du journal.
        """,
        .helpDoctorDiscussion: """
        Affiche une ligne ✓ ou ✗ par étape, avec la correction de chaque ✗. Sort avec 0 quand tout passe, 1 \
        sinon. N’affiche jamais la clé.
        """,
        .helpJournalAbstract: """
        Liste le journal des suppressions, du plus récent au plus ancien\u{00A0}: quand, qui, quoi, combien, \
        le résultat et le motif (les entrées sans résultat\u{00A0}: issue inconnue).
        """,
        .helpJournalFormat: "table, json ou csv.",
        .helpJournalWide: "Affiche chaque colonne en entier\u{00A0}: l’opérateur, l’hôte et les requêtes aussi.",
        .helpJournalContact: """
        Seulement les entrées de ce contact (une partie de son unicity, de son hash ou de son id\u{00A0}; \
        casse indifférente).
        """,
        .helpJournalSince: """
        Seulement les entrées depuis cette date locale (2024-01-15, 2024-01, 2024) ou cet âge (7d, 12h, 2w).
        """,
        .helpJournalHost: "Seulement les entrées envoyées à cet hôte (une partie de son nom).",
        .helpJournalProfile: "Seulement les entrées enregistrées sous ce profil.",
        .helpJournalRunID: "Seulement les entrées de ce lot (delete --from-file affiche son id).",
        .helpJournalDemo: "Le journal des sessions --demo (tenu à part du vrai).",
        .helpListAbstract: """
        Liste les abonnements d’un contact, ou de nombreux contacts avec --from-file (la sortie JSON est \
        faite des objets du serveur eux-mêmes).
        """,
        .helpListFilter: """
        Ne garde que les lignes qui correspondent à cette requête, la syntaxe du / du navigateur\u{00A0}: \
        chaque terme séparé par une espace doit correspondre\u{00A0}; casse intelligente (un terme en \
        minuscules ignore la casse, un terme avec une majuscule la respecte)\u{00A0}; \
        «\u{00A0}!terme\u{00A0}» exclut\u{00A0}; \
        "une phrase"\u{00A0}; ~terme est approché\u{00A0}; provider:…, app:…, token:…, id:…, contact:… et \
        user:… cherchent dans un seul champ\u{00A0}; created:… et modified:… prennent des dates \
        (>2024-01-01, <=2023-06, 2025), des âges (<30d, >1y) et never. Voir docs/usage.md, « The filter ».
        """,
        .helpNP6SubsDiscussion: "Sans sous-commande, lance le navigateur (np6-subs browse). ",
        .helpProfilesAbstract: """
        Liste les profils du fichier de configuration\u{00A0}: nom, hôte, type de source de clé, lecture \
        seule, production (jamais une clé).
        """,
        .helpRestoreAbstract: """
        Recrée les abonnements d’une entrée du journal (ou de tout un lot) avec PUT /subscriptions.
        """,
        .helpRestoreEntryID: "L’id de l’entrée du journal, ou un préfixe unique de celui-ci.",
        .helpRestoreRunID: "Recrée tout ce que le lot LOT a supprimé (delete --from-file affiche son id).",
        .helpRestoreJobs: "Avec --run\u{00A0}: requêtes simultanées (de 1 à 16).",
        .helpRestoreDryRun: "Affiche ce qui serait recréé, et où\u{00A0}; n’envoie rien.",
        .helpRestoreToHost: """
        Recrée sur cet hôte bien que l’entrée ait été enregistrée pour un autre (ce doit être l’hôte que \
        nomme --base-url).
        """,
        .helpRestoreToProfile: """
        Recrée sous ce profil bien que l’entrée ait été enregistrée sous un autre (ce doit être le profil en \
        service\u{00A0}; none pour aucun profil).
        """,
        .helpShowAbstract: "Affiche un abonnement.",
        .helpShowSubscriptionID: "L’id de l’abonnement.",

        .helpHeadingOverview: "PRÉSENTATION\u{00A0}:",
        .helpHeadingUsage: "UTILISATION\u{00A0}:",
        .helpHeadingOptions: "OPTIONS\u{00A0}:",
        .helpHeadingArguments: "ARGUMENTS\u{00A0}:",
        .helpHeadingSubcommands: "SOUS-COMMANDES\u{00A0}:",
        .helpShowVersion: "Affiche la version.",
        .helpShowHelp: "Affiche cette aide.",
        .helpSeeSubcommand: "Voir « {command} » pour l’aide détaillée.",
        .helpSubcommandsForScripts: "SOUS-COMMANDES (pour les scripts\u{00A0}; {command} pour chacune)\u{00A0}:",
        .helpErrorPrefix: "Erreur\u{00A0}:",
        .helpHelpAbstract: "Affiche l’aide d’une sous-commande.",

        .helpUsageShort: "Utilisation\u{00A0}:",
        .helpSeeMore: "Voir « {command} » pour en savoir plus.",

        .usageCSVColumnNeedsFile: "--csv-column lit le fichier de --from-file\u{00A0}; donnez aussi --from-file.",
        .usageJobsRange: "--jobs doit être entre 1 et 16, pas {jobs}.",
        .usageReadOnlyAndWrite: "--read-only et --read-write se contredisent\u{00A0}; n’en donnez qu’un.",
        .usageAtMostOneContact: "Donnez au plus une option parmi --unicity, --hash, --contact-id, --subscription-id.",
        .usageContactFlagEmpty: "Une option de contact demande une valeur non vide.",
        .usageDemoWithServer: """
        --demo lance son propre bac à sable sur 127.0.0.1 et n’envoie jamais rien à {flag}\u{00A0}; retirez \
        l’un des deux (pour essayer un vrai serveur, retirez --demo).
        """,
        .usageOnlyNeedsFile: "--only fonctionne avec --from-file.",
        .usageDeleteFormats: "delete écrit en table ou en json.",
        .usageJSONNeedsBatch: "--format json fonctionne avec --from-file ou --resume.",
        .usageDryRunResume: "--dry-run montre un nouveau plan\u{00A0}; --resume poursuit un plan déjà confirmé.",
        .usageDeleteSources: """
        Donnez --subscription ID…, exactement une option parmi --unicity, --hash, --contact-id, ou \
        --from-file FICHIER, ou --resume LOT.
        """,
        .usageListSources: "Donnez --from-file ou une option parmi --unicity, --hash, --contact-id, pas les deux.",
        .usageRestoreSources: "Donnez un id d’entrée du journal ou --run LOT.",
        .usageExactlyOneContact: """
        Donnez exactement une option parmi --unicity, --hash, --contact-id (ou --from-file FICHIER pour de \
        nombreux contacts).
        """,
        .usageNeedsValue: "{flag} demande une valeur non vide.",
        .usageTheEntryID: "L’id de l’entrée du journal",
        .usageTheSubscriptionID: "L’id de l’abonnement",
        .usageSince: """
        --since prend une date (2024-01-15, 2024-01, 2024) ou un âge (7d, 12h, 2w, 6m, 1y), pas « {since} ».
        """,
        .usageUnknownCommandSuggest: "commande inconnue « {word} ». Vouliez-vous dire « {name} »\u{00A0}? ({help})",
        .usageUnknownCommand: "commande inconnue « {word} » (commandes\u{00A0}: {commands}\u{00A0}; {help})",

        .helpDefaultLabel: "par défaut\u{00A0}:",
        .helpValuesLabel: "valeurs\u{00A0}:",

        .manSectionEnvironment: "ENVIRONNEMENT",
        .manSectionFiles: "FICHIERS",
        .manSectionExitStatus: "CODE DE RETOUR",
        .manSectionKeys: "TOUCHES",
        .manSectionExamples: "EXEMPLES",
        .manEnvAPIKey: """
        La clé d’API, quand ni un profil ni --key-file n’indique une autre source. Jamais affichée ni \
        journalisée.
        """,
        .manEnvBaseURL: "L’URL de base de l’API (par défaut https://api-cm.np6.com)\u{00A0}; --base-url l’emporte.",
        .manEnvProfile: "Le profil à utiliser quand --profile n’est pas donné.",
        .manEnvReadOnly: """
        1\u{00A0}: rien ne peut être supprimé ni recréé (comme --read-only), quoi que dise le profil.
        """,
        .manEnvAuditLog: "Un fichier qui reçoit aussi chaque ligne du journal (comme --audit-log).",
        .manEnvNoMouse: "1\u{00A0}: laisse la souris au terminal (comme --no-mouse).",
        .manEnvFrameTrace: """
        un fichier\u{00A0}: le navigateur y ajoute une ligne datée par touche lue et par écran \
        dessiné (pour scripts/bench-screen).
        """,
        .manEnvTimeZone: """
        Le fuseau horaire des dates affichées, comme la bibliothèque C les lit (par défaut \
        /etc/localtime\u{00A0}; fichiers de fuseaux dans /usr/share/zoneinfo).
        """,
        .manEnvProxy: "Le proxy, comme curl les lit.",
        .manEnvNoProxy: "Les hôtes joints sans le proxy, comme curl la lit.",
        .manEnvCerts: "Où sont les autorités de certification de confiance, comme OpenSSL les lit.",
        .manEnvConfigHome: "Où est le fichier de configuration (par défaut ~/.config).",
        .manEnvStateHome: "Où sont le journal, les lots et les recherches récentes (par défaut ~/.local/state).",
        .manEnvHomeUser: "Les valeurs par défaut des deux précédentes, et l’opérateur que le journal inscrit.",
        .manEnvTerm: """
        Les capacités du terminal\u{00A0}; NO_COLOR défini\u{00A0}: pas de couleurs, chaque rôle reste \
        distinct.
        """,
        .manEnvLanguage: """
        La langue des mots (après le réglage language du fichier de configuration)\u{00A0}: LANGUAGE comme \
        gettext le lit, puis LC_ALL, LC_MESSAGES, LANG\u{00A0}; C, POSIX ou une langue que np6-subs ne parle \
        pas signifie l’anglais. Aucune locale française n’a besoin d’être installée. Le jeu de \
        caractères\u{00A0}: UTF-8, même quand la locale nommée n’est pas installée.
        """,
        .manEnvTmux: "Dans tmux, une copie va aussi dans son tampon de collage.",
        .manFileConfig: "Les profils (np6-subs config path l’affiche\u{00A0}; config init en écrit un).",
        .manFileJournal: "Le journal écrit d’avance\u{00A0}: chaque suppression et recréation, avant son envoi.",
        .manFileRun: "Le plan d’un lot, le JSON des abonnements tel que lu (--resume le lit).",
        .manFileRecent: "Les recherches récentes du navigateur (↑ dans la recherche).",
        .manFileDemo: "Le journal et les recherches des sessions --demo, tenus à part (journal --demo).",
        .manBrowserExit: "Le navigateur se termine avec 0, ou 2 sur une erreur d’utilisation.",
        .manKeysIntro: """
        Les touches du navigateur telles que livrées, selon l’endroit où elles agissent (l’aide \
        «\u{00A0}?\u{00A0}» les liste aussi). La section «\u{00A0}keys\u{00A0}» de la configuration les \
        change\u{00A0}; np6-subs keys les affiche telles qu’elle les fait.
        """,
        .manExampleDemo: "Essayer sur le bac à sable intégré, sans clé\u{00A0}:",
        .manExampleBrowse: "Ouvrir le navigateur sur un contact, sous un profil\u{00A0}:",
        .manExampleList: "Les abonnements d’un contact pour un script\u{00A0}:",
        .manExampleDelete: "Supprimer un abonnement, avec le ticket\u{00A0}:",
        .manExampleBatch: "Voir le plan d’un lot, puis le lancer\u{00A0}:",
        .manExampleJournal: "Ce qui a été supprimé cette semaine, et défaire une entrée\u{00A0}:",
        .manExampleRestoreRun: "Recréer ce qu’un lot a supprimé\u{00A0}:",
        .manExampleDoctor: "Vérifier l’installation quand quelque chose échoue\u{00A0}:",

        .keyVariableUnset: "{origin} prend sa clé dans la variable d’environnement {name}, qui n’est pas définie",
        .keyVariableUnusable: "{name} est inutilisable\u{00A0}: {error}",
        .keyCommandUnusable: "la clé affichée par le key_command de {origin} est inutilisable\u{00A0}: {error}",
        .noKeyAdvice: """
        aucune clé d’API. Définissez NP6_API_KEY, passez --key-file CHEMIN (un fichier que vous seul pouvez \
        lire), ou choisissez un profil avec --profile NOM (np6-subs config init écrit un fichier de \
        configuration). Pour essayer le programme sans clé\u{00A0}: np6-subs --demo
        """,
        .keyFileCannotRead: "impossible de lire le fichier de clé « {path} »\u{00A0}: {error}",
        .keyFileNotRegular: "le fichier de clé « {path} » n’est pas un fichier ordinaire",
        .keyFileTooOpen: """
        les permissions {mode} de « {path} » sont trop ouvertes\u{00A0}: votre fichier de clé ne doit pas \
        être accessible aux autres\u{00A0}: {command}
        """,
        .keyFileTooLarge: """
        impossible de lire le fichier de clé « {path} »\u{00A0}: {error} (un fichier de clé tient en une \
        ligne)
        """,
        .keyFileNotUTF8: "le fichier de clé « {path} » n’est pas du texte UTF-8",
        .keyFileExtraLines: """
        le fichier de clé « {path} » a plus d’une ligne (la ligne {line} n’est pas vide)\u{00A0}: la \
        première ligne est la clé, et rien ne doit la suivre
        """,
        .keyFileUnusable: "la clé de « {path} » est inutilisable\u{00A0}: {error}",
        .keyCommandEmpty: "key_command est vide",
        .keyCommandShown: "key_command {program}",
        .keyCommandNotOnPath: """
        {shown}\u{00A0}: impossible de lancer {program}\u{00A0}: aucun programme de ce nom dans le PATH
        """,
        .keyCommandCannotRun: "{shown}\u{00A0}: impossible de le lancer ({error})",
        .keyCommandTimedOut: "{shown} n’a pas fini en {seconds}\u{00A0}s et a été arrêté",
        .keyCommandExited: "{shown} s’est terminé avec le code {status}",
        .keyCommandKilled: "{shown} a été tué par un signal",
        .keyCommandSaid: "{message}\u{00A0}: {complaint}",
        .keyCommandPrintedNothing: """
        {shown} n’a rien affiché sur sa sortie standard\u{00A0}; la clé doit être sa première ligne
        """,
        .keyCommandItSaid: " (il a dit\u{00A0}: {complaint})",
        .originProfile: "profil « {name} »",
        .originDefault: "la valeur par défaut",
        .profileWithoutConfig: """
        {origin} désigne le profil « {name} », mais il n’y a pas de fichier de configuration en {path}. \
        {command} en écrit un.
        """,
        .baseURLOverrides: "NP6_BASE_URL remplace le base_url du profil « {name} »",
        .apiKeyOverrides: "NP6_API_KEY remplace la clé du profil « {name} » (son key_{source})",
        .caUnreadable: """
        {origin}\u{00A0}: impossible de lire {path} (un fichier PEM de certificats d’autorité, ou un dossier \
        de tels fichiers)
        """,
        .noProfileNamed: "aucun profil « {name} » dans {path} ({list}). {command} les liste.",
        .profilesNone: "il n’en définit aucun",
        .profilesDefined: "il définit\u{00A0}: {names}",
        .configCannotRead: "impossible de lire le fichier de configuration {path}\u{00A0}: {error}",
        .configNotUTF8: "{path} n’est pas du texte UTF-8",
        .configYAMLMalformed: "YAML mal formé\u{00A0}: {problem}",
        .configYAMLDuplicateKey: "YAML mal formé\u{00A0}: {key} figure deux fois dans le même bloc",
        .configYAMLUnknownAlias:
            "YAML mal formé\u{00A0}: l’alias *{name} ne renvoie à aucune ancre &{name} écrite avant lui",
        .configYAMLTooManyNodes: """
        refusé\u{00A0}: ses alias produiraient plus de {limit} valeurs (une bombe d’alias\u{00A0}?)\u{00A0}; \
        écrivez les valeurs en clair
        """,
        .configYAMLTooDeep: "refusé\u{00A0}: listes et blocs imbriqués sur plus de {limit} niveaux",
        .configYAMLSeveralDocuments:
            "un second document YAML (---) ici\u{00A0}; le fichier de configuration n’en contient qu’un",
        .configYAMLBadMerge: "<< fusionne un bloc, ou une liste de blocs, dans celui où il se trouve",
        .configYAMLParserUnavailable: "l’analyseur YAML n’a pas pu démarrer (mémoire épuisée)",
        .configUnknownField: "{location}\u{00A0}: champ inconnu « {field} »",
        .configUnknownFieldIn: "{location}\u{00A0}: champ inconnu « {field} » dans {within}",
        .configDidYouMean: "\u{00A0}; vouliez-vous dire {nearest}\u{00A0}?",
        .configKnownFields: " (connus\u{00A0}: {fields})",
        .configDefaultNotAmong: "{path}\u{00A0}: default_profile « {name} » ne fait pas partie des profils ({names})",
        .configNoKeySource: """
        le profil « {name} » n’a pas de source de clé\u{00A0}: donnez-lui un key_file, un key_env ou un \
        key_command
        """,
        .configManyKeySources: """
        le profil « {name} » a {count, one {# source de clé} other {# sources de clé}} ({sources})\u{00A0}; \
        n’en gardez qu’une
        """,
        .configKeyInConfig: """
        le profil « {name} » a la clé écrite dans la configuration ({field})\u{00A0}; np6-subs refuse les clés \
        dans la configuration. Retirez-la et utilisez à la place key_file (le chemin d’un fichier que vous \
        seul pouvez lire, chmod 600), key_env (le nom d’une variable) ou key_command, par exemple {example}
        """,

        .journalColumnOperator: "OPÉRATEUR",
        .journalColumnRequests: "REQUÊTES",

        .refusalForcedReadOnly: "{source} est défini\u{00A0}: cette session ne peut rien supprimer ni recréer",
        .refusalProfileReadOnly: """
        le profil « {profile} » est en lecture seule (read_only à true)\u{00A0}; ajoutez --read-write pour \
        écrire avec lui cette fois
        """,
        .queryMalformedDate: """
        date mal formée « {text} »\u{00A0}: utilisez 2024, 2024-01, 2024-01-15, un âge (30d) ou never
        """,
        .tlsExpired: """
        le certificat du serveur a expiré le {day}\u{00A0}: le serveur doit le renouveler (ou l’horloge de \
        cette machine est fausse)
        """,
        .tlsNotYetValid: """
        le certificat du serveur n’est pas valable avant le {day}\u{00A0}: vérifiez l’horloge de cette \
        machine
        """,
        .tlsOtherName: """
        le certificat du serveur est pour {names}, pas pour {host}\u{00A0}: vérifiez l’hôte de l’URL de base
        """,
        .tlsAnotherName: "un autre nom",
        .tlsSelfSigned: "autosigné ({issuer})",
        .tlsUntrusted: "signé par {issuer}, une autorité à laquelle cette machine ne fait pas confiance",
        .tlsPrivateCA: """
        le certificat du serveur est {who}\u{00A0}: si votre réseau utilise une AC privée, indiquez ca_file \
        dans le profil (ou --ca-file, ou SSL_CERT_FILE)
        """,
        .tlsNoCertificate: "le serveur n’a présenté aucun certificat",
        .tlsClosedDuringHandshake: "le serveur a fermé la connexion pendant la négociation",
        .urlNotHTTP: "ni http ni https",
        .urlNoHost: "aucun hôte",
        .urlInvalidHost: "un hôte invalide",
        .urlPortOutOfRange: "un port hors limites",
        .urlCredentials: "un nom d’utilisateur ou un mot de passe dedans",
        .apiKeyEmpty: "elle est vide",
        .apiKeyControl: "elle contient des caractères de contrôle",
        .apiKeyNonASCII: "elle contient des caractères hors ASCII, qu’un en-tête HTTP ne peut pas porter",
        .contactFileLine: "ligne {line}\u{00A0}: {message}",
        .contactFileUnknownKind: """
        type inconnu « {kind} »{hint}\u{00A0}; une ligne est unicity:…, hash:… ou id:…, et une valeur seule \
        est une unicity
        """,
        .contactFileDidYouMean: " (vouliez-vous dire « {kind} »\u{00A0}?)",
        .contactFileNoValue: "« {written} » n’a pas de valeur après lui",
        .contactFileControl: "la valeur contient un caractère de contrôle",
        .contactFileCSVEmpty: "le fichier CSV est vide\u{00A0}: pas d’en-tête avec une colonne « {name} »",
        .contactFileNoColumn: "pas de colonne « {name} » dans l’en-tête (colonnes\u{00A0}: {columns})",
        .contactFileShortRecord: """
        l’enregistrement a {count, one {# champ} other {# champs}}\u{00A0}; la colonne demandée porte le \
        numéro {column}
        """,
        .contactFileLineTooLong: """
        une ligne de contact dépasse 1\u{00A0}Mio\u{00A0}: est-ce bien un fichier de contacts\u{00A0}?
        """,
        .contactFileCannotRead: "impossible de lire le fichier\u{00A0}: {error}",
        .contactFileUnclosedQuote: "un champ entre guillemets n’est pas fermé",
        .contactFileRecordTooLong: """
        un enregistrement dépasse 1\u{00A0}Mio (un champ entre guillemets n’est pas fermé\u{00A0}?)
        """,

        .trustStateFolder: "le dossier d’état",
        .trustConfigFile: "le fichier de configuration",
        .trustSubject: "{what} « {path} »",
        .trustSubjectAbove: "le dossier « {folder} » au-dessus de {what} « {path} »",
        .trustOtherOwner: """
        {subject} appartient à un autre utilisateur (uid {uid}), qui pourrait le modifier\u{00A0}: refusé. \
        Correction\u{00A0}: {command}
        """,
        .trustWritableByEveryone: """
        {subject} est modifiable par tous (mode {mode})\u{00A0}: un autre utilisateur pourrait le \
        changer\u{00A0}; refusé. Correction\u{00A0}: {command}
        """,
        .trustWritableByGroup: """
        {subject} est modifiable par son groupe (mode {mode})\u{00A0}: un autre utilisateur pourrait le \
        changer\u{00A0}; refusé. Correction\u{00A0}: {command}
        """,
        .trustFolderWritableByEveryone: """
        {subject} est modifiable par tous (mode {mode})\u{00A0}: un autre utilisateur pourrait changer ce \
        qu’il contient\u{00A0}; refusé. Correction\u{00A0}: {command}
        """,
        .trustFolderWritableByGroup: """
        {subject} est modifiable par son groupe (mode {mode})\u{00A0}: un autre utilisateur pourrait changer \
        ce qu’il contient\u{00A0}; refusé. Correction\u{00A0}: {command}
        """,
        .lineTooLong: "la ligne {line} dépasse {size}",
        .fileTooLarge: "il dépasse {size}",
        .cannotCreateFolder: "impossible de créer {path}\u{00A0}: {error}",
        .cannotWriteOutput: "impossible d’écrire la sortie\u{00A0}: {error}",
        .runPlanProblem: "le plan du lot\u{00A0}: {error}",
        .runFileCannotCreate: "impossible de créer le fichier du lot {path}\u{00A0}: {error}",
        .runFileCannotWrite: "impossible d’écrire le fichier du lot {path}\u{00A0}: {error}",
        .runFileMissing: "aucun fichier de lot {path}\u{00A0}: {error}",
        .runFileNoHeader: "{path} ne commence pas par l’en-tête d’un lot",
        .runFileCannotRead: "impossible de lire le fichier du lot\u{00A0}: {error}",
        .standardInput: "l’entrée standard",
        .contactFileCannotReadAgain: "impossible de relire le fichier\u{00A0}: {error}",
        .stdinNoTemporaryFile: "impossible de créer un fichier temporaire pour l’entrée standard\u{00A0}: {error}",
        .stdinTooLarge: "l’entrée standard dépasse 1\u{00A0}Gio\u{00A0}: ce n’est pas une liste de contacts",
        .stdinCannotRead: "impossible de lire l’entrée standard\u{00A0}: {error}",
        .stdinCannotKeep: "impossible de garder l’entrée standard dans un fichier temporaire\u{00A0}: {error}",
        .configTopFields: "les champs default_profile et profiles étaient attendus au premier niveau",
        .configDefaultProfileName: "default_profile doit être le nom d’un profil",
        .configProfilesMapping: "profiles doit associer à chaque nom de profil ses champs",
        .configProfileMapping: "le profil « {name} » doit être un ensemble de champs",
        .configBaseURLText: "base_url doit être une URL",
        .configBoolean: "{field} doit valoir true ou false",
        .configLabelText: "label doit être du texte",
        .configCAFileText: "ca_file doit être le chemin d’un fichier ou d’un dossier PEM",
        .configProxyText: "proxy doit être une URL, http://hôte:port",
        .configKeyFilePath: """
        key_file doit être un chemin qui commence par / ou ~/ (ce qui s’y trouve n’en est pas un, et n’est \
        pas affiché)
        """,
        .configKeyCommandWord: "chaque mot de key_command doit être du texte",
        .configKeyCommandList: """
        key_command doit être une liste de mots, par exemple {example}\u{00A0}; il est lancé sans shell
        """,

        .proxyNotAURL: "{origin}\u{00A0}: {text} n’est pas une URL de proxy (http://hôte:port)",
        .proxyOnlyHTTP: """
        {origin}\u{00A0}: seuls les proxys http:// sont pris en charge (https passe par eux dans un tunnel \
        CONNECT)
        """,
        .proxyPortOutOfRange: "{origin}\u{00A0}: le port {port} du proxy est hors limites (de 1 à 65535)",
        .logFileStopped: """
        Impossible d’écrire le fichier de log {path} ({error})\u{00A0}; la journalisation de débogage s’est \
        arrêtée.
        """,

        .termUnset: """
        TERM n’est pas défini\u{00A0}: le navigateur doit connaître le terminal\u{00A0}; lancez-le dans un \
        terminal, ou exportez TERM=xterm-256color
        """,
        .termUnknown: """
        terminfo n’a pas d’entrée pour TERM={term}\u{00A0}: installez-la (apt-get install ncurses-term), ou \
        exportez TERM=xterm-256color
        """,
        .termNotAddressable: """
        TERM={term} ne sait pas déplacer le curseur, le navigateur ne peut donc pas y dessiner\u{00A0}; \
        utilisez un vrai terminal (TERM=xterm-256color), ou les sous-commandes ({help})
        """,
        .tlsProtocolFailure: """
        la négociation TLS avec {host} a échoué (une erreur de protocole\u{00A0}: {reason})\u{00A0}: \
        vérifiez que le port de l’URL de base parle https
        """,
        .configKeyAtTop: """
        le fichier de configuration contient une clé écrite en clair ({field})\u{00A0}; np6-subs refuse les \
        clés dans la configuration. Retirez-la, et donnez à chaque profil un key_file, un key_env ou un \
        key_command
        """,
        .configProfileName: """
        le nom d’un profil est fait de lettres, de chiffres, de «\u{00A0}.\u{00A0}», «\u{00A0}_\u{00A0}» et \
        «\u{00A0}-\u{00A0}», et commence par une lettre ou un chiffre (les shells le complètent, et les \
        messages l’affichent)
        """,
        .configKeyEnvName: """
        key_env doit être le nom d’une variable d’environnement, comme NP6_ACME_KEY (ce qui s’y trouve n’en \
        est pas un, et n’est pas affiché)
        """,
        .foreignLeftOut: """
        Laissé de côté\u{00A0}: {count, one {# abonnement} other {# abonnements}} d’un autre contact \
        ({owners})\u{00A0}: {count, one {supprimez-le} other {supprimez-les un à un}} avec --subscription \
        ID. Les lignes propres à ce contact sont supprimées une à une.
        """,
        .answeredAnotherID: """
        l’abonnement {id} a été demandé, le serveur a répondu avec {other}\u{00A0}; rien n’a été supprimé
        """,
        .auditSpooled: """
        audit\u{00A0}: le collecteur {collector} n’a pas pris l’événement ({reason})\u{00A0}; {count, one {# \
        événement attend} other {# événements attendent}} dans la file, envoyés avant la prochaine écriture \
        ou par {command}
        """,
        .auditNotRecorded: "audit\u{00A0}: l’issue de l’entrée {entry} n’a pas pu être scellée\u{00A0}: {error}",
        .auditRefused: """
        le collecteur d’audit {collector} n’a pas pris l’intention ({reason}). Rien n’est parti vers NP6, \
        rien n’a été supprimé\u{00A0}; l’événement attend dans la file ({command} l’envoie).
        """,
        .configAuditMapping:
            "audit\u{00A0}: doit être une table de champs (syslog, ca_file, cert_file, key_file, required, timeout)",
        .configAuditSyslog: """
        audit\u{00A0}: syslog doit nommer le collecteur sous la forme tls://hôte:port (ou tcp://hôte:port \
        sur un réseau de confiance)
        """,
        .configAuditFilePath: "audit\u{00A0}: {field} doit être un chemin absolu (/… ou ~/…)",
        .configAuditTimeout: "audit\u{00A0}: timeout doit être un nombre de secondes, plus de 0 et au plus 60",
        .configAuditPair: "audit\u{00A0}: cert_file et key_file vont ensemble (le TLS mutuel demande les deux)",
        .configAuditTLSFiles: "audit\u{00A0}: ca_file, cert_file et key_file demandent un collecteur tls://",
        .bannerAudit: "Piste d’audit",
        .auditNoCollector: "Aucun collecteur d’audit n’a servi depuis ce dossier d’état.",
        .auditNothingWaiting: "Rien n’attend\u{00A0}: le collecteur a tous les événements.",
        .auditWaiting:
            "{collector}\u{00A0}: {count, one {# événement attend} other {# événements attendent}} dans la file",
        .auditColumnSequence: "N°",
        .auditColumnPhase: "PHASE",
        .auditFlushHint:
            "Ils partent avant la prochaine écriture, au prochain démarrage, ou tout de suite avec {command}.",
        .auditNoCollectorConfigured: """
        aucun collecteur d’audit n’est configuré pour cette session (une section audit dans la \
        configuration, voir docs/audit.md)
        """,
        .auditFlushFailed: """
        le collecteur d’audit {collector} n’a pas pris les événements ({reason})\u{00A0}; {count, one {# \
        événement attend encore} other {# événements attendent encore}}
        """,
        .auditFlushed:
            "{count, one {# événement remis} other {# événements remis}} à {collector}\u{00A0}; rien n’attend.",
        .auditNoEvents: "{path} ne contient aucun événement d’audit de np6-subs.",
        .auditChainLine: """
        chaîne {chain} (machine {machine}\u{00A0}; opérateurs {operators})\u{00A0}: {count, one {# \
        événement} other {# événements}}
        """,
        .auditMissing: "  ✗ {count, one {événement manquant} other {# événements manquants}}\u{00A0}: {sequences}",
        .auditEdited: """
        ✗ {count, one {événement modifié} other {# événements modifiés}}\u{00A0}: {sequences} (lignes du \
        fichier {lines})
        """,
        .auditDuplicates:
            "  · {count, one {# doublon} other {# doublons}} (un événement renvoyé\u{00A0}: sans conséquence)",
        .auditChainWhole: "  ✓ complète de 1 à {last}\u{00A0}: rien ne manque, rien n’est modifié",
        .auditVerifyPassed: """
        {count, one {La chaîne est complète.} other {Les # chaînes sont complètes.}} Une chaîne ne peut pas \
        montrer que ses derniers événements ont été retirés (docs/audit.md).
        """,
        .auditVerifyFailed: """
        {count, one {Une chaîne n’est pas complète} other {# chaînes ne sont pas complètes}}\u{00A0}: des \
        événements ont été retirés ou modifiés.
        """,
        .auditEntryIncomplete: """
        le collecteur ne contient que {count, one {# abonnement} other {# abonnements}} de l’entrée {entry} \
        (le reste ne tenait pas dans un message)\u{00A0}; restaurez-la depuis le journal de la machine qui \
        l’a faite
        """,
        .helpAuditAbstract:
            "La piste d’audit de l’équipe\u{00A0}: ce qui attend le collecteur, et ce que dit un fichier collecté.",
        .helpAuditStatusAbstract: "Liste les événements qui attendent le collecteur dans la file.",
        .helpAuditFlushAbstract: "Envoie tout de suite la file au collecteur de ce profil.",
        .helpAuditVerifyAbstract: """
        Vérifie la chaîne de chaque machine dans un fichier collecté\u{00A0}: événements manquants, modifiés \
        et en double.
        """,
        .helpAuditFile: "Le fichier du collecteur\u{00A0}: un message RFC 5424 par ligne, tel que rsyslog l’écrit.",
        .helpAuditShowAbstract:
            "Liste les écritures d’un fichier collecté, de toutes les machines, comme le journal les liste.",
        .helpAuditOperator: "Seulement les écritures de cet opérateur (son identifiant).",
        .helpRestoreFromAudit: """
        Recrée l’entrée depuis le fichier d’un collecteur plutôt que depuis le journal de cette machine (la \
        suppression d’une autre machine).
        """,
        .refusingDeleteAudit: "suppression refusée\u{00A0}: {error}",
        .refusingRestoreAudit: "restauration refusée\u{00A0}: {error}",
        .doctorStepAudit: "audit",
        .doctorAuditNone:
            "non configuré\u{00A0}: aucune section audit pour ce profil, les écritures restent au journal local",
        .doctorAuditFix:
            "Vérifiez l’adresse syslog de la section audit, et que le collecteur y écoute (docs/audit.md).",
        .doctorAuditTestSent:
            "{collector} a pris un événement de test (phase «\u{00A0}test\u{00A0}», hors de la chaîne)",
        .doctorAuditTLSFix: """
        Vérifiez ca_file (l’AC qui a signé le certificat du collecteur), le nom d’hôte dans ce certificat, \
        et cert_file/key_file si le collecteur demande un certificat client.
        """,
        .modeNormal: "normal",
        .modeListWide: "liste large",
        .modeDetailFull: "détail plein écran",
        .helpBrowseNextMode: """
        mode d’écran suivant\u{00A0}: normal, liste large (toutes les colonnes), détail plein écran (le \
        jeton entier)
        """,
        .helpBrowsePreviousMode: "mode d’écran précédent",
        .flashScreenMode: "Mode d’écran\u{00A0}: {mode}",
        .contextPalette: "palette de commandes",
        .contextHelpFilter: "filtre de l’aide",
        .contextDetailSearch: "recherche dans le détail",
        .hintCommands: "commandes",
        .hintExport: "exporter",
        .hintPager: "JSON",
        .hintNextMatch: "suivant",
        .hintRun: "exécuter",
        .helpBrowseOpenPalette: "palette de commandes\u{00A0}: chaque commande par son nom, filtrée à la frappe",
        .helpBrowseExport: "exporter les lignes affichées (filtre et tri compris) dans un fichier .csv ou .json",
        .helpBrowseOpenPager: """
        le JSON de l’abonnement sélectionné, tel que le serveur l’a envoyé, dans $PAGER (less -R par défaut)
        """,
        .helpBrowseNextMatch: "occurrence suivante de la recherche dans le détail",
        .helpBrowsePreviousMatch: "occurrence précédente dans le détail",
        .helpPaletteRun: "exécuter la commande choisie (une écriture demande toujours sa confirmation)",
        .helpPaletteClose: "fermer la palette",
        .helpPaletteDown: "commande suivante",
        .helpPaletteUp: "commande précédente",
        .helpHelpOpenFilter: "filtrer les lignes de l’aide",
        .helpHelpFilterKeep: "garder le filtre et parcourir les lignes retenues",
        .helpHelpFilterClear: "effacer le filtre de l’aide",
        .helpDetailSearchKeep: "garder la recherche et aller d’une occurrence à l’autre",
        .helpDetailSearchClear: "effacer la recherche dans le détail",
        .contextExportPrompt: "invite d’export",
        .contextExportOverwrite: "export, quand le fichier existe",
        .hintOverwrite: "remplacer",
        .helpExportWrite: "écrire le fichier (.csv ou .json, selon son extension)",
        .helpExportClose: "fermer sans écrire",
        .helpExportOverwrite: "remplacer le fichier existant",
        .helpExportKeep: "garder le fichier existant et choisir un autre chemin",
        .exportTitle: "Exporter",
        .exportRows: """
        {count, one {Écrire # abonnement (la ligne affichée) dans\u{00A0}:} other {Écrire # abonnements (les \
        lignes affichées, filtre et tri compris) dans\u{00A0}:}}
        """,
        .exportFormats: ".csv écrit ce qu’affiche list --format csv\u{00A0}; .json ce qu’affiche list --format json.",
        .exportExists: "{path} existe déjà. Le remplacer\u{00A0}?",
        .exportBadExtension: "Le nom du fichier doit se terminer par .csv ou .json.",
        .flashExported: "{count, one {# abonnement exporté dans {path}} other {# abonnements exportés dans {path}}}",
        .flashExportFailed: "Impossible d’écrire {path}\u{00A0}: {error}",
        .flashPagerFailed: "Le pager ne s’est pas lancé\u{00A0}: {error}",
        .whyNothingToExport: "aucune ligne affichée à exporter",
        .whyNoMatches: "la recherche dans le détail ne trouve rien",
        .paletteTitle: "Commandes",
        .paletteNoMatch: "Aucune commande ne correspond.",
        .paletteUnavailable: "pas maintenant\u{00A0}: {reason}",
        .helpFilterNoMatch: "Aucune ligne de l’aide ne correspond.",
        .helpFilterPrompt: "Filtre\u{00A0}: {filter}",
        .detailSearchPrompt: "Chercher dans le détail\u{00A0}: {text}",
        .detailSearchMatches: "{count, one {occurrence # sur #} other {occurrence {current} sur #}}",
        .detailSearchNone: "aucune occurrence",
        .pagerEnded: "{command} s’est terminé avec le statut {status}",
        .manEnvPager: """
        Le pager qui montre le JSON d’un abonnement tel que le serveur l’a envoyé (une ligne de commande \
        lancée par sh\u{00A0}; par défaut less -R).
        """,
        .configPreferenceMapping: """
        {field}\u{00A0}: doit associer des noms à des valeurs, un nom par ligne suivi de sa valeur\u{00A0}; \
        ignoré
        """,
        .configPreferenceValue: """
        {field}\u{00A0}: la valeur de {name} doit être un mot ou une liste de mots\u{00A0}; ignorée
        """,
        .keysConflict: """
        keys\u{00A0}: {key} est donnée à {command} et à {other}\u{00A0}; les deux gardent leurs touches par \
        défaut
        """,
        .keysUnsafeConfirmation: """
        keys\u{00A0}: {command} ne peut pas être {key} (une confirmation ne prend jamais Entrée, Espace ni \
        une touche qui ferme)\u{00A0}; elle garde ses touches par défaut
        """,
        .keysUnknownCommand: """
        keys\u{00A0}: aucune commande ne s’appelle « {name} » (les noms sont ceux de la palette et de \
        docs/usage.md)
        """,
        .keysUnknownKey: """
        keys\u{00A0}: « {key} » n’est pas une touche (un caractère, ctrl-x, f1 à f12, ou un nom comme enter, \
        esc, space, tab, up, pgdn)
        """,
        .themeUnknown: """
        theme\u{00A0}: aucun thème ne s’appelle « {name} » (dark, light, high-contrast, \
        deuteranopia)\u{00A0}; dark est utilisé
        """,
        .colorsUnknownRole: """
        colors\u{00A0}: aucun rôle ne s’appelle « {role} » (header, production_band, match, selection, \
        error, dim)
        """,
        .colorsUnknownColor: """
        colors\u{00A0}: « {color} » n’est pas une couleur (un nom comme red ou bright-blue, 0 à 255, \
        #rrggbb, ou « white on red »)\u{00A0}; celle du thème reste
        """,
        .flashUnknownKey:
            "{key} ne fait rien ici\u{00A0}; {palette} pour les commandes, {help} pour toutes les touches",
        .columnCommandName: "NOM",
        .columnWhere: "OÙ",
        .columnAction: "ACTION",
        .helpKeysAbstract: """
        Les touches du navigateur telles que les fait la section «\u{00A0}keys\u{00A0}» de votre configuration, \
        avec les noms qu’utilisent la palette et cette section.
        """,
        .columnKeyboardKey: "TOUCHE",
    ]
}
