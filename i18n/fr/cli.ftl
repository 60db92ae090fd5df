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
cli-stop-overridden = dérogation accordée par { $supervisor } : { $reason }
cli-step-not-recorded = non renseigné
cli-case-header = { $number } (id { $id }) · { $status } · phase { $stage } · { $workflow }
cli-case-status-open = Ouvert
cli-case-status-closed = Clos
cli-case-status-purged = Purgé
cli-step-done = fait
cli-step-to-do = à faire
cli-step-blocked = BLOQUÉ
cli-step-current = ← étape en cours
cli-stop = blocage : { $title } ({ $status }) [{ $id }] : { $rule }
cli-stop-status-blocking = en vigueur
cli-stop-status-overridden = dérogation accordée
cli-stop-triggered = déclenché le { $date } par { $name }
cli-stop-triggered-by-answer = déclenché le { $date } par { $name } (réponse « { $field } »)
cli-stop-member = { $name } [membre { $position }]
cli-stop-invalid-input = une réponse lue par ce blocage n'est pas valide pour sa question : corrigez-la
cli-stop-lifts-when = pour le lever : { $lift }
cli-check = à revoir, { $field } : { $message }
cli-departure-ready = prêt pour le départ : { $ready }
cli-yes = oui
cli-no = non
cli-audit-anchor-consistent = la chaîne atteint le dernier état constaté hors de la base (cases.anchor)
cli-audit-anchor-missing = aucun relevé du dernier état hors de la base pour l’instant : un retour en arrière ne peut pas être vérifié avant la prochaine modification
cli-audit-anchor-invalid = ATTENTION : le relevé du dernier état (cases.anchor) ne se vérifie pas avec la clé de cette base : falsifié, endommagé ou provenant d’une autre base
cli-audit-anchor-behind = ATTENTION : la chaîne s’arrête à l’événement { $db }, mais l’événement { $anchor } avait été constaté : il s’agit d’une copie plus ancienne de la base, ou des modifications ont été perdues avec son journal
cli-audit-anchor-diverged = ATTENTION : l’événement { $at } n’est pas celui constaté auparavant : la chaîne a été réécrite
cli-audit-rollbacks = ATTENTION : des retours en arrière ont été constatés à l’ouverture de la base, enregistrés comme événements d’audit { $ids }
cli-failed-unlocks = { $count ->
    [one] ATTENTION : 1 tentative de déverrouillage échouée depuis le dernier déverrouillage, le { $last }
   *[other] ATTENTION : { $count } tentatives de déverrouillage échouées depuis le dernier déverrouillage, la dernière le { $last }
}
cli-passphrase-changed = { $backups ->
    [one] phrase secrète changée ; 1 sauvegarde rechiffrée
   *[other] phrase secrète changée ; { $backups } sauvegardes rechiffrées
}
cli-passphrase-backup-not-rekeyed = sauvegarde non rechiffrée (elle s'ouvre toujours avec la phrase secrète de sa création) : { $file }
cli-passphrase-set-aside-rekeyed = fichier mis de côté rechiffré : { $file }
cli-passphrase-set-aside-removed = fichier mis de côté supprimé (il ne pouvait pas être rechiffré) : { $file }
# An export succeeded, but its PDF prints some characters as their code (U+1F64F) because no embedded font
# draws them (emoji). $codes lists them; $places the export's headings they were under.
cli-export-undrawable = { $count ->
    [one] attention : 1 caractère n'a pas pu être dessiné ; il est imprimé sous forme de code : { $codes }
   *[other] attention : { $count } caractères n'ont pas pu être dessinés ; ils sont imprimés sous forme de code : { $codes }
}
cli-export-undrawable-place = { "  " }{ $code } dans : { $places }
