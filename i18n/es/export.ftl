export-doc-title = Lista de verificación del caso { $number }
export-case = Caso
export-status = Estado
export-workflow = Procedimiento
export-workflow-id = Identificador del procedimiento
export-workflow-version = Versión del procedimiento
export-handbook-version = Versión del manual
export-verification = Código de verificación
export-generated = Generado
export-redacted = Anonimizado
export-redacted-note = se omiten los datos personales
export-case-open = abierto
export-case-closed = cerrado
export-household = Unidad familiar
export-born = nacido/a el { $date }
export-born-estimated = nacido/a el { $date } (estimada)
export-relationship = { $code ->
    [principal] solicitante principal
    [spouse] cónyuge
    [child] hijo/a
    [parent] padre o madre
    [sibling] hermano/a
   *[other] { $code }
}
export-blocked-by = bloqueado por: { $titles }
export-consent-withdrawn = { $redacted } (consentimiento retirado)
export-not-in-force = [sin efecto: { $why }] { $value }
export-not-applicable = Pasos que no aplican a este caso
export-item-step = paso: { $step }
export-checklist = Lista de verificación
export-overridden = excepción de { $name }: { $reason }
export-to-lift = para levantarlo: { $lift }
export-triggered = activado el { $date } por { $name }; { $rest }
export-safeguards = Salvaguardas
export-decision-given = otorgado
export-decision-withdrawn = retirado
export-consent-value = { $decision } el { $date } en { $language }
export-consent-interpreter = , intérprete { $name }
export-consent-current = (vigente)
export-consent-superseded = (sustituido)
export-consent = Consentimiento
export-notes = Notas
export-note = Nota
export-sign-staff = Funcionario/a
export-sign-migrant = Persona migrante
export-sign-interpreter = Intérprete
export-status-done = hecho
export-status-pending = pendiente
export-status-blocked = bloqueado
export-status-not-applicable = no aplica
export-status-not-recorded = sin registrar
export-col-item = Elemento
export-col-status = Estado
export-col-details = Detalles
export-col-by = Registrado por
export-col-when = Cuándo
export-signature-line = { $who }: firma y fecha
export-none = Nada registrado.
export-signatures = Firmas
export-date = Fecha
export-page = Página { $n } de { $total }
export-yes = sí
export-no = no
export-case-number = Número de caso
export-paper-workflow = Procedimiento { $id } versión { $version }
export-paper-form = formulario { $form }
export-optional-step = { $title } (opcional)
export-blank-checklist = Lista de verificación en blanco

## Dates on exports for people (CSV and JSON keep ISO 8601). $day and $month are numbers (month 1 to 12),
## $year the year as written; $date is an export-date-long, $time is HH:MM in UTC.
export-date-long = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }
export-date-time = { $date }, a las { $time } UTC
export-labelled = { $label }: { $value }
export-labelled-question = { $label } { $value }
