"""Printable forms as PDF (reportlab, Qt-free).

- ``fonts``: the shipped Chinese font (system fonts as fallback), embedded in every PDF.
- ``base``: generic A4 form machinery (letterhead, title, page x of y, tables, check boxes,
  value blanks, signature lines; ``build_pdf`` / ``write_pdf``).
- ``people``: a name and a phone as printed on duty forms.

The duty's forms (month roster, shift handover) are in ``db.duty.forms``.
"""
