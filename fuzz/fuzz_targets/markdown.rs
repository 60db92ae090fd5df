//! A hostile chapter: any text through the Markdown renderer and the sanitiser. Never a panic, and nothing that
//! runs script reaches the page: no script element, no event-handler attribute, no `javascript:` address.
#![no_main]

use avr_core::handbook::{Labels, render_markdown};
use libfuzzer_sys::fuzz_target;

/// The tags of `html` (from `<` to `>`), lower-cased. Text between tags is escaped by the renderer, so a `<`
/// there never starts a tag.
fn tags(html: &str) -> impl Iterator<Item = String> + '_ {
    html.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or("").to_ascii_lowercase())
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let html = render_markdown(&text, "fuzz", &Labels::for_lang("en"));
    for tag in tags(&html) {
        assert!(!tag.starts_with("script") && !tag.starts_with("iframe"), "a script element survived: <{tag}>");
        let handler = tag
            .split_whitespace()
            .skip(1)
            .any(|attr| attr.starts_with("on") && attr.contains('='));
        assert!(!handler, "an event handler survived: <{tag}>");
        assert!(!tag.contains("javascript:"), "a javascript: address survived: <{tag}>");
    }
});
