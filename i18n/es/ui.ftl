# Interfaz de la aplicación, en español. Mismas claves que i18n/en/ui.ftl.

## app
app-title = Manual de campo de RVA
app-skip = Ir al contenido
app-windowTitle = { $screen } – Manual de campo de RVA
app-textSize = Tamaño del texto { $percent } %

## dialog
dialog-close = Cerrar

## export
export-open = Exportar…
export-title = Exportar este caso
export-format = Formato
export-format-pdf = PDF
export-format-csv = CSV
export-format-markdown = Markdown
export-format-html = HTML
export-format-json = JSON (estadísticas, sin datos personales)
export-formatHint-pdf = para imprimir o archivar, con líneas de firma
export-formatHint-csv = una fila por punto de la lista de verificación, para una hoja de cálculo
export-formatHint-markdown = texto sin formato
export-formatHint-html = una página web que se imprime bien
export-formatHint-json = en qué punto está el caso, para recuentos: sin nombres, respuestas, notas ni número de caso
export-paper = Tamaño del papel
export-letter = Carta
export-redact = Copia anonimizada
export-redactHint = omite nombres, fechas de nacimiento, números de documentos, notas libres y lo que cubría un consentimiento retirado
export-redactJson = las estadísticas nunca llevan datos personales. Para pasar un caso a otra oficina, use un traspaso.
export-run = Exportar…
export-working = Exportando…
export-saved = Guardado: { $file } ({ $size }).
export-undrawable = { $count ->
    [one] 1 carácter no se pudo dibujar y se imprime como su código: { $codes }
   *[other] { $count } caracteres no se pudieron dibujar y se imprimen como su código: { $codes }
}
export-openFolder = Abrir carpeta
export-cancel = Cancelar
export-close = Cerrar
export-blank = Imprimir en papel (PDF)
export-paperForm = Formulario en papel
export-blankChecklist = Toda la lista de verificación, en blanco
export-list = Exportar esta lista (CSV)
export-import = Importar una exportación de caso antigua (JSON)…
export-imported = Caso { $number } importado.
export-language = Idioma de la exportación

## tools
tools-saved = Guardado: { $path }.

## case
case-windowTitle = Caso { $number }
case-skipToQuestions = Ir a las preguntas
case-savedAt = Guardado a las { $time }
case-fieldError = { $label }: { $errors }
case-progress = Avance
case-close = Cerrar el caso
case-reopen = Reabrir el caso
case-closedNote = Este caso está cerrado. Reábralo para cambiar algo.
case-step = Paso { $n } de { $total }
case-optional = opcional
case-required = obligatorio
case-saved = Guardado
case-yes = Sí
case-no = No
case-readMore = Leer en el manual
case-blockedTitle = Este paso está bloqueado
case-latched = Activado el { $date } por { $name }, por la respuesta «{ $field }». Cambiar esa respuesta no lo levanta.
case-invalidInput = Una respuesta que lee este bloqueo no es válida para su pregunta: corríjala para que pueda decidirse.
case-correctTitle = Corregir una respuesta introducida por error
case-correctHelp = La corrección queda registrada en el historial con su motivo. Si el bloqueo nunca admite excepción, indique el supervisor que la aprobó.
case-correct = Registrar la corrección
case-rule = Regla
case-why = Por qué
case-lift = Qué lo levanta
case-missing = Falta registrar: { $fields }
case-neverOverride = Esta salvaguarda no admite ninguna excepción.
case-overrideTitle = Excepción del supervisor
case-supervisor = Nombre completo del supervisor
case-reason = Motivo (un revisor debe poder comprobarlo)
case-override = Registrar la excepción
case-overridden = Excepción de { $name }: { $reason }
case-allDone = Por ahora no queda nada por hacer en este caso.
case-checklist = Lista de verificación
case-readiness = Listo para la partida
case-ready = Listo para viajar el { $date }
case-notReady = No está listo para viajar
case-timeline = Historial
case-sidePanel = Sección del manual
case-closePanel = Cerrar el panel del manual
case-prevStep = Paso anterior
case-nextStep = Paso siguiente
case-whoseAnswers = ¿De quién son las respuestas que registra?
case-personHeld = bloqueado aquí
case-principalName = { $name }, solicitante principal
case-memberName = { $name }, miembro { $position }
case-answersFor = Ahora se registran las respuestas de { $name }
case-stepNotForPerson = Este paso no corresponde a { $name } según las respuestas registradas hasta ahora.
case-holdsFor = Se aplica a: { $names }
case-railMemberHeld = bloqueado por un miembro del hogar
case-overrideFor = Excepción para

