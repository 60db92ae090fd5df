//! A hostile workflow definition: any text through the loader (TOML, ids, expressions, dependency cycles). A
//! definition that loads is then evaluated with no answers and with a few, which must never panic or loop.
#![no_main]

use avr_core::workflow::{self, Answers, Date};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let wf = match workflow::load_str("fuzz.toml", text) {
        Ok(wf) => wf,
        Err(diags) => {
            // Retry under the name the definition asks for, so that well-formed inputs reach the engine.
            let Some(name) = diags
                .iter()
                .find_map(|d| d.message.strip_prefix("the file should be named `"))
                .and_then(|m| m.split('`').next())
            else {
                return;
            };
            match workflow::load_str(name, text) {
                Ok(wf) => wf,
                Err(_) => return,
            }
        }
    };
    let today: Date = "2026-12-03".parse().expect("a valid date");
    let _ = workflow::evaluate(&wf, &Answers::new(), today);
    let mut answers = Answers::new();
    for (i, field) in wf.fields().enumerate() {
        match i % 3 {
            0 => answers.set(field.id.clone(), true),
            1 => answers.set(field.id.clone(), "yes"),
            _ => answers.set(field.id.clone(), 3),
        };
    }
    let _ = workflow::evaluate(&wf, &answers, today);
});
