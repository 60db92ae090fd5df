//! One line per command. The list must match `COMMANDS` in build.rs and `ui/src/lib/ipc/commands.ts`
//! (the test below checks the latter).

#![allow(
    clippy::needless_pass_by_value,
    reason = "Tauri deserializes command arguments into owned values"
)]

use avr_core::api::{
    About, Bookmark, ChapterView, IpcError, ReadingState, SearchRequest, SearchResponse, SearchStatus, Toc,
};
use tauri::State;

use crate::AppState;

type Res<T> = Result<T, IpcError>;

#[tauri::command]
fn about(s: State<'_, AppState>) -> Res<About> {
    Ok(s.api()?.about())
}

#[tauri::command]
fn toc(s: State<'_, AppState>, lang: String) -> Res<Toc> {
    Ok(s.api()?.toc(&lang)?)
}

#[tauri::command]
fn chapter(s: State<'_, AppState>, lang: String, id: String) -> Res<ChapterView> {
    Ok(s.api()?.chapter(&lang, &id)?)
}

#[tauri::command]
fn search(s: State<'_, AppState>, req: SearchRequest) -> Res<SearchResponse> {
    Ok(s.api()?.search(&req)?)
}

#[tauri::command]
fn search_status(s: State<'_, AppState>) -> Res<SearchStatus> {
    Ok(s.api()?.search_status())
}

#[tauri::command]
fn reading_state(s: State<'_, AppState>, lang: String) -> Res<ReadingState> {
    Ok(s.api()?.reading_state(&lang)?)
}

#[tauri::command]
fn record_visit(s: State<'_, AppState>, lang: String, chapter: String, section: String) -> Res<()> {
    Ok(s.api()?.record_visit(&lang, &chapter, &section)?)
}

#[tauri::command]
fn add_bookmark(
    s: State<'_, AppState>,
    lang: String,
    chapter: String,
    section: String,
) -> Res<Vec<Bookmark>> {
    Ok(s.api()?.add_bookmark(&lang, &chapter, &section)?)
}

#[tauri::command]
fn remove_bookmark(
    s: State<'_, AppState>,
    lang: String,
    chapter: String,
    section: String,
) -> Res<Vec<Bookmark>> {
    Ok(s.api()?.remove_bookmark(&lang, &chapter, &section)?)
}

#[tauri::command]
fn report_first_paint(s: State<'_, AppState>) -> Res<f64> {
    Ok(s.api()?.first_paint())
}

#[cfg(test)]
pub(crate) const NAMES: &[&str] = &[
    "about",
    "toc",
    "chapter",
    "search",
    "search_status",
    "reading_state",
    "record_visit",
    "add_bookmark",
    "remove_bookmark",
    "report_first_paint",
];

pub(crate) fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        about,
        toc,
        chapter,
        search,
        search_status,
        reading_state,
        record_visit,
        add_bookmark,
        remove_bookmark,
        report_first_paint
    ]
}

#[cfg(test)]
mod tests {
    use super::NAMES;

    #[test]
    fn every_command_is_typed_in_the_ui_and_granted_in_a_capability() {
        let ts = include_str!("../../ui/src/lib/ipc/commands.ts");
        let caps = include_str!("../capabilities/default.json");
        for name in NAMES {
            assert!(
                ts.contains(&format!("{name}:")),
                "ui/src/lib/ipc/commands.ts lacks `{name}`"
            );
            let perm = format!("allow-{}", name.replace('_', "-"));
            assert!(
                caps.contains(&perm),
                "capabilities/default.json does not grant `{perm}`"
            );
        }
    }

    #[test]
    fn build_rs_declares_the_same_commands() {
        let build = include_str!("../build.rs");
        for name in NAMES {
            assert!(
                build.contains(&format!("\"{name}\"")),
                "build.rs COMMANDS lacks `{name}`"
            );
        }
    }
}
