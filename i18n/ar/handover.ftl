# ‏`avr identity` و`avr handover`: بطاقات المكاتب وقائمة الثقة والحالات المُسلَّمة بين المكاتب.
cli-identity-card = بطاقة المكتب الخاصة بهذا الجهاز: { $officer }، { $office } (أُنشئت المفاتيح بتاريخ { $created }، صالحة حتى { $expires })
cli-identity-fingerprint = البصمة: { $fingerprint }
cli-identity-card-written = كُتبت البطاقة في { $file }: سلّمها إلى المكاتب التي ترسل إليك الحالات، واقرأ لهم البصمة عبر الهاتف
cli-identity-compare = بطاقة { $officer }، { $office }. البصمة: { $fingerprint }
    اتصل بـ{ $officer } واطلب منه أن يقرأ عليك بصمته: لا تثق بالبطاقة إلا إذا كانت البصمة مطابقة.
cli-identity-trust-ask = هل تثق بهذه البطاقة؟ [نعم/لا]
cli-identity-trusted = أُضيفت إلى قائمة الثقة: { $officer }، { $office } ({ $fingerprint })
cli-identity-list-empty = قائمة الثقة فارغة: أضف بطاقة مكتب باستخدام `avr identity trust FILE`
cli-identity-revoked-on = أُلغيت بتاريخ { $date }
cli-identity-revoked = أُلغيت: { $officer }، { $office } ({ $fingerprint })؛ تُرفض من الآن الحزم الموقّعة بهذه البطاقة
cli-nothing-done = لم يُنفَّذ شيء
cli-handover-no-passphrase = متغير البيئة { $var } فارغ أو غير موجود: ضع فيه عبارة المرور المخصّصة لهذه المرة
cli-handover-sent = خُتمت الحالة { $case } لـ{ $recipients }: { $file } ({ $bytes } بايت، { $ms } ملّي ثانية). الحالة للقراءة فقط هنا إلى أن تعود.
cli-handover-from = المرسِل: { $officer }، { $office }؛ البصمة { $fingerprint } ({ $trust })
cli-handover-trusted = موجود في قائمة الثقة لديك
cli-handover-unknown = غير موجود في قائمة الثقة لديك: قارن البصمة مع المرسِل عبر الهاتف قبل الحفظ
cli-handover-itself = هذا الجهاز
cli-handover-case = الحالة { $case } ({ $principal })، المرحلة: { $stage }؛ أُنشئت الحزمة بتاريخ { $made }
cli-handover-carries = أفراد الأسرة: { $household } · الإجابات: { $answers } · الملاحظات: { $notes } · موافقات ممنوحة: { $given }، مسحوبة: { $withdrawn }
cli-handover-overrides = ضمانات مستثناة بإذن مشرف: { $list }
cli-handover-no-overrides = ضمانات مستثناة بإذن مشرف: لا شيء
cli-handover-returning = سُلّمت هذه الحالة من هنا وهي الآن عائدة: ستحلّ هذه النسخة محل النسخة المخصّصة للقراءة فقط هنا.
cli-handover-ask = هل تحفظ هذه الحالة؟ [نعم/لا]
cli-handover-ask-unknown = المرسِل غير موجود في قائمة الثقة لديك. هل قارنت البصمة معه، وهل تريد حفظ هذه الحالة؟ [نعم/لا]
cli-handover-unknown-needs-sender = المرسِل غير موجود في قائمة الثقة لديك: قارن البصمة معه وأدخلها بالخيار --sender "{ $fingerprint }"، أو أضف بطاقته إلى قائمة الثقة أولًا
cli-handover-sender-mismatch = قيمة --sender لا تطابق مرسِل الحزمة ({ $fingerprint }): رُفضت، ولم يُحفظ شيء
cli-handover-received = حُفظت الحالة { $case } (المعرّف { $id })
