# Arabic translation of i18n/en/workflow-avr-case-v1.ftl (generated from handbook/workflows/avr-case-v1.toml).
# Same keys, same order as the English catalog; texts identical to version 3 reuse its translation.

## workflow
workflow-title = ملف المساعدة على العودة الطوعية: من الرصيف إلى إعادة الإدماج
workflow-summary = ملف شخص واحد، بالترتيب: الإنقاذ والإنزال، وفحص الحماية، والمشورة بشأن العودة، وما قبل المغادرة، والوصول. تبقى خطوات العودة مغلقة إلى أن يسمح بها فحص الحماية.

## stage
stage-rescue = الإنقاذ والإنزال
stage-protection = فحص الحماية
stage-counselling = المشورة والقرار
stage-pre-departure = ما قبل المغادرة
stage-arrival = الوصول وإعادة الإدماج

## step
step-arrival-context = كيف وصل الشخص إلينا
step-arrival-context-guidance = الإنزال أولًا. أسئلة الفحص والوضع القانوني تأتي بعده، ويجب ألا تؤخّر أبدًا الإنزال أو الإسعافات الأولية أو الماء أو الطعام.

## field
field-arrival_mode = كيف وصل الشخص؟
field-arrival_mode-required = سجّل كيف وصل الشخص إلينا: فالمسافر خلسة يتبع مسارًا مختلفًا.
field-arrival_mode-opt-rescued = أُنقذ في البحر
field-arrival_mode-opt-intercepted = اعتُرض في البحر
field-arrival_mode-opt-stowaway = عُثر عليه مسافرًا خلسة على متن سفينة
field-disembarkation_date = تاريخ الإنزال (أو تاريخ العثور عليه، في حالة المسافر خلسة)
field-disembarkation_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.
field-place = الميناء أو المكان

## step
step-immediate-needs = الاحتياجات الفورية أولًا
step-immediate-needs-guidance = أرسل فورًا إلى الطاقم الطبي كل من هو فاقد للوعي، أو ينزف، أو يجد صعوبة في التنفس، أو مصاب بحروق أو بجروح. أبعِد الأشخاص عن البرد. الماء والطعام والملابس الجافة قبل أي سؤال. الإسعافات النفسية الأولية استماع ومساعدة عملية، وليست علاجًا نفسيًا.

## field
field-medical_urgent = حاجة طبية عاجلة (فقدان الوعي، نزيف، صعوبة في التنفس، حروق، إصابة)؟
field-hypothermia_signs = علامات الإصابة بالبرد (ارتجاف شديد، أو غياب الارتجاف رغم البرد، أو تشوّش ذهني، أو نعاس، أو تلعثم في الكلام)؟
field-dehydration_signs = علامات الجفاف (لا يستطيع الاحتفاظ بالسوائل، أو مشوَّش الذهن، أو ضعيف جدًا أو شديد النعاس، أو رضيع لا يرضع)؟
field-handed_to_medical = سُلِّم إلى الطاقم الطبي؟
field-handed_to_medical-required = سجّل هل سُلِّم الشخص إلى الطاقم الطبي.
field-handed_to_medical-constraint-1 = سلِّم دائمًا الشخص الذي تظهر عليه هذه العلامات إلى الطاقم الطبي، واترك له العلاج والتدفئة.
field-basic_needs_given = عُرض عليه الماء والطعام والملابس الجافة والمأوى؟
field-basic_needs_given-constraint-1 = لا تحجب أبدًا الماء أو الطعام أو المأوى: قدّمها قبل أي شيء آخر.
field-acute_distress = يعاني ضيقًا نفسيًا حادًا؟
field-distress_referred = أُحيل إلى مختص في الصحة النفسية أو إلى فريق الدعم النفسي والاجتماعي؟
field-distress_referred-constraint-1 = أحِل كل من يعاني ضيقًا نفسيًا حادًا إلى مختص في الصحة النفسية أو إلى فريق الدعم النفسي والاجتماعي.

## step
step-stowaway = المسافر خلسة
step-stowaway-guidance = عامِل حالة المسافر خلسة على أنها حالة حماية محتملة إلى أن يبيّن الفحص غير ذلك. أجرِ الفحص بعيدًا عن مسمع الطاقم، مع مترجم شفوي موثوق. لا يُرسَل أي شيء يكشف هوية مسافر خلسة قد يلتمس اللجوء إلى أي ممثل لبلد منشئه.

## field
field-stowaway_location = أين الشخص الآن؟
field-stowaway_location-opt-on_board = لا يزال على متن السفينة
field-stowaway_location-opt-port_custody = محتجز لدى سلطة الميناء أو الشرطة
field-stowaway_location-opt-ashore = على البر، وليس محتجزًا
field-stowaway_responsible = من المسؤول عن الشخص الآن (السفينة، سلطة الميناء، الشرطة)؟
field-stowaway_screened_privately = جرى التحدث إليه على انفراد، بعيدًا عن مسمع الطاقم وغيرهم ممن على متن السفينة، مع مترجم شفوي موثوق؟
field-stowaway_screened_privately-constraint-1 = افحص حالة المسافر خلسة على انفراد، بعيدًا عن الطاقم، قبل أي ذكر للعودة.
field-agent_told_no_origin_contact = أُبلغ وكيل الشحن والربان بألا ينقلا هوية الشخص إلى أي ممثل لبلد المنشأ؟

## step
step-registration = التسجيل الأساسي
step-registration-guidance = لا تسجّل إلا ما يلزم، بلغة يفهمها الشخص. سجّل ما يقوله الشخص عن سنّه، ولا تسجّل أبدًا تقديرك الخاص. الشخص الذي يقول إنه دون 18 عامًا، أو قد يكون كذلك، يُعامَل معاملة الطفل إلى أن تقيِّم سلطة مختصة سنّه.

## field
field-person_ref = الاسم أو الرقم المرجعي للملف
field-age_group = السن
field-age_group-required = سجّل ما يقوله الشخص عن سنّه: فهو يحدد هل تنطبق الإجراءات الخاصة بالأطفال.
field-age_group-opt-adult = يقول إنه بلغ 18 عامًا أو أكثر، ولا شيء يوحي بغير ذلك
field-age_group-opt-child = يقول إنه دون 18 عامًا
field-age_group-opt-disputed = قد يكون دون 18 عامًا، أو سنّه غير واضحة أو موضع خلاف
field-age_group-constraint-1 = السن المذكورة دون 18 عامًا: سجّل الشخص طفلًا، أو سجّل أن سنّه موضع خلاف.
field-stated_age = السن كما ذكرها الشخص، إن ذكرها
field-stated_age-constraint-1 = سن بين 0 و120.
field-travelling_with = يسافر مع
field-travelling_with-opt-alone = وحده
field-travelling_with-opt-family = أحد الوالدين أو مقدِّم رعاية أو الأسرة
field-travelling_with-opt-other_adults = بالغون آخرون (ليسوا من الأسرة)
field-languages = اللغات التي يفهمها الشخص
field-informed_in_language = أُبلغ، بلغة يفهمها، بماهية المنظمة الدولية للهجرة وبما سيحدث بعد ذلك؟
field-informed_in_language-constraint-1 = قدّم المعلومات بلغة يفهمها الشخص: ابحث عن مترجم شفوي أولًا.

