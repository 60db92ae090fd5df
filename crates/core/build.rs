//! Embeds every Fluent catalog under the repository's `i18n/<lang>/` into the core, so the app and the command
//! line never run without their words. A translator adds a file and the next build picks it up: the list is
//! generated here rather than written by hand next to `include_str!`.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    // The manifest folder as cargo gives it to this run, not as it was when the script was compiled: two work
    // trees sharing one target folder share this script's binary, and a path compiled in would embed the other
    // tree's catalogs.
    let manifest = env::var_os("CARGO_MANIFEST_DIR").unwrap_or_else(|| env!("CARGO_MANIFEST_DIR").into());
    let root = Path::new(&manifest).join("../../i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    if let Ok(langs) = fs::read_dir(&root) {
        for lang in langs.flatten() {
            let Ok(entries) = fs::read_dir(lang.path()) else {
                continue;
            };
            for f in entries.flatten() {
                let path = f.path();
                if path.extension().is_some_and(|e| e == "ftl") {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    files.push((lang.file_name().to_string_lossy().into_owned(), name, path));
                }
            }
        }
    }
    files.sort();
    let mut out = String::from("/// `(language, file name, text)` of every embedded catalog.\n");
    out.push_str("pub(crate) static CATALOGS: &[(&str, &str, &str)] = &[\n");
    for (lang, name, path) in &files {
        let abs = path.canonicalize().unwrap_or_else(|_| path.clone());
        let _ = writeln!(
            out,
            "    ({lang:?}, {name:?}, include_str!({:?})),",
            abs.display().to_string()
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("catalogs.rs");
    if let Err(e) = fs::write(&dest, out) {
        panic!("cannot write {}: {e}", dest.display());
    }
}
