#!/usr/bin/env python3
"""Start-up and idle-memory benchmark for the built app (not a test).

Starts the app N times under Xvfb with a fresh data folder each time and reports, as median and worst:
  - cold start to first paint: from spawning the process to the UI's first painted frame, which the UI reports
    to the backend and the backend prints as AVR_FIRST_PAINT_MS (measured from the start of main);
  - idle memory: PSS summed over the app and all its descendants (the WebKit web and network processes),
    read from /proc/<pid>/smaps_rollup after the app has been idle for a few seconds.

Usage: xvfb-run -a -s '-screen 0 1280x800x24' python3 scripts/bench-startup.py [--runs 7] [--bin PATH]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


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


def pss_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def one_run(binary, idle_s):
    with tempfile.TemporaryDirectory(prefix="avr-bench-") as data:
        env = dict(os.environ, AVR_DATA_DIR=data)
        t0 = time.monotonic()
        proc = subprocess.Popen([binary], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        paint_wall = paint_main = None
        try:
            deadline = t0 + 30
            while time.monotonic() < deadline:
                line = proc.stdout.readline()
                if not line:
                    break
                if line.startswith("AVR_FIRST_PAINT_MS="):
                    paint_wall = (time.monotonic() - t0) * 1000
                    paint_main = float(line.split("=", 1)[1])
                    break
            if paint_wall is None:
                raise RuntimeError("the app never reported a first paint")
            time.sleep(idle_s)
            procs = descendants(proc.pid)
            pss = sum(pss_kib(p) for p in procs) / 1024
            return paint_wall, paint_main, pss, len(procs)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--idle", type=float, default=5.0, help="seconds idle before reading memory")
    ap.add_argument("--bin", default="target/release/avr-field-handbook")
    args = ap.parse_args()
    one_run(args.bin, 1.0)  # warm the page cache: the figures are for a warm disk, cold process
    results = [one_run(args.bin, args.idle) for _ in range(args.runs)]
    walls = [r[0] for r in results]
    mains = [r[1] for r in results]
    pss = [r[2] for r in results]
    print(f"start-up benchmark: {args.runs} runs of {args.bin} ({results[0][3]} processes)")
    print(f"spawn → first paint:  median {statistics.median(walls):7.1f} ms   worst {max(walls):7.1f} ms   (target ≤ 400 ms)")
    print(f"main → first paint:   median {statistics.median(mains):7.1f} ms   worst {max(mains):7.1f} ms")
    print(f"idle PSS (all procs): median {statistics.median(pss):7.1f} MB   worst {max(pss):7.1f} MB   (target ≤ 100 MB)")


if __name__ == "__main__":
    main()
