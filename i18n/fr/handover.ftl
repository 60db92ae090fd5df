# `avr identity` et `avr handover` : cartes de bureau, liste de confiance et dossiers transmis entre bureaux.
cli-identity-card = Carte de bureau de cette installation : { $officer }, { $office } (clés créées le { $created }, valable jusqu’au { $expires })
cli-identity-fingerprint = Empreinte : { $fingerprint }
cli-identity-card-written = carte écrite dans { $file } : remettez-la aux bureaux qui vous transmettent des dossiers, et lisez-leur l’empreinte par téléphone
cli-identity-compare = Carte de { $officer }, { $office }. Empreinte : { $fingerprint }
    Appelez { $officer } et faites-vous lire son empreinte : n’accordez votre confiance à la carte que si elle est identique.
cli-identity-trust-ask = Faire confiance à cette carte ? [o/N]
cli-identity-trusted = carte de confiance ajoutée : { $officer }, { $office } ({ $fingerprint })
cli-identity-list-empty = la liste de confiance est vide : ajoutez la carte d’un bureau avec `avr identity trust FICHIER`
cli-identity-revoked-on = révoquée le { $date }
cli-identity-revoked = révoquée : { $officer }, { $office } ({ $fingerprint }) ; les paquets signés avec cette carte sont désormais refusés
cli-nothing-done = rien n’a été fait
cli-handover-no-passphrase = la variable d’environnement { $var } est vide ou absente : mettez-y la phrase secrète à usage unique
cli-handover-sent = { $case } scellé pour { $recipients } : { $file } ({ $bytes } octets, { $ms } ms). Le dossier est en lecture seule ici jusqu’à son retour.
cli-handover-from = Expéditeur : { $officer }, { $office } ; empreinte { $fingerprint } ({ $trust })
cli-handover-trusted = sur votre liste de confiance
cli-handover-unknown = ABSENT de votre liste de confiance : comparez l’empreinte avec l’expéditeur par téléphone avant d’enregistrer
cli-handover-itself = cette installation
cli-handover-case = Dossier { $case } ({ $principal }), étape : { $stage } ; paquet créé le { $made }
cli-handover-carries = Ménage : { $household } · réponses : { $answers } · notes : { $notes } · consentements donnés : { $given }, retirés : { $withdrawn }
cli-handover-overrides = Garde-fous sous dérogation : { $list }
cli-handover-no-overrides = Garde-fous sous dérogation : aucun
cli-handover-returning = Ce dossier a été transmis depuis ce bureau et revient : la copie en lecture seule d’ici sera remplacée par celle-ci.
cli-handover-ask = Enregistrer ce dossier ? [o/N]
cli-handover-ask-unknown = L’expéditeur n’est pas sur votre liste de confiance. Avez-vous comparé l’empreinte avec lui, et voulez-vous enregistrer ce dossier ? [o/N]
cli-handover-unknown-needs-sender = l’expéditeur n’est pas sur votre liste de confiance : comparez l’empreinte avec lui et indiquez-la avec --sender "{ $fingerprint }", ou ajoutez d’abord sa carte à la liste
cli-handover-sender-mismatch = --sender ne correspond pas à l’expéditeur du paquet ({ $fingerprint }) : refusé, rien n’a été enregistré
cli-handover-received = { $case } enregistré (id { $id })
