workflow-required-default = أجب عن هذا السؤال: { $label }

# اختيار عبارة المرور (أول تشغيل، تغييرها): سبب رفضها، ونصائح zxcvbn.
passphrase-too-short = يجب ألا تقل عبارة المرور عن { $min } حرفًا؛ وهذه العبارة فيها { $chars }.
passphrase-too-weak = عبارة المرور هذه سهلة التخمين (قوتها { $score } من 4؛ والمطلوب { $min } على الأقل).
passphrase-warning-key-rows = صفوف المفاتيح المتتالية على لوحة المفاتيح سهلة التخمين.
passphrase-warning-keyboard-patterns = الأنماط القصيرة على لوحة المفاتيح سهلة التخمين.
passphrase-warning-repeats = الأحرف المكررة مثل «aaa» سهلة التخمين.
passphrase-warning-repeated-groups = التكرار مثل «abcabcabc» أصعب قليلًا فقط في التخمين من «abc».
passphrase-warning-common = هذه من أكثر كلمات المرور شيوعًا.
passphrase-warning-similar-to-common = هذه قريبة جدًا من كلمة مرور شائعة الاستخدام.
passphrase-warning-sequences = التسلسلات مثل «abc» أو «6543» سهلة التخمين.
passphrase-warning-recent-years = السنوات الأخيرة سهلة التخمين.
passphrase-warning-single-word = الكلمة الواحدة وحدها سهلة التخمين.
passphrase-warning-dates = التواريخ غالبًا سهلة التخمين.
passphrase-warning-names = الأسماء الشخصية وأسماء العائلات سهلة التخمين.
passphrase-suggest-few-words = استخدم بضع كلمات لا رابط بينها، وتجنّب العبارات الشائعة.
passphrase-suggest-no-symbols-needed = لا حاجة إلى الرموز أو الأرقام أو الأحرف الكبيرة.
passphrase-suggest-another-word = أضف كلمة أو كلمتين؛ والكلمات غير الشائعة أفضل.
passphrase-suggest-capitals = الأحرف الكبيرة لا تفيد كثيرًا.
passphrase-suggest-reversed = الكلمات المكتوبة بالمقلوب ليست أصعب كثيرًا في التخمين.
passphrase-suggest-substitutions = الاستبدالات المتوقعة مثل «@» بدل «a» لا تفيد كثيرًا.
passphrase-suggest-keyboard = استخدم نمطًا أطول على لوحة المفاتيح مع تغييرات أكثر في الاتجاه.
passphrase-suggest-repeats = تجنّب تكرار الكلمات والأحرف.
passphrase-suggest-sequences = تجنّب التسلسلات.
passphrase-suggest-dates = تجنّب التواريخ والسنوات المرتبطة بك.

# الجاهزية للمغادرة: ما يجده المحرّك لكل سجل مؤرَّخ ولكل شرط في [departure] من مسار العمل (تسميات الحقول
# وعناوين الضمانات مأخوذة من مسار العمل نفسه، باللغة نفسها).
readiness-safeguards-label = لا ضمانة توقف المغادرة
readiness-no-planned-date = لا تاريخ مقرَّر للمغادرة
readiness-not-recorded = { $field }: لم يُسجَّل
readiness-after-departure = { $field }: { $date }، بعد المغادرة المقرَّرة في { $planned }
readiness-before-departure = { $field }: { $date }، قبل المغادرة المقرَّرة في { $planned }
readiness-covers = يغطي المغادرة
readiness-covers-dated = بتاريخ { $dated }: يغطي المغادرة
readiness-covers-until = صالح حتى { $until }: يغطي المغادرة
readiness-covers-dated-until = بتاريخ { $dated }، صالح حتى { $until }: يغطي المغادرة
readiness-holds = الشرط مستوفى
readiness-does-not-hold = الشرط غير مستوفى
readiness-unknown = غير معروف بعد: تنقص إجابات
readiness-no-safeguard-blocks = لا ضمانة توقف خطوة المغادرة
readiness-blocked-by = موقوفة بسبب: { $safeguards }
readiness-overridden = استثناء من المشرف: { $safeguards }
readiness-step-hidden = خطوة المغادرة لا تظهر مع هذه الإجابات
readiness-separator = {"؛ "}
