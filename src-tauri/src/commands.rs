//! One line per command. The list must match `COMMANDS` in build.rs, which the test below checks against
//! `ui/src/lib/ipc/commands.ts` and the capabilities.

#![allow(
    clippy::needless_pass_by_value,
    reason = "Tauri deserializes command arguments into owned values"
)]

use avr_core::api::{
    About, AuditReport, BackupInfo, Bookmark, CaseFilter, CaseSummary, CaseView, ChapterView, IpcError,
    NewCaseRequest, PassphraseStrength, PurgeReport, ReadingState, RekeyReport, SearchRequest,
    SearchResponse, SearchStatus, StaffProfile, Toc, VaultStatus,
};
use avr_core::api::{
    BlankRequest, CaseListExport, ExportDone, ExportRequest, ReturneeSheetRequest, WorkflowInfo,
};
use avr_core::api::{BookInstalled, BookPreview, BookVersions};
use avr_core::api::{
    CardInfo, CardRenewal, HandoverPreview, HandoverSent, HandoverStatus, HandoverTo, OfficeCard, TrustedCard,
};
use avr_core::i18n::Lang;
use tauri::{AppHandle, State};

use crate::AppState;
use crate::files;

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
    Ok(s.quiet()?.search_status())
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
fn report_first_paint(s: State<'_, AppState>, origin: f64, marks: Vec<(String, f64)>) -> Res<f64> {
    Ok(s.first_paint(origin, &marks))
}

#[tauri::command]
fn vault_status(s: State<'_, AppState>) -> Res<VaultStatus> {
    Ok(s.quiet()?.vault_status()?)
}

#[tauri::command]
fn set_lock_after(s: State<'_, AppState>, minutes: u32) -> Res<()> {
    s.quiet()?.set_lock_after_minutes(minutes);
    Ok(())
}

#[tauri::command]
fn vault_create(s: State<'_, AppState>, passphrase: String, staff: StaffProfile) -> Res<VaultStatus> {
    Ok(s.api()?.vault_create(&passphrase, &staff)?)
}

#[tauri::command]
fn vault_unlock(s: State<'_, AppState>, passphrase: String) -> Res<VaultStatus> {
    Ok(s.api()?.vault_unlock(&passphrase)?)
}

#[tauri::command]
fn set_lang(s: State<'_, AppState>, lang: Lang) -> Res<()> {
    s.api()?.set_lang(lang);
    Ok(())
}

#[tauri::command]
fn vault_lock(s: State<'_, AppState>) -> Res<()> {
    Ok(s.api()?.vault_lock()?)
}

#[tauri::command]
fn vault_change_passphrase(s: State<'_, AppState>, current: String, new: String) -> Res<RekeyReport> {
    Ok(s.api()?.vault_change_passphrase(&current, &new)?)
}

#[tauri::command]
fn passphrase_strength(s: State<'_, AppState>, passphrase: String, lang: Lang) -> Res<PassphraseStrength> {
    Ok(s.api()?.passphrase_strength(&passphrase, lang))
}

#[tauri::command]
fn set_staff_profile(s: State<'_, AppState>, staff: StaffProfile) -> Res<VaultStatus> {
    Ok(s.api()?.set_staff_profile(&staff)?)
}

#[tauri::command]
fn cases_list(s: State<'_, AppState>, filter: CaseFilter) -> Res<Vec<CaseSummary>> {
    Ok(s.api()?.cases_list(&filter)?)
}

#[tauri::command]
fn case_create(s: State<'_, AppState>, req: NewCaseRequest) -> Res<CaseView> {
    Ok(s.api()?.case_create(&req)?)
}

#[tauri::command]
fn case_view(s: State<'_, AppState>, id: i64) -> Res<CaseView> {
    Ok(s.api()?.case_view(id)?)
}

/// `person`: `null` for the principal applicant, n for household member n (member steps only).
#[tauri::command]
fn case_answer(
    s: State<'_, AppState>,
    id: i64,
    person: Option<u32>,
    field: String,
    value: serde_json::Value,
) -> Res<CaseView> {
    Ok(s.api()?.case_answer_for(id, person, &field, &value)?)
}

#[tauri::command]
fn case_correct(
    s: State<'_, AppState>,
    id: i64,
    person: Option<u32>,
    field: String,
    value: serde_json::Value,
    reason: String,
    supervisor: Option<String>,
) -> Res<CaseView> {
    Ok(s.api()?
        .case_correct_for(id, person, &field, &value, &reason, supervisor.as_deref())?)
}

#[tauri::command]
fn case_override(
    s: State<'_, AppState>,
    id: i64,
    person: Option<u32>,
    safeguard: String,
    supervisor: String,
    reason: String,
) -> Res<CaseView> {
    Ok(s.api()?
        .case_override_for(id, person, &safeguard, &supervisor, &reason)?)
}

#[tauri::command]
fn case_close(s: State<'_, AppState>, id: i64) -> Res<CaseView> {
    Ok(s.api()?.case_close(id)?)
}

