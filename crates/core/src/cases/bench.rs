//! `avr bench cases`: the case store on SQLCipher side by side with the same schema and code on plain SQLite
//! (no key), in the same run, on the same generated cases (fixed seed). Reports medians and p99 of a durable
//! answer save, opening a case, a filtered and sorted list page, a name search, unlocking, and bulk import rate.
//! Run it on a release build: debug builds of SQLite and OpenSSL are several times slower.

use crate::stats::percentile;
use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use super::model::{CaseFilter, CaseSort, CaseStatus, IntegrityStatus, NewCase, NewPerson};
use super::store::{CaseStore, StoreOptions};
use super::{CaseError, Result};

const PASSPHRASE: &str = "benchmark passphrase, not secret";
const STAGES: &[&str] = &[
    "intake",
    "screening",
    "counselling",
    "documents",
    "travel",
    "reintegration",
];
const FLAGS: &[&str] = &["uasc", "medical", "trafficking", "family-tracing"];
const GIVEN: &[&str] = &[
    "Amadou",
    "Fatoumata",
    "Mohamed",
    "Aisha",
    "Ibrahim",
    "Mariam",
    "محمد",
    "فاطمة",
    "Yusuf",
    "Awa",
];
const FAMILY: &[&str] = &[
    "Diallo",
    "Traoré",
    "Camara",
    "Keita",
    "Haidara",
    "الفاسي",
    "Sow",
    "Bah",
    "Touré",
    "Conté",
];
/// 2026-03-10T09:00:00Z.
const T0: i64 = 1_773_133_200_000;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn synthetic_case(rng: &mut Rng) -> NewCase {
    let members = 1 + rng.below(4);
    NewCase {
        workflow_id: "avr-standard".into(),
        workflow_version: 1,
        handbook_version: "bench".into(),
        stage: STAGES[rng.below(STAGES.len())].into(),
        persons: (0..members)
            .map(|i| NewPerson {
                given_names: GIVEN[rng.below(GIVEN.len())].into(),
                family_name: FAMILY[rng.below(FAMILY.len())].into(),
                other_names: String::new(),
                date_of_birth: Some(format!(
                    "{}-0{}-1{}",
                    1970 + rng.below(50),
                    1 + rng.below(9),
                    rng.below(10)
                )),
                dob_estimated: false,
                sex: None,
                nationality: Some("GIN".into()),
                relationship: if i == 0 { "principal" } else { "child" }.into(),
            })
            .collect(),
        flags: if rng.below(5) == 0 {
            vec![FLAGS[rng.below(FLAGS.len())].to_owned()]
        } else {
            Vec::new()
        },
        disembarked_on: Some("2026-01-15".into()),
        due_on: Some(format!("2026-0{}-1{}", 4 + rng.below(5), rng.below(10))),
    }
}

#[derive(Default)]
struct Timings {
    samples: Vec<f64>,
}

impl Timings {
    fn time<T>(&mut self, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let t = Instant::now();
        let out = f()?;
        self.samples.push(t.elapsed().as_secs_f64() * 1e3);
        Ok(out)
    }

    fn stats(&mut self) -> (f64, f64) {
        self.samples.sort_by(f64::total_cmp);
        (percentile(&self.samples, 50.0), percentile(&self.samples, 99.0))
    }
}

struct Variant {
    name: &'static str,
    import_rows_per_s: f64,
    import_cases_per_s: f64,
    unlock_empty: (f64, f64),
    key_only: (f64, f64),
    unlock_full: (f64, f64),
    check_full: (f64, f64),
    save: (f64, f64),
    /// The background warm-up after unlocking, until done (ms).
    warm_ms: f64,
    open: (f64, f64),
    list: (f64, f64),
    search: (f64, f64),
    file_mb: f64,
}

fn options() -> StoreOptions {
    StoreOptions {
        keep_backups: 2,
        auto_backup_every_ms: None,
    }
}

fn open(dir: &Path, encrypted: bool, now: i64) -> Result<CaseStore> {
    if encrypted {
        CaseStore::unlock_with(dir, PASSPHRASE, now, options())
    } else {
        CaseStore::unlock_unencrypted(dir, now, options())
    }
}

fn create(dir: &Path, encrypted: bool, now: i64) -> Result<CaseStore> {
    if encrypted {
        CaseStore::create_with(dir, PASSPHRASE, now, options())
    } else {
        CaseStore::create_unencrypted(dir, now, options())
    }
}

