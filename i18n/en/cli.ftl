# The `avr` command line's own sentences (`--lang`, else $AVR_LANG, else $LANG).
cli-error = error: { $message }
cli-search-did-you-mean = did you mean: { $suggestion }
cli-search-none = no matches.
cli-search-closest = closest chapter: { $title } ({ $id })
cli-cases-count = { $count ->
    [one] 1 case
   *[other] { $count } cases
}
cli-store-created = case store created in { $dir }
cli-restored = restored { $file }; the previous database was kept aside
cli-audit-intact = audit log intact: { $events } events, head { $head }
cli-stop-for-members = holds for household members: { $names }
