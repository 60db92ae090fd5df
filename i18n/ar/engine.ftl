# ما يقوله محرّك مسارات العمل وقواعد الحالة عن إجابة أو استثناء أو تصحيح (تسميات الحقول وعناوين الضمانات وما
# يرفعها مأخوذة من مسار العمل، باللغة نفسها).

# إجابة تُقرأ وفق حقلها. `answer-problem` يضع تسمية الحقل قبل المشكلة.
answer-problem = { $label }: { $problem }
answer-not-an-option = «{ $value }» ليس من الخيارات المتاحة.
answer-chosen-twice = اختير أحد الخيارات مرتين.
answer-not-a-date = «{ $value }» ليس تاريخًا: اكتبه بالصيغة YYYY-MM-DD.
answer-wrong-kind = { $kind ->
    [yes_no] يُجاب عن هذا الحقل بنعم أو لا.
    [single] يُجاب عن هذا الحقل بأحد خياراته.
    [multi] يُجاب عن هذا الحقل بقائمة من خياراته.
    [date] يُجاب عن هذا الحقل بتاريخ.
    [number] يُجاب عن هذا الحقل برقم.
   *[text] يُجاب عن هذا الحقل بنص.
}
answer-below-min = { $value } أقل من أصغر إجابة مسموح بها، وهي { $min }.
answer-above-max = { $value } أكبر من أكبر إجابة مسموح بها، وهي { $max }.
answer-too-long = { $chars } حرفًا: لا يُحفظ أكثر من { $max }.
answer-control-character = يحتوي النص على حرف تحكّم ({ $code }): الصقه من جديد نصًّا عاديًا.
answer-in-future = التاريخ { $date } في المستقبل (اليوم { $today }).
answer-not-yes-no = أجب بنعم أو لا (وليس «{ $value }»).
answer-not-a-number = «{ $value }» ليس رقمًا.

# استثناء من المشرف لا يطبّقه المحرّك.
override-no-such-safeguard = ليس في مسار العمل هذا ضمانة باسم «{ $id }»: الاستثناء لا أثر له.
override-never = لا يُسمح أبدًا بأي استثناء من هذه الضمانة. ما يرفعها: { $lift }
override-incomplete = يتطلب الاستثناء اسم المشرف وسببًا: لم يُطبَّق.
override-undetermined = لم يُطبَّق الاستثناء: فهو لا يصحّ إلا على وضع معروف، وما زالت هذه الإجابات ناقصة: { $fields }.
override-list-separator = {"؛ "}

# قواعد الحالة حين ترفض حفظًا أو تصحيحًا أو استثناءً.
rule-final-answer = { $label }: «نعم» المسجّلة نهائية. إن سُجّلت خطأً فسجّل تصحيحًا مع السبب واسم مشرف؛ وإن غيّر الشخص رأيه مرة أخرى فافتح حالة جديدة.
rule-reserved-key = { $field }: يُسجَّل الاستثناء باسم مشرف وسبب، أما الإيقاف المثبَّت فيسجّله مسار العمل.
rule-no-such-question = { $field }: لا يوجد هذا السؤال في مسار العمل { $workflow } الإصدار { $version }.
rule-correction-reason = تصحيح «{ $label }»: اذكر لماذا كانت الإجابة خاطئة، في جملة يستطيع المراجع التحقق منها ({ $min } أحرف على الأقل).
rule-correction-final = تصحيح «{ $label }»: إنه يغيّر إجابة نهائية، فاذكر اسم المشرف الكامل.
rule-correction-never = تصحيح «{ $label }»: إنه يرفع إيقافًا لا يقبل أي استثناء ({ $safeguards })، فاذكر اسم المشرف الكامل.
rule-override-not-holding = { $safeguard }: هذه الضمانة لا تسري على هذه الحالة.
rule-override-never = { $title }: لا يُسمح أبدًا بأي استثناء من هذه الضمانة.
rule-override-undetermined = { $title }: هذا الإيقاف قائم فقط لأن إجابات تحسمه ما زالت ناقصة ({ $fields }). سجّلها أولًا؛ ثم يمكن للمشرف أن يراجع الوضع الذي تصفه.
rule-override-incomplete = الاستثناء: اذكر اسم المشرف الكامل وسببًا يستطيع المراجع التحقق منه ({ $min } أحرف على الأقل).

# ملف حالة مستورد مرفوض: `import-problem` يضع موضع المشكلة في الملف قبلها.
import-problem = { $place }: { $problem }
import-closed-without-date = يجب أن تذكر الحالة المغلقة متى أُغلقت (وإلا لا يمكن حذفها نهائيًا أبدًا).
import-unknown-stage = «{ $stage }» ليست مرحلة من مسار العمل { $workflow } الإصدار { $version }.
import-too-many = { $count } عنصرًا: الحد الأقصى المقبول { $max }.
import-no-principal = تحتاج الحالة إلى مقدّم الطلب الرئيسي.
import-same-person-id = لشخصين المعرّف نفسه.
import-consent-unknown-person = الشخص { $person } ليس من أفراد أسرة هذه الحالة.
import-answered-twice = أُجيب عنه مرتين.
import-override-unknown = استثناء من ضمانة ليست في مسار العمل هذا.
import-override-incomplete = يتطلب الاستثناء اسم المشرف الكامل وسببًا من { $min } أحرف على الأقل.
import-latch-unknown = إيقاف مثبَّت لضمانة لا يثبّتها مسار العمل هذا.
import-not-a-latch = ليس سجلّ إيقاف مثبَّت.
import-no-such-question = لا يوجد هذا السؤال في مسار العمل { $workflow } الإصدار { $version }.
import-not-an-answer = ليست إجابة يمكن أن يحملها هذا الحقل.
rule-no-such-member = { $key }: لا يوجد في هذه الأسرة فرد رقم { $position }.
rule-not-per-member = { $key }: { $what ->
    [override] الاستثناء
   *[answer] هذه الإجابة
} تُسجَّل مرة واحدة للحالة كلها، لا لكل فرد من أفراد الأسرة (مسار العمل { $workflow } الإصدار { $version }).
rule-member-key = { $key }: يُكتب مفتاح فرد الأسرة على الصورة member:<position>:<field>، ويكون الرقم 1 أو أكثر.
