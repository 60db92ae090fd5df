export-doc-title = Liste de contrôle du dossier { $number }
export-case = Dossier
export-status = Statut
export-workflow = Procédure
export-workflow-id = Identifiant de la procédure
export-workflow-version = Version de la procédure
export-handbook-version = Version du manuel
export-verification = Code de vérification
export-generated = Généré le
export-redacted = Caviardé
export-redacted-note = les données personnelles sont omises
export-case-open = ouvert
export-case-closed = clos
export-household = Ménage
export-born = né(e) le { $date }
export-born-estimated = né(e) le { $date } (date estimée)
export-relationship = { $code ->
    [principal] demandeur principal
    [spouse] conjoint(e)
    [child] enfant
    [parent] parent
    [sibling] frère ou sœur
   *[other] { $code }
}
export-blocked-by = bloqué par : { $titles }
export-consent-withdrawn = { $redacted } (consentement retiré)
export-not-in-force = [sans effet : { $why }] { $value }
export-not-applicable = Étapes sans objet pour ce dossier
export-item-step = étape : { $step }
export-checklist = Liste de contrôle
export-overridden = dérogation de { $name } : { $reason }
export-to-lift = pour lever : { $lift }
export-triggered = déclenché le { $date } par { $name } ; { $rest }
export-safeguards = Garde-fous
export-decision-given = donné
export-decision-withdrawn = retiré
export-consent-value = { $decision } le { $date } en { $language }
export-consent-interpreter = , interprète { $name }
export-consent-current = (en vigueur)
export-consent-superseded = (remplacé)
export-consent = Consentement
export-notes = Notes
export-note = Note
export-sign-staff = Agent
export-sign-migrant = Migrant
export-sign-interpreter = Interprète
export-status-done = fait
export-status-pending = à faire
export-status-blocked = bloqué
export-status-not-applicable = sans objet
export-status-not-recorded = non renseigné
export-col-item = Élément
export-col-status = Statut
export-col-details = Détails
export-col-by = Enregistré par
export-col-when = Quand
export-signature-line = { $who } : signature et date
export-none = Rien d'enregistré.
export-signatures = Signatures
export-date = Date
export-page = Page { $n } sur { $total }
export-yes = oui
export-no = non
export-case-number = Numéro de dossier
export-paper-workflow = Procédure { $id } version { $version }
export-paper-form = formulaire { $form }
export-optional-step = { $title } (facultatif)
export-blank-checklist = Liste de contrôle vierge

## Dates on exports for people (CSV and JSON keep ISO 8601). $day and $month are numbers (month 1 to 12),
## $year the year as written; $date is an export-date-long, $time is HH:MM in UTC.
export-date-long = { $day ->
        [1] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }
export-date-time = { $date } à { $time } UTC
export-labelled = { $label } : { $value }
export-labelled-question = { $label } { $value }
