"""Where the window saves a PDF: 文档\\救援台账\\<kind> by default, then the folder last chosen
for that kind."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from desktop.common import printing


def test_a_pdf_is_saved_by_kind_under_the_documents_folder_and_a_chosen_folder_is_kept(
    qtbot, monkeypatch, tmp_path, own_settings_and_documents
):
    from widgets.pdfpreview import PrintChoiceDialog

    documents = own_settings_and_documents
    assert printing.kind_of("值班表-2025-06.pdf") == "值班表"
    assert printing.pdf_folder("值班表-2025-06.pdf") == documents / "救援台账" / "值班表"
    assert (documents / "救援台账" / "值班表").is_dir()
    starts = []
    elsewhere = tmp_path / "U盘"
    elsewhere.mkdir()

    def choose(parent, caption, start, filters):  # type: ignore[no-untyped-def]
        starts.append(start)
        return str(elsewhere / "二月值班表.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    monkeypatch.setattr(PrintChoiceDialog, "exec", lambda self: self._choose("save"))
    assert printing.offer_print(None, b"%PDF-1.4", "值班表-2025-02.pdf", title="值班表") == ["save"]
    assert starts == [str(documents / "救援台账" / "值班表" / "值班表-2025-02.pdf")]
    assert (elsewhere / "二月值班表.pdf").read_bytes() == b"%PDF-1.4"
    assert printing.pdf_folder("值班表-2025-03.pdf") == elsewhere  # remembered for the kind
    assert printing.pdf_folder("交接班记录-空白.pdf") == documents / "救援台账" / "交接班记录"
