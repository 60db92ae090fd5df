workflow-required-default = أجب عن هذا السؤال: { $label }
