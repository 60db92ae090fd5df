//! `avr handbook check` and `avr search-eval`: the content and relevance gates, per edition.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use avr_core::handbook::{Diagnostic, Handbook, check_editions, editions::REFERENCE_LANG};
use avr_core::search::SearchIndex;
use avr_core::search::eval::{self, Fts5Baseline, Half, JudgedQuery};

/// An edition is held to the relevance floor once it has this many judged queries; below, it is reported only.
pub(crate) const FLOOR_MIN_QUERIES: usize = 40;

/// Check every edition under the handbook root, or the one edition `target` names (a folder such as
/// `handbook/fr`, or a root holding `en/`). Prints each problem as `file:line:col` and a summary per edition;
/// fails on any error (stale translations are warnings).
pub(crate) fn check(handbook_dir: &Path, target: Option<&Path>) -> Result<ExitCode, String> {
    let (root, only) = match target {
        None => (handbook_dir.to_path_buf(), None),
        Some(t) if t.join(REFERENCE_LANG).is_dir() => (t.to_path_buf(), None),
        Some(t) => {
            let lang = t
                .file_name()
                .and_then(|n| n.to_str())
                .map(str::to_owned)
                .ok_or_else(|| {
                    avr_core::i18n::tr(
                        crate::lang(),
                        "cli-not-an-edition",
                        &[("dir", t.display().to_string().into())],
                    )
                })?;
            let root = t
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
            (root, Some(lang))
        }
    };
    let report = check_editions(&root, only.as_deref()).map_err(|e| e.to_string())?;
    for d in &report.terms {
        println!("{d}");
    }
    let mut errors = report.terms.len();
    for (hb, diags) in &report.editions {
        let mut diags: Vec<Diagnostic> = diags.clone();
        // The search's synonym table beside the editions must lead to words this edition uses.
        diags.extend(avr_core::search::check_synonyms(hb));
        for d in &diags {
            println!("{d}");
        }
        let warnings = diags.iter().filter(|d| d.is_warning()).count();
        errors += diags.len() - warnings;
        eprintln!("{}", summary(hb, diags.len() - warnings, warnings));
    }
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn summary(hb: &Handbook, errors: usize, warnings: usize) -> String {
    let sections: usize = hb.chapters.iter().map(|c| c.outline.sections.len()).sum();
    let footnotes: usize = hb.chapters.iter().map(|c| c.outline.footnote_defs.len()).sum();
    format!(
        "{}: {} chapters, {sections} sections, {footnotes} footnotes, version {}: {errors} error(s), {warnings} \
         warning(s)",
        hb.dir.display(),
        hb.chapters.len(),
        hb.version,
    )
}

/// The judged queries of an edition: `search-eval/<lang>.toml` and every `search-eval/<lang>/*.toml`, each query
/// asked in that edition.
pub(crate) fn edition_queries(
    handbook_dir: &Path,
    lang: &str,
) -> Result<(Vec<JudgedQuery>, Vec<PathBuf>), String> {
    let dir = handbook_dir.join("search-eval");
    let mut files = Vec::new();
    let single = dir.join(format!("{lang}.toml"));
    if single.is_file() {
        files.push(single);
    }
    if let Ok(entries) = std::fs::read_dir(dir.join(lang)) {
        let mut more: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        more.sort();
        files.extend(more);
    }
    let mut queries = Vec::new();
    for f in &files {
        for mut q in eval::load_queries(f)? {
            q.lang.get_or_insert_with(|| lang.to_owned());
            queries.push(q);
        }
    }
    Ok((queries, files))
}

pub(crate) struct EvalArgs<'a> {
    pub handbook_dir: &'a Path,
    pub lang: &'a str,
    /// A judgement file to read instead of the edition's.
    pub queries: Option<&'a Path>,
    pub min_mrr: Option<f64>,
    pub verbose: bool,
}

