# Interface de l'application, en français. Mêmes clés que i18n/en/ui.ftl.

## app
app-title = Manuel de terrain AVR
app-skip = Aller au contenu
app-windowTitle = { $screen } – Manuel de terrain AVR
app-textSize = Taille du texte { $percent } %

## dialog
dialog-close = Fermer

## export
export-open = Exporter…
export-title = Exporter ce dossier
export-format = Format
export-format-pdf = PDF
export-format-csv = CSV
export-format-markdown = Markdown
export-format-html = HTML
export-format-json = JSON (statistiques, sans données personnelles)
export-formatHint-pdf = à imprimer ou à classer, avec lignes de signature
export-formatHint-csv = une ligne par point de la liste de contrôle, pour un tableur
export-formatHint-markdown = texte brut
export-formatHint-html = une page web qui s'imprime bien
export-formatHint-json = où en est le dossier, pour les comptages : ni noms, ni réponses, ni notes, ni numéro de dossier
export-paper = Format du papier
export-letter = Lettre US
export-redact = Copie caviardée
export-redactHint = sans les noms, dates de naissance, numéros de documents, notes libres ni ce que couvrait un consentement retiré
export-redactJson = les statistiques ne contiennent jamais de données personnelles. Pour faire passer un dossier à un autre bureau, utilisez plutôt la transmission.
export-run = Exporter…
export-working = Export en cours…
export-saved = Enregistré : { $file } ({ $size }).
export-undrawable = { $count ->
    [one] 1 caractère n'a pas pu être dessiné ; il est imprimé sous forme de code : { $codes }
   *[other] { $count } caractères n'ont pas pu être dessinés ; ils sont imprimés sous forme de code : { $codes }
}
export-openFolder = Ouvrir le dossier
export-cancel = Annuler
export-close = Fermer
export-blank = Imprimer sur papier (PDF)
export-paperForm = Formulaire papier
export-blankChecklist = Toute la liste de contrôle, vierge
export-list = Exporter cette liste (CSV)
export-import = Importer un ancien export de dossier (JSON)…
export-imported = Dossier { $number } importé.
export-language = Langue de l'export

## tools
tools-saved = Enregistré : { $path }.

## case
case-windowTitle = Dossier { $number }
case-skipToQuestions = Aller aux questions
case-savedAt = Enregistré à { $time }
case-fieldError = { $label } : { $errors }
case-progress = Avancement
case-close = Clore le dossier
case-reopen = Rouvrir le dossier
case-closedNote = Ce dossier est clos. Rouvrez-le pour modifier quoi que ce soit.
case-step = Étape { $n } sur { $total }
case-optional = facultatif
case-required = obligatoire
case-saved = Enregistré
case-yes = Oui
case-no = Non
case-readMore = Lire dans le manuel
case-blockedTitle = Cette étape est bloquée
case-latched = Déclenché le { $date } par { $name }, par la réponse « { $field } ». Modifier cette réponse ne le lève pas.
case-invalidInput = Une réponse lue par ce blocage n'est pas valide pour sa question : corrigez-la pour qu'il puisse être tranché.
case-correctTitle = Corriger une réponse saisie par erreur
case-correctHelp = Une correction est inscrite dans l'historique avec son motif. Si le blocage ne peut jamais être levé par dérogation, nommez le superviseur qui l'a approuvée.
case-correct = Enregistrer la correction
case-rule = Règle
case-why = Pourquoi
case-lift = Ce qui le lève
case-missing = Reste à renseigner : { $fields }
case-neverOverride = Aucune dérogation n'est possible pour ce garde-fou.
case-overrideTitle = Dérogation du superviseur
case-supervisor = Nom complet du superviseur
case-reason = Motif (un contrôleur doit pouvoir le vérifier)
case-override = Enregistrer la dérogation
case-overridden = Dérogation accordée par { $name } : { $reason }
case-allDone = Plus rien à faire sur ce dossier pour le moment.
case-checklist = Liste de contrôle
case-readiness = Prêt au départ
case-ready = Prêt à voyager le { $date }
case-notReady = Pas prêt à voyager
case-timeline = Historique
case-sidePanel = Section du manuel
case-closePanel = Fermer le panneau du manuel
case-prevStep = Étape précédente
case-nextStep = Étape suivante
case-whoseAnswers = Pour qui enregistrez-vous les réponses ?
case-personHeld = bloqué ici
case-principalName = { $name }, demandeur principal
case-memberName = { $name }, membre { $position }
case-answersFor = Réponses enregistrées maintenant pour { $name }
case-stepNotForPerson = Cette étape ne concerne pas { $name } d'après les réponses enregistrées jusqu'ici.
case-holdsFor = S'applique à : { $names }
case-railMemberHeld = bloqué pour un membre du ménage
case-overrideFor = Dérogation pour