## step
step-vulnerability-identification = تحديد الأشخاص في أوضاع هشة
step-vulnerability-identification-guidance = لاحظ من هو وحده، ومن يُحمَل، ومن يُبعَد عن الآخرين، ومن يتكلم غيره باسمه. اعرض على الشخص حديثًا على انفراد مع مترجم شفوي يقبله. اكتب ما رأيته وما طلبه الشخص، لا ما تخمّنه.

## field
field-vulnerabilities = ما شوهد أو قيل
field-vulnerabilities-required = سجّل ما رأيته، أو "لم يُشاهَد ولم يُذكر شيء".
field-vulnerabilities-opt-pregnant = حامل
field-vulnerabilities-opt-serious_illness = مرض خطير أو طويل الأمد
field-vulnerabilities-opt-disability = إعاقة
field-vulnerabilities-opt-older_person = شخص مسن
field-vulnerabilities-opt-single_parent = أحد الوالدين بمفرده مع أطفاله
field-vulnerabilities-opt-torture_survivor = ناجٍ من التعذيب
field-vulnerabilities-opt-none = لم يُشاهَد ولم يُذكر شيء
field-vulnerabilities-constraint-1 = لا يمكن اختيار "لم يُشاهَد ولم يُذكر شيء" مع أي خيار آخر.
field-vulnerability_referred = شُرحت الإحالة، وطُلبت الموافقة، وتمت الإحالة؟

## step
step-handover = التسليم والسجلات
step-handover-guidance = دوِّن المساعدة التي تلقاها الشخص ومن تسلَّمه. احفظ التفاصيل الصحية بمعزل عن القوائم التي يمكن أن يطّلع عليها آخرون. أحِل شواغل الحماية العاجلة في الليلة نفسها.

## field
field-handed_over_to = سُلِّم إلى
field-handed_over_to-opt-medical_team = الفريق الطبي
field-handed_over_to-opt-child_protection = حماية الطفل
field-handed_over_to-opt-unhcr = المفوضية
field-handed_over_to-opt-red_cross = الصليب الأحمر / الهلال الأحمر
field-handed_over_to-opt-nobody = لا أحد: يبقى مع المنظمة الدولية للهجرة
field-handed_over_to-constraint-1 = لا يمكن اختيار "لا أحد" مع أي خيار آخر.
field-health_details_separate = حُفظت التفاصيل الصحية بمعزل عن القوائم المشتركة؟
field-health_details_separate-constraint-1 = لا تسجّل التفاصيل الصحية إلا حيث يحتاج إليها الفريق الطبي، بمعزل عن القوائم التي يمكن أن يطّلع عليها آخرون.
field-told_where_to_find_iom = أُخبر أين يجد المنظمة الدولية للهجرة مرة أخرى؟

## step
step-fear-of-return = الخوف من العودة أو الرغبة في اللجوء
step-fear-of-return-guidance = اسأل أولًا، وواصل الإصغاء: فقد يظهر الخوف في أي وقت، وأمام أي شخص. عامِل عبارة "لا أستطيع العودة"، أو الحديث عن تهديدات أو سجن أو حرب، أو الخوف من حكومة الشخص نفسه، أو الخوف عند ذكر سفارة، على أنها طلب لجوء محتمل. سجّله بكلمات الشخص نفسه وأحِله في اليوم نفسه. ليس من مهمتك أن تحكم هل للخوف ما يبرره. وإذا ظهر الخوف لاحقًا، فعُد إلى هنا وسجّله: عندها تُغلق كل خطوات العودة من جديد.

## field
field-fear_of_return = هل قال الشخص، في أي لحظة ولأي أحد، إنه يخاف العودة أو يريد اللجوء؟
field-fear_of_return-required = اسأل وسجّل الجواب: لا تُفتح أي خطوة من خطوات العودة قبل معرفته.
field-fear_own_words = ما قاله الشخص، بكلماته هو
field-asylum_referred = أُحيل إلى المفوضية وإلى السلطة الوطنية المختصة باللجوء، بموافقته؟
field-asylum_referred-constraint-1 = أحِل طلب اللجوء المحتمل في اليوم نفسه.
field-asylum_referral_date = تاريخ الإحالة
field-asylum_referral_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.
field-asylum_outcome = أين وصل طلب اللجوء
field-asylum_outcome-help = لا يسمح بمواصلة المساعدة على العودة الطوعية إلا قرار الشخص نفسه بالتخلي عن طلبه، أو قرار نهائي بعدم وجود حاجة إلى الحماية. ولا يتناول مسار العمل هذا عودة اللاجئ.
field-asylum_outcome-opt-pending = قيد النظر
field-asylum_outcome-opt-claim_withdrawn = قرر الشخص عدم متابعة طلبه
field-asylum_outcome-opt-no_protection_need = قرار نهائي: لا حاجة إلى الحماية الدولية
field-asylum_outcome-opt-protection_granted = مُنحت الحماية الدولية
field-unhcr_coordinated = جرى التنسيق مع المفوضية، والتحقق من أن اختيار التخلي عن الطلب حرّ ومستنير؟

## step
step-trafficking-screening = مؤشرات الاتجار بالأشخاص
step-trafficking-screening-guidance = تحدَّث مع الشخص على انفراد، بعيدًا عن أي شخص يبدو أنه يتحكم فيه، مع مترجم شفوي ليس من مجموعة السفر. لا يثبت أي مؤشر بمفرده وجود الاتجار ولا ينفيه: فكل مؤشر سبب للتعمق في النظر. لا تواجه أبدًا شخصًا يُشتبه في أنه متجر، ولا تجمع أبدًا أدلة للشرطة.

## field
field-screened_alone = جرى التحدث إليه على انفراد، مع مترجم شفوي ليس من مجموعة السفر؟
field-screened_alone-constraint-1 = لا تُجرِ أبدًا فحص ضحية محتملة أمام مرافقيها.
field-trafficking_indicators = المؤشرات التي شوهدت أو قيلت
field-trafficking_indicators-required = سجّل المؤشرات، أو "لا شيء": يبقى السفر مغلقًا إلى أن تُسجَّل نتيجة الفحص.
field-trafficking_indicators-opt-afraid = يخاف من السلطات أو من أصحاب العمل أو من رفاق السفر
field-trafficking_indicators-opt-trauma = علامات صدمة نفسية
field-trafficking_indicators-opt-not_free = لا يستطيع التنقل بحرية أو مغادرة مكان العمل
field-trafficking_indicators-opt-no_documents_or_money = لا يملك وثائق هوية أو مالًا خاصًا به
field-trafficking_indicators-opt-debt = يقول إنه مدين بمال لشخص ما
field-trafficking_indicators-opt-moved_often = نُقل من مكان إلى آخر مرارًا
field-trafficking_indicators-opt-controlled = يرافقه أحد أو يراقبه، ولا يُسمح له بالتحدث عن نفسه
field-trafficking_indicators-opt-abuse_signs = إصابات أو علامات أخرى على الإساءة؛ سوء تغذية
field-trafficking_indicators-opt-none = لا شيء
field-trafficking_indicators-constraint-1 = لا يمكن اختيار "لا شيء" مع أي مؤشر.

