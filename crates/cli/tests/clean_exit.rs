//! The process never ends abnormally: `main` returns while background threads (the page warm-up after
//! unlocking, the integrity check) may still be at work inside SQLCipher, and a crash there could dump the
//! passphrase and decrypted pages. The api locks the store and joins its threads before the process exits.
//! CI runs 50 commands two at a time (load); `AVR_EXIT_RUNS=500` for the stress run.

#![allow(clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Stdio};

const PASSPHRASE: &str = "quay-side laptop 42";

fn avr(data: &Path, args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_avr"));
    c.args(args)
        .env("AVR_DATA_DIR", data)
        .env(
            "AVR_HANDBOOK_DIR",
            Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook"),
        )
        .env("AVR_PASSPHRASE", PASSPHRASE)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

#[test]
fn the_command_line_never_ends_abnormally_however_often_it_runs() {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let data = tmp.path();
    let ok = avr(
        data,
        &["store", "init", "--name", "Amina Diallo", "--office", "Pozzallo"],
    )
    .status()
    .expect("avr runs");
    assert!(ok.success(), "the store is created");
    for i in 0..30 {
        let name = format!("Person{i}");
        let ok = avr(
            data,
            &["case", "new", "--given-names", &name, "--family-name", "Tesfaye"],
        )
        .status()
        .expect("avr runs");
        assert!(ok.success(), "case {i} is created");
    }
    let runs: usize = std::env::var("AVR_EXIT_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let commands: [&[&str]; 3] = [&["audit", "verify"], &["cases", "list"], &["case", "show", "1"]];
    let mut abnormal = Vec::new();
    for pair in 0..runs.div_ceil(2) {
        let children: Vec<_> = (0..2)
            .map(|k| {
                let args = commands[(pair * 2 + k) % commands.len()];
                (args, avr(data, args).spawn().expect("avr starts"))
            })
            .collect();
        for (args, child) in children {
            let out = child.wait_with_output().expect("avr ends");
            if out.status.code() != Some(0) {
                abnormal.push(format!(
                    "avr {args:?}: {:?} {}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr)
                ));
            }
        }
    }
    assert!(
        abnormal.is_empty(),
        "{} of {runs} runs ended abnormally (a signal means a crash at exit): {abnormal:#?}",
        abnormal.len()
    );
}

#[test]
#[cfg(unix)]
fn everything_the_app_writes_is_readable_by_its_owner_only() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("a temp folder");
    let data = tmp.path().join("data");
    let ok = avr(
        &data,
        &["store", "init", "--name", "Amina Diallo", "--office", "Pozzallo"],
    )
    .status()
    .expect("avr runs");
    assert!(ok.success(), "the store is created");
    let out = tmp.path().join("export.md");
    let status = avr(
        &data,
        &[
            "case",
            "new",
            "--given-names",
            "Yonas",
            "--family-name",
            "Tesfaye",
        ],
    )
    .status()
    .expect("avr runs");
    assert!(status.success());
    let status = avr(
        &data,
        &[
            "export",
            "1",
            "--format",
            "md",
            "-o",
            out.to_str().expect("UTF-8"),
        ],
    )
    .status()
    .expect("avr runs");
    assert!(status.success(), "the export is written");
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&data), 0o700, "the data folder is the owner's only");
    assert_eq!(mode(&out), 0o600, "an export is the owner's only");
    let mut checked = 0;
    for entry in std::fs::read_dir(&data).expect("read").flatten() {
        let p = entry.path();
        if p.is_file() {
            assert_eq!(mode(&p), 0o600, "{} is the owner's only", p.display());
            checked += 1;
        }
    }
    assert!(checked >= 2, "the store and its salts were checked");
}
