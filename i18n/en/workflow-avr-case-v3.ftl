# GENERATED from handbook/workflows/avr-case-v3.toml by the core's i18n test (AVR_BLESS=1 cargo test -p avr-core i18n): do not edit.
# Translators: copy this file to i18n/<lang>/workflow-avr-case-v3.ftl and translate the values; keep the keys. A missing key shows the English.

## workflow
workflow-title = AVR case: from the quay to reintegration
workflow-summary = One person's case, in order: rescue and disembarkation, protection screening, return counselling, pre-departure and arrival. Return steps stay closed until protection screening allows them.

## stage
stage-rescue = Rescue and disembarkation
stage-protection = Protection screening
stage-counselling = Counselling and decision
stage-pre-departure = Pre-departure
stage-arrival = Arrival and reintegration

## step
step-arrival-context = How the person came to us
step-arrival-context-guidance = Landing comes first. Screening and status questions come after it and must never delay landing, first aid, water or food.

## field
field-arrival_mode = How did the person arrive?
field-arrival_mode-required = Record how the person came to us: a stowaway follows a different path.
field-arrival_mode-opt-rescued = Rescued at sea
field-arrival_mode-opt-intercepted = Intercepted at sea
field-arrival_mode-opt-stowaway = Found as a stowaway on a ship
field-disembarkation_date = Date of disembarkation (or of being found, for a stowaway)
field-place = Port or place

## step
step-immediate-needs = Immediate needs first
step-immediate-needs-guidance = Send anyone unconscious, bleeding, struggling to breathe, burned or injured straight to medical staff. Get people out of the cold. Water, food and dry clothing before any question. Psychological first aid is listening and practical help, not therapy.

## field
field-medical_urgent = Urgent medical need (unconscious, bleeding, breathing, burns, injury)?
field-hypothermia_signs = Signs of cold injury (hard or no shivering while cold, confusion, drowsiness, slurred words)?
field-dehydration_signs = Signs of dehydration (cannot keep fluids down, confused, very weak or sleepy, baby not feeding)?
field-handed_to_medical = Handed to medical staff?
field-handed_to_medical-required = Record whether the person was handed to medical staff.
field-handed_to_medical-constraint-1 = Always hand a person with these signs to medical staff, and leave treatment and rewarming to them.
field-basic_needs_given = Water, food, dry clothing and shelter offered?
field-basic_needs_given-constraint-1 = Never hold back water, food or shelter: offer them before anything else.
field-acute_distress = In acute distress?
field-distress_referred = Referred to a mental-health professional or psychosocial team?
field-distress_referred-constraint-1 = Refer anyone in acute distress to a mental-health professional or psychosocial team.

## step
step-after-interception = After an interception
step-after-interception-guidance = People intercepted at sea may be held, and they must still be able to ask for asylum. Find out where each person is held and by whom, whether they were told of their right to seek asylum and can reach UNHCR, and whether alternatives to detention apply, above all for children.

## field
field-detained = Is the person held in detention?
field-detention_place = Where, and by which authority
field-detention_alternative_sought = Alternatives to detention raised with the authority (always for a child)?
field-asylum_access_explained = Told, in their language, of the right to seek asylum and how to reach UNHCR?
field-asylum_access_explained-constraint-1 = After an interception, always make sure the person knows how to ask for asylum.

## step
step-stowaway = A stowaway
step-stowaway-guidance = Treat a stowaway case as a possible protection case until screening says otherwise. Screen out of earshot of the crew, with a trusted interpreter. Nothing that identifies a stowaway who may seek asylum goes to any representative of their country of origin.

## field
field-stowaway_location = Where is the person now?
field-stowaway_location-opt-on_board = Still on board
field-stowaway_location-opt-port_custody = Held by port authority or police
field-stowaway_location-opt-ashore = Ashore, at liberty
field-stowaway_responsible = Who is responsible for the person now (ship, port authority, police)?
field-stowaway_screened_privately = Spoken to privately, out of earshot of crew and others on board, with a trusted interpreter?
field-stowaway_screened_privately-constraint-1 = Screen a stowaway privately, away from the crew, before any mention of return.
field-agent_told_no_origin_contact = Shipping agent and master told not to pass the person's identity to any representative of the country of origin?
field-agent_told_no_origin_contact-constraint-1 = Tell the agent and the master before anything else is arranged.

## step
step-registration = Basic registration
step-registration-guidance = Register only what is needed, in a language the person understands. Record what the person says about their age: never your own estimate. A person who says they are under 18, or may be, is treated as a child until a competent authority has assessed their age.

## field
field-person_ref = Name or case reference
field-age_group = Age
field-age_group-required = Record what the person says about their age: it decides whether child procedures apply.
field-age_group-opt-adult = Says they are 18 or over, and nothing suggests otherwise
field-age_group-opt-child = Says they are under 18
field-age_group-opt-disputed = May be under 18, or age unclear or disputed
field-age_group-constraint-1 = The stated age is under 18: record the person as a child, or as age disputed.
field-stated_age = Age as stated by the person, if given
field-stated_age-constraint-1 = An age between 0 and 120.
field-travelling_with = Travelling with
field-travelling_with-opt-alone = Alone
field-travelling_with-opt-family = Parent, carer or family
field-travelling_with-opt-other_adults = Other adults (not family)
field-languages = Languages the person understands
field-informed_in_language = Told who IOM is and what happens next, in a language they understand?
field-informed_in_language-constraint-1 = Give the information in a language the person understands: find an interpreter first.

## step
step-vulnerability-identification = Identifying vulnerable persons
step-vulnerability-identification-guidance = Watch who is alone, carried, kept apart or spoken for. Offer a private word with an interpreter the person accepts. Write down what you saw and what the person asked for, not what you guess.