## reader
reader-toolbar = Herramientas del capítulo
reader-showContents = Índice
reader-contents = Índice
reader-chapters = Capítulos
reader-bookmarks = Marcadores
reader-noBookmarks = Todavía no hay marcadores.
reader-recent = Vistos recientemente
reader-lastReviewed = Última revisión: { $date }
reader-prev = Anterior: { $title }
reader-next = Siguiente: { $title }
reader-bookmark = Marcar esta sección
reader-bookmarkChapter = Marcar este capítulo
reader-unbookmark = Quitar el marcador
reader-removeBookmark = Quitar el marcador { $title }
reader-fontSmaller = Texto más pequeño
reader-fontLarger = Texto más grande
reader-print = Imprimir el capítulo
reader-loading = Abriendo el manual…

## settings
settings-textSizeKeys = Ctrl+= agranda todo el texto, Ctrl+− lo reduce, Ctrl+0 vuelve al 100 %.
settings-title = Ajustes
settings-appearance = Apariencia
settings-theme = La aplicación sigue el modo claro u oscuro de su sistema.
settings-fontSize = Tamaño del texto de lectura
settings-about = Acerca de
settings-appVersion = Versión de la aplicación
settings-edition = Edición del manual ({ $lang })
settings-editionVersion = { $chapters ->
    [one] { $chapters } capítulo
   *[other] { $chapters } capítulos
}
settings-dataDir = Carpeta de datos
settings-problems = Capítulos que no se pudieron abrir
settings-offline = Todo funciona sin conexión. La aplicación no se conecta a ninguna red.
settings-security = Registros de casos
settings-lockAfter = Bloquear los registros de casos tras
settings-minutes = { $n ->
    [one] { $n } minuto
   *[other] { $n } minutos
}
settings-staff = Perfil del funcionario
settings-saveStaff = Guardar el perfil
settings-changePass = Cambiar la frase de contraseña
settings-currentPass = Frase de contraseña actual
settings-newPass = Nueva frase de contraseña
settings-passChanged = Se cambió la frase de contraseña y se volvieron a cifrar las copias de seguridad.
settings-backups = Copias de seguridad
settings-backupNow = Hacer una copia ahora
settings-restore = Restaurar
settings-restorePass = Frase de contraseña de la copia
settings-retention = Conservación
settings-retentionDays = Borrar los datos personales de los casos cerrados hace más de estos días
settings-purge = Borrar ahora
settings-purgeConfirm = Esto borra para siempre los nombres, respuestas, notas y consentimientos de todos los casos cerrados hace más de { $days } días. Las copias hechas antes los conservan hasta que caduquen. ¿Borrar?
settings-purgeYes = Sí, borrar
settings-purgeNo = Cancelar
settings-purged = { $count ->
    [one] { $count } caso cerrado borrado; se conservan sus eventos de auditoría.
   *[other] { $count } casos cerrados borrados; se conservan sus eventos de auditoría.
}
settings-verify = Verificar el registro de auditoría
settings-verified = Registro de auditoría intacto: { $events } eventos, cabeza { $hash }.
settings-unlockFirst = Desbloquee los registros de casos para cambiar estos ajustes.
settings-language = Idioma
settings-languageHint = El idioma de la aplicación. El manual se abre en este idioma cuando su edición tiene el capítulo; si no, en inglés.

## nav
nav-label = Principal
nav-handbook = Manual
nav-search = Búsqueda
nav-cases = Casos
nav-settings = Ajustes
nav-searchHint = Buscar (Ctrl+K)

## search
search-label = Buscar en el manual
search-placeholder = Buscar: p. ej. niño no acompañado, no devolución, SOLAS
search-results = Resultados
search-count = { $count ->
    [one] { $count } sección coincide
   *[other] { $count } secciones coinciden
}
search-more = Mostrar las { $count }
search-none = Nada coincide con «{ $query }».
search-didYouMean = Quizás quiso decir
search-closest = Capítulos más cercanos
search-filters = Filtrar por tema
search-indexing = Preparando la búsqueda: { $done } de { $total } secciones…
search-hint = Escriba para buscar. ↑ ↓ para moverse, Intro para abrir, Esc para cerrar.
search-dialog = Buscar en el manual

