# Actualizaciones del manual (.avrbook): por qué se rechaza un paquete, y `avr handbook keygen|pack|inspect|install|rollback|versions`.
update-too-big = paquete del manual demasiado grande ({ $bytes } bytes; { $max } como máximo): rechazado, no se ha instalado nada
update-unreadable = no es un paquete del manual (.avrbook), o está dañado: { $detail }. No se ha instalado nada.
update-missing-manifest = paquete del manual sin manifest.json: rechazado, no se ha instalado nada
update-bad-manifest = paquete del manual: no se puede leer su manifiesto ({ $detail }); rechazado, no se ha instalado nada
update-unsupported-format = paquete del manual en formato { $format }, que esta versión de la aplicación no sabe leer: rechazado, no se ha instalado nada
update-bad-signature = paquete del manual: la firma del editor no corresponde a su manifiesto (cambiado después de firmarlo, o sin firmar); rechazado, no se ha instalado nada
update-unknown-publisher = paquete del manual firmado con una clave que la aplicación no reconoce (identificador { $key }): rechazado, no se ha instalado nada
update-bad-path = paquete del manual: contiene una ruta que podría salir de la carpeta del manual u ocultar un archivo ({ $path }); rechazado, no se ha instalado nada
update-not-a-file = paquete del manual: { $path } no es un archivo normal (un enlace, una carpeta o un dispositivo); rechazado, no se ha instalado nada
update-duplicate = paquete del manual: { $path } aparece dos veces; rechazado, no se ha instalado nada
update-not-in-manifest = paquete del manual: { $path } no figura en el manifiesto firmado; rechazado, no se ha instalado nada
update-missing-file = paquete del manual: { $path } figura en el manifiesto pero falta; rechazado, no se ha instalado nada
update-hash-mismatch = paquete del manual: { $path } no es el archivo que firmó el editor (su SHA-256 es distinto); rechazado, no se ha instalado nada
update-bad-version = «{ $version }» no es una versión del manual: escriba números enteros separados por puntos, por ejemplo 2026.2
update-not-newer = el paquete { $version } no es más reciente que el manual en uso ({ $current }): rechazado, no se ha instalado nada. Para volver a propósito a un manual anterior, confirme la vuelta atrás.
update-does-not-load = paquete del manual: su contenido no se carga ({ $detail }); rechazado, no se ha instalado nada
update-workflow-changed = paquete del manual: modifica el flujo { $workflow } versión { $version }, que quizá siguen algunos casos. Una versión publicada nunca se modifica: el editor debe publicar una versión nueva. Rechazado, no se ha instalado nada.
update-workflow-removed = paquete del manual: elimina el flujo { $workflow } versión { $version }, que quizá siguen algunos casos; rechazado, no se ha instalado nada
update-key = clave del editor: { $detail }
update-io = { $path }: { $detail }
update-nothing-to-roll-back = no hay ningún paquete del manual instalado: ya se usa el manual que vino con la aplicación

cli-book-keygen-done = Par de claves de editor escrito. Clave secreta: { $secret } (guárdela sin conexión y fuera del repositorio). Clave pública: { $public } (la que reconocen las instalaciones).
cli-book-keygen-exists = { $file } ya existe: una clave nunca se sobrescribe, elija otro nombre
cli-book-packed = { $file }: manual { $version }, { $files } archivos, { $bytes } bytes, empaquetado y firmado en { $ms } ms
cli-book-header = Paquete del manual { $version } (en uso ahora: { $current }), creado el { $made }: { $files } archivos, { $bytes } bytes, comprobado en { $ms } ms
cli-book-verified = La firma del editor está verificada y cada archivo corresponde al manifiesto firmado.
cli-book-notes = Notas de la versión:
cli-book-downgrade = Atención: la versión { $version } no es más reciente que el manual en uso ({ $current }).
cli-book-unchanged = No cambia nada de lo que muestran el manual o los flujos.
cli-book-edition = Edición { $lang }:
cli-book-chapter = { $kind ->
    [added] + capítulo añadido: { $title } ({ $id })
    [removed] - capítulo eliminado: { $title } ({ $id })
   *[changed] ~ capítulo modificado: { $title } ({ $id })
}
cli-book-section = { $kind ->
    [added] + sección añadida: { $title }
    [removed] - sección eliminada: { $title }
   *[changed] ~ sección modificada: { $title }
}
cli-book-words-legend = (en las secciones modificadas, [-palabras-] se quitaron y {"{"}+palabras+{"}"} se añadieron)
cli-book-workflow-new = Flujo { $workflow } versión { $version } ({ $title }): un flujo nuevo
cli-book-workflow-version = Flujo { $workflow } versión { $version } ({ $title }), comparado con la versión { $base }:
cli-book-workflow-same = ningún paso ni ninguna salvaguarda es distinto
cli-book-step = { $kind ->
    [added] + paso añadido: «{ $title }» ({ $id })
    [removed] - paso eliminado: «{ $title }» ({ $id })
   *[changed] ~ paso modificado: «{ $title }» ({ $id }); lo que cambia: { $keys }
}
cli-book-safeguard = { $kind ->
    [added] + salvaguarda añadida: «{ $title }» ({ $id })
    [removed] - salvaguarda eliminada: «{ $title }» ({ $id })
   *[changed] ~ salvaguarda modificada: «{ $title }» ({ $id }); lo que cambia: { $keys }
}
cli-book-field = { $kind ->
    [added] + pregunta añadida: «{ $title }» ({ $id })
    [removed] - pregunta eliminada: «{ $title }» ({ $id })
   *[changed] ~ pregunta modificada: «{ $title }» ({ $id }); lo que cambia: { $keys }
}
cli-book-file = { $kind ->
    [added] + archivo añadido: { $path }
    [removed] - archivo eliminado: { $path }
   *[changed] ~ archivo modificado: { $path }
}
cli-book-ask = ¿Instalar este manual? [s/N]
cli-book-ask-downgrade = Este paquete sustituye el manual en uso por una versión más antigua o igual. ¿Instalarlo de todos modos? [s/N]
cli-book-installed = Manual { $version } instalado en { $ms } ms; se usará a partir del próximo inicio. Se conserva el manual usado hasta ahora ({ $previous }): `avr handbook rollback` vuelve a él.
cli-book-installed-first = Manual { $version } instalado en { $ms } ms; se usará a partir del próximo inicio. `avr handbook rollback` vuelve al manual que vino con la aplicación.
cli-book-rolled-back = Vuelta atrás hecha: a partir del próximo inicio se usará el manual { $version }.
cli-book-rolled-back-bundled = Vuelta atrás hecha: a partir del próximo inicio se usará el manual que vino con la aplicación.
cli-book-in-use = En uso ahora: manual { $version } ({ $source ->
    [installed] un paquete instalado
   *[bundled] el manual que vino con la aplicación
})
cli-book-active = Instalado, se usará a partir del próximo inicio: { $version }
cli-book-previous = Conservado para volver atrás: { $version }
cli-book-none-installed = No hay ningún paquete del manual instalado.
cli-book-no-version = sin versión
cli-book-history = Historial de instalaciones (la más reciente primero):
cli-book-history-installed = { $at }: instalada { $to } (antes: { $from }), clave del editor { $key }
cli-book-history-rolled-back = { $at }: vuelta atrás de { $from } a { $to }
cli-book-history-bundled = el manual que viene con la aplicación
cli-book-test-key = versión de desarrollo: también se reconoce la clave de editor de prueba de { $file }
