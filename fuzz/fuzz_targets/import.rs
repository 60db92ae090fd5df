//! A hostile case file: any bytes through the JSON import reader and the case rules an import must pass
//! (against the shipped workflows). Never a panic; a file is accepted or refused with a message.
#![no_main]

use std::sync::OnceLock;

use avr_core::workflow::{self, Date, Workflow};
use libfuzzer_sys::fuzz_target;

fn workflows() -> &'static [Workflow] {
    static WF: OnceLock<Vec<Workflow>> = OnceLock::new();
    WF.get_or_init(|| {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../handbook/workflows");
        workflow::load_dir(&dir).expect("the shipped workflows load")
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(imported) = avr_core::export::json::from_json(text) else { return };
    let s = &imported.record.summary;
    let Ok(wf) = workflow::find(workflows(), &s.workflow_id, s.workflow_version) else { return };
    let today: Date = "2026-12-03".parse().expect("a valid date");
    let _ = avr_core::casework::check_imported(wf, &imported.record, today);
});
