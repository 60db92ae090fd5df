# Traduction française de i18n/en/workflow-avr-case-v2.ftl (généré depuis handbook/workflows/avr-case-v2.toml).
# Mêmes clés, même ordre que le catalogue anglais ; les textes identiques à la version 3 reprennent sa traduction.

## workflow
workflow-title = Dossier d'aide au retour volontaire : du quai à la réintégration
workflow-summary = Le dossier d'une personne, dans l'ordre : sauvetage et débarquement, examen des besoins de protection, conseil au retour, préparation du départ et arrivée. Les étapes du retour restent fermées tant que l'examen des besoins de protection ne les autorise pas.

## stage
stage-rescue = Sauvetage et débarquement
stage-protection = Examen des besoins de protection
stage-counselling = Conseil et décision
stage-pre-departure = Préparation du départ
stage-arrival = Arrivée et réintégration

## step
step-arrival-context = Comment la personne est arrivée jusqu'à nous
step-arrival-context-guidance = Le débarquement passe en premier. Les questions d'examen et de statut viennent après et ne doivent jamais retarder le débarquement, les premiers secours, l'eau ou la nourriture.

## field
field-arrival_mode = Comment la personne est-elle arrivée ?
field-arrival_mode-required = Indiquez comment la personne est arrivée jusqu'à nous : un passager clandestin suit un autre parcours.
field-arrival_mode-opt-rescued = Secourue en mer
field-arrival_mode-opt-intercepted = Interceptée en mer
field-arrival_mode-opt-stowaway = Découverte comme passager clandestin à bord d'un navire
field-disembarkation_date = Date du débarquement (ou de la découverte, pour un passager clandestin)
field-place = Port ou lieu

## step
step-immediate-needs = D'abord les besoins immédiats
step-immediate-needs-guidance = Envoyez directement au personnel médical toute personne inconsciente, qui saigne, qui respire avec difficulté, brûlée ou blessée. Mettez les personnes à l'abri du froid. Eau, nourriture et vêtements secs avant toute question. Les premiers secours psychologiques, c'est écouter et aider concrètement, pas une thérapie.

## field
field-medical_urgent = Besoin médical urgent (inconscience, saignement, difficulté à respirer, brûlures, blessure) ?
field-hypothermia_signs = Signes de lésion due au froid (frissons intenses, ou absence de frissons malgré le froid, confusion, somnolence, élocution difficile) ?
field-dehydration_signs = Signes de déshydratation (ne garde pas ce qu'elle boit, confusion, très faible ou très somnolente, bébé qui ne s'alimente pas) ?
field-handed_to_medical = Confiée au personnel médical ?
field-handed_to_medical-required = Indiquez si la personne a été confiée au personnel médical.
field-handed_to_medical-constraint-1 = Confiez toujours au personnel médical une personne présentant ces signes, et laissez-lui les soins et le réchauffement.
field-basic_needs_given = Eau, nourriture, vêtements secs et abri proposés ?
field-basic_needs_given-constraint-1 = Ne retardez et ne refusez jamais l'eau, la nourriture ou l'abri : proposez-les avant toute autre chose.
field-acute_distress = En détresse aiguë ?
field-distress_referred = Orientée vers un professionnel de santé mentale ou une équipe psychosociale ?
field-distress_referred-constraint-1 = Orientez toute personne en détresse aiguë vers un professionnel de santé mentale ou une équipe psychosociale.

## step
step-after-interception = Après une interception
step-after-interception-guidance = Les personnes interceptées en mer peuvent être détenues, et elles doivent toujours pouvoir demander l'asile. Établissez où chaque personne est détenue et par qui, si elle a été informée de son droit de demander l'asile et peut joindre le HCR, et si des alternatives à la détention s'appliquent, surtout pour les enfants.

## field
field-detained = La personne est-elle en détention ?
field-detention_place = Où, et par quelle autorité
field-detention_alternative_sought = Alternatives à la détention évoquées avec l'autorité (toujours pour un enfant) ?
field-asylum_access_explained = Informée, dans sa langue, du droit de demander l'asile et de la façon de joindre le HCR ?
field-asylum_access_explained-constraint-1 = Après une interception, assurez-vous toujours que la personne sait comment demander l'asile.

## step
step-stowaway = Un passager clandestin
step-stowaway-guidance = Traitez un cas de passager clandestin comme un possible cas de protection jusqu'à ce que l'examen dise le contraire. Menez l'examen hors de portée de voix de l'équipage, avec un interprète de confiance. Rien de ce qui permet d'identifier un passager clandestin susceptible de demander l'asile ne doit parvenir à un quelconque représentant de son pays d'origine.

## field
field-stowaway_location = Où se trouve la personne maintenant ?
field-stowaway_location-opt-on_board = Toujours à bord
field-stowaway_location-opt-port_custody = Retenue par l'autorité portuaire ou la police
field-stowaway_location-opt-ashore = À terre, en liberté
field-stowaway_responsible = Qui est responsable de la personne maintenant (navire, autorité portuaire, police) ?
field-stowaway_screened_privately = Entretien en privé, hors de portée de voix de l'équipage et des autres personnes à bord, avec un interprète de confiance ?
field-stowaway_screened_privately-constraint-1 = Menez l'examen d'un passager clandestin en privé, à l'écart de l'équipage, avant toute mention du retour.
field-agent_told_no_origin_contact = Agent maritime et capitaine avisés de ne transmettre l'identité de la personne à aucun représentant du pays d'origine ?
field-agent_told_no_origin_contact-constraint-1 = Avisez l'agent et le capitaine avant d'organiser quoi que ce soit d'autre.

## step
step-registration = Enregistrement de base
step-registration-guidance = N'enregistrez que le nécessaire, dans une langue que la personne comprend. Notez ce que la personne dit de son âge, jamais votre propre estimation. Une personne qui dit avoir moins de 18 ans, ou qui pourrait avoir moins de 18 ans, est traitée comme un enfant jusqu'à ce qu'une autorité compétente ait évalué son âge.

## field
field-person_ref = Nom ou référence du dossier
field-age_group = Âge
field-age_group-required = Notez ce que la personne dit de son âge : cela détermine si les procédures pour enfants s'appliquent.
field-age_group-opt-adult = Dit avoir 18 ans ou plus, et rien n'indique le contraire
field-age_group-opt-child = Dit avoir moins de 18 ans
field-age_group-opt-disputed = Pourrait avoir moins de 18 ans, ou âge incertain ou contesté
field-age_group-constraint-1 = L'âge déclaré est inférieur à 18 ans : enregistrez la personne comme enfant, ou avec un âge contesté.
field-stated_age = Âge déclaré par la personne, si elle l'a donné
field-stated_age-constraint-1 = Un âge compris entre 0 et 120.
field-travelling_with = Avec qui la personne voyage
field-travelling_with-opt-alone = Seule
field-travelling_with-opt-family = Parent, personne qui en a la charge, ou famille
field-travelling_with-opt-other_adults = Autres adultes (hors famille)
field-languages = Langues que la personne comprend
field-informed_in_language = Informée, dans une langue qu'elle comprend, de qui est l'OIM et de la suite ?
field-informed_in_language-constraint-1 = Donnez l'information dans une langue que la personne comprend : trouvez d'abord un interprète.

## step
step-vulnerability-identification = Identifier les personnes vulnérables
step-vulnerability-identification-guidance = Observez qui est seul, porté, tenu à l'écart, ou qui laisse un autre parler à sa place. Proposez un entretien en privé avec un interprète que la personne accepte. Notez ce que vous avez vu et ce que la personne a demandé, pas ce que vous supposez.

