# What the workflow engine and the case rules say about an answer, an override or a correction (the field labels,
# safeguard titles and lift texts come from the workflow, in the same language).

# An answer read against its field. `answer-problem` puts the field's label before the problem.
answer-problem = { $label }: { $problem }
answer-not-an-option = “{ $value }” is not one of the options.
answer-chosen-twice = An option is chosen twice.
answer-not-a-date = “{ $value }” is not a date: write it YYYY-MM-DD.
answer-wrong-kind = { $kind ->
    [yes_no] This field takes a yes or no answer.
    [single] This field takes one of its options.
    [multi] This field takes a list of its options.
    [date] This field takes a date.
    [number] This field takes a number.
   *[text] This field takes a text answer.
}
answer-below-min = { $value } is below the smallest allowed answer, { $min }.
answer-above-max = { $value } is above the largest allowed answer, { $max }.
answer-too-long = { $chars } characters: at most { $max } are kept.
answer-control-character = It holds a control character ({ $code }): paste the text again as plain text.
answer-in-future = { $date } is in the future (today is { $today }).
answer-not-yes-no = Answer yes or no (not “{ $value }”).
answer-not-a-number = “{ $value }” is not a number.

# A supervisor's override the engine does not apply.
override-no-such-safeguard = This workflow has no safeguard “{ $id }”: the override does nothing.
override-never = This safeguard can never be overridden. What lifts it: { $lift }
override-incomplete = An override needs the supervisor's name and a reason: it is not applied.
override-undetermined = The override is not applied: it can answer a known situation only, and these answers are still missing: { $fields }.
override-list-separator = {"; "}

# The case rules refusing a save, a correction or an override.
rule-final-answer = { $label }: a recorded “yes” is final. If it was recorded by mistake, record a correction with the reason and a supervisor's name; if the person changes their mind again, open a new case.
rule-reserved-key = { $field }: overrides are recorded with a supervisor's name and a reason, latches by the workflow.
rule-no-such-question = { $field }: there is no such question in workflow { $workflow } v{ $version }.
rule-correction-reason = Correction of “{ $label }”: say why the answer was wrong, in a sentence a reviewer can check (at least { $min } characters).
rule-correction-final = Correction of “{ $label }”: it changes a final answer, so give the supervisor's full name.
rule-correction-never = Correction of “{ $label }”: it lifts a stop that can never be overridden ({ $safeguards }), so give the supervisor's full name.
rule-override-not-holding = { $safeguard }: this safeguard does not hold on this case.
rule-override-never = { $title }: this safeguard can never be overridden.
rule-override-undetermined = { $title }: this stop holds only because answers that decide it are missing ({ $fields }). Record them first; then a supervisor can review the situation they describe.
rule-override-incomplete = Override: give the supervisor's full name and a reason a reviewer can check (at least { $min } characters).

# An imported case file refused: `import-problem` puts the place in the file before the problem.
import-problem = { $place }: { $problem }
import-closed-without-date = a closed case must say when it was closed (it could never be purged otherwise).
import-unknown-stage = “{ $stage }” is not a stage of workflow { $workflow } v{ $version }.
import-too-many = { $count } entries: at most { $max } are accepted.
import-no-principal = a case needs its principal applicant.
import-same-person-id = two persons have the same id.
import-consent-unknown-person = person { $person } is not in this case's household.
import-answered-twice = answered twice.
import-override-unknown = an override of a safeguard this workflow does not have.
import-override-incomplete = an override needs the supervisor's full name and a reason of at least { $min } characters.
import-latch-unknown = a latch of a safeguard this workflow does not latch.
import-not-a-latch = not a latch record.
import-no-such-question = workflow { $workflow } v{ $version } has no such question.
import-not-an-answer = not an answer this field can hold.
rule-no-such-member = { $key }: this household has no member { $position }.
rule-not-per-member = { $key }: { $what ->
    [override] an override
   *[answer] this answer
} is recorded once for the whole case, not per household member (workflow { $workflow } v{ $version }).
rule-member-key = { $key }: a member's key is member:<position>:<field>, with position 1 or more.
