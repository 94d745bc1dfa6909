"""Access to the data files shipped in ``kzmonitor/data``."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Parse ``kzmonitor/data/<name>`` once per process."""
    return json.loads(resources.files("kzmonitor").joinpath("data", name).read_text(encoding="utf-8"))
