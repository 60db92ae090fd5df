# Lo que dicen los errores del núcleo (`CaseError::message`, `Error::message`), que la aplicación y la línea de
# órdenes muestran en el idioma de la interfaz. Los detalles técnicos que vienen de fuera (el sistema, SQLite) se
# citan tal cual en $error o $detail.
error-wrong-passphrase = Esta frase de contraseña no abre los registros de casos.
error-not-created = Todavía no hay registros de casos en { $path }: elija una frase de contraseña para crearlos.
error-already-exists = Ya existen registros de casos en { $path }.
error-storage-corrupt = Los registros de casos están dañados ({ $detail }). Se apartaron en { $moved } y no se sobrescribió nada: restaure una copia de seguridad para continuar.
error-invalid = { $field }: { $message }
error-not-found = { $what ->
    [case] No existe el caso { $id }.
    [person] No existe la persona { $id }.
    [person-in-this-case] La persona { $id } no forma parte de este caso.
    [consent] No existe el consentimiento registrado { $id }.
    [workflow] No existe el flujo { $id }.
    [card-on-the-trust-list] Ninguna tarjeta de la lista de confianza tiene la huella { $id }.
    [handbook-edition] No existe la edición { $id } del manual.
    [chapter] No existe el capítulo { $id }.
    [section] No existe la sección { $id }.
   *[other] No se encuentra: { $id }.
}
error-case-not-open = { $status ->
    [closed] El caso { $number } está cerrado: vuelva a abrirlo antes de modificarlo.
   *[other] El caso { $number } se ha purgado: ya no se puede modificar.
}
error-already-in-state = { $status ->
    [open] El caso { $number } ya está abierto.
    [closed] El caso { $number } ya está cerrado.
   *[other] El caso { $number } ya se ha purgado.
}
error-case-number-taken = El caso { $number } ya existe en estos registros: ya se importó o se creó aquí.
error-broken-link = El registro de auditoría está roto en el evento { $event }: { $reason }
error-migration-changed = La actualización { $version } ({ $name }) de los registros de casos no es la que se les aplicó: no se abren (una actualización publicada nunca debe modificarse).
error-too-new = Los registros de casos los escribió una versión más reciente de la aplicación (formato { $found }; esta versión conoce el { $supported }): actualice la aplicación.
error-backup = Copia de seguridad { $path }: { $message }
error-io = { $path }: { $error }
error-handed-over = Este caso se entregó a otra oficina y aquí solo puede leerse: podrá modificarse de nuevo cuando vuelva.
error-database = Registros de casos: { $error }
error-migration = Actualización de los registros de casos: { $error }

# Los errores propios del núcleo sobre los registros de casos, el manual y el historial de lectura.
error-locked = Los registros de casos están bloqueados: introduzca la frase de contraseña.
error-reading-state = Historial de lectura y marcadores: { $error }

# La api que rechaza lo que se pide.
error-staff-name = Nombre del personal: escriba su nombre; se registra como autor de cada cambio.
error-no-principal = Un caso necesita a su solicitante principal.
error-not-a-backup = «{ $file }» no es el nombre de una copia de seguridad.
error-purge-too-soon = Solo pueden purgarse los casos cerrados hace al menos { $min } días (se pidió: { $asked } días).

