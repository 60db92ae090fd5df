// Typed wrappers over the app's IPC commands. Argument and result types are generated from the Rust DTOs
// (./bindings, by ts-rs); the command names must match src-tauri/src/commands.rs (a Rust test checks this).
import { invoke } from "@tauri-apps/api/core";
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
    return await invoke<T>(cmd, args);
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
  report_first_paint: () => call<number>("report_first_paint"),
};
