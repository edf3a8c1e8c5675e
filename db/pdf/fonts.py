"""The Chinese font every printed form uses.

The program ships WenQuanYi Micro Hei (``resources/fonts/wqy-microhei.ttc``, Apache-2.0), so a
clean Windows PC or a clean Linux machine prints Chinese with no set-up. Only when that file is
missing (a damaged install) are the system's fonts tried. reportlab embeds a subset of the
TrueType font in every PDF, so the file prints the same on any computer.
"""

from __future__ import annotations

import copy
import os
from dataclasses import dataclass
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from db.errors import LedgerError
from db.paths import resource_path
from db.pdf.font_cache import load_font

FONT = "LedgerCJK"
FONT_BOLD = "LedgerCJK-Bold"


@dataclass(frozen=True)
class FontSource:
    """A TrueType file (or one face of a ``.ttc`` collection)."""

    path: Path
    subfont: int = 0


def shipped_font() -> FontSource:
    return FontSource(resource_path("fonts", "wqy-microhei.ttc"), 0)


def system_fonts() -> list[FontSource]:
    """Fallbacks in order of preference. OpenType/CFF fonts (e.g. Noto CJK .otf) are left out:
    reportlab embeds TrueType outlines only."""
    found: list[FontSource] = []
    windows_dirs = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    if local := os.environ.get("LOCALAPPDATA"):
        windows_dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    for folder in windows_dirs:
        found += [
            FontSource(folder / "simhei.ttf"),
            FontSource(folder / "msyh.ttc"),
            FontSource(folder / "simsun.ttc"),
        ]
    found += [
        FontSource(Path(p))
        for p in (
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/wqy-zenhei/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "/Library/Fonts/Arial Unicode.ttf",
        )
    ]
    return found


def candidates() -> list[FontSource]:
    return [shipped_font(), *system_fonts()]


def find_font(name: str = FONT) -> tuple[FontSource, TTFont]:
    """The first candidate that exists and reportlab can load, loaded under ``name``."""
    tried: list[str] = []
    for source in candidates():
        if not source.path.is_file():
            continue
        try:
            return source, load_font(name, source.path, source.subfont)
        except Exception as exc:  # a damaged or unsupported file: try the next one
            tried.append(f"{source.path}（{exc}）")
    detail = "；已尝试但无法读取：" + "，".join(tried) if tried else ""
    raise LedgerError(
        "找不到可用的中文字体，无法生成 PDF。"
        f"程序自带的字体文件 {shipped_font().path} 缺失，请重新安装本程序"
        "（或在系统中安装黑体 simhei.ttf / 微软雅黑 msyh.ttc）。" + detail
    )


_source: FontSource | None = None


def _same_face(font: TTFont, name: str) -> TTFont:
    """``font`` under another name, sharing its parsed face: reading the ``.ttc`` is the slow
    part of printing the first form, and the shipped font has only the one face."""
    alias = copy.copy(font)
    alias.fontName = name
    alias.state = WeakKeyDictionary()  # per-document subsets; never shared between names
    return alias


def register_fonts() -> tuple[str, str]:
    """Register the regular and bold names once per process; returns ``(FONT, FONT_BOLD)``.

    The bold name uses the same face (the shipped font has no bold); it exists so that
    ``<b>`` in paragraphs and bold table headers resolve to a font that has Chinese glyphs.
    The file is read once. reportlab names a PDF's embedded subsets after the face, so two
    fonts on one face would collide in a PDF that uses both; ``registerFont`` therefore maps a
    second name on an already registered face to the first font object, and both names write
    the same subsets (checked here, and by ``tests/pdf/test_fonts.py`` on a PDF using both).
    """
    global _source
    if _source is None:
        source, regular = find_font(FONT)
        pdfmetrics.registerFont(regular)
        pdfmetrics.registerFont(_same_face(regular, FONT_BOLD))
        if pdfmetrics.getFont(FONT_BOLD) is not pdfmetrics.getFont(FONT):
            raise LedgerError("PDF 字体登记失败（reportlab 版本不兼容），请重新安装本程序。")
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
        )
        # A drawing (the water map) starts in the graphics defaults' font; in Helvetica, the
        # PDF would name a font it does not carry.
        from reportlab.graphics import shapes

        shapes.STATE_DEFAULTS["fontName"] = FONT
        _source = source
    return FONT, FONT_BOLD


def font_source() -> FontSource | None:
    """Which file the forms are printed with (None before the first form)."""
    return _source


def has_glyph(char: str, font: str = FONT) -> bool:
    """Whether the registered font draws ``char`` (one character)."""
    register_fonts()
    face = pdfmetrics.getFont(font).face
    return ord(char) in face.charToGlyph
