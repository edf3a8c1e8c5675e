"""db's fixed texts (db.words.said): the Chinese sentence itself, keeping what the window
needs to translate it."""

from __future__ import annotations

from db import validate
from db.words import Said
from db.words import said


def test_a_said_text_is_the_chinese_sentence_with_its_template_and_values():
    label = said("编号")
    text = said("请填写{label}", label=label)
    assert text == "请填写编号" and isinstance(text, str)
    assert isinstance(text, Said) and text.template == "请填写{label}"
    assert text.values == {"label": "编号"} and isinstance(text.values["label"], Said)
    assert {text: 1}["请填写编号"] == 1  # hashes and compares as the plain sentence


def test_validation_messages_are_marked_with_their_values():
    message = validate.required("", said("姓名"))
    assert isinstance(message, Said) and message.template == "请填写{label}"
    phone = validate.phone("abcd")
    assert isinstance(phone, Said) and phone.startswith("电话只能包含数字")
    assert isinstance(phone.values["problem"], Said)
