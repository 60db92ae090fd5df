# Ce que disent les erreurs du cœur (`CaseError::message`, `Error::message`), affichées par l'application et la
# ligne de commande dans la langue de l'interface. Les détails techniques venus d'ailleurs (le système, SQLite)
# sont cités tels quels dans $error ou $detail.
error-wrong-passphrase = Cette phrase secrète n'ouvre pas les dossiers.
error-not-created = Il n'y a pas encore de dossiers dans { $path } : choisissez une phrase secrète pour les créer.
error-already-exists = Des dossiers existent déjà dans { $path }.
error-storage-corrupt = Les dossiers sont endommagés ({ $detail }). Ils ont été mis de côté dans { $moved } et rien n'a été écrasé : restaurez une sauvegarde pour continuer.
error-invalid = { $field } : { $message }
error-not-found = { $what ->
    [case] Il n'y a pas de dossier { $id }.
    [person] Il n'y a pas de personne { $id }.
    [person-in-this-case] La personne { $id } ne fait pas partie de ce dossier.
    [consent] Il n'y a pas de consentement enregistré { $id }.
    [workflow] Il n'y a pas de workflow { $id }.
    [card-on-the-trust-list] Aucune carte de la liste de confiance n'a l'empreinte { $id }.
    [handbook-edition] Il n'y a pas d'édition { $id } du manuel.
    [chapter] Il n'y a pas de chapitre { $id }.
    [section] Il n'y a pas de section { $id }.
   *[other] Introuvable : { $id }.
}
error-case-not-open = { $status ->
    [closed] Le dossier { $number } est clos : rouvrez-le avant de le modifier.
   *[other] Le dossier { $number } a été purgé : il ne peut plus être modifié.
}
error-already-in-state = { $status ->
    [open] Le dossier { $number } est déjà ouvert.
    [closed] Le dossier { $number } est déjà clos.
   *[other] Le dossier { $number } a déjà été purgé.
}
error-case-number-taken = Le dossier { $number } existe déjà ici : il a déjà été importé ou créé sur ce poste.
error-broken-link = Le journal d'audit est rompu à l'événement { $event } : { $reason }
error-migration-changed = La mise à jour { $version } ({ $name }) des dossiers n'est pas celle avec laquelle ils ont été mis à jour : ils ne sont pas ouverts (une mise à jour livrée ne doit jamais être modifiée).
error-too-new = Les dossiers ont été écrits par une version plus récente de l'application (format { $found } ; cette version connaît le { $supported }) : mettez l'application à jour.
error-backup = Sauvegarde { $path } : { $message }
error-io = { $path } : { $error }
error-handed-over = Ce dossier a été transmis à un autre bureau et n'est ici qu'en lecture : il pourra de nouveau être modifié quand il reviendra.
error-database = Dossiers : { $error }
error-migration = Mise à jour des dossiers : { $error }

# Les erreurs propres au cœur autour des dossiers, du manuel et de l'historique de lecture.
error-locked = Les dossiers sont verrouillés : saisissez la phrase secrète.
error-reading-state = Historique de lecture et signets : { $error }

# L'api qui refuse ce qui est demandé.
error-staff-name = Nom de l'agent : saisissez votre nom ; il est inscrit comme auteur de chaque modification.
error-no-principal = Un dossier a besoin de son demandeur principal.
error-not-a-backup = « { $file } » n'est pas le nom d'une sauvegarde.
error-purge-too-soon = Seuls les dossiers clos depuis au moins { $min } jours peuvent être purgés (demandé : { $asked } jours).

