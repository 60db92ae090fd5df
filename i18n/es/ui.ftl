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
export-format-json = JSON (traspaso)
export-formatHint-pdf = para imprimir o archivar, con líneas de firma
export-formatHint-csv = una fila por punto de la lista de verificación, para una hoja de cálculo
export-formatHint-markdown = texto sin formato
export-formatHint-html = una página web que se imprime bien
export-formatHint-json = el caso completo, para importarlo en otro portátil
export-paper = Tamaño del papel
export-letter = Carta
export-redact = Copia anonimizada
export-redactHint = omite nombres, fechas de nacimiento, números de documentos, notas libres y lo que cubría un consentimiento retirado
export-redactJson = un archivo de traspaso siempre lleva el caso completo; elija otro formato para una copia anonimizada
export-run = Exportar…
export-working = Exportando…
export-saved = Guardado: { $file } ({ $size }).
export-openFolder = Abrir carpeta
export-cancel = Cancelar
export-close = Cerrar
export-blank = Imprimir en papel (PDF)
export-paperForm = Formulario en papel
export-blankChecklist = Toda la lista de verificación, en blanco
export-list = Exportar esta lista (CSV)
export-import = Importar un caso (JSON)…
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
