shell-save-title = حفظ الملف المُصدَّر
shell-import-title = اختر ملف حالة مُصدَّرًا لاستيراده
shell-json-filter = ملف حالة مُصدَّر (JSON)
shell-card-title = اختر بطاقة مكتب
shell-card-filter = بطاقة مكتب (.avrcard)
shell-package-title = اختر حزمة تسليم لاستلامها
shell-package-filter = حزمة تسليم (.avrcase)
