//! `avr bench export`: export speed through the real api, over a real encrypted case database in a temp folder
//! and the real workflow. Every export is the whole path a user triggers: read the case, evaluate the
//! workflow, build the checklist, render, write the file atomically (fsync, rename) and audit it.
//!
//! Targets (issue #7): one case to PDF ≤ 50 ms; 1,000 cases to CSV ≤ 1 s.

use std::fmt::Write as _;
use std::path::Path;
use std::time::Instant;

use crate::api::{
    Api, ApiConfig, CaseFilter, CaseListExport, ExportFormat, ExportRequest, NewCaseRequest, PageSize,
    StaffProfile,
};
use crate::stats::percentile;
use crate::{Error, Result};

/// A case with enough in it to fill two pages: a name in Arabic script and answers across the stages.
fn seed_case(api: &Api, i: usize) -> Result<i64> {
    let view = api.case_create(&NewCaseRequest {
        given_names: format!("Amina {i}"),
        family_name: "Yusuf".into(),
        other_names: "أمينة يوسف".into(),
        disembarked_on: Some("2026-11-18".into()),
    })?;
    let id = view.record.summary.id;
    let answers = [
        ("arrival_mode", serde_json::json!("rescued")),
        ("medical_urgent", serde_json::json!(false)),
        ("fear_of_return", serde_json::json!(false)),
    ];
    for (field, value) in answers {
        api.case_answer(id, field, &value)?;
    }
    Ok(id)
}

fn ms(samples: &mut [f64]) -> (f64, f64) {
    samples.sort_by(f64::total_cmp);
    (percentile(samples, 50.0), percentile(samples, 99.0))
}

/// Run the benchmark in `work` (a fresh folder) and return the report.
pub fn run(handbook_dir: &Path, work: &Path, cases: usize, iterations: usize) -> Result<String> {
    let data = work.join("data");
    let out_dir = work.join("out");
    std::fs::create_dir_all(&out_dir).map_err(|e| Error::io(&out_dir, e))?;
    let api = Api::open(ApiConfig {
        handbook_dir: handbook_dir.to_path_buf(),
        data_dir: data,
    })?;
    api.vault_create(
        "benchmark passphrase, not a secret",
        &StaffProfile {
            name: "Bench".into(),
            office: "Lab".into(),
        },
    )?;
    let seeding = Instant::now();
    let ids = (0..cases.max(1))
        .map(|i| seed_case(&api, i))
        .collect::<Result<Vec<_>>>()?;
    let seeded_s = seeding.elapsed().as_secs_f64();

    let mut report = String::new();
    let _ = writeln!(
        report,
        "export benchmark: {} cases (seeded in {seeded_s:.1} s), {iterations} iterations, SQLCipher store",
        ids.len()
    );
    let _ = writeln!(
        report,
        "{:<28} {:>22} {:>22} {:>9}",
        "one case", "render p50 / p99 ms", "+ write + audit", "bytes"
    );
    let formats = [
        ("pdf (A4)", ExportFormat::Pdf, false),
        ("pdf redacted", ExportFormat::Pdf, true),
        ("csv", ExportFormat::Csv, false),
        ("markdown", ExportFormat::Markdown, false),
        ("html", ExportFormat::Html, false),
        ("json", ExportFormat::Json, false),
    ];
    let mut pdf_p50 = f64::NAN;
    for (name, format, redact) in formats {
        let req = ExportRequest {
            case_id: ids[0],
            format,
            redact,
            page_size: PageSize::A4,
            lang: None,
        };
        let path = out_dir.join(api.export_file_name(&req)?);
        let mut render = Vec::with_capacity(iterations);
        let mut samples = Vec::with_capacity(iterations);
        let mut bytes = 0;
        for _ in 0..iterations.max(1) {
            let t = Instant::now();
            std::hint::black_box(api.render_case_export(&req, 0)?);
            render.push(t.elapsed().as_secs_f64() * 1000.0);
            let t = Instant::now();
            let done = api.export_case(&req, &path)?;
            samples.push(t.elapsed().as_secs_f64() * 1000.0);
            bytes = done.bytes;
        }
        let (r50, r99) = ms(&mut render);
        let (p50, p99) = ms(&mut samples);
        if format == ExportFormat::Pdf && !redact {
            pdf_p50 = p50;
        }
        let _ = writeln!(
            report,
            "{name:<28} {:>22} {:>22} {bytes:>9}",
            format!("{r50:.2} / {r99:.2}"),
            format!("{p50:.2} / {p99:.2}")
        );
    }

    // Every case in one CSV, as an office would at the end of a month (the dashboard's "export this list");
    // five rounds.
    let mut rounds = Vec::new();
    for round in 0..5 {
        let req = CaseListExport {
            filter: CaseFilter::default(),
            redact: false,
        };
        let t = Instant::now();
        api.export_cases_csv(&req, &out_dir.join(format!("all-{round}.csv")))?;
        rounds.push(t.elapsed().as_secs_f64());
    }
    let (all_p50, all_max) = {
        rounds.sort_by(f64::total_cmp);
        (percentile(&rounds, 50.0), percentile(&rounds, 100.0))
    };
    let _ = writeln!(
        report,
        "{:<28} {:>22.3} {:>22.3}   (median and worst of 5 rounds, seconds, incl. write + audit)",
        format!("all {} cases in one CSV", ids.len()),
        all_p50,
        all_max
    );
    let _ = writeln!(
        report,
        "targets: one case to PDF ≤ 50 ms (p50 {pdf_p50:.1} ms: {}); 1,000 cases to CSV ≤ 1 s ({:.2} s for {}: {})",
        if pdf_p50 <= 50.0 { "met" } else { "missed" },
        all_p50,
        ids.len(),
        if all_p50 * 1000.0 / ids.len() as f64 <= 1.0 {
            "met"
        } else {
            "missed"
        }
    );
    api.vault_lock()?;
    Ok(report)
}
