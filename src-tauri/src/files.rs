//! Where exports go and imports come from. The page never names a path: it asks for an export, and the shell
//! shows the native save dialog (or, in a test build, uses the folder in `AVR_EXPORT_DIR`), then
//! remembers the file so that "open folder" can reveal it. A cancelled dialog is `Ok(None)`. Files to open
//! (a case export, an office card, a handover package, a handbook package) are picked in the native open dialog
//! (in a test build, the first file of the right kind in `AVR_IMPORT_DIR`); a handover or handbook package picked
//! is remembered here, so that the page can look into it, ask for a passphrase or a confirmation, and receive or
//! install it without naming it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use avr_core::ErrorCode;
use avr_core::api::IpcError;
use avr_core::i18n::{interface_lang, t};
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;

use crate::internal;

/// The last file written by an export, for "open folder".
#[derive(Default)]
pub(crate) struct LastExport(Mutex<Option<PathBuf>>);

/// The package of each kind (by extension: `avrcase`, `avrbook`) picked last, until another is picked.
#[derive(Default)]
pub(crate) struct PickedPackage(Mutex<std::collections::BTreeMap<&'static str, PathBuf>>);

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

/// Development and test builds only: the first file (by name) ending in `.ext` in the folder named by
/// `AVR_IMPORT_DIR` is "picked", without a dialog.
#[cfg(any(debug_assertions, feature = "test-hooks"))]
fn import_dir_hook(ext: &str) -> Option<Option<PathBuf>> {
    let dir = PathBuf::from(std::env::var_os("AVR_IMPORT_DIR")?);
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| extension(&p.to_string_lossy()) == ext)
        .collect();
    files.sort();
    Some(files.into_iter().next())
}

#[cfg(not(any(debug_assertions, feature = "test-hooks")))]
fn import_dir_hook(_ext: &str) -> Option<Option<PathBuf>> {
    None
}

fn extension(name: &str) -> &str {
    Path::new(name).extension().and_then(|e| e.to_str()).unwrap_or("")
}

/// Ask where to save `suggested`, then run `write` there. Runs on a worker thread (dialogs block).
pub(crate) fn save_as<T>(
    app: &AppHandle,
    suggested: &str,
    write: impl FnOnce(&Path) -> Result<T, avr_core::Error>,
) -> Result<Option<T>, IpcError> {
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

/// Ask for a file to open: its dialog title and filter name (catalog keys), and its extension.
fn pick(app: &AppHandle, title: &str, filter: &str, ext: &str) -> Result<Option<PathBuf>, IpcError> {
    if let Some(hooked) = import_dir_hook(ext) {
        return Ok(hooked);
    }
    match app
        .dialog()
        .file()
        .set_title(t(interface_lang(), title))
        .add_filter(t(interface_lang(), filter), &[ext])
        .blocking_pick_file()
    {
        Some(p) => Ok(Some(p.into_path().map_err(internal)?)),
        None => Ok(None),
    }
}

/// Ask for a JSON export file to import.
pub(crate) fn pick_json(app: &AppHandle) -> Result<Option<PathBuf>, IpcError> {
    pick(app, "shell-import-title", "shell-json-filter", "json")
}

/// Ask for an office card file.
pub(crate) fn pick_card(app: &AppHandle) -> Result<Option<PathBuf>, IpcError> {
    pick(app, "shell-card-title", "shell-card-filter", "avrcard")
}

/// Ask for a package of kind `ext` and remember it.
fn pick_remembered(
    app: &AppHandle,
    title: &str,
    filter: &str,
    ext: &'static str,
) -> Result<Option<PathBuf>, IpcError> {
    let picked = pick(app, title, filter, ext)?;
    if let (Some(path), Ok(mut slots)) = (&picked, app.state::<PickedPackage>().0.lock()) {
        slots.insert(ext, path.clone());
    }
    Ok(picked)
}

/// The package of kind `ext` picked last.
fn remembered(app: &AppHandle, ext: &str) -> Result<PathBuf, IpcError> {
    app.state::<PickedPackage>()
        .0
        .lock()
        .ok()
        .and_then(|g| g.get(ext).cloned())
        .ok_or_else(|| IpcError {
            code: ErrorCode::NotFound,
            message: avr_core::i18n::tr(interface_lang(), "shell-nothing-chosen", &[("ext", ext.into())]),
        })
}

/// Ask for a handover package, and remember it for [`picked_package`].
pub(crate) fn pick_package(app: &AppHandle) -> Result<Option<PathBuf>, IpcError> {
    pick_remembered(app, "shell-package-title", "shell-package-filter", "avrcase")
}

/// The handover package picked last.
pub(crate) fn picked_package(app: &AppHandle) -> Result<PathBuf, IpcError> {
    remembered(app, "avrcase")
}

/// Ask for a handbook package, and remember it for [`picked_book`].
pub(crate) fn pick_book(app: &AppHandle) -> Result<Option<PathBuf>, IpcError> {
    pick_remembered(app, "shell-book-title", "shell-book-filter", "avrbook")
}

/// The handbook package picked last, read whole (at most the package size limit).
pub(crate) fn picked_book(app: &AppHandle) -> Result<Vec<u8>, IpcError> {
    read_book(&remembered(app, "avrbook")?)
}

/// A handbook package's bytes; one larger than the limit is left to the core to refuse by name.
pub(crate) fn read_book(path: &Path) -> Result<Vec<u8>, IpcError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| IpcError {
        code: ErrorCode::NotFound,
        message: format!("{}: {e}", path.display()),
    })?;
    let mut bytes = Vec::new();
    file.take(avr_core::updates::MAX_PACKAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(internal)?;
    Ok(bytes)
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
            message: t(interface_lang(), "shell-nothing-exported"),
        })?;
    tauri_plugin_opener::reveal_item_in_dir(&path).map_err(|e| IpcError {
        code: ErrorCode::Internal,
        message: avr_core::i18n::tr(
            interface_lang(),
            "shell-cannot-open-folder",
            &[
                ("path", path.display().to_string().into()),
                ("error", e.to_string().into()),
            ],
        ),
    })
}
