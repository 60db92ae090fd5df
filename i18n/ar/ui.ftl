# واجهة التطبيق بالعربية. المفاتيح نفسها الموجودة في i18n/en/ui.ftl.

## app
app-title = الدليل الميداني للعودة الطوعية
app-skip = انتقل إلى المحتوى
app-windowTitle = { $screen } – الدليل الميداني للعودة الطوعية
app-textSize = حجم النص { $percent }٪

## dialog
dialog-close = إغلاق

## export
export-open = تصدير…
export-title = تصدير هذه الحالة
export-format = الصيغة
export-format-pdf = PDF
export-format-csv = CSV
export-format-markdown = Markdown
export-format-html = HTML
export-format-json = JSON (إحصاءات، دون بيانات شخصية)
export-formatHint-pdf = للطباعة أو الحفظ في الملف، مع أسطر للتوقيع
export-formatHint-csv = سطر لكل بند من قائمة المراجعة، لجدول بيانات
export-formatHint-markdown = نص عادي
export-formatHint-html = صفحة ويب تُطبع جيدًا
export-formatHint-json = أين وصلت الحالة، لأغراض العدّ: دون أسماء أو إجابات أو ملاحظات أو رقم الحالة
export-paper = حجم الورق
export-letter = Letter (الورق الأمريكي)
export-redact = نسخة محجوبة البيانات
export-redactHint = تُحذف منها الأسماء وتواريخ الميلاد وأرقام الوثائق والملاحظات الحرة وما كانت تشمله موافقة سُحبت
export-redactJson = لا تحمل الإحصاءات أي بيانات شخصية أبدًا. لنقل حالة إلى مكتب آخر استخدم التسليم بدلًا من ذلك.
export-run = تصدير…
export-working = جارٍ التصدير…
export-saved = حُفظ { $file } ({ $size }).
export-undrawable = { $count ->
    [one] تعذّر رسم حرف واحد، فطُبع برمزه: { $codes }
    [two] تعذّر رسم حرفين، فطُبعا برمزيهما: { $codes }
    [few] تعذّر رسم { $count } أحرف، فطُبعت برموزها: { $codes }
    [many] تعذّر رسم { $count } حرفًا، فطُبعت برموزها: { $codes }
   *[other] تعذّر رسم { $count } حرف، فطُبعت برموزها: { $codes }
}
export-openFolder = فتح المجلد
export-cancel = إلغاء
export-close = إغلاق
export-blank = طباعة على الورق (PDF)
export-paperForm = استمارة ورقية
export-blankChecklist = قائمة المراجعة كاملة، فارغة
export-list = تصدير هذه القائمة (CSV)
export-import = استيراد ملف حالة مُصدَّر قديم (JSON)…
export-imported = استُوردت الحالة { $number }.
export-language = لغة التصدير

## tools
tools-saved = حُفظ { $path }.

