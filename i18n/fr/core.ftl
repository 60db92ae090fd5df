workflow-required-default = Répondez : { $label }
