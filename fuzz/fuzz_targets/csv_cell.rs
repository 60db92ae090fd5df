//! The CSV writer's cell: any text is quoted, its quotes doubled, and no place where a spreadsheet could start
//! a cell (the start, or after `, ; TAB CR LF`) begins a formula.
#![no_main]

use avr_core::export::csv::cell;
use libfuzzer_sys::fuzz_target;

const SEPARATORS: [char; 5] = [',', ';', '\t', '\r', '\n'];
const FORMULA: [char; 4] = ['=', '+', '-', '@'];

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let out = cell(&text);
    assert!(out.len() >= 2 && out.starts_with('"') && out.ends_with('"'), "every cell is quoted");
    let inner = &out[1..out.len() - 1];
    // Outside the doubled quotes, no lone quote can close the cell early.
    assert!(!inner.replace("\"\"", "").contains('"'), "a quote inside is doubled");
    let chars: Vec<char> = inner.replace("\"\"", "\"").chars().collect();
    let mut at_start = true;
    for &c in &chars {
        assert!(!(at_start && FORMULA.contains(&c)), "a formula could start here: {inner:?}");
        at_start = SEPARATORS.contains(&c);
    }
    // Nothing is lost: removing the defusing apostrophes gives the text back.
    let restored: String = {
        let mut r = String::new();
        let mut prev_sep = true;
        let mut it = chars.iter().peekable();
        while let Some(&c) = it.next() {
            if c == '\'' && prev_sep && it.peek().is_some_and(|n| FORMULA.contains(n) || matches!(n, '\t' | '\r')) {
                prev_sep = false;
                continue;
            }
            r.push(c);
            prev_sep = SEPARATORS.contains(&c);
        }
        r
    };
    if !text.contains('\'') {
        assert_eq!(restored, text.as_ref(), "the text survives, apostrophes aside");
    }
});
