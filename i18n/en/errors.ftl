# What the core's errors say (`CaseError::message`, `Error::message`), shown by the app and the command line in
# the interface language. Technical details from elsewhere (the operating system, SQLite) are quoted as $error or
# $detail, in their own words.
error-wrong-passphrase = The passphrase does not open the case records.
error-not-created = There are no case records in { $path } yet: choose a passphrase to create them.
error-already-exists = Case records already exist in { $path }.
error-storage-corrupt = The case records are damaged ({ $detail }). They were moved aside to { $moved } and nothing was overwritten: restore a backup to continue.
error-invalid = { $field }: { $message }
error-not-found = { $what ->
    [case] There is no case { $id }.
    [person] There is no person { $id }.
    [person-in-this-case] Person { $id } is not in this case.
    [consent] There is no consent record { $id }.
    [workflow] There is no workflow { $id }.
    [card-on-the-trust-list] No card on the trust list has the fingerprint { $id }.
    [handbook-edition] There is no handbook edition { $id }.
    [chapter] There is no chapter { $id }.
    [section] There is no section { $id }.
   *[other] Not found: { $id }.
}
error-case-not-open = { $status ->
    [closed] Case { $number } is closed: reopen it before changing it.
   *[other] Case { $number } has been purged: it can no longer be changed.
}
error-already-in-state = { $status ->
    [open] Case { $number } is already open.
    [closed] Case { $number } is already closed.
   *[other] Case { $number } has already been purged.
}
error-case-number-taken = Case { $number } already exists in these records: it was imported or created here before.
error-broken-link = The audit log is broken at event { $event }: { $reason }
error-migration-changed = Update { $version } ({ $name }) of the case records is not the one they were updated with: they are not opened (a shipped update must never be edited).
error-too-new = The case records were written by a newer version of the app (format { $found }; this version knows { $supported }): update the app.
error-backup = Backup { $path }: { $message }
error-io = { $path }: { $error }
error-handed-over = This case was handed over to another office and is read-only here: it can be changed again once it comes back.
error-database = Case records: { $error }
error-migration = Updating the case records: { $error }

# The core's own errors around the case records, the handbook and the reading state.
error-locked = The case records are locked: enter the passphrase.
error-reading-state = Reading history and bookmarks: { $error }

# The api refusing what was asked.
error-staff-name = Staff name: enter your name; it is recorded as the author of each change.
error-no-principal = A case needs its principal applicant.
error-not-a-backup = “{ $file }” is not the name of a backup.
error-purge-too-soon = Only cases closed at least { $min } days ago can be purged (asked: { $asked } days).

# Office cards and handover packages (the reader's own finding about a malformed file is quoted as $detail).
identity-bad-card = office card: { $detail }
identity-bad-package = handover package: { $detail }
identity-bad-signature = handover package: the signature does not match its content (changed, cut short or re-signed after it was made): refused, nothing was saved
identity-not-for-us = handover package: it is not addressed to this installation (recipients: { $recipients })
identity-wrong-passphrase = handover package: the passphrase does not open it
identity-encrypt = handover package: encryption failed: { $detail }
identity-unknown-sender = handover package: the sender { $officer } ({ $office }, card { $fingerprint }) is not on this installation's trust list: compare the fingerprint with them (by phone), then confirm to receive it; nothing was saved
identity-revoked-sender = handover package: the sender's card { $fingerprint } ({ $officer }, { $office }) was revoked on this installation: refused, nothing was saved
identity-not-trusted = office card { $fingerprint }: not on this installation's trust list (or revoked): add it with its fingerprint compared before sending to it
identity-older-than-handover = handover package: made { $made }, before case { $number } was handed over from here ({ $handed }): an older copy, refused; nothing was saved
identity-expired-card = office card of { $officer } ({ $office }, { $fingerprint }) expired on { $expired }: ask them for their new card, compare its fingerprint and trust it; nothing was sent or saved
identity-keys = this installation's keys cannot be read: { $detail }

# A refused field of a case, a person or a note: `error-field` names the field (its name as given when it has no
# entry here), `invalid-…` says why.
error-field = { $field ->
    [disembarkation-date] disembarkation date
    [date-of-birth] date of birth
    [due-date] due date
    [due-by] due by
    [note] note
    [name] name
    [given-names] given names
    [family-name] family name
    [other-names] other names
    [sex] sex
    [nationality] nationality
    [relationship] relationship
    [household] household
    [consent-recipient] consent recipient
    [consent-language] consent language
    [interpreter] interpreter
    [passphrase] passphrase
   *[other] { $name }
}
invalid-date = write the date as YYYY-MM-DD
invalid-disembarkation-future = { $date } is in the future (today is { $today }); enter the day the person came ashore
invalid-before-2000 = { $date } is before 2000; check the year
invalid-in-future = { $date } is in the future (today is { $today })
invalid-too-old = { $date } is more than 130 years ago; check the year
invalid-empty = is empty
invalid-too-many-bytes = { $bytes } bytes is over the limit of { $max } bytes (64 KiB); split it up
invalid-nul = contains a NUL character
invalid-required = is required
invalid-too-many-chars = { $chars } characters is over the limit of { $max }
invalid-control-character = contains a control character (line break, tab or NUL)
invalid-code = may contain only ASCII letters, digits and . _ - :
invalid-too-many-flags = { $count } flags is over the limit of { $max }
invalid-passphrase-spaces = must not start or end with a space
invalid-passphrase-raw-key = must not be written x'…' (SQLCipher would read it as a raw key)
invalid-no-name = enter a given name or a family name
invalid-household-size = more than { $max } members

# A backup refused, after `error-backup`'s file name; a passphrase change that did not complete.
backup-wrong-passphrase = it does not open with this passphrase (it was made under another one, or it is damaged)
backup-damaged = it is damaged
backup-damaged-detail = it is damaged ({ $detail })
backup-busy = the database stayed busy
backup-check-failed = the copy does not check out: { $detail }
backup-pages-not-rekeyed = { $pages } pages were not re-encrypted
invalid-not-encrypted = this store is not encrypted
invalid-rekey-incomplete = the change did not complete ({ $pages } pages not re-encrypted); the old passphrase still applies
