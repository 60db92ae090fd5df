# The app's interface (ui/). Ids are the keys components pass to t(); a test fails on a key missing from any
# language, on a key no component uses, and on words written in a component outside t().

## app
app-title = AVR Field Handbook
app-skip = Skip to content
app-windowTitle = { $screen } – AVR Field Handbook
app-textSize = Text size { $percent }%

## dialog
dialog-close = Close

## export
export-open = Export…
export-title = Export this case
export-format = Format
export-format-pdf = PDF
export-format-csv = CSV
export-format-markdown = Markdown
export-format-html = HTML
export-format-json = JSON (statistics, no personal data)
export-formatHint-pdf = to print or file, with signature lines
export-formatHint-csv = one row per checklist item, for a spreadsheet
export-formatHint-markdown = plain text
export-formatHint-html = a web page that prints well
export-formatHint-json = where the case stands, for counting: no names, answers, notes or case number
export-paper = Paper size
export-letter = Letter
export-redact = Redacted copy
export-redactHint = leaves out names, dates of birth, document numbers, free-text notes and what a withdrawn consent covered
export-redactJson = statistics never carry personal data. To move a case to another office, hand it over instead.
export-run = Export…
export-working = Exporting…
export-saved = Saved { $file } ({ $size }).
export-undrawable = { $count ->
    [one] 1 character could not be drawn and is printed as its code: { $codes }
   *[other] { $count } characters could not be drawn and are printed as their codes: { $codes }
}
export-openFolder = Open folder
export-cancel = Cancel
export-close = Close
export-blank = Print on paper (PDF)
export-paperForm = Paper form
export-blankChecklist = The whole checklist, blank
export-list = Export this list (CSV)
export-import = Import an older case export (JSON)…
export-imported = Imported case { $number }.
export-language = Language of the export

## tools
tools-saved = Saved { $path }.

## case
case-windowTitle = Case { $number }
case-skipToQuestions = Skip to the questions
case-savedAt = Saved at { $time }
case-fieldError = { $label }: { $errors }
case-progress = Progress
case-close = Close case
case-reopen = Reopen case
case-closedNote = This case is closed. Reopen it to change anything.
case-step = Step { $n } of { $total }
case-optional = optional
case-required = required
case-saved = Saved
case-yes = Yes
case-no = No
case-readMore = Read in the handbook
case-blockedTitle = This step is blocked
case-latched = Triggered on { $date } by { $name }, by the answer “{ $field }”. Editing that answer does not lift it.
case-invalidInput = An answer this stop reads is not valid for its question: put it right to decide it.
case-correctTitle = Correct an answer entered by mistake
case-correctHelp = A correction is recorded on the timeline with its reason. Where the stop can never be overridden, name the supervisor who agreed.
case-correct = Record the correction
case-rule = Rule
case-why = Why
case-lift = What lifts it
case-missing = Still to record: { $fields }
case-neverOverride = No override is possible for this safeguard.
case-overrideTitle = Supervisor override
case-supervisor = Supervisor's full name
case-reason = Reason (a reviewer must be able to check it)
case-override = Record override
case-overridden = Overridden by { $name }: { $reason }
case-allDone = Nothing left to do on this case right now.
case-checklist = Checklist
case-readiness = Departure readiness
case-ready = Ready to travel on { $date }
case-notReady = Not ready to travel
case-timeline = Timeline
case-sidePanel = Handbook section
case-closePanel = Close the handbook panel
case-prevStep = Previous step
case-nextStep = Next step
case-whoseAnswers = Whose answers are you recording?
case-personHeld = blocked here
case-principalName = { $name }, principal applicant
case-memberName = { $name }, member { $position }
case-answersFor = Now recording answers for { $name }
case-stepNotForPerson = This step does not apply to { $name } with the answers recorded so far.
case-holdsFor = Holds for: { $names }
case-railMemberHeld = held for a household member
case-overrideFor = Override for

