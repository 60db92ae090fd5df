#!/usr/bin/env python3
"""Start-up and idle-memory benchmark: the app side by side with an empty Tauri app (not a test).

The yardstick is `bench/baseline` (crate `avr-bench-baseline`): the same Tauri, window size, CSP and WebKit
rendering policy as the app, and one static page that reports its first paint the same way. Under Xvfb with
software rendering no Tauri app is fast in absolute terms, so the figures that mean something are the app's cost
over that empty shell. The two are started alternately (app, baseline, baseline, app, ...) in one run, so a busy
machine slows both alike.

For each run:
  - first paint: the page reports its first painted frame (two animation frames after its script ran) to the
    backend, which prints AVR_FIRST_PAINT_MS (milliseconds since its `main` started); also timed from the spawn;
  - search-ready (app only): the search index open and a first query answered, and the first paint done: the later
    of the two, in ms since `main` (the app prints its start-up steps when AVR_TIMELINE is set);
  - idle PSS: summed over the process and its descendants (WebKit's web and network processes), read from
    /proc/<pid>/smaps_rollup after a few idle seconds;
  - peak RSS of the main process (VmHWM).

Both apps keep their data between runs (one folder per app for the whole bench, made here; the warm-up run builds
the search index), as on a laptop that opened the app before. The app's language is set in its local storage, so
it opens on the reader rather than on the first-run language choice. `--fresh-data` gives each run an empty data
folder instead (the index is built in every run).

Usage: xvfb-run -a -s '-screen 0 1280x800x24' python3 scripts/bench-startup.py [--runs 7]
       (or start `Xvfb :77 -screen 0 1280x800x24 &` and run with DISPLAY=:77)
"""
import argparse
import gzip
import os
import queue
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.iom.avr-field-handbook"

# The app's start-up steps, in order, as it names them (`mark` in src-tauri/src/lib.rs).
STEPS = [
    ("exec", "process start: spawn → main"),
    ("run", "main → Tauri builder (process hardening)"),
    ("plugins", "plugins set up (builder built)"),
    ("setup", "window and WebView created, setup hook"),
    ("api-open-start", "API open: start"),
    ("api-open-end", "API open: end (handbooks, reading store, workflows)"),
    ("page-load-started", "page load started"),
    ("page-html", "page: HTML received"),
    ("page-script-start", "page: script fetched and parsed, evaluation starts"),
    ("page-script-end", "page: modules evaluated"),
    ("page-mounted", "page: app mounted (first render)"),
    ("page-first-task", "page: first task after the mount (effects run)"),
    ("page-ipc-sent", "page: first IPC call sent"),
    ("first-ipc", "first IPC call reaches the shell"),
    ("page-ipc-answered", "page: first IPC call answered"),
    ("page-load-finished", "page load finished"),
    ("page-frame", "page: first animation frame"),
    ("page-first-paint", "page: first paint (Paint Timing)"),
    ("page-first-contentful-paint", "page: first contentful paint (Paint Timing)"),
    ("first-paint", "first paint"),
    ("index-open", "search index open"),
    ("first-query", "first query answered"),
]


def descendants(pid):
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, stack = [], [pid]
    while stack:
        p = stack.pop()
        out.append(p)
        stack.extend(children.get(p, []))
    return out


def proc_field(path, key):
    try:
        with open(path) as f:
            for line in f:
                if line.startswith(key):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def seed_language(data_home):
    """The app's interface language in WebKit's local storage, as the first-run screen leaves it."""
    folder = data_home / APP_ID / "localstorage"
    folder.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(folder / "tauri_localhost_0.localstorage")
    db.execute("CREATE TABLE IF NOT EXISTS ItemTable (key TEXT UNIQUE ON CONFLICT REPLACE, value BLOB NOT NULL ON CONFLICT FAIL)")
    db.execute("INSERT INTO ItemTable VALUES (?, ?)", ("avr.lang", "en".encode("utf-16-le")))
    db.commit()
    db.close()


class Subject:
    def __init__(self, name, binary, home, fresh_data):
        self.name, self.binary, self.home, self.fresh_data = name, binary, home, fresh_data
        self.data = home / "avr-data"
        for sub in ("data", "config", "cache"):
            (home / sub).mkdir(parents=True, exist_ok=True)
        seed_language(home / "data")

    def env(self, data_dir):
        return dict(
            os.environ,
            AVR_DATA_DIR=str(data_dir),
            AVR_TIMELINE="1",
            XDG_DATA_HOME=str(self.home / "data"),
            XDG_CONFIG_HOME=str(self.home / "config"),
            XDG_CACHE_HOME=str(self.home / "cache"),
        )


