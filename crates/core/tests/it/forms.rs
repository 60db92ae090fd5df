//! Printable forms: each form the workflow declares prints every field it names, as a blank to fill in, with its
//! signature lines, in Markdown and PDF, from the api the app and `avr export --blank … --form …` use.

use avr_core::api::{Api, ApiConfig, BlankFormat, BlankRequest, PageSize};

use crate::handbook_root;

fn api() -> (tempfile::TempDir, Api) {
    let tmp = tempfile::tempdir().expect("a temp folder");
    let api = Api::open(ApiConfig {
        handbook_dir: handbook_root(),
        data_dir: tmp.path().to_path_buf(),
    })
    .expect("the api opens");
    (tmp, api)
}

fn request(form: &str, format: BlankFormat) -> BlankRequest {
    BlankRequest {
        workflow_id: "avr-case".into(),
        version: None,
        form: Some(form.into()),
        format,
        page_size: PageSize::A4,
        lang: None,
    }
}

#[test]
fn every_form_prints_the_fields_the_workflow_records_with_its_signatures() {
    let (_tmp, api) = api();
    let all = avr_core::workflow::load_dir(&handbook_root().join("workflows")).expect("the workflows load");
    let wf = avr_core::workflow::find(&all, "avr-case", 2).expect("v2");
    let ids: Vec<&str> = wf.forms.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "voluntary-declaration",
            "data-sharing-consent",
            "interpreter-log",
            "arrival-handover",
            "situation-report"
        ],
        "the five forms the field asked for"
    );
    for form in &wf.forms {
        let md = api
            .render_blank(&request(&form.id, BlankFormat::Markdown))
            .expect("the form renders");
        let md = String::from_utf8(md).expect("UTF-8");
        assert!(
            md.starts_with(&format!("# {}", form.title)),
            "{} has its title",
            form.id
        );
        for id in &form.fields {
            let (_, f) = wf.field(id).expect("a form prints fields the workflow has");
            assert!(md.contains(&f.label), "{} prints `{}`", form.id, f.label);
        }
        for who in &form.signatures {
            assert!(
                md.contains(&format!("{who}: ")),
                "{} has a line for {who}",
                form.id
            );
        }
        let pdf = api
            .render_blank(&request(&form.id, BlankFormat::Pdf))
            .expect("the PDF renders");
        assert!(pdf.starts_with(b"%PDF-"), "{} renders as a PDF", form.id);
    }
}

#[test]
fn the_voluntary_declaration_carries_the_guardians_consent_for_a_child() {
    let (_tmp, api) = api();
    let md = api
        .render_blank(&request("voluntary-declaration", BlankFormat::Markdown))
        .expect("renders");
    let md = String::from_utf8(md).expect("UTF-8");
    assert!(
        md.contains("withdraw at any time before I leave"),
        "the right to withdraw is on the form"
    );
    assert!(
        md.contains("Guardian (for a child): "),
        "and a guardian's signature line"
    );
}

#[test]
fn an_unknown_form_names_the_forms_there_are() {
    let (_tmp, api) = api();
    let err = api
        .render_blank(&request("nope", BlankFormat::Markdown))
        .expect_err("an unknown form is refused");
    assert!(err.to_string().contains("voluntary-declaration"), "{err}");
}
