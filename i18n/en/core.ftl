# Sentences the core builds around a workflow's own texts.
workflow-required-default = Answer this: { $label }
