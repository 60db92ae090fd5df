//! The Tauri shell: window, plugins and one-line commands over `avr_core::api`. No logic lives here.

mod commands;
mod files;
#[cfg(target_os = "linux")]
mod session_lock;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock, mpsc};
use std::time::Instant;

use avr_core::ErrorCode;
use avr_core::api::{Api, ApiConfig, IpcError};
use tauri::{Emitter, Manager};

/// The core facade, or the reason it could not open (shown by the UI instead of a blank window). It opens on a
/// thread of its own while the window and the page load, so the first paint never waits for the handbook or the
/// case store; a command that comes before it is ready waits for it (in practice it is ready first).
pub struct AppState {
    api: Arc<OnceLock<Result<Arc<Api>, IpcError>>>,
    started: Instant,
    /// Told once the page has painted: the search index opens after that (see `background`).
    painted: std::sync::Mutex<Option<mpsc::Sender<()>>>,
}

impl AppState {
    /// The api, for a command the user's action made: the idle lock starts counting again.
    pub fn api(&self) -> Result<&Api, IpcError> {
        let api = self.quiet()?;
        api.touch();
        Ok(api)
    }

    /// The api, for the UI's own polling (status, first paint), which is not the user's activity.
    pub fn quiet(&self) -> Result<&Api, IpcError> {
        self.api.wait().as_deref().map_err(Clone::clone)
    }

    /// The UI's first paint, in milliseconds since the process started. Printed as one line on stdout for the
    /// start-up benchmark; it carries no user data. With `AVR_TIMELINE` set, the page's own steps too (`marks`,
    /// milliseconds after the page's time origin `origin`, an epoch time in ms), moved onto the process's clock.
    pub fn first_paint(&self, origin: f64, marks: &[(String, f64)]) -> f64 {
        let ms = self.started.elapsed().as_secs_f64() * 1000.0;
        if std::env::var_os("AVR_TIMELINE").is_some() {
            // The epoch time `main` started at, from the wall clock now and the steady time since.
            let main_epoch = now_ms() as f64 - ms;
            for (step, at) in marks.iter().filter(|(step, _)| step.starts_with("page-")) {
                println!("AVR_MARK {step}={:.1}", origin + at - main_epoch);
            }
        }
        println!("AVR_FIRST_PAINT_MS={ms:.1}");
        if let Some(tx) = self.painted.lock().ok().and_then(|mut p| p.take()) {
            let _ = tx.send(());
        }
        ms
    }
}

/// How often the shell asks the core whether to lock (idle time passed, or the computer woke from sleep): a woken
/// laptop shows a locked store within a second.
const IDLE_CHECK: std::time::Duration = std::time::Duration::from_secs(1);

/// `AVR_DATA_DIR` lets tests and portable installs choose the data folder.
fn data_dir(app: &tauri::AppHandle) -> Result<PathBuf, IpcError> {
    if let Some(dir) = std::env::var_os("AVR_DATA_DIR") {
        return Ok(PathBuf::from(dir));
    }
    app.path().app_data_dir().map_err(internal)
}

/// The handbook ships as a bundled resource. In development and test builds only, `AVR_HANDBOOK_DIR` points the
/// app at another folder; a release build has no such hook, so nobody can make it load unsigned safeguards.
///
/// Otherwise a handbook package installed from a USB stick (`avr handbook install`, issue 17) is loaded instead of
/// the bundled one while it is newer and still verifies against the publisher key compiled into the core.
fn handbook_dir(app: &tauri::AppHandle, data_dir: &std::path::Path) -> Result<PathBuf, IpcError> {
    #[cfg(any(debug_assertions, feature = "test-hooks"))]
    if let Some(dir) = std::env::var_os("AVR_HANDBOOK_DIR") {
        return Ok(PathBuf::from(dir));
    }
    let bundled = app.path().resource_dir().map_err(internal)?.join("handbook");
    Ok(avr_core::api::handbook_to_load(&bundled, data_dir, test_publisher().as_deref()).dir)
}

/// A test publisher's public key that development and end-to-end builds trust besides the shipped one
/// (`AVR_TEST_PUBLISHER_KEY`, a `.pub` file); a release build has no such hook.
fn test_publisher() -> Option<String> {
    #[cfg(any(debug_assertions, feature = "test-hooks"))]
    if let Some(path) = std::env::var_os("AVR_TEST_PUBLISHER_KEY") {
        return std::fs::read_to_string(path).ok();
    }
    None
}

/// One start-up step for `scripts/bench-startup.py`, printed only when `AVR_TIMELINE` is set: its name and the
/// milliseconds since `main` started. No user data.
fn mark(started: Instant, step: &str) {
    if std::env::var_os("AVR_TIMELINE").is_some() {
        println!("AVR_MARK {step}={:.1}", started.elapsed().as_secs_f64() * 1000.0);
    }
}

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
}

pub(crate) fn internal(e: impl std::fmt::Display) -> IpcError {
    IpcError {
        code: ErrorCode::Internal,
        message: e.to_string(),
    }
}

