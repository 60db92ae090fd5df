# Case exports (PDF, HTML, Markdown; CSV keeps its column names and status words as a schema, SCHEMA.md).
export-doc-title = Case checklist { $number }
export-case = Case
export-status = Status
export-workflow = Workflow
export-workflow-id = Workflow id
export-workflow-version = Workflow version
export-handbook-version = Handbook version
export-verification = Verification code
export-generated = Generated
export-redacted = Redacted
export-redacted-note = personal data is left out
export-case-open = open
export-case-closed = closed
export-household = Household
export-born = born { $date }
export-born-estimated = born { $date } (estimated)
export-relationship = { $code ->
    [principal] principal applicant
    [spouse] spouse
    [child] child
    [parent] parent
    [sibling] brother or sister
   *[other] { $code }
}
export-blocked-by = blocked by: { $titles }
export-consent-withdrawn = { $redacted } (consent withdrawn)
export-not-in-force = [not in force: { $why }] { $value }
export-not-applicable = Steps not applicable to this case
export-item-step = step: { $step }
export-checklist = Checklist
export-overridden = overridden by { $name }: { $reason }
export-to-lift = to lift: { $lift }
export-triggered = triggered on { $date } by { $name }; { $rest }
export-safeguards = Safeguards
export-decision-given = given
export-decision-withdrawn = withdrawn
export-consent-value = { $decision } on { $date } in { $language }
export-consent-interpreter = , interpreter { $name }
export-consent-current = (current)
export-consent-superseded = (superseded)
export-consent = Consent
export-notes = Notes
export-note = Note
export-sign-staff = Staff member
export-sign-migrant = Migrant
export-sign-interpreter = Interpreter
export-status-done = done
export-status-pending = pending
export-status-blocked = blocked
export-status-not-applicable = not applicable
export-status-not-recorded = not recorded
export-col-item = Item
export-col-status = Status
export-col-details = Details
export-col-by = Recorded by
export-col-when = When
export-signature-line = { $who }: signature and date
export-none = None recorded.
export-signatures = Signatures
export-date = Date
export-page = Page { $n } of { $total }
export-yes = yes
export-no = no
export-case-number = Case number
export-paper-workflow = Workflow { $id } version { $version }
export-paper-form = form { $form }
export-optional-step = { $title } (optional)
export-blank-checklist = Blank checklist

## Dates on exports for people (CSV and JSON keep ISO 8601). $day and $month are numbers (month 1 to 12),
## $year the year as written; $date is an export-date-long, $time is HH:MM in UTC.
export-date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
export-date-time = { $date }, { $time } UTC
# A label and its value: "Case: AVR-2026-0007". French puts a no-break space before the colon. A label
# that ends in a question mark takes no colon (export-labelled-question).
export-labelled = { $label }: { $value }
export-labelled-question = { $label } { $value }