## field
field-vulnerabilities = Seen or said
field-vulnerabilities-required = Record what you saw, or “None seen or said”.
field-vulnerabilities-opt-pregnant = Pregnant
field-vulnerabilities-opt-serious_illness = Serious or long-term illness
field-vulnerabilities-opt-disability = Disability
field-vulnerabilities-opt-older_person = Older person
field-vulnerabilities-opt-single_parent = Single parent with children
field-vulnerabilities-opt-torture_survivor = Survivor of torture
field-vulnerabilities-opt-none = None seen or said
field-vulnerabilities-constraint-1 = “None” cannot be chosen together with anything else.
field-vulnerability_referred = Referral explained, consent asked and referral made?

## step
step-handover = Handover and records
step-handover-guidance = Note what help the person received and who took over. Keep health details apart from lists others can see. Pass urgent protection concerns on the same night.

## field
field-handed_over_to = Handed over to
field-handed_over_to-opt-medical_team = Medical team
field-handed_over_to-opt-child_protection = Child protection
field-handed_over_to-opt-unhcr = UNHCR
field-handed_over_to-opt-red_cross = Red Cross / Red Crescent
field-handed_over_to-opt-nobody = Nobody: stays with IOM
field-handed_over_to-constraint-1 = “Nobody” cannot be chosen together with anything else.
field-health_details_separate = Health details kept apart from shared lists?
field-health_details_separate-constraint-1 = Record health details only where the medical team needs them, apart from lists others can see.
field-told_where_to_find_iom = Told where to find IOM again?

## step
step-fear-of-return = Fear of return or wish for asylum
step-fear-of-return-guidance = Ask first, and keep listening: fear can surface at any time, to anyone. Treat “I cannot go back”, talk of threats, prison or war, fear of the person's own government, or fear when an embassy is mentioned as a possible request. Record it in the person's own words and refer the same day. It is not your job to judge whether the fear is well founded. If fear comes up later, come back here and record it: every return step closes again.

## field
field-fear_of_return = Has the person, at any moment and to anyone, said they fear going back or want asylum?
field-fear_of_return-required = Ask and record the answer: no return step opens until it is known.
field-fear_own_words = What the person said, in their own words
field-asylum_referred = Referred to UNHCR and the national asylum authority, with consent?
field-asylum_referred-constraint-1 = Refer a possible asylum request the same day.
field-asylum_referral_date = Date of referral
field-asylum_outcome = Where the asylum claim stands
field-asylum_outcome-help = Only the person's own decision to drop the claim, or a final finding of no protection need, lets AVR go on. A refugee's return is not handled in this workflow.
field-asylum_outcome-opt-pending = Pending
field-asylum_outcome-opt-claim_withdrawn = The person decided not to pursue the claim
field-asylum_outcome-opt-no_protection_need = Final decision: no need for international protection
field-asylum_outcome-opt-protection_granted = International protection granted
field-unhcr_coordinated = Coordinated with UNHCR, and the choice to drop the claim checked as free and informed?

## step
step-trafficking-screening = Trafficking indicators
step-trafficking-screening-guidance = Talk to the person alone, away from anyone who seems to control them, with an interpreter from outside the travelling group. No single indicator proves or rules out trafficking: each is a reason to look further. Never confront a suspected trafficker and never collect evidence for the police.

## field
field-screened_alone = Spoken to alone, with an interpreter from outside the travelling group?
field-screened_alone-constraint-1 = Never screen a possible victim in front of companions.
field-trafficking_indicators = Indicators seen or said
field-trafficking_indicators-required = Record the indicators, or “None”: travel stays closed until screening is recorded.
field-trafficking_indicators-opt-afraid = Afraid of the authorities, employers or travel companions
field-trafficking_indicators-opt-trauma = Signs of psychological trauma
field-trafficking_indicators-opt-not_free = Cannot move freely or leave a workplace
field-trafficking_indicators-opt-no_documents_or_money = No identity documents or money of their own
field-trafficking_indicators-opt-debt = Says they owe money to someone
field-trafficking_indicators-opt-moved_often = Moved from place to place often
field-trafficking_indicators-opt-controlled = Accompanied or watched, not allowed to speak for themselves
field-trafficking_indicators-opt-abuse_signs = Injuries or other signs of abuse; malnutrition
field-trafficking_indicators-opt-none = None
field-trafficking_indicators-constraint-1 = “None” cannot be chosen together with an indicator.

## step
step-trafficking-referral = Referral for counter-trafficking assistance
step-trafficking-referral-guidance = Explain the referral and ask for consent. Offer a return risk assessment before any travel. If the person is also afraid to go home, refer to the asylum procedure as well and record the fear in the fear-of-return step.

## field
field-trafficking_referral_status = Referral
field-trafficking_referral_status-opt-referred = Referred for counter-trafficking assistance
field-trafficking_referral_status-opt-declined = Explained and offered; the person declined
field-trafficking_referral_status-opt-not_yet = Not yet made
field-trafficking_referral_date = Date of referral
field-return_risk_assessment_offered = Return risk assessment offered before any travel?

## step
step-age-assessment = Disputed age
step-age-assessment-guidance = Age assessment is done by qualified people of a competent authority, never by IOM staff on a quay. Until it is done, the person is treated as a child: child protection, guardian and best interests apply, and no adult return process.

## field
field-age_assessment_outcome = Age assessment by a competent authority
field-age_assessment_outcome-opt-pending = Requested, not yet done
field-age_assessment_outcome-opt-minor = Assessed as under 18
field-age_assessment_outcome-opt-adult = Assessed as 18 or over
field-age_assessed_by = Authority that assessed the age
field-age_assessed_on = Date of the assessment
field-age_assessed_on-required = Record when the competent authority assessed the age.

