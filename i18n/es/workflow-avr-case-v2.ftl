# Traducción al español de i18n/en/workflow-avr-case-v2.ftl (generado desde handbook/workflows/avr-case-v2.toml).
# Mismas claves y mismo orden que el catálogo inglés; los textos idénticos a la versión 3 reutilizan su traducción.

## workflow
workflow-title = Caso de RVA: del muelle a la reintegración
workflow-summary = El caso de una persona, en orden: salvamento y desembarco, detección de necesidades de protección, asesoramiento sobre el retorno, preparación de la partida y llegada. Los pasos del retorno siguen cerrados hasta que la detección de necesidades de protección los permita.

## stage
stage-rescue = Salvamento y desembarco
stage-protection = Detección de necesidades de protección
stage-counselling = Asesoramiento y decisión
stage-pre-departure = Preparación de la partida
stage-arrival = Llegada y reintegración

## step
step-arrival-context = Cómo llegó la persona hasta nosotros
step-arrival-context-guidance = Primero, el desembarco. Las preguntas de detección y de estatuto vienen después y nunca deben retrasar el desembarco, los primeros auxilios, el agua ni los alimentos.

## field
field-arrival_mode = ¿Cómo llegó la persona?
field-arrival_mode-required = Anote cómo llegó la persona hasta nosotros: un polizón sigue otro camino.
field-arrival_mode-opt-rescued = Rescatada en el mar
field-arrival_mode-opt-intercepted = Interceptada en el mar
field-arrival_mode-opt-stowaway = Hallada como polizón en un buque
field-disembarkation_date = Fecha del desembarco (o del hallazgo, si es un polizón)
field-place = Puerto o lugar

## step
step-immediate-needs = Primero, las necesidades inmediatas
step-immediate-needs-guidance = Envíe directamente al personal médico a toda persona inconsciente, que sangre, que respire con dificultad, con quemaduras o herida. Saque a las personas del frío. Agua, alimentos y ropa seca antes de cualquier pregunta. La primera ayuda psicológica consiste en escuchar y ayudar en lo práctico; no es una terapia.

## field
field-medical_urgent = ¿Necesidad médica urgente (inconsciente, sangra, respira con dificultad, quemaduras, heridas)?
field-hypothermia_signs = ¿Signos de lesión por frío (tirita mucho, o no tirita aunque tiene frío; confusión, somnolencia, habla arrastrada)?
field-dehydration_signs = ¿Signos de deshidratación (no retiene los líquidos, confusión, mucha debilidad o somnolencia, un bebé que no come)?
field-handed_to_medical = ¿Pasó a cargo del personal médico?
field-handed_to_medical-required = Anote si la persona pasó a cargo del personal médico.
field-handed_to_medical-constraint-1 = Ponga siempre a una persona con estos signos a cargo del personal médico, y deje en sus manos el tratamiento y el recalentamiento.
field-basic_needs_given = ¿Se ofrecieron agua, alimentos, ropa seca y refugio?
field-basic_needs_given-constraint-1 = Nunca retenga el agua, los alimentos ni el refugio: ofrézcalos antes que cualquier otra cosa.
field-acute_distress = ¿Sufre una angustia aguda?
field-distress_referred = ¿Derivada a un profesional de salud mental o a un equipo psicosocial?
field-distress_referred-constraint-1 = Derive a toda persona con angustia aguda a un profesional de salud mental o a un equipo psicosocial.

## step
step-after-interception = Después de una interceptación
step-after-interception-guidance = Las personas interceptadas en el mar pueden quedar detenidas, y aun así deben poder pedir asilo. Averigüe dónde está detenida cada persona y bajo qué autoridad, si se le informó de su derecho a solicitar asilo y si puede contactar con el ACNUR, y si se aplican alternativas a la detención, sobre todo para los niños.

## field
field-detained = ¿Está la persona detenida?
field-detention_place = Dónde, y bajo qué autoridad
field-detention_alternative_sought = ¿Se plantearon a la autoridad alternativas a la detención (siempre, si es un niño)?
field-asylum_access_explained = ¿Se le informó, en su idioma, del derecho a solicitar asilo y de cómo contactar con el ACNUR?
field-asylum_access_explained-constraint-1 = Después de una interceptación, asegúrese siempre de que la persona sabe cómo pedir asilo.

## step
step-stowaway = Un polizón
step-stowaway-guidance = Trate el caso de un polizón como un posible caso de protección mientras la detección no indique lo contrario. Haga la detección donde la tripulación no pueda oír, con un intérprete de confianza. Nada que permita identificar a un polizón que pueda pedir asilo llega a ningún representante de su país de origen.

## field
field-stowaway_location = ¿Dónde está ahora la persona?
field-stowaway_location-opt-on_board = Todavía a bordo
field-stowaway_location-opt-port_custody = Bajo custodia de la autoridad portuaria o de la policía
field-stowaway_location-opt-ashore = En tierra, en libertad
field-stowaway_responsible = ¿Quién es ahora responsable de la persona (buque, autoridad portuaria, policía)?
field-stowaway_screened_privately = ¿Se habló con la persona en privado, donde no pudieran oír la tripulación ni otras personas a bordo, con un intérprete de confianza?
field-stowaway_screened_privately-constraint-1 = Haga la detección de un polizón en privado, lejos de la tripulación, antes de cualquier mención del retorno.
field-agent_told_no_origin_contact = ¿Se dijo al agente marítimo y al capitán que no comuniquen la identidad de la persona a ningún representante del país de origen?
field-agent_told_no_origin_contact-constraint-1 = Dígaselo al agente y al capitán antes de organizar cualquier otra cosa.

## step
step-registration = Registro básico
step-registration-guidance = Registre solo lo necesario, en un idioma que la persona entienda. Anote lo que la persona dice sobre su edad, nunca su propia estimación. Quien dice ser menor de 18 años, o puede serlo, recibe trato de niño hasta que una autoridad competente haya evaluado su edad.

## field
field-person_ref = Nombre o referencia del caso
field-age_group = Edad
field-age_group-required = Anote lo que la persona dice sobre su edad: de ello depende que se apliquen los procedimientos para niños.
field-age_group-opt-adult = Dice tener 18 años o más, y nada indica lo contrario
field-age_group-opt-child = Dice ser menor de 18 años
field-age_group-opt-disputed = Puede ser menor de 18 años, o su edad no está clara o está en duda
field-age_group-constraint-1 = La edad declarada es inferior a 18 años: registre a la persona como niño o como edad en duda.
field-stated_age = Edad según la propia persona, si la indica
field-stated_age-constraint-1 = Una edad entre 0 y 120 años.
field-travelling_with = Viaja con
field-travelling_with-opt-alone = Sola
field-travelling_with-opt-family = Uno de los padres, la persona cuidadora o familiares
field-travelling_with-opt-other_adults = Otros adultos (no familiares)
field-languages = Idiomas que entiende la persona
field-informed_in_language = ¿Se le explicó quién es la OIM y qué ocurrirá ahora, en un idioma que entiende?
field-informed_in_language-constraint-1 = Dé la información en un idioma que la persona entienda: busque primero un intérprete.

## step
step-vulnerability-identification = Identificación de personas vulnerables
step-vulnerability-identification-guidance = Observe quién está solo, a quién llevan en brazos, a quién mantienen aparte o por quién hablan otros. Ofrezca una conversación en privado con un intérprete que la persona acepte. Anote lo que vio y lo que la persona pidió, no lo que usted supone.