#[tauri::command]
fn case_reopen(s: State<'_, AppState>, id: i64) -> Res<CaseView> {
    Ok(s.api()?.case_reopen(id)?)
}

#[tauri::command]
fn backup_now(s: State<'_, AppState>) -> Res<Vec<BackupInfo>> {
    Ok(s.api()?.backup_now()?)
}

#[tauri::command]
fn backups(s: State<'_, AppState>) -> Res<Vec<BackupInfo>> {
    Ok(s.api()?.backups()?)
}

#[tauri::command]
fn restore_backup(s: State<'_, AppState>, file_name: String, passphrase: String) -> Res<VaultStatus> {
    Ok(s.api()?.restore_backup(&file_name, &passphrase)?)
}

#[tauri::command]
fn audit_verify(s: State<'_, AppState>) -> Res<AuditReport> {
    Ok(s.api()?.audit_verify()?)
}

#[tauri::command]
fn purge_closed(s: State<'_, AppState>, older_than_days: u32) -> Res<PurgeReport> {
    Ok(s.api()?.purge_closed(older_than_days)?)
}

#[tauri::command]
fn workflows(s: State<'_, AppState>) -> Res<Vec<WorkflowInfo>> {
    Ok(s.api()?.workflows())
}

// Exports ask where to save on a worker thread (`async`): a native dialog must not block the main thread.

#[tauri::command]
async fn export_case(app: AppHandle, s: State<'_, AppState>, req: ExportRequest) -> Res<Option<ExportDone>> {
    let api = s.api()?;
    files::save_as(&app, &api.export_file_name(&req)?, |path| {
        api.export_case(&req, path)
    })
}

#[tauri::command]
async fn export_cases_csv(
    app: AppHandle,
    s: State<'_, AppState>,
    req: CaseListExport,
) -> Res<Option<ExportDone>> {
    let api = s.api()?;
    files::save_as(&app, "cases.csv", |path| api.export_cases_csv(&req, path))
}

#[tauri::command]
async fn export_blank(app: AppHandle, s: State<'_, AppState>, req: BlankRequest) -> Res<Option<ExportDone>> {
    let api = s.api()?;
    files::save_as(&app, &api.blank_file_name(&req)?, |path| {
        api.export_blank(&req, path)
    })
}

#[tauri::command]
async fn export_returnee_sheet(
    app: AppHandle,
    s: State<'_, AppState>,
    req: ReturneeSheetRequest,
) -> Res<Option<ExportDone>> {
    let api = s.api()?;
    files::save_as(&app, &api.returnee_sheet_file_name(&req)?, |path| {
        api.export_returnee_sheet(&req, path)
    })
}

#[tauri::command]
async fn import_case(app: AppHandle, s: State<'_, AppState>) -> Res<Option<CaseView>> {
    let api = s.api()?;
    files::pick_json(&app)?
        .map(|path| api.import_case(&path))
        .transpose()
        .map_err(Into::into)
}

#[tauri::command]
fn reveal_export(app: AppHandle) -> Res<()> {
    files::reveal_last(&app)
}

// Office cards, the trust list and handover packages (issue 17). Files are chosen in the shell's dialogs; the
// package picked last is remembered by the shell, so the page looks into it and receives it without a path.

#[tauri::command]
fn identity_card(s: State<'_, AppState>) -> Res<CardInfo> {
    Ok(s.api()?.identity_card()?)
}

#[tauri::command]
async fn save_card(app: AppHandle, s: State<'_, AppState>) -> Res<Option<ExportDone>> {
    let api = s.api()?;
    files::save_as(&app, &api.identity_card()?.file_name, |path| api.save_card(path))
}

#[tauri::command]
async fn read_card_file(app: AppHandle, s: State<'_, AppState>) -> Res<Option<CardInfo>> {
    let api = s.api()?;
    Ok(files::pick_card(&app)?
        .map(|p| api.read_card_file(&p))
        .transpose()?)
}

#[tauri::command]
fn read_card(s: State<'_, AppState>, text: String) -> Res<OfficeCard> {
    Ok(s.api()?.read_card(&text)?)
}

#[tauri::command]
fn trust_card(s: State<'_, AppState>, text: String) -> Res<TrustedCard> {
    Ok(s.api()?.trust_card(&text)?)
}

#[tauri::command]
fn trusted_cards(s: State<'_, AppState>) -> Res<Vec<TrustedCard>> {
    Ok(s.api()?.trusted_cards()?)
}

#[tauri::command]
fn revoke_card(s: State<'_, AppState>, fingerprint: String) -> Res<TrustedCard> {
    Ok(s.api()?.revoke_card(&fingerprint)?)
}

#[tauri::command]
fn renew_identity(s: State<'_, AppState>) -> Res<CardInfo> {
    Ok(s.api()?.renew_identity()?)
}

#[tauri::command]
fn card_renewal(s: State<'_, AppState>, text: String) -> Res<CardRenewal> {
    Ok(s.api()?.card_renewal(&text)?)
}