## field
field-vulnerabilities = Observé ou signalé
field-vulnerabilities-required = Notez ce que vous avez observé, ou « Rien d'observé ni de signalé ».
field-vulnerabilities-opt-pregnant = Enceinte
field-vulnerabilities-opt-serious_illness = Maladie grave ou de longue durée
field-vulnerabilities-opt-disability = Handicap
field-vulnerabilities-opt-older_person = Personne âgée
field-vulnerabilities-opt-single_parent = Parent seul avec enfants
field-vulnerabilities-opt-torture_survivor = Personne survivante de la torture
field-vulnerabilities-opt-none = Rien d'observé ni de signalé
field-vulnerabilities-constraint-1 = « Rien d'observé ni de signalé » ne peut pas être choisi avec une autre réponse.
field-vulnerability_referred = Orientation expliquée, consentement demandé et orientation faite ?

## step
step-handover = Passation et dossiers
step-handover-guidance = Notez l'aide reçue par la personne et qui l'a prise en charge. Gardez les informations de santé à part des listes que d'autres peuvent voir. Transmettez les préoccupations de protection urgentes le soir même.

## field
field-handed_over_to = Confiée à
field-handed_over_to-opt-medical_team = Équipe médicale
field-handed_over_to-opt-child_protection = Protection de l'enfance
field-handed_over_to-opt-unhcr = HCR
field-handed_over_to-opt-red_cross = Croix-Rouge / Croissant-Rouge
field-handed_over_to-opt-nobody = Personne : reste avec l'OIM
field-handed_over_to-constraint-1 = « Personne » ne peut pas être choisi avec une autre réponse.
field-health_details_separate = Informations de santé gardées à part des listes partagées ?
field-health_details_separate-constraint-1 = Ne consignez les informations de santé que là où l'équipe médicale en a besoin, à part des listes que d'autres peuvent voir.
field-told_where_to_find_iom = Informée de l'endroit où retrouver l'OIM ?

## step
step-fear-of-return = Crainte du retour ou souhait de demander l'asile
step-fear-of-return-guidance = Posez d'abord la question, et continuez d'écouter : une crainte peut apparaître à tout moment, auprès de n'importe qui. Considérez comme une possible demande d'asile « je ne peux pas rentrer », toute mention de menaces, de prison ou de guerre, la peur du gouvernement de son propre pays, ou la peur quand une ambassade est mentionnée. Consignez-la dans les propres mots de la personne et orientez-la le jour même. Il ne vous appartient pas de juger si la crainte est fondée. Si une crainte apparaît plus tard, revenez ici et consignez-la : toutes les étapes du retour se referment.

## field
field-fear_of_return = La personne a-t-elle dit, à un moment quelconque et à qui que ce soit, qu'elle craint de rentrer ou qu'elle veut l'asile ?
field-fear_of_return-required = Posez la question et consignez la réponse : aucune étape du retour ne s'ouvre tant qu'elle n'est pas connue.
field-fear_own_words = Ce que la personne a dit, dans ses propres mots
field-asylum_referred = Orientée vers le HCR et l'autorité nationale chargée de l'asile, avec son consentement ?
field-asylum_referred-constraint-1 = Orientez une possible demande d'asile le jour même.
field-asylum_referral_date = Date de l'orientation
field-asylum_outcome = Où en est la demande d'asile
field-asylum_outcome-help = Seule la décision de la personne elle-même d'abandonner sa demande, ou une décision définitive constatant qu'elle n'a pas besoin de protection, permet de poursuivre l'aide au retour volontaire. Le retour d'un réfugié n'est pas traité dans ce parcours.
field-asylum_outcome-opt-pending = En cours
field-asylum_outcome-opt-claim_withdrawn = La personne a décidé de ne pas poursuivre sa demande
field-asylum_outcome-opt-no_protection_need = Décision définitive : pas de besoin de protection internationale
field-asylum_outcome-opt-protection_granted = Protection internationale accordée
field-unhcr_coordinated = Coordination faite avec le HCR, et choix d'abandonner la demande vérifié comme libre et éclairé ?

## step
step-trafficking-screening = Indicateurs de traite
step-trafficking-screening-guidance = Parlez seul à seul avec la personne, à l'écart de quiconque semble la contrôler, par l'intermédiaire d'un interprète extérieur au groupe de voyage. Aucun indicateur ne prouve ni n'exclut à lui seul la traite : chacun est une raison de chercher plus loin. N'affrontez jamais un auteur présumé de la traite et ne recueillez jamais de preuves pour la police.

## field
field-screened_alone = Entretien seul à seul, avec un interprète extérieur au groupe de voyage ?
field-screened_alone-constraint-1 = Ne menez jamais l'examen d'une victime possible devant ses compagnons.
field-trafficking_indicators = Indicateurs observés ou signalés
field-trafficking_indicators-required = Notez les indicateurs, ou « Aucun » : le voyage reste fermé tant que l'examen n'est pas consigné.
field-trafficking_indicators-opt-afraid = Peur des autorités, d'employeurs ou de compagnons de voyage
field-trafficking_indicators-opt-trauma = Signes de traumatisme psychologique
field-trafficking_indicators-opt-not_free = Ne peut pas se déplacer librement ni quitter un lieu de travail
field-trafficking_indicators-opt-no_documents_or_money = Pas de papiers d'identité ni d'argent à soi
field-trafficking_indicators-opt-debt = Dit devoir de l'argent à quelqu'un
field-trafficking_indicators-opt-moved_often = Souvent déplacée d'un lieu à l'autre
field-trafficking_indicators-opt-controlled = Accompagnée ou surveillée, pas autorisée à parler pour elle-même
field-trafficking_indicators-opt-abuse_signs = Blessures ou autres signes de mauvais traitements ; malnutrition
field-trafficking_indicators-opt-none = Aucun
field-trafficking_indicators-constraint-1 = « Aucun » ne peut pas être choisi avec un indicateur.

## step
step-trafficking-referral = Orientation vers une assistance de lutte contre la traite
step-trafficking-referral-guidance = Expliquez l'orientation et demandez le consentement. Proposez une évaluation des risques liés au retour avant tout voyage. Si la personne craint aussi de rentrer, orientez-la aussi vers la procédure d'asile et consignez la crainte à l'étape sur la crainte du retour.

## field
field-trafficking_referral_status = Orientation
field-trafficking_referral_status-opt-referred = Orientée vers une assistance de lutte contre la traite
field-trafficking_referral_status-opt-declined = Expliquée et proposée ; la personne a refusé
field-trafficking_referral_status-opt-not_yet = Pas encore faite
field-trafficking_referral_date = Date de l'orientation
field-return_risk_assessment_offered = Évaluation des risques liés au retour proposée avant tout voyage ?

## step
step-age-assessment = Âge contesté
step-age-assessment-guidance = L'évaluation de l'âge est faite par des personnes qualifiées d'une autorité compétente, jamais par le personnel de l'OIM sur un quai. Tant qu'elle n'est pas faite, la personne est traitée comme un enfant : protection de l'enfance, tuteur et intérêt supérieur s'appliquent, et aucune procédure de retour pour adultes.

## field
field-age_assessment_outcome = Évaluation de l'âge par une autorité compétente
field-age_assessment_outcome-opt-pending = Demandée, pas encore faite
field-age_assessment_outcome-opt-minor = Moins de 18 ans selon l'évaluation
field-age_assessment_outcome-opt-adult = 18 ans ou plus selon l'évaluation
field-age_assessed_by = Autorité qui a évalué l'âge
field-age_assessed_on = Date de l'évaluation
field-age_assessed_on-required = Notez quand l'autorité compétente a évalué l'âge.

