"""The frozen program's entry point (PyInstaller runs this file): the same ``main`` as the
installed ``rescue-ledger`` command."""

from __future__ import annotations

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