## step
step-trafficking-referral = الإحالة للحصول على المساعدة في مجال مكافحة الاتجار
step-trafficking-referral-guidance = اشرح الإحالة واطلب الموافقة. اعرض تقييمًا لمخاطر العودة قبل أي سفر. وإذا كان الشخص يخاف أيضًا من العودة إلى بلده، فأحِله إلى إجراءات اللجوء كذلك، وسجّل الخوف في خطوة الخوف من العودة.

## field
field-trafficking_referral_status = الإحالة
field-trafficking_referral_status-opt-referred = أُحيل للحصول على المساعدة في مجال مكافحة الاتجار
field-trafficking_referral_status-opt-declined = شُرحت الإحالة وعُرضت؛ ورفضها الشخص
field-trafficking_referral_status-opt-not_yet = لم تتم بعد
field-trafficking_referral_date = تاريخ الإحالة
field-return_risk_assessment_offered = عُرض تقييم لمخاطر العودة قبل أي سفر؟

## step
step-age-assessment = السن موضع خلاف
step-age-assessment-guidance = يجري تقييمَ السن أشخاصٌ مؤهلون تابعون لسلطة مختصة، ولا يجريه أبدًا موظفو المنظمة الدولية للهجرة على الرصيف. وإلى أن يُجرى، يُعامَل الشخص معاملة الطفل: تنطبق حماية الطفل والوصي والمصالح الفضلى، ولا تنطبق أي إجراءات لعودة البالغين.

## field
field-age_assessment_outcome = تقييم السن من قِبل سلطة مختصة
field-age_assessment_outcome-opt-pending = طُلب، ولم يُجرَ بعد
field-age_assessment_outcome-opt-minor = قُيِّم بأنه دون 18 عامًا
field-age_assessment_outcome-opt-adult = قُيِّم بأنه بلغ 18 عامًا أو أكثر
field-age_assessed_by = السلطة التي قيّمت السن

## step
step-child-protection = الإحالة إلى حماية الطفل
step-child-protection-guidance = حدِّد الطفل بوصفه غير مصحوب أو منفصلًا عن ذويه فور معرفة ذلك، وسجِّل سبب انفصاله وكيفيته، وأحِل الطفل الذي يسافر وحده إلى سلطة حماية الطفل في الليلة نفسها.

## field
field-child_situation = الطفل
field-child_situation-opt-unaccompanied = غير مصحوب: لا والد ولا قريب ولا بالغ مسؤول
field-child_situation-opt-separated = منفصل عن ذويه: مع قريب أو بالغ آخر، ليس أحد الوالدين ولا مقدِّم رعاية قانونيًا
field-child_situation-opt-with_parent = مع أحد الوالدين أو مقدِّم رعاية قانوني
field-child_protection_referred = أُحيل إلى سلطة حماية الطفل؟
field-child_protection_referred-constraint-1 = أحِل دائمًا الطفل الذي يسافر وحده إلى سلطة حماية الطفل في الليلة نفسها.
field-family_tracing_requested = طُلب البحث عن أفراد الأسرة (إعادة الروابط العائلية)، حيث يريد الطفل ذلك؟

## step
step-guardian = الوصي أو الممثل القانوني
step-guardian-guidance = يحتاج الطفل الوحيد إلى وصي أو مستشار وإلى ممثل قانوني. وحيث لا يستطيع الطفل أن يتخذ وحده قرارًا حرًّا ومستنيرًا، يحدد تقييم مؤهل من يجوز له أن يقرر نيابة عنه.

## field
field-guardian_status = الوصي
field-guardian_status-opt-appointed = عُيِّن وصي
field-guardian_status-opt-parent_confirmed = أكّدت حماية الطفل أن الوالد المرافق هو الوصي القانوني
field-guardian_status-opt-requested = طُلب، ولم يُعيَّن بعد
field-guardian_name = اسم الوصي والسلطة التي عيّنته

## step
step-best-interests = المصالح الفضلى
step-best-interests-guidance = يولى الاعتبار الأول لمصالح الطفل الفضلى في كل إجراء. لا يُعاد الطفل إلا إذا تبيّن من إجراء رسمي لتحديد المصالح الفضلى أن العودة تخدم مصالحه الفضلى، وكانت سلامته غير معرَّضة للخطر، وكان مقدِّم رعاية مناسب في بلد المقصد قد وافق مسبقًا وكان قادرًا على تحمّل المسؤولية. ولا تُشرك الخدمات القنصلية إلا حين يخدم ذلك الطفل.

## field
field-bid_outcome = تحديد المصالح الفضلى
field-bid_outcome-opt-not_started = لم يبدأ
field-bid_outcome-opt-in_progress = جارٍ
field-bid_outcome-opt-return_in_best_interests = اكتمل: العودة تخدم مصالح الطفل الفضلى
field-bid_outcome-opt-return_not_in_best_interests = اكتمل: العودة لا تخدم مصالح الطفل الفضلى
field-destination_carer_confirmed = هل وافق مقدِّم رعاية مناسب في بلد المقصد على تحمّل المسؤولية، وتأكّدت قدرته على ذلك؟

## step
step-gbv = العنف القائم على النوع الاجتماعي
step-gbv-guidance = لا أحد مُلزَم بأن يخبرك بما حدث. وفِّر مكانًا خاصًا، واعرض موظفة ومترجمة شفوية، وأخبر الجميع بعبارات عامة بأن دعمًا سريًا متاح. وإذا أفصح أحد، فالناجي أو الناجية هو من يقرر ما يشاركه وما يستخدمه من خدمات. أبقِ التفاصيل خارج قوائم المجموعات: اكتب "شاغل يتعلق بالحماية، أُحيل".