## step
step-child-protection = Orientation vers la protection de l'enfance
step-child-protection-guidance = Identifiez l'enfant comme non accompagné ou séparé dès que cela est connu, consignez pourquoi et comment il a été séparé, et orientez l'enfant qui voyage seul vers l'autorité de protection de l'enfance le soir même.

## field
field-child_situation = L'enfant est
field-child_situation-opt-unaccompanied = Non accompagné : sans parent, proche ni adulte responsable
field-child_situation-opt-separated = Séparé : avec un proche ou un autre adulte, qui n'est ni un parent ni une personne qui en a légalement la charge
field-child_situation-opt-with_parent = Avec un parent ou une personne qui en a légalement la charge
field-child_protection_referred = Orienté vers l'autorité de protection de l'enfance ?
field-child_protection_referred-constraint-1 = Orientez toujours un enfant qui voyage seul vers l'autorité de protection de l'enfance le soir même.
field-family_tracing_requested = Recherche familiale demandée (Rétablissement des liens familiaux), si l'enfant le souhaite ?

## step
step-guardian = Tuteur ou représentant légal
step-guardian-guidance = Un enfant seul a besoin d'un tuteur ou d'un conseiller, et d'un représentant légal. Lorsqu'un enfant ne peut pas prendre seul une décision libre et éclairée, une évaluation qualifiée détermine qui peut décider pour lui.

## field
field-guardian_status = Tuteur
field-guardian_status-opt-appointed = Tuteur désigné
field-guardian_status-opt-parent_confirmed = Parent qui voyage avec l'enfant confirmé comme tuteur légal par la protection de l'enfance
field-guardian_status-opt-requested = Demandé, pas encore désigné
field-guardian_name = Nom du tuteur et autorité

## step
step-best-interests = Intérêt supérieur
step-best-interests-guidance = L'intérêt supérieur de l'enfant est une considération primordiale dans toute action. Un enfant ne rentre qu'à trois conditions : une procédure formelle d'intérêt supérieur conclut que le retour est dans son intérêt supérieur ; sa sécurité n'est pas menacée ; une personne appropriée à destination a accepté à l'avance d'assumer sa charge et est en mesure de le faire. Les services consulaires n'interviennent que si cela sert l'enfant.

## field
field-bid_outcome = Détermination de l'intérêt supérieur
field-bid_outcome-opt-not_started = Pas commencée
field-bid_outcome-opt-in_progress = En cours
field-bid_outcome-opt-return_in_best_interests = Terminée : le retour est dans l'intérêt supérieur de l'enfant
field-bid_outcome-opt-return_not_in_best_interests = Terminée : le retour n'est pas dans l'intérêt supérieur de l'enfant
field-destination_carer_confirmed = Une personne appropriée à destination a-t-elle accepté d'assumer la charge de l'enfant, et sa capacité à le faire est-elle confirmée ?

## step
step-gbv = Violence basée sur le genre
step-gbv-guidance = Personne n'est tenu de vous dire ce qui s'est passé. Mettez un espace privé à disposition, proposez que le membre du personnel et l'interprète soient des femmes, et dites à tous, en termes généraux, qu'un soutien confidentiel existe. Si quelqu'un révèle des violences, la personne survivante décide de ce qu'elle partage et des services auxquels elle fait appel. Gardez les détails hors des listes de groupe : écrivez « préoccupation de protection, orientée ».

## field
field-private_space_offered = Espace privé et choix du membre du personnel et de l'interprète proposés ?
field-private_space_offered-constraint-1 = Proposez un espace privé et le choix du membre du personnel et de l'interprète.
field-gbv_disclosed = La personne a-t-elle révélé des violences basées sur le genre ?
field-gbv_disclosed-opt-yes = Oui
field-gbv_disclosed-opt-no = Non
field-gbv_referral = Orientation
field-gbv_referral-opt-referred = Orientée, avec son consentement
field-gbv_referral-opt-declined = Proposée ; la personne survivante a refusé
field-gbv_referral-opt-later = La personne survivante veut décider plus tard
field-gbv_details_restricted = Détails conservés uniquement dans le dossier à accès restreint ?
field-gbv_details_restricted-constraint-1 = Gardez toujours les détails des violences hors des listes de groupe et des registres partagés.
field-gbv_linked_to_home = Les violences sont-elles liées à des personnes ou à des lieux du pays d'origine ?
field-gbv_linked_to_home-help = Si oui, il peut s'agir d'une crainte du retour : consignez-la à l'étape sur la crainte du retour.
field-gbv_support_confirmed = Soutien à l'arrivée confirmé avant toute réservation ?

## step
step-medical-needs = Besoins médicaux
step-medical-needs-guidance = Ne notez les besoins de santé que là où l'équipe médicale en a besoin, et orientez. Les informations de santé sont des données personnelles, communiquées seulement avec consentement, pour une finalité déclarée.

## field
field-ongoing_medical_needs = Besoins médicaux en cours ?
field-medical_referral_made = Orientée vers des soins ?

## step
step-screening-record = Examen consigné
step-screening-record-guidance = Consignez chaque résultat d'examen, avec la date et le nom de l'interprète, avant de passer à la suite. Continuez d'écouter : une crainte peut apparaître plus tard.

## field
field-screening_date = Date de l'examen
field-screening_interpreter = Interprète (nom ou identifiant ; « aucun : langue de la personne » s'il n'en a pas fallu)
field-screening_interpreter-required = Notez toujours qui a interprété.

## step
step-counselling-session = Information dans une langue que la personne comprend
step-counselling-session-guidance = Tenez la séance en privé. Dites qui vous êtes, que l'OIM n'est pas la police, et à quoi sert la séance. Expliquez la procédure, l'aide proposée et ses limites, et la situation dans le pays d'origine. Restez impartial : ne poussez pas au retour et n'en dissuadez pas non plus. Vérifiez la compréhension en demandant à la personne de reformuler avec ses propres mots.

## field
field-session_date = Date de la séance de conseil
field-counselling_language = Langue et dialecte utilisés
field-interpreter_used = A-t-on fait appel à un interprète ?
field-interpreter_name = Nom de l'interprète, ou identifiant pour un service à distance
field-interpreter_name-required = Notez toujours qui a interprété chaque séance de conseil.
field-interpreter_mode = Interprétation
field-interpreter_mode-opt-in_person = En présentiel
field-interpreter_mode-opt-phone = Par téléphone
field-interpreter_mode-opt-video = Par vidéo
field-understanding_checked = Compréhension vérifiée : la personne a-t-elle expliqué, avec ses propres mots, ce qui va se passer et ce qu'elle peut encore changer ?
field-understanding_checked-constraint-1 = Une décision n'est éclairée que si la personne a compris : vérifiez-le avant de continuer.
field-asylum_right_explained = Expliqué qu'il est toujours possible de demander l'asile, et ce qu'il advient alors du dossier de retour ?
field-asylum_right_explained-constraint-1 = Expliquez toujours que l'asile peut être demandé à tout moment.
field-withdrawal_right_explained = Expliqué que la personne peut changer d'avis jusqu'au jour du départ ?
field-withdrawal_right_explained-constraint-1 = Expliquez toujours le droit de renoncer.

## step
step-time-to-reflect = Temps de réflexion
step-time-to-reflect-guidance = Ne demandez pas à une personne qui vient de débarquer après des jours en mer de prendre une décision qui engage sa vie. Si la personne n'a pas encore pu se reposer, manger et être vue par le personnel médical, ou si elle ne sait pas encore où elle se trouve ni quelles sont ses options, donnez seulement de l'information et fixez une séance plus tard.

