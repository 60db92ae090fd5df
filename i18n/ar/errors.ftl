# ما تقوله أخطاء النواة (`CaseError::message`، `Error::message`)، ويعرضها التطبيق وسطر الأوامر بلغة الواجهة.
# التفاصيل التقنية الآتية من خارجها (نظام التشغيل، SQLite) تُنقل كما هي في $error أو $detail.
error-wrong-passphrase = عبارة المرور هذه لا تفتح سجلات الحالات.
error-not-created = لا توجد سجلات حالات في { $path } بعد: اختر عبارة مرور لإنشائها.
error-already-exists = توجد سجلات حالات من قبل في { $path }.
error-storage-corrupt = سجلات الحالات تالفة ({ $detail }). نُقلت جانبًا إلى { $moved } ولم يُكتب فوق أي شيء: استعد نسخة احتياطية للمتابعة.
error-invalid = { $field }: { $message }
error-not-found = { $what ->
    [case] لا توجد حالة { $id }.
    [person] لا يوجد شخص { $id }.
    [person-in-this-case] الشخص { $id } ليس من هذه الحالة.
    [consent] لا توجد موافقة مسجّلة { $id }.
    [workflow] لا يوجد مسار العمل { $id }.
    [card-on-the-trust-list] لا توجد في قائمة الثقة بطاقة بالبصمة { $id }.
    [handbook-edition] لا توجد طبعة { $id } من الدليل.
    [chapter] لا يوجد فصل { $id }.
    [section] لا يوجد قسم { $id }.
   *[other] غير موجود: { $id }.
}
error-case-not-open = { $status ->
    [closed] الحالة { $number } مغلقة: أعد فتحها قبل تغييرها.
   *[other] حُذفت بيانات الحالة { $number } نهائيًا: لم يعد تغييرها ممكنًا.
}
error-already-in-state = { $status ->
    [open] الحالة { $number } مفتوحة أصلًا.
    [closed] الحالة { $number } مغلقة أصلًا.
   *[other] حُذفت بيانات الحالة { $number } نهائيًا من قبل.
}
error-case-number-taken = الحالة { $number } موجودة من قبل في هذه السجلات: سبق أن استُوردت أو أُنشئت هنا.
error-broken-link = سجل التدقيق منقطع عند الحدث { $event }: { $reason }
error-migration-changed = التحديث { $version } ({ $name }) لسجلات الحالات ليس هو الذي حُدّثت به: لن تُفتح (لا يجوز أبدًا تعديل تحديث منشور).
error-too-new = كتبت سجلاتِ الحالات نسخةٌ أحدث من التطبيق (الصيغة { $found }؛ هذه النسخة تعرف { $supported }): حدّث التطبيق.
error-backup = النسخة الاحتياطية { $path }: { $message }
error-io = { $path }: { $error }
error-handed-over = سُلّمت هذه الحالة إلى مكتب آخر وهي هنا للقراءة فقط: يمكن تغييرها من جديد عند عودتها.
error-database = سجلات الحالات: { $error }
error-migration = تحديث سجلات الحالات: { $error }

# أخطاء النواة نفسها بشأن سجلات الحالات والدليل وسجل القراءة.
error-locked = سجلات الحالات مقفلة: أدخل عبارة المرور.
error-reading-state = سجل القراءة والإشارات المرجعية: { $error }

# رفض الواجهة البرمجية لما طُلب.
error-staff-name = اسم الموظف: أدخل اسمك؛ فهو يُسجَّل بوصفه كاتب كل تغيير.
error-no-principal = تحتاج الحالة إلى مقدّم الطلب الرئيسي.
error-not-a-backup = «{ $file }» ليس اسم نسخة احتياطية.
error-purge-too-soon = لا تُحذف نهائيًا إلا بيانات الحالات المغلقة منذ { $min } يومًا على الأقل (المطلوب: { $asked } يومًا).