## field
field-vulnerabilities = Observado o declarado
field-vulnerabilities-required = Anote lo que observó, o «Nada observado ni declarado».
field-vulnerabilities-opt-pregnant = Embarazo
field-vulnerabilities-opt-serious_illness = Enfermedad grave o de larga duración
field-vulnerabilities-opt-disability = Discapacidad
field-vulnerabilities-opt-older_person = Persona mayor
field-vulnerabilities-opt-single_parent = Madre o padre sin pareja, con sus hijos
field-vulnerabilities-opt-torture_survivor = Persona sobreviviente de tortura
field-vulnerabilities-opt-none = Nada observado ni declarado
field-vulnerabilities-constraint-1 = «Nada» no puede elegirse junto con otra opción.
field-vulnerability_referred = ¿Se explicó la derivación, se pidió el consentimiento y se hizo la derivación?

## step
step-handover = Traspaso y registros
step-handover-guidance = Anote qué ayuda recibió la persona y quién se hizo cargo de ella. Mantenga los datos de salud fuera de las listas que otros pueden ver. Transmita las preocupaciones urgentes de protección esa misma noche.

## field
field-handed_over_to = Traspasada a
field-handed_over_to-opt-medical_team = Equipo médico
field-handed_over_to-opt-child_protection = Protección de la infancia
field-handed_over_to-opt-unhcr = ACNUR
field-handed_over_to-opt-red_cross = Cruz Roja / Media Luna Roja
field-handed_over_to-opt-nobody = Nadie: sigue con la OIM
field-handed_over_to-constraint-1 = «Nadie» no puede elegirse junto con otra opción.
field-health_details_separate = ¿Se mantienen los datos de salud fuera de las listas compartidas?
field-health_details_separate-constraint-1 = Registre los datos de salud solo donde los necesita el equipo médico, fuera de las listas que otros pueden ver.
field-told_where_to_find_iom = ¿Se le dijo dónde volver a encontrar a la OIM?

## step
step-fear-of-return = Temor al retorno o deseo de pedir asilo
step-fear-of-return-guidance = Pregunte primero, y siga escuchando: el temor puede aparecer en cualquier momento y ante cualquier persona. Trate como una posible solicitud de asilo «no puedo volver», la mención de amenazas, cárcel o guerra, el miedo al propio gobierno de la persona o el miedo cuando se menciona una embajada. Anótelo con las palabras de la persona y derívelo el mismo día. No le corresponde a usted juzgar si el temor es fundado. Si el temor aparece más tarde, vuelva a este paso y anótelo: todos los pasos del retorno se cierran de nuevo.

## field
field-fear_of_return = ¿Ha dicho la persona, en algún momento y a quien sea, que teme volver o que quiere pedir asilo?
field-fear_of_return-required = Pregunte y anote la respuesta: ningún paso del retorno se abre mientras no se conozca.
field-fear_own_words = Lo que dijo la persona, con sus propias palabras
field-asylum_referred = ¿Derivada al ACNUR y a la autoridad nacional de asilo, con su consentimiento?
field-asylum_referred-constraint-1 = Derive una posible solicitud de asilo el mismo día.
field-asylum_referral_date = Fecha de la derivación
field-asylum_outcome = Situación de la solicitud de asilo
field-asylum_outcome-help = Solo la decisión de la propia persona de abandonar la solicitud, o una resolución firme de que no necesita protección, permite continuar con el RVA. El retorno de un refugiado no se gestiona en este flujo de trabajo.
field-asylum_outcome-opt-pending = Pendiente
field-asylum_outcome-opt-claim_withdrawn = La persona decidió no continuar con la solicitud
field-asylum_outcome-opt-no_protection_need = Resolución firme: no necesita protección internacional
field-asylum_outcome-opt-protection_granted = Protección internacional concedida
field-unhcr_coordinated = ¿Se coordinó con el ACNUR y se comprobó que la decisión de abandonar la solicitud es libre e informada?

## step
step-trafficking-screening = Indicadores de trata
step-trafficking-screening-guidance = Hable con la persona a solas, lejos de quien parezca controlarla, por medio de un intérprete ajeno al grupo con el que viaja. Ningún indicador por sí solo prueba ni descarta la trata: cada uno es un motivo para seguir indagando. Nunca se enfrente a un presunto tratante y nunca reúna pruebas para la policía.

## field
field-screened_alone = ¿Se habló con la persona a solas, con un intérprete ajeno al grupo con el que viaja?
field-screened_alone-constraint-1 = Nunca haga la detección de una posible víctima delante de sus acompañantes.
field-trafficking_indicators = Indicadores observados o declarados
field-trafficking_indicators-required = Anote los indicadores, o «Ninguno»: el viaje sigue cerrado hasta que se registre la detección.
field-trafficking_indicators-opt-afraid = Miedo a las autoridades, a los empleadores o a sus compañeros de viaje
field-trafficking_indicators-opt-trauma = Signos de trauma psicológico
field-trafficking_indicators-opt-not_free = No puede moverse libremente ni dejar un lugar de trabajo
field-trafficking_indicators-opt-no_documents_or_money = No tiene documentos de identidad ni dinero propios
field-trafficking_indicators-opt-debt = Dice que debe dinero a alguien
field-trafficking_indicators-opt-moved_often = La han trasladado a menudo de un lugar a otro
field-trafficking_indicators-opt-controlled = Va acompañada o vigilada, y no la dejan hablar por sí misma
field-trafficking_indicators-opt-abuse_signs = Lesiones u otros signos de maltrato; desnutrición
field-trafficking_indicators-opt-none = Ninguno
field-trafficking_indicators-constraint-1 = «Ninguno» no puede elegirse junto con un indicador.

## step
step-trafficking-referral = Derivación para recibir asistencia contra la trata
step-trafficking-referral-guidance = Explique la derivación y pida el consentimiento. Ofrezca una evaluación de riesgos del retorno antes de cualquier viaje. Si la persona también teme volver a su país, derívela además al procedimiento de asilo y anote el temor en el paso de temor al retorno.

## field
field-trafficking_referral_status = Derivación
field-trafficking_referral_status-opt-referred = Derivada para recibir asistencia contra la trata
field-trafficking_referral_status-opt-declined = Se le explicó y ofreció; la persona no aceptó
field-trafficking_referral_status-opt-not_yet = Todavía no se ha hecho
field-trafficking_referral_date = Fecha de la derivación
field-return_risk_assessment_offered = ¿Se ofreció una evaluación de riesgos del retorno antes de cualquier viaje?

## step
step-age-assessment = Edad en duda
step-age-assessment-guidance = La evaluación de la edad la realiza personal cualificado de una autoridad competente, nunca el personal de la OIM en un muelle. Hasta que se haga, la persona recibe trato de niño: se aplican la protección de la infancia, el tutor y el interés superior, y nunca un proceso de retorno para adultos.

## field
field-age_assessment_outcome = Evaluación de la edad por una autoridad competente
field-age_assessment_outcome-opt-pending = Solicitada, todavía no realizada
field-age_assessment_outcome-opt-minor = Evaluada como menor de 18 años
field-age_assessment_outcome-opt-adult = Evaluada como persona de 18 años o más
field-age_assessed_by = Autoridad que evaluó la edad
field-age_assessed_on = Fecha de la evaluación
field-age_assessed_on-required = Anote cuándo evaluó la edad la autoridad competente.

