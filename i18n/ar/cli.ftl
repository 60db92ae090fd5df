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
