//! A case handed over with `avr` alone between two data folders, as two offices would: each makes its card,
//! they trust each other's after comparing fingerprints, one sends, the other looks and saves; the sender's copy
//! is read-only. Runs the real binary on the real handbook and two real encrypted stores.

#![allow(clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const PASSPHRASE: &str = "quay-side laptop 42";

struct Office {
    data: tempfile::TempDir,
}

impl Office {
    fn new(name: &str, office: &str) -> Office {
        let o = Office {
            data: tempfile::tempdir().expect("a temp data folder"),
        };
        o.ok(&["store", "init", "--name", name, "--office", office], None);
        o
    }

    fn file(&self, name: &str) -> PathBuf {
        self.data.path().join(name)
    }

    fn run(&self, args: &[&str], stdin: Option<&str>) -> Output {
        use std::io::Write as _;
        let mut child = Command::new(env!("CARGO_BIN_EXE_avr"))
            .args(args)
            .env("AVR_DATA_DIR", self.data.path())
            .env(
                "AVR_HANDBOOK_DIR",
                Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook"),
            )
            .env("AVR_PASSPHRASE", PASSPHRASE)
            .env("AVR_LANG", "en")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the avr binary starts");
        if let Some(text) = stdin {
            child
                .stdin
                .take()
                .expect("stdin is piped")
                .write_all(text.as_bytes())
                .expect("standard input is written");
        }
        drop(child.stdin.take());
        child.wait_with_output().expect("avr runs to the end")
    }

    #[track_caller]
    fn ok(&self, args: &[&str], stdin: Option<&str>) -> String {
        let out = self.run(args, stdin);
        assert!(
            out.status.success(),
            "avr {args:?} must succeed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Run and expect a clean refusal (exit 1); returns standard output and error together.
    #[track_caller]
    fn refused(&self, args: &[&str], stdin: Option<&str>) -> String {
        let out = self.run(args, stdin);
        assert_eq!(
            out.status.code(),
            Some(1),
            "avr {args:?} must be refused with exit 1, never a crash"
        );
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    }

    fn card(&self) -> (PathBuf, String) {
        let path = self.file("office.avrcard");
        self.ok(
            &["identity", "show", "-o", path.to_str().expect("UTF-8 path")],
            None,
        );
        let shown = self.ok(&["identity", "show"], None);
        let fingerprint = shown
            .lines()
            .find_map(|l| l.strip_prefix("Fingerprint: "))
            .expect("the fingerprint is shown")
            .to_owned();
        (path, fingerprint)
    }
}

#[test]
fn a_case_goes_from_one_office_to_another_with_the_command_line_alone() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    let household = r#"{"persons": [
        {"given_names": "Yonas", "family_name": "Tesfaye", "relationship": "principal"},
        {"given_names": "Selam", "family_name": "Tesfaye", "relationship": "daughter"}
    ]}"#;
    let case = lampedusa
        .ok(&["case", "new", "--json", "-"], Some(household))
        .lines()
        .next()
        .expect("the case number comes first")
        .to_owned();
    lampedusa.ok(&["case", "answer", &case, "fear_of_return", "no"], None);

    let (lampedusa_card, lampedusa_fp) = lampedusa.card();
    let (rome_card, rome_fp) = rome.card();
    let card = |p: &PathBuf| p.to_str().expect("UTF-8 path").to_owned();

    // Trusting asks, shows the fingerprint, and does nothing on "no".
    let said_no = lampedusa.refused(&["identity", "trust", &card(&rome_card)], Some("n\n"));
    assert!(
        said_no.contains(&rome_fp),
        "the fingerprint to compare is shown: {said_no}"
    );
    assert!(
        lampedusa.ok(&["identity", "list"], None).contains("empty"),
        "a card declined is not trusted"
    );
    lampedusa.ok(&["identity", "trust", &card(&rome_card)], Some("y\n"));
    assert!(
        lampedusa.ok(&["identity", "list"], None).contains(&rome_fp),
        "Rome is on Lampedusa's list"
    );

    // Sending to a card that is not trusted is refused.
    let (_, tunis_fp) = Office::new("Sami Ben Ali", "Tunis").card();
    let err = lampedusa.refused(
        &["handover", "send", &case, "--to", &tunis_fp, "-o", "x.avrcase"],
        None,
    );
    assert!(err.contains("not on this installation's trust list"), "{err}");

    let package = lampedusa.file("case.avrcase");
    let sent = lampedusa.ok(
        &[
            "handover",
            "send",
            &case,
            "--to",
            &card(&rome_card),
            "-o",
            package.to_str().expect("UTF-8"),
        ],
        None,
    );
    assert!(
        sent.contains("read-only"),
        "the sender is told the case is now read-only: {sent}"
    );
    let err = lampedusa.refused(&["case", "answer", &case, "fear_of_return", "yes"], None);
    assert!(
        err.contains("handed over"),
        "an answer to a case handed over is refused, saying why: {err}"
    );

    // Rome does not know Lampedusa yet: --yes alone is not enough, a wrong --sender is refused.
    let pkg = package.to_str().expect("UTF-8 path");
    let err = rome.refused(&["handover", "receive", pkg, "--yes"], None);
    assert!(err.contains(&lampedusa_fp) && err.contains("--sender"), "{err}");
    let err = rome.refused(&["handover", "receive", pkg, "--yes", "--sender", &rome_fp], None);
    assert!(err.contains("does not match"), "{err}");
    let declined = rome.refused(&["handover", "receive", pkg], Some("n\n"));
    assert!(
        declined.contains(&case)
            && declined.contains("Household: 2")
            && declined.contains("NOT on your trust list"),
        "what the package carries and who sent it are shown before the question: {declined}"
    );
    assert!(
        !rome.ok(&["cases", "list"], None).contains(&case),
        "nothing saved on no"
    );

    rome.ok(&["identity", "trust", &card(&lampedusa_card), "--yes"], None);
    let received = rome.ok(&["handover", "receive", pkg], Some("y\n"));
    assert!(
        received.contains("on your trust list") && received.contains("saved"),
        "{received}"
    );
    let shown = rome.ok(&["case", "show", &case, "--json"], None);
    assert_eq!(
        shown.matches("\"relationship\"").count(),
        2,
        "the household arrived"
    );
    assert!(shown.contains("fear_of_return"), "the answers arrived");
    let again = rome.refused(&["handover", "receive", pkg, "--yes"], None);
    assert!(
        again.contains("already exists"),
        "a second receipt is refused: {again}"
    );
    let damaged = rome.file("damaged.avrcase");
    let mut bytes = std::fs::read(&package).expect("the package");
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    std::fs::write(&damaged, bytes).expect("a damaged copy");
    let err = rome.refused(
        &["handover", "receive", damaged.to_str().expect("UTF-8"), "--yes"],
        None,
    );
    assert!(err.contains("signature does not match"), "{err}");
}