# Tarjetas de oficina y paquetes de traspaso (lo que el lector encontró en un archivo mal formado se cita en
# $detail).
identity-bad-card = tarjeta de oficina: { $detail }
identity-bad-package = paquete de traspaso: { $detail }
identity-bad-signature = paquete de traspaso: la firma no coincide con el contenido (modificado, cortado o firmado de nuevo después de crearse): rechazado, no se guardó nada
identity-not-for-us = paquete de traspaso: no está dirigido a esta instalación (destinatarios: { $recipients })
identity-wrong-passphrase = paquete de traspaso: la frase de contraseña no lo abre
identity-encrypt = paquete de traspaso: el cifrado falló: { $detail }
identity-unknown-sender = paquete de traspaso: el remitente { $officer } ({ $office }, tarjeta { $fingerprint }) no está en la lista de confianza de esta instalación: compare la huella con esa persona (por teléfono) y confirme para recibirlo; no se guardó nada
identity-revoked-sender = paquete de traspaso: la tarjeta { $fingerprint } del remitente ({ $officer }, { $office }) se revocó en esta instalación: rechazado, no se guardó nada
identity-not-trusted = tarjeta de oficina { $fingerprint }: no está en la lista de confianza de esta instalación (o está revocada): añádala tras comparar su huella antes de enviarle nada
identity-older-than-handover = paquete de traspaso: creado el { $made }, antes de que el caso { $number } se traspasara desde aquí ({ $handed }): una copia más antigua, rechazada; no se guardó nada
identity-expired-card = la tarjeta de oficina de { $officer } ({ $office }, { $fingerprint }) caducó el { $expired }: pídale su nueva tarjeta, compare la huella y confíe en ella; no se envió ni se guardó nada
identity-keys = no se pueden leer las claves de esta instalación: { $detail }

# Un campo rechazado de un caso, una persona o una nota: `error-field` nombra el campo (tal cual si no tiene
# entrada aquí), `invalid-…` dice por qué.
error-field = { $field ->
    [disembarkation-date] fecha de desembarco
    [date-of-birth] fecha de nacimiento
    [due-date] fecha límite
    [due-by] fecha límite hasta
    [note] nota
    [name] nombre
    [given-names] nombre de pila
    [family-name] apellidos
    [other-names] otros nombres
    [sex] sexo
    [nationality] nacionalidad
    [relationship] parentesco
    [household] hogar
    [consent-recipient] destinatario del consentimiento
    [consent-language] idioma del consentimiento
    [interpreter] intérprete
    [passphrase] frase de contraseña
   *[other] { $name }
}
invalid-date = escriba la fecha como AAAA-MM-DD
invalid-disembarkation-future = el { $date } es una fecha futura (hoy es { $today }); indique el día en que la persona desembarcó
invalid-before-2000 = el { $date } es anterior a 2000; revise el año
invalid-in-future = el { $date } es una fecha futura (hoy es { $today })
invalid-too-old = el { $date } es de hace más de 130 años; revise el año
invalid-empty = está vacío
invalid-too-many-bytes = { $bytes } bytes superan el límite de { $max } bytes (64 KiB); divida el texto
invalid-nul = contiene un carácter NUL
invalid-required = es obligatorio
invalid-too-many-chars = { $chars } caracteres superan el límite de { $max }
invalid-control-character = contiene un carácter de control (salto de línea, tabulación o NUL)
invalid-code = solo puede contener letras ASCII, cifras y . _ - :
invalid-too-many-flags = { $count } indicadores superan el límite de { $max }
invalid-passphrase-spaces = no debe empezar ni terminar con un espacio
invalid-passphrase-raw-key = no debe escribirse x'…' (SQLCipher la leería como una clave en bruto)
invalid-no-name = escriba un nombre de pila o un apellido
invalid-household-size = más de { $max } miembros

# Una copia de seguridad rechazada, tras el nombre de archivo de `error-backup`; un cambio de frase de contraseña
# que no terminó.
backup-wrong-passphrase = no se abre con esta frase de contraseña (se hizo con otra, o está dañada)
backup-damaged = está dañada
backup-damaged-detail = está dañada ({ $detail })
backup-busy = la base de datos siguió ocupada
backup-check-failed = la copia no supera la comprobación: { $detail }
backup-pages-not-rekeyed = { $pages } páginas no se cifraron de nuevo
invalid-not-encrypted = estos registros no están cifrados
invalid-rekey-incomplete = el cambio no terminó ({ $pages } páginas sin cifrar de nuevo); sigue valiendo la frase de contraseña anterior
