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
