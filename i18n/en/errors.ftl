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
