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