## field
field-rested_and_seen = La personne s'est-elle reposée, a-t-elle mangé et a-t-elle été vue par le personnel médical ?
field-ready_to_decide = La personne veut-elle prendre une décision maintenant ?
field-ready_to_decide-constraint-1 = Pas encore : donnez seulement de l'information et fixez une séance plus tard.
field-next_session_date = Date convenue pour la séance suivante

## step
step-return-decision = Décision et déclaration de retour volontaire
step-return-decision-guidance = Lisez tout le formulaire à voix haute dans la langue de la personne, par l'intermédiaire de l'interprète dont le nom est consigné. Ne remplissez jamais la décision à l'avance, ne signez jamais à la place de la personne, et n'acceptez jamais la signature de quelqu'un qui n'a pas pu lire le formulaire ni se le faire lire. Si vous doutez de la capacité de la personne à décider, arrêtez-vous.

## field
field-wants_to_return = Décision de la personne
field-wants_to_return-opt-yes = Veut rentrer
field-wants_to_return-opt-no = Ne veut pas rentrer
field-wants_to_return-opt-undecided = N'a pas encore décidé
field-capacity_doubt = Un doute sur la capacité de la personne à décider ?
field-capacity_doubt-constraint-1 = Arrêtez-vous : une évaluation qualifiée est nécessaire, et c'est elle qui établit qui peut décider pour la personne.
field-pressure_observed = Un signe de pression (détention, dette, famille, autres passagers, personnel) ?
field-pressure_observed-constraint-1 = Une décision prise sous la pression n'est pas volontaire : nommez la pression et arrêtez-vous.
field-declaration_signed = Déclaration de retour volontaire signée par la personne ?
field-declaration_date = Date de la déclaration
field-declaration_date-constraint-1 = La déclaration doit être postérieure à la séance de conseil.
field-declaration_read_aloud = Lue à voix haute en entier, dans la langue de la personne ?
field-declaration_read_aloud-constraint-1 = Lisez tout le formulaire à voix haute dans la langue de la personne avant la signature.
field-guardian_consented_to_declaration = Le tuteur de l'enfant a-t-il consenti à la déclaration, après l'avoir entendue lire ?
field-guardian_consented_to_declaration-required = La déclaration d'un enfant exige le consentement consigné du tuteur.
field-declaration_guardian = Tuteur qui a consenti (nom et autorité)
field-declaration_interpreter = Interprète pour la signature (nom ou identifiant ; « aucun : langue de la personne »)
field-declaration_interpreter-required = Notez toujours qui a interprété chaque signature.

## step
step-withdrawal = Renonciation
step-withdrawal-guidance = Une personne peut changer d'avis et renoncer au retour à tout moment, jusqu'au jour du départ. Ne lui dites jamais qu'il est trop tard. Consignez ici la renonciation, quel que soit le moment : le parcours de retour se ferme.

## field
field-withdrawn = La personne a-t-elle renoncé au retour ?
field-withdrawn-help = Une renonciation consignée est définitive. Si elle a été consignée par erreur, un superviseur consigne une correction ; si la personne demande plus tard à rentrer, ouvrez un nouveau dossier.
field-withdrawal_date = Date de la renonciation
field-withdrawal_interpreter = Qui a interprété (nom ou identifiant ; « aucun : langue de la personne »)
field-withdrawal_offices_told = Bureaux chargés du voyage et de l'accueil informés ?
field-withdrawal_needs = Ce dont la personne a besoin maintenant, et vers qui elle a été orientée

## step
step-reconfirm-decision = Reconfirmer la décision
step-reconfirm-decision-guidance = Avant toute demande de documents de voyage et avant la réservation, faites reconfirmer la décision dans la langue de la personne. Demandez si quelque chose a changé depuis l'examen : une nouvelle crainte, un nouveau récit. Si c'est le cas, consignez-le à l'étape sur la crainte du retour et refaites l'examen.

## field
field-decision_reconfirmed = Décision de rentrer reconfirmée, dans la langue de la personne ?
field-decision_reconfirmed-constraint-1 = Si la personne ne veut plus rentrer, consignez une renonciation.
field-no_new_fear = Question reposée : ni nouvelle crainte ni nouveau récit depuis l'examen ?
field-no_new_fear-constraint-1 = Nouvelle crainte ou nouveau récit : consignez-le à l'étape sur la crainte du retour. Les étapes du retour s'arrêtent jusqu'à ce que la question soit réglée.

## step
step-documents-check = Documents de voyage
step-documents-check-guidance = Vérifiez quels papiers la personne détient et où ils se trouvent. Ne pas avoir ses propres documents peut être un indicateur de traite : notez-le sans porter de jugement. Tout contact avec le pays d'origine exige que l'examen n'ait rien révélé qui s'y oppose, et un consentement pour cette finalité.

## field
field-own_travel_document = La personne détient-elle un passeport ou un document de voyage valide à son nom ?
field-consent_consular = Consentement au contact avec le consulat pour un document de voyage, expliqué et donné pour cette finalité ?
field-consent_consular_interpreter = Qui a interprété le consentement (nom ou identifiant ; « aucun : langue de la personne »)
field-alternative_document_route = Consentement refusé : autre moyen d'obtenir un document de voyage
field-alternative_document_route-required = Sans consentement au contact consulaire, indiquez quel autre moyen d'obtenir un document est possible, ou « Aucun pour l'instant ».
field-alternative_document_route-opt-none = Aucun pour l'instant
field-alternative_document_route-opt-person_applies = La personne s'adresse elle-même à son consulat, avec notre soutien
field-alternative_document_route-opt-icrc_document = Titre de voyage d'urgence du CICR
field-alternative_document_route-opt-other_state_document = Un document délivré par l'État d'accueil (par exemple pour une personne apatride)

## step
step-consular-contact = Contact consulaire
step-consular-contact-guidance = Ne communiquez que ce dont le consulat a besoin pour confirmer la nationalité et délivrer le document. Ne dites rien du trajet de la personne, de ses éventuelles démarches d'asile, de la traite ou de sa santé. Consignez ce qui a été envoyé, à qui, quand et par qui, et informez-en la personne.

## field
field-consular_request_date = Date d'envoi de la demande
field-consular_data_sent = Ce qui a été envoyé, à qui et par qui
field-person_told_what_shared = La personne a-t-elle été informée de ce qui a été communiqué, et quand ?
field-person_told_what_shared-constraint-1 = Informez la personne de ce qui a été communiqué au consulat.

## step
step-travel-document = Document de voyage en main
step-travel-document-guidance = Consignez le document avec lequel la personne voyagera. Rendez-lui les originaux, ou consignez qui les détient et pourquoi.

## field
field-travel_document_type = Document avec lequel la personne voyagera
field-travel_document_type-opt-passport = Passeport
field-travel_document_type-opt-emergency_travel_document = Document de voyage d'urgence ou laissez-passer
field-travel_document_type-opt-icrc_document = Titre de voyage d'urgence du CICR
field-travel_document_type-opt-other = Autre document de voyage
field-travel_document_number = Numéro du document
field-travel_document_issuer = Délivré par (autorité, consulat ou organisation)
field-travel_document_issued = Date de délivrance
field-travel_document_expires = Valable jusqu'au
field-travel_document_expires-constraint-1 = Le document ne peut pas expirer avant sa date de délivrance.

## step
step-fitness-to-travel = Examen médical et aptitude au voyage
step-fitness-to-travel-guidance = L'aptitude au voyage est un jugement médical porté avant le départ. Si la personne n'est pas apte, ou si les soins dont elle a besoin ne l'attendent pas à l'arrivée, reportez : la décision reste la sienne, seule la date change. Ne communiquez les informations de santé qu'avec un consentement pour cette finalité.

