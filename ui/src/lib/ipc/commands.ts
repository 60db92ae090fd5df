// Typed wrappers over the app's IPC commands. Argument and result types are generated from the Rust DTOs
// (./bindings, by ts-rs); the command names must match src-tauri/src/commands.rs (a Rust test checks this).
import { invoke } from "@tauri-apps/api/core";
import { markFirstCall } from "../startmark";
import type { About } from "./bindings/About";
import type { Bookmark } from "./bindings/Bookmark";
import type { ChapterView } from "./bindings/ChapterView";
import type { ErrorCode } from "./bindings/ErrorCode";
import type { IpcError } from "./bindings/IpcError";
import type { ReadingState } from "./bindings/ReadingState";
import type { SearchRequest } from "./bindings/SearchRequest";
import type { SearchResponse } from "./bindings/SearchResponse";
import type { SearchStatus } from "./bindings/SearchStatus";
import type { Toc } from "./bindings/Toc";
import type { AuditReport } from "./bindings/AuditReport";
import type { BackupInfo } from "./bindings/BackupInfo";
import type { CaseFilter } from "./bindings/CaseFilter";
import type { CaseSummary } from "./bindings/CaseSummary";
import type { CaseView } from "./bindings/CaseView";
import type { NewCaseRequest } from "./bindings/NewCaseRequest";
import type { PurgeReport } from "./bindings/PurgeReport";
import type { PassphraseStrength } from "./bindings/PassphraseStrength";
import type { RekeyReport } from "./bindings/RekeyReport";
import type { StaffProfile } from "./bindings/StaffProfile";
import type { Lang } from "./bindings/Lang";
import type { VaultStatus } from "./bindings/VaultStatus";
import type { AnswerValue } from "./bindings/AnswerValue";
import type { BlankRequest } from "./bindings/BlankRequest";
import type { ReturneeSheetRequest } from "./bindings/ReturneeSheetRequest";
import type { CaseListExport } from "./bindings/CaseListExport";
import type { ExportDone } from "./bindings/ExportDone";
import type { ExportRequest } from "./bindings/ExportRequest";
import type { WorkflowInfo } from "./bindings/WorkflowInfo";
import type { CardInfo } from "./bindings/CardInfo";
import type { CardRenewal } from "./bindings/CardRenewal";
import type { HandoverPreview } from "./bindings/HandoverPreview";
import type { HandoverSent } from "./bindings/HandoverSent";
import type { HandoverStatus } from "./bindings/HandoverStatus";
import type { HandoverTo } from "./bindings/HandoverTo";
import type { OfficeCard } from "./bindings/OfficeCard";
import type { TrustedCard } from "./bindings/TrustedCard";
import type { BookInstalled } from "./bindings/BookInstalled";
import type { BookPreview } from "./bindings/BookPreview";
import type { BookVersions } from "./bindings/BookVersions";

/** A failed command: `code` is what the UI branches on, `message` is for people. */
export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

function isIpcError(e: unknown): e is IpcError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    const sent = performance.now();
    const answer = invoke<T>(cmd, args);
    markFirstCall(sent, answer);
    return await answer;
  } catch (e) {
    if (isIpcError(e)) throw new CommandError(e.code, e.message);
    throw new CommandError("Internal", String(e));
  }
}