## reader
reader-toolbar = Chapter tools
reader-showContents = Contents
reader-contents = Contents
reader-chapters = Chapters
reader-bookmarks = Bookmarks
reader-noBookmarks = No bookmarks yet.
reader-recent = Recently viewed
reader-lastReviewed = Last reviewed { $date }
reader-prev = Previous: { $title }
reader-next = Next: { $title }
reader-bookmark = Bookmark this section
reader-bookmarkChapter = Bookmark this chapter
reader-unbookmark = Remove bookmark
reader-removeBookmark = Remove bookmark { $title }
reader-fontSmaller = Smaller text
reader-fontLarger = Larger text
reader-print = Print chapter
reader-loading = Opening the handbook…

## settings
settings-textSizeKeys = Ctrl+= makes all text larger, Ctrl+− smaller, Ctrl+0 returns to 100%.
settings-title = Settings
settings-appearance = Appearance
settings-theme = The app follows your system's light or dark setting.
settings-fontSize = Reading text size
settings-about = About
settings-appVersion = App version
settings-edition = Handbook edition ({ $lang })
settings-editionVersion = { $chapters ->
    [one] 1 chapter
   *[other] { $chapters } chapters
}
settings-dataDir = Data folder
settings-problems = Chapters that could not be opened
settings-offline = Everything works offline. The app makes no network connections.
settings-security = Case records
settings-lockAfter = Lock case records after
settings-minutes = { $n ->
    [one] 1 minute
   *[other] { $n } minutes
}
settings-staff = Staff profile
settings-saveStaff = Save profile
settings-changePass = Change passphrase
settings-currentPass = Current passphrase
settings-newPass = New passphrase
settings-passChanged = The passphrase was changed and the backups re-encrypted.
settings-backups = Backups
settings-backupNow = Back up now
settings-restore = Restore
settings-restorePass = Passphrase of the backup
settings-retention = Retention
settings-retentionDays = Purge personal data of cases closed more than this many days ago
settings-purge = Purge now
settings-purgeConfirm = This removes for good the names, answers, notes and consents of every case closed more than { $days } days ago. Backups made before keep them until they expire. Purge?
settings-purgeYes = Yes, purge
settings-purgeNo = Cancel
settings-purged = { $count ->
    [one] 1 closed case purged; its audit events are kept.
   *[other] { $count } closed cases purged; their audit events are kept.
}
settings-verify = Verify the audit log
settings-verified = Audit log intact: { $events } events, head { $hash }.
settings-unlockFirst = Unlock the case records to change these settings.
settings-language = Language
settings-languageHint = The language of the app. The handbook opens in this language where its edition has the chapter, in English otherwise.

## nav
nav-label = Main
nav-handbook = Handbook
nav-search = Search
nav-cases = Cases
nav-settings = Settings
nav-searchHint = Search (Ctrl+K)

## search
search-label = Search the handbook
search-placeholder = Search: e.g. unaccompanied child, non-refoulement, SOLAS
search-results = Results
search-count = { $count ->
    [one] 1 section matches
   *[other] { $count } sections match
}
search-more = Show all { $count }
search-none = Nothing matches “{ $query }”.
search-didYouMean = Did you mean
search-closest = Closest chapters
search-filters = Filter by topic
search-indexing = Preparing search: { $done } of { $total } sections…
search-hint = Type to search. ↑ ↓ to move, Enter to open, Esc to close.
search-dialog = Search the handbook

## cases
cases-title = Cases
cases-new = New case
cases-newTitle = Open a new case
cases-givenNames = Given names
cases-familyName = Family name
cases-otherNames = Name in other scripts or spellings (optional)
cases-disembarked = Date of disembarkation (optional)
cases-createCase = Open case
cases-cancel = Cancel
cases-search = Search by case number or name
cases-status = Status
cases-anyStatus = Open and closed
cases-open = Open
cases-closed = Closed
cases-stage = Stage
cases-anyStage = Any stage
cases-none = No cases match.
cases-number = Case
cases-name = Name
cases-updated = Updated
cases-flags = Active stops
cases-back = All cases
cases-searchHint = AVR-2026-0042, or a name
cases-flagFilter = Active stop
cases-anyFlag = Any stop
cases-dueBy = Due by
cases-due = Due
cases-sort = Order
cases-sortUpdated = Recently changed first
cases-sortDue = Earliest due first
cases-sortCreated = Recently opened first
cases-sortNumber = By case number
cases-clearFilters = Clear filters
cases-noneYet = No cases yet.
cases-firstPage = Showing the first { $count } cases: narrow the filters to see others.
cases-integrityFailed = The start-up check of the case database could not finish: { $detail }
cases-rollbackTitle = The case records may have been turned back
cases-rollbackWhat = The case records on this laptop are older than the last ones this laptop saw. Someone may have restored a backup, or the file may have been replaced. Changes made since then may be missing.
cases-rollbackBehind = Recorded changes are missing: the record of changes ends at change { $db }, but this laptop had already seen change { $anchor }.
cases-rollbackDiverged = Change { $at } is not the one this laptop saw: the history of changes was rewritten.
cases-rollbackInvalid = The note of the last state, kept beside the case records, does not match them: it was damaged, or it comes from other records.
cases-rollbackDo = What to do: tell your supervisor now, before you change any case. They can check the records with the command { $command }. This finding is written in the audit log.
cases-rollbackAck = I have read this warning
cases-rollbackBanner = Warning: the case records may have been turned back. Tell your supervisor.