## step
step-child-protection = Derivación a protección de la infancia
step-child-protection-guidance = Identifique al niño como no acompañado o separado en cuanto se sepa, anote por qué y cómo se separó, y derive esa misma noche a la autoridad de protección de la infancia a todo niño que viaje solo.

## field
field-child_situation = El niño está
field-child_situation-opt-unaccompanied = No acompañado: sin padres, parientes ni adulto responsable
field-child_situation-opt-separated = Separado: con un pariente u otro adulto, que no es su padre o madre ni la persona que lo tiene a su cargo legalmente
field-child_situation-opt-with_parent = Con su padre o madre, o con la persona que lo tiene a su cargo legalmente
field-child_protection_referred = ¿Derivado a la autoridad de protección de la infancia?
field-child_protection_referred-constraint-1 = Derive siempre esa misma noche a la autoridad de protección de la infancia a todo niño que viaje solo.
field-family_tracing_requested = ¿Se solicitó la búsqueda de familiares (Restablecimiento del contacto entre familiares), si el niño lo desea?

## step
step-guardian = Tutor o representante legal
step-guardian-guidance = Un niño solo necesita un tutor o asesor y un representante legal. Cuando un niño no puede tomar solo una decisión libre e informada, una evaluación cualificada determina quién puede decidir en su nombre.

## field
field-guardian_status = Tutor
field-guardian_status-opt-appointed = Tutor nombrado
field-guardian_status-opt-parent_confirmed = Protección de la infancia confirmó como tutor legal al progenitor que viaja con el niño
field-guardian_status-opt-requested = Solicitado, todavía no nombrado
field-guardian_name = Nombre del tutor y autoridad

## step
step-best-interests = Interés superior
step-best-interests-guidance = El interés superior del niño es una consideración primordial en toda medida. Un niño solo retorna si un procedimiento formal de interés superior concluye que el retorno responde a su interés superior, su seguridad no corre peligro y una persona cuidadora adecuada en el destino ha aceptado de antemano y puede hacerse cargo de él. Solo se recurre a los servicios consulares cuando ello beneficia al niño.

## field
field-bid_outcome = Determinación del interés superior
field-bid_outcome-opt-not_started = No iniciada
field-bid_outcome-opt-in_progress = En curso
field-bid_outcome-opt-return_in_best_interests = Concluida: el retorno responde al interés superior del niño
field-bid_outcome-opt-return_not_in_best_interests = Concluida: el retorno no responde al interés superior del niño
field-destination_carer_confirmed = ¿Una persona cuidadora adecuada en el destino ha aceptado hacerse cargo del niño y se ha confirmado que puede hacerlo?

## step
step-gbv = Violencia de género
step-gbv-guidance = Nadie tiene que contarle lo que le ocurrió. Habilite un espacio privado, ofrezca una funcionaria y una intérprete mujer, y diga a todos, en términos generales, que hay apoyo confidencial. Si alguien revela lo ocurrido, la persona sobreviviente decide qué contar y qué servicios usar. Mantenga los detalles fuera de las listas de grupo: escriba «problema de protección, derivado».

## field
field-private_space_offered = ¿Se ofrecieron un espacio privado y la posibilidad de elegir quién la atiende y quién interpreta?
field-private_space_offered-constraint-1 = Ofrezca un espacio privado y la posibilidad de elegir quién la atiende y quién interpreta.
field-gbv_disclosed = ¿Reveló la persona haber sufrido violencia de género?
field-gbv_disclosed-opt-yes = Sí
field-gbv_disclosed-opt-no = No
field-gbv_referral = Derivación
field-gbv_referral-opt-referred = Derivada, con su consentimiento
field-gbv_referral-opt-declined = Se le ofreció; la persona sobreviviente no aceptó
field-gbv_referral-opt-later = La persona sobreviviente quiere decidir más adelante
field-gbv_details_restricted = ¿Los detalles están solo en el expediente de acceso restringido?
field-gbv_details_restricted-constraint-1 = Mantenga siempre los detalles de la violencia fuera de las listas de grupo y de los registros compartidos.
field-gbv_linked_to_home = ¿Está la violencia relacionada con personas o lugares de su país?
field-gbv_linked_to_home-help = Si es así, puede tratarse de un temor al retorno: anótelo en el paso de temor al retorno.
field-gbv_support_confirmed = ¿Se confirmó el apoyo a la llegada antes de cualquier reserva?

## step
step-medical-needs = Necesidades médicas
step-medical-needs-guidance = Anote las necesidades de salud solo donde las necesita el equipo médico, y derive. Los datos de salud son datos personales: solo se comparten con consentimiento y para una finalidad declarada.

## field
field-ongoing_medical_needs = ¿Necesidades médicas continuas?
field-medical_referral_made = ¿Derivada para recibir atención?

## step
step-screening-record = Registro de la detección
step-screening-record-guidance = Registre cada resultado de la detección, con la fecha y el nombre del intérprete, antes de seguir. Siga escuchando: el temor puede aparecer más tarde.

## field
field-screening_date = Fecha de la detección
field-screening_interpreter = Intérprete (nombre o identificación; «ninguno: idioma propio» si no hizo falta)
field-screening_interpreter-required = Anote siempre quién interpretó.

## step
step-counselling-session = Información en un idioma que la persona entienda
step-counselling-session-guidance = Celebre la sesión en privado. Diga quién es usted, que la OIM no es la policía y para qué sirve la sesión. Explique el proceso, la ayuda que se ofrece y sus límites, y la situación en el país de la persona. Sea imparcial: no empuje al retorno ni disuada a la persona de volver. Compruebe la comprensión pidiendo a la persona que lo explique con sus propias palabras.

## field
field-session_date = Fecha de la sesión de asesoramiento
field-counselling_language = Idioma y dialecto utilizados
field-interpreter_used = ¿Se recurrió a un intérprete?
field-interpreter_name = Nombre del intérprete, o identificación si es un servicio a distancia
field-interpreter_name-required = Anote siempre quién interpretó cada sesión de asesoramiento.
field-interpreter_mode = Interpretación
field-interpreter_mode-opt-in_person = En persona
field-interpreter_mode-opt-phone = Por teléfono
field-interpreter_mode-opt-video = Por vídeo
field-understanding_checked = ¿Se comprobó la comprensión: la persona explicó con sus propias palabras qué va a ocurrir y qué puede todavía cambiar?
field-understanding_checked-constraint-1 = Una decisión solo es informada si la persona ha entendido: compruébelo antes de seguir.
field-asylum_right_explained = ¿Se explicó que siempre es posible pedir asilo, y qué ocurre con el expediente de retorno si lo hace?
field-asylum_right_explained-constraint-1 = Explique siempre que se puede pedir asilo en cualquier momento.
field-withdrawal_right_explained = ¿Se explicó que puede cambiar de opinión hasta el día de la partida?
field-withdrawal_right_explained-constraint-1 = Explique siempre el derecho a desistir.

## step
step-time-to-reflect = Tiempo de reflexión
step-time-to-reflect-guidance = No pida a alguien que acaba de desembarcar tras varios días en el mar que tome una decisión que cambiará su vida. Si la persona no ha descansado, comido y visto al personal médico, o si todavía no sabe dónde está y qué opciones tiene, limítese a informar y fije una sesión posterior.

