"""Regenerate docs/person-page.png: the person page of `kzmonitor db serve`, for the person with most days of arrest.

    python docs/screenshot_serve.py   # needs Debian's chromium and the web extra

Builds the database of the five corpus reports with the shipped model, as the README's
commands do, serves it on a free local port and photographs the page in headless Chromium.
"""

import base64
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the browser driver and the server runner of the tests

from kzmonitor.db import ReportInput, build_database  # noqa: E402
from tests.chromium import Chromium, find_chromium  # noqa: E402
from tests.serving import kzmonitor_serve  # noqa: E402

MOST_ARREST_DAYS = """SELECT person_id FROM sanctions WHERE type = 'administrative_arrest' AND person_id IS NOT NULL
                      GROUP BY person_id ORDER BY SUM(days) DESC, person_id LIMIT 1"""

with tempfile.TemporaryDirectory() as tmp:
    db = Path(tmp) / "cases.sqlite"
    reports = sorted((ROOT / "training_data/reports").glob("*.txt"))
    build_database(db, [ReportInput(path.name, path.read_text(encoding="utf-8")) for path in reports])
    (person_id,) = sqlite3.connect(db).execute(MOST_ARREST_DAYS).fetchone()
    browser = Chromium(find_chromium(), Path(tmp) / "profile")
    try:
        with kzmonitor_serve(db) as url:
            browser.send("Emulation.setDeviceMetricsOverride", width=1100, height=900, deviceScaleFactor=1, mobile=False)
            browser.send("Emulation.setScrollbarsHidden", hidden=True)
            browser.open(f"{url}/cases/-/person/{person_id}")
            shot = browser.send("Page.captureScreenshot", format="png")
    finally:
        browser.close()
    (ROOT / "docs/person-page.png").write_bytes(base64.b64decode(shot["data"]))
    print(f"docs/person-page.png: {person_id}")
