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
