cli-error = error: { $message }
cli-search-did-you-mean = quizás quiso decir: { $suggestion }
cli-search-none = sin resultados.
cli-search-closest = capítulo más cercano: { $title } ({ $id })
cli-cases-count = { $count ->
    [one] 1 caso
   *[other] { $count } casos
}
cli-store-created = registro cifrado de casos creado en { $dir }
cli-restored = { $file } restaurada; la base anterior se guardó aparte
cli-audit-intact = registro de auditoría intacto: { $events } eventos, cabeza { $head }
cli-stop-for-members = bloquea por miembros del hogar: { $names }
cli-stop-overridden = excepción autorizada por { $supervisor }: { $reason }
cli-step-not-recorded = sin registrar
cli-case-header = { $number } (id { $id }) · { $status } · etapa { $stage } · { $workflow }
cli-case-status-open = Abierto
cli-case-status-closed = Cerrado
cli-case-status-purged = Purgado
cli-step-done = hecho
cli-step-to-do = pendiente
cli-step-blocked = BLOQUEADO
cli-step-current = ← paso actual
cli-stop = bloqueo: { $title } ({ $status }) [{ $id }]: { $rule }
cli-stop-status-blocking = en vigor
cli-stop-status-overridden = con excepción autorizada
cli-stop-triggered = activado el { $date } por { $name }
cli-stop-triggered-by-answer = activado el { $date } por { $name } (respuesta «{ $field }»)
cli-stop-member = { $name } [miembro { $position }]
cli-stop-invalid-input = una respuesta que lee este bloqueo no es válida para su pregunta: corríjala
cli-stop-lifts-when = para levantarlo: { $lift }
cli-check = revisar { $field }: { $message }
cli-departure-ready = listo para la salida: { $ready }
cli-yes = sí
cli-no = no
cli-audit-anchor-consistent = la cadena llega al último estado registrado fuera de la base de datos (cases.anchor)
cli-audit-anchor-missing = todavía no hay registro del último estado fuera de la base de datos: no se puede comprobar una vuelta atrás hasta el próximo cambio
cli-audit-anchor-invalid = ATENCIÓN: el registro del último estado (cases.anchor) no se verifica con la clave de esta base: falsificado, dañado o de otra base
cli-audit-anchor-behind = ATENCIÓN: la cadena termina en el evento { $db }, pero se había registrado el evento { $anchor }: es una copia más antigua de la base, o se perdieron cambios con su registro
cli-audit-anchor-diverged = ATENCIÓN: el evento { $at } no es el que se registró antes: la cadena fue reescrita
cli-audit-rollbacks = ATENCIÓN: se detectaron vueltas atrás al abrir la base, registradas como eventos de auditoría { $ids }
cli-failed-unlocks = { $count ->
    [one] ATENCIÓN: 1 intento fallido de desbloqueo desde el último desbloqueo, el { $last }
   *[other] ATENCIÓN: { $count } intentos fallidos de desbloqueo desde el último desbloqueo, el último el { $last }
}
cli-passphrase-changed = { $backups ->
    [one] frase de contraseña cambiada; 1 copia de seguridad cifrada de nuevo
   *[other] frase de contraseña cambiada; { $backups } copias de seguridad cifradas de nuevo
}
cli-passphrase-backup-not-rekeyed = copia de seguridad no cifrada de nuevo (sigue abriéndose con la frase de contraseña con la que se hizo): { $file }
cli-passphrase-set-aside-rekeyed = archivo apartado cifrado de nuevo: { $file }
cli-passphrase-set-aside-removed = archivo apartado eliminado (no se podía volver a cifrar): { $file }
# An export succeeded, but its PDF prints some characters as their code (U+1F64F) because no embedded font
# draws them (emoji). $codes lists them; $places the export's headings they were under.
cli-export-undrawable = { $count ->
    [one] aviso: 1 carácter no se pudo dibujar y se imprime como su código: { $codes }
   *[other] aviso: { $count } caracteres no se pudieron dibujar y se imprimen como su código: { $codes }
}
cli-export-undrawable-place = { "  " }{ $code } en: { $places }
