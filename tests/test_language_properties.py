"""The language check on open-ended text: never crashes, never corrects quoted words."""

from hypothesis import given, settings, strategies as st

from recordgen.wording import check_text
from recordgen.wording.voice import ChildWords

from conftest import examples

SAM = ChildWords.of("Samira Khan", "Sam", "she/her")
BANDS = st.sampled_from(["early", "young", "middle", "teen", "young_adult"])
FIELDS = st.sampled_from(["item", "who", "what", "phrase", "contributed"])
WORDS = st.sampled_from(["contact", "placement", "LAC", "Sam", "she", "you", "the child", "and", "with",
                         "your", "mum", "absconded", "respite", ",", ".", "\"", "'", "{{", "<", "&"])


@settings(max_examples=examples(300))
@given(text=st.text(max_size=300), band=BANDS, field=FIELDS)
def test_any_text_gives_well_formed_findings(text, band, field):
    for note in check_text(text, field=field, band=band, child=SAM):
        assert note.kind in {"system-word", "third-person", "reading-level", "action"}
        assert note.message and note.suggestion


@settings(max_examples=examples(300))
@given(words=st.lists(WORDS, max_size=30), band=BANDS, field=FIELDS)
def test_word_salads_of_system_words_do_not_crash(words, band, field):
    check_text(" ".join(words), field=field, band=band, child=SAM)


@settings(max_examples=examples(200))
@given(words=st.lists(WORDS.filter(lambda w: '"' not in w), min_size=1, max_size=12))
def test_words_in_quotation_marks_are_never_flagged(words):
    quoted = '"' + " ".join(words) + '"'
    notes = check_text(f"You said {quoted}.", field="item", band="teen", child=SAM)
    assert not [n for n in notes if n.kind in {"system-word", "third-person"}]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(WORDS, max_size=30), band=BANDS, field=FIELDS)
def test_each_note_points_at_the_words_it_names(words, band, field):
    text = " ".join(words)
    for note in check_text(text, field=field, band=band, child=SAM):
        assert all(0 <= a < b <= len(text) for a, b in note.spans)
        if note.kind in {"system-word", "third-person"}:
            # Exactly the word the message quotes, in its own place: 'Sam's' with its 's.
            assert [text[a:b] for a, b in note.spans] == [note.word]