## step
step-child-protection = Child protection referral
step-child-protection-guidance = Identify the child as unaccompanied or separated as soon as this is known, record why and how they became separated, and refer a child travelling alone to the child-protection authority the same night.

## field
field-child_situation = The child is
field-child_situation-opt-unaccompanied = Unaccompanied: no parent, relative or responsible adult
field-child_situation-opt-separated = Separated: with a relative or other adult, not a parent or legal carer
field-child_situation-opt-with_parent = With a parent or legal carer
field-child_protection_referred = Referred to the child-protection authority?
field-child_protection_referred-constraint-1 = Always refer a child travelling alone to the child-protection authority the same night.
field-family_tracing_requested = Family tracing requested (Restoring Family Links), where the child wants it?

## step
step-guardian = Guardian or legal representative
step-guardian-guidance = A child alone needs a guardian or adviser and a legal representative. Where a child cannot take a free and informed decision alone, a qualified assessment decides who may decide for them.

## field
field-guardian_status = Guardian
field-guardian_status-opt-appointed = Guardian appointed
field-guardian_status-opt-parent_confirmed = Travelling parent confirmed as legal guardian by child protection
field-guardian_status-opt-requested = Requested, not yet appointed
field-guardian_name = Guardian's name and authority

## step
step-best-interests = Best interests
step-best-interests-guidance = The child's best interests are a primary consideration in every action. A child is returned only if a formal best-interests procedure finds return in their best interests, their safety is not at risk, and a suitable carer at the destination has agreed in advance and can take responsibility. Consular services are involved only where that serves the child.

## field
field-bid_outcome = Best-interests determination
field-bid_outcome-opt-not_started = Not started
field-bid_outcome-opt-in_progress = In progress
field-bid_outcome-opt-return_in_best_interests = Completed: return is in the child's best interests
field-bid_outcome-opt-return_not_in_best_interests = Completed: return is not in the child's best interests
field-destination_carer_confirmed = A suitable carer at the destination has agreed to take responsibility and is confirmed able to?

## step
step-gbv = Gender-based violence
step-gbv-guidance = Nobody has to tell you what happened. Make private space available, offer a female staff member and interpreter, and tell everyone in general terms that confidential support exists. If someone discloses, the survivor decides what to share and which services to use. Keep details out of group lists: write “protection concern, referred”.

## field
field-private_space_offered = Private space and a choice of staff and interpreter offered?
field-private_space_offered-constraint-1 = Offer private space and a choice of staff member and interpreter.
field-gbv_disclosed = Did the person disclose gender-based violence?
field-gbv_disclosed-opt-yes = Yes
field-gbv_disclosed-opt-no = No
field-gbv_referral = Referral
field-gbv_referral-opt-referred = Referred, with consent
field-gbv_referral-opt-declined = Offered; the survivor declined
field-gbv_referral-opt-later = The survivor wants to decide later
field-gbv_details_restricted = Details kept in the restricted file only?
field-gbv_details_restricted-constraint-1 = Always keep details of violence out of group lists and shared registers.
field-gbv_linked_to_home = Is the violence linked to people or places at home?
field-gbv_linked_to_home-help = If yes, this may be a fear of return: record it in the fear-of-return step.
field-gbv_support_confirmed = Support on arrival confirmed before any booking?

## step
step-medical-needs = Medical needs
step-medical-needs-guidance = Note health needs only where the medical team needs them, and refer. Health details are personal data, shared only with consent for a stated purpose.

## field
field-ongoing_medical_needs = Ongoing medical needs?
field-medical_referral_made = Referred for care?

## step
step-screening-record = Screening recorded
step-screening-record-guidance = Record each screening result, with the date and the interpreter's name, before moving on. Keep listening: fear can surface later.

## field
field-screening_date = Date of screening
field-screening_interpreter = Interpreter (name or ID; “none: own language” if none was needed)
field-screening_interpreter-required = Always record who interpreted.

## step
step-counselling-session = Information in a language the person understands
step-counselling-session-guidance = Hold the session in private. Say who you are, that IOM is not the police, and what the session is for. Cover the process, the help on offer and its limits, and the situation at home. Unbiased: neither push return nor talk the person out of it. Check understanding by asking the person to say it back in their own words.

## field
field-session_date = Date of the counselling session
field-counselling_language = Language and dialect used
field-interpreter_used = Was an interpreter used?
field-interpreter_name = Interpreter's name, or ID for a remote service
field-interpreter_name-required = Always record who interpreted every counselling session.
field-interpreter_mode = Interpretation
field-interpreter_mode-opt-in_person = In person
field-interpreter_mode-opt-phone = By phone
field-interpreter_mode-opt-video = By video
field-understanding_checked = Understanding checked: the person explained back, in their own words, what will happen and what they can still change?
field-understanding_checked-constraint-1 = A decision is informed only if the person understood: check it before going on.
field-asylum_right_explained = Explained that asking for asylum is always possible, and what happens to the return file if they do?
field-asylum_right_explained-constraint-1 = Always explain that asylum can be asked for at any time.
field-withdrawal_right_explained = Explained that they can change their mind up to the day of departure?
field-withdrawal_right_explained-constraint-1 = Always explain the right to withdraw.

## step
step-time-to-reflect = Time to reflect
step-time-to-reflect-guidance = Do not ask someone who has just landed after days at sea to make a life decision. If the person has not rested, eaten and been seen by medical staff, or does not yet know where they are and what their options are, give information only and fix a later session.