## field
field-rested_and_seen = ¿Ha descansado la persona, ha comido y la ha visto el personal médico?
field-ready_to_decide = ¿Quiere la persona tomar ahora una decisión?
field-ready_to_decide-constraint-1 = Todavía no: limítese a informar y fije una sesión posterior.
field-next_session_date = Fecha acordada para la siguiente sesión

## step
step-return-decision = Decisión y declaración de voluntariedad
step-return-decision-guidance = Lea todo el formulario en voz alta en el idioma de la persona, por medio del intérprete registrado. Nunca rellene de antemano la decisión, nunca firme en lugar de la persona y nunca acepte la firma de alguien que no haya podido leer el formulario ni que se lo leyeran. Si duda de la capacidad de la persona para decidir, deténgase.

## field
field-wants_to_return = Decisión de la persona
field-wants_to_return-opt-yes = Quiere retornar
field-wants_to_return-opt-no = No quiere retornar
field-wants_to_return-opt-undecided = No ha decidido
field-capacity_doubt = ¿Hay alguna duda sobre la capacidad de la persona para decidir?
field-capacity_doubt-constraint-1 = Deténgase: hace falta una evaluación cualificada, y esta determina quién puede decidir en nombre de la persona.
field-pressure_observed = ¿Algún indicio de presión (detención, deudas, familia, otros pasajeros, personal)?
field-pressure_observed-constraint-1 = Una decisión tomada bajo presión no es voluntaria: nombre la presión y deténgase.
field-declaration_signed = ¿Firmó la persona la declaración de voluntariedad?
field-declaration_date = Fecha de la declaración
field-declaration_date-constraint-1 = La declaración no puede ser anterior a la sesión de asesoramiento.
field-declaration_read_aloud = ¿Se leyó entera en voz alta, en el idioma de la persona?
field-declaration_read_aloud-constraint-1 = Lea todo el formulario en voz alta en el idioma de la persona antes de la firma.
field-guardian_consented_to_declaration = ¿Dio su consentimiento a la declaración el tutor del niño, después de oírla leer?
field-guardian_consented_to_declaration-required = La declaración de un niño necesita el consentimiento registrado del tutor.
field-declaration_guardian = Tutor que dio su consentimiento (nombre y autoridad)
field-declaration_interpreter = Intérprete para la firma (nombre o identificación; «ninguno: idioma propio»)
field-declaration_interpreter-required = Anote siempre quién interpretó cada firma.

## step
step-withdrawal = Desistimiento
step-withdrawal-guidance = La persona puede cambiar de opinión y desistir del retorno en cualquier momento, hasta el día de la partida. Nunca le diga que es demasiado tarde. Registre aquí el desistimiento en cuanto se produzca: la vía del retorno se cierra.

## field
field-withdrawn = ¿Ha desistido la persona del retorno?
field-withdrawn-help = Un desistimiento registrado es definitivo. Si se registró por error, un supervisor registra una corrección; si más adelante la persona pide de nuevo retornar, abra un caso nuevo.
field-withdrawal_date = Fecha del desistimiento
field-withdrawal_interpreter = Quién interpretó (nombre o identificación; «ninguno: idioma propio»)
field-withdrawal_offices_told = ¿Se avisó a la oficina de traslado y a la oficina receptora?
field-withdrawal_needs = Qué necesita ahora la persona, y adónde se la derivó

## step
step-reconfirm-decision = Volver a confirmar la decisión
step-reconfirm-decision-guidance = Antes de cualquier solicitud de documentos de viaje y antes de reservar, vuelva a confirmar la decisión en el idioma de la persona. Pregunte si algo ha cambiado desde la detección: un temor nuevo, un relato nuevo. Si es así, anótelo en el paso de temor al retorno y repita la detección.

## field
field-decision_reconfirmed = ¿Se volvió a confirmar la decisión de retornar, en el idioma de la persona?
field-decision_reconfirmed-constraint-1 = Si la persona ya no quiere retornar, registre un desistimiento.
field-no_new_fear = Se volvió a preguntar: ¿ningún temor ni relato nuevo desde la detección?
field-no_new_fear-constraint-1 = Un temor o un relato nuevo: anótelo en el paso de temor al retorno. Los pasos del retorno se detienen hasta que se resuelva.

## step
step-documents-check = Documentos de viaje
step-documents-check-guidance = Compruebe qué documentos tiene la persona y dónde están. No tener los propios documentos puede ser un indicador de trata: anótelo sin juzgar. El contacto con el país de origen exige una detección sin hallazgos y un consentimiento para esa finalidad.

## field
field-own_travel_document = ¿Tiene la persona un pasaporte o un documento de viaje propio y válido?
field-consent_consular = ¿Consentimiento para contactar con el consulado para obtener un documento de viaje, explicado y dado para esa finalidad?
field-consent_consular_interpreter = Quién interpretó el consentimiento (nombre o identificación; «ninguno: idioma propio»)
field-alternative_document_route = Consentimiento denegado: otra vía para obtener un documento de viaje
field-alternative_document_route-required = Sin consentimiento para el contacto consular, anote qué otra vía para obtener un documento está abierta, o «Ninguna encontrada por ahora».
field-alternative_document_route-opt-none = Ninguna encontrada por ahora
field-alternative_document_route-opt-person_applies = La persona lo solicita ella misma a su consulado, con nuestro apoyo
field-alternative_document_route-opt-icrc_document = Documento de viaje de emergencia del CICR
field-alternative_document_route-opt-other_state_document = Un documento del Estado de acogida (p. ej., para una persona apátrida)

## step
step-consular-contact = Contacto consular
step-consular-contact-guidance = Comparta solo lo que el consulado necesita para confirmar la nacionalidad y expedir el documento. No diga nada sobre cómo viajó la persona, sus antecedentes de asilo, la trata ni su salud. Anote qué se envió, a quién, cuándo y quién lo envió, e infórmeselo a la persona.

## field
field-consular_request_date = Fecha de envío de la solicitud
field-consular_data_sent = Qué se envió, a quién y quién lo envió
field-person_told_what_shared = ¿Se informó a la persona de lo que se compartió, y cuándo?
field-person_told_what_shared-constraint-1 = Informe a la persona de lo que se compartió con el consulado.

## step
step-travel-document = Documento de viaje obtenido
step-travel-document-guidance = Anote el documento con el que viajará la persona. Devuelva los originales, o anote quién los tiene y por qué.

## field
field-travel_document_type = Documento con el que viajará la persona
field-travel_document_type-opt-passport = Pasaporte
field-travel_document_type-opt-emergency_travel_document = Documento de viaje de emergencia o salvoconducto
field-travel_document_type-opt-icrc_document = Documento de viaje de emergencia del CICR
field-travel_document_type-opt-other = Otro documento de viaje
field-travel_document_number = Número del documento
field-travel_document_issuer = Expedido por (autoridad, consulado u organización)
field-travel_document_issued = Fecha de expedición
field-travel_document_expires = Válido hasta
field-travel_document_expires-constraint-1 = El documento no puede caducar antes de su expedición.

## step
step-fitness-to-travel = Control de salud y aptitud para viajar
step-fitness-to-travel-guidance = La aptitud para viajar es un juicio médico emitido antes de la partida. Si la persona no está apta, o la atención que necesita no la espera al otro lado, aplace el viaje: la decisión sigue siendo suya, solo cambia la fecha. Comparta los datos de salud solo con consentimiento para esa finalidad.