## case
case-windowTitle = الحالة { $number }
case-skipToQuestions = انتقل إلى الأسئلة
case-savedAt = حُفظ في { $time }
case-fieldError = { $label }: { $errors }
case-progress = التقدم
case-close = إغلاق الحالة
case-reopen = إعادة فتح الحالة
case-closedNote = هذه الحالة مغلقة. أعد فتحها لتغيير أي شيء.
case-step = الخطوة { $n } من { $total }
case-optional = اختياري
case-required = إلزامي
case-saved = حُفظ
case-yes = نعم
case-no = لا
case-readMore = اقرأ في الدليل
case-blockedTitle = هذه الخطوة موقوفة
case-latched = فُعِّل في { $date } بواسطة { $name }، بسبب الإجابة «{ $field }». تعديل تلك الإجابة لا يرفعه.
case-invalidInput = إحدى الإجابات التي يقرؤها هذا الإيقاف غير صالحة لسؤالها: صحّحها ليمكن البت فيه.
case-correctTitle = تصحيح إجابة أُدخلت خطأً
case-correctHelp = يُسجَّل التصحيح في السجل الزمني مع سببه. إذا كان الإيقاف لا يقبل الاستثناء أبدًا، فاذكر اسم المشرف الذي وافق.
case-correct = تسجيل التصحيح
case-rule = القاعدة
case-why = السبب
case-lift = ما يرفعه
case-missing = ما زال يجب تسجيل: { $fields }
case-neverOverride = لا يُسمح بأي استثناء من هذه الضمانة.
case-overrideTitle = استثناء من المشرف
case-supervisor = الاسم الكامل للمشرف
case-reason = السبب (يجب أن يتمكن المراجع من التحقق منه)
case-override = تسجيل الاستثناء
case-overridden = استثناء من { $name }: { $reason }
case-allDone = لا شيء متبقٍّ في هذه الحالة الآن.
case-checklist = قائمة المراجعة
case-readiness = الجاهزية للمغادرة
case-ready = جاهز للسفر في { $date }
case-notReady = غير جاهز للسفر
case-timeline = السجل الزمني
case-sidePanel = قسم من الدليل
case-closePanel = إغلاق لوحة الدليل
case-prevStep = الخطوة السابقة
case-nextStep = الخطوة التالية
case-whoseAnswers = لمن تسجّل الإجابات؟
case-personHeld = موقوف هنا
case-principalName = { $name }، مقدّم الطلب الرئيسي
case-memberName = { $name }، فرد الأسرة رقم { $position }
case-answersFor = الإجابات المسجَّلة الآن تخصّ: { $name }
case-stepNotForPerson = لا تنطبق هذه الخطوة على { $name } وفق الإجابات المسجَّلة حتى الآن.
case-holdsFor = يسري على: { $names }
case-railMemberHeld = موقوفة بسبب أحد أفراد الأسرة
case-overrideFor = الاستثناء بشأن

## reader
reader-toolbar = أدوات الفصل
reader-showContents = المحتويات
reader-contents = المحتويات
reader-chapters = الفصول
reader-bookmarks = العلامات المرجعية
reader-noBookmarks = لا توجد علامات مرجعية بعد.
reader-recent = ما عُرض مؤخرًا
reader-lastReviewed = آخر مراجعة: { $date }
reader-prev = السابق: { $title }
reader-next = التالي: { $title }
reader-bookmark = ضع علامة على هذا القسم
reader-bookmarkChapter = ضع علامة على هذا الفصل
reader-unbookmark = إزالة العلامة
reader-removeBookmark = إزالة العلامة { $title }
reader-fontSmaller = نص أصغر
reader-fontLarger = نص أكبر
reader-print = طباعة الفصل
reader-loading = جارٍ فتح الدليل…

