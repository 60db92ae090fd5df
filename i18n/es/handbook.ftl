callout-never = Nunca
callout-always = Siempre
callout-decision = Punto de decisión
callout-warning = Advertencia
callout-note = Nota
footnotes = Notas
footnote-back = Volver al texto
