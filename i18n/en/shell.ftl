# The desktop shell's own words: titles of the system's save and open dialogs.
shell-save-title = Save the export
shell-import-title = Choose a case export to import
shell-json-filter = AVR case export (JSON)
shell-card-title = Choose an office card
shell-card-filter = Office card (.avrcard)
shell-package-title = Choose a handover package to receive
shell-package-filter = Handover package (.avrcase)
shell-book-title = Choose a handbook update to install
shell-book-filter = Handbook update (.avrbook)
shell-nothing-chosen = No .{ $ext } file has been chosen yet.
shell-nothing-exported = Nothing has been exported yet.
shell-cannot-open-folder = { $path }: the folder cannot be opened: { $error }
