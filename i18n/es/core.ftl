workflow-required-default = Responda: { $label }

# Elección de una frase de contraseña (primer uso, cambio): por qué se rechaza y los consejos de zxcvbn.
passphrase-too-short = La frase de contraseña debe tener al menos { $min } caracteres; esta tiene { $chars }.
passphrase-too-weak = Esta frase de contraseña es demasiado fácil de adivinar (solidez { $score } de 4; se necesita al menos { $min }).
passphrase-warning-key-rows = Las filas seguidas de teclas son fáciles de adivinar.
passphrase-warning-keyboard-patterns = Los patrones cortos de teclado son fáciles de adivinar.
passphrase-warning-repeats = Los caracteres repetidos como «aaa» son fáciles de adivinar.
passphrase-warning-repeated-groups = Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».
passphrase-warning-common = Es una de las contraseñas más comunes.
passphrase-warning-similar-to-common = Se parece mucho a una contraseña de uso común.
passphrase-warning-sequences = Las secuencias como «abc» o «6543» son fáciles de adivinar.
passphrase-warning-recent-years = Los años recientes son fáciles de adivinar.
passphrase-warning-single-word = Una palabra sola es fácil de adivinar.
passphrase-warning-dates = Las fechas suelen ser fáciles de adivinar.
passphrase-warning-names = Los nombres y apellidos son fáciles de adivinar.
passphrase-suggest-few-words = Use varias palabras que no tengan relación entre sí; evite las frases hechas.
passphrase-suggest-no-symbols-needed = No hacen falta símbolos, cifras ni mayúsculas.
passphrase-suggest-another-word = Añada una o dos palabras más; mejor si son poco comunes.
passphrase-suggest-capitals = Las mayúsculas no ayudan mucho.
passphrase-suggest-reversed = Las palabras escritas al revés no son mucho más difíciles de adivinar.
passphrase-suggest-substitutions = Las sustituciones previsibles como «@» por «a» no ayudan mucho.
passphrase-suggest-keyboard = Use un patrón de teclado más largo y con más cambios de dirección.
passphrase-suggest-repeats = Evite repetir palabras y caracteres.
passphrase-suggest-sequences = Evite las secuencias.
passphrase-suggest-dates = Evite fechas y años relacionados con usted.

# Preparación de la partida: lo que el motor comprueba para cada documento con fecha y cada requisito del
# [departure] de un flujo (etiquetas de campos y títulos de salvaguardas tomados del flujo, en el mismo idioma).
readiness-safeguards-label = Ninguna salvaguarda impide la partida
readiness-no-planned-date = no hay fecha de partida prevista
readiness-not-recorded = { $field }: sin registrar
readiness-after-departure = { $field }: { $date }, posterior a la partida prevista el { $planned }
readiness-before-departure = { $field }: { $date }, anterior a la partida prevista el { $planned }
readiness-covers = cubre la partida
readiness-covers-dated = con fecha { $dated }: cubre la partida
readiness-covers-until = válido hasta el { $until }: cubre la partida
readiness-covers-dated-until = con fecha { $dated }, válido hasta el { $until }: cubre la partida
readiness-holds = se cumple
readiness-does-not-hold = no se cumple
readiness-unknown = aún no se sabe: faltan respuestas
readiness-no-safeguard-blocks = ninguna salvaguarda bloquea el paso de la partida
readiness-blocked-by = bloqueado por: { $safeguards }
readiness-overridden = excepción del supervisor: { $safeguards }
readiness-step-hidden = el paso de la partida no aparece con estas respuestas
readiness-separator = {"; "}
