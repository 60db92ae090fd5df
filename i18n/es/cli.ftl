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
