"""The window's translations (resources/i18n): each entry of the English .ts keeps its
placeholders, English is translated throughout, and the .ts/.qm are up to date with the code."""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d+")


def messages(language: str) -> list[tuple[str, str, str, ET.Element]]:
    """(context, source, translation, element) of each entry of the language's .ts."""
    tree = ET.parse(FOLDER / f"rescue_ledger_{language}.ts")
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            text = translation.text or "".join(f.text or "" for f in translation)
            found.append((name, message.findtext("source") or "", text, translation))
    return found


def build_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "bench/translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_entry_keeps_its_placeholders():
    entries = messages("en")
    assert len(entries) > 100
    wrong = [
        (context, source, text)
        for context, source, text, _ in entries
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]
    assert wrong == []


def test_placeholder_check_catches_a_dropped_or_renamed_one():
    assert sorted(PLACEHOLDER.findall("共 {total} 条")) != sorted(PLACEHOLDER.findall("{n} in all"))
    assert sorted(PLACEHOLDER.findall("删除“%1”？")) != sorted(PLACEHOLDER.findall("Delete?"))


def test_english_is_translated_throughout():
    cjk = re.compile(r"[\u4e00-\u9fff]")
    unfinished = [
        source
        for _, source, text, element in messages("en")
        if element.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip()
    ]
    assert unfinished == []
    assert [text for _, _, text, _ in messages("en") if cjk.search(text)] == []


def test_ts_and_qm_are_up_to_date_with_the_code():
    """Run ``python bench/translations.py`` and translate the new entries when this fails."""
    assert build_script().stale() == []