fn measure(root: &Path, name: &'static str, encrypted: bool, n_cases: usize) -> Result<Variant> {
    let dir = root.join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| CaseError::io(&dir, e))?;
    }
    let mut now = T0;
    let store = create(&dir, encrypted, now)?;
    store.set_staff_profile("Benchmark", "Bench office", now)?;
    drop(store);

    let mut unlock_empty = Timings::default();
    for _ in 0..5 {
        now += 1;
        drop(unlock_empty.time(|| open(&dir, encrypted, now))?);
    }

    let store = open(&dir, encrypted, now)?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut rows = 0usize;
    let t = Instant::now();
    let mut left = n_cases;
    while left > 0 {
        let batch: Vec<NewCase> = (0..left.min(1000)).map(|_| synthetic_case(&mut rng)).collect();
        // case + persons + flags + audit event
        rows += batch
            .iter()
            .map(|c| 2 + c.persons.len() + c.flags.len())
            .sum::<usize>();
        now += 1;
        store.import_cases(&batch, now)?;
        left -= batch.len();
    }
    let secs = t.elapsed().as_secs_f64().max(1e-9);
    let ids = n_cases.max(1) as u64;

    let mut save = Timings::default();
    for i in 0..200 {
        let id = 1 + (rng.next() % ids) as i64;
        now += 1;
        let value = serde_json::json!({ "answer": i, "note": "benchmark" });
        save.time(
            || match store.save_answer(id, &format!("bench.q{i}"), &value, now) {
                Err(CaseError::CaseNotOpen { .. }) => Ok(()),
                other => other,
            },
        )?;
    }
    // Reads are measured as the app makes them: after unlocking, with the background warm-up done.
    store.lock()?;
    now += 1;
    let store = open(&dir, encrypted, now)?;
    // The start-up check reads the whole file on its own connection: let it finish rather than share the CPU.
    store.wait_for_integrity();
    let t = Instant::now();
    store.warm_all()?;
    let warm_ms = t.elapsed().as_secs_f64() * 1e3;
    let mut open_case = Timings::default();
    // Reads are cheap: take enough samples that p99 is not the second-worst of a handful.
    for _ in 0..20_000 {
        let id = 1 + (rng.next() % ids) as i64;
        open_case.time(|| store.case(id))?;
    }
    let mut list = Timings::default();
    for i in 0..100 {
        let filter = CaseFilter {
            status: Some(CaseStatus::Open),
            stage: Some(STAGES[i % STAGES.len()].to_owned()),
            flags: if i % 4 == 0 {
                vec![FLAGS[i % FLAGS.len()].to_owned()]
            } else {
                Vec::new()
            },
            sort: if i % 2 == 0 {
                CaseSort::UpdatedDesc
            } else {
                CaseSort::DueAsc
            },
            limit: 50,
            ..CaseFilter::default()
        };
        list.time(|| store.list_cases(&filter))?;
    }
    let mut search = Timings::default();
    for i in 0..100 {
        let filter = CaseFilter {
            text: Some(format!(
                "{} {}",
                &GIVEN[i % GIVEN.len()],
                FAMILY[(i / 3) % FAMILY.len()]
            )),
            limit: 50,
            ..CaseFilter::default()
        };
        search.time(|| store.list_cases(&filter))?;
    }
    store.lock()?;
    let file_mb = std::fs::metadata(dir.join(super::DB_FILE)).map_or(0.0, |m| m.len() as f64 / 1e6);

    let mut unlock_full = Timings::default();
    let mut check_full = Timings::default();
    let mut key_only = Timings::default();
    for _ in 0..5 {
        now += 1;
        let t = Instant::now();
        let store = unlock_full.time(|| open(&dir, encrypted, now))?;
        // The full quick_check runs on its own connection after unlocking returned: time it to its end.
        match store.wait_for_integrity() {
            IntegrityStatus::Ok => check_full.samples.push(t.elapsed().as_secs_f64() * 1e3),
            other => {
                return Err(CaseError::invalid(
                    "benchmark",
                    format!("start-up check: {other:?}"),
                ));
            }
        }
        store.lock()?;
        key_only.time(|| CaseStore::derive_key_only(&dir, encrypted.then_some(PASSPHRASE)))?;
    }
    Ok(Variant {
        name,
        import_rows_per_s: rows as f64 / secs,
        import_cases_per_s: n_cases as f64 / secs,
        unlock_empty: unlock_empty.stats(),
        key_only: key_only.stats(),
        unlock_full: unlock_full.stats(),
        check_full: check_full.stats(),
        save: save.stats(),
        warm_ms,
        open: open_case.stats(),
        list: list.stats(),
        search: search.stats(),
        file_mb,
    })
}