## field
field-private_space_offered = عُرض مكان خاص وحرية اختيار الموظف والمترجم الشفوي؟
field-private_space_offered-constraint-1 = اعرض مكانًا خاصًا وحرية اختيار الموظف والمترجم الشفوي.
field-gbv_disclosed = هل أفصح الشخص عن عنف قائم على النوع الاجتماعي؟
field-gbv_disclosed-opt-yes = نعم
field-gbv_disclosed-opt-no = لا
field-gbv_referral = الإحالة
field-gbv_referral-opt-referred = أُحيل، بموافقته
field-gbv_referral-opt-declined = عُرضت؛ ورفضها الناجي أو الناجية
field-gbv_referral-opt-later = يريد الناجي أو الناجية أن يقرر لاحقًا
field-gbv_details_restricted = حُفظت التفاصيل في الملف المقيَّد الوصول فقط؟
field-gbv_details_restricted-constraint-1 = أبقِ دائمًا تفاصيل العنف خارج قوائم المجموعات والسجلات المشتركة.
field-gbv_linked_to_home = هل يرتبط العنف بأشخاص أو أماكن في بلده؟
field-gbv_linked_to_home-help = إذا كان الجواب نعم، فقد يكون هذا خوفًا من العودة: سجّله في خطوة الخوف من العودة.
field-gbv_support_confirmed = تأكّد الدعم عند الوصول قبل أي حجز؟

## step
step-medical-needs = الاحتياجات الطبية
step-medical-needs-guidance = لا تدوّن الاحتياجات الصحية إلا حيث يحتاج إليها الفريق الطبي، وأحِل الشخص. التفاصيل الصحية بيانات شخصية، لا تُشارَك إلا بموافقة لغرض محدد.

## field
field-ongoing_medical_needs = احتياجات طبية مستمرة؟
field-medical_referral_made = أُحيل لتلقي الرعاية؟

## step
step-screening-record = تسجيل نتائج الفحص
step-screening-record-guidance = سجّل كل نتيجة من نتائج الفحص، مع التاريخ واسم المترجم الشفوي، قبل الانتقال إلى ما بعدها. وواصل الإصغاء: فقد يظهر الخوف لاحقًا.

## field
field-screening_date = تاريخ الفحص
field-screening_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.
field-screening_interpreter = المترجم الشفوي (الاسم أو الرقم التعريفي؛ "لا أحد: بلغته" إذا لم تلزم ترجمة)
field-screening_interpreter-required = سجّل دائمًا من تولّى الترجمة.

## step
step-counselling-session = المعلومات بلغة يفهمها الشخص
step-counselling-session-guidance = اعقد الجلسة على انفراد. قل من أنت، وإن المنظمة الدولية للهجرة ليست الشرطة، وما الغرض من الجلسة. اشرح الإجراءات، والمساعدة المتاحة وحدودها، والوضع في بلده. كن غير منحاز: لا تدفع الشخص نحو العودة ولا تثنِه عنها. تحقّق من الفهم بأن تطلب من الشخص أن يعيد ما فهمه بكلماته.

## field
field-session_date = تاريخ جلسة المشورة
field-session_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.
field-counselling_language = اللغة واللهجة المستخدمتان
field-interpreter_used = هل استُعين بمترجم شفوي؟
field-interpreter_name = اسم المترجم الشفوي، أو رقمه التعريفي إذا كانت الخدمة عن بُعد
field-interpreter_name-required = سجّل دائمًا من تولّى الترجمة في كل جلسة مشورة.
field-interpreter_mode = الترجمة الشفوية
field-interpreter_mode-opt-in_person = حضوريًا
field-interpreter_mode-opt-phone = بالهاتف
field-interpreter_mode-opt-video = بالفيديو
field-understanding_checked = جرى التحقق من الفهم: هل شرح الشخص، بكلماته، ما سيحدث وما الذي لا يزال بإمكانه تغييره؟
field-understanding_checked-constraint-1 = لا يكون القرار مستنيرًا إلا إذا فهم الشخص: تحقّق من ذلك قبل المتابعة.
field-asylum_right_explained = شُرح له أن طلب اللجوء ممكن دائمًا، وما الذي يحدث لملف العودة إن طلبه؟
field-asylum_right_explained-constraint-1 = اشرح دائمًا أن طلب اللجوء ممكن في أي وقت.
field-withdrawal_right_explained = شُرح له أنه يستطيع تغيير رأيه حتى يوم المغادرة؟
field-withdrawal_right_explained-constraint-1 = اشرح دائمًا الحق في العدول.

## step
step-time-to-reflect = وقت التفكير
step-time-to-reflect-guidance = لا تطلب من شخص نزل لتوّه بعد أيام في البحر أن يتخذ قرارًا مصيريًا. إذا لم يسترح الشخص ولم يأكل ولم يره الطاقم الطبي، أو لم يعرف بعد أين هو وما هي خياراته، فاكتفِ بتقديم المعلومات وحدّد موعدًا لجلسة لاحقة.

## field
field-rested_and_seen = هل استراح الشخص وأكل ورآه الطاقم الطبي؟
field-ready_to_decide = هل يريد الشخص أن يتخذ قرارًا الآن؟
field-ready_to_decide-constraint-1 = ليس بعد: اكتفِ بتقديم المعلومات وحدّد موعدًا لجلسة لاحقة.
field-next_session_date = موعد الجلسة التالية المتفق عليه

## step
step-return-decision = القرار وإقرار العودة الطوعية
step-return-decision-guidance = اقرأ الاستمارة كاملةً بصوت مسموع بلغة الشخص، عن طريق المترجم الشفوي المسجَّل. لا تملأ القرار مسبقًا أبدًا، ولا توقّع نيابة عن الشخص، ولا تقبل توقيعًا من شخص لم يستطع قراءة الاستمارة أو لم تُقرأ عليه. إذا شككت في أهلية الشخص لاتخاذ القرار، فتوقّف.

## field
field-wants_to_return = قرار الشخص
field-wants_to_return-opt-yes = يريد العودة
field-wants_to_return-opt-no = لا يريد العودة
field-wants_to_return-opt-undecided = لم يقرر بعد
field-capacity_doubt = هل هناك أي شك في أهلية الشخص لاتخاذ القرار؟
field-capacity_doubt-constraint-1 = توقّف: يلزم تقييم من مختص، وهو الذي يحدد من يجوز له أن يقرر نيابة عن الشخص.
field-pressure_observed = هل هناك أي علامة على ضغط (الاحتجاز، أو الدين، أو الأسرة، أو الركاب الآخرون، أو الموظفون)؟
field-pressure_observed-constraint-1 = القرار المتخذ تحت الضغط ليس طوعيًا: سمِّ مصدر الضغط وتوقّف.
field-declaration_signed = هل وقّع الشخص إقرار العودة الطوعية؟
field-declaration_date = تاريخ الإقرار
field-declaration_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.
field-declaration_date-constraint-2 = يأتي الإقرار بعد جلسة المشورة.
field-declaration_read_aloud = قُرئ كاملًا بصوت مسموع، بلغة الشخص؟
field-declaration_read_aloud-constraint-1 = اقرأ الاستمارة كاملةً بصوت مسموع بلغة الشخص قبل التوقيع.
field-declaration_interpreter = المترجم الشفوي عند التوقيع (الاسم أو الرقم التعريفي؛ "لا أحد: بلغته")
field-declaration_interpreter-required = سجّل دائمًا من تولّى الترجمة عند كل توقيع.

