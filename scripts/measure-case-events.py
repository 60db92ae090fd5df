#!/usr/bin/env python3
"""One case worked through `avr` alone, to measure what a case weighs (docs/design/office-sync.md):
audit events, JSON export size, handover package size, store size.

    python3 scripts/measure-case-events.py target/debug/avr /tmp/avr-measure [PASSES]

Every question of avr-case v3 is answered PASSES times (2 by default; a later pass re-saves) with a valid value, then a note and a
consent are added, the audit chain is verified (it prints the event count), the case is exported as JSON and
sealed as a handover package with a one-off passphrase.
"""
import os
import shutil
import subprocess
import sys
import time
import tomllib

avr_bin, work = sys.argv[1], sys.argv[2]
passes = int(sys.argv[3]) if len(sys.argv) > 3 else 2
repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
shutil.rmtree(work, ignore_errors=True)
os.makedirs(work)
env = dict(os.environ, AVR_DATA_DIR=os.path.join(work, "data"), AVR_HANDBOOK_DIR=os.path.join(repo, "handbook"),
           AVR_PASSPHRASE="quay-side laptop 42", AVR_LANG="en", ONE_OFF="a long one-off passphrase 77")


def avr(*args, stdin=None):
    return subprocess.run([avr_bin, *args], env=env, input=stdin, capture_output=True, text=True)


avr("store", "init", "--name", "Amina Diallo", "--office", "Pozzallo")
household = ('{"persons": [{"given_names": "Yonas", "family_name": "Tesfaye", "relationship": "principal"},'
             '{"given_names": "Selam", "family_name": "Tesfaye", "relationship": "daughter",'
             ' "date_of_birth": "2015-03-01"}]}')
case = avr("case", "new", "--json", "-", stdin=household).stdout.splitlines()[0]
with open(os.path.join(repo, "handbook/workflows/avr-case-v3.toml"), "rb") as f:
    wf = tomllib.load(f)
values = {"yes_no": "no", "date": "2026-11-20", "text": "Recorded on the quay with the interpreter.", "number": "1"}
saved = tried = 0
started = time.time()
for _ in range(passes):
    for step in wf["steps"]:
        for field in step["fields"]:
            kind = field["kind"]
            value = field["options"][0]["value"] if kind in ("single", "multi") else values[kind]
            tried += 1
            saved += avr("case", "answer", case, field["id"], value).returncode == 0
print(f"{case}: {saved} of {tried} answers saved in {time.time() - started:.0f} s")
avr("case", "note", case, "--file", "-", stdin="Arrived with his daughter; all well. " * 5)
avr("case", "consent", case, "--purpose", "data-sharing", "--recipient", "UNHCR", "--decision", "given",
    "--language", "Tigrinya")
print(avr("audit", "verify").stdout.splitlines()[0])
print(avr("export", case, "--format", "json", "-o", os.path.join(work, "case.json")).stdout.strip())
print(avr("handover", "send", case, "--passphrase-env", "ONE_OFF", "-o", os.path.join(work, "case.avrcase")).stdout.strip())
print("store:", os.path.getsize(os.path.join(work, "data", "cases.sqlite3")), "bytes")
