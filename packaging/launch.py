"""The frozen program's entry point (PyInstaller runs this file): the same ``run`` as the
installed ``rescue-ledger`` command."""

from __future__ import annotations

from desktop.app import run

if __name__ == "__main__":
    run()