## field
field-rested_and_seen = Has the person rested, eaten and been seen by medical staff?
field-ready_to_decide = Does the person want to take a decision now?
field-ready_to_decide-constraint-1 = Not yet: give information only and fix a later session.
field-next_session_date = Date agreed for the next session

## step
step-return-decision = Decision and voluntary declaration
step-return-decision-guidance = Read the whole form aloud in the person's language, through the recorded interpreter. Never pre-fill the decision, sign for the person, or accept a signature from someone who could not read the form or have it read to them. If you doubt the person's capacity to decide, stop.

## field
field-wants_to_return = The person's decision
field-wants_to_return-opt-yes = Wants to return
field-wants_to_return-opt-no = Does not want to return
field-wants_to_return-opt-undecided = Undecided
field-capacity_doubt = Any doubt about the person's capacity to decide?
field-capacity_doubt-constraint-1 = Stop: a qualified assessment is needed, and it settles who may decide for the person.
field-pressure_observed = Any sign of pressure (detention, debt, family, other passengers, staff)?
field-pressure_observed-constraint-1 = A decision under pressure is not voluntary: name the pressure and stop.
field-declaration_signed = Voluntary declaration signed by the person?
field-declaration_date = Date of the declaration
field-declaration_date-constraint-1 = The declaration comes after the counselling session.
field-declaration_valid_until = The declaration stands until
field-declaration_valid_until-help = The last day the signed declaration can be relied on without signing again: the date your office's declaration form or procedure sets. The decision is still reconfirmed before documents are requested, before booking and on departure day; a departure after this date needs a new declaration.
field-declaration_valid_until-constraint-1 = The declaration cannot end before the day it was signed.
field-declaration_read_aloud = Read aloud in full, in the person's language?
field-declaration_read_aloud-constraint-1 = Read the whole form aloud in the person's language before signing.
field-guardian_consented_to_declaration = The child's guardian consented to the declaration, after hearing it read?
field-guardian_consented_to_declaration-required = A child's declaration needs the guardian's recorded consent.
field-declaration_guardian = Guardian who consented (name and authority)
field-declaration_interpreter = Interpreter for the signature (name or ID; “none: own language”)
field-declaration_interpreter-required = Always record who interpreted every signature.

## step
step-withdrawal = Withdrawal
step-withdrawal-guidance = A person may change their mind and pull out of the return at any point, up to the day of departure. Never tell them it is too late. Record the withdrawal here whenever it happens: the return path closes.

## field
field-withdrawn = Has the person withdrawn from the return?
field-withdrawn-help = A recorded withdrawal is final. If it was recorded by mistake, a supervisor records a correction; if the person asks to return again later, open a new case.
field-withdrawal_date = Date of withdrawal
field-withdrawal_interpreter = Who interpreted (name or ID; “none: own language”)
field-withdrawal_offices_told = Movement and receiving offices told?
field-withdrawal_needs = What the person needs now, and where they were referred

## step
step-reconfirm-decision = Reconfirm the decision
step-reconfirm-decision-guidance = Before any request for travel documents and before booking, reconfirm the decision in the person's language. Ask whether anything has changed since screening: a new fear, a new story. If it has, record it in the fear-of-return step and screen again.

## field
field-decision_reconfirmed = Decision to return reconfirmed, in the person's language?
field-decision_reconfirmed-constraint-1 = If the person no longer wants to return, record a withdrawal.
field-no_new_fear = Asked again: no new fear or new story since screening?
field-no_new_fear-constraint-1 = A new fear or story: record it in the fear-of-return step. Return steps stop until it is resolved.

## step
step-documents-check = Travel documents
step-documents-check-guidance = Check which papers the person holds and where they are. Lacking one's own documents can be a trafficking indicator: note it without judging. Contact with the country of origin needs clear screening and consent for that purpose.

## field
field-own_travel_document = Does the person hold a valid passport or travel document of their own?
field-consent_consular = Consent to contact the consulate for a travel document, explained and given for this purpose?
field-consent_consular_interpreter = Who interpreted the consent (name or ID; “none: own language”)
field-alternative_document_route = Consent refused: another route to a travel document
field-alternative_document_route-required = Without consent for consular contact, record which other route to a document is open, or “None found yet”.
field-alternative_document_route-opt-none = None found yet
field-alternative_document_route-opt-person_applies = The person applies to their consulate themselves, with our support
field-alternative_document_route-opt-icrc_document = ICRC emergency travel document
field-alternative_document_route-opt-other_state_document = A document from the host State (e.g. for a stateless person)

## step
step-consular-contact = Consular contact
step-consular-contact-guidance = Share only what the consulate needs to confirm nationality and issue the document. Say nothing about how the person travelled, any asylum history, trafficking or health. Record what was sent, to whom, when and by whom, and tell the person.

## field
field-consular_request_date = Date the request was sent
field-consular_data_sent = What was sent, to whom, and by whom
field-person_told_what_shared = Person told what was shared, and when?
field-person_told_what_shared-constraint-1 = Tell the person what was shared with the consulate.

## step
step-travel-document = Travel document in hand
step-travel-document-guidance = Record the document the person will travel on. Hand originals back, or record who holds them and why.

## field
field-travel_document_type = Document the person will travel on
field-travel_document_type-opt-passport = Passport
field-travel_document_type-opt-emergency_travel_document = Emergency travel document or laissez-passer
field-travel_document_type-opt-icrc_document = ICRC emergency travel document
field-travel_document_type-opt-other = Other travel document
field-travel_document_number = Document number
field-travel_document_issuer = Issued by (authority, consulate or organisation)
field-travel_document_issued = Date of issue
field-travel_document_expires = Valid until
field-travel_document_expires-constraint-1 = The document cannot expire before it was issued.

