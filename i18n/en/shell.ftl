# The desktop shell's own words: titles of the system's save and open dialogs.
shell-save-title = Save the export
shell-import-title = Choose a case export to import
shell-json-filter = AVR case export (JSON)
