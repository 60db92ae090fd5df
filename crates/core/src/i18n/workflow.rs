//! Translations of a workflow's texts: step titles and guidance, field labels, help, options and messages,
//! safeguard titles, rules, messages and lifts, checklist items, stage titles, departure records and
//! requirements, and the paper forms.
//!
//! The workflow file (`handbook/workflows/avr-case-v2.toml`) stays the source of the English text. Its catalog
//! `i18n/en/workflow-avr-case-v2.ftl` is generated from it ([`english_catalog`]; a test fails when the
//! committed file differs, `AVR_BLESS=1` rewrites it), so English never drifts. Translators copy it to
//! `i18n/<lang>/` and translate the values; every key is derived from an id in the workflow:
//!
//! | text | key |
//! |---|---|
//! | workflow title, summary | `workflow-title`, `workflow-summary` |
//! | stage title | `stage-<id>` |
//! | step title, guidance | `step-<id>`, `step-<id>-guidance` |
//! | field label, help, required message | `field-<id>`, `field-<id>-help`, `field-<id>-required` |
//! | option label | `field-<id>-opt-<value>` |
//! | constraint message (n from 1) | `field-<id>-constraint-<n>` |
//! | safeguard title, rule, message, lift | `safeguard-<id>`, `safeguard-<id>-rule`, `…-message`, `…-lift` |
//! | checklist item | `checklist-<id>` |
//! | departure record, requirement (n from 1) | `departure-record-<n>`, `departure-requires-<n>` |
//! | form title, intro paragraph, signature line | `form-<id>`, `form-<id>-intro-<n>`, `form-<id>-signature-<n>` |
//!
//! At run time [`localize`] returns a copy of the workflow with every text the language has replaced; a text it
//! lacks keeps the English of the file. The engine then evaluates the copy, so every DTO built from it (steps,
//! checklist, safeguards, readiness, forms) is in that language without the engine knowing about languages.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use super::{Lang, workflow_text};
use crate::workflow::FieldErrorKind;
use crate::workflow::Workflow;
use crate::workflow::engine::{overrides, readiness};
use crate::workflow::typed::{self, Typed};

/// The catalog domain (and file stem) of a workflow: `workflow-avr-case-v2`.
pub fn domain(wf: &Workflow) -> String {
    format!("workflow-{}-v{}", wf.id, wf.version)
}

/// A Fluent identifier from an id or option value: letters, digits, `-` and `_` kept, anything else as `-`.
fn ident(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// The message the workflow compiler gives a required field that states none (`required = true`).
fn default_required(label: &str) -> String {
    format!("Answer this: {label}")
}

/// Every translatable text of `wf` as `(key, English text)`, in file order. Empty texts are left out.
pub fn entries(wf: &Workflow) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |key: String, text: &str| {
        if !text.trim().is_empty() {
            out.push((key, text.to_owned()));
        }
    };
    push("workflow-title".into(), &wf.title);
    push("workflow-summary".into(), &wf.summary);
    for s in &wf.stages {
        push(format!("stage-{}", ident(&s.id)), &s.title);
    }
    for step in &wf.steps {
        let id = ident(&step.id);
        push(format!("step-{id}"), &step.title);
        push(format!("step-{id}-guidance"), &step.guidance);
        for f in &step.fields {
            let fid = ident(&f.id);
            push(format!("field-{fid}"), &f.label);
            push(format!("field-{fid}-help"), &f.help);
            // The compiler's default ("Answer this: <label>") is not the workflow's own text: `localize` builds it
            // from the translated label.
            if let Some(req) = f.required.as_ref().filter(|r| **r != default_required(&f.label)) {
                push(format!("field-{fid}-required"), req);
            }
            for o in &f.options {
                push(format!("field-{fid}-opt-{}", ident(&o.value)), &o.label);
            }
            for (n, c) in f.constraints.iter().enumerate() {
                push(format!("field-{fid}-constraint-{}", n + 1), &c.message);
            }
        }
    }
    for g in &wf.safeguards {
        let id = ident(&g.id);
        push(format!("safeguard-{id}"), &g.title);
        push(format!("safeguard-{id}-rule"), &g.rule);
        push(format!("safeguard-{id}-message"), &g.message);
        push(format!("safeguard-{id}-lift"), &g.lift);
    }
    for c in &wf.checklist {
        push(format!("checklist-{}", ident(&c.id)), &c.text);
    }
    if let Some(d) = &wf.departure {
        for (n, r) in d.records.iter().enumerate() {
            push(format!("departure-record-{}", n + 1), &r.label);
        }
        for (n, r) in d.requires.iter().enumerate() {
            push(format!("departure-requires-{}", n + 1), &r.label);
        }
    }
    for form in &wf.forms {
        let id = ident(&form.id);
        push(format!("form-{id}"), &form.title);
        for (n, p) in form.intro.iter().enumerate() {
            push(format!("form-{id}-intro-{}", n + 1), p);
        }
        for (n, s) in form.signatures.iter().enumerate() {
            push(format!("form-{id}-signature-{}", n + 1), s);
        }
    }
    out
}

