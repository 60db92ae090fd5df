shell-save-title = حفظ الملف المُصدَّر
shell-import-title = اختر ملف حالة مُصدَّرًا لاستيراده
shell-json-filter = ملف حالة مُصدَّر (JSON)
