# Ce que le moteur des workflows et les règles du dossier disent d'une réponse, d'une dérogation ou d'une
# correction (libellés des champs, titres des garde-fous et conditions de levée viennent du workflow, dans la même
# langue).

# Une réponse lue au regard de son champ. `answer-problem` place le libellé du champ devant le problème.
answer-problem = { $label } : { $problem }
answer-not-an-option = « { $value } » ne fait pas partie des choix proposés.
answer-chosen-twice = Un même choix est coché deux fois.
answer-not-a-date = « { $value } » n'est pas une date : écrivez-la AAAA-MM-JJ.
answer-wrong-kind = { $kind ->
    [yes_no] Ce champ attend une réponse oui ou non.
    [single] Ce champ attend un des choix proposés.
    [multi] Ce champ attend une liste de choix proposés.
    [date] Ce champ attend une date.
    [number] Ce champ attend un nombre.
   *[text] Ce champ attend un texte.
}
answer-below-min = { $value } est inférieur à la plus petite réponse admise, { $min }.
answer-above-max = { $value } dépasse la plus grande réponse admise, { $max }.
answer-too-long = { $chars } caractères : { $max } au plus sont conservés.
answer-control-character = Le texte contient un caractère de contrôle ({ $code }) : collez-le de nouveau en texte brut.
answer-in-future = Le { $date } est dans le futur (nous sommes le { $today }).
answer-not-yes-no = Répondez oui ou non (et non « { $value } »).
answer-not-a-number = « { $value } » n'est pas un nombre.

# Une dérogation du superviseur que le moteur n'applique pas.
override-no-such-safeguard = Ce workflow n'a pas de garde-fou « { $id } » : la dérogation est sans effet.
override-never = Ce garde-fou n'admet jamais de dérogation. Pour le lever : { $lift }
override-incomplete = Une dérogation demande le nom du superviseur et un motif : elle n'est pas appliquée.
override-undetermined = La dérogation n'est pas appliquée : elle ne peut porter que sur une situation connue, et ces réponses manquent encore : { $fields }.
override-list-separator = {" ; "}

# Les règles du dossier qui refusent un enregistrement, une correction ou une dérogation.
rule-final-answer = { $label } : un « oui » enregistré est définitif. S'il a été enregistré par erreur, enregistrez une correction avec le motif et le nom d'un superviseur ; si la personne change encore d'avis, ouvrez un nouveau dossier.
rule-reserved-key = { $field } : une dérogation s'enregistre avec le nom d'un superviseur et un motif, un verrouillage par le workflow.
rule-no-such-question = { $field } : le workflow { $workflow } v{ $version } ne pose pas cette question.
rule-correction-reason = Correction de « { $label } » : dites pourquoi la réponse était fausse, en une phrase qu'un relecteur peut vérifier ({ $min } caractères au moins).
rule-correction-final = Correction de « { $label } » : elle modifie une réponse définitive, indiquez donc le nom complet du superviseur.
rule-correction-never = Correction de « { $label } » : elle lève un blocage qui n'admet jamais de dérogation ({ $safeguards }), indiquez donc le nom complet du superviseur.
rule-override-not-holding = { $safeguard } : ce garde-fou ne s'applique pas à ce dossier.
rule-override-never = { $title } : ce garde-fou n'admet jamais de dérogation.
rule-override-undetermined = { $title } : ce blocage ne tient que parce que des réponses qui en décident manquent ({ $fields }). Enregistrez-les d'abord ; un superviseur pourra ensuite examiner la situation qu'elles décrivent.
rule-override-incomplete = Dérogation : indiquez le nom complet du superviseur et un motif qu'un relecteur peut vérifier ({ $min } caractères au moins).

# Un dossier importé refusé : `import-problem` place l'endroit du fichier devant le problème.
import-problem = { $place } : { $problem }
import-closed-without-date = un dossier clos doit indiquer sa date de clôture (sinon il ne pourrait jamais être purgé).
import-unknown-stage = « { $stage } » n'est pas une phase du workflow { $workflow } v{ $version }.
import-too-many = { $count } entrées : { $max } au plus sont acceptées.
import-no-principal = un dossier a besoin de son demandeur principal.
import-same-person-id = deux personnes ont le même identifiant.
import-consent-unknown-person = la personne { $person } ne fait pas partie du ménage de ce dossier.
import-answered-twice = réponse donnée deux fois.
import-override-unknown = dérogation à un garde-fou que ce workflow n'a pas.
import-override-incomplete = une dérogation demande le nom complet du superviseur et un motif d'au moins { $min } caractères.
import-latch-unknown = verrouillage d'un garde-fou que ce workflow ne verrouille pas.
import-not-a-latch = ce n'est pas un relevé de verrouillage.
import-no-such-question = le workflow { $workflow } v{ $version } ne pose pas cette question.
import-not-an-answer = ce champ ne peut pas contenir cette réponse.
rule-no-such-member = { $key } : ce ménage n'a pas de membre { $position }.
rule-not-per-member = { $key } : { $what ->
    [override] une dérogation
   *[answer] cette réponse
} s'enregistre une fois pour tout le dossier, pas pour chaque membre du ménage (workflow { $workflow } v{ $version }).
rule-member-key = { $key } : la clé d'un membre s'écrit member:<position>:<champ>, avec une position de 1 ou plus.
