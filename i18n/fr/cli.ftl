cli-error = erreur : { $message }
cli-search-did-you-mean = vouliez-vous dire : { $suggestion }
cli-search-none = aucun résultat.
cli-search-closest = chapitre le plus proche : { $title } ({ $id })
cli-cases-count = { $count ->
    [one] { $count } dossier
   *[other] { $count } dossiers
}
cli-store-created = dossiers chiffrés créés dans { $dir }
cli-restored = { $file } restaurée ; l’ancienne base a été mise de côté
cli-audit-intact = journal d’audit intact : { $events } événements, tête { $head }
cli-stop-for-members = bloque pour des membres du ménage : { $names }
