callout-never = أبدًا
callout-always = دائمًا
callout-decision = نقطة قرار
callout-warning = تنبيه
callout-note = ملاحظة
footnotes = الحواشي
footnote-back = العودة إلى النص
