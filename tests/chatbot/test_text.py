"""Polish text analysis: folding, tokenising, stemming, and masking of personal data."""

import pytest

from chatbot_embed.api.masking import mask_personal_data
from chatbot_embed.text.analysis import analyse, content_tokens
from chatbot_embed.text.normalise import fold, tokenise
from chatbot_embed.text.stemming import stem


def test_fold_removes_polish_diacritics():
    assert fold("Zażółć gęślą jaźń") == "Zazolc gesla jazn"


def test_tokenise_lowercases_and_splits_on_punctuation():
    assert tokenise("Do kiedy? Wniosek (stypendium), 15.09.2026!") == [
        "do",
        "kiedy",
        "wniosek",
        "stypendium",
        "15",
        "09",
        "2026",
    ]


def test_stopwords_are_dropped():
    assert content_tokens("Do kiedy można złożyć wniosek?") == ["złożyć", "wniosek"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("stypendiów", "stypendium"),
        ("wniosku", "wniosek"),
        ("przedszkolu", "przedszkole"),
        ("dokumenty", "dokument"),
        ("rekrutacji", "rekrutacja"),
        ("festynie", "festyn"),
    ],
)
def test_polimorf_stemmer_loaded_from_the_package(word, expected):
    assert stem(word) == expected


def test_inflected_forms_share_a_term_and_diacritics_do_not_matter():
    assert analyse("stypendiów").terms[0] == analyse("stypendium").terms[0] == "stypendium"
    assert analyse("opłaty").terms[0] == "oplata"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mój PESEL to 12345678901, proszę", "mój PESEL to [PESEL], proszę"),
        ("pisz na jan.kowalski@example.org", "pisz na [e-mail]"),
        ("tel. 600 123 456 albo +48 32-295-69-47", "tel. [telefon] albo [telefon]"),
        ("zebranie 15 września o 17:00", "zebranie 15 września o 17:00"),
    ],
)
def test_mask_personal_data(text, expected):
    assert mask_personal_data(text) == expected