## step
step-withdrawal = العدول
step-withdrawal-guidance = يجوز للشخص أن يغيّر رأيه وأن يعدل عن العودة في أي لحظة، حتى يوم المغادرة. لا تقل له أبدًا إن الأوان قد فات. سجّل العدول هنا متى حدث: عندها يُغلق مسار العودة.

## field
field-withdrawn = هل عدل الشخص عن العودة؟
field-withdrawal_date = تاريخ العدول
field-withdrawal_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.
field-withdrawal_interpreter = من تولّى الترجمة (الاسم أو الرقم التعريفي؛ "لا أحد: بلغته")
field-withdrawal_offices_told = أُبلغ مكتب التنقل والمكتب المستقبِل؟
field-withdrawal_needs = ما يحتاج إليه الشخص الآن، والجهة التي أُحيل إليها

## step
step-reconfirm-decision = إعادة تأكيد القرار
step-reconfirm-decision-guidance = قبل أي طلب لوثائق السفر وقبل الحجز، أعِد تأكيد القرار بلغة الشخص. اسأل هل تغيّر شيء منذ الفحص: خوف جديد، أو رواية جديدة. إذا تغيّر، فسجّله في خطوة الخوف من العودة وأعِد الفحص.

## field
field-decision_reconfirmed = أُعيد تأكيد قرار العودة، بلغة الشخص؟
field-decision_reconfirmed-constraint-1 = إذا لم يعد الشخص يريد العودة، فسجّل العدول.
field-no_new_fear = سُئل مجددًا: لا خوف جديد ولا رواية جديدة منذ الفحص؟
field-no_new_fear-constraint-1 = خوف جديد أو رواية جديدة: سجّله في خطوة الخوف من العودة. تتوقف خطوات العودة إلى أن يُحسم.

## step
step-documents-check = وثائق السفر
step-documents-check-guidance = تحقّق من الأوراق التي يحملها الشخص وأين هي. قد يكون عدم امتلاك الشخص وثائقه الخاصة مؤشرًا على الاتجار: دوِّن ذلك دون إصدار حكم. الاتصال ببلد المنشأ يحتاج إلى فحص لم يكشف عن أي حاجة إلى الحماية، وإلى موافقة لذلك الغرض.

## field
field-own_travel_document = هل يحمل الشخص جواز سفر أو وثيقة سفر صالحة خاصة به؟
field-consent_consular = الموافقة على الاتصال بالقنصلية للحصول على وثيقة سفر: هل شُرحت وأُعطيت لهذا الغرض؟
field-consent_consular_interpreter = من تولّى ترجمة الموافقة (الاسم أو الرقم التعريفي؛ "لا أحد: بلغته")

## step
step-consular-contact = الاتصال القنصلي
step-consular-contact-guidance = لا تشارك إلا ما تحتاج إليه القنصلية لتأكيد الجنسية وإصدار الوثيقة. لا تقل شيئًا عن طريقة سفر الشخص، ولا عن أي شيء يتعلق باللجوء، ولا عن الاتجار أو الصحة. سجّل ما أُرسل، وإلى من، ومتى، ومن أرسله، وأخبر الشخص بذلك.

## field
field-consular_request_date = تاريخ إرسال الطلب
field-consular_data_sent = ما أُرسل، وإلى من، ومن أرسله
field-person_told_what_shared = أُخبر الشخص بما شورك ومتى؟
field-person_told_what_shared-constraint-1 = أخبر الشخص بما شورك مع القنصلية.

## step
step-travel-document = وثيقة السفر في اليد
step-travel-document-guidance = سجّل الوثيقة التي سيسافر بها الشخص. أعِد إليه الوثائق الأصلية، أو سجّل من يحتفظ بها ولماذا.

## field
field-travel_document_issued = تاريخ الإصدار
field-travel_document_expires = صالحة حتى
field-travel_document_expires-constraint-1 = لا يمكن أن ينتهي سريان الوثيقة قبل تاريخ إصدارها.

## step
step-fitness-to-travel = الفحص الطبي واللياقة للسفر
step-fitness-to-travel-guidance = اللياقة للسفر حكم طبي يصدر قبل المغادرة. إذا لم يكن الشخص لائقًا للسفر، أو لم تكن الرعاية التي يحتاجها تنتظره في الطرف الآخر، فأجّل: يبقى القرار قراره، والموعد وحده هو الذي يتغير. لا تشارك التفاصيل الصحية إلا بموافقة لذلك الغرض.

## field
field-health_check_date = تاريخ الفحص الطبي
field-health_check_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.
field-fitness_decision = اللياقة للسفر
field-fitness_decision-opt-fit = لائق للسفر دون دعم
field-fitness_decision-opt-fit_with_escort = لائق للسفر مع مرافق
field-fitness_decision-opt-not_fit = غير لائق الآن
field-fitness_valid_until = سجل اللياقة صالح حتى (كما يحدد الفريق الطبي)
field-fitness_valid_until-constraint-1 = لا يمكن أن ينتهي السجل قبل تاريخ الفحص الطبي.
field-fitness_review_date = موعد المراجعة (أبلغ فريق التنقل)
field-pregnant = حامل؟
field-pregnant-help = قارن بما شوهد على الرصيف (خطوة تحديد الأشخاص في أوضاع هشة).
field-pregnancy_weeks = أسابيع الحمل، كما قدّرها عامل صحي
field-pregnancy_weeks-required = سجّل مرحلة الحمل كما قدّرها عامل صحي، لا بالتخمين.
field-pregnancy_weeks-constraint-1 = أسابيع الحمل بين 1 و43.
field-maternity_care_confirmed = تأكّدت رعاية ما قبل الولادة ورعاية الولادة في بلد المقصد؟
field-chronic_illness = مرض طويل الأمد يتطلب علاجًا يجب ألا يتوقف؟
field-treatment_available_at_home = تأكّد أن العلاج موجود حيث سيعيش الشخص، وأنه يستطيع الوصول إليه؟
field-escort_type = المرافق
field-escort_type-opt-none = لا حاجة إليه
field-escort_type-opt-medical = طبي
field-escort_type-opt-psychosocial = نفسي اجتماعي
field-escort_type-opt-humanitarian = إنساني
field-escort_type-constraint-1 = قرار اللياقة يقول إن المرافق لازم.
field-health_sharing_consent = سُجّلت الموافقة على مشاركة التفاصيل الصحية مع المرافق أو الناقل، عند الحاجة؟

## step
step-travel-arrangements = ترتيبات السفر
step-travel-arrangements-guidance = اختر المسار بحسب السلامة، لا بحسب السعر أو السرعة وحدهما: لا يمر المسار أبدًا عبر بلد يخافه الشخص أو احتُجز فيه أو استُغل فيه. أبلغ مكاتب المنظمة الدولية للهجرة في بلدان العبور وفي بلد المقصد، ولا ترسل إلا ما وافق الشخص على مشاركته.

