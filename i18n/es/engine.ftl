# Lo que el motor de los flujos y las reglas del caso dicen de una respuesta, una excepción o una corrección (las
# etiquetas de los campos, los títulos de las salvaguardas y lo que las levanta vienen del flujo, en el mismo idioma).

# Una respuesta leída según su campo. `answer-problem` pone la etiqueta del campo delante del problema.
answer-problem = { $label }: { $problem }
answer-not-an-option = «{ $value }» no es una de las opciones.
answer-chosen-twice = Hay una opción elegida dos veces.
answer-not-a-date = «{ $value }» no es una fecha: escríbala AAAA-MM-DD.
answer-wrong-kind = { $kind ->
    [yes_no] Este campo lleva una respuesta sí o no.
    [single] Este campo lleva una de sus opciones.
    [multi] Este campo lleva una lista de sus opciones.
    [date] Este campo lleva una fecha.
    [number] Este campo lleva un número.
   *[text] Este campo lleva un texto.
}
answer-below-min = { $value } es menor que la respuesta más pequeña admitida, { $min }.
answer-above-max = { $value } es mayor que la respuesta más grande admitida, { $max }.
answer-too-long = { $chars } caracteres: se guardan { $max } como máximo.
answer-control-character = El texto lleva un carácter de control ({ $code }): péguelo de nuevo como texto sin formato.
answer-in-future = El { $date } es una fecha futura (hoy es { $today }).
answer-not-yes-no = Responda sí o no (no «{ $value }»).
answer-not-a-number = «{ $value }» no es un número.

# Una excepción del supervisor que el motor no aplica.
override-no-such-safeguard = Este flujo no tiene ninguna salvaguarda «{ $id }»: la excepción no tiene efecto.
override-never = Esta salvaguarda nunca admite excepción. Lo que la levanta: { $lift }
override-incomplete = Una excepción necesita el nombre del supervisor y un motivo: no se aplica.
override-undetermined = La excepción no se aplica: solo puede responder a una situación conocida, y todavía faltan estas respuestas: { $fields }.
override-list-separator = {"; "}

# Las reglas del caso que rechazan un guardado, una corrección o una excepción.
rule-final-answer = { $label }: un «sí» registrado es definitivo. Si se registró por error, registre una corrección con el motivo y el nombre de un supervisor; si la persona vuelve a cambiar de opinión, abra un caso nuevo.
rule-reserved-key = { $field }: las excepciones se registran con el nombre de un supervisor y un motivo, y los bloqueos fijados los registra el flujo.
rule-no-such-question = { $field }: el flujo { $workflow } v{ $version } no tiene esa pregunta.
rule-correction-reason = Corrección de «{ $label }»: explique por qué la respuesta era errónea, en una frase que un revisor pueda comprobar (al menos { $min } caracteres).
rule-correction-final = Corrección de «{ $label }»: cambia una respuesta definitiva, así que indique el nombre completo del supervisor.
rule-correction-never = Corrección de «{ $label }»: levanta un bloqueo que nunca admite excepción ({ $safeguards }), así que indique el nombre completo del supervisor.
rule-override-not-holding = { $safeguard }: esta salvaguarda no se aplica a este caso.
rule-override-never = { $title }: esta salvaguarda nunca admite excepción.
rule-override-undetermined = { $title }: este bloqueo se mantiene solo porque faltan respuestas que lo deciden ({ $fields }). Regístrelas primero; después un supervisor podrá examinar la situación que describen.
rule-override-incomplete = Excepción: indique el nombre completo del supervisor y un motivo que un revisor pueda comprobar (al menos { $min } caracteres).

# Un caso importado rechazado: `import-problem` pone el lugar del archivo delante del problema.
import-problem = { $place }: { $problem }
import-closed-without-date = un caso cerrado debe indicar cuándo se cerró (si no, nunca podría purgarse).
import-unknown-stage = «{ $stage }» no es una etapa del flujo { $workflow } v{ $version }.
import-too-many = { $count } entradas: se aceptan { $max } como máximo.
import-no-principal = un caso necesita a su solicitante principal.
import-same-person-id = dos personas tienen el mismo identificador.
import-consent-unknown-person = la persona { $person } no forma parte del hogar de este caso.
import-answered-twice = respondida dos veces.
import-override-unknown = una excepción a una salvaguarda que este flujo no tiene.
import-override-incomplete = una excepción necesita el nombre completo del supervisor y un motivo de al menos { $min } caracteres.
import-latch-unknown = un bloqueo fijado de una salvaguarda que este flujo no fija.
import-not-a-latch = no es un registro de bloqueo fijado.
import-no-such-question = el flujo { $workflow } v{ $version } no tiene esa pregunta.
import-not-an-answer = no es una respuesta que este campo pueda contener.
rule-no-such-member = { $key }: este hogar no tiene ningún miembro { $position }.
rule-not-per-member = { $key }: { $what ->
    [override] una excepción
   *[answer] esta respuesta
} se registra una sola vez para todo el caso, no por cada miembro del hogar (flujo { $workflow } v{ $version }).
rule-member-key = { $key }: la clave de un miembro se escribe member:<posición>:<campo>, con posición 1 o mayor.