## step
step-fitness-to-travel = Health check and fitness to travel
step-fitness-to-travel-guidance = Fitness to travel is a medical judgement made before departure. If the person is not fit, or the care they need is not waiting at the other end, postpone: the decision stays theirs, only the date moves. Share health details only with consent for that purpose.

## field
field-health_check_date = Date of the health check
field-fitness_decision = Fitness to travel
field-fitness_decision-opt-fit = Fit to travel without support
field-fitness_decision-opt-fit_with_escort = Fit to travel with an escort
field-fitness_decision-opt-not_fit = Not fit now
field-fitness_valid_until = Fitness record valid until (as the medical team states)
field-fitness_valid_until-constraint-1 = The record cannot end before the health check.
field-fitness_review_date = Review date (tell the movement team)
field-pregnant = Pregnant?
field-pregnant-help = Check against what was seen at the quay (vulnerabilities).
field-pregnant-constraint-1 = At the quay a pregnancy was recorded: check again with a health worker, and correct whichever answer is wrong.
field-pregnancy_weeks = Weeks of pregnancy, as assessed by a health worker
field-pregnancy_weeks-required = Record the stage of pregnancy as assessed by a health worker, not guessed.
field-pregnancy_weeks_on = Date the weeks were assessed
field-pregnancy_weeks_on-required = Record when the weeks were assessed: the weeks at departure are counted from it.
field-multiple_pregnancy = Twins or more?
field-fit_to_fly_certificate = Medical certificate for the carrier, dated within the carrier's limit before the flight?
field-fit_to_fly_certificate-help = Carriers usually ask for one after about 28 weeks. Check the current rule of every carrier on the route.
field-maternity_care_confirmed = Antenatal and delivery care at the destination confirmed?
field-chronic_illness = Long-term illness with treatment that must not stop?
field-chronic_illness-constraint-1 = Screening recorded ongoing medical needs: check again with the health worker, and correct whichever answer is wrong.
field-treatment_available_at_home = Treatment confirmed to exist where the person will live, and reachable for them?
field-medication_supply = Enough medication for the journey and until treatment starts at home, with the prescriptions?
field-medical_summary_prepared = Medical summary for the journey and the receiving health service, shared with consent?
field-escort_type = Escort
field-escort_type-opt-none = None needed
field-escort_type-opt-medical = Medical
field-escort_type-opt-psychosocial = Psychosocial
field-escort_type-opt-humanitarian = Humanitarian
field-escort_type-constraint-1 = The fitness decision says an escort is needed.
field-health_sharing_consent = Consent recorded for sharing health details with the escort or carrier, where needed?

## step
step-travel-arrangements = Travel arrangements
step-travel-arrangements-guidance = Choose the route for safety, not only price or speed: never through a country the person fears or where they were held or exploited. Inform the IOM offices in transit and at the destination, sending only what the person agreed to share.

## field
field-departure_date = Planned departure date
field-departure_date-help = A planned date in the past is flagged in the checklist: set the new date.
field-route_safe = Route avoids every country the person fears or was held or exploited in?
field-route_safe-constraint-1 = Change the route, and ask whether the fear points to a protection need.
field-offices_informed = Transit and receiving offices informed, with only the data the person agreed to share?
field-escort_booked = Escort booked and briefed?
field-child_escort_confirmed = A parent, guardian or specialised official travels with the child?

## step
step-departure-day = Departure day
step-departure-day-guidance = Reconfirm the decision on the day. If the person hesitates, goes silent or asks new questions, stop, talk in private with an interpreter, and treat it as a possible withdrawal. Give the person their own documents and ticket, and explain each one.

## field
field-reconfirmed_on_the_day = Decision reconfirmed today, in private, in the person's language?
field-reconfirmed_on_the_day-constraint-1 = Stop. If the person no longer wants to go, record a withdrawal.
field-documents_and_ticket_handed = Documents, ticket and allowance handed to the person, with a receipt?
field-departed = Has the person departed?
field-actual_departure_date = Date of departure

## step
step-reception = Reception at the point of arrival
step-reception-guidance = Confirm arrival to the sending office, with the date, time and who met the person. If the person was not met, was held, or says on arrival that they are afraid, call the receiving office's duty contact at once: a fear on arrival is a protection concern.

## field
field-arrival_confirmed = Arrival confirmed by the receiving office?
field-arrival_date = Date of arrival
field-met_by = Who met the person
field-arrival_problems = Problems on arrival
field-arrival_problems-opt-not_met = Nobody met the person
field-arrival_problems-opt-held = Held at the border
field-arrival_problems-opt-fear_raised = A fear or threat came up
field-arrival_problems-opt-missing_items = Missing luggage, medicines or documents
field-arrival_problems-opt-none = None
field-arrival_problems-constraint-1 = “None” cannot be chosen together with a problem.
field-arrival_fear_referred = Fear or threat referred as a protection concern, details kept confidential?
field-arrival_fear_referred-constraint-1 = Treat a fear on arrival as a protection concern and refer it.

## step
step-onward-transport = Onward transport
step-onward-transport-guidance = Arrange onward travel to where the person will live, and give them the receiving office's contact details.

## field
field-onward_transport_arranged = Onward travel arranged?
field-final_destination = Where the person will live

## step
step-reintegration-plan = Reintegration plan
step-reintegration-plan-guidance = Hand over the plan agreed before departure, with the person's consent, and introduce the case worker or partner who will follow them. Look at the economic, social and psychosocial dimensions together. Never promise a package, amount or job the receiving office has not confirmed.

