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
cli-audit-anchor-consistent = السلسلة تصل إلى آخر حالة مسجّلة خارج قاعدة البيانات (cases.anchor)
cli-audit-anchor-missing = لا يوجد بعد سجل لآخر حالة خارج قاعدة البيانات: لا يمكن التحقق من أي رجوع إلى نسخة أقدم قبل التعديل التالي
cli-audit-anchor-invalid = تحذير: سجل آخر حالة (cases.anchor) لا يُتحقَّق منه بمفتاح هذه القاعدة: مزوّر أو تالف أو من قاعدة أخرى
cli-audit-anchor-behind = تحذير: تنتهي السلسلة عند الحدث { $db }، لكن الحدث { $anchor } كان قد سُجّل: هذه نسخة أقدم من القاعدة، أو ضاعت تعديلات مع سجلّها
cli-audit-anchor-diverged = تحذير: الحدث { $at } ليس هو الحدث المسجّل سابقًا: أُعيدت كتابة السلسلة
cli-audit-rollbacks = تحذير: اكتُشف رجوع إلى نسخة أقدم عند فتح القاعدة، وسُجّل في أحداث التدقيق { $ids }
