//! A hostile expression: any text as a safeguard's condition in an otherwise valid definition, through the
//! expression parser, the type checker and the engine.
#![no_main]

use avr_core::workflow::{self, Answers, Date};
use libfuzzer_sys::fuzz_target;

const TEMPLATE: &str = r#"id = "fuzz"
version = 1
title = "Fuzz"

[[stages]]
id = "one"
title = "One"

[[steps]]
id = "ask"
stage = "one"
title = "Ask"
guidance = "Ask."

[[steps.fields]]
id = "fear"
kind = "yes_no"
label = "Fear?"

[[steps.fields]]
id = "age"
kind = "number"
label = "Age"

[[steps.fields]]
id = "when"
kind = "date"
label = "When"

[[steps]]
id = "go"
stage = "one"
title = "Go"
guidance = "Go."

[[safeguards]]
id = "stop"
rule = "Stop."
message = "Stop."
refs = ["asylum#non-refoulement"]
when = '''EXPR'''
lift = "Lift."
override = "never"
blocks = ["go"]
"#;

fuzz_target!(|data: &[u8]| {
    let Ok(expr) = std::str::from_utf8(data) else { return };
    if expr.contains("'''") {
        return;
    }
    let source = TEMPLATE.replace("EXPR", expr);
    if let Ok(wf) = workflow::load_str("fuzz-v1.toml", &source) {
        let today: Date = "2026-12-03".parse().expect("a valid date");
        let mut answers = Answers::new();
        answers.set("fear", true).set("age", 17).set("when", "2026-11-30");
        let _ = workflow::evaluate(&wf, &answers, today);
        let _ = workflow::evaluate(&wf, &Answers::new(), today);
    }
});