# بطاقات المكاتب وحزم التسليم (ما وجده القارئ في ملف غير سليم يُنقل في $detail).
identity-bad-card = بطاقة المكتب: { $detail }
identity-bad-package = حزمة التسليم: { $detail }
identity-bad-signature = حزمة التسليم: التوقيع لا يطابق المحتوى (عُدّل أو بُتر أو وُقّع من جديد بعد إنشائه): رُفضت، ولم يُحفظ شيء
identity-not-for-us = حزمة التسليم: ليست موجّهة إلى هذا الجهاز (المرسَل إليهم: { $recipients })
identity-wrong-passphrase = حزمة التسليم: عبارة المرور لا تفتحها
identity-encrypt = حزمة التسليم: فشل التشفير: { $detail }
identity-unknown-sender = حزمة التسليم: المرسِل { $officer } ({ $office }، البطاقة { $fingerprint }) ليس في قائمة الثقة على هذا الجهاز: قارن البصمة معه (بالهاتف)، ثم أكّد لاستلامها؛ لم يُحفظ شيء
identity-revoked-sender = حزمة التسليم: بطاقة المرسِل { $fingerprint } ({ $officer }، { $office }) أُلغيت على هذا الجهاز: رُفضت، ولم يُحفظ شيء
identity-not-trusted = بطاقة المكتب { $fingerprint }: ليست في قائمة الثقة على هذا الجهاز (أو أُلغيت): أضفها بعد مقارنة بصمتها قبل أن ترسل إليها شيئًا
identity-older-than-handover = حزمة التسليم: أُنشئت في { $made }، قبل أن تُسلَّم الحالة { $number } من هنا ({ $handed }): نسخة أقدم، رُفضت؛ لم يُحفظ شيء
identity-expired-card = انتهت صلاحية بطاقة مكتب { $officer } ({ $office }، { $fingerprint }) في { $expired }: اطلب منه بطاقته الجديدة، وقارن بصمتها وأضفها إلى قائمة الثقة؛ لم يُرسَل شيء ولم يُحفظ
identity-keys = تتعذّر قراءة مفاتيح هذا الجهاز: { $detail }

# حقل مرفوض من حالة أو شخص أو ملاحظة: `error-field` يسمّي الحقل (كما هو إن لم يكن له مدخل هنا)، و`invalid-…`
# يقول السبب.
error-field = { $field ->
    [disembarkation-date] تاريخ الإنزال
    [date-of-birth] تاريخ الميلاد
    [due-date] تاريخ الاستحقاق
    [due-by] الاستحقاق حتى
    [note] الملاحظة
    [name] الاسم
    [given-names] الاسم الشخصي
    [family-name] اسم العائلة
    [other-names] أسماء أخرى
    [sex] الجنس
    [nationality] الجنسية
    [relationship] صلة القرابة
    [household] الأسرة
    [consent-recipient] الجهة المتلقية للموافقة
    [consent-language] لغة الموافقة
    [interpreter] المترجم الشفوي
    [passphrase] عبارة المرور
   *[other] { $name }
}
invalid-date = اكتب التاريخ بالصيغة YYYY-MM-DD
invalid-disembarkation-future = التاريخ { $date } في المستقبل (اليوم { $today })؛ أدخل اليوم الذي نزل فيه الشخص إلى البر
invalid-before-2000 = التاريخ { $date } سابق لعام 2000؛ تحقّق من السنة
invalid-in-future = التاريخ { $date } في المستقبل (اليوم { $today })
invalid-too-old = التاريخ { $date } يعود إلى أكثر من 130 سنة؛ تحقّق من السنة
invalid-empty = فارغ
invalid-too-many-bytes = { $bytes } بايت تتجاوز الحد البالغ { $max } بايت (64 KiB)؛ قسّم النص
invalid-nul = يحتوي على حرف NUL
invalid-required = مطلوب
invalid-too-many-chars = { $chars } حرفًا تتجاوز الحد البالغ { $max }
invalid-control-character = يحتوي على حرف تحكّم (سطر جديد أو جدولة أو NUL)
invalid-code = لا يجوز أن يحتوي إلا على حروف ASCII وأرقام و . _ - :
invalid-too-many-flags = { $count } مؤشرًا تتجاوز الحد البالغ { $max }
invalid-passphrase-spaces = يجب ألا تبدأ أو تنتهي بمسافة
invalid-passphrase-raw-key = يجب ألا تُكتب على الصورة x'…' (سيقرؤها SQLCipher مفتاحًا خامًا)
invalid-no-name = أدخل اسمًا شخصيًا أو اسم عائلة
invalid-household-size = أكثر من { $max } فردًا

# نسخة احتياطية مرفوضة، بعد اسم الملف في `error-backup`؛ وتغيير عبارة مرور لم يكتمل.
backup-wrong-passphrase = لا تُفتح بعبارة المرور هذه (أُنشئت بعبارة أخرى، أو هي تالفة)
backup-damaged = إنها تالفة
backup-damaged-detail = إنها تالفة ({ $detail })
backup-busy = بقيت قاعدة البيانات مشغولة
backup-check-failed = النسخة لا تجتاز التحقق: { $detail }
backup-pages-not-rekeyed = { $pages } صفحة لم يُعد تشفيرها
invalid-not-encrypted = سجلات الحالات هذه غير مشفّرة
invalid-rekey-incomplete = لم يكتمل التغيير ({ $pages } صفحة لم يُعد تشفيرها)؛ ما زالت عبارة المرور القديمة سارية