## field
field-plan_handed_over = Reintegration plan handed over, with consent?
field-plan_dimensions = The plan covers
field-plan_dimensions-opt-economic = Economic: earning a living
field-plan_dimensions-opt-social = Social: housing, people to turn to
field-plan_dimensions-opt-psychosocial = Psychosocial: coping with what happened
field-plan_dimensions-opt-health = Health: treatment, medicines, antenatal care at home
field-plan_dimensions-constraint-1 = The person has a long-term illness or is pregnant: the plan needs its health dimension.
field-caseworker_introduced = Case worker or partner introduced?

## step
step-monitoring = Monitoring
step-monitoring-guidance = Monitoring data is personal data: collect it only with consent, for a stated purpose. Record changes in the person's own words. If follow-up shows a new fear or threat, refer for protection at once.

## field
field-monitoring_consent = Does the person agree to be contacted for follow-up?
field-monitoring_contact = How and when the person wants to be contacted
field-baseline_recorded = Baseline in each dimension recorded, in the person's words?

## safeguard
safeguard-asylum-claim-open = Fear of return or asylum claim open
safeguard-asylum-claim-open-rule = No return step while a fear of return or an asylum claim is open.
safeguard-asylum-claim-open-message = The person has said they fear going back or want asylum, or this has not been asked yet. No return step may be taken until that protection need is settled: refer to UNHCR and the asylum authority, and put any AVR request on hold. Never contact the authorities of the country of origin about this person. Once a fear is recorded, changing the answer does not lift this stop: only the asylum outcome does, or a supervisor's recorded correction of an answer entered by mistake.
safeguard-asylum-claim-open-lift = The person decided not to pursue the claim and UNHCR was consulted, or the claim ended with a final finding of no need for international protection (fear-of-return step).
safeguard-screening-incomplete = Protection screening not recorded
safeguard-screening-incomplete-rule = No return counselling and no consular contact until protection screening is recorded.
safeguard-screening-incomplete-message = Protection comes first: screen in the handbook's order (fear of return, trafficking, child, vulnerability), record each result with the date and the interpreter, and only then talk about return. Nothing goes to the consulate while any screening step is open.
safeguard-screening-incomplete-lift = Every screening step of the protection stage is complete (after an interception, the interception checks too).
safeguard-child-not-referred = Child not referred to child protection
safeguard-child-not-referred-rule = No return counselling for a child travelling without a parent until the child-protection authority has the referral.
safeguard-child-not-referred-message = A child travelling alone, or with adults who are not their parents or legal carers, is referred to the child-protection authority the same night. Return is not discussed before that authority is involved.
safeguard-child-not-referred-lift = The referral to the child-protection authority is recorded in the child-protection step (or the child is with a parent or legal carer).
safeguard-child-no-guardian = No guardian for the child
safeguard-child-no-guardian-rule = No return counselling for a child until a guardian or legal representative is in place.
safeguard-child-no-guardian-message = A child does not go through return counselling alone: a guardian or legal representative is in place first, and takes part.
safeguard-child-no-guardian-lift = A guardian is appointed, or the travelling parent is confirmed as legal guardian by child protection (guardian step).
safeguard-child-best-interests = Child: best interests not determined
safeguard-child-best-interests-rule = No return decision for a child without the best-interests and guardian steps.
safeguard-child-best-interests-message = The person is a child, or their age is disputed and not assessed: they are treated as a child. A return decision needs a guardian or legal representative in place and a completed best-interests determination finding that return is in the child's best interests. Once recorded as a child, a later edit of the age does not lift this: an age assessment by a named authority on a recorded date does.
safeguard-child-best-interests-lift = The guardian step is complete with a guardian in place and the best-interests step finds return in the child's best interests; or a competent authority, named, assesses the person as an adult on a recorded date.
safeguard-child-carer-unconfirmed = Child: no confirmed carer at the destination
safeguard-child-carer-unconfirmed-rule = No travel for a child until a carer at the destination has agreed and is confirmed able to take responsibility.
safeguard-child-carer-unconfirmed-message = A child is not sent back unless a suitable carer has agreed, before departure, to take responsibility and is in a position to do it.
safeguard-child-carer-unconfirmed-lift = The carer at the destination is confirmed in the best-interests step (or a competent authority assesses the person as an adult).
safeguard-trafficking-not-referred = Trafficking indicators, no referral
safeguard-trafficking-not-referred-rule = No travel while trafficking indicators have not led to a referral.
safeguard-trafficking-not-referred-message = Trafficking indicators are recorded, or screening is not recorded yet, and no referral for counter-trafficking assistance has been made or offered. Explain the referral, ask for consent and refer; offer a return risk assessment before any travel. Once indicators are recorded, removing them does not lift this stop: a referral does, or a recorded correction.
safeguard-trafficking-not-referred-lift = A referral for counter-trafficking assistance is recorded, or the offer and the person's refusal are.
safeguard-trafficking-referral-declined = Trafficking referral declined (adult)
safeguard-trafficking-referral-declined-rule = No travel after a declined trafficking referral without a supervisor's review.
safeguard-trafficking-referral-declined-message = The person was offered a referral for counter-trafficking assistance and declined it. Their choice is respected, but travel goes on only after a supervisor has reviewed the case, including the return risk assessment.
safeguard-trafficking-referral-declined-lift = A referral is made after all, or a supervisor records their name and why travel can go on.
safeguard-child-trafficking-referral-declined = Child: trafficking referral declined
safeguard-child-trafficking-referral-declined-rule = No travel for a child whose trafficking referral was declined.
safeguard-child-trafficking-referral-declined-message = A child with trafficking indicators is referred for assistance and protection. A declined referral is not a choice a supervisor can accept on a child's behalf: refer through the child-protection authority and the guardian.
safeguard-child-trafficking-referral-declined-lift = The referral is made (trafficking-referral step).
safeguard-consular-without-consent = No consent for consular contact
safeguard-consular-without-consent-rule = No consular contact without recorded consent for that purpose.
safeguard-consular-without-consent-message = Asking the consulate for a travel document passes the person's data to the authorities of their country of origin. It needs clear protection screening and the person's explicit consent for this purpose, recorded with the interpreter named.
safeguard-consular-without-consent-lift = Consent to consular contact is recorded in the travel-documents step, with the interpreter named.
safeguard-no-document-route = No route to a travel document
safeguard-no-document-route-rule = No travel document recorded, and no booking, while consent for consular contact is refused and no other route is recorded.
safeguard-no-document-route-message = The person refused consular contact, which is their right. A travel document then needs another route: the person applying themselves with support, an ICRC emergency travel document, or a document from the host State. Until one is recorded, no document can be recorded as in hand.
safeguard-no-document-route-lift = Another route to a travel document is recorded in the travel-documents step, or consent for consular contact is given.
safeguard-no-voluntary-declaration = No signed voluntary declaration
safeguard-no-voluntary-declaration-rule = No travel without a signed voluntary declaration.
safeguard-no-voluntary-declaration-message = Return is voluntary only with a free choice and an informed decision, recorded in writing: the declaration read aloud in the person's language and signed by them, the interpreter named, no doubt about capacity and no sign of pressure. For a child, the guardian's recorded consent as well.
safeguard-no-voluntary-declaration-lift = The decision step is complete with the person's signed voluntary declaration (and, for a child, the guardian's consent).
safeguard-withdrawal-recorded = Withdrawal recorded
safeguard-withdrawal-recorded-rule = A recorded withdrawal closes the return path.
safeguard-withdrawal-recorded-message = The person has withdrawn from the return. They may change their mind at any point up to departure, and nobody may tell them it is too late. Tell the movement and receiving offices at once, and ask what the person needs now.
safeguard-withdrawal-recorded-lift = Nothing in this case. If the person asks to return again later, open a new case: counselling and the voluntary declaration start again. A withdrawal recorded by mistake is put right only by a supervisor's recorded correction.
safeguard-decision-not-reconfirmed = Decision not reconfirmed
safeguard-decision-not-reconfirmed-rule = No request for travel documents and no booking until the decision is reconfirmed.
safeguard-decision-not-reconfirmed-message = Reconfirm the decision to return, in the person's language, before any request for travel documents and before booking, and ask whether anything has changed since screening.
safeguard-decision-not-reconfirmed-lift = The reconfirm step is complete: decision reconfirmed, no new fear or story.
safeguard-pregnancy-care-unconfirmed = Pregnancy: care at the destination not confirmed
safeguard-pregnancy-care-unconfirmed-rule = No booking for a pregnant returnee until care at the destination is confirmed.
safeguard-pregnancy-care-unconfirmed-message = Always confirm what antenatal and delivery care waits at the destination before booking, not after, and plan the whole journey within the carrier's limits for the stage of pregnancy.
safeguard-pregnancy-care-unconfirmed-lift = Care at the destination is confirmed in the fitness-to-travel step.
safeguard-pregnancy-past-carrier-limit = Pregnancy past the carriers' usual limit on the planned date
safeguard-pregnancy-past-carrier-limit-rule = No departure when the pregnancy will be past the carriers' usual limit on the planned date.
safeguard-pregnancy-past-carrier-limit-message = On the planned date the pregnancy will be at or past about 36 weeks (32 for twins or more), when carriers usually refuse travel or ask for their own medical clearance. Move the date, or get the carrier's written clearance and record it as a new fitness decision with the health worker.
safeguard-pregnancy-past-carrier-limit-lift = A departure date before the limit, or a corrected assessment of the weeks by a health worker.
safeguard-treatment-unconfirmed = Long-term illness: treatment at home not confirmed
safeguard-treatment-unconfirmed-rule = No booking for a person with a long-term illness until treatment at home is confirmed.
safeguard-treatment-unconfirmed-message = Treatment that must not stop has to exist where the person will live, and they must be able to reach it. Confirm it before travel.
safeguard-treatment-unconfirmed-lift = Treatment at the destination is confirmed in the fitness-to-travel step. If it cannot be and the person, fully informed, still chooses to go, a supervisor may record why.
safeguard-gbv-support-unconfirmed = Survivor: support on arrival not confirmed
safeguard-gbv-support-unconfirmed-rule = No booking for a survivor of gender-based violence until support on arrival is confirmed.
safeguard-gbv-support-unconfirmed-message = Confirm that support is available on arrival before booking travel, and ask whether the violence is linked to people or places at home.
safeguard-gbv-support-unconfirmed-lift = Support on arrival is confirmed in the gender-based violence step. If the survivor, informed, declines support, a supervisor may record that choice.
safeguard-departure-not-ready = Departure not ready
safeguard-departure-not-ready-rule = No departure until the fitness-to-travel record, the travel document and the voluntary declaration all cover the planned date.
safeguard-departure-not-ready-message = Departure readiness does not hold: see the readiness checks for what does not cover the planned departure date.
safeguard-departure-not-ready-lift = Every record covers the planned date and every readiness requirement holds.