## reader
reader-toolbar = Outils du chapitre
reader-showContents = Sommaire
reader-contents = Sommaire
reader-chapters = Chapitres
reader-bookmarks = Signets
reader-noBookmarks = Aucun signet pour l'instant.
reader-recent = Consultés récemment
reader-lastReviewed = Dernière révision : { $date }
reader-prev = Précédent : { $title }
reader-next = Suivant : { $title }
reader-bookmark = Ajouter un signet à cette section
reader-bookmarkChapter = Ajouter un signet à ce chapitre
reader-unbookmark = Retirer le signet
reader-removeBookmark = Retirer le signet { $title }
reader-fontSmaller = Texte plus petit
reader-fontLarger = Texte plus grand
reader-print = Imprimer le chapitre
reader-loading = Ouverture du manuel…

## settings
settings-textSizeKeys = Ctrl+= agrandit tout le texte, Ctrl+− le réduit, Ctrl+0 revient à 100 %.
settings-title = Paramètres
settings-appearance = Apparence
settings-theme = L'application suit le mode clair ou sombre de votre système.
settings-fontSize = Taille du texte de lecture
settings-about = À propos
settings-appVersion = Version de l'application
settings-edition = Édition du manuel ({ $lang })
settings-editionVersion = { $chapters ->
    [one] { $chapters } chapitre
   *[other] { $chapters } chapitres
}
settings-dataDir = Dossier des données
settings-problems = Chapitres qui n'ont pas pu être ouverts
settings-offline = Tout fonctionne hors ligne. L'application ne fait aucune connexion réseau.
settings-security = Dossiers des cas
settings-lockAfter = Verrouiller les dossiers après
settings-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
settings-staff = Profil de l'agent
settings-saveStaff = Enregistrer le profil
settings-changePass = Changer la phrase secrète
settings-currentPass = Phrase secrète actuelle
settings-newPass = Nouvelle phrase secrète
settings-passChanged = La phrase secrète a été changée et les sauvegardes chiffrées à nouveau.
settings-backups = Sauvegardes
settings-backupNow = Sauvegarder maintenant
settings-restore = Restaurer
settings-restorePass = Phrase secrète de la sauvegarde
settings-retention = Conservation
settings-retentionDays = Effacer les données personnelles des dossiers clos depuis plus de ce nombre de jours
settings-purge = Effacer maintenant
settings-purgeConfirm = Ceci efface définitivement les noms, réponses, notes et consentements de tous les dossiers clos depuis plus de { $days } jours. Les sauvegardes faites avant les gardent jusqu'à leur expiration. Effacer ?
settings-purgeYes = Oui, effacer
settings-purgeNo = Annuler
settings-purged = { $count ->
    [one] { $count } dossier clos effacé ; ses événements d'audit sont conservés.
   *[other] { $count } dossiers clos effacés ; leurs événements d'audit sont conservés.
}
settings-verify = Vérifier le journal d'audit
settings-verified = Journal d'audit intact : { $events } événements, tête { $hash }.
settings-unlockFirst = Déverrouillez les dossiers pour modifier ces paramètres.
settings-language = Langue
settings-languageHint = La langue de l'application. Le manuel s'ouvre dans cette langue quand son édition contient le chapitre, sinon en anglais.