## vault
vault-setupTitle = Protect case records with a passphrase
vault-setupIntro = Case records are encrypted on this laptop. Choose a passphrase of at least 12 characters. It is never stored: if it is lost, the records cannot be opened.
vault-passphrase = Passphrase
vault-confirm = Repeat the passphrase
vault-mismatch = The two passphrases are not the same.
vault-staffName = Your name (recorded as the author of each change)
vault-office = Office
vault-create = Create encrypted case records
vault-lockedTitle = Case records are locked
vault-lockedIntro = Enter the passphrase to open the case records on this laptop.
vault-unlock = Unlock
vault-lock = Lock now
vault-working = Working…
vault-corrupt = The case database is damaged and was set aside. Restore a backup to continue.
vault-restoreFrom = Restore this backup
vault-noBackups = No backups were found.
vault-autoLocked = { $minutes ->
    [one] Locked after 1 minute without activity.
   *[other] Locked after { $minutes } minutes without activity.
}

## status
status-Complete = Done
status-Incomplete = To do
status-Blocked = Blocked
status-Untouched = Optional, nothing recorded
status-NotStarted = Not started
status-InProgress = In progress
status-Hidden = Not needed
status-Done = Done
status-Pending = Pending

## language
language-choose = Choose the language of the app
language-hint = You can change it later in Settings.

# Choosing a passphrase: the estimate shown while typing (zxcvbn, 0–4), failed unlocks, and the change report.
vault-strength = Strength { $score } of 4.
vault-strengthOk = Hard enough to guess.
vault-strengthWeak = Too easy to guess: at least { $min } of 4 is needed.
vault-strengthShort = { $chars } characters; at least { $min } are needed.
vault-failedUnlocks = { $count ->
    [one] 1 failed attempt to unlock since the last unlock, on { $date }.
   *[other] { $count } failed attempts to unlock since the last unlock, the last on { $date }.
}
settings-backupNotRekeyed = Backup not re-encrypted (it still opens with the old passphrase): { $file }
settings-setAsideRekeyed = Set-aside file re-encrypted: { $file }
settings-setAsideRemoved = Set-aside file removed (it could not be re-encrypted): { $file }
settings-purgedSetAside = { $count ->
    [one] 1 set-aside file older than the retention period was removed.
   *[other] { $count } set-aside files older than the retention period were removed.
}