## checklist
checklist-medical-handover = Person with urgent medical needs, cold injury or dehydration handed to medical staff
checklist-basic-needs = Water, food, dry clothing and shelter offered
checklist-stowaway-screened = Stowaway screened privately, away from the crew; shipping agent told not to contact origin representatives
checklist-information-in-language = Information given in a language the person understands
checklist-vulnerability-referral = Vulnerable person referred, with consent
checklist-asylum-referral = Possible asylum request recorded in the person's own words and referred the same day
checklist-trafficking-referral = Referral for counter-trafficking assistance made
checklist-return-risk-assessment = Return risk assessment offered before any travel
checklist-age-assessment = Age assessed by a competent authority
checklist-child-protection-referral = Child referred to the child-protection authority
checklist-guardian-appointed = Guardian or legal representative in place
checklist-best-interests-determination = Best-interests determination completed and finding return in the child's best interests
checklist-destination-carer = Carer at the destination agreed and confirmed able
checklist-gbv-confidential = Details of violence kept in the restricted file only
checklist-gbv-support-on-arrival = Support on arrival confirmed for the survivor before booking
checklist-screening-recorded = Screening results recorded with date and interpreter
checklist-interpreter-recorded = Interpreter recorded for the counselling session
checklist-understanding-checked = Understanding checked: the person explained back in their own words
checklist-time-to-reflect = Time to reflect given before any decision
checklist-voluntary-declaration = Voluntary declaration read aloud and signed, interpreter recorded
checklist-withdrawal-handled = Withdrawal recorded; movement and receiving offices told
checklist-decision-reconfirmed = Decision reconfirmed before any document request or booking
checklist-consular-consent = Consent for consular contact recorded, interpreter named
checklist-consular-disclosure-told = Person told what was shared with the consulate
checklist-travel-document = Travel document in hand: type, number, issuer and dates recorded
checklist-document-route = Consular contact refused: another route to a document recorded
checklist-interception-detention = Place of detention and holding authority recorded; alternatives raised
checklist-interception-asylum-access = Right to seek asylum and access to UNHCR explained after the interception
checklist-medication-supply = Medication for the journey and until treatment starts at home, with prescriptions
checklist-medical-summary = Medical summary for the journey and the receiving health service, shared with consent
checklist-escort-decision = Escort decision recorded for a person with a long-term illness
checklist-pregnancy-certificate = Carrier's medical certificate for a pregnancy past about 28 weeks on the planned date
checklist-departure-date-not-past = Planned departure date is not in the past
checklist-child-guardian-consent = The guardian's consent to the child's declaration recorded
checklist-fitness-recorded = Fitness to travel recorded
checklist-maternity-care = Antenatal and delivery care at the destination confirmed before booking
checklist-treatment-at-home = Treatment at the destination confirmed before travel
checklist-escort-booked = Escort booked and briefed
checklist-child-escort = Parent, guardian or specialised official travels with the child
checklist-safe-route = Route chosen for safety
checklist-reconfirmed-on-the-day = Decision reconfirmed on the day of departure
checklist-arrival-confirmed = Arrival confirmed to the sending office
checklist-reintegration-plan = Reintegration plan handed over and case worker introduced
checklist-monitoring-agreed = Follow-up agreed with the person
checklist-reintegration-health = Reintegration plan covers health: treatment, medicines or antenatal care at home

