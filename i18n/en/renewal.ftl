# Renewing an office card (issue 17): the errors and `avr identity renew`. The Settings words are in ui.ftl.
identity-forged-succession = office card: it says it renews the card of { $office } ({ $fingerprint }) on your trust list, but that card did not sign the renewal: it is not accepted as a renewal. Treat it as an unknown card and compare its fingerprint with the office by phone.
identity-succession-revoked = office card: it says it renews the card { $fingerprint } ({ $office }), which was revoked on this installation: it is not accepted as a renewal. Compare its fingerprint with the office by phone before trusting it.
identity-succession-expired = office card: it says it renews the card { $fingerprint } ({ $office }), which expired on { $expired }: an expired card cannot vouch for a new one. Compare its fingerprint with the office by phone before trusting it.
cli-identity-renew-explain = Renewing makes new keys and a new office card, valid for two years. Your fingerprint changes: send the new card again to the offices that send you cases. Offices that trust your current card ({ $fingerprint }) can check the new one against it without a phone call. Packages already sent to your current card still open here until { $expires }.
cli-identity-renew-ask = Renew this installation's office card? [y/N]
cli-identity-renewed = office card renewed: new fingerprint { $fingerprint } (it was { $old }), valid until { $expires }. Write it with `avr identity show -o FILE` and send it to the offices that send you cases.
cli-identity-renewal-of = { $office }'s card was renewed: new fingerprint { $fingerprint }, signed by the card you trusted ({ $old }).
identity-succession-damaged = its renewal statement { $part ->
    [other-card] names another card than the one that carries it
    [date] has no date written YYYY-MM-DD
    [key] does not name a signing key
    [signature] has no readable signature
   *[changed] does not match its signature (it was changed)
}: refused
identity-renewal-mismatch = the signing key given is not the key of the card being renewed
identity-renewal-randomness = new keys could not be made: the system gave no randomness ({ $detail })
identity-renewal-unwritten = the renewal statement could not be written ({ $detail })
identity-renewal-read-back = the renewed card does not read back as it was made
identity-renewal-damaged = the renewal statement kept with the keys is damaged
identity-renewed-key-damaged = the kept key of the renewed card { $fingerprint } is damaged
identity-nothing-to-renew = there is no office card to renew yet
identity-not-kept = the new keys were not saved