## nav
nav-label = Principal
nav-handbook = Manuel
nav-search = Recherche
nav-cases = Dossiers
nav-settings = Paramètres
nav-searchHint = Rechercher (Ctrl+K)

## search
search-label = Rechercher dans le manuel
search-placeholder = Rechercher : p. ex. enfant non accompagné, non-refoulement, SOLAS
search-results = Résultats
search-count = { $count ->
    [one] { $count } section correspond
   *[other] { $count } sections correspondent
}
search-more = Tout afficher ({ $count })
search-none = Aucun résultat pour « { $query } ».
search-didYouMean = Vouliez-vous dire
search-closest = Chapitres les plus proches
search-filters = Filtrer par thème
search-indexing = Préparation de la recherche : { $done } sections sur { $total }…
search-hint = Tapez pour rechercher. ↑ ↓ pour vous déplacer, Entrée pour ouvrir, Échap pour fermer.
search-dialog = Rechercher dans le manuel

## cases
cases-title = Dossiers
cases-new = Nouveau dossier
cases-newTitle = Ouvrir un nouveau dossier
cases-givenNames = Prénoms
cases-familyName = Nom de famille
cases-otherNames = Nom dans d'autres écritures ou graphies (facultatif)
cases-disembarked = Date de débarquement (facultatif)
cases-createCase = Ouvrir le dossier
cases-cancel = Annuler
cases-search = Rechercher par numéro de dossier ou par nom
cases-status = Statut
cases-anyStatus = Ouverts et clos
cases-open = Ouvert
cases-closed = Clos
cases-stage = Phase
cases-anyStage = Toutes les phases
cases-none = Aucun dossier ne correspond.
cases-number = Dossier
cases-name = Nom
cases-updated = Modifié
cases-flags = Blocages actifs
cases-back = Tous les dossiers
cases-searchHint = AVR-2026-0042, ou un nom
cases-flagFilter = Blocage actif
cases-anyFlag = Tout blocage
cases-dueBy = Échéance avant le
cases-due = Échéance
cases-sort = Ordre
cases-sortUpdated = Modifiés récemment d'abord
cases-sortDue = Échéance la plus proche d'abord
cases-sortCreated = Ouverts récemment d'abord
cases-sortNumber = Par numéro de dossier
cases-clearFilters = Effacer les filtres
cases-noneYet = Aucun dossier pour l'instant.
cases-firstPage = Affichage des { $count } premiers dossiers : affinez les filtres pour voir les autres.
cases-integrityFailed = La vérification de la base des dossiers au démarrage n'a pas pu aboutir : { $detail }
cases-rollbackTitle = Les dossiers ont peut-être été ramenés à un état antérieur
cases-rollbackWhat = Les dossiers de cet ordinateur sont plus anciens que les derniers que cet ordinateur a vus. Quelqu'un a peut-être restauré une sauvegarde, ou le fichier a été remplacé. Des modifications faites depuis peuvent manquer.
cases-rollbackBehind = Des modifications enregistrées manquent : le registre des modifications s'arrête à la modification { $db }, mais cet ordinateur avait déjà vu la modification { $anchor }.
cases-rollbackDiverged = La modification { $at } n'est pas celle que cet ordinateur a vue : l'historique des modifications a été réécrit.
cases-rollbackInvalid = Le relevé du dernier état, conservé à côté des dossiers, ne leur correspond pas : il a été endommagé, ou il provient d'autres dossiers.
cases-rollbackDo = Que faire : prévenez votre superviseur maintenant, avant de modifier un dossier. Il peut vérifier les dossiers avec la commande { $command }. Ce constat est inscrit dans le journal d'audit.
cases-rollbackAck = J'ai lu cet avertissement
cases-rollbackBanner = Attention : les dossiers ont peut-être été ramenés à un état antérieur. Prévenez votre superviseur.