def reader(stream, q):
    for line in stream:
        q.put((time.monotonic(), line.strip()))
    q.put((time.monotonic(), None))


def one_run(subject, idle_s, search_wait_s):
    tmp = tempfile.mkdtemp(prefix="avr-bench-data-") if subject.fresh_data else None
    data_dir = Path(tmp) if tmp else subject.data
    q = queue.Queue()
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [str(subject.binary)], env=subject.env(data_dir), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    threading.Thread(target=reader, args=(proc.stdout, q), daemon=True).start()
    marks, paint_wall = {}, None
    try:
        deadline = t0 + 60
        idle_until = None  # first paint + the idle time
        while True:
            now = time.monotonic()
            # Memory is read once the app has idled after its first paint and its search is ready (or had its
            # time), so the app is measured with its index open.
            waits_for_search = subject.name == "app" and "first-query" not in marks and now < t0 + search_wait_s
            if idle_until is not None and now >= idle_until and not waits_for_search:
                break
            if now > deadline:
                raise RuntimeError(f"{subject.name}: no first paint within 60 s")
            try:
                at, line = q.get(timeout=0.05)
            except queue.Empty:
                continue
            if line is None:
                raise RuntimeError(f"{subject.name} exited before it was measured")
            if line.startswith("AVR_FIRST_PAINT_MS="):
                marks["first-paint"] = float(line.split("=", 1)[1])
                paint_wall = (at - t0) * 1000
                idle_until = at + idle_s
            elif line.startswith("AVR_MARK "):
                step, _, ms = line[len("AVR_MARK "):].partition("=")
                marks.setdefault(step, float(ms))
        procs = descendants(proc.pid)
        pss = sum(proc_field(f"/proc/{p}/smaps_rollup", "Pss:") for p in procs) / 1024
        peak_rss = proc_field(f"/proc/{proc.pid}/status", "VmHWM:") / 1024
        marks["exec"] = paint_wall - marks["first-paint"]
        return {"paint_wall": paint_wall, "marks": marks, "pss": pss, "peak_rss": peak_rss, "procs": len(procs)}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)


def search_ready(run):
    m = run["marks"]
    return max(m["first-paint"], m["first-query"]) if "first-query" in m else None


def fmt(values, unit, width=7):
    if not values:
        return "n/a"
    return f"median {statistics.median(values):{width}.1f} {unit}   worst {max(values):{width}.1f} {unit}"


def size(path):
    return path.stat().st_size if path.exists() else None


def mb(n):
    return f"{n / 1e6:.1f} MB" if n is not None else "not built"