## field
field-health_check_date = Date de l'examen médical
field-fitness_decision = Aptitude au voyage
field-fitness_decision-opt-fit = Apte au voyage sans accompagnement
field-fitness_decision-opt-fit_with_escort = Apte au voyage avec une escorte
field-fitness_decision-opt-not_fit = Pas apte pour l'instant
field-fitness_valid_until = Fiche d'aptitude valable jusqu'au (selon l'équipe médicale)
field-fitness_valid_until-constraint-1 = La fiche ne peut pas expirer avant la date de l'examen médical.
field-fitness_review_date = Date de réexamen (à communiquer à l'équipe chargée des mouvements)
field-pregnant = Enceinte ?
field-pregnant-help = À comparer avec ce qui a été observé sur le quai (vulnérabilités).
field-pregnant-constraint-1 = Une grossesse a été notée sur le quai : vérifiez de nouveau avec un soignant, et corrigez celle des deux réponses qui est fausse.
field-pregnancy_weeks = Semaines de grossesse, telles qu'évaluées par un soignant
field-pregnancy_weeks-required = Notez le stade de la grossesse tel qu'évalué par un soignant, pas estimé au jugé.
field-pregnancy_weeks_on = Date de l'évaluation des semaines
field-pregnancy_weeks_on-required = Notez quand les semaines ont été évaluées : les semaines au départ sont calculées à partir de cette date.
field-multiple_pregnancy = Jumeaux ou plus ?
field-fit_to_fly_certificate = Certificat médical pour le transporteur, daté dans le délai fixé par le transporteur avant le vol ?
field-fit_to_fly_certificate-help = Les transporteurs en demandent généralement un après environ 28 semaines. Vérifiez la règle en vigueur de chaque transporteur de l'itinéraire.
field-maternity_care_confirmed = Soins prénatals et accouchement à destination confirmés ?
field-chronic_illness = Maladie de longue durée dont le traitement ne doit pas s'interrompre ?
field-chronic_illness-constraint-1 = L'examen a relevé des besoins médicaux en cours : vérifiez de nouveau avec le soignant, et corrigez celle des deux réponses qui est fausse.
field-treatment_available_at_home = Existence du traitement confirmée là où la personne va vivre, et accessible pour elle ?
field-medication_supply = Assez de médicaments pour le trajet et jusqu'au début du traitement dans le pays, avec les ordonnances ?
field-medical_summary_prepared = Résumé médical pour le trajet et le service de santé d'accueil, communiqué avec consentement ?
field-escort_type = Escorte
field-escort_type-opt-none = Pas nécessaire
field-escort_type-opt-medical = Médicale
field-escort_type-opt-psychosocial = Psychosociale
field-escort_type-opt-humanitarian = Humanitaire
field-escort_type-constraint-1 = La décision d'aptitude indique qu'une escorte est nécessaire.
field-health_sharing_consent = Consentement consigné pour communiquer les informations de santé à l'escorte ou au transporteur, si nécessaire ?

## step
step-travel-arrangements = Organisation du voyage
step-travel-arrangements-guidance = Choisissez l'itinéraire pour sa sécurité, pas seulement pour son prix ou sa rapidité : jamais par un pays que la personne craint, ni par un pays où elle a été détenue ou exploitée. Informez les bureaux de l'OIM de transit et de destination, en n'envoyant que ce que la personne a accepté de partager.

## field
field-departure_date = Date de départ prévue
field-departure_date-help = Une date prévue déjà passée est signalée dans la liste de contrôle : fixez la nouvelle date.
field-route_safe = L'itinéraire évite-t-il tout pays que la personne craint ou dans lequel elle a été détenue ou exploitée ?
field-route_safe-constraint-1 = Changez l'itinéraire, et vérifiez si la crainte signale un besoin de protection.
field-offices_informed = Bureaux de transit et d'accueil informés, avec uniquement les données que la personne a accepté de partager ?
field-escort_booked = Escorte réservée et informée ?
field-child_escort_confirmed = Un parent, un tuteur ou un fonctionnaire spécialisé voyage-t-il avec l'enfant ?

## step
step-departure-day = Jour du départ
step-departure-day-guidance = Faites reconfirmer la décision le jour même. Si la personne hésite, se tait ou pose de nouvelles questions, arrêtez-vous, parlez-lui en privé avec un interprète, et considérez-le comme une possible renonciation. Remettez à la personne ses propres documents et son billet, et expliquez chacun d'eux.

## field
field-reconfirmed_on_the_day = Décision reconfirmée aujourd'hui, en privé, dans la langue de la personne ?
field-reconfirmed_on_the_day-constraint-1 = Arrêtez-vous. Si la personne ne veut plus partir, consignez une renonciation.
field-documents_and_ticket_handed = Documents, billet et allocation remis à la personne, contre reçu ?
field-departed = La personne est-elle partie ?
field-actual_departure_date = Date du départ

## step
step-reception = Accueil au point d'arrivée
step-reception-guidance = Confirmez l'arrivée au bureau d'envoi, avec la date, l'heure et qui a accueilli la personne. Si personne n'est venu l'accueillir, si elle a été retenue, ou si elle dit à l'arrivée qu'elle a peur, appelez immédiatement le contact de permanence du bureau d'accueil : une crainte exprimée à l'arrivée est une question de protection.

## field
field-arrival_confirmed = Arrivée confirmée par le bureau d'accueil ?
field-arrival_date = Date d'arrivée
field-met_by = Qui a accueilli la personne
field-arrival_problems = Problèmes à l'arrivée
field-arrival_problems-opt-not_met = Personne n'est venu l'accueillir
field-arrival_problems-opt-held = Retenue à la frontière
field-arrival_problems-opt-fear_raised = Une crainte ou une menace a été exprimée
field-arrival_problems-opt-missing_items = Bagages, médicaments ou documents manquants
field-arrival_problems-opt-none = Aucun
field-arrival_problems-constraint-1 = « Aucun » ne peut pas être choisi avec un problème.
field-arrival_fear_referred = Crainte ou menace orientée comme question de protection, détails gardés confidentiels ?
field-arrival_fear_referred-constraint-1 = Traitez une crainte exprimée à l'arrivée comme une question de protection et orientez-la.

## step
step-onward-transport = Trajet jusqu'à la destination finale
step-onward-transport-guidance = Organisez le trajet jusqu'au lieu où la personne va vivre, et donnez-lui les coordonnées du bureau d'accueil.

## field
field-onward_transport_arranged = Trajet jusqu'à la destination finale organisé ?
field-final_destination = Lieu où la personne va vivre

## step
step-reintegration-plan = Plan de réintégration
step-reintegration-plan-guidance = Transmettez le plan convenu avant le départ, avec le consentement de la personne, et présentez le gestionnaire de cas ou le partenaire qui la suivra. Examinez ensemble les dimensions économique, sociale et psychosociale. Ne promettez jamais une aide, un montant ou un emploi que le bureau d'accueil n'a pas confirmé.

## field
field-plan_handed_over = Plan de réintégration transmis, avec consentement ?
field-plan_dimensions = Le plan couvre
field-plan_dimensions-opt-economic = Dimension économique : gagner sa vie
field-plan_dimensions-opt-social = Dimension sociale : logement, personnes sur qui compter
field-plan_dimensions-opt-psychosocial = Dimension psychosociale : surmonter ce qui s'est passé
field-plan_dimensions-opt-health = Dimension santé : traitement, médicaments, soins prénatals dans le pays
field-plan_dimensions-constraint-1 = La personne a une maladie de longue durée ou est enceinte : le plan doit comporter la dimension santé.
field-caseworker_introduced = Gestionnaire de cas ou partenaire présenté ?

## step
step-monitoring = Suivi
step-monitoring-guidance = Les données de suivi sont des données personnelles : ne les recueillez qu'avec consentement, pour une finalité déclarée. Consignez les changements dans les propres mots de la personne. Si le suivi révèle une nouvelle crainte ou menace, orientez immédiatement vers les services de protection.

## field
field-monitoring_consent = La personne accepte-t-elle d'être contactée pour le suivi ?
field-monitoring_contact = Comment et quand la personne souhaite être contactée
field-baseline_recorded = Situation de départ consignée dans chaque dimension, avec les mots de la personne ?

## safeguard
safeguard-asylum-claim-open = Crainte du retour ou demande d'asile ouverte
safeguard-asylum-claim-open-rule = Aucune étape du retour tant qu'une crainte du retour ou une demande d'asile reste ouverte.
safeguard-asylum-claim-open-message = La personne a dit qu'elle craint de rentrer ou qu'elle veut l'asile, ou la question ne lui a pas encore été posée. Aucune étape du retour ne peut être engagée tant que ce besoin de protection n'est pas réglé : orientez vers le HCR et l'autorité chargée de l'asile, et suspendez toute demande d'AVR. Ne contactez jamais les autorités du pays d'origine au sujet de cette personne. Une fois une crainte consignée, modifier la réponse ne lève pas ce blocage : seules le lèvent l'issue de la demande d'asile ou la correction, consignée par un superviseur, d'une réponse saisie par erreur.
safeguard-asylum-claim-open-lift = La personne a décidé de ne pas poursuivre sa demande et le HCR a été consulté, ou la demande s'est conclue par une décision définitive constatant l'absence de besoin de protection internationale (étape sur la crainte du retour).
safeguard-screening-incomplete = Examen des besoins de protection non consigné
safeguard-screening-incomplete-rule = Aucun conseil au retour et aucun contact consulaire tant que l'examen des besoins de protection n'est pas consigné.
safeguard-screening-incomplete-message = La protection passe en premier : menez l'examen dans l'ordre du manuel (crainte du retour, traite, enfant, vulnérabilité), consignez chaque résultat avec la date et l'interprète, et seulement ensuite parlez du retour. Rien ne part vers le consulat tant qu'une étape de l'examen reste ouverte.
safeguard-screening-incomplete-lift = Toutes les étapes d'examen de la phase de protection sont terminées (après une interception, les vérifications liées à l'interception aussi).
safeguard-child-not-referred = Enfant non orienté vers la protection de l'enfance
safeguard-child-not-referred-rule = Aucun conseil au retour pour un enfant qui voyage sans parent tant que l'autorité de protection de l'enfance n'a pas reçu l'orientation.
safeguard-child-not-referred-message = Un enfant qui voyage seul, ou avec des adultes qui ne sont ni ses parents ni les personnes qui en ont légalement la charge, est orienté vers l'autorité de protection de l'enfance le soir même. Le retour n'est pas abordé avant que cette autorité soit intervenue.
safeguard-child-not-referred-lift = L'orientation vers l'autorité de protection de l'enfance est consignée à l'étape de protection de l'enfance (ou l'enfant est avec un parent ou une personne qui en a légalement la charge).
safeguard-child-no-guardian = Pas de tuteur pour l'enfant
safeguard-child-no-guardian-rule = Aucun conseil au retour pour un enfant tant qu'un tuteur ou un représentant légal n'est pas en place.
safeguard-child-no-guardian-message = Un enfant ne suit pas seul le conseil au retour : un tuteur ou un représentant légal est d'abord mis en place, et il y participe.
safeguard-child-no-guardian-lift = Un tuteur est désigné, ou le parent qui voyage avec l'enfant est confirmé comme tuteur légal par la protection de l'enfance (étape « Tuteur ou représentant légal »).
safeguard-child-best-interests = Enfant : intérêt supérieur non déterminé
safeguard-child-best-interests-rule = Aucune décision de retour pour un enfant sans les étapes de l'intérêt supérieur et du tuteur.
safeguard-child-best-interests-message = La personne est un enfant, ou son âge est contesté et n'a pas été évalué : elle est traitée comme un enfant. Une décision de retour exige un tuteur ou un représentant légal en place et une détermination de l'intérêt supérieur terminée, qui conclut que le retour est dans l'intérêt supérieur de l'enfant. Une fois la personne enregistrée comme enfant, une modification ultérieure de l'âge ne lève pas ce blocage : seule une évaluation de l'âge faite par une autorité nommément désignée, à une date consignée, le lève.
safeguard-child-best-interests-lift = L'étape « Tuteur ou représentant légal » est terminée avec un tuteur en place et l'étape de l'intérêt supérieur conclut que le retour est dans l'intérêt supérieur de l'enfant ; ou une autorité compétente, nommément désignée, évalue la personne comme adulte à une date consignée.
safeguard-child-carer-unconfirmed = Enfant : personne chargée de l'enfant à destination non confirmée
safeguard-child-carer-unconfirmed-rule = Aucun voyage pour un enfant tant qu'une personne à destination n'a pas accepté d'en assumer la charge et que sa capacité à le faire n'est pas confirmée.
safeguard-child-carer-unconfirmed-message = Un enfant ne rentre que si une personne appropriée a accepté, avant le départ, d'assumer sa charge et est en mesure de le faire.
safeguard-child-carer-unconfirmed-lift = La personne chargée de l'enfant à destination est confirmée à l'étape de l'intérêt supérieur (ou une autorité compétente évalue la personne comme adulte).
safeguard-trafficking-not-referred = Indicateurs de traite sans orientation
safeguard-trafficking-not-referred-rule = Aucun voyage tant que des indicateurs de traite n'ont pas donné lieu à une orientation.
safeguard-trafficking-not-referred-message = Des indicateurs de traite sont consignés, ou l'examen n'est pas encore consigné, et aucune orientation vers une assistance de lutte contre la traite n'a été faite ni proposée. Expliquez l'orientation, demandez le consentement et orientez ; proposez une évaluation des risques liés au retour avant tout voyage. Une fois des indicateurs consignés, les supprimer ne lève pas ce blocage : seules le lèvent une orientation ou une correction consignée.
safeguard-trafficking-not-referred-lift = Une orientation vers une assistance de lutte contre la traite est consignée, ou bien la proposition et le refus de la personne le sont.
safeguard-trafficking-referral-declined = Orientation liée à la traite refusée (adulte)
safeguard-trafficking-referral-declined-rule = Aucun voyage après le refus d'une orientation liée à la traite sans examen du dossier par un superviseur.
safeguard-trafficking-referral-declined-message = La personne s'est vu proposer une orientation vers une assistance de lutte contre la traite et l'a refusée. Son choix est respecté, mais le voyage ne se poursuit qu'après examen du dossier par un superviseur, y compris l'évaluation des risques liés au retour.
safeguard-trafficking-referral-declined-lift = Une orientation est finalement faite, ou un superviseur consigne son nom et la raison pour laquelle le voyage peut se poursuivre.
safeguard-child-trafficking-referral-declined = Enfant : orientation liée à la traite refusée
safeguard-child-trafficking-referral-declined-rule = Aucun voyage pour un enfant dont l'orientation liée à la traite a été refusée.
safeguard-child-trafficking-referral-declined-message = Un enfant présentant des indicateurs de traite est orienté vers une assistance et une protection. Le refus d'une orientation n'est pas un choix qu'un superviseur peut accepter au nom d'un enfant : orientez par l'intermédiaire de l'autorité de protection de l'enfance et du tuteur.
safeguard-child-trafficking-referral-declined-lift = L'orientation est faite (étape « Orientation vers une assistance de lutte contre la traite »).
safeguard-consular-without-consent = Pas de consentement au contact consulaire
safeguard-consular-without-consent-rule = Aucun contact consulaire sans consentement consigné pour cette finalité.
safeguard-consular-without-consent-message = Demander un document de voyage au consulat transmet les données de la personne aux autorités de son pays d'origine. Cela exige un examen des besoins de protection qui n'a rien révélé qui s'y oppose, et le consentement explicite de la personne pour cette finalité, consigné avec le nom de l'interprète.
safeguard-consular-without-consent-lift = Le consentement au contact consulaire est consigné à l'étape « Documents de voyage », avec le nom de l'interprète.
safeguard-no-document-route = Aucun moyen d'obtenir un document de voyage
safeguard-no-document-route-rule = Aucun document de voyage consigné, et aucune réservation, tant que le consentement au contact consulaire est refusé et qu'aucun autre moyen n'est consigné.
safeguard-no-document-route-message = La personne a refusé le contact consulaire, ce qui est son droit. Il faut alors un autre moyen d'obtenir un document de voyage : une démarche de la personne elle-même, avec un soutien, un titre de voyage d'urgence du CICR, ou un document délivré par l'État d'accueil. Tant qu'aucun n'est consigné, aucun document ne peut être consigné comme étant en main.
safeguard-no-document-route-lift = Un autre moyen d'obtenir un document de voyage est consigné à l'étape « Documents de voyage », ou le consentement au contact consulaire est donné.
safeguard-no-voluntary-declaration = Pas de déclaration de retour volontaire signée
safeguard-no-voluntary-declaration-rule = Aucun voyage sans déclaration de retour volontaire signée.
safeguard-no-voluntary-declaration-message = Le retour n'est volontaire qu'avec un choix libre et une décision éclairée, consignés par écrit : la déclaration lue à voix haute dans la langue de la personne et signée par elle, le nom de l'interprète consigné, aucun doute sur sa capacité et aucun signe de pression. Pour un enfant, il faut en plus le consentement consigné du tuteur.
safeguard-no-voluntary-declaration-lift = L'étape de décision est terminée avec la déclaration de retour volontaire signée par la personne (et, pour un enfant, le consentement du tuteur).
safeguard-withdrawal-recorded = Renonciation consignée
safeguard-withdrawal-recorded-rule = Une renonciation consignée ferme le parcours de retour.
safeguard-withdrawal-recorded-message = La personne a renoncé au retour. Elle peut changer d'avis à tout moment jusqu'au départ, et personne ne peut lui dire qu'il est trop tard. Informez immédiatement les bureaux chargés du voyage et de l'accueil, et demandez à la personne ce dont elle a besoin maintenant.
safeguard-withdrawal-recorded-lift = Rien dans ce dossier. Si la personne demande plus tard à rentrer, ouvrez un nouveau dossier : le conseil et la déclaration de retour volontaire recommencent. Une renonciation consignée par erreur ne peut être rectifiée que par une correction consignée par un superviseur.
safeguard-decision-not-reconfirmed = Décision non reconfirmée
safeguard-decision-not-reconfirmed-rule = Aucune demande de documents de voyage et aucune réservation tant que la décision n'est pas reconfirmée.
safeguard-decision-not-reconfirmed-message = Faites reconfirmer la décision de rentrer, dans la langue de la personne, avant toute demande de documents de voyage et avant la réservation, et demandez si quelque chose a changé depuis l'examen.
safeguard-decision-not-reconfirmed-lift = L'étape de reconfirmation est terminée : décision reconfirmée, ni nouvelle crainte ni nouveau récit.
safeguard-pregnancy-care-unconfirmed = Grossesse : soins à destination non confirmés
safeguard-pregnancy-care-unconfirmed-rule = Aucune réservation pour une migrante de retour enceinte tant que les soins à destination ne sont pas confirmés.
safeguard-pregnancy-care-unconfirmed-message = Confirmez toujours quels soins prénatals et quel accouchement attendent la personne à destination avant la réservation, pas après, et organisez tout le voyage dans les limites du transporteur pour le stade de la grossesse.
safeguard-pregnancy-care-unconfirmed-lift = Les soins à destination sont confirmés à l'étape « Examen médical et aptitude au voyage ».
safeguard-pregnancy-past-carrier-limit = Grossesse au-delà de la limite habituelle des transporteurs à la date prévue
safeguard-pregnancy-past-carrier-limit-rule = Aucun départ si, à la date prévue, la grossesse aura dépassé la limite habituelle des transporteurs.
safeguard-pregnancy-past-carrier-limit-message = À la date prévue, la grossesse aura atteint ou dépassé environ 36 semaines (32 pour des jumeaux ou plus), stade auquel les transporteurs refusent généralement le voyage ou exigent leur propre autorisation médicale. Déplacez la date, ou obtenez l'autorisation écrite du transporteur et consignez-la comme une nouvelle décision d'aptitude avec le soignant.
safeguard-pregnancy-past-carrier-limit-lift = Une date de départ avant la limite, ou une évaluation corrigée des semaines par un soignant.
safeguard-treatment-unconfirmed = Maladie de longue durée : traitement dans le pays non confirmé
safeguard-treatment-unconfirmed-rule = Aucune réservation pour une personne atteinte d'une maladie de longue durée tant que le traitement dans son pays n'est pas confirmé.
safeguard-treatment-unconfirmed-message = Un traitement qui ne doit pas s'interrompre doit exister là où la personne va vivre, et elle doit pouvoir y accéder. Confirmez-le avant le voyage.
safeguard-treatment-unconfirmed-lift = Le traitement à destination est confirmé à l'étape « Examen médical et aptitude au voyage ». S'il ne peut pas l'être et que la personne, pleinement informée, choisit malgré tout de partir, un superviseur peut en consigner la raison.
safeguard-gbv-support-unconfirmed = Personne survivante : soutien à l'arrivée non confirmé
safeguard-gbv-support-unconfirmed-rule = Aucune réservation pour une personne survivante de violence basée sur le genre tant que le soutien à l'arrivée n'est pas confirmé.
safeguard-gbv-support-unconfirmed-message = Confirmez qu'un soutien est disponible à l'arrivée avant de réserver le voyage, et demandez si les violences sont liées à des personnes ou à des lieux du pays d'origine.
safeguard-gbv-support-unconfirmed-lift = Le soutien à l'arrivée est confirmé à l'étape « Violence basée sur le genre ». Si la personne survivante, informée, refuse le soutien, un superviseur peut consigner ce choix.
safeguard-departure-not-ready = Départ non prêt
safeguard-departure-not-ready-rule = Aucun départ tant que la fiche d'aptitude au voyage, le document de voyage et la déclaration de retour volontaire ne couvrent pas tous la date prévue.
safeguard-departure-not-ready-message = Les conditions du départ ne sont pas réunies : voir les vérifications de préparation pour ce qui ne couvre pas la date de départ prévue.
safeguard-departure-not-ready-lift = Chaque pièce couvre la date prévue et chaque condition de préparation est remplie.

