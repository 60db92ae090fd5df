// Hash routes: #/read/<chapter>/<anchor>?hl=a,b · #/search?q=… · #/cases · #/settings
export type Route =
  | { view: "read"; chapter: string; anchor: string; highlight: string[] }
  | { view: "search"; query: string }
  | { view: "cases"; caseId: number | null }
  | { view: "settings" };

export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [path = "", queryString = ""] = raw.split("?", 2);
  const params = new URLSearchParams(queryString);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  switch (parts[0]) {
    case "search":
      return { view: "search", query: params.get("q") ?? "" };
    case "cases": {
      const id = Number(parts[1]);
      return { view: "cases", caseId: parts[1] && Number.isInteger(id) ? id : null };
    }
    case "settings":
      return { view: "settings" };
    default: {
      const hl = params.get("hl");
      return {
        view: "read",
        chapter: parts[1] ?? "",
        anchor: parts[2] ?? "",
        highlight: hl ? hl.split(",").filter(Boolean) : [],
      };
    }
  }
}

export function readHref(chapter: string, anchor = "", highlight: string[] = []): string {
  const base = `#/read/${encodeURIComponent(chapter)}${anchor ? `/${encodeURIComponent(anchor)}` : ""}`;
  return highlight.length ? `${base}?hl=${highlight.map(encodeURIComponent).join(",")}` : base;
}

class Router {
  route = $state<Route>(parseRoute(typeof location === "undefined" ? "" : location.hash));

  constructor() {
    if (typeof window !== "undefined") {
      window.addEventListener("hashchange", () => {
        this.route = parseRoute(location.hash);
      });
    }
  }

  go(hash: string): void {
    if (location.hash === hash) this.route = parseRoute(hash);
    else location.hash = hash;
  }
}

export const router = new Router();