## field
field-health_check_date = Fecha del control de salud
field-fitness_decision = Aptitud para viajar
field-fitness_decision-opt-fit = Apta para viajar sin apoyo
field-fitness_decision-opt-fit_with_escort = Apta para viajar con un acompañante
field-fitness_decision-opt-not_fit = No apta por ahora
field-fitness_valid_until = Registro de aptitud válido hasta (según indique el equipo médico)
field-fitness_valid_until-constraint-1 = El registro no puede terminar antes del control de salud.
field-fitness_review_date = Fecha de revisión (avise al equipo de traslados)
field-pregnant = ¿Embarazada?
field-pregnant-help = Compárelo con lo que se observó en el muelle (vulnerabilidades).
field-pregnant-constraint-1 = En el muelle se registró un embarazo: compruébelo de nuevo con un profesional sanitario y corrija la respuesta que sea errónea.
field-pregnancy_weeks = Semanas de embarazo, según la valoración de un profesional sanitario
field-pregnancy_weeks-required = Registre la etapa del embarazo según la valoración de un profesional sanitario, no a ojo.
field-pregnancy_weeks_on = Fecha en que se valoraron las semanas
field-pregnancy_weeks_on-required = Anote cuándo se valoraron las semanas: a partir de esa fecha se calculan las semanas en la partida.
field-multiple_pregnancy = ¿Gemelos o más?
field-fit_to_fly_certificate = ¿Certificado médico para el transportista, fechado dentro del plazo que este fija antes del vuelo?
field-fit_to_fly_certificate-help = Los transportistas suelen pedirlo pasadas unas 28 semanas. Compruebe la norma vigente de cada transportista de la ruta.
field-maternity_care_confirmed = ¿Se confirmó la atención prenatal y del parto en el destino?
field-chronic_illness = ¿Enfermedad de larga duración con un tratamiento que no debe interrumpirse?
field-chronic_illness-constraint-1 = En la detección se registraron necesidades médicas continuas: compruébelo de nuevo con el profesional sanitario y corrija la respuesta que sea errónea.
field-treatment_available_at_home = ¿Se confirmó que el tratamiento existe donde vivirá la persona y que puede acceder a él?
field-medication_supply = ¿Medicación suficiente para el viaje y hasta que empiece el tratamiento en su país, con las recetas?
field-medical_summary_prepared = ¿Resumen médico para el viaje y para el servicio de salud receptor, compartido con consentimiento?
field-escort_type = Acompañante
field-escort_type-opt-none = No hace falta
field-escort_type-opt-medical = Médico
field-escort_type-opt-psychosocial = Psicosocial
field-escort_type-opt-humanitarian = Humanitario
field-escort_type-constraint-1 = La decisión sobre la aptitud indica que hace falta un acompañante.
field-health_sharing_consent = ¿Se registró el consentimiento para compartir datos de salud con el acompañante o el transportista, cuando haga falta?

## step
step-travel-arrangements = Organización del viaje
step-travel-arrangements-guidance = Elija la ruta por su seguridad, no solo por el precio o la rapidez: nunca a través de un país que la persona teme o en el que estuvo detenida o fue explotada. Informe a las oficinas de la OIM de tránsito y de destino, y envíe solo lo que la persona aceptó compartir.

## field
field-departure_date = Fecha de partida prevista
field-departure_date-help = Una fecha prevista ya pasada aparece señalada en la lista de verificación: fije la nueva fecha.
field-route_safe = ¿La ruta evita todo país que la persona teme o en el que estuvo detenida o fue explotada?
field-route_safe-constraint-1 = Cambie la ruta, y pregunte si el temor apunta a una necesidad de protección.
field-offices_informed = ¿Se informó a las oficinas de tránsito y receptora, solo con los datos que la persona aceptó compartir?
field-escort_booked = ¿Acompañante reservado e informado?
field-child_escort_confirmed = ¿Viaja con el niño uno de sus padres, un tutor o un funcionario especializado?

## step
step-departure-day = Día de la partida
step-departure-day-guidance = Vuelva a confirmar la decisión ese mismo día. Si la persona duda, se queda callada o hace preguntas nuevas, deténgase, hable con ella en privado con un intérprete y trátelo como un posible desistimiento. Entregue a la persona sus propios documentos y su billete, y explíquele cada uno.

## field
field-reconfirmed_on_the_day = ¿Se volvió a confirmar hoy la decisión, en privado y en el idioma de la persona?
field-reconfirmed_on_the_day-constraint-1 = Deténgase. Si la persona ya no quiere viajar, registre un desistimiento.
field-documents_and_ticket_handed = ¿Se entregaron a la persona los documentos, el billete y la asignación, con recibo?
field-departed = ¿Ha partido la persona?
field-actual_departure_date = Fecha de partida

## step
step-reception = Recepción en el punto de llegada
step-reception-guidance = Confirme la llegada a la oficina de envío, con la fecha, la hora y quién recibió a la persona. Si nadie la recibió, si quedó retenida o si dice a la llegada que tiene miedo, llame de inmediato al contacto de guardia de la oficina receptora: un temor a la llegada es una cuestión de protección.

## field
field-arrival_confirmed = ¿Confirmó la llegada la oficina receptora?
field-arrival_date = Fecha de llegada
field-met_by = Quién recibió a la persona
field-arrival_problems = Problemas a la llegada
field-arrival_problems-opt-not_met = Nadie recibió a la persona
field-arrival_problems-opt-held = Retenida en la frontera
field-arrival_problems-opt-fear_raised = Surgió un temor o una amenaza
field-arrival_problems-opt-missing_items = Faltan equipaje, medicamentos o documentos
field-arrival_problems-opt-none = Ninguno
field-arrival_problems-constraint-1 = «Ninguno» no puede elegirse junto con un problema.
field-arrival_fear_referred = ¿Se derivó el temor o la amenaza como cuestión de protección, manteniendo los detalles confidenciales?
field-arrival_fear_referred-constraint-1 = Trate un temor a la llegada como una cuestión de protección y derívelo.

## step
step-onward-transport = Traslado hasta el destino final
step-onward-transport-guidance = Organice el viaje hasta el lugar donde vivirá la persona, y entréguele los datos de contacto de la oficina receptora.

## field
field-onward_transport_arranged = ¿Se organizó el viaje hasta el destino final?
field-final_destination = Dónde vivirá la persona

## step
step-reintegration-plan = Plan de reintegración
step-reintegration-plan-guidance = Traspase el plan acordado antes de la partida, con el consentimiento de la persona, y presente al gestor de casos o al socio que hará su seguimiento. Examine juntas las dimensiones económica, social y psicosocial. Nunca prometa un paquete de ayuda, un importe o un empleo que la oficina receptora no haya confirmado.

## field
field-plan_handed_over = ¿Se traspasó el plan de reintegración, con consentimiento?
field-plan_dimensions = El plan abarca
field-plan_dimensions-opt-economic = Económica: ganarse la vida
field-plan_dimensions-opt-social = Social: vivienda, personas a las que acudir
field-plan_dimensions-opt-psychosocial = Psicosocial: sobrellevar lo ocurrido
field-plan_dimensions-opt-health = Salud: tratamiento, medicamentos, atención prenatal en su país
field-plan_dimensions-constraint-1 = La persona tiene una enfermedad de larga duración o está embarazada: el plan necesita su dimensión de salud.
field-caseworker_introduced = ¿Se presentó al gestor de casos o al socio?

