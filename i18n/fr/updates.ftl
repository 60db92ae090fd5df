# Mises à jour du manuel (.avrbook) : pourquoi un paquet est refusé, et `avr handbook keygen|pack|inspect|install|rollback|versions`.
update-too-big = paquet du manuel trop volumineux ({ $bytes } octets ; { $max } au maximum) : refusé, rien n’a été installé
update-unreadable = ce n’est pas un paquet du manuel (.avrbook), ou il est abîmé : { $detail }. Rien n’a été installé.
update-missing-manifest = paquet du manuel sans manifest.json : refusé, rien n’a été installé
update-bad-manifest = paquet du manuel : son manifeste est illisible ({ $detail }) ; refusé, rien n’a été installé
update-unsupported-format = paquet du manuel au format { $format }, que cette version de l’application ne sait pas lire : refusé, rien n’a été installé
update-bad-signature = paquet du manuel : la signature de l’éditeur ne correspond pas au manifeste (modifié après signature, ou jamais signé) ; refusé, rien n’a été installé
update-unknown-publisher = paquet du manuel signé avec une clé que l’application ne reconnaît pas (identifiant { $key }) : refusé, rien n’a été installé
update-bad-path = paquet du manuel : il contient un chemin qui pourrait sortir du dossier du manuel ou cacher un fichier ({ $path }) ; refusé, rien n’a été installé
update-not-a-file = paquet du manuel : { $path } n’est pas un fichier ordinaire (lien, dossier ou périphérique) ; refusé, rien n’a été installé
update-duplicate = paquet du manuel : { $path } y figure deux fois ; refusé, rien n’a été installé
update-not-in-manifest = paquet du manuel : { $path } ne figure pas dans le manifeste signé ; refusé, rien n’a été installé
update-missing-file = paquet du manuel : { $path } est annoncé dans le manifeste mais absent ; refusé, rien n’a été installé
update-hash-mismatch = paquet du manuel : { $path } n’est pas le fichier signé par l’éditeur (son SHA-256 diffère) ; refusé, rien n’a été installé
update-bad-version = « { $version } » n’est pas une version du manuel : écrivez des nombres entiers séparés par des points, par exemple 2026.2
update-not-newer = le paquet { $version } n’est pas plus récent que le manuel utilisé ({ $current }) : refusé, rien n’a été installé. Pour revenir volontairement à un manuel plus ancien, confirmez le retour en arrière.
update-does-not-load = paquet du manuel : son contenu ne se charge pas ({ $detail }) ; refusé, rien n’a été installé
update-workflow-changed = paquet du manuel : il modifie le parcours { $workflow } version { $version }, que des dossiers suivent peut-être. Une version publiée ne se modifie jamais : l’éditeur doit publier une nouvelle version. Refusé, rien n’a été installé.
update-workflow-removed = paquet du manuel : il supprime le parcours { $workflow } version { $version }, que des dossiers suivent peut-être ; refusé, rien n’a été installé
update-key = clé de l’éditeur : { $detail }
update-io = { $path } : { $detail }
update-nothing-to-roll-back = aucun paquet du manuel n’est installé : le manuel livré avec l’application est déjà utilisé

