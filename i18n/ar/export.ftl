export-doc-title = قائمة مراجعة الحالة { $number }
export-case = الحالة
export-status = الوضع
export-workflow = الإجراء
export-workflow-id = معرّف الإجراء
export-workflow-version = إصدار الإجراء
export-handbook-version = إصدار الدليل
export-verification = رمز التحقق
export-generated = تاريخ الإنشاء
export-redacted = محجوبة البيانات
export-redacted-note = حُذفت البيانات الشخصية
export-case-open = مفتوحة
export-case-closed = مغلقة
export-household = الأسرة
export-born = تاريخ الميلاد { $date }
export-born-estimated = تاريخ الميلاد { $date } (تقديري)
export-relationship = { $code ->
    [principal] مقدّم الطلب الرئيسي
    [spouse] الزوج أو الزوجة
    [child] طفل
    [parent] أحد الوالدين
    [sibling] أخ أو أخت
   *[other] { $code }
}
export-blocked-by = موقوفة بسبب: { $titles }
export-consent-withdrawn = { $redacted } (سُحبت الموافقة)
export-not-in-force = [غير سارية: { $why }] { $value }
export-not-applicable = خطوات لا تنطبق على هذه الحالة
export-item-step = الخطوة: { $step }
export-checklist = قائمة المراجعة
export-overridden = استثناء من { $name }: { $reason }
export-to-lift = لرفعه: { $lift }
export-triggered = فُعِّل في { $date } بواسطة { $name }؛ { $rest }
export-safeguards = الضمانات
export-decision-given = مُنحت
export-decision-withdrawn = سُحبت
export-consent-value = { $decision } في { $date } باللغة { $language }
export-consent-interpreter = ، المترجم الشفوي { $name }
export-consent-current = (سارية)
export-consent-superseded = (استُبدلت)
export-consent = الموافقة
export-notes = الملاحظات
export-note = ملاحظة
export-sign-staff = الموظف
export-sign-migrant = المهاجر
export-sign-interpreter = المترجم الشفوي
export-status-done = مكتملة
export-status-pending = مطلوبة
export-status-blocked = موقوفة
export-status-not-applicable = لا تنطبق
export-status-not-recorded = غير مسجلة
export-col-item = البند
export-col-status = الوضع
export-col-details = التفاصيل
export-col-by = سجّله
export-col-when = التاريخ
export-signature-line = { $who }: التوقيع والتاريخ
export-none = لم يُسجَّل شيء.
export-signatures = التوقيعات
export-date = التاريخ
export-page = الصفحة { $n } من { $total }
export-yes = نعم
export-no = لا
export-case-number = رقم الحالة
export-paper-workflow = الإجراء { $id } الإصدار { $version }
export-paper-form = الاستمارة { $form }
export-optional-step = { $title } (اختياري)
export-blank-checklist = قائمة مراجعة فارغة

## Dates on exports for people (CSV and JSON keep ISO 8601). $day and $month are numbers (month 1 to 12),
## $year the year as written; $date is an export-date-long, $time is HH:MM in UTC.
## Month names as CLDR gives them for Modern Standard Arabic (يناير … ديسمبر: the names used in Egypt, Libya,
## Sudan and Yemen, and read everywhere in the Maghreb); digits stay Western (0-9), as on Maghreb and Libyan
## forms, passports and the case numbers printed beside them.
export-date-long = { $day } { $month ->
        [1] يناير
        [2] فبراير
        [3] مارس
        [4] أبريل
        [5] مايو
        [6] يونيو
        [7] يوليو
        [8] أغسطس
        [9] سبتمبر
        [10] أكتوبر
        [11] نوفمبر
       *[12] ديسمبر
    } { $year }
export-date-time = { $date }، الساعة { $time } UTC
export-labelled = { $label }: { $value }
export-labelled-question = { $label } { $value }