## step
step-monitoring = Seguimiento
step-monitoring-guidance = Los datos del seguimiento son datos personales: recójalos solo con consentimiento y para una finalidad declarada. Anote los cambios con las palabras de la persona. Si el seguimiento revela un temor o una amenaza nuevos, derive de inmediato para su protección.

## field
field-monitoring_consent = ¿Acepta la persona que se la contacte para el seguimiento?
field-monitoring_contact = Cómo y cuándo quiere la persona que se la contacte
field-baseline_recorded = ¿Se registró la situación de partida en cada dimensión, con las palabras de la persona?

## safeguard
safeguard-asylum-claim-open = Temor al retorno o solicitud de asilo abierta
safeguard-asylum-claim-open-rule = Ningún paso del retorno mientras haya un temor al retorno o una solicitud de asilo abierta.
safeguard-asylum-claim-open-message = La persona ha dicho que teme volver o que quiere pedir asilo, o todavía no se le ha preguntado. No puede darse ningún paso del retorno hasta que se resuelva esa necesidad de protección: derive al ACNUR y a la autoridad de asilo, y suspenda cualquier solicitud de RVA. Nunca contacte con las autoridades del país de origen acerca de esta persona. Una vez registrado un temor, cambiar la respuesta no levanta este bloqueo: solo lo levanta el resultado del procedimiento de asilo, o la corrección registrada por un supervisor de una respuesta introducida por error.
safeguard-asylum-claim-open-lift = La persona decidió no continuar con la solicitud y se consultó al ACNUR, o la solicitud terminó con una resolución firme de que no necesita protección internacional (paso de temor al retorno).
safeguard-screening-incomplete = Detección de necesidades de protección no registrada
safeguard-screening-incomplete-rule = Ningún asesoramiento sobre el retorno y ningún contacto consular hasta que se registre la detección de necesidades de protección.
safeguard-screening-incomplete-message = La protección es lo primero: haga la detección en el orden del manual (temor al retorno, trata, niño, vulnerabilidad), registre cada resultado con la fecha y el intérprete, y solo entonces hable del retorno. Nada se envía al consulado mientras quede abierto algún paso de la detección.
safeguard-screening-incomplete-lift = Todos los pasos de detección de la etapa de protección están completos (después de una interceptación, también las comprobaciones de la interceptación).
safeguard-child-not-referred = Niño no derivado a protección de la infancia
safeguard-child-not-referred-rule = Ningún asesoramiento sobre el retorno para un niño que viaja sin su padre o su madre hasta que la autoridad de protección de la infancia haya recibido la derivación.
safeguard-child-not-referred-message = Un niño que viaja solo, o con adultos que no son sus padres ni las personas que lo tienen a su cargo legalmente, se deriva esa misma noche a la autoridad de protección de la infancia. No se habla del retorno antes de que esa autoridad intervenga.
safeguard-child-not-referred-lift = La derivación a la autoridad de protección de la infancia consta en el paso de protección de la infancia (o el niño está con su padre o su madre, o con la persona que lo tiene a su cargo legalmente).
safeguard-child-no-guardian = Niño sin tutor
safeguard-child-no-guardian-rule = Ningún asesoramiento sobre el retorno para un niño hasta que haya un tutor o un representante legal.
safeguard-child-no-guardian-message = Un niño no pasa solo por el asesoramiento sobre el retorno: primero debe haber un tutor o un representante legal, que participa en él.
safeguard-child-no-guardian-lift = Se nombra un tutor, o protección de la infancia confirma como tutor legal al progenitor que viaja con el niño (paso del tutor).
safeguard-child-best-interests = Niño: interés superior no determinado
safeguard-child-best-interests-rule = Ninguna decisión de retorno para un niño sin los pasos de interés superior y de tutor.
safeguard-child-best-interests-message = La persona es un niño, o su edad está en duda y no se ha evaluado: recibe trato de niño. Una decisión de retorno necesita un tutor o un representante legal y una determinación del interés superior concluida que establezca que el retorno responde al interés superior del niño. Una vez registrada la persona como niño, una modificación posterior de la edad no levanta este bloqueo: lo levanta una evaluación de la edad hecha por una autoridad identificada, en una fecha registrada.
safeguard-child-best-interests-lift = El paso del tutor está completo y el niño ya cuenta con un tutor, y el paso de interés superior concluye que el retorno responde al interés superior del niño; o una autoridad competente, identificada, evalúa a la persona como adulta en una fecha registrada.
safeguard-child-carer-unconfirmed = Niño: sin persona cuidadora confirmada en el destino
safeguard-child-carer-unconfirmed-rule = Ningún viaje para un niño hasta que una persona cuidadora en el destino haya aceptado y se haya confirmado que puede hacerse cargo de él.
safeguard-child-carer-unconfirmed-message = Un niño no se devuelve a su país salvo que una persona cuidadora adecuada haya aceptado, antes de la partida, hacerse cargo de él y esté en condiciones de hacerlo.
safeguard-child-carer-unconfirmed-lift = La persona cuidadora en el destino está confirmada en el paso de interés superior (o una autoridad competente evalúa a la persona como adulta).
safeguard-trafficking-not-referred = Indicadores de trata sin derivación
safeguard-trafficking-not-referred-rule = Ningún viaje mientras haya indicadores de trata que no hayan dado lugar a una derivación.
safeguard-trafficking-not-referred-message = Hay indicadores de trata registrados, o la detección todavía no está registrada, y no se ha hecho ni ofrecido ninguna derivación para recibir asistencia contra la trata. Explique la derivación, pida el consentimiento y derive; ofrezca una evaluación de riesgos del retorno antes de cualquier viaje. Una vez registrados los indicadores, quitarlos no levanta este bloqueo: lo levanta una derivación, o una corrección registrada.
safeguard-trafficking-not-referred-lift = Consta una derivación para recibir asistencia contra la trata, o constan el ofrecimiento y la negativa de la persona.
safeguard-trafficking-referral-declined = Derivación por trata rechazada (adulto)
safeguard-trafficking-referral-declined-rule = Ningún viaje después de una derivación por trata rechazada sin la revisión de un supervisor.
safeguard-trafficking-referral-declined-message = Se ofreció a la persona una derivación para recibir asistencia contra la trata y no la aceptó. Se respeta su elección, pero el viaje solo continúa después de que un supervisor haya revisado el caso, incluida la evaluación de riesgos del retorno.
safeguard-trafficking-referral-declined-lift = Finalmente se hace una derivación, o un supervisor registra su nombre y el motivo por el que el viaje puede continuar.
safeguard-child-trafficking-referral-declined = Niño: derivación por trata rechazada
safeguard-child-trafficking-referral-declined-rule = Ningún viaje para un niño cuya derivación por trata se haya rechazado.
safeguard-child-trafficking-referral-declined-message = Un niño con indicadores de trata se deriva para recibir asistencia y protección. Rechazar la derivación no es una elección que un supervisor pueda aceptar en nombre de un niño: derive por medio de la autoridad de protección de la infancia y del tutor.
safeguard-child-trafficking-referral-declined-lift = Se hace la derivación (paso de derivación por trata).
safeguard-consular-without-consent = Sin consentimiento para el contacto consular
safeguard-consular-without-consent-rule = Ningún contacto consular sin un consentimiento registrado para esa finalidad.
safeguard-consular-without-consent-message = Pedir al consulado un documento de viaje transmite los datos de la persona a las autoridades de su país de origen. Exige una detección de necesidades de protección sin hallazgos y el consentimiento explícito de la persona para esa finalidad, registrado con el nombre del intérprete.
safeguard-consular-without-consent-lift = El consentimiento para el contacto consular consta en el paso de documentos de viaje, con el nombre del intérprete.
safeguard-no-document-route = Ninguna vía para obtener un documento de viaje
safeguard-no-document-route-rule = No se registra ningún documento de viaje, ni ninguna reserva, mientras se deniegue el consentimiento para el contacto consular y no conste otra vía.
safeguard-no-document-route-message = La persona rechazó el contacto consular, y está en su derecho. Un documento de viaje necesita entonces otra vía: que la persona lo solicite ella misma con apoyo, un documento de viaje de emergencia del CICR o un documento del Estado de acogida. Mientras no conste una de ellas, no puede registrarse ningún documento como obtenido.
safeguard-no-document-route-lift = Consta otra vía para obtener un documento de viaje en el paso de documentos de viaje, o la persona da su consentimiento para el contacto consular.
safeguard-no-voluntary-declaration = Sin declaración de voluntariedad firmada
safeguard-no-voluntary-declaration-rule = Ningún viaje sin una declaración de voluntariedad firmada.
safeguard-no-voluntary-declaration-message = El retorno solo es voluntario con una elección libre y una decisión informada, que constan por escrito: la declaración leída en voz alta en el idioma de la persona y firmada por ella, con el nombre del intérprete, sin dudas sobre su capacidad y sin indicios de presión. En el caso de un niño, además, el consentimiento registrado del tutor.
safeguard-no-voluntary-declaration-lift = El paso de decisión está completo con la declaración de voluntariedad firmada por la persona (y, en el caso de un niño, el consentimiento del tutor).
safeguard-withdrawal-recorded = Desistimiento registrado
safeguard-withdrawal-recorded-rule = Un desistimiento registrado cierra la vía del retorno.
safeguard-withdrawal-recorded-message = La persona ha desistido del retorno. Puede cambiar de opinión en cualquier momento hasta la partida, y nadie puede decirle que es demasiado tarde. Avise de inmediato a la oficina de traslado y a la oficina receptora, y pregunte qué necesita ahora la persona.
safeguard-withdrawal-recorded-lift = Nada en este caso. Si más adelante la persona pide de nuevo retornar, abra un caso nuevo: el asesoramiento y la declaración de voluntariedad empiezan otra vez. Un desistimiento registrado por error solo se rectifica con una corrección registrada por un supervisor.
safeguard-decision-not-reconfirmed = Decisión no confirmada de nuevo
safeguard-decision-not-reconfirmed-rule = Ninguna solicitud de documentos de viaje y ninguna reserva hasta que se vuelva a confirmar la decisión.
safeguard-decision-not-reconfirmed-message = Vuelva a confirmar la decisión de retornar, en el idioma de la persona, antes de cualquier solicitud de documentos de viaje y antes de reservar, y pregunte si algo ha cambiado desde la detección.
safeguard-decision-not-reconfirmed-lift = El paso de nueva confirmación está completo: decisión confirmada de nuevo, sin ningún temor ni relato nuevo.
safeguard-pregnancy-care-unconfirmed = Embarazo: atención en el destino no confirmada
safeguard-pregnancy-care-unconfirmed-rule = Ninguna reserva para una persona retornada embarazada hasta que se confirme la atención en el destino.
safeguard-pregnancy-care-unconfirmed-message = Confirme siempre qué atención prenatal y del parto espera en el destino antes de reservar, no después, y planifique todo el viaje dentro de los límites del transportista para la etapa del embarazo.
safeguard-pregnancy-care-unconfirmed-lift = La atención en el destino está confirmada en el paso de aptitud para viajar.
safeguard-pregnancy-past-carrier-limit = Embarazo por encima del límite habitual de los transportistas en la fecha prevista
safeguard-pregnancy-past-carrier-limit-rule = Ninguna partida si en la fecha prevista el embarazo habrá superado el límite habitual de los transportistas.
safeguard-pregnancy-past-carrier-limit-message = En la fecha prevista el embarazo estará en unas 36 semanas o más (32 en embarazos de gemelos o más), cuando los transportistas suelen no aceptar el viaje o piden su propia autorización médica. Cambie la fecha, u obtenga la autorización escrita del transportista y regístrela como una nueva decisión sobre la aptitud con el profesional sanitario.
safeguard-pregnancy-past-carrier-limit-lift = Una fecha de partida anterior al límite, o una valoración corregida de las semanas hecha por un profesional sanitario.
safeguard-treatment-unconfirmed = Enfermedad de larga duración: tratamiento en el país de origen no confirmado
safeguard-treatment-unconfirmed-rule = Ninguna reserva para una persona con una enfermedad de larga duración hasta que se confirme el tratamiento en su país.
safeguard-treatment-unconfirmed-message = Un tratamiento que no debe interrumpirse tiene que existir donde vivirá la persona, y la persona tiene que poder acceder a él. Confírmelo antes del viaje.
safeguard-treatment-unconfirmed-lift = El tratamiento en el destino está confirmado en el paso de aptitud para viajar. Si no puede confirmarse y la persona, plenamente informada, decide viajar de todos modos, un supervisor puede registrar el motivo.
safeguard-gbv-support-unconfirmed = Persona sobreviviente: apoyo a la llegada no confirmado
safeguard-gbv-support-unconfirmed-rule = Ninguna reserva para una persona sobreviviente de violencia de género hasta que se confirme el apoyo a la llegada.
safeguard-gbv-support-unconfirmed-message = Confirme que hay apoyo disponible a la llegada antes de reservar el viaje, y pregunte si la violencia está relacionada con personas o lugares de su país.
safeguard-gbv-support-unconfirmed-lift = El apoyo a la llegada está confirmado en el paso de violencia de género. Si la persona sobreviviente, informada, rechaza el apoyo, un supervisor puede registrar esa elección.
safeguard-departure-not-ready = Partida no preparada
safeguard-departure-not-ready-rule = Ninguna partida hasta que el registro de aptitud para viajar, el documento de viaje y la declaración de voluntariedad cubran todos la fecha prevista.
safeguard-departure-not-ready-message = No se cumplen las condiciones para la partida: consulte en las comprobaciones de preparación qué no cubre la fecha de partida prevista.
safeguard-departure-not-ready-lift = Todos los registros cubren la fecha prevista y se cumplen todos los requisitos de preparación.

