use avr_core::handbook::{Labels, render_markdown};

/// Hostile Markdown: raw HTML, event handlers, script URLs, SVG, iframes, CSS, data URLs, remote resources and
/// attribute injection through Markdown syntax itself.
const VECTORS: &[&str] = &[
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)><circle r=1 /></svg>",
    "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
    "<iframe src=\"https://evil.example\"></iframe>",
    "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
    "<object data=\"evil.swf\"></object>",
    "<embed src=\"evil.swf\">",
    "<div style=\"background:url(javascript:alert(1))\">x</div>",
    "<div style=\"width: expression(alert(1))\">x</div>",
    "<style>@import url(https://evil.example/x.css);</style>",
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<meta http-equiv=refresh content=\"0;url=https://evil.example\">",
    "<base href=\"https://evil.example/\">",
    "<form action=\"https://evil.example\"><input type=submit></form>",
    "<details open ontoggle=alert(1)>x</details>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=alert(1)></video>",
    "<body onload=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt:alert(1))",
    "[click](javascript&#58;alert(1))",
    "[click](&#106;avascript:alert(1))",
    "[click](vbscript:msgbox(1))",
    "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[click](https://evil.example/track)",
    "[click](//evil.example/x)",
    "<javascript:alert(1)>",
    "<https://evil.example/auto>",
    "![pixel](https://evil.example/pixel.png)",
    "![x](javascript:alert(1))",
    "[x](#a \"onmouseover=alert(1)\")",
    "## Heading {#x onclick=alert(1)}",
    "## Heading {#a\"onmouseover=\"alert(1)}",
    "## Heading {.cls onmouseover=alert(1)}",
    "Text[^\"><script>alert(1)</script>]\n\n[^\"><script>alert(1)</script>]: C2 x",
    "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
    "> [!CAUTION]\n> <script>alert(1)</script>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<template><script>alert(1)</script></template>",
    "<a href=\"#\" id=\"__proto__\" name=\"location\">clobber</a>",
];

fn tags(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>') else { break };
        out.push(rest[start..start + len + 1].to_lowercase());
        rest = &rest[start + len + 1..];
    }
    out
}

#[test]
fn hostile_markdown_is_neutralized() {
    assert!(VECTORS.len() >= 30);
    let labels = Labels::for_lang("en");
    for v in VECTORS {
        let html = render_markdown(v, "ch", &labels);
        for tag in tags(&html) {
            let name: String = tag
                .trim_start_matches(['<', '/'])
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let forbidden = [
                "script", "img", "svg", "iframe", "object", "embed", "style", "link", "meta", "base", "form",
                "input", "video", "source", "math", "body", "details", "template", "noscript",
            ];
            let checkbox = name == "input" && tag.contains("type=\"checkbox\"");
            assert!(
                !forbidden.contains(&name.as_str()) || checkbox,
                "{v:?} left a <{name}> element: {html}"
            );
            assert!(!tag.contains(" on"), "{v:?} left an event handler: {tag}");
            assert!(!tag.contains("style="), "{v:?} left inline style: {tag}");
            for bad in ["javascript:", "vbscript:", "data:", "http:", "https:", "//evil"] {
                assert!(!tag.contains(bad), "{v:?} left {bad} in {tag}");
            }
            if let Some(i) = tag.find(" id=\"") {
                assert!(
                    tag[i + 5..].starts_with("hb-"),
                    "{v:?}: ids are prefixed against DOM clobbering: {tag}"
                );
            }
        }
    }
}

#[test]
fn raw_html_is_shown_as_text_not_dropped_silently() {
    let html = render_markdown(
        "Before <b onclick=x>bold</b> after",
        "ch",
        &Labels::for_lang("en"),
    );
    assert!(html.contains("&lt;b onclick=x&gt;"), "{html}");
}
