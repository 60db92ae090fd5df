workflow-required-default = Responda: { $label }