## settings
settings-textSizeKeys = ‏Ctrl+= يكبّر كل النص، وCtrl+− يصغّره، وCtrl+0 يعيده إلى 100٪.
settings-title = الإعدادات
settings-appearance = المظهر
settings-theme = يتبع التطبيق الوضع الفاتح أو الداكن لنظامك.
settings-fontSize = حجم نص القراءة
settings-about = حول التطبيق
settings-appVersion = إصدار التطبيق
settings-edition = طبعة الدليل ({ $lang })
settings-editionVersion = { $chapters ->
    [zero] لا فصول
    [one] فصل واحد
    [two] فصلان
    [few] { $chapters } فصول
    [many] { $chapters } فصلًا
   *[other] { $chapters } فصل
}
settings-dataDir = مجلد البيانات
settings-problems = فصول تعذّر فتحها
settings-offline = كل شيء يعمل دون اتصال. لا يُجري التطبيق أي اتصال بالشبكة.
settings-security = سجلات الحالات
settings-lockAfter = قفل سجلات الحالات بعد
settings-minutes = { $n ->
    [zero] لا دقائق
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
settings-staff = ملف الموظف
settings-saveStaff = حفظ الملف
settings-changePass = تغيير عبارة المرور
settings-currentPass = عبارة المرور الحالية
settings-newPass = عبارة المرور الجديدة
settings-passChanged = غُيّرت عبارة المرور وأُعيد تشفير النسخ الاحتياطية.
settings-backups = النسخ الاحتياطية
settings-backupNow = نسخ احتياطي الآن
settings-restore = استعادة
settings-restorePass = عبارة مرور النسخة الاحتياطية
settings-retention = مدة الاحتفاظ
settings-retentionDays = حذف البيانات الشخصية للحالات المغلقة منذ أكثر من هذا العدد من الأيام
settings-purge = احذف الآن
settings-purgeConfirm = سيحذف هذا نهائيًا الأسماء والإجابات والملاحظات والموافقات لكل حالة أُغلقت منذ أكثر من { $days } يومًا. تحتفظ بها النسخ الاحتياطية التي أُنشئت قبل ذلك حتى تنتهي صلاحيتها. هل تريد الحذف؟
settings-purgeYes = نعم، احذف
settings-purgeNo = إلغاء
settings-purged = { $count ->
    [zero] لم تُحذف أي حالة مغلقة.
    [one] حُذفت حالة مغلقة واحدة؛ وحُفظت أحداث التدقيق الخاصة بها.
    [two] حُذفت حالتان مغلقتان؛ وحُفظت أحداث التدقيق الخاصة بهما.
    [few] حُذفت { $count } حالات مغلقة؛ وحُفظت أحداث التدقيق الخاصة بها.
    [many] حُذفت { $count } حالة مغلقة؛ وحُفظت أحداث التدقيق الخاصة بها.
   *[other] حُذفت { $count } حالة مغلقة؛ وحُفظت أحداث التدقيق الخاصة بها.
}
settings-verify = التحقق من سجل التدقيق
settings-verified = سجل التدقيق سليم: { $events } حدثًا، الرأس { $hash }.
settings-unlockFirst = افتح قفل سجلات الحالات لتغيير هذه الإعدادات.
settings-language = اللغة
settings-languageHint = لغة التطبيق. يُفتح الدليل بهذه اللغة حين تحتوي طبعتها على الفصل، وإلا فبالإنجليزية.

## nav
nav-label = الرئيسية
nav-handbook = الدليل
nav-search = البحث
nav-cases = الحالات
nav-settings = الإعدادات
nav-searchHint = بحث (Ctrl+K)

## search
search-label = البحث في الدليل
search-placeholder = ابحث: مثلًا الطفل غير المصحوب، عدم الإعادة القسرية، SOLAS
search-results = النتائج
search-count = { $count ->
    [zero] لا يطابق أي قسم
    [one] يطابق قسم واحد
    [two] يطابق قسمان
    [few] تطابق { $count } أقسام
    [many] يطابق { $count } قسمًا
   *[other] يطابق { $count } قسم
}
search-more = عرض الكل ({ $count })
search-none = لا شيء يطابق «{ $query }».
search-didYouMean = هل تقصد
search-closest = أقرب الفصول
search-filters = التصفية حسب الموضوع
search-indexing = جارٍ تجهيز البحث: { $done } من { $total } قسم…
search-hint = اكتب للبحث. ↑ ↓ للتنقل، Enter للفتح، Esc للإغلاق.
search-dialog = البحث في الدليل

## cases
cases-title = الحالات
cases-new = حالة جديدة
cases-newTitle = فتح حالة جديدة
cases-givenNames = الاسم الأول
cases-familyName = اسم العائلة
cases-otherNames = الاسم بكتابات أو تهجئات أخرى (اختياري)
cases-disembarked = تاريخ الإنزال (اختياري)
cases-createCase = فتح الحالة
cases-cancel = إلغاء
cases-search = البحث برقم الحالة أو بالاسم
cases-status = الوضع
cases-anyStatus = المفتوحة والمغلقة
cases-open = مفتوحة
cases-closed = مغلقة
cases-stage = المرحلة
cases-anyStage = أي مرحلة
cases-none = لا توجد حالات مطابقة.
cases-number = الحالة
cases-name = الاسم
cases-updated = آخر تعديل
cases-flags = الإيقافات النشطة
cases-back = كل الحالات
cases-searchHint = AVR-2026-0042 أو اسم
cases-flagFilter = إيقاف نشط
cases-anyFlag = أي إيقاف
cases-dueBy = مستحقة قبل
cases-due = الاستحقاق
cases-sort = الترتيب
cases-sortUpdated = الأحدث تعديلًا أولًا
cases-sortDue = الأقرب استحقاقًا أولًا
cases-sortCreated = الأحدث فتحًا أولًا
cases-sortNumber = حسب رقم الحالة
cases-clearFilters = مسح عوامل التصفية
cases-noneYet = لا توجد حالات بعد.
cases-firstPage = تُعرض أول { $count } حالة: ضيّق التصفية لرؤية غيرها.
cases-integrityFailed = تعذّر إكمال فحص قاعدة بيانات الحالات عند بدء التشغيل: { $detail }
cases-rollbackTitle = ربما أُعيدت سجلات الحالات إلى حالة سابقة
cases-rollbackWhat = سجلات الحالات على هذا الحاسوب أقدم من آخر سجلات رآها هذا الحاسوب. ربما استعاد أحدهم نسخة احتياطية، أو استُبدل الملف. قد تكون التغييرات التي أُجريت منذ ذلك الحين مفقودة.
cases-rollbackBehind = تغييرات مسجَّلة مفقودة: ينتهي سجل التغييرات عند التغيير { $db }، لكن هذا الحاسوب سبق أن رأى التغيير { $anchor }.
cases-rollbackDiverged = التغيير { $at } ليس التغيير الذي رآه هذا الحاسوب: أُعيدت كتابة سجل التغييرات.
cases-rollbackInvalid = قيد آخر حالة، المحفوظ بجانب سجلات الحالات، لا يطابقها: إما أنه تلف، وإما أنه من سجلات أخرى.
cases-rollbackDo = ما العمل: أبلغ مشرفك الآن، قبل أن تغيّر أي حالة. يمكنه فحص السجلات بالأمر { $command }. سُجّلت هذه الملاحظة في سجل التدقيق.
cases-rollbackAck = قرأت هذا التحذير
cases-rollbackBanner = تنبيه: ربما أُعيدت سجلات الحالات إلى حالة سابقة. أبلغ مشرفك.

## vault
vault-setupTitle = احمِ سجلات الحالات بعبارة مرور
vault-setupIntro = سجلات الحالات مشفرة على هذا الحاسوب. اختر عبارة مرور من 12 حرفًا على الأقل. لا تُحفظ أبدًا: إذا فُقدت، فلا يمكن فتح السجلات.
vault-passphrase = عبارة المرور
vault-confirm = أعد كتابة عبارة المرور
vault-mismatch = عبارتا المرور غير متطابقتين.
vault-staffName = اسمك (يُسجَّل بصفتك صاحب كل تغيير)
vault-office = المكتب
vault-create = إنشاء سجلات حالات مشفرة
vault-lockedTitle = سجلات الحالات مقفلة
vault-lockedIntro = أدخل عبارة المرور لفتح سجلات الحالات على هذا الحاسوب.
vault-unlock = فتح القفل
vault-lock = اقفل الآن
vault-working = جارٍ العمل…
vault-corrupt = قاعدة بيانات الحالات تالفة ووُضعت جانبًا. استعد نسخة احتياطية للمتابعة.
vault-restoreFrom = استعادة هذه النسخة الاحتياطية
vault-noBackups = لم يُعثر على نسخ احتياطية.
vault-autoLocked = { $minutes ->
    [zero] قُفل بعد فترة دون نشاط.
    [one] قُفل بعد دقيقة واحدة دون نشاط.
    [two] قُفل بعد دقيقتين دون نشاط.
    [few] قُفل بعد { $minutes } دقائق دون نشاط.
    [many] قُفل بعد { $minutes } دقيقة دون نشاط.
   *[other] قُفل بعد { $minutes } دقيقة دون نشاط.
}

## status
status-Complete = مكتملة
status-Incomplete = مطلوبة
status-Blocked = موقوفة
status-Untouched = اختيارية، لم يُسجَّل شيء
status-NotStarted = لم تبدأ
status-InProgress = قيد التنفيذ
status-Hidden = غير لازمة
status-Done = مكتملة
status-Pending = معلّقة

## language
language-choose = اختر لغة التطبيق
language-hint = يمكنك تغييرها لاحقًا من الإعدادات.

# اختيار عبارة المرور: التقدير المعروض أثناء الكتابة (zxcvbn، من 0 إلى 4)، ومحاولات فتح القفل الفاشلة، وتقرير التغيير.
vault-strength = القوة { $score } من 4.
vault-strengthOk = صعبة التخمين بما يكفي.
vault-strengthWeak = سهلة التخمين: المطلوب { $min } من 4 على الأقل.
vault-strengthShort = { $chars } حرفًا؛ والمطلوب { $min } على الأقل.
vault-failedUnlocks = { $count ->
    [zero] لا محاولات فاشلة لفتح القفل منذ آخر فتح.
    [one] محاولة واحدة فاشلة لفتح القفل منذ آخر فتح، بتاريخ { $date }.
    [two] محاولتان فاشلتان لفتح القفل منذ آخر فتح، آخرهما بتاريخ { $date }.
    [few] { $count } محاولات فاشلة لفتح القفل منذ آخر فتح، آخرها بتاريخ { $date }.
    [many] { $count } محاولة فاشلة لفتح القفل منذ آخر فتح، آخرها بتاريخ { $date }.
   *[other] { $count } محاولة فاشلة لفتح القفل منذ آخر فتح، آخرها بتاريخ { $date }.
}
settings-backupNotRekeyed = نسخة احتياطية لم يُعَد تشفيرها (ما زالت تُفتح بعبارة المرور السابقة): { $file }
settings-setAsideRekeyed = ملف منحّى جانبًا أُعيد تشفيره: { $file }
settings-setAsideRemoved = ملف منحّى جانبًا حُذف (تعذّرت إعادة تشفيره): { $file }
settings-purgedSetAside = { $count ->
    [zero] لم يُحذف أي ملف منحّى جانبًا.
    [one] حُذف ملف واحد منحّى جانبًا أقدم من مدة الاحتفاظ.
    [two] حُذف ملفان منحّيان جانبًا أقدم من مدة الاحتفاظ.
    [few] حُذفت { $count } ملفات منحّاة جانبًا أقدم من مدة الاحتفاظ.
    [many] حُذف { $count } ملفًا منحّى جانبًا أقدم من مدة الاحتفاظ.
   *[other] حُذف { $count } ملف منحّى جانبًا أقدم من مدة الاحتفاظ.
}

# بطاقة المكتب وقائمة الثقة وحزم التسليم (issue 17).
card-title = بطاقة المكتب
card-intro = بطاقة هذا الحاسوب. أعطها للمكاتب التي ترسل إليك الحالات: يضيفونها إلى قائمة الثقة لديهم، ثم يتصلون بك لمقارنة البصمة.
card-office = المكتب
card-officer = الموظف
card-fingerprint = البصمة
card-valid = الصلاحية
card-validRange = من { $from } حتى { $until }
card-copy = نسخ كنص
card-copied = نُسخت البطاقة. الصقها في رسالة إلى المكتب الآخر.
card-copyFailed = تعذّر نسخ البطاقة. افتح «البطاقة كنص» أدناه وانسخها من هناك.
card-save = حفظ في ملف…
card-saved = حُفظت البطاقة باسم { $file }.
card-qrShow = عرضها كرمز QR
card-qrHide = إخفاء رمز QR
card-qrLabel = رمز QR لبطاقة المكتب هذه
card-qrHint = يمكن للهاتف مسحه لحفظ البطاقة أو إرسالها. ومع ذلك قارن البصمة عبر الهاتف.
card-qrTooLong = هذه البطاقة أطول من أن تتسع في رمز QR (اسم مكتب أو موظف طويل جدًا). انسخها أو احفظها في ملف بدلًا من ذلك.
card-text = البطاقة كنص
card-renew = تجديد بطاقة المكتب هذه…
card-renewExplain = التجديد يُنشئ مفاتيح جديدة وبطاقة جديدة صالحة لمدة سنتين ابتداءً من اليوم. ستتغيّر بصمتك: أرسل البطاقة الجديدة مرة أخرى إلى المكاتب التي ترسل إليك الحالات. المكاتب التي تثق ببطاقتك الحالية تستطيع التحقق من الجديدة دون أن تتصل بك. الحزم التي أُرسلت إلى بطاقتك الحالية تبقى قابلة للفتح هنا حتى { $until }.
card-renewConfirm = جدّد البطاقة
card-renewCancel = احتفظ بالبطاقة الحالية
card-renewed = جُدّدت البطاقة. البصمة الجديدة: { $fingerprint }. أرسل البطاقة الجديدة إلى المكاتب التي ترسل إليك الحالات.
card-renewSoon = تنتهي صلاحية هذه البطاقة بعد { $days ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
   *[other] { $days } يومًا
}، في { $date }. جدّدها الآن لكي تستمر المكاتب في إرسال الحالات إليك.
card-expired = انتهت صلاحية هذه البطاقة في { $date }: لم يعد بإمكان المكاتب أن ترسل إليك الحالات. جدّدها وأرسل إليهم البطاقة الجديدة.
trust-renewalOf = جُدّدت بطاقة { $office }: البصمة الجديدة { $fingerprint }، موقّعة بالبطاقة التي كنت تثق بها ({ $old }).
trust-renewalAccept = استبدل البطاقة القديمة بالبطاقة المجدَّدة
trust-renewedDone = استُبدلت بطاقة { $office } في قائمة الثقة لديك بتجديدها.
trust-title = قائمة الثقة
trust-intro = المكاتب التي ترسل إليها الحالات وتستلمها منها. لا تُضف بطاقة إلا بعد مقارنة بصمتها مع صاحبها عبر الهاتف.
trust-fromFile = إضافة بطاقة من ملف…
trust-paste = أو الصق بطاقة هنا
trust-read = قراءة البطاقة الملصقة
trust-compareHint = اتصل بـ { $officer } على رقم تعرفه مسبقًا واطلب منه أن يقرأ لك بصمته. لا تثق بالبطاقة إلا إذا تطابقت كل المجموعات.
trust-confirm = البصمتان متطابقتان: الوثوق بهذه البطاقة
trust-cancel = إلغاء
trust-added = أصبح { $officer } ({ $office }) في قائمة الثقة لديك.
trust-empty = قائمة الثقة لديك فارغة.
trust-addedOn = تاريخ الإضافة
trust-state = الحالة
trust-actions = الإجراءات
trust-validUntil = صالحة حتى { $date }
trust-expiredOn = انتهت صلاحيتها في { $date }: اطلب بطاقته الجديدة
trust-revokedOn = أُلغيت في { $date }
trust-revoke = إلغاء الثقة…
trust-revokeConfirm = هل تلغي الثقة ببطاقة { $officer } ({ $office })؟ لن يُرسل إليها أي شيء بعد الآن، وستُرفض الحزم الموقّعة بها. لا يمكن التراجع عن ذلك.
trust-revokeYes = نعم، ألغِ الثقة
trust-revokedDone = أُلغيت الثقة ببطاقة { $officer } ({ $office }).
export-what = ماذا تريد أن تفعل؟
export-modeCopy = تصدير نسخة
export-modeHandover = تسليم الحالة إلى مكتب آخر
export-modeHandoverHint = مشفّرة وموقّعة؛ وتصبح الحالة للقراءة فقط على هذا الحاسوب
export-modeSheet = ورقة للشخص العائد
export-modeSheetHint = ما هي العودة، وماذا سيحدث بعد ذلك، والحق في تغيير الرأي، وبمن يتصل، والإقرار؛ بلغة الشخص
export-sheetLang = لغة الشخص العائد
export-sheetColumns = تُطبع في عمودين: لغة الشخص أولًا، و{ $lang } بجانبها.
export-sheetDeclaration = إضافة إقرار العودة الطوعية مع أسطر التوقيع
export-importHint = ما زال بالإمكان استيراد ملفات JSON القديمة. لنقل حالة بين المكاتب استخدم التسليم.
handover-intro = تُشفَّر الحالة بحيث لا يفتحها إلا المكاتب التي تختارها، وتُوقَّع ليعرفوا أنها منك.
handover-how = من يستطيع فتحها
handover-toCards = مكاتب من قائمة الثقة لديّ
handover-toPassphrase = كل من لديه عبارة مرور لمرة واحدة
handover-noCards = لا توجد في قائمة الثقة لديك بطاقة يمكنها الاستلام. أضف بطاقة المكتب من الإعدادات، أو استخدم عبارة مرور لمرة واحدة.
handover-recipients = المستلمون
handover-passphraseHint = أبلغ المكتب الآخر بعبارة المرور عبر الهاتف، ولا تضعها أبدًا في الرسالة نفسها أو على ذاكرة USB نفسها مع الملف. 12 حرفًا على الأقل.
handover-passphrase = عبارة مرور لمرة واحدة
handover-passphraseAgain = أعد كتابة عبارة المرور
handover-warning = بعد التسليم تصبح هذه الحالة للقراءة فقط على هذا الحاسوب حتى تعود.
handover-run = تسليم…
handover-working = جارٍ التشفير والتوقيع…
handover-sent = حُفظ { $file } ({ $size }).
handover-readOnlyNow = سُلّمت الحالة إلى { $recipients } وأصبحت هنا للقراءة فقط.
case-handedOver = سُلّمت إلى { $recipients } في { $date }. هذه الحالة للقراءة فقط هنا حتى تعود.
receive-open = استلام حالة مُسلَّمة…
receive-title = استلام حالة مُسلَّمة
receive-intro = اختر حزمة التسليم (.avrcase) التي أُعطيت لك. سترى من أرسلها وما تحمله قبل حفظ أي شيء.
receive-passphrase = عبارة المرور (فقط إذا أعطاك المرسل واحدة)
receive-pick = اختيار الملف…
receive-retry = فتح مرة أخرى
receive-opened = فُتحت حزمة الحالة { $number }. تحقّق من المرسل قبل الحفظ.
receive-from = أرسلها
receive-trusted = في قائمة الثقة لديك.
receive-itself = أُرسلت من هذا الحاسوب.
receive-unknown = { $officer } ليس في قائمة الثقة لديك. اتصل به على رقم تعرفه مسبقًا وقارن البصمة قبل الحفظ.
receive-compared = قارنت البصمة مع { $officer }: إنها متطابقة
receive-made = أُنشئت الحزمة في { $date }.
receive-carries = ما تحمله
receive-case = الحالة
receive-household = الأسرة
receive-persons = { $count ->
    [zero] لا أحد
    [one] شخص واحد
    [two] شخصان
    [few] { $count } أشخاص
    [many] { $count } شخصًا
   *[other] { $count } شخص
}
receive-recorded = المُسجَّل
receive-counts = الإجابات: { $answers }، الملاحظات: { $notes }
receive-consents = الموافقات
receive-consentCounts = مُعطاة: { $given }، مسحوبة: { $withdrawn }
receive-overrides = ضمانات مستثناة بإذن مشرف
receive-none = لا شيء
receive-returning = سُلّمت هذه الحالة من هنا وهي تعود الآن: ستُستبدل النسخة المخصصة للقراءة فقط على هذا الحاسوب.
receive-save = حفظ الحالة
receive-saved = استُلمت الحالة { $number } وحُفظت.

# الإعدادات › الدليل: تثبيت تحديث موقَّع للدليل (.avrbook) بعد الاطلاع على ما يغيّره.
book-title = الدليل
book-inUse = الإصدار المستخدم
book-fromApp = الدليل المرفق بالتطبيق
book-fromPackage = مثبَّت من تحديث للدليل صدر في { $date }
book-notes = ملاحظات الإصدار
book-intro = تصل تحديثات الدليل في ملف موقَّع (.avrbook)، على ذاكرة USB مثلًا. سترى ما يتغيّر قبل تثبيت أي شيء.
book-open = تثبيت تحديث للدليل…
book-showOlder = عرض هذا الإصدار الأقدم على أي حال
book-working = جارٍ فحص الحزمة…
book-previewTitle = ما يغيّره الدليل { $version }
book-fromTo = من الإصدار { $from } إلى الإصدار { $to }
book-fromAppTo = من الدليل المرفق بالتطبيق إلى الإصدار { $to }
book-publisher = موقَّع بمفتاح الناشر
book-made = صدر في { $date } · عدد الملفات: { $files } · الحجم: { $size } كيلوبايت
book-noChanges = لا تغيّر هذه الحزمة شيئًا مما يعرضه الدليل أو خطوات الحالات.
book-editionChanges = التغييرات في الطبعة { $lang }
book-countChapters = الفصول: أُضيف { $added }، وحُذف { $removed }، وعُدِّل { $changed }.
book-countSections = الأقسام: أُضيف { $added }، وحُذف { $removed }، وعُدِّل { $changed }.
book-legend = تحت الكلمات المضافة خط، وعلى الكلمات المحذوفة خط يشطبها.
book-kind-added = مضاف
book-kind-removed = محذوف
book-kind-changed = معدَّل
book-overview = المقدمة (قبل العنوان الأول)
book-insStart = نص مضاف:
book-insEnd = نهاية النص المضاف
book-delStart = نص محذوف:
book-delEnd = نهاية النص المحذوف
book-otherEditions = تتغيّر أيضًا طبعات: { $langs }.
book-workflows = خطوات الحالات والضمانات
book-workflowNew = مسار حالة جديد «{ $title }»، الإصدار { $version }
book-workflowVersion = مسار الحالة «{ $title }»، الإصدار { $version }، مقارنةً بالإصدار { $from }:
book-step-added = خطوة جديدة: { $title }
book-step-removed = خطوة محذوفة: { $title }
book-step-changed = خطوة معدَّلة: { $title }
book-field-added = سؤال جديد: { $title }
book-field-removed = سؤال محذوف: { $title }
book-field-changed = سؤال معدَّل: { $title }
book-safeguard-added = ضمانة جديدة: { $title }
book-safeguard-removed = ضمانة محذوفة: { $title }
book-safeguard-changed = ضمانة معدَّلة: { $title }
book-changedKeys = ما تغيّر: { $keys }
book-workflowsKept = تبقى الحالات المفتوحة على إصدار المسار الذي بدأت به، بخطواتها وضماناتها. وتبدأ الحالات الجديدة على الإصدار الجديد.
book-files = ملفات أخرى
book-file-added = مضاف: { $path }
book-file-removed = محذوف: { $path }
book-file-changed = معدَّل: { $path }
book-downgradeWarning = هذه الحزمة هي الإصدار { $to }، وهو ليس أحدث من الإصدار { $from } المستخدم. تثبيتها يعيد إرشادات أقدم.
book-downgradeConfirm = أريد تثبيت هذا الإصدار الأقدم.
book-cancel = إغلاق دون تثبيت
book-install = تثبيت الإصدار { $version }
book-installed = تم تثبيت الدليل { $version }.
book-rolledBack = تم الرجوع: الدليل الآن هو { $version }.
book-audited = سُجِّل ذلك في سجل التدقيق.
book-notAudited = سُجِّل ذلك في سجل التثبيت على هذا الحاسوب. سجلات الحالات مقفلة، لذا لم يُسجَّل في سجل التدقيق.
book-restartNeeded = يسري التغيير عند إعادة تشغيل التطبيق. احفظ عملك أولًا.
book-restart = إعادة تشغيل التطبيق الآن
book-versions = الإصدارات المثبَّتة
book-active = النشط
book-activeNone = الدليل المرفق بالتطبيق
book-previous = محفوظ للرجوع إليه
book-none = لا شيء
book-rollback = الرجوع إلى الإصدار السابق
book-rollbackConfirm = هل تريد الرجوع من الإصدار { $from } إلى { $to }؟
book-rollbackYes = نعم، ارجع
book-rollbackNo = لا، أبقِ هذا الإصدار
book-history = السجل
book-historyInstalled = { $date }: ثُبِّت { $to } (قبله: { $from })، مفتاح الناشر { $key }
book-historyRolledBack = { $date }: رجوع من { $from } إلى { $to }
book-noHistory = لم يُثبَّت أي تحديث للدليل على هذا الحاسوب بعد.
book-bundledShort = دليل التطبيق نفسه
