"""The form font: the shipped one is found, embedded, and a missing font is a clear error."""

from __future__ import annotations

import io
import shutil
import subprocess

import pypdf
import pytest
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph

from db.errors import LedgerError
from db.pdf import fonts
from db.pdf.base import Form
from db.pdf.base import Letterhead
from db.pdf.base import build_pdf
from db.pdf.base import para
from db.pdf.base import styles


def _small_pdf() -> bytes:
    st = styles()
    return build_pdf(
        Form(Letterhead("青山镇", "应急管理办公室"), "测试表", [para("中文内容", st.body)])
    )


def _fonts(data: bytes) -> list[pypdf.generic.DictionaryObject]:
    found = []
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            found.append(font)
    return found


def test_shipped_font_is_used_first():
    assert fonts.shipped_font().path.is_file()
    source, _ = fonts.find_font("probe")
    assert source == fonts.shipped_font()
    assert fonts.register_fonts() == (fonts.FONT, fonts.FONT_BOLD)
    assert fonts.font_source() == fonts.shipped_font()
    assert fonts.has_glyph("值")


def test_every_font_in_a_form_is_embedded():
    found = _fonts(_small_pdf())
    assert found, "no fonts in the PDF"
    for font in found:
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
        assert "WenQuanYi" in str(font["/BaseFont"])


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_reports_embedded(tmp_path):
    path = tmp_path / "f.pdf"
    path.write_bytes(_small_pdf())
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        name, _type, _sub, _enc, emb, *_ = row.split()
        assert emb == "yes", row


def _regular_and_bold_pdf() -> bytes:
    st = styles()
    return build_pdf(
        Form(
            Letterhead("青山镇", "应急管理办公室"),
            "粗细字体测试表",
            [
                para("常规文字甲乙丙", st.body),
                para("粗体标签丁戊己", st.label),
                Paragraph("常规与<b>粗体混排庚辛</b>壬癸", st.body),
            ],
        )
    )


def test_regular_and_bold_share_one_loaded_face(monkeypatch):
    loaded: list[tuple] = []
    real = fonts.load_font

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        loaded.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(fonts, "load_font", counting)
    monkeypatch.setattr(fonts, "_source", None)  # as in a fresh process
    assert fonts.register_fonts() == (fonts.FONT, fonts.FONT_BOLD)
    assert len(loaded) == 1  # the 5 MB collection is read once, not once per name
    assert pdfmetrics.getFont(fonts.FONT_BOLD) is pdfmetrics.getFont(fonts.FONT)


def test_a_pdf_using_regular_and_bold_has_the_right_text_and_fonts(tmp_path):
    data = _regular_and_bold_pdf()
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    for words in ("粗细字体测试表", "常规文字甲乙丙", "粗体标签丁戊己", "常规与粗体混排庚辛壬癸"):
        assert words in text.replace("\n", ""), (words, text)
    objects: dict[str, set[int]] = {}  # embedded font name -> the PDF objects carrying it
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            objects.setdefault(str(ref.get_object()["/BaseFont"]), set()).add(ref.idnum)
    assert objects and all("WenQuanYi" in name for name in objects)
    assert all(len(ids) == 1 for ids in objects.values()), objects  # no two fonts, one name
    for font in _fonts(data):
        assert "/FontFile2" in font["/FontDescriptor"].get_object()
    if shutil.which("pdffonts"):
        path = tmp_path / "both.pdf"
        path.write_bytes(data)
        out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
        rows = [row.split() for row in out.stdout.splitlines()[2:]]
        assert rows and all(row[4] == "yes" for row in rows), out.stdout
        assert len({row[0] for row in rows}) == len(rows), out.stdout  # no name twice
        assert "Error" not in out.stderr, out.stderr


def test_falls_back_to_a_system_font_when_the_shipped_one_is_missing(tmp_path, monkeypatch):
    system = tmp_path / "simhei.ttc"
    shutil.copy(fonts.shipped_font().path, system)
    monkeypatch.setattr(fonts, "shipped_font", lambda: fonts.FontSource(tmp_path / "gone.ttc"))
    monkeypatch.setattr(fonts, "system_fonts", lambda: [fonts.FontSource(system)])
    source, font = fonts.find_font("probe")
    assert source.path == system
    assert font.face.charToGlyph


def test_a_damaged_font_file_is_skipped(tmp_path, monkeypatch):
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    good = fonts.shipped_font()
    monkeypatch.setattr(fonts, "candidates", lambda: [fonts.FontSource(broken), good])
    source, _ = fonts.find_font("probe")
    assert source == good


def test_no_font_anywhere_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "shipped_font", lambda: fonts.FontSource(tmp_path / "gone.ttc"))
    monkeypatch.setattr(fonts, "system_fonts", lambda: [fonts.FontSource(tmp_path / "x.ttf")])
    monkeypatch.setattr(fonts, "_source", None)  # as in a fresh process
    with pytest.raises(LedgerError, match="找不到可用的中文字体") as info:
        fonts.register_fonts()
    assert "重新安装" in str(info.value)


def test_windows_fallbacks_come_from_windir(monkeypatch, tmp_path):
    monkeypatch.setenv("WINDIR", str(tmp_path))
    paths = [s.path for s in fonts.system_fonts()]
    assert tmp_path / "Fonts" / "simhei.ttf" in paths
    assert tmp_path / "Fonts" / "msyh.ttc" in paths
    assert tmp_path / "Fonts" / "simsun.ttc" in paths
