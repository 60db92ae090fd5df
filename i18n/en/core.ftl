# Sentences the core builds around a workflow's own texts.
workflow-required-default = Answer this: { $label }

# Choosing a passphrase (first run, change): why one is refused, and zxcvbn's advice.
passphrase-too-short = The passphrase must be at least { $min } characters long; this one has { $chars }.
passphrase-too-weak = This passphrase is too easy to guess (strength { $score } of 4; at least { $min } is needed).
passphrase-warning-key-rows = Straight rows of keys are easy to guess.
passphrase-warning-keyboard-patterns = Short keyboard patterns are easy to guess.
passphrase-warning-repeats = Repeated characters like “aaa” are easy to guess.
passphrase-warning-repeated-groups = Repeats like “abcabcabc” are only slightly harder to guess than “abc”.
passphrase-warning-common = This is one of the most common passwords.
passphrase-warning-similar-to-common = This is close to a commonly used password.
passphrase-warning-sequences = Sequences like “abc” or “6543” are easy to guess.
passphrase-warning-recent-years = Recent years are easy to guess.
passphrase-warning-single-word = A word on its own is easy to guess.
passphrase-warning-dates = Dates are often easy to guess.
passphrase-warning-names = Names and surnames are easy to guess.
passphrase-suggest-few-words = Use a few words that do not belong together; avoid common phrases.
passphrase-suggest-no-symbols-needed = Symbols, digits and capital letters are not needed.
passphrase-suggest-another-word = Add another word or two; uncommon words are better.
passphrase-suggest-capitals = Capital letters do not help much.
passphrase-suggest-reversed = Words spelt backwards are not much harder to guess.
passphrase-suggest-substitutions = Predictable substitutions like “@” for “a” do not help much.
passphrase-suggest-keyboard = Use a longer keyboard pattern with more turns.
passphrase-suggest-repeats = Avoid repeated words and characters.
passphrase-suggest-sequences = Avoid sequences.
passphrase-suggest-dates = Avoid dates and years that are linked to you.

# Readiness for departure: what the engine finds for each dated record and requirement of a workflow's
# [departure] (field labels and safeguard titles come from the workflow, in the same language).
readiness-safeguards-label = No safeguard stops the departure
readiness-no-planned-date = no planned departure date
readiness-not-recorded = { $field } not recorded
readiness-after-departure = { $field } { $date } is after the planned departure { $planned }
readiness-before-departure = { $field } { $date } is before the planned departure { $planned }
readiness-covers = covers the departure
readiness-covers-dated = dated { $dated }: covers the departure
readiness-covers-until = valid until { $until }: covers the departure
readiness-covers-dated-until = dated { $dated }, valid until { $until }: covers the departure
readiness-holds = holds
readiness-does-not-hold = does not hold
readiness-unknown = not yet known: answers are missing
readiness-no-safeguard-blocks = no safeguard blocks the departure step
readiness-blocked-by = blocked by: { $safeguards }
readiness-overridden = overridden by a supervisor: { $safeguards }
readiness-step-hidden = the departure step is not shown for these answers
readiness-separator = {"; "}
