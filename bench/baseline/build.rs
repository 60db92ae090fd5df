// The one command the page may call, granted in `capabilities/default.json` as the app grants its own.
fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&["report_first_paint"]);
    if let Err(e) = tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest)) {
        panic!("tauri build script failed: {e:#}");
    }
}