def report_sizes(app_bin, base_bin):
    print("\nsizes")
    dist = ROOT / "ui" / "dist" / "assets"
    if dist.is_dir():
        for kind in ("js", "css"):
            files = sorted(dist.glob(f"*.{kind}"))
            raw = sum(f.stat().st_size for f in files)
            gz = sum(len(gzip.compress(f.read_bytes(), 9)) for f in files)
            print(f"  UI {kind:<3}: {len(files)} file(s), {raw / 1024:7.1f} KiB ({gz / 1024:6.1f} KiB gzipped)  ui/dist/assets")
    print(f"  binary: app {mb(size(app_bin))}, baseline {mb(size(base_bin))}")
    debs = ROOT / "target" / "release" / "bundle" / "deb"
    app_deb = next(iter(sorted(debs.glob("AVR Field Handbook_*.deb"))), None) if debs.is_dir() else None
    base_deb = next(iter(sorted(debs.glob("AVR Bench Baseline_*.deb"))), None) if debs.is_dir() else None
    handbook = sum(f.stat().st_size for f in (ROOT / "handbook").rglob("*") if f.is_file())
    print(
        f"  .deb: app {mb(size(app_deb) if app_deb else None)}, baseline {mb(size(base_deb) if base_deb else None)}"
        f"; handbook sources {mb(handbook)} uncompressed"
    )


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7, help="runs of each app (at least 7 for the README figures)")
    ap.add_argument("--idle", type=float, default=5.0, help="seconds idle after first paint before reading memory")
    ap.add_argument("--search-wait", type=float, default=15.0, help="at most this long (s) for search to be ready")
    ap.add_argument("--bin", default=str(ROOT / "target/release/avr-field-handbook"))
    ap.add_argument("--baseline", default=str(ROOT / "target/release/avr-bench-baseline"))
    ap.add_argument("--no-build", action="store_true", help="do not build the baseline first")
    ap.add_argument("--fresh-data", action="store_true", help="an empty data folder for every run (index rebuilt)")
    args = ap.parse_args()
    if not os.environ.get("DISPLAY"):
        sys.exit("no DISPLAY: run under xvfb-run or with DISPLAY set to an Xvfb server")
    if not args.no_build:
        subprocess.run(
            ["flock", "/tmp/avr-build.lock", "cargo", "build", "--release", "-q", "-p", "avr-bench-baseline"],
            cwd=ROOT,
            check=True,
        )
    app_bin, base_bin = Path(args.bin), Path(args.baseline)
    with tempfile.TemporaryDirectory(prefix="avr-bench-") as tmp:
        subjects = [
            Subject("app", app_bin, Path(tmp) / "app", args.fresh_data),
            Subject("baseline", base_bin, Path(tmp) / "baseline", args.fresh_data),
        ]
        for s in subjects:  # warm the page cache (and build the app's index): warm disk, cold process
            one_run(s, 1.0, args.search_wait)
        results = {s.name: [] for s in subjects}
        for i in range(args.runs):
            order = subjects if i % 2 == 0 else subjects[::-1]
            for s in order:
                results[s.name].append(one_run(s, args.idle, args.search_wait))
    app, base = results["app"], results["baseline"]

    print(f"start-up benchmark: {args.runs} runs each, alternating; {app_bin.name} ({app[0]['procs']} processes) "
          f"and {base_bin.name} ({base[0]['procs']} processes); {'fresh' if args.fresh_data else 'kept'} data folder")
    for name, runs in (("app", app), ("baseline", base)):
        print(f"\n{name}")
        print(f"  spawn → first paint:   {fmt([r['paint_wall'] for r in runs], 'ms')}")
        print(f"  main → first paint:    {fmt([r['marks']['first-paint'] for r in runs], 'ms')}")
        if name == "app":
            ready = [v for v in map(search_ready, runs) if v is not None]
            missing = len(runs) - len(ready)
            print(f"  main → search-ready:   {fmt(ready, 'ms')}" + (f"   ({missing} run(s) never ready)" if missing else ""))
        print(f"  idle PSS (all procs):  {fmt([r['pss'] for r in runs], 'MB')}")
        print(f"  peak RSS (main proc):  {fmt([r['peak_rss'] for r in runs], 'MB')}")

    print("\nstart-up timeline (ms since main; medians, app | baseline)")
    for step, label in STEPS:
        a = [r["marks"][step] for r in app if step in r["marks"]]
        b = [r["marks"][step] for r in base if step in r["marks"]]
        if not a and not b:
            continue
        av = f"{statistics.median(a):7.1f}" if a else "      -"
        bv = f"{statistics.median(b):7.1f}" if b else "      -"
        print(f"  {label:<52} {av} | {bv}")

    report_sizes(app_bin, base_bin)

    a_paint = statistics.median([r["marks"]["first-paint"] for r in app])
    b_paint = statistics.median([r["marks"]["first-paint"] for r in base])
    a_pss = statistics.median([r["pss"] for r in app])
    b_pss = statistics.median([r["pss"] for r in base])
    ready = [v for v in map(search_ready, app) if v is not None]
    print("\ngoals: first paint ≤ 1.1× baseline, idle PSS ≤ baseline + 20 MB, search-ready ≤ 1.3× baseline first paint")
    if ready:
        print(f"search-ready: app {statistics.median(ready):.0f} ms, ratio to baseline first paint "
              f"{statistics.median(ready) / b_paint:.2f}")
    print(f"first paint: app {a_paint:.0f} ms, baseline {b_paint:.0f} ms, ratio {a_paint / b_paint:.2f}")
    print(f"idle PSS: app {a_pss:.0f} MB, baseline {b_pss:.0f} MB, difference {a_pss - b_pss:.0f} MB")


if __name__ == "__main__":
    main()
