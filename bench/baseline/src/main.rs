//! The start-up benchmark's yardstick: the desktop app with everything of ours taken out. Same Tauri, same window,
//! same WebKit rendering policy, and a static page that reports its first paint the way the app's UI does, so
//! `scripts/bench-startup.py` can tell our own cost from the cost of Tauri and WebKit themselves.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::sync::OnceLock;
use std::time::Instant;

static STARTED: OnceLock<Instant> = OnceLock::new();

fn since_start_ms() -> f64 {
    STARTED.get().map_or(0.0, |t| t.elapsed().as_secs_f64() * 1000.0)
}

/// The same start-up marks as the app prints (`AVR_TIMELINE=1`), for the ones an empty app has.
fn mark(what: &str) {
    if std::env::var_os("AVR_TIMELINE").is_some() {
        println!("AVR_MARK {what}={:.1}", since_start_ms());
    }
}

#[tauri::command]
fn report_first_paint() -> f64 {
    let ms = since_start_ms();
    println!("AVR_FIRST_PAINT_MS={ms:.1}");
    ms
}

/// As in the app (`src-tauri/src/lib.rs`): no GPU compositing unless `AVR_GPU_COMPOSITING=1`.
#[cfg(target_os = "linux")]
fn paint_without_gpu_compositing(window: &tauri::WebviewWindow) {
    use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt, WebViewExt};
    if std::env::var_os("AVR_GPU_COMPOSITING").is_some_and(|v| v == "1") {
        return;
    }
    let _ = window.with_webview(|webview| {
        if let Some(settings) = webview.inner().settings() {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    });
}

fn main() {
    STARTED.get_or_init(Instant::now);
    mark("main");
    let result = tauri::Builder::default()
        .setup(|app| {
            mark("setup");
            #[cfg(target_os = "linux")]
            if let Some(w) = tauri::Manager::get_webview_window(app, "main") {
                paint_without_gpu_compositing(&w);
            }
            #[cfg(not(target_os = "linux"))]
            let _ = app;
            Ok(())
        })
        .on_page_load(|_, payload| match payload.event() {
            tauri::webview::PageLoadEvent::Started => mark("page-load-started"),
            tauri::webview::PageLoadEvent::Finished => mark("page-load-finished"),
        })
        .invoke_handler(tauri::generate_handler![report_first_paint])
        .build(tauri::generate_context!());
    match result {
        Ok(app) => app.run(|_, _| {}),
        Err(e) => {
            eprintln!("baseline could not start: {e}");
            std::process::exit(1);
        }
    }
}
