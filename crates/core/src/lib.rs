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
pub mod search;
mod stats;
pub mod workflow;

pub use error::{Error, ErrorCode, Result};
