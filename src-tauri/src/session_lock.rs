//! Lock the case store when the desktop locks the screen or the computer is about to sleep, where the desktop
//! says so. On Linux that is D-Bus: logind's `Lock` signal for a session and its `PrepareForSleep` (system bus),
//! and the screen savers' `ActiveChanged` (session bus: the freedesktop name KDE and XFCE use, GNOME's, MATE's and
//! Cinnamon's). A desktop without any of these still has the core's idle lock and its wake-from-sleep check.
//!
//! logind's `Lock` is taken from any session, not only this one: locking the store when another session of the
//! machine locks costs one passphrase, and telling sessions apart would need the session's escaped object path.

use std::sync::{Arc, OnceLock};

use avr_core::api::{Api, IpcError};
use tauri::Emitter;
use webkit2gtk::gio;

type Cell = Arc<OnceLock<Result<Arc<Api>, IpcError>>>;

/// The screen-saver interfaces whose `ActiveChanged(true)` means the screen locked.
const SCREEN_SAVERS: [&str; 4] = [
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
];

/// Start listening. Called on the main thread (its GLib main context delivers the signals); connecting to the
/// buses is asynchronous, so start-up never waits for them, and a bus that is not there is simply not watched.
pub(crate) fn watch(api: &Cell, handle: &tauri::AppHandle) {
    let (cell, said) = (Arc::clone(api), handle.clone());
    gio::bus_get(gio::BusType::System, gio::Cancellable::NONE, move |bus| {
        let Ok(bus) = bus else { return };
        let (c, s) = (Arc::clone(&cell), said.clone());
        bus.signal_subscribe(
            Some("org.freedesktop.login1"),
            Some("org.freedesktop.login1.Session"),
            Some("Lock"),
            None,
            None,
            gio::DBusSignalFlags::NONE,
            move |_, _, _, _, _, _| lock(&c, "screen-lock", &s),
        );
        let (c, s) = (Arc::clone(&cell), said.clone());
        bus.signal_subscribe(
            Some("org.freedesktop.login1"),
            Some("org.freedesktop.login1.Manager"),
            Some("PrepareForSleep"),
            Some("/org/freedesktop/login1"),
            None,
            gio::DBusSignalFlags::NONE,
            move |_, _, _, _, _, params| {
                if params.get::<(bool,)>().is_some_and(|(going,)| going) {
                    lock(&c, "suspend", &s);
                }
            },
        );
        // The bus connection is a process-wide singleton held weakly by GLib: keep it for the life of the app.
        std::mem::forget(bus);
    });
    let (cell, handle) = (Arc::clone(api), handle.clone());
    gio::bus_get(gio::BusType::Session, gio::Cancellable::NONE, move |bus| {
        let Ok(bus) = bus else { return };
        for interface in SCREEN_SAVERS {
            let (c, s) = (Arc::clone(&cell), handle.clone());
            bus.signal_subscribe(
                None,
                Some(interface),
                Some("ActiveChanged"),
                None,
                None,
                gio::DBusSignalFlags::NONE,
                move |_, _, _, _, _, params| {
                    if params.get::<(bool,)>().is_some_and(|(active,)| active) {
                        lock(&c, "screen-lock", &s);
                    }
                },
            );
        }
        std::mem::forget(bus);
    });
}

/// Lock on a thread of its own: locking waits for a backup or the page warm-up to finish, and the main thread
/// must keep painting meanwhile. The page hears of it as of the idle lock.
fn lock(cell: &Cell, why: &'static str, handle: &tauri::AppHandle) {
    let Some(Ok(api)) = cell.get() else { return };
    let (api, handle) = (Arc::clone(api), handle.clone());
    std::thread::spawn(move || {
        if api.lock_now().unwrap_or(false) {
            let _ = handle.emit("vault-locked", why);
        }
    });
}