## checklist
checklist-medical-handover = Persona con necesidades médicas urgentes, lesión por frío o deshidratación a cargo del personal médico
checklist-basic-needs = Agua, alimentos, ropa seca y refugio ofrecidos
checklist-stowaway-screened = Detección del polizón hecha en privado, lejos de la tripulación; se dijo al agente marítimo que no contacte con representantes del país de origen
checklist-information-in-language = Información dada en un idioma que la persona entiende
checklist-vulnerability-referral = Persona vulnerable derivada, con su consentimiento
checklist-asylum-referral = Posible solicitud de asilo anotada con las palabras de la persona y derivada el mismo día
checklist-trafficking-referral = Derivación para recibir asistencia contra la trata hecha
checklist-return-risk-assessment = Evaluación de riesgos del retorno ofrecida antes de cualquier viaje
checklist-age-assessment = Edad evaluada por una autoridad competente
checklist-child-protection-referral = Niño derivado a la autoridad de protección de la infancia
checklist-guardian-appointed = El niño ya cuenta con un tutor o representante legal
checklist-best-interests-determination = Determinación del interés superior concluida, con la conclusión de que el retorno responde al interés superior del niño
checklist-destination-carer = Persona cuidadora en el destino que ha aceptado y cuya capacidad se ha confirmado
checklist-gbv-confidential = Detalles de la violencia guardados solo en el expediente de acceso restringido
checklist-gbv-support-on-arrival = Apoyo a la llegada confirmado para la persona sobreviviente antes de reservar
checklist-screening-recorded = Resultados de la detección registrados con la fecha y el intérprete
checklist-interpreter-recorded = Intérprete registrado para la sesión de asesoramiento
checklist-understanding-checked = Comprensión comprobada: la persona lo explicó con sus propias palabras
checklist-time-to-reflect = Tiempo de reflexión dado antes de cualquier decisión
checklist-voluntary-declaration = Declaración de voluntariedad leída en voz alta y firmada, intérprete registrado
checklist-withdrawal-handled = Desistimiento registrado; oficina de traslado y oficina receptora avisadas
checklist-decision-reconfirmed = Decisión confirmada de nuevo antes de cualquier solicitud de documentos o reserva
checklist-consular-consent = Consentimiento para el contacto consular registrado, con el nombre del intérprete
checklist-consular-disclosure-told = Persona informada de lo que se compartió con el consulado
checklist-travel-document = Documento de viaje obtenido: tipo, número, expedidor y fechas registrados
checklist-document-route = Contacto consular rechazado: registrada otra vía para obtener un documento
checklist-interception-detention = Lugar de detención y autoridad responsable registrados; alternativas planteadas
checklist-interception-asylum-access = Derecho a solicitar asilo y acceso al ACNUR explicados después de la interceptación
checklist-medication-supply = Medicación para el viaje y hasta que empiece el tratamiento en el país de origen, con las recetas
checklist-medical-summary = Resumen médico para el viaje y para el servicio de salud receptor, compartido con consentimiento
checklist-escort-decision = Decisión sobre el acompañante registrada para una persona con una enfermedad de larga duración
checklist-pregnancy-certificate = Certificado médico del transportista para un embarazo de más de unas 28 semanas en la fecha prevista
checklist-departure-date-not-past = La fecha de partida prevista no ha pasado
checklist-child-guardian-consent = Consentimiento del tutor a la declaración del niño registrado
checklist-fitness-recorded = Aptitud para viajar registrada
checklist-maternity-care = Atención prenatal y del parto en el destino confirmada antes de reservar
checklist-treatment-at-home = Tratamiento en el destino confirmado antes del viaje
checklist-escort-booked = Acompañante reservado e informado
checklist-child-escort = Uno de los padres, un tutor o un funcionario especializado viaja con el niño
checklist-safe-route = Ruta elegida por su seguridad
checklist-reconfirmed-on-the-day = Decisión confirmada de nuevo el día de la partida
checklist-arrival-confirmed = Llegada confirmada a la oficina de envío
checklist-reintegration-plan = Plan de reintegración traspasado y gestor de casos presentado
checklist-monitoring-agreed = Seguimiento acordado con la persona
checklist-reintegration-health = El plan de reintegración abarca la salud: tratamiento, medicamentos o atención prenatal en el país de origen

