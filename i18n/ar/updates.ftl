# تحديثات الدليل (.avrbook): أسباب رفض الحزمة، وأوامر `avr handbook keygen|pack|inspect|install|rollback|versions`.
update-too-big = حزمة الدليل كبيرة جدًا ({ $bytes } بايت؛ والحد الأقصى { $max }): رُفضت ولم يُثبَّت شيء
update-unreadable = هذا الملف ليس حزمة دليل (.avrbook) أو أنه تالف: { $detail }. لم يُثبَّت شيء.
update-missing-manifest = حزمة الدليل لا تحتوي على manifest.json: رُفضت ولم يُثبَّت شيء
update-bad-manifest = تعذّرت قراءة بيان حزمة الدليل ({ $detail }): رُفضت ولم يُثبَّت شيء
update-unsupported-format = حزمة الدليل بالصيغة { $format }، وهذا الإصدار من التطبيق لا يقرؤها: رُفضت ولم يُثبَّت شيء
update-bad-signature = توقيع الناشر لا يطابق بيان حزمة الدليل (عُدِّل بعد التوقيع أو لم يُوقَّع أصلًا): رُفضت ولم يُثبَّت شيء
update-unknown-publisher = حزمة الدليل موقَّعة بمفتاح لا يثق به التطبيق (معرّف المفتاح { $key }): رُفضت ولم يُثبَّت شيء
update-bad-path = تحتوي حزمة الدليل على مسار قد يخرج من مجلد الدليل أو يخفي ملفًا ({ $path }): رُفضت ولم يُثبَّت شيء
update-not-a-file = في حزمة الدليل، { $path } ليس ملفًا عاديًا (رابط أو مجلد أو جهاز): رُفضت ولم يُثبَّت شيء
update-duplicate = في حزمة الدليل، يرد { $path } مرتين: رُفضت ولم يُثبَّت شيء
update-not-in-manifest = في حزمة الدليل، { $path } غير مدرج في البيان الموقَّع: رُفضت ولم يُثبَّت شيء
update-missing-file = في حزمة الدليل، { $path } مدرج في البيان لكنه غير موجود: رُفضت ولم يُثبَّت شيء
update-hash-mismatch = في حزمة الدليل، { $path } ليس الملف الذي وقّعه الناشر (بصمة SHA-256 مختلفة): رُفضت ولم يُثبَّت شيء
update-bad-version = «{ $version }» ليس رقم إصدار للدليل: اكتب أعدادًا صحيحة تفصل بينها نقاط، مثل 2026.2
update-not-newer = حزمة الدليل { $version } ليست أحدث من الدليل المستخدم ({ $current }): رُفضت ولم يُثبَّت شيء. للرجوع عمدًا إلى دليل أقدم، أكِّد الرجوع إلى الإصدار الأقدم.
update-does-not-load = تعذّر تحميل محتوى حزمة الدليل ({ $detail }): رُفضت ولم يُثبَّت شيء
update-workflow-changed = حزمة الدليل تعدّل مسار العمل { $workflow } الإصدار { $version }، وقد تكون حالات تتبعه. الإصدار المنشور لا يُعدَّل أبدًا: على الناشر أن يضيف إصدارًا جديدًا. رُفضت ولم يُثبَّت شيء.
update-workflow-removed = حزمة الدليل تحذف مسار العمل { $workflow } الإصدار { $version }، وقد تكون حالات تتبعه: رُفضت ولم يُثبَّت شيء
update-key = مفتاح الناشر: { $detail }
update-io = { $path }: { $detail }
update-nothing-to-roll-back = لا توجد حزمة دليل مثبَّتة: الدليل المرفق بالتطبيق هو المستخدم حاليًا

