cli-error = خطأ: { $message }
cli-search-did-you-mean = هل تقصد: { $suggestion }
cli-search-none = لا توجد نتائج.
cli-search-closest = أقرب فصل: { $title } ({ $id })
cli-cases-count = { $count ->
    [zero] لا توجد حالات
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
    [many] { $count } حالة
   *[other] { $count } حالة
}
cli-store-created = أُنشئ سجل الحالات المشفر في { $dir }
cli-restored = استُعيدت النسخة { $file }؛ وحُفظت قاعدة البيانات السابقة جانبًا
cli-audit-intact = سجل التدقيق سليم: { $events } حدثًا، الرأس { $head }
cli-stop-for-members = يسري على أفراد الأسرة: { $names }
cli-stop-overridden = استثناء أذن به { $supervisor }: { $reason }
cli-step-not-recorded = غير مسجلة
cli-case-header = { $number } (المعرّف { $id }) · { $status } · المرحلة { $stage } · { $workflow }
cli-case-status-open = مفتوحة
cli-case-status-closed = مغلقة
cli-case-status-purged = مُحيت بياناتها الشخصية
cli-step-done = منجزة
cli-step-to-do = لم تُنجز بعد
cli-step-blocked = موقوفة
cli-step-current = ← الخطوة الحالية
cli-stop = إيقاف: { $title } ({ $status }) [{ $id }]: { $rule }
cli-stop-status-blocking = ساري
cli-stop-status-overridden = مُستثنى بإذن مشرف
cli-stop-triggered = فُعِّل في { $date } بواسطة { $name }
cli-stop-triggered-by-answer = فُعِّل في { $date } بواسطة { $name } (الإجابة «{ $field }»)
cli-stop-member = { $name } [فرد الأسرة رقم { $position }]
cli-stop-invalid-input = إحدى الإجابات التي يقرؤها هذا الإيقاف غير صالحة لسؤالها: صحّحها
cli-stop-lifts-when = لرفعه: { $lift }
cli-check = راجِع { $field }: { $message }
cli-departure-ready = جاهزة للمغادرة: { $ready }
cli-yes = نعم
cli-no = لا
cli-audit-anchor-consistent = السلسلة تصل إلى آخر حالة مسجّلة خارج قاعدة البيانات (cases.anchor)
cli-audit-anchor-missing = لا يوجد بعد سجل لآخر حالة خارج قاعدة البيانات: لا يمكن التحقق من أي رجوع إلى نسخة أقدم قبل التعديل التالي
cli-audit-anchor-invalid = تحذير: سجل آخر حالة (cases.anchor) لا يُتحقَّق منه بمفتاح هذه القاعدة: مزوّر أو تالف أو من قاعدة أخرى
cli-audit-anchor-behind = تحذير: تنتهي السلسلة عند الحدث { $db }، لكن الحدث { $anchor } كان قد سُجّل: هذه نسخة أقدم من القاعدة، أو ضاعت تعديلات مع سجلّها
cli-audit-anchor-diverged = تحذير: الحدث { $at } ليس هو الحدث المسجّل سابقًا: أُعيدت كتابة السلسلة
cli-audit-rollbacks = تحذير: اكتُشف رجوع إلى نسخة أقدم عند فتح القاعدة، وسُجّل في أحداث التدقيق { $ids }
cli-failed-unlocks = { $count ->
    [zero] تنبيه: لا محاولات فاشلة لفتح القفل منذ آخر فتح
    [one] تنبيه: محاولة واحدة فاشلة لفتح القفل منذ آخر فتح، بتاريخ { $last }
    [two] تنبيه: محاولتان فاشلتان لفتح القفل منذ آخر فتح، آخرهما بتاريخ { $last }
    [few] تنبيه: { $count } محاولات فاشلة لفتح القفل منذ آخر فتح، آخرها بتاريخ { $last }
    [many] تنبيه: { $count } محاولة فاشلة لفتح القفل منذ آخر فتح، آخرها بتاريخ { $last }
   *[other] تنبيه: { $count } محاولة فاشلة لفتح القفل منذ آخر فتح، آخرها بتاريخ { $last }
}
cli-passphrase-changed = { $backups ->
    [zero] تم تغيير عبارة المرور؛ لا نسخ احتياطية لإعادة تشفيرها
    [one] تم تغيير عبارة المرور؛ أُعيد تشفير نسخة احتياطية واحدة
    [two] تم تغيير عبارة المرور؛ أُعيد تشفير نسختين احتياطيتين
    [few] تم تغيير عبارة المرور؛ أُعيد تشفير { $backups } نسخ احتياطية
    [many] تم تغيير عبارة المرور؛ أُعيد تشفير { $backups } نسخة احتياطية
   *[other] تم تغيير عبارة المرور؛ أُعيد تشفير { $backups } نسخة احتياطية
}
cli-passphrase-backup-not-rekeyed = نسخة احتياطية لم يُعَد تشفيرها (ما زالت تُفتح بعبارة المرور التي أُنشئت بها): { $file }
cli-passphrase-set-aside-rekeyed = ملف منحّى جانبًا أُعيد تشفيره: { $file }
cli-passphrase-set-aside-removed = ملف منحّى جانبًا حُذف (تعذّرت إعادة تشفيره): { $file }
# An export succeeded, but its PDF prints some characters as their code (U+1F64F) because no embedded font
# draws them (emoji). $codes lists them; $places the export's headings they were under.
cli-export-undrawable = { $count ->
    [one] تنبيه: تعذّر رسم حرف واحد، فطُبع برمزه: { $codes }
    [two] تنبيه: تعذّر رسم حرفين، فطُبعا برمزيهما: { $codes }
    [few] تنبيه: تعذّر رسم { $count } أحرف، فطُبعت برموزها: { $codes }
    [many] تنبيه: تعذّر رسم { $count } حرفًا، فطُبعت برموزها: { $codes }
   *[other] تنبيه: تعذّر رسم { $count } حرف، فطُبعت برموزها: { $codes }
}
cli-export-undrawable-place = { "  " }{ $code } في: { $places }
