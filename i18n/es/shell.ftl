shell-save-title = Guardar la exportación
shell-import-title = Elegir una exportación de caso para importar
shell-json-filter = Exportación de caso de RVA (JSON)
shell-card-title = Elegir una tarjeta de oficina
shell-card-filter = Tarjeta de oficina (.avrcard)
shell-package-title = Elegir un paquete de traspaso para recibir
shell-package-filter = Paquete de traspaso (.avrcase)