## vault
vault-setupTitle = Protéger les dossiers par une phrase secrète
vault-setupIntro = Les dossiers sont chiffrés sur cet ordinateur. Choisissez une phrase secrète d'au moins 12 caractères. Elle n'est jamais enregistrée : si elle est perdue, les dossiers ne peuvent plus être ouverts.
vault-passphrase = Phrase secrète
vault-confirm = Répétez la phrase secrète
vault-mismatch = Les deux phrases secrètes ne sont pas identiques.
vault-staffName = Votre nom (inscrit comme auteur de chaque modification)
vault-office = Bureau
vault-create = Créer les dossiers chiffrés
vault-lockedTitle = Les dossiers sont verrouillés
vault-lockedIntro = Saisissez la phrase secrète pour ouvrir les dossiers sur cet ordinateur.
vault-unlock = Déverrouiller
vault-lock = Verrouiller maintenant
vault-working = En cours…
vault-corrupt = La base des dossiers est endommagée et a été mise de côté. Restaurez une sauvegarde pour continuer.
vault-restoreFrom = Restaurer cette sauvegarde
vault-noBackups = Aucune sauvegarde trouvée.
vault-autoLocked = { $minutes ->
    [one] Verrouillé après { $minutes } minute sans activité.
   *[other] Verrouillé après { $minutes } minutes sans activité.
}

## status
status-Complete = Fait
status-Incomplete = À faire
status-Blocked = Bloqué
status-Untouched = Facultatif, rien d'enregistré
status-NotStarted = Pas commencé
status-InProgress = En cours
status-Hidden = Sans objet
status-Done = Fait
status-Pending = En attente

## language
language-choose = Choisissez la langue de l'application
language-hint = Vous pourrez la changer plus tard dans les Paramètres.

# Choix d'une phrase secrète : l'estimation affichée pendant la saisie (zxcvbn, 0–4), les déverrouillages échoués et le rapport de changement.
vault-strength = Robustesse { $score } sur 4.
vault-strengthOk = Suffisamment difficile à deviner.
vault-strengthWeak = Trop facile à deviner : il faut au moins { $min } sur 4.
vault-strengthShort = { $chars } caractères ; il en faut au moins { $min }.
vault-failedUnlocks = { $count ->
    [one] 1 tentative de déverrouillage échouée depuis le dernier déverrouillage, le { $date }.
   *[other] { $count } tentatives de déverrouillage échouées depuis le dernier déverrouillage, la dernière le { $date }.
}
settings-backupNotRekeyed = Sauvegarde non rechiffrée (elle s'ouvre toujours avec l'ancienne phrase secrète) : { $file }
settings-setAsideRekeyed = Fichier mis de côté rechiffré : { $file }
settings-setAsideRemoved = Fichier mis de côté supprimé (il ne pouvait pas être rechiffré) : { $file }
settings-purgedSetAside = { $count ->
    [one] 1 fichier mis de côté, plus ancien que la durée de conservation, a été supprimé.
   *[other] { $count } fichiers mis de côté, plus anciens que la durée de conservation, ont été supprimés.
}

