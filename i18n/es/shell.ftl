shell-save-title = Guardar la exportación
shell-import-title = Elegir una exportación de caso para importar
shell-json-filter = Exportación de caso de RVA (JSON)
