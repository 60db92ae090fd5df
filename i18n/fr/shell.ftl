shell-save-title = Enregistrer l'export
shell-import-title = Choisir un export de dossier à importer
shell-json-filter = Export de dossier AVR (JSON)
shell-card-title = Choisir une carte de bureau
shell-card-filter = Carte de bureau (.avrcard)
shell-package-title = Choisir un paquet de transmission à recevoir
shell-package-filter = Paquet de transmission (.avrcase)