#[test]
fn renewing_the_card_asks_first_and_an_office_that_trusted_it_takes_the_new_one() {
    let lampedusa = Office::new("Lena Ortiz", "Lampedusa");
    let rome = Office::new("Omar Haddad", "Rome");
    let (old_card, old_fp) = rome.card();
    let path = |p: &PathBuf| p.to_str().expect("UTF-8 path").to_owned();
    lampedusa.ok(&["identity", "trust", "--yes", &path(&old_card)], None);

    // Asked, and "no" changes nothing.
    let said_no = rome.refused(&["identity", "renew"], Some("n\n"));
    assert!(
        said_no.contains(&old_fp) && said_no.contains("still open here"),
        "the question explains what renewing does, naming the current card: {said_no}"
    );
    assert_eq!(rome.card().1, old_fp, "a renewal declined keeps the card");

    let done = rome.ok(&["identity", "renew", "--yes"], None);
    let (new_card, new_fp) = rome.card();
    assert_ne!(new_fp, old_fp, "the renewed card has a new fingerprint");
    assert!(
        done.contains(&new_fp) && done.contains(&old_fp),
        "the command says the new fingerprint and the old one: {done}"
    );

    // No question needed on the other side: the renewal is signed by the card Lampedusa trusted.
    let trusted = lampedusa.ok(&["identity", "trust", &path(&new_card)], None);
    assert!(
        trusted.contains("Rome's card was renewed")
            && trusted.contains(&new_fp)
            && trusted.contains("signed by the card you trusted"),
        "trusting reports the verified renewal: {trusted}"
    );
    let list = lampedusa.ok(&["identity", "list"], None);
    assert!(
        list.contains(&new_fp) && !list.contains(&old_fp),
        "the new card replaced the old one on the list: {list}"
    );
}