## field
field-departure_date = موعد المغادرة المقرر
field-route_safe = هل يتجنب المسار كل بلد يخافه الشخص أو احتُجز فيه أو استُغل فيه؟
field-route_safe-constraint-1 = غيّر المسار، واسأل هل يدل الخوف على حاجة إلى الحماية.
field-offices_informed = أُبلغت مكاتب العبور والمكتب المستقبِل، بالبيانات التي وافق الشخص على مشاركتها فقط؟
field-escort_booked = حُجز المرافق وأُحيط علمًا؟
field-child_escort_confirmed = هل يسافر مع الطفل أحد الوالدين أو الوصي أو موظف متخصص؟

## step
step-departure-day = يوم المغادرة
step-departure-day-guidance = أعِد تأكيد القرار في يوم المغادرة نفسه. إذا تردد الشخص، أو صمت، أو طرح أسئلة جديدة، فتوقّف، وتحدّث معه على انفراد بوجود مترجم شفوي، وعامِل ذلك على أنه عدول محتمل. سلِّم الشخص وثائقه وتذكرته، واشرح له كل واحدة منها.

## field
field-reconfirmed_on_the_day = أُعيد تأكيد القرار اليوم، على انفراد، بلغة الشخص؟
field-reconfirmed_on_the_day-constraint-1 = توقّف. إذا لم يعد الشخص يريد السفر، فسجّل العدول.
field-documents_and_ticket_handed = سُلّمت إلى الشخص الوثائق والتذكرة والمخصصات المالية، مقابل إيصال؟
field-departed = هل غادر الشخص؟
field-actual_departure_date = تاريخ المغادرة
field-actual_departure_date-constraint-1 = لا يمكن أن يكون التاريخ في المستقبل.

## step
step-reception = الاستقبال في نقطة الوصول
step-reception-guidance = أكّد الوصول للمكتب المرسِل، مع التاريخ والوقت ومن استقبل الشخص. إذا لم يستقبل الشخصَ أحد، أو احتُجز، أو قال عند وصوله إنه خائف، فاتصل فورًا بجهة الاتصال المناوبة في المكتب المستقبِل: الخوف عند الوصول شاغل يتعلق بالحماية.

## field
field-arrival_confirmed = أكّد المكتب المستقبِل الوصول؟
field-arrival_date = تاريخ الوصول
field-met_by = من استقبل الشخص
field-arrival_problems = مشكلات عند الوصول
field-arrival_problems-opt-not_met = لم يستقبل الشخصَ أحد
field-arrival_problems-opt-held = احتُجز على الحدود
field-arrival_problems-opt-fear_raised = ظهر خوف أو تهديد
field-arrival_problems-opt-missing_items = أمتعة أو أدوية أو وثائق مفقودة
field-arrival_problems-opt-none = لا شيء
field-arrival_problems-constraint-1 = لا يمكن اختيار "لا شيء" مع أي مشكلة.
field-arrival_fear_referred = أُحيل الخوف أو التهديد بوصفه شاغلًا يتعلق بالحماية، مع الحفاظ على سرية التفاصيل؟
field-arrival_fear_referred-constraint-1 = عامِل الخوف عند الوصول على أنه شاغل يتعلق بالحماية، وأحِله.

## step
step-onward-transport = النقل إلى الوجهة النهائية
step-onward-transport-guidance = رتّب انتقال الشخص إلى المكان الذي سيعيش فيه، وأعطه بيانات الاتصال بالمكتب المستقبِل.

## field
field-onward_transport_arranged = رُتّب الانتقال إلى الوجهة النهائية؟
field-final_destination = المكان الذي سيعيش فيه الشخص

## step
step-reintegration-plan = خطة إعادة الإدماج
step-reintegration-plan-guidance = سلِّم الخطة المتفق عليها قبل المغادرة، بموافقة الشخص، وعرِّفه بمدير الحالة أو الشريك الذي سيتابعه. انظر في الأبعاد الاقتصادية والاجتماعية والنفسية الاجتماعية معًا. لا تعِد أبدًا بحزمة أو مبلغ أو وظيفة لم يؤكدها المكتب المستقبِل.

## field
field-plan_handed_over = سُلّمت خطة إعادة الإدماج، بموافقة الشخص؟
field-plan_dimensions = تشمل الخطة
field-plan_dimensions-opt-economic = البعد الاقتصادي: كسب الرزق
field-plan_dimensions-opt-social = البعد الاجتماعي: السكن، وأشخاص يلجأ إليهم
field-plan_dimensions-opt-psychosocial = البعد النفسي الاجتماعي: التعامل مع ما حدث
field-caseworker_introduced = عُرِّف الشخص بمدير الحالة أو الشريك؟

## step
step-monitoring = المتابعة
step-monitoring-guidance = بيانات المتابعة بيانات شخصية: لا تجمعها إلا بموافقة، ولغرض محدد. سجّل التغييرات بكلمات الشخص نفسه. وإذا كشفت المتابعة عن خوف أو تهديد جديد، فأحِل الشخص فورًا للحصول على الحماية.

## field
field-monitoring_consent = هل يوافق الشخص على أن يُتصل به للمتابعة؟
field-monitoring_contact = كيف ومتى يريد الشخص أن يُتصل به
field-baseline_recorded = سُجّل خط الأساس في كل بُعد، بكلمات الشخص؟

