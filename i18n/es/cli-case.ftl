# Los rechazos propios de la línea de órdenes sobre casos, opciones y archivos (`--lang`, si no $AVR_LANG, si no
# $LANG). Los nombres de las opciones y sus valores (`--status open`) se quedan como se escriben.
cli-reading-passphrase = no se pudo leer la frase de contraseña: { $error }
cli-passphrase-needed = indique la frase de contraseña en AVR_PASSPHRASE o por la entrada estándar
cli-no-case = no existe el caso { $case }
cli-status-option = --status { $value }: use open o closed
cli-workflow-problems = { $dir }: { $count ->
    [one] 1 problema
   *[other] { $count } problemas
}
cli-reading-stdin = no se pudo leer la entrada estándar: { $error }
cli-decision-option = --decision { $value }: use given o withdrawn
cli-no-member = --person { $position }: ningún miembro del hogar ocupa esa posición
cli-stdout-failed = salida estándar: { $error }
cli-blank-format = --blank: use --format pdf o --format md
cli-all-format = --all: use --format csv
cli-not-an-edition = { $dir }: no es la carpeta de una edición