## departure
departure-record-1 = Declaración de voluntariedad
departure-record-2 = Registro de aptitud para viajar
departure-record-3 = Documento de viaje
departure-requires-1 = Apta para viajar
departure-requires-2 = Acompañante reservado cuando hace falta
departure-requires-3 = Un niño viaja con uno de sus padres, un tutor o un funcionario especializado
departure-requires-4 = Control de salud coherente con la detección en el muelle
departure-requires-5 = Certificado médico del transportista, pasadas unas 28 semanas de embarazo
departure-requires-6 = Documento de viaje registrado: tipo, número y expedidor
departure-requires-7 = Un polizón está en tierra, y se avisó al agente marítimo

## form
form-voluntary-declaration = Declaración de voluntariedad
form-voluntary-declaration-intro-1 = Lea todo este formulario en voz alta a la persona, en un idioma que entienda, antes de que nadie firme. Nadie firma en su lugar.
form-voluntary-declaration-intro-2 = Se me ha explicado qué es el retorno voluntario asistido, qué ayuda se ofrece y qué no incluye, y qué se sabe de la situación en el lugar adonde iré. Se me dio tiempo para pensarlo. Elijo retornar por mi propia voluntad; nadie me ha presionado. Sé que puedo cambiar de opinión y desistir en cualquier momento antes de partir.
form-voluntary-declaration-intro-3 = En el caso de un niño: el tutor indicado más abajo ha oído esta declaración y da su consentimiento.
form-voluntary-declaration-signature-1 = Persona retornada
form-voluntary-declaration-signature-2 = Intérprete
form-voluntary-declaration-signature-3 = Miembro del personal de la OIM
form-voluntary-declaration-signature-4 = Tutor (en el caso de un niño)
form-data-sharing-consent = Consentimiento para compartir datos
form-data-sharing-consent-intro-1 = Explique, en el idioma de la persona, quién recibirá qué información, por qué y qué ocurre si dice que no. El consentimiento se pide por separado para cada finalidad y puede retirarse en cualquier momento. Los datos de salud solo se comparten con consentimiento para esa finalidad.
form-data-sharing-consent-intro-2 = Finalidad (una por formulario): ________________________________   Destinatario: ________________________________
form-data-sharing-consent-signature-1 = La persona
form-data-sharing-consent-signature-2 = Intérprete
form-data-sharing-consent-signature-3 = Miembro del personal de la OIM
form-interpreter-log = Registro del intérprete
form-interpreter-log-intro-1 = Anote quién interpretó cada conversación importante para el caso: la detección, el asesoramiento, cada firma y cualquier desistimiento. Para la detección, un intérprete ajeno al grupo con el que viaja la persona; nunca un familiar para preguntas sobre violencia o trata.
form-interpreter-log-signature-1 = Miembro del personal de la OIM
form-arrival-handover = Hoja de traspaso a la llegada
form-arrival-handover-intro-1 = Para la oficina receptora. Comparta solo lo que la persona aceptó compartir. Si nadie recibió a la persona, si quedó retenida o si dice a la llegada que tiene miedo, llame de inmediato al contacto de guardia de la oficina receptora.
form-arrival-handover-signature-1 = Miembro del personal de la oficina de envío
form-arrival-handover-signature-2 = Miembro del personal de la oficina receptora
form-situation-report = Informe de situación: un desembarco
form-situation-report-intro-1 = Un breve informe para la oficina sobre un desembarco, con cifras y necesidades, nunca con nombres. Escriba las cifras en las líneas, y guarde los detalles de protección para el expediente de acceso restringido.
form-situation-report-intro-2 = Personas desembarcadas: ______  Niños: ______  Niños no acompañados o separados: ______  Con necesidad de atención médica urgente: ______
form-situation-report-signature-1 = Miembro del personal de la OIM