/// Run the benchmark in `dir` (two sub-folders are created and replaced) with `n_cases` generated cases.
pub fn run(dir: &Path, n_cases: usize) -> Result<String> {
    let enc = measure(dir, "sqlcipher", true, n_cases)?;
    let plain = measure(dir, "plain-sqlite", false, n_cases)?;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "case store, {n_cases} generated cases: SQLCipher 4 (PBKDF2-HMAC-SHA512, 256000 iterations) vs plain SQLite, same schema"
    );
    let _ = writeln!(out, "{:<44} {:>22} {:>22}", "", enc.name, plain.name);
    // Sub-millisecond figures in whole microseconds, so a 50 µs target can be read off.
    let dur = |ms: f64| {
        if ms < 1.0 {
            format!("{:.0} µs", ms * 1000.0)
        } else {
            format!("{ms:.2} ms")
        }
    };
    let row = |out: &mut String, label: &str, a: (f64, f64), b: (f64, f64)| {
        let _ = writeln!(
            out,
            "{label:<44} {:>22} {:>22}",
            format!("{} / {}", dur(a.0), dur(a.1)),
            format!("{} / {}", dur(b.0), dur(b.1))
        );
    };
    let _ = writeln!(out, "{:<44} {:>22} {:>22}", "(median / p99)", "", "");
    row(
        &mut out,
        "unlock, empty store (key derivation)",
        enc.unlock_empty,
        plain.unlock_empty,
    );
    row(
        &mut out,
        "  of which: open, key, read schema",
        enc.key_only,
        plain.key_only,
    );
    row(
        &mut out,
        "unlock at full size (shallow check)",
        enc.unlock_full,
        plain.unlock_full,
    );
    row(
        &mut out,
        "  + background quick_check, until done",
        enc.check_full,
        plain.check_full,
    );
    let _ = writeln!(
        out,
        "{:<44} {:>22} {:>22}",
        "  + background page warm-up, until done",
        dur(enc.warm_ms),
        dur(plain.warm_ms)
    );
    row(
        &mut out,
        "durable answer save (synchronous=FULL)",
        enc.save,
        plain.save,
    );
    row(&mut out, "open a case (all records)", enc.open, plain.open);
    row(
        &mut out,
        "list page: 50 rows, filtered + sorted",
        enc.list,
        plain.list,
    );
    row(
        &mut out,
        "search by name (FTS5), 50 rows",
        enc.search,
        plain.search,
    );
    let _ = writeln!(
        out,
        "{:<44} {:>22} {:>22}",
        "bulk import",
        format!("{:.0} rows/s", enc.import_rows_per_s),
        format!("{:.0} rows/s", plain.import_rows_per_s)
    );
    let _ = writeln!(
        out,
        "{:<44} {:>22} {:>22}",
        "",
        format!("{:.0} cases/s", enc.import_cases_per_s),
        format!("{:.0} cases/s", plain.import_cases_per_s)
    );
    let _ = writeln!(
        out,
        "{:<44} {:>22} {:>22}",
        "database file",
        format!("{:.1} MB", enc.file_mb),
        format!("{:.1} MB", plain.file_mb)
    );
    let _ = writeln!(
        out,
        "targets: unlock ≤ 250 ms; at p99 durable save ≤ 10 ms, open a case ≤ 50 µs, list page ≤ 1 ms; import ≥ 70k rows/s"
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_case_benchmark_runs_and_reports_both_engines() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        // `AVR_CASES_BENCH_N=100000` runs it at full size (slow in a debug build; prefer `avr bench cases`).
        let n = std::env::var("AVR_CASES_BENCH_N")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(120);
        let report = super::run(dir.path(), n).unwrap_or_else(|e| panic!("{e}"));
        println!("{report}");
        assert!(
            report.contains("sqlcipher") && report.contains("plain-sqlite"),
            "{report}"
        );
        assert!(report.contains("rows/s") && report.contains("p99"), "{report}");
    }
}
