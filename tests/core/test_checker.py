"""The Terms to Avoid text checker: matching rules, offsets, real content, any input."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mmn_desktop.core.checker import CheckMatch, TextChecker, concept_titles, match_form, utf16_offsets
from mmn_desktop.core.content import load_content
from mmn_desktop.core.models import AvoidVariant, Concept, ConceptSection, ContentSet, Term, TermToAvoid
from tests.conftest import REAL_CONTENT


def avoid(slug: str, use: tuple[str, ...] = ("concept:migrant-worker",), **terms: tuple[str, ...]) -> TermToAvoid:
    variants = tuple(
        AvoidVariant(lang, words, f"{slug} reason" if lang == "en" else "") for lang, words in terms.items()
    )
    return TermToAvoid(slug, variants, use)


FIXTURE = (
    avoid(
        "illegal-alien",
        ("concept:irregular-migrant", "concept:undocumented-migrant"),
        en=("illegal alien", "illegal migrant", "illegals"),
        th=("ต่างด้าวเถื่อน",),
        vi=("người nhập cư bất hợp pháp",),
        km=("ជនអន្តោប្រវេសន៍ខុសច្បាប់",),
        zh=("非法移民",),
    ),
    avoid("labour-force", en=("migrant labour force",)),
    avoid("illegal-worker", en=("illegal migrant worker",)),
    avoid("wetback", en=("wet-back",)),
    avoid("mail-order-bride", ("concept:marriage-migration",), en=("mail-order bride",)),
    avoid("economic-migrant", en=("economic migrant (to deny protection)",)),
    avoid("nobody", en=("nobody's child",)),
    avoid("cheap-labour", en=("cheap labour",)),
    avoid("rescue", en=("rescue (for a raid)", "rescued (of people then detained)")),
    avoid("coolie", en=("coolie",), th=("กุลี",), my=("ကုလား",)),
)


@pytest.fixture(scope="module")
def checker() -> TextChecker:
    return TextChecker(FIXTURE)


def found(checker: TextChecker, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.avoid_id) for m in checker.check(text)]


# ------------------------------------------------------------------------------ matching rules


def test_match_form_drops_qualifiers_and_quotes() -> None:
    assert match_form("economic migrant (to deny protection)") == "economic migrant"
    assert match_form('phi noi ("little ghosts")') == "phi noi"
    assert match_form("Bengali (for Rohingya)") == "Bengali"
    assert match_form("  boat   people ") == "boat people"
    assert match_form("(only a note)") == ""


def test_latin_is_case_insensitive_whole_word_with_plurals(checker: TextChecker) -> None:
    assert found(checker, "An ILLEGAL Alien.") == [("ILLEGAL Alien", "avoid:illegal-alien")]
    assert found(checker, "illegal aliens and illegal migrants") == [
        ("illegal aliens", "avoid:illegal-alien"),
        ("illegal migrants", "avoid:illegal-alien"),
    ]
    assert found(checker, "Coolies, coolie's, coolieship, precoolie") == [
        ("Coolies", "avoid:coolie"),
        ("coolie", "avoid:coolie"),
    ]
    assert found(checker, "illegal alienation; illegalaliens_x") == []
    assert found(checker, "illegals") == [("illegals", "avoid:illegal-alien")]


def test_whitespace_hyphen_and_apostrophe_variants(checker: TextChecker) -> None:
    assert found(checker, "an illegal  \n\t alien") == [("illegal  \n\t alien", "avoid:illegal-alien")]
    for text in ("wetback", "wet-back", "wet back", "wet\u2010back", "Wet - Back", "wet\u00adback"):
        assert found(checker, f"called a {text} there") == [(text, "avoid:wetback")], text
    for text in ("mail-order bride", "mail order bride", "mail-order-bride", "mail order\nbrides"):
        assert found(checker, f"a {text}.") == [(text, "avoid:mail-order-bride")], text
    for text in ("nobody's child", "nobody\u2019s child", "Nobody\u2018s child"):
        assert found(checker, f"She was {text}.") == [(text, "avoid:nobody")], text


def test_qualifiers_are_not_looked_for_and_spelling_variants_are(checker: TextChecker) -> None:
    assert found(checker, "just an economic migrant") == [("economic migrant", "avoid:economic-migrant")]
    assert found(checker, "to deny protection") == []
    assert found(checker, "cheap labor and cheap labour") == [
        ("cheap labor", "avoid:cheap-labour"),
        ("cheap labour", "avoid:cheap-labour"),
    ]
    assert found(checker, "rescue, rescues, rescued; rescuer") == [
        ("rescue", "avoid:rescue"),
        ("rescues", "avoid:rescue"),
        ("rescued", "avoid:rescue"),
    ]


def test_latin_term_next_to_a_script_without_spaces(checker: TextChecker) -> None:
    assert found(checker, "他们说illegal alien是错的") == [("illegal alien", "avoid:illegal-alien")]


def test_overlaps_keep_the_longest(checker: TextChecker) -> None:
    # "illegal migrant" starts first, but "migrant labour force" is longer and overlaps it.
    assert found(checker, "the illegal migrant labour force") == [("migrant labour force", "avoid:labour-force")]
    assert found(checker, "an illegal migrant worker.") == [("illegal migrant worker", "avoid:illegal-worker")]
    # The longer term fails its word boundary: the shorter one is reported, with its own id.
    assert found(checker, "an illegal migrant workerbee") == [("illegal migrant", "avoid:illegal-alien")]


def test_scripts_without_spaces_match_substrings_but_not_split_clusters(checker: TextChecker) -> None:
    assert found(checker, "พวกเขาเป็นต่างด้าวเถื่อนหรือ") == [("ต่างด้าวเถื่อน", "avoid:illegal-alien")]
    assert found(checker, "他们是非法移民吗") == [("非法移民", "avoid:illegal-alien")]
    assert found(checker, "คนกุลีคน") == [("กุลี", "avoid:coolie")]
    assert found(checker, "กุลี่") == []  # a tone mark on the last letter: another syllable
    assert found(checker, "เกุลี") == []  # after a leading vowel: the match would start mid-syllable
    assert found(checker, "ကုလားများ") == [("ကုလား", "avoid:coolie")]
    assert found(checker, "ကုလား\u1039") == []  # the next consonant would stack under the last one
    # A zero-width space between Khmer words does not hide the term; the span includes it.
    text = "គេហៅថា ជនអន្តោប្រវេសន៍\u200bខុសច្បាប់ ទេ"
    assert found(checker, text) == [("ជនអន្តោប្រវេសន៍\u200bខុសច្បាប់", "avoid:illegal-alien")]


def test_vietnamese_matches_as_written_in_any_case(checker: TextChecker) -> None:
    assert found(checker, "Họ là NGƯỜI NHẬP CƯ BẤT HỢP PHÁP.") == [
        ("NGƯỜI NHẬP CƯ BẤT HỢP PHÁP", "avoid:illegal-alien")
    ]
    assert found(checker, "nguoi nhap cu bat hop phap") == []  # without diacritics: not flagged (documented)


def test_offsets_point_into_the_original_nfd_text(checker: TextChecker) -> None:
    nfc = "Bài báo gọi họ là người nhập cư bất hợp pháp và illegal aliens."
    nfd = unicodedata.normalize("NFD", nfc)
    assert len(nfd) > len(nfc)
    matches = checker.check(nfd)
    assert [m.avoid_id for m in matches] == ["avoid:illegal-alien", "avoid:illegal-alien"]
    assert [m.lang for m in matches] == ["vi", "en"]
    first, second = matches
    assert nfd[first.start : first.end] == first.text == unicodedata.normalize("NFD", "người nhập cư bất hợp pháp")
    assert nfd[second.start : second.end] == second.text == "illegal aliens"
    assert nfd[second.end :] == "."


def test_offsets_after_emoji_and_astral_characters(checker: TextChecker) -> None:
    prefix = "🙂👩🏽‍🌾 𠀀𝔘 "  # astral characters, a ZWJ sequence, a CJK extension B ideograph
    text = prefix + "coolie 🚢 ต่างด้าวเถื่อน"
    matches = checker.check(text)
    assert [(m.start, m.end, m.text) for m in matches] == [
        (len(prefix), len(prefix) + 6, "coolie"),
        (len(prefix) + 9, len(text), "ต่างด้าวเถื่อน"),
    ]
    # Qt counts UTF-16 code units: every astral character is two.
    astral = sum(1 for ch in prefix if ord(ch) > 0xFFFF)
    assert astral == 6
    assert utf16_offsets(text, [matches[0].start, matches[0].end]) == [len(prefix) + astral, len(prefix) + astral + 6]


def test_match_carries_reason_and_use_instead(checker: TextChecker) -> None:
    (m,) = checker.check("ต่างด้าวเถื่อน")
    assert m == CheckMatch(
        0,
        len("ต่างด้าวเถื่อน"),
        "ต่างด้าวเถื่อน",
        "avoid:illegal-alien",
        "th",
        "illegal-alien reason",  # no Thai reason: the English one
        ("concept:irregular-migrant", "concept:undocumented-migrant"),
        "ต่างด้าวเถื่อน",
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 3  # type: ignore[misc]
    (r,) = checker.check("rescued")
    assert r.term == "rescued (of people then detained)"


def test_empty_inputs() -> None:
    assert TextChecker([]).check("illegal alien") == ()
    assert TextChecker(FIXTURE).check("") == ()
    assert TextChecker([avoid("empty", en=("(just a note)",))]).term_count == 0


def test_concept_titles_in_a_language() -> None:
    concepts = [
        Concept(
            "irregular-migrant",
            "status",
            (),
            (
                ConceptSection("en", "reviewed", (Term("irregular migrant"),), "def"),
                ConceptSection("th", "draft", (Term("x", "deprecated"), Term("แรงงานข้ามชาติที่ไม่มีเอกสาร")), "def"),
            ),
        )
    ]
    ids = ("concept:irregular-migrant", "concept:unknown-thing")
    assert concept_titles(ids, concepts, "th") == ("แรงงานข้ามชาติที่ไม่มีเอกสาร", "unknown-thing")
    assert concept_titles(ids, concepts, "km") == ("irregular migrant", "unknown-thing")
    assert concept_titles(ids[:1], {c.id: c for c in concepts}, "en") == ("irregular migrant",)


# ------------------------------------------------------------------------------ real content

# A sentence frame per language; "{}" is where the term goes. Spaced scripts get spaces around
# it, the others none (as they are written).
FRAMES = {
    "en": "In the report, the word {} appeared twice.",
    "vi": "Bài báo dùng từ {} hai lần.",
    "th": "บทความนี้ใช้คำว่า{}สองครั้ง",
    "lo": "ບົດຄວາມນີ້ໃຊ້ຄຳວ່າ{}ສອງເທື່ອ",
    "km": "អត្ថបទនេះប្រើពាក្យ{}ពីរដង។",
    "my": "ဆောင်းပါးတွင် {} ဟု ရေးထားသည်။",
    "zh": "这篇文章两次使用了“{}”一词。",
}

NEUTRAL_EN = """\
Migrant workers from Cambodia, Lao PDR and Myanmar make up a large part of the workforce in
Thailand's fishing, construction and agriculture sectors. Many are undocumented migrants or in
an irregular situation, because the regular channels are slow and expensive. Domestic workers,
most of them women, often live in their employer's house and have no fixed working hours.
Advocates call for equal pay, a minimum wage that is enforced, access to health care, social
protection and the right to change employer. Refugees and asylum seekers who arrive by sea need
protection, not detention. Stateless persons need birth registration and a path to nationality.
"""


@pytest.fixture(scope="module")
def real() -> ContentSet:
    content, problems = load_content(REAL_CONTENT)
    assert problems == []
    return content


@pytest.fixture(scope="module")
def real_checker(real: ContentSet) -> TextChecker:
    return TextChecker(real.avoid)


def test_frames_are_clean(real_checker: TextChecker) -> None:
    for lang, frame in FRAMES.items():
        assert real_checker.check(frame.format("")) == (), lang


def test_every_real_term_is_found_in_a_sentence(real: ContentSet, real_checker: TextChecker) -> None:
    covered = []
    checked = 0
    for item in real.avoid:
        for variant in item.variants:
            for term in variant.terms:
                form = match_form(term)
                assert form, (item.id, term)
                frame = FRAMES[variant.lang]
                at = frame.index("{}")
                sentence = frame.format(form)
                hits = [m for m in real_checker.check(sentence) if m.start <= at and m.end >= at + len(form)]
                assert len(hits) == 1, (item.id, term, real_checker.check(sentence))
                (hit,) = hits
                checked += 1
                if hit.avoid_id == item.id:
                    assert hit.start == at and hit.text.casefold() == form.casefold(), (term, hit)
                else:
                    # Honest exception: another entry's term contains this one and is longer.
                    assert len(hit.text) > len(form) and form.casefold() in hit.text.casefold(), (term, hit)
                    covered.append((item.id, term, hit.avoid_id))
    assert checked == sum(len(v.terms) for a in real.avoid for v in a.variants)
    assert covered == []  # no listed term is swallowed by another today; update if the lists change


def test_neutral_english_paragraph_has_no_matches(real_checker: TextChecker) -> None:
    assert real_checker.check(NEUTRAL_EN) == ()


def test_real_terms_in_nfd_and_after_emoji(real: ContentSet, real_checker: TextChecker) -> None:
    text = "🙂🙂 Tin tức: lao động bất hợp pháp, 🚢 xuất khẩu lao động; 𝔘 illegal aliens."
    for variant in (text, unicodedata.normalize("NFD", text)):
        matches = real_checker.check(variant)
        assert [(m.avoid_id, m.lang) for m in matches] == [
            ("avoid:illegal-worker", "vi"),
            ("avoid:labour-export", "vi"),
            ("avoid:illegal-alien", "en"),
        ]
        for m in matches:
            assert variant[m.start : m.end] == m.text
        assert [unicodedata.normalize("NFC", m.text) for m in matches] == [
            "lao động bất hợp pháp",
            "xuất khẩu lao động",
            "illegal aliens",
        ]
    titles = concept_titles(real_checker.check("illegal aliens")[0].use_instead, real.concepts, "vi")
    assert titles and all(titles)


# ------------------------------------------------------------------------------ any input

TERM_FORMS = [match_form(t) for a in FIXTURE for v in a.variants for t in v.terms]
pieces = st.one_of(
    st.text(max_size=12),
    st.sampled_from(TERM_FORMS),
    st.sampled_from(["\u0301", "\u0e48", "\u1039", "\u200b", "\u00ad", " ", "-", "s", "🙂", "\ud7a3"]),
)


def check_invariants(text: str, matches: tuple[CheckMatch, ...]) -> None:
    previous_end = 0
    for m in matches:
        assert 0 <= previous_end <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        previous_end = m.end


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_never_crashes(text: str) -> None:
    checker = TextChecker(FIXTURE)
    check_invariants(text, checker.check(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(pieces, max_size=12).map("".join))
def test_text_with_terms_keeps_invariants_in_any_normal_form(text: str) -> None:
    checker = TextChecker(FIXTURE)
    results = {}
    for form in ("NFC", "NFD", None):
        variant = unicodedata.normalize(form, text) if form else text
        matches = checker.check(variant)
        check_invariants(variant, matches)
        results[form] = [m.avoid_id for m in matches]
    # The checker matches on the NFC view, so every normal form finds the same terms.
    assert results["NFC"] == results["NFD"] == results[None]
