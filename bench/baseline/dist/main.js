// The same report as the app's ui/src/main.ts: two animation frames after the script runs, the first painted frame
// is reported to the backend, which prints the time since its `main` started.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    window.__TAURI_INTERNALS__.invoke("report_first_paint").catch(() => {});
  }),
);
