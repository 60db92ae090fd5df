callout-never = Jamais
callout-always = Toujours
callout-decision = Point de décision
callout-warning = Attention
callout-note = Remarque
footnotes = Notes
footnote-back = Retour au texte
