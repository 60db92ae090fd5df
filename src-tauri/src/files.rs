//! Where exports go and imports come from. The page never names a path: it asks for an export, and the shell
//! shows the native save dialog (or, in a test build, uses the folder in `AVR_EXPORT_DIR`), then
//! remembers the file so that "open folder" can reveal it. A cancelled dialog is `Ok(None)`.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use avr_core::ErrorCode;
use avr_core::api::{ExportDone, IpcError};
use avr_core::i18n::{interface_lang, t};
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

use crate::internal;

/// The last file written by an export, for "open folder".
#[derive(Default)]
pub(crate) struct LastExport(Mutex<Option<PathBuf>>);

/// Development and test builds only (`--features test-hooks`): the folder named by `AVR_EXPORT_DIR` receives
/// exports under their suggested names, without a dialog. A release build always asks.
#[cfg(any(debug_assertions, feature = "test-hooks"))]
fn export_dir_hook() -> Option<PathBuf> {
    std::env::var_os("AVR_EXPORT_DIR").map(PathBuf::from)
}

#[cfg(not(any(debug_assertions, feature = "test-hooks")))]
fn export_dir_hook() -> Option<PathBuf> {
    None
}

fn extension(name: &str) -> &str {
    Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or("")
}

/// Ask where to save `suggested`, then run `write` there. Runs on a worker thread (dialogs block).
pub(crate) fn save_as(
    app: &AppHandle,
    suggested: &str,
    write: impl FnOnce(&Path) -> Result<ExportDone, avr_core::Error>,
) -> Result<Option<ExportDone>, IpcError> {
    let path = match export_dir_hook() {
        Some(dir) => Some(dir.join(suggested)),
        None => {
            let ext = extension(suggested);
            let mut dialog = app
                .dialog()
                .file()
                .set_title(t(interface_lang(), "shell-save-title"))
                .set_file_name(suggested)
                .add_filter(ext.to_uppercase(), &[ext]);
            if let Some(dir) = remembered_folder(app).or_else(|| app.path().document_dir().ok()) {
                dialog = dialog.set_directory(dir);
            }
            match dialog.blocking_save_file() {
                Some(p) => Some(p.into_path().map_err(internal)?),
                None => None,
            }
        }
    };
    let Some(path) = path else { return Ok(None) };
    let done = write(&path)?;
    if let Ok(mut last) = app.state::<LastExport>().0.lock() {
        *last = Some(path);
    }
    Ok(Some(done))
}

/// Ask for a JSON export file to import.
pub(crate) fn pick_json(app: &AppHandle) -> Result<Option<PathBuf>, IpcError> {
    match app
        .dialog()
        .file()
        .set_title(t(interface_lang(), "shell-import-title"))
        .add_filter(t(interface_lang(), "shell-json-filter"), &["json"])
        .blocking_pick_file()
    {
        Some(p) => Ok(Some(p.into_path().map_err(internal)?)),
        None => Ok(None),
    }
}

fn remembered_folder(app: &AppHandle) -> Option<PathBuf> {
    let last = app.state::<LastExport>();
    let guard = last.0.lock().ok()?;
    guard.as_ref()?.parent().map(Path::to_path_buf)
}

/// Show the last exported file in the system's file manager.
pub(crate) fn reveal_last(app: &AppHandle) -> Result<(), IpcError> {
    let last = app.state::<LastExport>();
    let path = last
        .0
        .lock()
        .ok()
        .and_then(|g| g.clone())
        .ok_or_else(|| IpcError {
            code: ErrorCode::NotFound,
            message: "nothing has been exported yet".into(),
        })?;
    tauri_plugin_opener::reveal_item_in_dir(&path).map_err(|e| IpcError {
        code: ErrorCode::Internal,
        message: format!("{}: cannot open the folder: {e}", path.display()),
    })
}
