# Renouvellement d’une carte de bureau (issue 17) : les erreurs et `avr identity renew`. Les textes des Paramètres sont dans ui.ftl.
identity-forged-succession = carte de bureau : elle se présente comme le renouvellement de la carte de { $office } ({ $fingerprint }) de votre liste de confiance, mais cette carte n’a pas signé le renouvellement : il n’est pas accepté. Traitez-la comme une carte inconnue et comparez son empreinte avec le bureau par téléphone.
identity-succession-revoked = carte de bureau : elle se présente comme le renouvellement de la carte { $fingerprint } ({ $office }), révoquée sur ce poste : le renouvellement n’est pas accepté. Comparez son empreinte avec le bureau par téléphone avant de lui faire confiance.
identity-succession-expired = carte de bureau : elle se présente comme le renouvellement de la carte { $fingerprint } ({ $office }), expirée le { $expired } : une carte expirée ne peut pas garantir la suivante. Comparez son empreinte avec le bureau par téléphone avant de lui faire confiance.
cli-identity-renew-explain = Le renouvellement crée de nouvelles clés et une nouvelle carte de bureau, valable deux ans. Votre empreinte change : envoyez de nouveau la carte aux bureaux qui vous transmettent des dossiers. Les bureaux qui font confiance à votre carte actuelle ({ $fingerprint }) pourront vérifier la nouvelle sans appel téléphonique. Les paquets déjà envoyés à votre carte actuelle s’ouvriront encore ici jusqu’au { $expires }.
cli-identity-renew-ask = Renouveler la carte de bureau de ce poste ? [o/N]
cli-identity-renewed = carte de bureau renouvelée : nouvelle empreinte { $fingerprint } (c’était { $old }), valable jusqu’au { $expires }. Enregistrez-la avec `avr identity show -o FICHIER` et envoyez-la aux bureaux qui vous transmettent des dossiers.
cli-identity-renewal-of = La carte de { $office } a été renouvelée : nouvelle empreinte { $fingerprint }, signée par la carte à laquelle vous faisiez confiance ({ $old }).
identity-succession-damaged = sa déclaration de renouvellement { $part ->
    [other-card] désigne une autre carte que celle qui la porte
    [date] n’a pas de date au format AAAA-MM-JJ
    [key] ne désigne pas une clé de signature
    [signature] n’a pas de signature lisible
   *[changed] ne correspond pas à sa signature (elle a été modifiée)
} : refusée
identity-renewal-mismatch = la clé de signature fournie n’est pas celle de la carte à renouveler
identity-renewal-randomness = impossible de créer de nouvelles clés : le système n’a pas fourni d’aléa ({ $detail })
identity-renewal-unwritten = impossible d’écrire la déclaration de renouvellement ({ $detail })
identity-renewal-read-back = la carte renouvelée ne se relit pas telle qu’elle a été créée
identity-renewal-damaged = la déclaration de renouvellement conservée avec les clés est endommagée
identity-renewed-key-damaged = la clé conservée de l’ancienne carte { $fingerprint } est endommagée
identity-nothing-to-renew = il n’y a pas encore de carte de bureau à renouveler
identity-not-kept = les nouvelles clés n’ont pas été enregistrées
