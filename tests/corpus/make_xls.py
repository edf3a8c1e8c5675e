"""Regenerate the corpus's .xls files (tests/xlsx/fixtures/corpus/) from ``ledgers.XLS_BOOKS``.

They are committed because CI has no LibreOffice. Run from the repository root, with
LibreOffice installed:

    python -m tests.corpus.make_xls

Each workbook is written as .xlsx (``layout.write_xlsx``), then converted by LibreOffice
headless (``soffice --convert-to xls``), which writes BIFF8 as Excel 97–2003 does.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.corpus.layout import write_xlsx
from tests.corpus.ledgers import XLS_BOOKS
from tests.corpus.ledgers import XLS_DIR
from tests.xlsx.fixtures.make_fixtures import convert


def main() -> int:
    if shutil.which("soffice") is None:
        print("LibreOffice (soffice) is not installed", file=sys.stderr)
        return 1
    XLS_DIR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, sheets in XLS_BOOKS.items():
            source = write_xlsx(work / f"{Path(name).stem}.xlsx", *sheets)
            shutil.copyfile(convert(source, "xls", work, work / "profile"), XLS_DIR / name)
            print(f"{name}: {(XLS_DIR / name).stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
