"""The program's named colours for messages and marks, in one place.

Every page, dialog and widget takes its error, warning, success and hint colours from here
instead of writing "#c62828" again. Due colours (overdue, due soon) are not here: the office
sets them in the rule table and pages read them through ``db.due.DueStyle``.
"""

from __future__ import annotations

# Text colours (a label's ``color``, a table cell's foreground):
#: An error, a refused value, a failed item, a shortfall: text and marks.
ERROR = "#c62828"
#: Text on :data:`ERROR_BACKGROUND` (a message banner, a gap).
ERROR_DARK = "#b71c1c"
#: Something to watch (late, a difference to check).
WARNING = "#ef6c00"
#: All well (passed, present, done).
OK = "#2e7d32"
#: A plain notice (planned, more than expected).
INFO = "#1976d2"
#: Hints and notes beside a form or a table.
MUTED = "#5b6b7b"
#: Rows that are closed or no longer active.
GREYED = "#9e9e9e"

# Backgrounds (a cell or a row that the clerk should notice):
#: Behind a failed item or a banner.
ERROR_BACKGROUND = "#fdecea"
#: The border of a banner on :data:`ERROR_BACKGROUND`.
ERROR_BORDER = "#f5c2c0"
#: A cell whose state is bad (broken, waiting for repair, short).
ERROR_FILL = "#ffcdd2"
#: A cell whose state needs attention (being repaired, out of use for now).
WARNING_FILL = "#ffe0b2"
#: A cell whose state is good (in service, repaired).
OK_FILL = "#c8e6c9"

#: Style sheets built from the colours above.
ERROR_TEXT = f"color:{ERROR}"
OK_TEXT = f"color:{OK}"
MUTED_TEXT = f"color:{MUTED}"


def banner(bold: bool = False) -> str:
    """The style sheet of a message banner: dark red on light red, in a thin red frame."""
    weight = " font-weight:bold;" if bold else ""
    return (
        f"QLabel {{ color:{ERROR_DARK}; background:{ERROR_BACKGROUND};"
        f" border:1px solid {ERROR_BORDER}; border-radius:3px; padding:6px;{weight} }}"
    )


def span(text: str, colour: str = ERROR, bold: bool = False) -> str:
    """``text`` in rich-text markup, coloured (a label with mixed colours)."""
    tag = "b" if bold else "span"
    return f"<{tag} style='color:{colour}'>{text}</{tag}>"