# Office card, trust list and handover packages (issue 17).
card-title = Office card
card-intro = This laptop's card. Give it to the offices that send you cases: they put it on their trust list, then call you to compare the fingerprint.
card-office = Office
card-officer = Officer
card-fingerprint = Fingerprint
card-valid = Valid
card-validRange = from { $from } until { $until }
card-copy = Copy as text
card-copied = The card was copied. Paste it into a message to the other office.
card-copyFailed = The card could not be copied. Open “Card as text” below and copy it from there.
card-save = Save as a file…
card-saved = Card saved as { $file }.
card-qrShow = Show as a QR code
card-qrHide = Hide the QR code
card-qrLabel = QR code of this office card
card-qrHint = A phone can scan it to keep the card or send it on. Still compare the fingerprint by phone.
card-qrTooLong = This card is too long for a QR code (a very long office or officer name). Copy it or save it as a file instead.
card-text = Card as text
card-renew = Renew this office card…
card-renewExplain = Renewing makes new keys and a new card, valid for two years from today. Your fingerprint changes: send the new card again to the offices that send you cases. Offices that trust your current card can check the new one against it without a phone call. Packages already sent to your current card still open here until { $until }.
card-renewConfirm = Renew the card
card-renewCancel = Keep the current card
card-renewed = The card was renewed. New fingerprint: { $fingerprint }. Send the new card to the offices that send you cases.
card-renewSoon = This card expires in { $days ->
    [one] one day
   *[other] { $days } days
}, on { $date }. Renew it now so that offices can keep sending you cases.
card-expired = This card expired on { $date }: offices can no longer send you cases. Renew it and send them the new card.
trust-renewalOf = { $office }'s card was renewed: new fingerprint { $fingerprint }, signed by the card you trusted ({ $old }).
trust-renewalAccept = Replace the old card with the renewed one
trust-renewedDone = { $office }'s card on your trust list was replaced by its renewal.
trust-title = Trust list
trust-intro = The offices you send cases to and receive them from. Add a card only after comparing its fingerprint with its owner by phone.
trust-fromFile = Add a card from a file…
trust-paste = Or paste a card here
trust-read = Read the pasted card
trust-compareHint = Call { $officer } on a number you already know and ask them to read their fingerprint to you. Trust the card only if every group is the same.
trust-confirm = The fingerprints are the same: trust this card
trust-cancel = Cancel
trust-added = { $officer } ({ $office }) is on your trust list.
trust-empty = Your trust list is empty.
trust-addedOn = Added on
trust-state = Status
trust-actions = Actions
trust-validUntil = valid until { $date }
trust-expiredOn = expired on { $date }: ask for their new card
trust-revokedOn = revoked on { $date }
trust-revoke = Revoke…
trust-revokeConfirm = Revoke the card of { $officer } ({ $office })? Nothing more can be sent to it, and packages signed with it will be refused. This cannot be undone.
trust-revokeYes = Yes, revoke
trust-revokedDone = The card of { $officer } ({ $office }) was revoked.
export-what = What do you want to do?
export-modeCopy = Export a copy
export-modeHandover = Hand over to another office
export-modeHandoverHint = encrypted and signed; the case becomes read-only on this laptop
export-modeSheet = Sheet for the returnee
export-modeSheetHint = what return is, what happens next, the right to change one's mind, whom to contact, and the declaration; in the person's language
export-sheetLang = The returnee's language
export-sheetColumns = Printed in two columns: the returnee's language first, { $lang } beside it.
export-sheetDeclaration = Add the voluntary declaration with its signature lines
export-importHint = Older JSON exports can still be imported. To move a case between offices, use a handover.
handover-intro = The case is encrypted so that only the offices you choose can open it, and signed so that they can see it comes from you.
handover-how = Who can open it
handover-toCards = Offices on my trust list
handover-toPassphrase = Anyone with a one-off passphrase
handover-noCards = No card on your trust list can receive it. Add the office's card in Settings, or use a one-off passphrase.
handover-recipients = Recipients
handover-passphraseHint = Tell the passphrase to the other office by phone, never in the same message or on the same USB stick as the file. At least 12 characters.
handover-passphrase = One-off passphrase
handover-passphraseAgain = The passphrase again
handover-warning = After the handover this case is read-only on this laptop until it comes back.
handover-run = Hand over…
handover-working = Encrypting and signing…
handover-sent = Saved { $file } ({ $size }).
handover-readOnlyNow = The case was handed over to { $recipients } and is now read-only here.
case-handedOver = Handed over to { $recipients }, on { $date }. This case is read-only here until it comes back.
receive-open = Receive a handover…
receive-title = Receive a handover
receive-intro = Choose the handover package (.avrcase) you were given. You will see who sent it and what it carries before anything is saved.
receive-passphrase = Passphrase (only if the sender gave you one)
receive-pick = Choose the file…
receive-retry = Open again
receive-opened = Package for case { $number } opened. Check the sender before saving.
receive-from = Sent by
receive-trusted = On your trust list.
receive-itself = Sent from this laptop.
receive-unknown = { $officer } is not on your trust list. Call them on a number you already know and compare the fingerprint before saving.
receive-compared = I compared the fingerprint with { $officer }: it is the same
receive-made = Package made on { $date }.
receive-carries = What it carries
receive-case = Case
receive-household = Household
receive-persons = { $count ->
    [one] 1 person
   *[other] { $count } persons
}
receive-recorded = Recorded
receive-counts = { $answers } answers, { $notes } notes
receive-consents = Consents
receive-consentCounts = { $given } given, { $withdrawn } withdrawn
receive-overrides = Safeguards overridden
receive-none = none
receive-returning = This case was handed over from here and is coming back: the read-only copy on this laptop will be replaced.
receive-save = Save the case
receive-saved = Case { $number } received and saved.

