//! The desktop app's entry point: keep memory out of crash dumps, then run the Tauri shell.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    let started = std::time::Instant::now();
    for problem in avr_core::harden_process() {
        eprintln!("warning: could not keep memory out of crash dumps ({problem})");
    }
    avr_app::run(started);
}
