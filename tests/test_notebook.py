"""notebooks/case_table.ipynb runs end to end in a python3 kernel, so it never rots."""

import base64

import nbclient
import nbformat

from .conftest import ROOT

NOTEBOOK = ROOT / "notebooks" / "case_table.ipynb"


def outputs(notebook, tag):
    return [o for cell in notebook.cells if tag in cell.metadata.get("tags", []) for o in cell.outputs]


def test_notebook_executes_and_plots():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    # kernel "python3" runs this interpreter (jupyter_client swaps "python" for sys.executable); cwd notebooks/
    nbclient.NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    (printed,) = [o.text for o in outputs(notebook, "summary") if o.output_type == "stream"]
    # every entry of the five reports is in the case table, whichever pipeline read the persons
    assert printed.startswith("{'entries': 494, 'rows': ")
    pictures = [base64.b64decode(o.data["image/png"]) for o in outputs(notebook, "plot") if "image/png" in o.get("data", {})]
    assert len(pictures) == 3 and all(p.startswith(b"\x89PNG") and len(p) > 10_000 for p in pictures)
    per_month = next(o.data["text/plain"] for o in outputs(notebook, "plot") if o.output_type == "execute_result")
    assert [line.split()[0] for line in per_month.splitlines()[2:7]] == ["2021-09", "2022-10", "2023-04", "2023-12", "2024-05"]