## cases
cases-title = Casos
cases-new = Nuevo caso
cases-newTitle = Abrir un caso nuevo
cases-givenNames = Nombres
cases-familyName = Apellidos
cases-otherNames = Nombre en otras escrituras o grafías (opcional)
cases-disembarked = Fecha de desembarco (opcional)
cases-createCase = Abrir el caso
cases-cancel = Cancelar
cases-search = Buscar por número de caso o nombre
cases-status = Estado
cases-anyStatus = Abiertos y cerrados
cases-open = Abierto
cases-closed = Cerrado
cases-stage = Etapa
cases-anyStage = Cualquier etapa
cases-none = Ningún caso coincide.
cases-number = Caso
cases-name = Nombre
cases-updated = Modificado
cases-flags = Bloqueos activos
cases-back = Todos los casos
cases-searchHint = AVR-2026-0042, o un nombre
cases-flagFilter = Bloqueo activo
cases-anyFlag = Cualquier bloqueo
cases-dueBy = Vence antes del
cases-due = Vence
cases-sort = Orden
cases-sortUpdated = Modificados recientemente primero
cases-sortDue = Vencimiento más próximo primero
cases-sortCreated = Abiertos recientemente primero
cases-sortNumber = Por número de caso
cases-clearFilters = Quitar filtros
cases-noneYet = Todavía no hay casos.
cases-firstPage = Se muestran los primeros { $count } casos: afine los filtros para ver otros.
cases-integrityFailed = La comprobación de la base de casos al iniciar no pudo terminar: { $detail }
cases-rollbackTitle = Puede que los registros de casos se hayan devuelto a un estado anterior
cases-rollbackWhat = Los registros de casos de este portátil son más antiguos que los últimos que vio este portátil. Puede que alguien haya restaurado una copia de seguridad o que se haya sustituido el archivo. Pueden faltar cambios hechos desde entonces.
cases-rollbackBehind = Faltan cambios registrados: el registro de cambios termina en el cambio { $db }, pero este portátil ya había visto el cambio { $anchor }.
cases-rollbackDiverged = El cambio { $at } no es el que vio este portátil: el historial de cambios se reescribió.
cases-rollbackInvalid = La constancia del último estado, guardada junto a los registros de casos, no coincide con ellos: está dañada o procede de otros registros.
cases-rollbackDo = Qué hacer: avise ahora a su supervisor, antes de cambiar ningún caso. Puede comprobar los registros con la orden { $command }. Este hallazgo queda anotado en el registro de auditoría.
cases-rollbackAck = He leído este aviso
cases-rollbackBanner = Atención: puede que los registros de casos se hayan devuelto a un estado anterior. Avise a su supervisor.

## vault
vault-setupTitle = Proteger los registros de casos con una frase de contraseña
vault-setupIntro = Los registros de casos se cifran en este portátil. Elija una frase de contraseña de al menos 12 caracteres. Nunca se guarda: si se pierde, los registros no se pueden abrir.
vault-passphrase = Frase de contraseña
vault-confirm = Repita la frase de contraseña
vault-mismatch = Las dos frases de contraseña no coinciden.
vault-staffName = Su nombre (queda registrado como autor de cada cambio)
vault-office = Oficina
vault-create = Crear los registros cifrados
vault-lockedTitle = Los registros de casos están bloqueados
vault-lockedIntro = Introduzca la frase de contraseña para abrir los registros de casos en este portátil.
vault-unlock = Desbloquear
vault-lock = Bloquear ahora
vault-working = Procesando…
vault-corrupt = La base de casos está dañada y se apartó. Restaure una copia de seguridad para continuar.
vault-restoreFrom = Restaurar esta copia
vault-noBackups = No se encontraron copias de seguridad.
vault-autoLocked = { $minutes ->
    [one] Bloqueado tras { $minutes } minuto sin actividad.
   *[other] Bloqueado tras { $minutes } minutos sin actividad.
}

## status
status-Complete = Hecho
status-Incomplete = Pendiente
status-Blocked = Bloqueado
status-Untouched = Opcional, nada registrado
status-NotStarted = Sin empezar
status-InProgress = En curso
status-Hidden = No aplica
status-Done = Hecho
status-Pending = Pendiente

## language
language-choose = Elija el idioma de la aplicación
language-hint = Podrá cambiarlo más tarde en Ajustes.

