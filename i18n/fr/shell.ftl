shell-save-title = Enregistrer l'export
shell-import-title = Choisir un export de dossier à importer
shell-json-filter = Export de dossier AVR (JSON)