export const commands = {
  about: () => call<About>("about"),
  toc: (lang: string) => call<Toc>("toc", { lang }),
  chapter: (lang: string, id: string) => call<ChapterView>("chapter", { lang, id }),
  search: (req: SearchRequest) => call<SearchResponse>("search", { req }),
  search_status: () => call<SearchStatus>("search_status"),
  reading_state: (lang: string) => call<ReadingState>("reading_state", { lang }),
  record_visit: (lang: string, chapter: string, section: string) =>
    call<null>("record_visit", { lang, chapter, section }),
  add_bookmark: (lang: string, chapter: string, section: string) =>
    call<Bookmark[]>("add_bookmark", { lang, chapter, section }),
  remove_bookmark: (lang: string, chapter: string, section: string) =>
    call<Bookmark[]>("remove_bookmark", { lang, chapter, section }),
  report_first_paint: (origin: number, marks: [string, number][]) =>
    call<number>("report_first_paint", { origin, marks }),
  vault_status: () => call<VaultStatus>("vault_status"),
  set_lock_after: (minutes: number) => call<null>("set_lock_after", { minutes }),
  vault_create: (passphrase: string, staff: StaffProfile) => call<VaultStatus>("vault_create", { passphrase, staff }),
  vault_unlock: (passphrase: string) => call<VaultStatus>("vault_unlock", { passphrase }),
  vault_lock: () => call<null>("vault_lock"),
  set_lang: (lang: Lang) => call<null>("set_lang", { lang }),
  vault_change_passphrase: (current: string, next: string) =>
    call<RekeyReport>("vault_change_passphrase", { current, new: next }),
  passphrase_strength: (passphrase: string, lang: Lang) =>
    call<PassphraseStrength>("passphrase_strength", { passphrase, lang }),
  set_staff_profile: (staff: StaffProfile) => call<VaultStatus>("set_staff_profile", { staff }),
  cases_list: (filter: CaseFilter) => call<CaseSummary[]>("cases_list", { filter }),
  case_create: (req: NewCaseRequest) => call<CaseView>("case_create", { req }),
  case_view: (id: number) => call<CaseView>("case_view", { id }),
  // `person`: null for the principal applicant, n for household member n (the workflow's member steps only).
  case_answer: (id: number, person: number | null, field: string, value: AnswerValue) =>
    call<CaseView>("case_answer", { id, person, field, value }),
  case_override: (id: number, person: number | null, safeguard: string, supervisor: string, reason: string) =>
    call<CaseView>("case_override", { id, person, safeguard, supervisor, reason }),
  case_correct: (
    id: number,
    person: number | null,
    field: string,
    value: AnswerValue,
    reason: string,
    supervisor: string | null,
  ) => call<CaseView>("case_correct", { id, person, field, value, reason, supervisor }),
  case_close: (id: number) => call<CaseView>("case_close", { id }),
  case_reopen: (id: number) => call<CaseView>("case_reopen", { id }),
  backup_now: () => call<BackupInfo[]>("backup_now"),
  backups: () => call<BackupInfo[]>("backups"),
  restore_backup: (fileName: string, passphrase: string) =>
    call<VaultStatus>("restore_backup", { fileName, passphrase }),
  audit_verify: () => call<AuditReport>("audit_verify"),
  purge_closed: (olderThanDays: number) => call<PurgeReport>("purge_closed", { olderThanDays }),
  workflows: () => call<WorkflowInfo[]>("workflows"),
  // Exports resolve to null when the save dialog is cancelled.
  export_case: (req: ExportRequest) => call<ExportDone | null>("export_case", { req }),
  export_cases_csv: (req: CaseListExport) => call<ExportDone | null>("export_cases_csv", { req }),
  export_blank: (req: BlankRequest) => call<ExportDone | null>("export_blank", { req }),
  export_returnee_sheet: (req: ReturneeSheetRequest) => call<ExportDone | null>("export_returnee_sheet", { req }),
  import_case: () => call<CaseView | null>("import_case"),
  reveal_export: () => call<null>("reveal_export"),
  // Office cards and the trust list. Files are chosen in the shell's dialogs (null: cancelled).
  identity_card: () => call<CardInfo>("identity_card"),
  save_card: () => call<ExportDone | null>("save_card"),
  read_card_file: () => call<CardInfo | null>("read_card_file"),
  read_card: (text: string) => call<OfficeCard>("read_card", { text }),
  trust_card: (text: string) => call<TrustedCard>("trust_card", { text }),
  trusted_cards: () => call<TrustedCard[]>("trusted_cards"),
  revoke_card: (fingerprint: string) => call<TrustedCard>("revoke_card", { fingerprint }),
  // Renewal: new keys and card for this laptop; whether a card given renews one on the trust list.
  renew_identity: () => call<CardInfo>("renew_identity"),
  card_renewal: (text: string) => call<CardRenewal>("card_renewal", { text }),
  // Handover packages: the shell remembers the package picked by handover_open; inspect and receive read it.
  handover_status: (id: number) => call<HandoverStatus | null>("handover_status", { id }),
  handover_send: (id: number, to: HandoverTo) => call<HandoverSent | null>("handover_send", { id, to }),
  handover_open: (passphrase: string | null) => call<HandoverPreview | null>("handover_open", { passphrase }),
  handover_inspect: (passphrase: string | null) => call<HandoverPreview>("handover_inspect", { passphrase }),
  handover_receive: (passphrase: string | null, confirmUnknownSender: boolean) =>
    call<CaseView>("handover_receive", { passphrase, confirmUnknownSender }),
  // Handbook packages: book_open picks the file (null: cancelled) and the shell remembers it for inspect and install.
  book_versions: () => call<BookVersions>("book_versions"),
  book_open: (allowDowngrade: boolean) => call<BookPreview | null>("book_open", { allowDowngrade }),
  book_inspect: (allowDowngrade: boolean) => call<BookPreview>("book_inspect", { allowDowngrade }),
  book_install: (allowDowngrade: boolean) => call<BookInstalled>("book_install", { allowDowngrade }),
  book_rollback: () => call<BookVersions>("book_rollback"),
  restart_app: () => call<null>("restart_app"),
};
