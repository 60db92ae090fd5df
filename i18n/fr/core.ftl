workflow-required-default = Répondez : { $label }

# Choix d'une phrase secrète (premier lancement, changement) : pourquoi elle est refusée, et les conseils de zxcvbn.
passphrase-too-short = La phrase secrète doit compter au moins { $min } caractères ; celle-ci en a { $chars }.
passphrase-too-weak = Cette phrase secrète est trop facile à deviner (robustesse { $score } sur 4 ; il faut au moins { $min }).
passphrase-warning-key-rows = Les rangées de touches du clavier sont faciles à deviner.
passphrase-warning-keyboard-patterns = Les courts motifs de clavier sont faciles à deviner.
passphrase-warning-repeats = Les caractères répétés comme « aaa » sont faciles à deviner.
passphrase-warning-repeated-groups = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
passphrase-warning-common = C'est l'un des mots de passe les plus courants.
passphrase-warning-similar-to-common = C'est très proche d'un mot de passe courant.
passphrase-warning-sequences = Les suites comme « abc » ou « 6543 » sont faciles à deviner.
passphrase-warning-recent-years = Les années récentes sont faciles à deviner.
passphrase-warning-single-word = Un mot seul est facile à deviner.
passphrase-warning-dates = Les dates sont souvent faciles à deviner.
passphrase-warning-names = Les prénoms et noms de famille sont faciles à deviner.
passphrase-suggest-few-words = Utilisez quelques mots sans rapport entre eux ; évitez les expressions courantes.
passphrase-suggest-no-symbols-needed = Les symboles, chiffres et majuscules ne sont pas nécessaires.
passphrase-suggest-another-word = Ajoutez un ou deux mots ; les mots peu courants sont préférables.
passphrase-suggest-capitals = Les majuscules n'aident pas beaucoup.
passphrase-suggest-reversed = Les mots écrits à l'envers ne sont guère plus difficiles à deviner.
passphrase-suggest-substitutions = Les substitutions prévisibles comme « @ » pour « a » n'aident pas beaucoup.
passphrase-suggest-keyboard = Utilisez un motif de clavier plus long, avec plus de changements de direction.
passphrase-suggest-repeats = Évitez les mots et les caractères répétés.
passphrase-suggest-sequences = Évitez les suites.
passphrase-suggest-dates = Évitez les dates et les années qui vous sont liées.

# Préparation du départ : ce que le moteur constate pour chaque document daté et chaque condition du [departure]
# d'un workflow (libellés des champs et titres des garde-fous tirés du workflow, dans la même langue).
readiness-safeguards-label = Aucun garde-fou n'empêche le départ
readiness-no-planned-date = pas de date de départ prévue
readiness-not-recorded = { $field } : non consigné
readiness-after-departure = { $field } : { $date }, après le départ prévu le { $planned }
readiness-before-departure = { $field } : { $date }, avant le départ prévu le { $planned }
readiness-covers = couvre le départ
readiness-covers-dated = daté du { $dated } : couvre le départ
readiness-covers-until = valable jusqu'au { $until } : couvre le départ
readiness-covers-dated-until = daté du { $dated }, valable jusqu'au { $until } : couvre le départ
readiness-holds = condition remplie
readiness-does-not-hold = condition non remplie
readiness-unknown = pas encore connu : des réponses manquent
readiness-no-safeguard-blocks = aucun garde-fou ne bloque l'étape du départ
readiness-blocked-by = bloqué par : { $safeguards }
readiness-overridden = dérogation du superviseur : { $safeguards }
readiness-step-hidden = l'étape du départ n'apparaît pas avec ces réponses
readiness-separator = {" ; "}