## checklist
checklist-medical-handover = Personne ayant des besoins médicaux urgents, une lésion due au froid ou une déshydratation confiée au personnel médical
checklist-basic-needs = Eau, nourriture, vêtements secs et abri proposés
checklist-stowaway-screened = Examen du passager clandestin mené en privé, à l'écart de l'équipage ; agent maritime avisé de ne pas contacter les représentants du pays d'origine
checklist-information-in-language = Information donnée dans une langue que la personne comprend
checklist-vulnerability-referral = Personne vulnérable orientée, avec son consentement
checklist-asylum-referral = Possible demande d'asile consignée dans les propres mots de la personne et orientée le jour même
checklist-trafficking-referral = Orientation vers une assistance de lutte contre la traite faite
checklist-return-risk-assessment = Évaluation des risques liés au retour proposée avant tout voyage
checklist-age-assessment = Âge évalué par une autorité compétente
checklist-child-protection-referral = Enfant orienté vers l'autorité de protection de l'enfance
checklist-guardian-appointed = Tuteur ou représentant légal en place
checklist-best-interests-determination = Détermination de l'intérêt supérieur terminée, concluant que le retour est dans l'intérêt supérieur de l'enfant
checklist-destination-carer = Accord de la personne chargée de l'enfant à destination, et capacité de celle-ci confirmée
checklist-gbv-confidential = Détails des violences conservés uniquement dans le dossier à accès restreint
checklist-gbv-support-on-arrival = Soutien à l'arrivée confirmé pour la personne survivante avant la réservation
checklist-screening-recorded = Résultats de l'examen consignés avec la date et l'interprète
checklist-interpreter-recorded = Interprète consigné pour la séance de conseil
checklist-understanding-checked = Compréhension vérifiée : la personne a reformulé avec ses propres mots
checklist-time-to-reflect = Temps de réflexion laissé avant toute décision
checklist-voluntary-declaration = Déclaration de retour volontaire lue à voix haute et signée, interprète consigné
checklist-withdrawal-handled = Renonciation consignée ; bureaux chargés du voyage et de l'accueil informés
checklist-decision-reconfirmed = Décision reconfirmée avant toute demande de document ou réservation
checklist-consular-consent = Consentement au contact consulaire consigné, avec le nom de l'interprète
checklist-consular-disclosure-told = Personne informée de ce qui a été communiqué au consulat
checklist-travel-document = Document de voyage en main : type, numéro, autorité de délivrance et dates consignés
checklist-document-route = Contact consulaire refusé : autre moyen d'obtenir un document consigné
checklist-interception-detention = Lieu de détention et autorité qui détient la personne consignés ; alternatives évoquées
checklist-interception-asylum-access = Droit de demander l'asile et accès au HCR expliqués après l'interception
checklist-medication-supply = Médicaments pour le trajet et jusqu'au début du traitement dans le pays, avec les ordonnances
checklist-medical-summary = Résumé médical pour le trajet et le service de santé d'accueil, communiqué avec consentement
checklist-escort-decision = Décision sur l'escorte consignée pour une personne atteinte d'une maladie de longue durée
checklist-pregnancy-certificate = Certificat médical pour le transporteur, en cas de grossesse de plus d'environ 28 semaines à la date prévue
checklist-departure-date-not-past = La date de départ prévue n'est pas passée
checklist-child-guardian-consent = Consentement du tuteur à la déclaration de l'enfant consigné
checklist-fitness-recorded = Aptitude au voyage consignée
checklist-maternity-care = Soins prénatals et accouchement à destination confirmés avant la réservation
checklist-treatment-at-home = Traitement à destination confirmé avant le voyage
checklist-escort-booked = Escorte réservée et informée
checklist-child-escort = Un parent, un tuteur ou un fonctionnaire spécialisé voyage avec l'enfant
checklist-safe-route = Itinéraire choisi pour sa sécurité
checklist-reconfirmed-on-the-day = Décision reconfirmée le jour du départ
checklist-arrival-confirmed = Arrivée confirmée au bureau d'envoi
checklist-reintegration-plan = Plan de réintégration transmis et gestionnaire de cas présenté
checklist-monitoring-agreed = Suivi convenu avec la personne
checklist-reintegration-health = Le plan de réintégration couvre la santé : traitement, médicaments ou soins prénatals dans le pays