# Elección de una frase de contraseña: la estimación mostrada al escribir (zxcvbn, 0–4), los desbloqueos fallidos y el informe del cambio.
vault-strength = Solidez { $score } de 4.
vault-strengthOk = Suficientemente difícil de adivinar.
vault-strengthWeak = Demasiado fácil de adivinar: se necesita al menos { $min } de 4.
vault-strengthShort = { $chars } caracteres; se necesitan al menos { $min }.
vault-failedUnlocks = { $count ->
    [one] 1 intento fallido de desbloqueo desde el último desbloqueo, el { $date }.
   *[other] { $count } intentos fallidos de desbloqueo desde el último desbloqueo, el último el { $date }.
}
settings-backupNotRekeyed = Copia de seguridad no cifrada de nuevo (sigue abriéndose con la frase de contraseña anterior): { $file }
settings-setAsideRekeyed = Archivo apartado cifrado de nuevo: { $file }
settings-setAsideRemoved = Archivo apartado eliminado (no se podía volver a cifrar): { $file }
settings-purgedSetAside = { $count ->
    [one] Se eliminó 1 archivo apartado anterior al período de conservación.
   *[other] Se eliminaron { $count } archivos apartados anteriores al período de conservación.
}

# Tarjeta de oficina, lista de confianza y paquetes de traspaso (issue 17).
card-title = Tarjeta de oficina
card-intro = La tarjeta de este portátil. Entréguela a las oficinas que le envían casos: la añaden a su lista de confianza y luego le llaman para comparar la huella.
card-office = Oficina
card-officer = Funcionario/a
card-fingerprint = Huella
card-valid = Validez
card-validRange = del { $from } al { $until }
card-copy = Copiar como texto
card-copied = Tarjeta copiada. Péguela en un mensaje a la otra oficina.
card-copyFailed = No se pudo copiar la tarjeta. Abra «Tarjeta como texto» más abajo y cópiela desde allí.
card-save = Guardar en un archivo…
card-saved = Tarjeta guardada como { $file }.
card-qrShow = Mostrar como código QR
card-qrHide = Ocultar el código QR
card-qrLabel = Código QR de esta tarjeta de oficina
card-qrHint = Un teléfono puede escanearlo para guardar la tarjeta o reenviarla. Aun así, compare la huella por teléfono.
card-qrTooLong = Esta tarjeta es demasiado larga para un código QR (un nombre de oficina o de funcionario muy largo). Cópiela o guárdela en un archivo.
card-text = Tarjeta como texto
card-renew = Renovar esta tarjeta de oficina…
card-renewExplain = Al renovar se crean claves nuevas y una tarjeta nueva, válida dos años a partir de hoy. Su huella cambia: vuelva a enviar la tarjeta a las oficinas que le envían casos. Las oficinas que confían en su tarjeta actual podrán comprobar la nueva sin llamarle. Los paquetes ya enviados a su tarjeta actual se seguirán abriendo aquí hasta el { $until }.
card-renewConfirm = Renovar la tarjeta
card-renewCancel = Mantener la tarjeta actual
card-renewed = La tarjeta se renovó. Nueva huella: { $fingerprint }. Envíe la tarjeta nueva a las oficinas que le envían casos.
card-renewSoon = Esta tarjeta caduca dentro de { $days ->
    [one] un día
   *[other] { $days } días
}, el { $date }. Renuévela ya para que las oficinas puedan seguir enviándole casos.
card-expired = Esta tarjeta caducó el { $date }: las oficinas ya no pueden enviarle casos. Renuévela y envíeles la tarjeta nueva.
trust-renewalOf = La tarjeta de { $office } se renovó: nueva huella { $fingerprint }, firmada por la tarjeta en la que usted confiaba ({ $old }).
trust-renewalAccept = Sustituir la tarjeta anterior por la renovada
trust-renewedDone = En su lista de confianza, la tarjeta de { $office } se sustituyó por su renovación.
trust-title = Lista de confianza
trust-intro = Las oficinas a las que envía casos y de las que los recibe. Añada una tarjeta solo después de comparar su huella con su titular por teléfono.
trust-fromFile = Añadir una tarjeta desde un archivo…
trust-paste = O pegue aquí una tarjeta
trust-read = Leer la tarjeta pegada
trust-compareHint = Llame a { $officer } a un número que ya conozca y pídale que le lea su huella. Confíe en la tarjeta solo si todos los grupos coinciden.
trust-confirm = Las huellas coinciden: confiar en esta tarjeta
trust-cancel = Cancelar
trust-added = { $officer } ({ $office }) está ahora en su lista de confianza.
trust-empty = Su lista de confianza está vacía.
trust-addedOn = Añadida el
trust-state = Estado
trust-actions = Acciones
trust-validUntil = válida hasta el { $date }
trust-expiredOn = caducó el { $date }: pida su nueva tarjeta
trust-revokedOn = revocada el { $date }
trust-revoke = Revocar…
trust-revokeConfirm = ¿Revocar la tarjeta de { $officer } ({ $office })? No se le podrá enviar nada más y se rechazarán los paquetes firmados con ella. No se puede deshacer.
trust-revokeYes = Sí, revocar
trust-revokedDone = Se revocó la tarjeta de { $officer } ({ $office }).
export-what = ¿Qué quiere hacer?
export-modeCopy = Exportar una copia
export-modeHandover = Traspasar a otra oficina
export-modeHandoverHint = cifrado y firmado; el caso queda en solo lectura en este portátil
export-modeSheet = Hoja para la persona
export-modeSheetHint = qué es el retorno, qué pasa ahora, el derecho a cambiar de opinión, a quién contactar y la declaración; en el idioma de la persona
export-sheetLang = Idioma de la persona
export-sheetColumns = Se imprime en dos columnas: primero el idioma de la persona y, al lado, { $lang }.
export-sheetDeclaration = Añadir la declaración de retorno voluntario con sus líneas de firma
export-importHint = Las exportaciones JSON antiguas aún se pueden importar. Para pasar un caso de una oficina a otra, use un traspaso.
handover-intro = El caso se cifra para que solo las oficinas que elija puedan abrirlo, y se firma para que vean que viene de usted.
handover-how = Quién podrá abrirlo
handover-toCards = Oficinas de mi lista de confianza
handover-toPassphrase = Quien tenga una frase de contraseña de un solo uso
handover-noCards = Ninguna tarjeta de su lista de confianza puede recibirlo. Añada la tarjeta de la oficina en Ajustes o use una frase de contraseña de un solo uso.
handover-recipients = Destinatarios
handover-passphraseHint = Comunique la frase a la otra oficina por teléfono, nunca en el mismo mensaje ni en la misma memoria USB que el archivo. Al menos 12 caracteres.
handover-passphrase = Frase de contraseña de un solo uso
handover-passphraseAgain = Repita la frase de contraseña
handover-warning = Tras el traspaso, este caso queda en solo lectura en este portátil hasta que vuelva.
handover-run = Traspasar…
handover-working = Cifrando y firmando…
handover-sent = Se guardó { $file } ({ $size }).
handover-readOnlyNow = El caso se traspasó a { $recipients } y ahora está en solo lectura aquí.
case-handedOver = Traspasado a { $recipients } el { $date }. Este caso está en solo lectura aquí hasta que vuelva.
receive-open = Recibir un traspaso…
receive-title = Recibir un traspaso
receive-intro = Elija el paquete de traspaso (.avrcase) que le entregaron. Verá quién lo envía y qué contiene antes de guardar nada.
receive-passphrase = Frase de contraseña (solo si el remitente le dio una)
receive-pick = Elegir el archivo…
receive-retry = Abrir de nuevo
receive-opened = Paquete del caso { $number } abierto. Compruebe el remitente antes de guardar.
receive-from = Enviado por
receive-trusted = En su lista de confianza.
receive-itself = Enviado desde este portátil.
receive-unknown = { $officer } no está en su lista de confianza. Llame a esa persona a un número que ya conozca y compare la huella antes de guardar.
receive-compared = He comparado la huella con { $officer }: coincide
receive-made = Paquete creado el { $date }.
receive-carries = Qué contiene
receive-case = Caso
receive-household = Grupo familiar
receive-persons = { $count ->
    [one] 1 persona
   *[other] { $count } personas
}
receive-recorded = Registrado
receive-counts = { $answers } respuestas, { $notes } notas
receive-consents = Consentimientos
receive-consentCounts = { $given } dados, { $withdrawn } retirados
receive-overrides = Salvaguardas con excepción
receive-none = ninguna
receive-returning = Este caso se traspasó desde aquí y vuelve: se reemplazará la copia en solo lectura de este portátil.
receive-save = Guardar el caso
receive-saved = Caso { $number } recibido y guardado.

