# The `avr` command line's own sentences (`--lang`, else $AVR_LANG, else $LANG).
cli-error = error: { $message }
cli-search-did-you-mean = did you mean: { $suggestion }
cli-search-none = no matches.
cli-search-closest = closest chapter: { $title } ({ $id })
cli-cases-count = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
cli-store-created = case store created in { $dir }
cli-restored = restored { $file }; the previous database was kept aside
cli-audit-intact = audit log intact: { $events } events, head { $head }
cli-stop-for-members = holds for household members: { $names }
cli-stop-overridden = overridden by { $supervisor }: { $reason }
cli-step-not-recorded = not recorded
cli-case-header = { $number } (id { $id }) · { $status } · stage { $stage } · { $workflow }
cli-case-status-open = Open
cli-case-status-closed = Closed
cli-case-status-purged = Purged
cli-step-done = done
cli-step-to-do = to do
cli-step-blocked = BLOCKED
cli-step-current = ← current
cli-stop = stop: { $title } ({ $status }) [{ $id }]: { $rule }
cli-stop-status-blocking = Blocking
cli-stop-status-overridden = Overridden
cli-stop-triggered = triggered on { $date } by { $name }
cli-stop-triggered-by-answer = triggered on { $date } by { $name } (answer { $field })
cli-stop-member = { $name } [member { $position }]
cli-stop-invalid-input = an answer it reads is not valid for its question: put it right
cli-stop-lifts-when = lifts when: { $lift }
cli-check = check { $field }: { $message }
cli-departure-ready = departure ready: { $ready }
cli-yes = yes
cli-no = no
cli-audit-anchor-consistent = the chain reaches the last state seen outside the database (cases.anchor)
cli-audit-anchor-missing = no record of the last state outside the database yet: a rollback cannot be checked until the next change
cli-audit-anchor-invalid = WARNING: the record of the last state (cases.anchor) does not verify under this store's key: forged, damaged or from another store
cli-audit-anchor-behind = WARNING: the chain ends at event { $db }, but event { $anchor } was seen: this is an older copy of the store, or changes were lost with its log
cli-audit-anchor-diverged = WARNING: event { $at } is not the one seen before: the chain was rewritten
cli-audit-rollbacks = WARNING: rollbacks found when the store was unlocked, recorded as audit events { $ids }
cli-failed-unlocks = { $count ->
    [one] WARNING: 1 failed attempt to unlock since the last unlock, on { $last }
   *[other] WARNING: { $count } failed attempts to unlock since the last unlock, the last on { $last }
}
cli-passphrase-changed = { $backups ->
    [one] passphrase changed; 1 backup re-encrypted
   *[other] passphrase changed; { $backups } backups re-encrypted
}
cli-passphrase-backup-not-rekeyed = backup not re-encrypted (it still opens with the passphrase it was made with): { $file }
cli-passphrase-set-aside-rekeyed = set-aside file re-encrypted: { $file }
cli-passphrase-set-aside-removed = set-aside file removed (it could not be re-encrypted): { $file }
# An export succeeded, but its PDF prints some characters as their code (U+1F64F) because no embedded font
# draws them (emoji). $codes lists them; $places the export's headings they were under.
cli-export-undrawable = { $count ->
    [one] warning: 1 character could not be drawn and is printed as its code: { $codes }
   *[other] warning: { $count } characters could not be drawn and are printed as their codes: { $codes }
}
cli-export-undrawable-place = { "  " }{ $code } under: { $places }