# Settings › Handbook: installing a signed handbook update (.avrbook) after seeing what it changes (issue 17).
book-title = Handbook
book-inUse = Version in use
book-fromApp = the handbook that came with the app
book-fromPackage = installed from a handbook update made on { $date }
book-notes = Release notes
book-intro = Handbook updates come as a signed file (.avrbook), for example on a USB stick. You see what changes before anything is installed.
book-open = Install a handbook update…
book-showOlder = Look at this older version anyway
book-working = Checking the package…
book-previewTitle = What handbook { $version } changes
book-fromTo = From version { $from } to version { $to }
book-fromAppTo = From the handbook that came with the app to version { $to }
book-publisher = Signed by the publisher key
book-made = Made on { $date } · { $files } files · { $size } KB
book-noChanges = This package changes nothing that the reader or the case steps show.
book-editionChanges = Changes in the { $lang } edition
book-countChapters = Chapters: { $added } added, { $removed } removed, { $changed } changed.
book-countSections = Sections: { $added } added, { $removed } removed, { $changed } changed.
book-legend = Added words are underlined; removed words are struck through.
book-kind-added = Added
book-kind-removed = Removed
book-kind-changed = Changed
book-overview = Introduction (before the first heading)
book-insStart = added text:
book-insEnd = end of added text
book-delStart = removed text:
book-delEnd = end of removed text
book-otherEditions = The editions in these languages change too: { $langs }.
book-workflows = Case steps and safeguards
book-workflowNew = New case workflow “{ $title }”, version { $version }
book-workflowVersion = Case workflow “{ $title }”, version { $version }, compared with version { $from }:
book-step-added = New step: { $title }
book-step-removed = Step removed: { $title }
book-step-changed = Step changed: { $title }
book-field-added = New question: { $title }
book-field-removed = Question removed: { $title }
book-field-changed = Question changed: { $title }
book-safeguard-added = New safeguard: { $title }
book-safeguard-removed = Safeguard removed: { $title }
book-safeguard-changed = Safeguard changed: { $title }
book-changedKeys = what changed: { $keys }
book-workflowsKept = Open cases stay on the workflow version they started with, its steps and safeguards included. New cases start on the new version.
book-files = Other files
book-file-added = Added: { $path }
book-file-removed = Removed: { $path }
book-file-changed = Changed: { $path }
book-downgradeWarning = This package is version { $to }, which is not newer than version { $from } in use. Installing it brings back older guidance.
book-downgradeConfirm = I want to install this older version.
book-cancel = Close without installing
book-install = Install version { $version }
book-installed = Handbook { $version } is installed.
book-rolledBack = Rolled back: the handbook now is { $version }.
book-audited = This is recorded in the audit log.
book-notAudited = This is recorded in this laptop's install history. The case store is locked, so it is not in its audit log.
book-restartNeeded = The change takes effect when you restart the app. Save your work first.
book-restart = Restart the app now
book-versions = Installed versions
book-active = Active
book-activeNone = the handbook that came with the app
book-previous = Kept for rollback
book-none = none
book-rollback = Roll back to the previous version
book-rollbackConfirm = Go back from version { $from } to { $to }?
book-rollbackYes = Yes, roll back
book-rollbackNo = No, keep this version
book-history = History
book-historyInstalled = { $date }: installed { $to } (before: { $from }), publisher key { $key }
book-historyRolledBack = { $date }: rolled back from { $from } to { $to }
book-noHistory = No handbook update has been installed on this laptop yet.
book-bundledShort = the app's own handbook
