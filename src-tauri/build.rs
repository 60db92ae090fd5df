// The app's own commands are declared here, so that each one must be granted in `capabilities/` like any
// plugin permission: nothing is callable from the webview unless a capability names it.
const COMMANDS: &[&str] = &[
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
    "vault_status",
    "set_lock_after",
    "vault_create",
    "vault_unlock",
    "vault_lock",
    "vault_change_passphrase",
    "passphrase_strength",
    "set_lang",
    "set_staff_profile",
    "cases_list",
    "case_create",
    "case_view",
    "case_answer",
    "case_override",
    "case_correct",
    "case_close",
    "case_reopen",
    "backup_now",
    "backups",
    "restore_backup",
    "audit_verify",
    "purge_closed",
    "workflows",
    "export_case",
    "export_cases_csv",
    "export_blank",
    "export_returnee_sheet",
    "import_case",
    "reveal_export",
    "identity_card",
    "save_card",
    "read_card_file",
    "read_card",
    "trust_card",
    "trusted_cards",
    "revoke_card",
    "handover_status",
    "handover_send",
    "handover_open",
    "handover_inspect",
    "handover_receive",
];

fn main() {
    let attributes =
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(e) = tauri_build::try_build(attributes) {
        panic!("tauri build script failed: {e:#}");
    }
}
