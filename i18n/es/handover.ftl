# `avr identity` y `avr handover`: tarjetas de oficina, lista de confianza y casos transferidos entre oficinas.
cli-identity-card = Tarjeta de oficina de esta instalación: { $officer }, { $office } (claves creadas el { $created }, válida hasta el { $expires })
cli-identity-fingerprint = Huella: { $fingerprint }
cli-identity-card-written = tarjeta guardada en { $file }: entréguela a las oficinas que le envían casos y léales la huella por teléfono
cli-identity-compare = Tarjeta de { $officer }, { $office }. Huella: { $fingerprint }
    Llame a { $officer } y pídale que le lea su huella: confíe en la tarjeta solo si es la misma.
cli-identity-trust-ask = ¿Confiar en esta tarjeta? [s/N]
cli-identity-trusted = tarjeta de confianza añadida: { $officer }, { $office } ({ $fingerprint })
cli-identity-list-empty = la lista de confianza está vacía: añada la tarjeta de una oficina con `avr identity trust ARCHIVO`
cli-identity-revoked-on = revocada el { $date }
cli-identity-revoked = revocada: { $officer }, { $office } ({ $fingerprint }); los paquetes firmados con esta tarjeta se rechazan a partir de ahora
cli-nothing-done = no se hizo nada
cli-handover-no-passphrase = la variable de entorno { $var } está vacía o no existe: ponga en ella la frase de contraseña de un solo uso
cli-handover-sent = { $case } sellado para { $recipients }: { $file } ({ $bytes } bytes, { $ms } ms). El caso queda en solo lectura aquí hasta que vuelva.
cli-handover-from = Remitente: { $officer }, { $office }; huella { $fingerprint } ({ $trust })
cli-handover-trusted = en su lista de confianza
cli-handover-unknown = NO está en su lista de confianza: compare la huella con el remitente por teléfono antes de guardar
cli-handover-itself = esta instalación
cli-handover-case = Caso { $case } ({ $principal }), etapa: { $stage }; paquete creado el { $made }
cli-handover-carries = Grupo familiar: { $household } · respuestas: { $answers } · notas: { $notes } · consentimientos dados: { $given }, retirados: { $withdrawn }
cli-handover-overrides = Salvaguardas con excepción: { $list }
cli-handover-no-overrides = Salvaguardas con excepción: ninguna
cli-handover-returning = Este caso se transfirió desde aquí y vuelve: la copia en solo lectura de aquí se sustituirá por esta.
cli-handover-ask = ¿Guardar este caso? [s/N]
cli-handover-ask-unknown = El remitente no está en su lista de confianza. ¿Ha comparado la huella con él y quiere guardar este caso? [s/N]
cli-handover-unknown-needs-sender = el remitente no está en su lista de confianza: compare la huella con él e indíquela con --sender "{ $fingerprint }", o añada antes su tarjeta a la lista
cli-handover-sender-mismatch = --sender no coincide con el remitente del paquete ({ $fingerprint }): rechazado, no se guardó nada
cli-handover-received = { $case } guardado (id { $id })
