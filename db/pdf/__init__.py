"""Printable forms as PDF (reportlab, Qt-free).

- ``fonts``: the shipped Chinese font (system fonts as fallback), embedded in every PDF.
- ``base``: generic A4 form machinery (letterhead, title, page x of y, tables, check boxes,
  value blanks, signature lines; ``build_pdf`` / ``write_pdf``).
- ``people``: a name and a phone as printed on duty forms.
- ``roster``: the month duty roster on one A4 landscape page (``build_roster_pdf``).
- ``handover``: the shift handover record, blank or filled (``build_handover_pdf``).
"""
