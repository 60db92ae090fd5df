import { defineConfig } from "vitest/config";
import { svelte } from "@sveltejs/vite-plugin-svelte";

export default defineConfig(({ mode }) => ({
  plugins: [svelte()],
  clearScreen: false,
  // The catalogs live at the top of the repository (`../i18n`), shared with the Rust core.
  server: { port: 5173, strictPort: true, fs: { allow: [".", "../i18n"] } },
  build: { target: "safari15", outDir: "dist", emptyOutDir: true, cssCodeSplit: false },
  // Svelte's browser build in unit tests (jsdom), not its server build.
  resolve: mode === "test" ? { conditions: ["browser"] } : undefined,
  test: { environment: "jsdom", include: ["src/**/*.test.ts"], globals: true },
}));
