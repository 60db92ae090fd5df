# Handbook updates (.avrbook): why a package is refused, and `avr handbook keygen|pack|inspect|install|rollback|versions`.
update-too-big = handbook package: too big ({ $bytes } bytes; at most { $max }): refused, nothing was installed
update-unreadable = not a handbook package (.avrbook), or damaged: { $detail }. Nothing was installed.
update-missing-manifest = handbook package: it has no manifest.json: refused, nothing was installed
update-bad-manifest = handbook package: its manifest cannot be read ({ $detail }): refused, nothing was installed
update-unsupported-format = handbook package: format { $format } is not one this version of the app reads: refused, nothing was installed
update-bad-signature = handbook package: the publisher's signature does not match its manifest (changed after signing, or not signed): refused, nothing was installed
update-unknown-publisher = handbook package: signed with a key this app does not trust (key id { $key }): refused, nothing was installed
update-bad-path = handbook package: it holds a path that could leave the handbook folder or hide a file ({ $path }): refused, nothing was installed
update-not-a-file = handbook package: { $path } is not a plain file (a link, a folder or a device): refused, nothing was installed
update-duplicate = handbook package: { $path } appears twice: refused, nothing was installed
update-not-in-manifest = handbook package: { $path } is not listed in the signed manifest: refused, nothing was installed
update-missing-file = handbook package: { $path } is listed in the manifest but missing: refused, nothing was installed
update-hash-mismatch = handbook package: { $path } is not the file the publisher signed (its SHA-256 differs): refused, nothing was installed
update-bad-version = “{ $version }” is not a handbook version: write whole numbers separated by dots, such as 2026.2
update-not-newer = handbook package { $version } is not newer than the handbook in use ({ $current }): refused, nothing was installed. To go back to an older handbook on purpose, confirm the downgrade.
update-does-not-load = handbook package: its content does not load ({ $detail }): refused, nothing was installed
update-workflow-changed = handbook package: it edits workflow { $workflow } version { $version }, which cases may be following. A published version is never edited: the publisher must add a new version. Refused, nothing was installed.
update-workflow-removed = handbook package: it removes workflow { $workflow } version { $version }, which cases may be following: refused, nothing was installed
update-key = publisher key: { $detail }
update-io = { $path }: { $detail }
update-nothing-to-roll-back = no handbook package is installed: the handbook that came with the app is already in use

cli-book-keygen-done = Publisher key pair written. Secret key: { $secret } (keep it offline and out of the repository). Public key: { $public } (what an installation trusts).
cli-book-keygen-exists = { $file } already exists: a key is never overwritten, choose another name
cli-book-packed = { $file }: handbook { $version }, { $files } files, { $bytes } bytes, packed and signed in { $ms } ms
cli-book-header = Handbook package { $version } (in use now: { $current }), made { $made }: { $files } files, { $bytes } bytes, checked in { $ms } ms
cli-book-verified = The publisher's signature is verified and every file matches the signed manifest.
cli-book-notes = Release notes:
cli-book-downgrade = Warning: version { $version } is not newer than the handbook in use ({ $current }).
cli-book-unchanged = Nothing that the reader or the workflows show is different.
cli-book-edition = Edition { $lang }:
cli-book-chapter = { $kind ->
    [added] + chapter added: { $title } ({ $id })
    [removed] - chapter removed: { $title } ({ $id })
   *[changed] ~ chapter changed: { $title } ({ $id })
}
cli-book-section = { $kind ->
    [added] + section added: { $title }
    [removed] - section removed: { $title }
   *[changed] ~ section changed: { $title }
}
cli-book-words-legend = (in the changed sections, [-words-] were removed and {"{"}+words+{"}"} were added)
cli-book-workflow-new = Workflow { $workflow } version { $version } ({ $title }): a new workflow
cli-book-workflow-version = Workflow { $workflow } version { $version } ({ $title }), compared with version { $base }:
cli-book-workflow-same = no step or safeguard differs
cli-book-step = { $kind ->
    [added] + step added: “{ $title }” ({ $id })
    [removed] - step removed: “{ $title }” ({ $id })
   *[changed] ~ step changed: “{ $title }” ({ $id }); what differs: { $keys }
}
cli-book-safeguard = { $kind ->
    [added] + safeguard added: “{ $title }” ({ $id })
    [removed] - safeguard removed: “{ $title }” ({ $id })
   *[changed] ~ safeguard changed: “{ $title }” ({ $id }); what differs: { $keys }
}
cli-book-field = { $kind ->
    [added] + question added: “{ $title }” ({ $id })
    [removed] - question removed: “{ $title }” ({ $id })
   *[changed] ~ question changed: “{ $title }” ({ $id }); what differs: { $keys }
}
cli-book-file = { $kind ->
    [added] + file added: { $path }
    [removed] - file removed: { $path }
   *[changed] ~ file changed: { $path }
}
cli-book-ask = Install this handbook? [y/N]
cli-book-ask-downgrade = This replaces the handbook in use with an older or equal version. Install it anyway? [y/N]
cli-book-installed = Handbook { $version } installed in { $ms } ms; it is used from the next start. The handbook in use until now ({ $previous }) is kept: `avr handbook rollback` goes back to it.
cli-book-installed-first = Handbook { $version } installed in { $ms } ms; it is used from the next start. `avr handbook rollback` goes back to the handbook that came with the app.
cli-book-rolled-back = Rolled back: from the next start, handbook { $version } is used.
cli-book-rolled-back-bundled = Rolled back: from the next start, the handbook that came with the app is used.
cli-book-in-use = In use now: handbook { $version } ({ $source ->
    [installed] an installed package
   *[bundled] the handbook that came with the app
})
cli-book-active = Installed, used from the next start: { $version }
cli-book-previous = Kept for rollback: { $version }
cli-book-none-installed = No handbook package is installed.
cli-book-no-version = no version
cli-book-history = Install history (newest first):
cli-book-history-installed = { $at }: installed { $to } (before: { $from }), publisher key { $key }
cli-book-history-rolled-back = { $at }: rolled back from { $from } to { $to }
cli-book-history-bundled = the handbook that came with the app
cli-book-test-key = development build: also trusting the test publisher key in { $file }