fn open_api(app: &tauri::AppHandle) -> Result<Arc<Api>, IpcError> {
    let data_dir = data_dir(app)?;
    let config = ApiConfig {
        handbook_dir: handbook_dir(app, &data_dir)?,
        data_dir,
    };
    let api = Api::open(config)?;
    if let Some(key) = test_publisher() {
        api.trust_test_publisher(&key)?;
    }
    Ok(Arc::new(api))
}

/// WebKitGTK composites every frame through OpenGL by default. Without a usable GPU (virtual machines, older
/// laptops, Xvfb) that OpenGL is a software renderer and one frame costs 30–60 ms, which made each keystroke in
/// search wait two to four frames for its results. The app draws text, lists and forms and animates nothing, so
/// it paints without compositing: keystroke → painted results went from p95 ~79 ms to ~17 ms under Xvfb.
/// `AVR_GPU_COMPOSITING=1` keeps WebKit's default.
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

/// The search index waits for the first paint at most this long.
const INDEX_AFTER_PAINT_AT_MOST: std::time::Duration = std::time::Duration::from_secs(3);

/// What runs beside the window once the api is open: the idle and wake lock check, and the search index. Opening
/// the index (~170 ms of work) waits for the page's first paint: on two cores it competed with WebKit starting its
/// processes and delayed the first screen.
fn background(api: &Arc<Api>, handle: &tauri::AppHandle, started: Instant, painted: mpsc::Receiver<()>) {
    // The idle lock runs in the core, whatever screen is open; the UI only shows it. A `Weak` lets the
    // api go at exit.
    let (weak, ticks) = (Arc::downgrade(api), handle.clone());
    std::thread::spawn(move || {
        let mut watch = avr_core::api::WakeWatch::new(now_ms(), std::time::Instant::now());
        loop {
            std::thread::sleep(IDLE_CHECK);
            let Some(api) = weak.upgrade() else { return };
            if let Ok(Some(why)) = api.lock_check(&mut watch, now_ms(), std::time::Instant::now()) {
                let _ = ticks.emit("vault-locked", why.as_str());
            }
        }
    });
    // Build or open the search index off the UI thread; the reader works meanwhile.
    let (api, handle) = (Arc::clone(api), handle.clone());
    std::thread::spawn(move || {
        let _ = painted.recv_timeout(INDEX_AFTER_PAINT_AT_MOST);
        let done = api.prepare_search(&mut |p| {
            let _ = handle.emit("search-index-progress", (p.done, p.total));
        });
        mark(started, "index-open");
        let _ = handle.emit("search-index-ready", done.is_ok());
        // For the benchmark only: the first query answered, as the search box would ask it.
        if std::env::var_os("AVR_TIMELINE").is_some()
            && let Ok(req) = serde_json::from_value(serde_json::json!({ "query": "return" }))
            && api.search(&req).is_ok()
        {
            mark(started, "first-query");
        }
    });
}

pub fn run(started: Instant) {
    mark(started, "run");
    let first_ipc = std::sync::Once::new();
    let handler = commands::handler();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.set_focus();
            }
        }))
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(files::LastExport::default())
        .manage(files::PickedPackage::default())
        .setup(move |app| {
            mark(started, "setup");
            #[cfg(target_os = "linux")]
            if let Some(w) = app.get_webview_window("main") {
                paint_without_gpu_compositing(&w);
            }
            let cell = Arc::new(OnceLock::new());
            let (paint_tx, painted) = mpsc::channel();
            app.manage(AppState {
                api: Arc::clone(&cell),
                started,
                painted: std::sync::Mutex::new(Some(paint_tx)),
            });
            #[cfg(target_os = "linux")]
            session_lock::watch(&cell, app.handle());
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                mark(started, "api-open-start");
                let state = open_api(&handle);
                mark(started, "api-open-end");
                let opened = state.as_ref().ok().map(Arc::clone);
                let _ = cell.set(state);
                if let Some(api) = opened {
                    background(&api, &handle, started, painted);
                }
            });
            Ok(())
        })
        .on_page_load(move |_, page| match page.event() {
            tauri::webview::PageLoadEvent::Started => mark(started, "page-load-started"),
            tauri::webview::PageLoadEvent::Finished => mark(started, "page-load-finished"),
        })
        .invoke_handler(move |invoke| {
            first_ipc.call_once(|| mark(started, "first-ipc"));
            handler(invoke)
        })
        .build(tauri::generate_context!());
    mark(started, "plugins");
    match result {
        // On exit the store is locked before the process ends (an api still opening is waited for: no thread is
        // left inside SQLCipher when the process goes).
        Ok(app) => app.run(|app, event| {
            if let tauri::RunEvent::Exit = event
                && let Some(state) = app.try_state::<AppState>()
                && let Ok(api) = state.quiet()
            {
                let _ = api.vault_lock();
            }
        }),
        Err(e) => {
            eprintln!("AVR Field Handbook could not start: {e}");
            std::process::exit(1);
        }
    }
}
