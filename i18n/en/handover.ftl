# `avr identity` and `avr handover`: office cards, the trust list and cases handed over between offices.
cli-identity-card = This installation's office card: { $officer }, { $office } (keys made { $created }, valid until { $expires })
cli-identity-fingerprint = Fingerprint: { $fingerprint }
cli-identity-card-written = card written to { $file }: give it to the offices that send you cases, and read them the fingerprint by phone
cli-identity-compare = Card of { $officer }, { $office }. Fingerprint: { $fingerprint }
    Call { $officer } and have them read their fingerprint to you: trust the card only if it is the same.
cli-identity-trust-ask = Trust this card? [y/N]
cli-identity-trusted = trusted: { $officer }, { $office } ({ $fingerprint })
cli-identity-list-empty = the trust list is empty: add an office's card with `avr identity trust FILE`
cli-identity-revoked-on = revoked { $date }
cli-identity-revoked = revoked: { $officer }, { $office } ({ $fingerprint }); packages signed with this card are refused from now on
cli-nothing-done = nothing was done
cli-handover-no-passphrase = the environment variable { $var } is empty or not set: put the one-off passphrase there
cli-handover-sent = { $case } sealed for { $recipients }: { $file } ({ $bytes } bytes, { $ms } ms). The case is read-only here until it comes back.
cli-handover-from = From: { $officer }, { $office }; fingerprint { $fingerprint } ({ $trust })
cli-handover-trusted = on your trust list
cli-handover-unknown = NOT on your trust list: compare the fingerprint with the sender by phone before saving
cli-handover-itself = this installation
cli-handover-case = Case { $case } ({ $principal }), stage: { $stage }; package made { $made }
cli-handover-carries = Household: { $household } · answers: { $answers } · notes: { $notes } · consents given: { $given }, withdrawn: { $withdrawn }
cli-handover-overrides = Safeguards overridden: { $list }
cli-handover-no-overrides = Safeguards overridden: none
cli-handover-returning = This case was handed over from here and is coming back: the read-only copy here will be replaced by this one.
cli-handover-ask = Save this case? [y/N]
cli-handover-ask-unknown = The sender is not on your trust list. Have you compared the fingerprint with them, and do you want to save this case? [y/N]
cli-handover-unknown-needs-sender = the sender is not on your trust list: compare the fingerprint with them and give it as --sender "{ $fingerprint }", or trust their card first
cli-handover-sender-mismatch = --sender does not match the package's sender ({ $fingerprint }): refused, nothing was saved
cli-handover-received = saved { $case } (id { $id })