cli-book-keygen-done = Paire de clés d’éditeur écrite. Clé secrète : { $secret } (à garder hors ligne et hors du dépôt). Clé publique : { $public } (celle que les installations reconnaissent).
cli-book-keygen-exists = { $file } existe déjà : une clé n’est jamais écrasée, choisissez un autre nom
cli-book-packed = { $file } : manuel { $version }, { $files } fichiers, { $bytes } octets, empaqueté et signé en { $ms } ms
cli-book-header = Paquet du manuel { $version } (utilisé actuellement : { $current }), créé le { $made } : { $files } fichiers, { $bytes } octets, vérifié en { $ms } ms
cli-book-verified = La signature de l’éditeur est vérifiée et chaque fichier correspond au manifeste signé.
cli-book-notes = Notes de version :
cli-book-downgrade = Attention : la version { $version } n’est pas plus récente que le manuel utilisé ({ $current }).
cli-book-unchanged = Rien de ce que montrent le manuel ou les parcours ne change.
cli-book-edition = Édition { $lang } :
cli-book-chapter = { $kind ->
    [added] + chapitre ajouté : { $title } ({ $id })
    [removed] - chapitre supprimé : { $title } ({ $id })
   *[changed] ~ chapitre modifié : { $title } ({ $id })
}
cli-book-section = { $kind ->
    [added] + section ajoutée : { $title }
    [removed] - section supprimée : { $title }
   *[changed] ~ section modifiée : { $title }
}
cli-book-words-legend = (dans les sections modifiées, [-mots-] ont été retirés et {"{"}+mots+{"}"} ajoutés)
cli-book-workflow-new = Parcours { $workflow } version { $version } ({ $title }) : nouveau parcours
cli-book-workflow-version = Parcours { $workflow } version { $version } ({ $title }), comparé à la version { $base } :
cli-book-workflow-same = aucune étape ni aucun garde-fou ne diffère
cli-book-step = { $kind ->
    [added] + étape ajoutée : « { $title } » ({ $id })
    [removed] - étape supprimée : « { $title } » ({ $id })
   *[changed] ~ étape modifiée : « { $title } » ({ $id }) ; ce qui diffère : { $keys }
}
cli-book-safeguard = { $kind ->
    [added] + garde-fou ajouté : « { $title } » ({ $id })
    [removed] - garde-fou supprimé : « { $title } » ({ $id })
   *[changed] ~ garde-fou modifié : « { $title } » ({ $id }) ; ce qui diffère : { $keys }
}
cli-book-field = { $kind ->
    [added] + question ajoutée : « { $title } » ({ $id })
    [removed] - question supprimée : « { $title } » ({ $id })
   *[changed] ~ question modifiée : « { $title } » ({ $id }) ; ce qui diffère : { $keys }
}
cli-book-file = { $kind ->
    [added] + fichier ajouté : { $path }
    [removed] - fichier supprimé : { $path }
   *[changed] ~ fichier modifié : { $path }
}
cli-book-ask = Installer ce manuel ? [o/N]
cli-book-ask-downgrade = Ce paquet remplace le manuel utilisé par une version plus ancienne ou identique. L’installer quand même ? [o/N]
cli-book-installed = Manuel { $version } installé en { $ms } ms ; il sera utilisé au prochain démarrage. Le manuel utilisé jusqu’ici ({ $previous }) est conservé : `avr handbook rollback` permet d’y revenir.
cli-book-installed-first = Manuel { $version } installé en { $ms } ms ; il sera utilisé au prochain démarrage. `avr handbook rollback` permet de revenir au manuel livré avec l’application.
cli-book-rolled-back = Retour en arrière effectué : au prochain démarrage, le manuel { $version } sera utilisé.
cli-book-rolled-back-bundled = Retour en arrière effectué : au prochain démarrage, le manuel livré avec l’application sera utilisé.
cli-book-in-use = Utilisé actuellement : manuel { $version } ({ $source ->
    [installed] un paquet installé
   *[bundled] le manuel livré avec l’application
})
cli-book-active = Installé, utilisé au prochain démarrage : { $version }
cli-book-previous = Conservé pour un retour en arrière : { $version }
cli-book-none-installed = Aucun paquet du manuel n’est installé.
cli-book-no-version = sans version
cli-book-history = Historique des installations (la plus récente d’abord) :
cli-book-history-installed = { $at } : { $to } installée (avant : { $from }), clé de l’éditeur { $key }
cli-book-history-rolled-back = { $at } : retour de { $from } à { $to }
cli-book-history-bundled = le manuel fourni avec l’application
cli-book-test-key = version de développement : la clé d’éditeur de test de { $file } est aussi reconnue