/// Relevance of one edition's search against FTS5 over the same sections; with a floor, fail below it (an
/// edition with fewer than [`FLOOR_MIN_QUERIES`] judged queries is reported, not gated).
pub(crate) fn search_eval(args: &EvalArgs<'_>) -> Result<ExitCode, String> {
    let (judged, files) = match args.queries {
        Some(path) => {
            let mut queries = eval::load_queries(path)?;
            for q in &mut queries {
                q.lang.get_or_insert_with(|| args.lang.to_owned());
            }
            (queries, vec![path.to_path_buf()])
        }
        None => edition_queries(args.handbook_dir, args.lang)?,
    };
    let shown: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    if judged.is_empty() {
        println!(
            "edition {}: no judged queries ({}): nothing to measure",
            args.lang,
            args.handbook_dir
                .join("search-eval")
                .join(format!("{}.toml", args.lang))
                .display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let editions = load_editions(args.handbook_dir)?;
    let refs: Vec<&Handbook> = editions.iter().collect();
    let index = SearchIndex::build(&refs, None, &mut |_| {}).map_err(|e| e.to_string())?;
    // As the app runs it: warmed in the background once open (results are the same either way).
    index.warm();
    // FTS5 searches the same sections: the edition with English standing in for what it lacks.
    let fts = Fts5Baseline::build(&index.edition_docs(args.lang), None).map_err(|e| e.to_string())?;
    let measure = |set: &[JudgedQuery]| {
        (
            eval::evaluate(set, |q| eval::ours(&index, q)),
            eval::evaluate(set, |q| fts.search(&q.text, 10, false)),
        )
    };
    let in_half =
        |h: Half| -> Vec<JudgedQuery> { judged.iter().filter(|q| q.half() == h).cloned().collect() };
    let (tuning, test) = (in_half(Half::Tuning), in_half(Half::Test));
    println!(
        "edition {}: relevance over {} judged queries ({}): {} tuning, {} test (halves fixed by each query's hash)",
        args.lang,
        judged.len(),
        shown.join(", "),
        tuning.len(),
        test.len()
    );
    let table = |title: &str, set: &[JudgedQuery]| {
        let ((ours, ours_kinds), (base, base_kinds)) = measure(set);
        println!();
        println!(
            "{title:<14} {:>5} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "n", "nDCG@10", "", "MRR@10", "", "recall@3", ""
        );
        println!(
            "{:<14} {:>5} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            "", "", "ours", "fts5", "ours", "fts5", "ours", "fts5"
        );
        let row = |name: &str, o: &eval::Metrics, b: &eval::Metrics| {
            println!(
                "{name:<14} {:>5} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9.3} {:>9.3}",
                o.queries, o.ndcg10, b.ndcg10, o.mrr10, b.mrr10, o.recall3, b.recall3
            );
        };
        for (kind, o) in &ours_kinds {
            row(kind, o, &base_kinds.get(kind).copied().unwrap_or_default());
        }
        row("all", &ours, &base);
        (ours, base)
    };
    table("tuning half", &tuning);
    let (test_ours, test_base) = table("test half", &test);
    let (ours, base) = table("all queries", &judged);
    if args.verbose {
        // Only the tuning half is listed: weights are chosen by looking at it alone.
        println!();
        println!("tuning-half queries whose first relevant result is not at rank 1:");
        for q in &tuning {
            let ranked = eval::ours(&index, q);
            let m = eval::score(&ranked, &q.relevant);
            if m.mrr10 < 1.0 {
                println!(
                    "  {:?} [{}] mrr {:.2}: got {:?}",
                    q.text,
                    q.kind,
                    m.mrr10,
                    ranked.iter().take(3).collect::<Vec<_>>()
                );
            }
        }
        let missed = test
            .iter()
            .filter(|q| eval::score(&eval::ours(&index, q), &q.relevant).mrr10 < 1.0)
            .count();
        println!(
            "  (test half: {missed} of {} not at rank 1; not listed)",
            test.len()
        );
    }
    let Some(floor) = args.min_mrr else {
        return Ok(ExitCode::SUCCESS);
    };
    if judged.len() < FLOOR_MIN_QUERIES {
        println!();
        println!(
            "edition {}: {} judged queries, fewer than {FLOOR_MIN_QUERIES}: reported, not held to the floor",
            args.lang,
            judged.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    // The floor holds on the held-out half: MRR@10 at least `floor` and a lead of at least 0.05 over FTS5, and
    // ours ahead on nDCG@10 there; over all queries ours stays ahead on both.
    const LEAD: f64 = 0.05;
    let mut failures = Vec::new();
    if test_ours.mrr10 < floor {
        failures.push(format!(
            "test-half MRR@10 {:.3} is below {floor}",
            test_ours.mrr10
        ));
    }
    if test_ours.mrr10 < test_base.mrr10 + LEAD {
        failures.push(format!(
            "test-half MRR@10 {:.3} is not {LEAD} ahead of fts5 ({:.3})",
            test_ours.mrr10, test_base.mrr10
        ));
    }
    if test_ours.ndcg10 <= test_base.ndcg10 {
        failures.push(format!(
            "test-half nDCG@10 {:.3} is not ahead of fts5 ({:.3})",
            test_ours.ndcg10, test_base.ndcg10
        ));
    }
    if ours.mrr10 <= base.mrr10 || ours.ndcg10 <= base.ndcg10 {
        failures.push(format!(
            "over all queries ours (MRR@10 {:.3}, nDCG@10 {:.3}) is not ahead of fts5 ({:.3}, {:.3})",
            ours.mrr10, ours.ndcg10, base.mrr10, base.ndcg10
        ));
    }
    if failures.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    for f in failures {
        eprintln!("error: edition {}: relevance below the floor: {f}", args.lang);
    }
    Ok(ExitCode::FAILURE)
}

pub(crate) fn load_editions(root: &Path) -> Result<Vec<Handbook>, String> {
    Handbook::languages(root)
        .into_iter()
        .map(|lang| Handbook::load(&root.join(lang)).map_err(|e| e.to_string()))
        .collect()
}
