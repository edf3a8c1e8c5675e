"""``rescue-ledger``: opens the window, or runs a command when one is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from desktop.cli import main as cli

    return cli.main(argv)


if __name__ == "__main__":
    sys.exit(main())