# Carte de bureau, liste de confiance et paquets de transmission (issue 17).
card-title = Carte de bureau
card-intro = La carte de cet ordinateur. Remettez-la aux bureaux qui vous transmettent des dossiers : ils l’ajoutent à leur liste de confiance, puis vous appellent pour comparer l’empreinte.
card-office = Bureau
card-officer = Agent
card-fingerprint = Empreinte
card-valid = Validité
card-validRange = du { $from } au { $until }
card-copy = Copier le texte
card-copied = La carte est copiée. Collez-la dans un message à l’autre bureau.
card-copyFailed = Impossible de copier la carte. Ouvrez « Texte de la carte » ci-dessous et copiez-la de là.
card-save = Enregistrer dans un fichier…
card-saved = Carte enregistrée sous { $file }.
card-qrShow = Afficher en code QR
card-qrHide = Masquer le code QR
card-qrLabel = Code QR de cette carte de bureau
card-qrHint = Un téléphone peut le scanner pour garder la carte ou la faire suivre. Comparez quand même l’empreinte au téléphone.
card-qrTooLong = Cette carte est trop longue pour un code QR (nom de bureau ou d’agent très long). Copiez-la ou enregistrez-la dans un fichier.
card-text = Texte de la carte
card-renew = Renouveler cette carte de bureau…
card-renewExplain = Le renouvellement crée de nouvelles clés et une nouvelle carte, valable deux ans à partir d’aujourd’hui. Votre empreinte change : envoyez de nouveau la carte aux bureaux qui vous transmettent des dossiers. Les bureaux qui font confiance à votre carte actuelle pourront vérifier la nouvelle sans vous appeler. Les paquets déjà envoyés à votre carte actuelle s’ouvriront encore ici jusqu’au { $until }.
card-renewConfirm = Renouveler la carte
card-renewCancel = Garder la carte actuelle
card-renewed = La carte a été renouvelée. Nouvelle empreinte : { $fingerprint }. Envoyez la nouvelle carte aux bureaux qui vous transmettent des dossiers.
card-renewSoon = Cette carte expire dans { $days ->
    [one] un jour
   *[other] { $days } jours
}, le { $date }. Renouvelez-la dès maintenant pour que les bureaux puissent continuer à vous transmettre des dossiers.
card-expired = Cette carte a expiré le { $date } : les bureaux ne peuvent plus vous transmettre de dossiers. Renouvelez-la et envoyez-leur la nouvelle carte.
trust-renewalOf = La carte de { $office } a été renouvelée : nouvelle empreinte { $fingerprint }, signée par la carte à laquelle vous faisiez confiance ({ $old }).
trust-renewalAccept = Remplacer l’ancienne carte par la carte renouvelée
trust-renewedDone = Sur votre liste de confiance, la carte de { $office } a été remplacée par son renouvellement.
trust-title = Liste de confiance
trust-intro = Les bureaux à qui vous transmettez des dossiers et dont vous en recevez. N’ajoutez une carte qu’après avoir comparé son empreinte avec son titulaire, au téléphone.
trust-fromFile = Ajouter une carte depuis un fichier…
trust-paste = Ou collez une carte ici
trust-read = Lire la carte collée
trust-compareHint = Appelez { $officer } à un numéro que vous connaissez déjà et faites-vous lire son empreinte. Ne faites confiance à la carte que si chaque groupe est identique.
trust-confirm = Les empreintes sont identiques : faire confiance à cette carte
trust-cancel = Annuler
trust-added = { $officer } ({ $office }) figure maintenant sur votre liste de confiance.
trust-empty = Votre liste de confiance est vide.
trust-addedOn = Ajoutée le
trust-state = État
trust-actions = Actions
trust-validUntil = valable jusqu’au { $date }
trust-expiredOn = expirée le { $date } : demandez-lui sa nouvelle carte
trust-revokedOn = révoquée le { $date }
trust-revoke = Révoquer…
trust-revokeConfirm = Révoquer la carte de { $officer } ({ $office }) ? Plus rien ne pourra lui être transmis, et les paquets signés avec elle seront refusés. C’est définitif.
trust-revokeYes = Oui, révoquer
trust-revokedDone = La carte de { $officer } ({ $office }) a été révoquée.
export-what = Que voulez-vous faire ?
export-modeCopy = Exporter une copie
export-modeHandover = Transmettre à un autre bureau
export-modeHandoverHint = chiffré et signé ; le dossier passe en lecture seule sur cet ordinateur
export-modeSheet = Fiche pour la personne
export-modeSheetHint = ce qu'est le retour, la suite, le droit de changer d'avis, qui contacter, et la déclaration ; dans la langue de la personne
export-sheetLang = Langue de la personne
export-sheetColumns = Imprimée sur deux colonnes : d'abord la langue de la personne, puis { $lang } à côté.
export-sheetDeclaration = Ajouter la déclaration de retour volontaire et ses lignes de signature
export-importHint = Les anciens exports JSON peuvent encore être importés. Pour faire passer un dossier d’un bureau à l’autre, utilisez la transmission.
handover-intro = Le dossier est chiffré pour que seuls les bureaux choisis puissent l’ouvrir, et signé pour qu’ils sachent qu’il vient de vous.
handover-how = Qui pourra l’ouvrir
handover-toCards = Des bureaux de ma liste de confiance
handover-toPassphrase = Quiconque a une phrase secrète à usage unique
handover-noCards = Aucune carte de votre liste de confiance ne peut le recevoir. Ajoutez la carte du bureau dans les Paramètres, ou utilisez une phrase secrète à usage unique.
handover-recipients = Destinataires
handover-passphraseHint = Donnez la phrase secrète à l’autre bureau par téléphone, jamais dans le même message ni sur la même clé USB que le fichier. 12 caractères au moins.
handover-passphrase = Phrase secrète à usage unique
handover-passphraseAgain = La phrase secrète, encore une fois
handover-warning = Après la transmission, ce dossier reste en lecture seule sur cet ordinateur jusqu’à son retour.
handover-run = Transmettre…
handover-working = Chiffrement et signature…
handover-sent = { $file } enregistré ({ $size }).
handover-readOnlyNow = Le dossier a été transmis à { $recipients } ; il est maintenant en lecture seule ici.
case-handedOver = Transmis à { $recipients } le { $date }. Ce dossier est en lecture seule ici jusqu’à son retour.
receive-open = Recevoir une transmission…
receive-title = Recevoir une transmission
receive-intro = Choisissez le paquet de transmission (.avrcase) qu’on vous a remis. Vous verrez qui l’envoie et ce qu’il contient avant tout enregistrement.
receive-passphrase = Phrase secrète (seulement si l’expéditeur vous en a donné une)
receive-pick = Choisir le fichier…
receive-retry = Ouvrir à nouveau
receive-opened = Paquet du dossier { $number } ouvert. Vérifiez l’expéditeur avant d’enregistrer.
receive-from = Envoyé par
receive-trusted = Sur votre liste de confiance.
receive-itself = Envoyé depuis cet ordinateur.
receive-unknown = { $officer } ne figure pas sur votre liste de confiance. Appelez cette personne à un numéro que vous connaissez déjà et comparez l’empreinte avant d’enregistrer.
receive-compared = J’ai comparé l’empreinte avec { $officer } : elle est identique
receive-made = Paquet créé le { $date }.
receive-carries = Ce qu’il contient
receive-case = Dossier
receive-household = Ménage
receive-persons = { $count ->
    [one] 1 personne
   *[other] { $count } personnes
}
receive-recorded = Saisi
receive-counts = { $answers } réponses, { $notes } notes
receive-consents = Consentements
receive-consentCounts = { $given } donnés, { $withdrawn } retirés
receive-overrides = Garde-fous sous dérogation
receive-none = aucun
receive-returning = Ce dossier avait été transmis d’ici et revient : la copie en lecture seule de cet ordinateur sera remplacée.
receive-save = Enregistrer le dossier
receive-saved = Dossier { $number } reçu et enregistré.