# Ajustes › Manual: instalar una actualización firmada del manual (.avrbook) después de ver qué cambia.
book-title = Manual
book-inUse = Versión en uso
book-fromApp = el manual que viene con la aplicación
book-fromPackage = instalada desde una actualización del manual publicada el { $date }
book-notes = Notas de la versión
book-intro = Las actualizaciones del manual llegan como un archivo firmado (.avrbook), por ejemplo en una memoria USB. Verá qué cambia antes de instalar nada.
book-open = Instalar una actualización del manual…
book-showOlder = Ver de todos modos esta versión más antigua
book-working = Comprobando el paquete…
book-previewTitle = Qué cambia el manual { $version }
book-fromTo = De la versión { $from } a la versión { $to }
book-fromAppTo = Del manual que viene con la aplicación a la versión { $to }
book-publisher = Firmado con la clave del editor
book-made = Publicada el { $date } · { $files } archivos · { $size } KB
book-noChanges = Este paquete no cambia nada de lo que muestran el manual o los pasos de los casos.
book-editionChanges = Cambios en la edición en { $lang }
book-countChapters = Capítulos: { $added } añadidos, { $removed } eliminados, { $changed } modificados.
book-countSections = Secciones: { $added } añadidas, { $removed } eliminadas, { $changed } modificadas.
book-legend = Las palabras añadidas aparecen subrayadas; las eliminadas, tachadas.
book-kind-added = Añadido
book-kind-removed = Eliminado
book-kind-changed = Modificado
book-overview = Introducción (antes del primer título)
book-insStart = texto añadido:
book-insEnd = fin del texto añadido
book-delStart = texto eliminado:
book-delEnd = fin del texto eliminado
book-otherEditions = También cambian las ediciones en estas lenguas: { $langs }.
book-workflows = Pasos de los casos y salvaguardas
book-workflowNew = Nuevo flujo de caso «{ $title }», versión { $version }
book-workflowVersion = Flujo de caso «{ $title }», versión { $version }, comparado con la versión { $from }:
book-step-added = Paso nuevo: { $title }
book-step-removed = Paso eliminado: { $title }
book-step-changed = Paso modificado: { $title }
book-field-added = Pregunta nueva: { $title }
book-field-removed = Pregunta eliminada: { $title }
book-field-changed = Pregunta modificada: { $title }
book-safeguard-added = Salvaguarda nueva: { $title }
book-safeguard-removed = Salvaguarda eliminada: { $title }
book-safeguard-changed = Salvaguarda modificada: { $title }
book-changedKeys = qué cambió: { $keys }
book-workflowsKept = Los casos abiertos siguen en la versión del flujo con la que empezaron, con sus pasos y salvaguardas. Los casos nuevos empiezan en la versión nueva.
book-files = Otros archivos
book-file-added = Añadido: { $path }
book-file-removed = Eliminado: { $path }
book-file-changed = Modificado: { $path }
book-downgradeWarning = Este paquete es la versión { $to }, que no es más reciente que la versión { $from } en uso. Instalarlo devuelve indicaciones más antiguas.
book-downgradeConfirm = Quiero instalar esta versión más antigua.
book-cancel = Cerrar sin instalar
book-install = Instalar la versión { $version }
book-installed = El manual { $version } está instalado.
book-rolledBack = Vuelta atrás hecha: el manual ahora es { $version }.
book-audited = Queda anotado en el registro de auditoría.
book-notAudited = Queda anotado en el historial de instalación de este portátil. Los registros de casos están bloqueados, así que no consta en su registro de auditoría.
book-restartNeeded = El cambio se aplica al reiniciar la aplicación. Guarde antes su trabajo.
book-restart = Reiniciar la aplicación ahora
book-versions = Versiones instaladas
book-active = Activa
book-activeNone = el manual que viene con la aplicación
book-previous = Guardada para volver atrás
book-none = ninguna
book-rollback = Volver a la versión anterior
book-rollbackConfirm = ¿Volver de la versión { $from } a { $to }?
book-rollbackYes = Sí, volver atrás
book-rollbackNo = No, mantener esta versión
book-history = Historial
book-historyInstalled = { $date }: instalada { $to } (antes: { $from }), clave del editor { $key }
book-historyRolledBack = { $date }: vuelta atrás de { $from } a { $to }
book-noHistory = Todavía no se ha instalado ninguna actualización del manual en este portátil.
book-bundledShort = el manual propio de la aplicación