/// A text as a Fluent value: braces become string literals, and every line is indented so that a line starting
/// with `[`, `*` or `.` is never read as syntax.
pub fn ftl_value(text: &str) -> String {
    let escaped = text
        .replace('{', "\u{0}")
        .replace('}', "{\"}\"}")
        .replace('\u{0}', "{\"{\"}");
    let mut lines = escaped.lines();
    let mut out = String::new();
    if let Some(first) = lines.next() {
        out.push_str(first);
    }
    for line in lines {
        out.push_str("\n    ");
        // A continuation line may not start with these: quote the first character.
        match line.chars().next() {
            Some(c @ ('[' | '*' | '.')) => {
                let _ = write!(out, "{{\"{c}\"}}{}", &line[1..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

/// The English catalog of `wf`, as committed at `i18n/en/<domain>.ftl`.
pub fn english_catalog(wf: &Workflow) -> String {
    let mut out = format!(
        "# GENERATED from handbook/workflows/{file} by the core's i18n test (AVR_BLESS=1 cargo test -p avr-core \
         i18n): do not edit.\n# Translators: copy this file to i18n/<lang>/{domain}.ftl and translate the \
         values; keep the keys. A missing key shows the English.\n",
        file = std::path::Path::new(&wf.file)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| wf.file.clone()),
        domain = domain(wf),
    );
    let mut section = String::new();
    for (key, text) in entries(wf) {
        let head = key.split('-').next().unwrap_or_default();
        if head != section {
            section = head.to_owned();
            let _ = write!(out, "\n## {section}\n");
        }
        let _ = writeln!(out, "{key} = {}", ftl_value(&text));
    }
    out
}

/// The keys of `wf` that `lang`'s catalog does not translate (all of them when it has no file).
pub fn missing(wf: &Workflow, lang: Lang) -> Vec<String> {
    let dom = domain(wf);
    entries(wf)
        .into_iter()
        .filter(|(k, _)| workflow_text(lang, &dom, k).is_none())
        .map(|(k, _)| k)
        .collect()
}

/// A copy of `wf` with every text that `lang` translates replaced. English (and any text without a translation)
/// keeps the file's own words.
pub fn localize(wf: &Workflow, lang: Lang) -> Workflow {
    let mut out = wf.clone();
    if lang == Lang::En {
        return out;
    }
    let dom = domain(wf);
    let get = |key: String, into: &mut String| {
        if let Some(t) = workflow_text(lang, &dom, &key) {
            *into = t;
        }
    };
    get("workflow-title".into(), &mut out.title);
    get("workflow-summary".into(), &mut out.summary);
    for s in &mut out.stages {
        get(format!("stage-{}", ident(&s.id)), &mut s.title);
    }
    for step in &mut out.steps {
        let id = ident(&step.id);
        get(format!("step-{id}"), &mut step.title);
        get(format!("step-{id}-guidance"), &mut step.guidance);
        for f in &mut step.fields {
            let fid = ident(&f.id);
            let english_label = f.label.clone();
            get(format!("field-{fid}"), &mut f.label);
            get(format!("field-{fid}-help"), &mut f.help);
            if let Some(req) = &mut f.required {
                if *req == default_required(&english_label) {
                    let label = f.label.as_str().into();
                    *req = super::tr(lang, "workflow-required-default", &[("label", label)]);
                } else {
                    get(format!("field-{fid}-required"), req);
                }
            }
            for o in &mut f.options {
                get(format!("field-{fid}-opt-{}", ident(&o.value)), &mut o.label);
            }
            for (n, c) in f.constraints.iter_mut().enumerate() {
                get(format!("field-{fid}-constraint-{}", n + 1), &mut c.message);
            }
        }
    }
    for g in &mut out.safeguards {
        let id = ident(&g.id);
        get(format!("safeguard-{id}"), &mut g.title);
        get(format!("safeguard-{id}-rule"), &mut g.rule);
        get(format!("safeguard-{id}-message"), &mut g.message);
        get(format!("safeguard-{id}-lift"), &mut g.lift);
    }
    for c in &mut out.checklist {
        get(format!("checklist-{}", ident(&c.id)), &mut c.text);
    }
    if let Some(d) = &mut out.departure {
        for (n, r) in d.records.iter_mut().enumerate() {
            get(format!("departure-record-{}", n + 1), &mut r.label);
        }
        for (n, r) in d.requires.iter_mut().enumerate() {
            get(format!("departure-requires-{}", n + 1), &mut r.label);
        }
    }
    for form in &mut out.forms {
        let id = ident(&form.id);
        get(format!("form-{id}"), &mut form.title);
        for (n, p) in form.intro.iter_mut().enumerate() {
            get(format!("form-{id}-intro-{}", n + 1), p);
        }
        for (n, s) in form.signatures.iter_mut().enumerate() {
            get(format!("form-{id}-signature-{}", n + 1), s);
        }
    }
    out
}

/// [`localize`], computed once per workflow file, version and language and shared after that: the api calls it
/// on every evaluation.
pub fn localized(wf: &Workflow, lang: Lang) -> Arc<Workflow> {
    type Cache = Mutex<HashMap<(String, u32, Lang), Arc<Workflow>>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let key = (wf.file.clone(), wf.version, lang);
    let cache = CACHE.get_or_init(Cache::default);
    if let Some(hit) = cache.lock().unwrap_or_else(PoisonError::into_inner).get(&key) {
        return Arc::clone(hit);
    }
    let made = Arc::new(localize(wf, lang));
    cache
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .insert(key, Arc::clone(&made));
    made
}

/// An evaluation made with the workflow's own (English) texts, with every text `lang` translates replaced:
/// stage and step titles, guidance, field labels, help and options, safeguard titles, rules, messages and lifts,
/// checklist items and readiness labels. Ids, statuses and answers are untouched, and so is what the engine
/// writes itself (field errors, readiness details). This is the call for a view already evaluated; evaluating
/// [`localized`] gives the same texts.
pub fn localize_evaluation(eval: &mut crate::workflow::Evaluation, wf: &Workflow, lang: Lang) {
    if lang == Lang::En {
        return;
    }
    let l = localized(wf, lang);
    for s in &mut eval.stages {
        if let Some(x) = l.stages.iter().find(|x| x.id == s.id) {
            s.title.clone_from(&x.title);
        }
    }
    for s in &mut eval.steps {
        let Some(x) = l.step(&s.id) else { continue };
        s.title.clone_from(&x.title);
        s.guidance.clone_from(&x.guidance);
        for f in &mut s.fields {
            let Some(y) = x.fields.iter().find(|y| y.id == f.id) else {
                continue;
            };
            f.label.clone_from(&y.label);
            f.help.clone_from(&y.help);
            for o in &mut f.options {
                if let Some(z) = y.options.iter().find(|z| z.value == o.value) {
                    o.label.clone_from(&z.label);
                }
            }
        }
    }
    for g in &mut eval.safeguards {
        let Some(x) = l.safeguard(&g.id) else { continue };
        g.title.clone_from(&x.title);
        g.rule.clone_from(&x.rule);
        g.message.clone_from(&x.message);
        g.lift.clone_from(&x.lift);
    }
    for c in &mut eval.checklist {
        if let Some(x) = l.checklist.iter().find(|x| x.id == c.id) {
            c.text.clone_from(&x.text);
        }
    }
    // Readiness checks carry no id: a dated record or a requirement is found by its English label.
    if let (Some(en), Some(tr)) = (&wf.departure, &l.departure) {
        let labels = en
            .records
            .iter()
            .map(|r| &r.label)
            .zip(tr.records.iter().map(|r| &r.label))
            .chain(
                en.requires
                    .iter()
                    .map(|r| &r.label)
                    .zip(tr.requires.iter().map(|r| &r.label)),
            );
        let pairs: Vec<(&String, &String)> = labels.collect();
        for c in &mut eval.readiness.checks {
            if let Some((_, t)) = pairs.iter().find(|(e, _)| **e == c.label) {
                c.label.clone_from(t);
            }
        }
    }
    // What the engine found, written again in this language with the translated labels and titles.
    let engine_label = super::t(Lang::En, readiness::SAFEGUARDS_LABEL);
    for c in &mut eval.readiness.checks {
        if c.label == engine_label {
            c.label = super::t(lang, readiness::SAFEGUARDS_LABEL);
        }
        if !c.notes.is_empty() {
            c.detail = readiness::detail(&c.notes, &l, lang);
        }
    }
    // A missing answer's and a broken constraint's messages are the workflow's own texts, found by their English.
    let message = |field: &str, en: &str| -> Option<String> {
        let (_, a) = wf.field(field)?;
        let (_, b) = l.field(field)?;
        if a.required.as_deref() == Some(en) {
            return b.required.clone();
        }
        let i = a.constraints.iter().position(|c| c.message == en)?;
        Some(b.constraints.get(i)?.message.clone())
    };
    // An invalid answer's message is the engine's: read the stored answer against its field again and write the
    // problem in this language.
    let invalid = |field: &str, value: Option<&crate::workflow::Value>| -> Option<(String, String)> {
        let (_, f) = wf.field(field)?;
        match typed::coerce(f, value) {
            Typed::Invalid(p) => Some((p.message(Lang::En), p.message(lang))),
            Typed::Missing | Typed::Ok(_) => None,
        }
    };
    let mut invalid_messages: HashMap<String, (String, String)> = HashMap::new();
    for s in &mut eval.steps {
        for f in &mut s.fields {
            let bad = invalid(&f.id, f.value.as_ref());
            for m in &mut f.errors {
                if let Some((en, tr)) = bad.as_ref().filter(|(en, _)| en == m) {
                    invalid_messages.insert(f.id.clone(), (en.clone(), tr.clone()));
                    m.clone_from(tr);
                } else if let Some(t) = message(&f.id, m) {
                    *m = t;
                }
            }
        }
    }
    for e in &mut eval.errors {
        if let Some((_, tr)) = invalid_messages
            .get(&e.field)
            .filter(|(en, _)| e.kind == FieldErrorKind::Invalid && *en == e.message)
        {
            e.message.clone_from(tr);
        } else if let Some(m) = message(&e.field, &e.message) {
            e.message = m;
        }
    }
    for p in &mut eval.override_problems {
        p.message = overrides::message(&p.note, &p.safeguard, &l, lang);
    }
}