## departure
departure-record-1 = Déclaration de retour volontaire
departure-record-2 = Fiche d'aptitude au voyage
departure-record-3 = Document de voyage
departure-requires-1 = Apte au voyage
departure-requires-2 = Escorte réservée si elle est nécessaire
departure-requires-3 = Un enfant voyage avec un parent, un tuteur ou un fonctionnaire spécialisé
departure-requires-4 = Examen médical cohérent avec ce qui a été relevé sur le quai
departure-requires-5 = Certificat médical pour le transporteur, au-delà d'environ 28 semaines de grossesse
departure-requires-6 = Document de voyage consigné : type, numéro et autorité de délivrance
departure-requires-7 = Un passager clandestin est à terre, et l'agent maritime a été avisé

## form
form-voluntary-declaration = Déclaration de retour volontaire
form-voluntary-declaration-intro-1 = Lisez tout ce formulaire à voix haute à la personne, dans une langue qu'elle comprend, avant toute signature. Personne ne signe à sa place.
form-voluntary-declaration-intro-2 = On m'a expliqué ce qu'est l'aide au retour volontaire, quelle aide est proposée et ce qu'elle ne couvre pas, et ce que l'on sait de la situation là où je vais. On m'a laissé le temps de réfléchir. Je choisis de rentrer de mon plein gré ; personne n'a fait pression sur moi. Je sais que je peux changer d'avis et renoncer au retour à tout moment avant mon départ.
form-voluntary-declaration-intro-3 = Pour un enfant : le tuteur nommé ci-dessous a entendu cette déclaration et y consent.
form-voluntary-declaration-signature-1 = Migrant ou migrante de retour
form-voluntary-declaration-signature-2 = Interprète
form-voluntary-declaration-signature-3 = Membre du personnel de l'OIM
form-voluntary-declaration-signature-4 = Tuteur (pour un enfant)
form-data-sharing-consent = Consentement au partage des données
form-data-sharing-consent-intro-1 = Expliquez, dans la langue de la personne, qui recevra quelles informations, pourquoi, et ce qui se passe si elle refuse. Le consentement est demandé séparément pour chaque finalité et peut être retiré à tout moment. Les informations de santé ne sont communiquées qu'avec un consentement pour cette finalité.
form-data-sharing-consent-intro-2 = Finalité (une par formulaire) : ________________________________   Destinataire : ________________________________
form-data-sharing-consent-signature-1 = La personne
form-data-sharing-consent-signature-2 = Interprète
form-data-sharing-consent-signature-3 = Membre du personnel de l'OIM
form-interpreter-log = Registre de l'interprète
form-interpreter-log-intro-1 = Notez qui a interprété chaque échange important pour le dossier : l'examen, le conseil, chaque signature et toute renonciation. Pour l'examen, un interprète extérieur au groupe de voyage ; jamais un membre de la famille pour les questions sur la violence ou la traite.
form-interpreter-log-signature-1 = Membre du personnel de l'OIM
form-arrival-handover = Fiche de passation à l'arrivée
form-arrival-handover-intro-1 = Pour le bureau d'accueil. Ne communiquez que ce que la personne a accepté de partager. Si personne n'est venu accueillir la personne, si elle a été retenue, ou si elle dit à l'arrivée qu'elle a peur, appelez immédiatement le contact de permanence du bureau d'accueil.
form-arrival-handover-signature-1 = Membre du personnel du bureau d'envoi
form-arrival-handover-signature-2 = Membre du personnel du bureau d'accueil
form-situation-report = Rapport de situation : un débarquement
form-situation-report-intro-1 = Un bref rapport sur un débarquement, pour le bureau, en nombres et en besoins, jamais en noms. Inscrivez les chiffres sur les lignes, et gardez les détails de protection pour le dossier à accès restreint.
form-situation-report-intro-2 = Personnes débarquées : ______  Enfants : ______  Enfants non accompagnés ou séparés : ______  Ayant besoin de soins médicaux urgents : ______
form-situation-report-signature-1 = Membre du personnel de l'OIM