# Cartes de bureau et paquets de transmission (ce que le lecteur a trouvé dans un fichier mal formé est cité
# dans $detail).
identity-bad-card = carte de bureau : { $detail }
identity-bad-package = paquet de transmission : { $detail }
identity-bad-signature = paquet de transmission : la signature ne correspond pas au contenu (modifié, tronqué ou signé à nouveau après sa création) : refusé, rien n'a été enregistré
identity-not-for-us = paquet de transmission : il n'est pas adressé à ce poste (destinataires : { $recipients })
identity-wrong-passphrase = paquet de transmission : la phrase secrète ne l'ouvre pas
identity-encrypt = paquet de transmission : le chiffrement a échoué : { $detail }
identity-unknown-sender = paquet de transmission : l'expéditeur { $officer } ({ $office }, carte { $fingerprint }) n'est pas sur la liste de confiance de ce poste : comparez l'empreinte avec lui (par téléphone), puis confirmez pour le recevoir ; rien n'a été enregistré
identity-revoked-sender = paquet de transmission : la carte { $fingerprint } de l'expéditeur ({ $officer }, { $office }) a été révoquée sur ce poste : refusé, rien n'a été enregistré
identity-not-trusted = carte de bureau { $fingerprint } : absente de la liste de confiance de ce poste (ou révoquée) : ajoutez-la après avoir comparé son empreinte avant de lui transmettre quoi que ce soit
identity-older-than-handover = paquet de transmission : créé le { $made }, avant que le dossier { $number } soit transmis d'ici ({ $handed }) : copie plus ancienne, refusée ; rien n'a été enregistré
identity-expired-card = la carte de bureau de { $officer } ({ $office }, { $fingerprint }) a expiré le { $expired } : demandez-lui sa nouvelle carte, comparez son empreinte et accordez-lui votre confiance ; rien n'a été envoyé ni enregistré
identity-keys = les clés de ce poste ne peuvent pas être lues : { $detail }

# Un champ refusé d'un dossier, d'une personne ou d'une note : `error-field` nomme le champ (tel quel s'il n'a pas
# d'entrée ici), `invalid-…` dit pourquoi.
error-field = { $field ->
    [disembarkation-date] date de débarquement
    [date-of-birth] date de naissance
    [due-date] date d'échéance
    [due-by] échéance au plus tard le
    [note] note
    [name] nom
    [given-names] prénoms
    [family-name] nom de famille
    [other-names] autres noms
    [sex] sexe
    [nationality] nationalité
    [relationship] lien de parenté
    [household] ménage
    [consent-recipient] destinataire du consentement
    [consent-language] langue du consentement
    [interpreter] interprète
    [passphrase] phrase secrète
   *[other] { $name }
}
invalid-date = écrivez la date sous la forme AAAA-MM-JJ
invalid-disembarkation-future = le { $date } est dans le futur (nous sommes le { $today }) ; indiquez le jour où la personne a débarqué
invalid-before-2000 = le { $date } est antérieur à 2000 ; vérifiez l'année
invalid-in-future = le { $date } est dans le futur (nous sommes le { $today })
invalid-too-old = le { $date } remonte à plus de 130 ans ; vérifiez l'année
invalid-empty = est vide
invalid-too-many-bytes = { $bytes } octets dépassent la limite de { $max } octets (64 Kio) ; découpez le texte
invalid-nul = contient un caractère NUL
invalid-required = est obligatoire
invalid-too-many-chars = { $chars } caractères dépassent la limite de { $max }
invalid-control-character = contient un caractère de contrôle (saut de ligne, tabulation ou NUL)
invalid-code = ne peut contenir que des lettres ASCII, des chiffres et . _ - :
invalid-too-many-flags = { $count } indicateurs dépassent la limite de { $max }
invalid-passphrase-spaces = ne doit ni commencer ni finir par une espace
invalid-passphrase-raw-key = ne doit pas s'écrire x'…' (SQLCipher la lirait comme une clé brute)
invalid-no-name = saisissez un prénom ou un nom de famille
invalid-household-size = plus de { $max } membres

# Une sauvegarde refusée, après le nom de fichier de `error-backup` ; un changement de phrase secrète inachevé.
backup-wrong-passphrase = elle ne s'ouvre pas avec cette phrase secrète (elle a été faite sous une autre, ou elle est endommagée)
backup-damaged = elle est endommagée
backup-damaged-detail = elle est endommagée ({ $detail })
backup-busy = la base est restée occupée
backup-check-failed = la copie ne passe pas la vérification : { $detail }
backup-pages-not-rekeyed = { $pages } pages n'ont pas été rechiffrées
invalid-not-encrypted = ces dossiers ne sont pas chiffrés
invalid-rekey-incomplete = le changement n'a pas abouti ({ $pages } pages non rechiffrées) ; l'ancienne phrase secrète reste valable