# Paramètres › Manuel : installer une mise à jour signée du manuel (.avrbook) après avoir vu ce qu’elle change.
book-title = Manuel
book-inUse = Version utilisée
book-fromApp = le manuel fourni avec l’application
book-fromPackage = installée depuis une mise à jour du manuel publiée le { $date }
book-notes = Notes de version
book-intro = Les mises à jour du manuel arrivent sous forme de fichier signé (.avrbook), par exemple sur une clé USB. Vous voyez ce qui change avant toute installation.
book-open = Installer une mise à jour du manuel…
book-showOlder = Voir quand même cette version plus ancienne
book-working = Vérification du paquet…
book-previewTitle = Ce que change le manuel { $version }
book-fromTo = De la version { $from } à la version { $to }
book-fromAppTo = Du manuel fourni avec l’application à la version { $to }
book-publisher = Signé par la clé de l’éditeur
book-made = Publiée le { $date } · { $files } fichiers · { $size } Ko
book-noChanges = Ce paquet ne change rien de ce qu’affichent le manuel ou les étapes des dossiers.
book-editionChanges = Changements dans l’édition en { $lang }
book-countChapters = Chapitres : { $added } ajoutés, { $removed } supprimés, { $changed } modifiés.
book-countSections = Sections : { $added } ajoutées, { $removed } supprimées, { $changed } modifiées.
book-legend = Les mots ajoutés sont soulignés ; les mots supprimés sont barrés.
book-kind-added = Ajouté
book-kind-removed = Supprimé
book-kind-changed = Modifié
book-overview = Introduction (avant le premier titre)
book-insStart = texte ajouté :
book-insEnd = fin du texte ajouté
book-delStart = texte supprimé :
book-delEnd = fin du texte supprimé
book-otherEditions = Les éditions dans ces langues changent aussi : { $langs }.
book-workflows = Étapes des dossiers et garde-fous
book-workflowNew = Nouveau déroulé de dossier « { $title } », version { $version }
book-workflowVersion = Déroulé de dossier « { $title } », version { $version }, par rapport à la version { $from } :
book-step-added = Nouvelle étape : { $title }
book-step-removed = Étape supprimée : { $title }
book-step-changed = Étape modifiée : { $title }
book-field-added = Nouvelle question : { $title }
book-field-removed = Question supprimée : { $title }
book-field-changed = Question modifiée : { $title }
book-safeguard-added = Nouveau garde-fou : { $title }
book-safeguard-removed = Garde-fou supprimé : { $title }
book-safeguard-changed = Garde-fou modifié : { $title }
book-changedKeys = éléments modifiés : { $keys }
book-workflowsKept = Les dossiers ouverts restent sur la version du déroulé avec laquelle ils ont commencé, avec ses étapes et ses garde-fous. Les nouveaux dossiers commencent sur la nouvelle version.
book-files = Autres fichiers
book-file-added = Ajouté : { $path }
book-file-removed = Supprimé : { $path }
book-file-changed = Modifié : { $path }
book-downgradeWarning = Ce paquet est la version { $to }, qui n’est pas plus récente que la version { $from } utilisée. L’installer ramène des consignes plus anciennes.
book-downgradeConfirm = Je veux installer cette version plus ancienne.
book-cancel = Fermer sans installer
book-install = Installer la version { $version }
book-installed = Le manuel { $version } est installé.
book-rolledBack = Retour effectué : le manuel est maintenant { $version }.
book-audited = C’est inscrit dans le journal d’audit.
book-notAudited = C’est inscrit dans l’historique d’installation de cet ordinateur. Les dossiers sont verrouillés : ce n’est donc pas dans leur journal d’audit.
book-restartNeeded = Le changement prend effet au redémarrage de l’application. Enregistrez d’abord votre travail.
book-restart = Redémarrer l’application maintenant
book-versions = Versions installées
book-active = Active
book-activeNone = le manuel fourni avec l’application
book-previous = Gardée pour revenir en arrière
book-none = aucune
book-rollback = Revenir à la version précédente
book-rollbackConfirm = Revenir de la version { $from } à { $to } ?
book-rollbackYes = Oui, revenir en arrière
book-rollbackNo = Non, garder cette version
book-history = Historique
book-historyInstalled = { $date } : { $to } installée (avant : { $from }), clé de l’éditeur { $key }
book-historyRolledBack = { $date } : retour de { $from } à { $to }
book-noHistory = Aucune mise à jour du manuel n’a encore été installée sur cet ordinateur.
book-bundledShort = le manuel de l’application
