# Words the handbook reader writes itself around the chapters' own text (the edition's language).
callout-never = Never
callout-always = Always
callout-decision = Decision point
callout-warning = Warning
callout-note = Note
footnotes = Notes
footnote-back = Back to text
