# Les refus propres à la ligne de commande autour des dossiers, des options et des fichiers (`--lang`, sinon
# $AVR_LANG, sinon $LANG). Les noms des options et leurs valeurs (`--status open`) restent tels qu'on les tape.
cli-reading-passphrase = lecture de la phrase secrète impossible : { $error }
cli-passphrase-needed = donnez la phrase secrète dans AVR_PASSPHRASE ou sur l'entrée standard
cli-no-case = aucun dossier { $case }
cli-status-option = --status { $value } : utilisez open ou closed
cli-workflow-problems = { $dir } : { $count ->
    [one] 1 problème
   *[other] { $count } problèmes
}
cli-reading-stdin = lecture de l'entrée standard impossible : { $error }
cli-decision-option = --decision { $value } : utilisez given ou withdrawn
cli-no-member = --person { $position } : aucun membre du ménage à cette position
cli-stdout-failed = sortie standard : { $error }
cli-blank-format = --blank : utilisez --format pdf ou --format md
cli-all-format = --all : utilisez --format csv
cli-not-an-edition = { $dir } : ce n'est pas le dossier d'une édition
