//! Compiler diagnostics on small definitions: each problem found, and placed on its own line.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use super::*;

const BASE: &str = r#"id = "t"
version = 1
title = "T"

[[stages]]
id = "one"
title = "One"

[[stages]]
id = "two"
title = "Two"

[[steps]]
id = "a"
stage = "one"
title = "A"
guidance = "g"
refs = ["asylum#referral"]

[[steps.fields]]
id = "x"
kind = "yes_no"
label = "X"

[[steps]]
id = "b"
stage = "two"
title = "B"
guidance = "g"
refs = ["asylum#referral"]
relevant = '''
x'''

[[steps.fields]]
id = "y"
kind = "single"
label = "Y"
options = [{ value = "p", label = "P" }, { value = "q", label = "Q" }]
"#;

fn problems(text: &str) -> Vec<Diagnostic> {
    compile("t-v1.toml", text).err().unwrap_or_default()
}

#[test]
fn a_well_formed_definition_compiles_with_its_order_and_types() {
    let wf = compile("dir/t-v1.toml", BASE).expect("compiles");
    assert_eq!((wf.id.as_str(), wf.version), ("t", 1));
    assert_eq!(
        wf.steps.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert_eq!(
        wf.steps[1].relevant.as_ref().map(|e| e.source.as_str()),
        Some("x")
    );
    assert_eq!(
        wf.field("y").map(|(s, f)| (s.id.as_str(), f.kind)),
        Some(("b", FieldKind::Single))
    );
    assert_eq!(wf.pos.line, 1);
}

#[test]
fn an_error_inside_a_multi_line_expression_is_placed_on_its_own_line() {
    let text = BASE.replace("'''\nx'''", "'''\nx and zz'''");
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:?}");
    let line = text.lines().position(|l| l == "x and zz'''").unwrap() + 1;
    assert_eq!(
        (p[0].kind, p[0].line, p[0].col),
        (DiagnosticKind::UnknownName, line, 7)
    );
}

#[test]
fn steps_out_of_stage_order_and_empty_stages_are_refused() {
    let swapped = BASE.replace("stage = \"one\"", "stage = \"two\"").replacen(
        "stage = \"two\"\ntitle = \"B\"",
        "stage = \"one\"\ntitle = \"B\"",
        1,
    );
    let p = problems(&swapped);
    assert!(
        p.iter().any(|d| d.message.contains("keep steps in stage order")),
        "{p:?}"
    );
    let extra = BASE.replace(
        "[[steps]]",
        "[[stages]]\nid = \"three\"\ntitle = \"Three\"\n\n[[steps]]",
    );
    assert!(
        problems(&extra)
            .iter()
            .any(|d| d.message.contains("`three` has no steps"))
    );
}

#[test]
fn choice_fields_need_options_and_ids_have_their_shapes() {
    let one = BASE.replace(", { value = \"q\", label = \"Q\" }", "");
    assert!(problems(&one).iter().any(|d| d.message.contains("at least two")));
    let text_with_options = BASE.replace(
        "kind = \"yes_no\"",
        "kind = \"text\"\noptions = [{ value = \"a\", label = \"A\" }]",
    );
    assert!(
        problems(&text_with_options)
            .iter()
            .any(|d| d.message.contains("only choice fields"))
    );
    let kebab_field = BASE.replace("id = \"x\"", "id = \"x-ray\"");
    assert!(
        problems(&kebab_field)
            .iter()
            .any(|d| d.message.contains("snake_case"))
    );
    let reserved = BASE.replace("id = \"x\"", "id = \"today\"");
    assert!(
        problems(&reserved)
            .iter()
            .any(|d| d.message.contains("word of the expression language"))
    );
    let bad_ref = BASE.replace(
        "refs = [\"asylum#referral\"]\n\n[[steps.fields]]\nid = \"x\"",
        "refs = [\"asylum\"]\n\n[[steps.fields]]\nid = \"x\"",
    );
    assert!(
        problems(&bad_ref)
            .iter()
            .any(|d| d.message.contains("chapter-id#section-id"))
    );
}

#[test]
fn departure_records_must_name_date_fields() {
    let text = format!(
        "{BASE}\n[departure]\nstep = \"b\"\ndate = \"x\"\n\n[[departure.records]]\nlabel = \"R\"\nfrom = \"nope\"\n"
    );
    let p = problems(&text);
    assert!(
        p.iter()
            .any(|d| d.kind == DiagnosticKind::Type && d.message.contains("`x` is a yes/no field"))
    );
    assert!(
        p.iter()
            .any(|d| d.kind == DiagnosticKind::UnknownName && d.message.contains("`nope`"))
    );
}

#[test]
fn a_step_shown_only_by_its_own_answer_is_a_cycle() {
    let p = problems(&BASE.replace("'''\nx'''", "'y == \"p\"'"));
    assert!(
        p.iter()
            .any(|d| d.kind == DiagnosticKind::Cycle && d.message.contains("step `b` needs field `y`")),
        "{p:?}"
    );
}
