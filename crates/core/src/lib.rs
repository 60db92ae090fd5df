//! Headless core of the AVR Field Handbook.
//!
//! Everything a user can do goes through [`api::Api`]; the Tauri shell and the `avr` command line are thin
//! clients of it. Modules are the boundaries: `handbook` reads and renders the Markdown, `search` indexes it,
//! `casework` holds the case rules (what may be saved, latches, corrections, overrides), and `api` owns the DTOs
//! that cross IPC.

pub mod api;
pub mod cases;
pub mod casework;
mod error;
pub mod export;
pub mod handbook;
pub mod i18n;
pub mod identity;
pub mod search;
#[cfg(feature = "bench")]
mod stats;
pub mod updates;
pub mod workflow;

pub use error::{Error, ErrorCode, Result};

/// Keep the process's memory out of crash dumps: it holds the passphrase while the store is open and decrypted
/// pages of case records. Call it first thing in `main`. On Linux the process is made non-dumpable and its core
/// size limit set to zero; elsewhere the platform's defaults stand (see docs/security.md). Returns what could not
/// be done, for the caller to report; the app runs either way.
pub fn harden_process() -> Vec<String> {
    let mut problems = Vec::new();
    // Every file and folder the process creates (the store, backups, the reading state, exports, temp files) is
    // readable by its owner only: 0600 and 0700.
    #[cfg(unix)]
    rustix::process::umask(rustix::fs::Mode::from_raw_mode(0o077));
    #[cfg(target_os = "linux")]
    {
        use rustix::process::{DumpableBehavior, Resource, Rlimit, set_dumpable_behavior, setrlimit};
        if let Err(e) = setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        ) {
            problems.push(format!("core size limit: {e}"));
        }
        if let Err(e) = set_dumpable_behavior(DumpableBehavior::NotDumpable) {
            problems.push(format!("non-dumpable: {e}"));
        }
    }
    problems
}