## safeguard
safeguard-asylum-claim-open = لا خطوة من خطوات العودة ما دام خوف من العودة أو طلب لجوء مفتوحًا.
safeguard-asylum-claim-open-rule = لا خطوة من خطوات العودة ما دام خوف من العودة أو طلب لجوء مفتوحًا.
safeguard-asylum-claim-open-message = قال الشخص إنه يخاف العودة أو يريد اللجوء، أو لم يُسأل عن ذلك بعد. لا يجوز اتخاذ أي خطوة من خطوات العودة إلى أن تُحسم حاجة الحماية هذه: أحِل الشخص إلى المفوضية وإلى سلطة اللجوء، وعلِّق أي طلب للمساعدة على العودة الطوعية. لا تتصل أبدًا بسلطات بلد المنشأ بشأن هذا الشخص.
safeguard-asylum-claim-open-lift = قرر الشخص عدم متابعة طلبه واستُشيرت المفوضية، أو انتهى الطلب بقرار نهائي بعدم وجود حاجة إلى الحماية الدولية (خطوة الخوف من العودة).
safeguard-screening-incomplete = لا مشورة بشأن العودة ولا اتصال قنصلي قبل تسجيل نتائج فحص الحماية.
safeguard-screening-incomplete-rule = لا مشورة بشأن العودة ولا اتصال قنصلي إلى أن تُسجَّل نتائج فحص الحماية.
safeguard-screening-incomplete-message = الحماية أولًا: أجرِ الفحص بالترتيب الوارد في الدليل (الخوف من العودة، ثم الاتجار، ثم الطفل، ثم الهشاشة)، وسجّل كل نتيجة مع التاريخ والمترجم الشفوي، ولا تتحدث عن العودة إلا بعد ذلك. لا يُرسَل أي شيء إلى القنصلية ما دامت أي خطوة من خطوات الفحص مفتوحة.
safeguard-screening-incomplete-lift = اكتملت كل خطوات الفحص في مرحلة الحماية.
safeguard-child-best-interests = لا قرار عودة لطفل من دون خطوتي المصالح الفضلى والوصي.
safeguard-child-best-interests-rule = لا قرار بالعودة لطفل دون خطوتَي المصالح الفضلى والوصي.
safeguard-child-best-interests-message = الشخص طفل، أو سنّه موضع خلاف ولم تُقيَّم: فيُعامَل معاملة الطفل. يحتاج قرار العودة إلى وصي أو ممثل قانوني معيَّن، وإلى تحديد مكتمل للمصالح الفضلى يخلص إلى أن العودة تخدم مصالح الطفل الفضلى.
safeguard-child-best-interests-lift = اكتملت خطوة الوصي بوجود وصي معيَّن، وخلصت خطوة المصالح الفضلى إلى أن العودة تخدم مصالح الطفل الفضلى؛ أو قيّمت سلطة مختصة الشخص بأنه بالغ.
safeguard-child-carer-unconfirmed = لا سفر لطفل قبل أن يوافق مقدِّم رعاية في بلد المقصد ويتأكد أنه قادر على تحمّل المسؤولية.
safeguard-child-carer-unconfirmed-rule = لا سفر لطفل إلى أن يوافق مقدِّم رعاية في بلد المقصد وتتأكد قدرته على تحمّل المسؤولية.
safeguard-child-carer-unconfirmed-message = لا يُعاد الطفل ما لم يكن مقدِّم رعاية مناسب قد وافق، قبل المغادرة، على تحمّل المسؤولية وكان قادرًا على ذلك.
safeguard-child-carer-unconfirmed-lift = تأكّد مقدِّم الرعاية في بلد المقصد في خطوة المصالح الفضلى.
safeguard-trafficking-not-referred = لا سفر ما دامت مؤشرات الاتجار لم تؤدِّ إلى إحالة.
safeguard-trafficking-not-referred-rule = لا سفر ما دامت مؤشرات الاتجار لم تؤدِّ إلى إحالة.
safeguard-trafficking-not-referred-message = سُجّلت مؤشرات اتجار، أو لم تُسجَّل نتيجة الفحص بعد، ولم تتم أي إحالة للحصول على المساعدة في مجال مكافحة الاتجار ولم تُعرض. اشرح الإحالة، واطلب الموافقة، وأحِل الشخص؛ واعرض تقييمًا لمخاطر العودة قبل أي سفر.
safeguard-trafficking-not-referred-lift = سُجّلت إحالة للحصول على المساعدة في مجال مكافحة الاتجار، أو لم يسجّل الفحص أي مؤشر.
safeguard-trafficking-referral-declined = لا سفر بعد رفض إحالة متعلقة بالاتجار من دون مراجعة المشرف.
safeguard-trafficking-referral-declined-rule = لا سفر بعد رفض الإحالة المتعلقة بالاتجار دون مراجعة من المشرف.
safeguard-trafficking-referral-declined-message = عُرضت على الشخص إحالة للحصول على المساعدة في مجال مكافحة الاتجار فرفضها. يُحترم اختياره، لكن السفر لا يمضي إلا بعد أن يراجع المشرف الملف، بما في ذلك تقييم مخاطر العودة.
safeguard-trafficking-referral-declined-lift = تمت الإحالة في النهاية، أو سجّل المشرف اسمه وسبب إمكان مواصلة السفر.
safeguard-consular-without-consent = لا اتصال قنصلي من دون موافقة مسجَّلة لهذا الغرض.
safeguard-consular-without-consent-rule = لا اتصال قنصلي دون موافقة مسجَّلة لذلك الغرض.
safeguard-consular-without-consent-message = طلب وثيقة سفر من القنصلية ينقل بيانات الشخص إلى سلطات بلد منشئه. لذلك يحتاج إلى فحص حماية لم يكشف عن أي حاجة إلى الحماية، وإلى موافقة الشخص الصريحة لهذا الغرض، مسجَّلةً مع ذكر اسم المترجم الشفوي.
safeguard-consular-without-consent-lift = سُجّلت الموافقة على الاتصال القنصلي في خطوة وثائق السفر، مع ذكر اسم المترجم الشفوي.
safeguard-no-voluntary-declaration = لا سفر من دون إقرار عودة طوعية موقَّع.
safeguard-no-voluntary-declaration-rule = لا سفر دون إقرار عودة طوعية موقَّع.
safeguard-no-voluntary-declaration-message = لا تكون العودة طوعية إلا باختيار حر وقرار مستنير، مسجَّلين كتابةً: إقرار قُرئ بصوت مسموع بلغة الشخص ووقّعه هو، مع ذكر اسم المترجم الشفوي، دون أي شك في الأهلية ودون أي علامة على ضغط.
safeguard-no-voluntary-declaration-lift = اكتملت خطوة القرار بإقرار العودة الطوعية الذي وقّعه الشخص.
safeguard-withdrawal-recorded = العدول المسجَّل يغلق طريق العودة.
safeguard-withdrawal-recorded-rule = العدول المسجَّل يُغلق مسار العودة.
safeguard-withdrawal-recorded-message = عدل الشخص عن العودة. يجوز له أن يغيّر رأيه في أي لحظة حتى المغادرة، ولا يجوز لأحد أن يقول له إن الأوان قد فات. أبلغ مكتب التنقل والمكتب المستقبِل فورًا، واسأل الشخص عمّا يحتاج إليه الآن.
safeguard-withdrawal-recorded-lift = لا شيء في هذا الملف. إذا طلب الشخص العودة مرة أخرى لاحقًا، فافتح ملفًا جديدًا: تبدأ المشورة وإقرار العودة الطوعية من جديد.
safeguard-decision-not-reconfirmed = لا طلب لوثائق السفر ولا حجز قبل إعادة تأكيد القرار.
safeguard-decision-not-reconfirmed-rule = لا طلب لوثائق السفر ولا حجز إلى أن يُعاد تأكيد القرار.
safeguard-decision-not-reconfirmed-message = أعِد تأكيد قرار العودة، بلغة الشخص، قبل أي طلب لوثائق السفر وقبل الحجز، واسأل هل تغيّر شيء منذ الفحص.
safeguard-decision-not-reconfirmed-lift = اكتملت خطوة إعادة تأكيد القرار: أُعيد تأكيد القرار، ولا خوف جديد ولا رواية جديدة.
safeguard-pregnancy-care-unconfirmed = لا حجز لعائدة حامل قبل تأكيد الرعاية في بلد المقصد.
safeguard-pregnancy-care-unconfirmed-rule = لا حجز لعائدة حامل إلى أن تتأكد الرعاية في بلد المقصد.
safeguard-pregnancy-care-unconfirmed-message = تأكّد دائمًا من رعاية ما قبل الولادة ورعاية الولادة التي تنتظرها في بلد المقصد قبل الحجز، لا بعده، وخطّط الرحلة كاملةً ضمن حدود الناقل الخاصة بمرحلة الحمل.
safeguard-pregnancy-care-unconfirmed-lift = تأكّدت الرعاية في بلد المقصد في خطوة اللياقة للسفر.
safeguard-treatment-unconfirmed = لا حجز لشخص مصاب بمرض طويل الأمد قبل تأكيد العلاج في بلده.
safeguard-treatment-unconfirmed-rule = لا حجز لشخص مصاب بمرض طويل الأمد إلى أن يتأكد العلاج في بلده.
safeguard-treatment-unconfirmed-message = العلاج الذي يجب ألا يتوقف يجب أن يكون موجودًا حيث سيعيش الشخص، ويجب أن يستطيع الوصول إليه. تأكّد من ذلك قبل السفر.
safeguard-treatment-unconfirmed-lift = تأكّد العلاج في بلد المقصد في خطوة اللياقة للسفر. وإذا تعذّر تأكيده واختار الشخص، وهو على علم تام، أن يسافر مع ذلك، يجوز للمشرف أن يسجّل السبب.
safeguard-gbv-support-unconfirmed = لا حجز لناجٍ أو ناجية من العنف القائم على النوع الاجتماعي قبل تأكيد الدعم عند الوصول.
safeguard-gbv-support-unconfirmed-rule = لا حجز لناجٍ أو ناجية من العنف القائم على النوع الاجتماعي إلى أن يتأكد الدعم عند الوصول.
safeguard-gbv-support-unconfirmed-message = تأكّد من أن الدعم متاح عند الوصول قبل حجز السفر، واسأل هل يرتبط العنف بأشخاص أو أماكن في بلد الشخص.
safeguard-gbv-support-unconfirmed-lift = تأكّد الدعم عند الوصول في خطوة العنف القائم على النوع الاجتماعي. وإذا رفض الناجي أو الناجية الدعم، عن علم، يجوز للمشرف أن يسجّل هذا الاختيار.
safeguard-departure-not-ready = لا مغادرة قبل أن تغطي شهادة اللياقة للسفر ووثيقة السفر وإقرار العودة الطوعية كلها التاريخ المقرَّر.
safeguard-departure-not-ready-rule = لا مغادرة إلى أن يغطي كلٌّ من سجل اللياقة للسفر ووثيقة السفر وإقرار العودة الطوعية الموعد المقرر.
safeguard-departure-not-ready-message = شروط الجاهزية للمغادرة غير مستوفاة: انظر عمليات التحقق من الجاهزية لمعرفة ما لا يغطي موعد المغادرة المقرر.
safeguard-departure-not-ready-lift = كل سجل يغطي الموعد المقرر، وكل شرط من شروط الجاهزية مستوفى.