## departure
departure-record-1 = Voluntary declaration
departure-record-2 = Fitness-to-travel record
departure-record-3 = Travel document
departure-requires-1 = Fit to travel
departure-requires-2 = Escort booked where one is needed
departure-requires-3 = A child travels with a parent, guardian or specialised official
departure-requires-4 = Health check consistent with screening at the quay
departure-requires-5 = Carrier's medical certificate, past about 28 weeks of pregnancy
departure-requires-6 = Travel document recorded: type, number and issuer
departure-requires-7 = A stowaway is ashore, and the shipping agent was told

## form
form-voluntary-declaration = Voluntary return declaration
form-voluntary-declaration-intro-1 = Read this whole form aloud to the person, in a language they understand, before anyone signs. Nobody signs for them.
form-voluntary-declaration-intro-2 = I have been told what assisted voluntary return is, what help is offered and what it does not include, and what is known about the situation where I will go. I was given time to think. I choose to return of my own free will; nobody has pressured me. I know I may change my mind and withdraw at any time before I leave.
form-voluntary-declaration-intro-3 = For a child: the guardian named below heard this declaration and consents to it.
form-voluntary-declaration-signature-1 = Returnee
form-voluntary-declaration-signature-2 = Interpreter
form-voluntary-declaration-signature-3 = IOM staff member
form-voluntary-declaration-signature-4 = Guardian (for a child)
form-data-sharing-consent = Consent to share personal data
form-data-sharing-consent-intro-1 = Explain, in the person's language, who will receive which information, why, and what happens if they say no. Consent is asked for each purpose separately and can be withdrawn at any time. Health details are shared only with consent for that purpose.
form-data-sharing-consent-intro-2 = Purpose (one per form): ________________________________   Recipient: ________________________________
form-data-sharing-consent-signature-1 = The person
form-data-sharing-consent-signature-2 = Interpreter
form-data-sharing-consent-signature-3 = IOM staff member
form-interpreter-log = Interpreter log
form-interpreter-log-intro-1 = Record who interpreted every conversation that matters for the case: screening, counselling, each signature and any withdrawal. An interpreter from outside the travelling group for screening; never a family member for questions about violence or trafficking.
form-interpreter-log-signature-1 = IOM staff member
form-arrival-handover = Arrival handover sheet
form-arrival-handover-intro-1 = For the receiving office. Share only what the person agreed to share. If the person was not met, was held, or says on arrival that they are afraid, call the receiving office's duty contact at once.
form-arrival-handover-signature-1 = Sending office staff member
form-arrival-handover-signature-2 = Receiving office staff member
form-situation-report = Situation report: a landing
form-situation-report-intro-1 = A short report of one landing for the office, by numbers and needs, never by name. Write counts on the lines, and keep protection details for the restricted file.
form-situation-report-intro-2 = People landed: ______  Children: ______  Unaccompanied or separated children: ______  Needing urgent medical care: ______
form-situation-report-signature-1 = IOM staff member
