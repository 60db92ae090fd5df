# The command line's own refusals around cases, options and files (`--lang`, else $AVR_LANG, else $LANG). Option
# names and their values (`--status open`) stay as they are typed.
cli-reading-passphrase = reading the passphrase: { $error }
cli-passphrase-needed = give the passphrase in AVR_PASSPHRASE or on standard input
cli-no-case = no case { $case }
cli-status-option = --status { $value }: use open or closed
cli-workflow-problems = { $dir }: { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
cli-reading-stdin = reading standard input: { $error }
cli-decision-option = --decision { $value }: use given or withdrawn
cli-no-member = --person { $position }: no household member at that position
cli-stdout-failed = standard output: { $error }
cli-blank-format = --blank: use --format pdf or --format md
cli-all-format = --all: use --format csv
cli-not-an-edition = { $dir }: not an edition folder