#[tauri::command]
fn handover_status(s: State<'_, AppState>, id: i64) -> Res<Option<HandoverStatus>> {
    Ok(s.api()?.handover_status(id)?)
}

#[tauri::command]
async fn handover_send(
    app: AppHandle,
    s: State<'_, AppState>,
    id: i64,
    to: HandoverTo,
) -> Res<Option<HandoverSent>> {
    let api = s.api()?;
    files::save_as(&app, &api.handover_file_name(id)?, |path| {
        api.handover_send(id, &to, path)
    })
}

#[tauri::command]
async fn handover_open(
    app: AppHandle,
    s: State<'_, AppState>,
    passphrase: Option<String>,
) -> Res<Option<HandoverPreview>> {
    let api = s.api()?;
    Ok(files::pick_package(&app)?
        .map(|p| api.handover_inspect_file(&p, passphrase.as_deref()))
        .transpose()?)
}

#[tauri::command]
fn handover_inspect(
    app: AppHandle,
    s: State<'_, AppState>,
    passphrase: Option<String>,
) -> Res<HandoverPreview> {
    Ok(s.api()?
        .handover_inspect_file(&files::picked_package(&app)?, passphrase.as_deref())?)
}

#[tauri::command]
fn handover_receive(
    app: AppHandle,
    s: State<'_, AppState>,
    passphrase: Option<String>,
    confirm_unknown_sender: bool,
) -> Res<CaseView> {
    Ok(s.api()?.handover_receive_file(
        &files::picked_package(&app)?,
        passphrase.as_deref(),
        confirm_unknown_sender,
    )?)
}

// Handbook packages (issue 17): the shell's dialog picks the `.avrbook` and remembers it; the page looks into it
// (again with a downgrade allowed, once the user confirmed it), installs it, and restarts the app to use it.

#[tauri::command]
fn book_versions(s: State<'_, AppState>) -> Res<BookVersions> {
    Ok(s.api()?.book_versions()?)
}

#[tauri::command]
async fn book_open(
    app: AppHandle,
    s: State<'_, AppState>,
    allow_downgrade: bool,
) -> Res<Option<BookPreview>> {
    let Some(path) = files::pick_book(&app)? else {
        return Ok(None);
    };
    Ok(Some(
        s.api()?
            .book_inspect(&files::read_book(&path)?, allow_downgrade)?,
    ))
}

#[tauri::command]
async fn book_inspect(app: AppHandle, s: State<'_, AppState>, allow_downgrade: bool) -> Res<BookPreview> {
    Ok(s.api()?
        .book_inspect(&files::picked_book(&app)?, allow_downgrade)?)
}

#[tauri::command]
async fn book_install(app: AppHandle, s: State<'_, AppState>, allow_downgrade: bool) -> Res<BookInstalled> {
    Ok(s.api()?
        .book_install(&files::picked_book(&app)?, allow_downgrade)?)
}

#[tauri::command]
fn book_rollback(s: State<'_, AppState>) -> Res<BookVersions> {
    Ok(s.api()?.book_rollback()?)
}

/// Quit and start again (the store is locked on the way out, as at any exit): a newly installed handbook is
/// loaded at start-up.
#[tauri::command]
fn restart_app(app: AppHandle) {
    app.request_restart();
}

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
        report_first_paint,
        vault_status,
        set_lock_after,
        vault_create,
        vault_unlock,
        vault_lock,
        vault_change_passphrase,
        passphrase_strength,
        set_lang,
        set_staff_profile,
        cases_list,
        case_create,
        case_view,
        case_answer,
        case_override,
        case_correct,
        case_close,
        case_reopen,
        backup_now,
        backups,
        restore_backup,
        audit_verify,
        purge_closed,
        workflows,
        export_case,
        export_cases_csv,
        export_blank,
        export_returnee_sheet,
        import_case,
        reveal_export,
        identity_card,
        save_card,
        read_card_file,
        read_card,
        trust_card,
        trusted_cards,
        revoke_card,
        renew_identity,
        card_renewal,
        handover_status,
        handover_send,
        handover_open,
        handover_inspect,
        handover_receive,
        book_versions,
        book_open,
        book_inspect,
        book_install,
        book_rollback,
        restart_app
    ]
}

#[cfg(test)]
mod tests {
    /// The command list declared once, in build.rs (the app manifest that capabilities grant from).
    fn declared() -> Vec<&'static str> {
        let build = include_str!("../build.rs");
        let start = build.find("const COMMANDS").unwrap_or(0);
        let list = &build[start..build[start..].find("];").map_or(build.len(), |e| start + e)];
        list.split('"').skip(1).step_by(2).collect()
    }

    #[test]
    fn every_declared_command_is_typed_in_the_ui_and_granted_in_a_capability() {
        let ts = include_str!("../../ui/src/lib/ipc/commands.ts");
        let caps = include_str!("../capabilities/default.json");
        let names = declared();
        assert_eq!(names.len(), 59, "build.rs declares the app's commands: {names:?}");
        for name in names {
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
}