## checklist
checklist-medical-handover = سُلّم إلى الطاقم الطبي كل شخص لديه احتياجات طبية عاجلة أو إصابة بالبرد أو جفاف
checklist-basic-needs = عُرض الماء والطعام والملابس الجافة والمأوى
checklist-stowaway-screened = فُحصت حالة المسافر خلسة على انفراد، بعيدًا عن الطاقم؛ وأُبلغ وكيل الشحن بعدم الاتصال بممثلي بلد المنشأ
checklist-information-in-language = قُدّمت المعلومات بلغة يفهمها الشخص
checklist-vulnerability-referral = أُحيل الشخص الذي في وضع هش، بموافقته
checklist-asylum-referral = سُجّل طلب اللجوء المحتمل بكلمات الشخص نفسه وأُحيل في اليوم نفسه
checklist-trafficking-referral = تمت الإحالة للحصول على المساعدة في مجال مكافحة الاتجار
checklist-return-risk-assessment = عُرض تقييم لمخاطر العودة قبل أي سفر
checklist-age-assessment = قيّمت سلطة مختصة السن
checklist-child-protection-referral = أُحيل الطفل إلى سلطة حماية الطفل
checklist-guardian-appointed = عُيّن وصي أو ممثل قانوني
checklist-best-interests-determination = اكتمل تحديد المصالح الفضلى وخلص إلى أن العودة تخدم مصالح الطفل الفضلى
checklist-destination-carer = وافق مقدِّم الرعاية في بلد المقصد وتأكّدت قدرته
checklist-gbv-confidential = حُفظت تفاصيل العنف في الملف المقيَّد الوصول فقط
checklist-gbv-support-on-arrival = تأكّد الدعم عند الوصول للناجي أو الناجية قبل الحجز
checklist-screening-recorded = سُجّلت نتائج الفحص مع التاريخ والمترجم الشفوي
checklist-interpreter-recorded = سُجّل المترجم الشفوي لجلسة المشورة
checklist-understanding-checked = جرى التحقق من الفهم: أعاد الشخص الشرح بكلماته
checklist-time-to-reflect = أُعطي الشخص وقتًا للتفكير قبل أي قرار
checklist-voluntary-declaration = قُرئ إقرار العودة الطوعية بصوت مسموع ووُقّع، وسُجّل المترجم الشفوي
checklist-withdrawal-handled = سُجّل العدول؛ وأُبلغ مكتب التنقل والمكتب المستقبِل
checklist-decision-reconfirmed = أُعيد تأكيد القرار قبل أي طلب لوثيقة وقبل أي حجز
checklist-consular-consent = سُجّلت الموافقة على الاتصال القنصلي، مع ذكر اسم المترجم الشفوي
checklist-consular-disclosure-told = أُخبر الشخص بما شورك مع القنصلية
checklist-travel-document = وثيقة السفر في اليد
checklist-fitness-recorded = سُجّلت اللياقة للسفر
checklist-maternity-care = تأكّدت رعاية ما قبل الولادة ورعاية الولادة في بلد المقصد قبل الحجز
checklist-treatment-at-home = تأكّد العلاج في بلد المقصد قبل السفر
checklist-escort-booked = حُجز المرافق وأُحيط علمًا
checklist-child-escort = يسافر مع الطفل أحد الوالدين أو الوصي أو موظف متخصص
checklist-safe-route = اختير المسار بحسب السلامة
checklist-reconfirmed-on-the-day = أُعيد تأكيد القرار يوم المغادرة
checklist-arrival-confirmed = أُكّد الوصول للمكتب المرسِل
checklist-reintegration-plan = سُلّمت خطة إعادة الإدماج وعُرِّف الشخص بمدير الحالة
checklist-monitoring-agreed = اتُّفق مع الشخص على المتابعة

## departure
departure-record-1 = إقرار العودة الطوعية
departure-record-2 = سجل اللياقة للسفر
departure-record-3 = وثيقة السفر
departure-requires-1 = لائق للسفر
departure-requires-2 = حُجز مرافق حيث يلزم
departure-requires-3 = يسافر الطفل مع أحد الوالدين أو الوصي أو موظف متخصص
