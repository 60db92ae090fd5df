# رسائل الرفض الخاصة بسطر الأوامر بشأن الحالات والخيارات والملفات (`--lang`، وإلا $AVR_LANG، وإلا $LANG). تبقى
# أسماء الخيارات وقيمها (`--status open`) كما تُكتب.
cli-reading-passphrase = تعذّرت قراءة عبارة المرور: { $error }
cli-passphrase-needed = أدخل عبارة المرور في AVR_PASSPHRASE أو عبر الإدخال القياسي
cli-no-case = لا توجد حالة { $case }
cli-status-option = --status { $value }: استخدم open أو closed
cli-workflow-problems = { $dir }: { $count ->
    [zero] لا مشكلات
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشكلات
   *[other] { $count } مشكلة
}
cli-reading-stdin = تعذّرت قراءة الإدخال القياسي: { $error }
cli-decision-option = --decision { $value }: استخدم given أو withdrawn
cli-no-member = --person { $position }: لا يوجد فرد من الأسرة في هذا الموضع
cli-stdout-failed = الإخراج القياسي: { $error }
cli-blank-format = --blank: استخدم --format pdf أو --format md
cli-all-format = --all: استخدم --format csv
cli-not-an-edition = { $dir }: ليس مجلد طبعة
