"""Regenerate docs/html-page.png: entries 53-57 of the April 2023 report, as --format html draws them.

    python docs/screenshot.py   # needs Debian's chromium

The whole page is what `kzmonitor extract REPORT -f html` writes; the picture keeps five
entries so that persons, citations and sanctions all show at a readable size.
"""

import subprocess
import tempfile
from pathlib import Path

import kzmonitor
from kzmonitor.page import to_html

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--window-size=1100,900"]

report = kzmonitor.extract((ROOT / "training_data/reports/2023-04.txt").read_text(encoding="utf-8"), source="2023-04.txt")
report.entries = [entry for entry in report.entries if 53 <= entry.index <= 57]
with tempfile.TemporaryDirectory() as tmp:
    page = Path(tmp) / "page.html"
    page.write_text(to_html([report]), encoding="utf-8")
    subprocess.run(["chromium", *FLAGS, f"--user-data-dir={tmp}/profile", f"--screenshot={ROOT / 'docs/html-page.png'}",
                    page.as_uri()], check=True, capture_output=True)