cli-book-keygen-done = كُتب زوج مفاتيح الناشر. المفتاح السري: { $secret } (احفظه دون اتصال بالشبكة وخارج المستودع). المفتاح العام: { $public } (هو ما تثق به أجهزة التثبيت).
cli-book-keygen-exists = الملف { $file } موجود أصلًا: لا يُستبدل أي مفتاح، اختر اسمًا آخر
cli-book-packed = { $file }: الدليل { $version }، { $files } ملفًا، { $bytes } بايت، حُزم ووُقِّع في { $ms } ملّي ثانية
cli-book-header = حزمة الدليل { $version } (المستخدم حاليًا: { $current })، أُنشئت في { $made }: { $files } ملفًا، { $bytes } بايت، فُحصت في { $ms } ملّي ثانية
cli-book-verified = تم التحقق من توقيع الناشر، وكل ملف يطابق البيان الموقَّع.
cli-book-notes = ملاحظات الإصدار:
cli-book-downgrade = تنبيه: الإصدار { $version } ليس أحدث من الدليل المستخدم ({ $current }).
cli-book-unchanged = لا يتغيّر شيء مما يعرضه الدليل أو مسارات العمل.
cli-book-edition = نسخة { $lang }:
cli-book-chapter = { $kind ->
    [added] + فصل مضاف: { $title } ({ $id })
    [removed] - فصل محذوف: { $title } ({ $id })
   *[changed] ~ فصل معدَّل: { $title } ({ $id })
}
cli-book-section = { $kind ->
    [added] + قسم مضاف: { $title }
    [removed] - قسم محذوف: { $title }
   *[changed] ~ قسم معدَّل: { $title }
}
cli-book-words-legend = (في الأقسام المعدَّلة، [-الكلمات-] حُذفت و{"{"}+الكلمات+{"}"} أُضيفت)
cli-book-workflow-new = مسار العمل { $workflow } الإصدار { $version } ({ $title }): مسار عمل جديد
cli-book-workflow-version = مسار العمل { $workflow } الإصدار { $version } ({ $title })، مقارنةً بالإصدار { $base }:
cli-book-workflow-same = لم تتغيّر أي خطوة أو ضمانة
cli-book-step = { $kind ->
    [added] + خطوة مضافة: «{ $title }» ({ $id })
    [removed] - خطوة محذوفة: «{ $title }» ({ $id })
   *[changed] ~ خطوة معدَّلة: «{ $title }» ({ $id })؛ ما تغيّر: { $keys }
}
cli-book-safeguard = { $kind ->
    [added] + ضمانة مضافة: «{ $title }» ({ $id })
    [removed] - ضمانة محذوفة: «{ $title }» ({ $id })
   *[changed] ~ ضمانة معدَّلة: «{ $title }» ({ $id })؛ ما تغيّر: { $keys }
}
cli-book-field = { $kind ->
    [added] + سؤال مضاف: «{ $title }» ({ $id })
    [removed] - سؤال محذوف: «{ $title }» ({ $id })
   *[changed] ~ سؤال معدَّل: «{ $title }» ({ $id })؛ ما تغيّر: { $keys }
}
cli-book-file = { $kind ->
    [added] + ملف مضاف: { $path }
    [removed] - ملف محذوف: { $path }
   *[changed] ~ ملف معدَّل: { $path }
}
cli-book-ask = هل تريد تثبيت هذا الدليل؟ [نعم/لا]
cli-book-ask-downgrade = تستبدل هذه الحزمة الدليلَ المستخدم بإصدار أقدم أو مماثل. هل تريد تثبيتها مع ذلك؟ [نعم/لا]
cli-book-installed = ثُبِّت الدليل { $version } في { $ms } ملّي ثانية، وسيُستخدم من التشغيل القادم. الدليل المستخدم حتى الآن ({ $previous }) محفوظ: الأمر `avr handbook rollback` يعيدك إليه.
cli-book-installed-first = ثُبِّت الدليل { $version } في { $ms } ملّي ثانية، وسيُستخدم من التشغيل القادم. الأمر `avr handbook rollback` يعيدك إلى الدليل المرفق بالتطبيق.
cli-book-rolled-back = تم الرجوع: من التشغيل القادم سيُستخدم الدليل { $version }.
cli-book-rolled-back-bundled = تم الرجوع: من التشغيل القادم سيُستخدم الدليل المرفق بالتطبيق.
cli-book-in-use = المستخدم حاليًا: الدليل { $version } ({ $source ->
    [installed] حزمة مثبَّتة
   *[bundled] الدليل المرفق بالتطبيق
})
cli-book-active = مثبَّت، وسيُستخدم من التشغيل القادم: { $version }
cli-book-previous = محفوظ للرجوع إليه: { $version }
cli-book-none-installed = لا توجد حزمة دليل مثبَّتة.
cli-book-no-version = بلا رقم إصدار
cli-book-history = سجل التثبيت (الأحدث أولًا):
cli-book-history-installed = { $at }: ثُبِّت { $to } (قبله: { $from })، مفتاح الناشر { $key }
cli-book-history-rolled-back = { $at }: رجوع من { $from } إلى { $to }
cli-book-history-bundled = الدليل المرفق بالتطبيق
cli-book-test-key = نسخة تطوير: يُوثق أيضًا بمفتاح الناشر التجريبي في { $file }
