//! Integration tests over the real handbook, real SQLite files and real tantivy indexes in temp folders.

mod anchor;
mod api;
mod cases;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod casework;
mod checker;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod editions;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod edges;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod engine_words;
mod export;
#[allow(clippy::expect_used)]
mod forms;
#[allow(clippy::expect_used)]
mod handover;
mod household;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod languages;
mod passphrases;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod pdf_glyphs;
#[allow(clippy::expect_used)]
mod renewal;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod returnee;
mod sanitizer;
mod search;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod search_editions;
mod store_states;
mod workflow;
// Tests say why each expectation holds, in `expect`.
#[allow(clippy::expect_used)]
mod workflow_check;

use std::path::{Path, PathBuf};

pub(crate) fn handbook_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../handbook")
}

pub(crate) fn english() -> PathBuf {
    handbook_root().join("en")
}

/// Copy an edition into a temp folder so a test can damage it.
pub(crate) fn copy_edition(to: &Path) -> PathBuf {
    let dest = to.join("en");
    std::fs::create_dir_all(&dest).unwrap_or_else(|e| panic!("{e}"));
    for entry in std::fs::read_dir(english())
        .unwrap_or_else(|e| panic!("{e}"))
        .flatten()
    {
        std::fs::copy(entry.path(), dest.join(entry.file_name())).unwrap_or_else(|e| panic!("{e}"));
    }
    dest
}
