"""The derived tables (recordgen.support.derived) answer exactly as the libraries they come from,
are built once into the cache folder, and fall back to the libraries when that folder fails."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import holidays
import lemminflect
import pytest
import wordfreq
from hypothesis import given, settings, strategies as st

from recordgen.rules import timescales, withholding
from recordgen.support import lexicon

ROOT = Path(__file__).resolve().parent.parent
_CACHED = (lexicon._languages, lexicon._frequencies, lexicon._lemma_table, lexicon._inflection_table,
           timescales._holiday_table, timescales._named_holidays, timescales._weekday_holidays,
           withholding._look_alikes)


def _forget() -> None:
    for function in _CACHED:
        function.cache_clear()


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """A fresh cache folder, the tables built in it at first use."""
    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(folder)
    _forget()
    yield folder / "recordgen"
    _forget()
    if previous is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = previous


PLAIN = ["en", "ur", "pl", "fr"]  # English, the languages councils translate into most, one with accents


@pytest.mark.parametrize("language", PLAIN)
def test_every_listed_word_has_wordfreqs_own_zipf(cache, language):
    words = [w for w in wordfreq.get_frequency_dict(language) if re.fullmatch(r"[a-z]+", w)]
    sample = words if len(words) <= 20000 else random.Random(language).sample(words, 20000)
    assert lexicon._frequencies(language) is not None, "the table was not built"
    wrong = [(w, lexicon.zipf(w, language), wordfreq.zipf_frequency(w, language)) for w in sample
             if lexicon.zipf(w, language) != wordfreq.zipf_frequency(w, language)]
    assert not wrong[:5]
    assert (cache).is_dir() and any(cache.glob(f"zipf-{language}-*.sqlite"))


@settings(max_examples=400, deadline=None)
@given(word=st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                    min_size=0, max_size=12) | st.text(max_size=8),
       language=st.sampled_from(PLAIN + ["tr"]))  # zh, ja and ko need MeCab or jieba, not installed
def test_any_word_in_any_language_has_wordfreqs_own_zipf(cache, word, language):
    assert lexicon.zipf(word, language) == wordfreq.zipf_frequency(word, language)


@pytest.mark.parametrize("word", ["House", "HOUSE", "dn15", "DN15", "7XY", "1990s", "2024", "self-harm",
                                  "don't", "café", "İstanbul", "Westcliffe", ""])
@pytest.mark.parametrize("language", ["en", "ur", "tr"])
def test_words_with_capitals_digits_and_signs(cache, word, language):
    assert lexicon.zipf(word, language) == wordfreq.zipf_frequency(word, language)


def test_every_lower_case_word_lemminflect_lists_has_its_lemmas(cache):
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()
    words = sorted(set(lemmatizer._getLemmaDict()) | set(lemmatizer._getOverridesDict()))
    wrong = [w for w in words for upos in (None, "NOUN", "VERB")
             if lexicon.lemmas(w, upos) != lemminflect.getAllLemmas(w, upos)]
    assert not wrong[:5]
    assert lexicon._lemma_table() is not None


@settings(max_examples=400, deadline=None)
@given(word=st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFG-'"), max_size=10) | st.text(max_size=6),
       upos=st.sampled_from([None, "NOUN", "VERB", "ADJ", "ADV", "AUX", "PROPN"]))
def test_any_word_has_lemminflects_own_lemmas(cache, word, upos):
    assert lexicon.lemmas(word, upos) == lemminflect.getAllLemmas(word, upos)


@settings(max_examples=300, deadline=None)
@given(lemma=st.sampled_from(["go", "miss", "try", "watch", "have", "be", "do", "settle", "fix", "worry",
                              "zzzq", "Go"]) | st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzé"), min_size=1, max_size=8),
       tag=st.sampled_from(["VBZ", "VBP", "VBD", "NNS"]))
def test_inflections_are_lemminflects_own(cache, lemma, tag):
    assert lexicon.inflection(lemma, tag) == lemminflect.getInflection(lemma, tag=tag)


def test_bank_holidays_are_the_packages_own(cache):
    for subdivision in timescales.NATION_SUBDIVISIONS.values():
        for year in (2000, 2024, 2026, 2027, 2080, 1999, 2081):
            days = holidays.country_holidays("GB", subdiv=subdivision, years=year, observed=True)
            expected = [(d.toordinal(), days.get(d)) for d in sorted(days) if d.year == year and d.weekday() < 5]
            assert list(timescales._named_holidays(subdivision, year)) == expected
    assert timescales._holiday_table() is not None
    # A substitute day is named as the package names it.
    assert timescales.day_off(dt.date(2027, 12, 28), "england") == \
        "the substitute day for Boxing Day, a bank holiday in England"


def test_look_alikes_are_the_packages_own(cache):
    assert withholding._look_alikes() == withholding._look_alikes_from_package()
    assert withholding.fold("Оаkfield") == "oakfield"  # a Cyrillic O and a


def test_an_unwritable_cache_folder_falls_back_to_the_libraries(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    _forget()
    try:
        assert lexicon._frequencies("en") is None and lexicon._lemma_table() is None
        assert lexicon.zipf("house") == wordfreq.zipf_frequency("house", "en")
        assert lexicon.lemmas("visits") == {"NOUN": ("visit",), "VERB": ("visit",)}
        assert lexicon.inflection("miss", "VBZ") == ("misses",)
        assert timescales.is_working_day(dt.date(2027, 5, 3)) is False  # May Day
    finally:
        _forget()


def test_a_damaged_table_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    _forget()
    try:
        assert lexicon.zipf("house") == wordfreq.zipf_frequency("house", "en")
        [table] = (tmp_path / "recordgen").glob("zipf-en-*.sqlite")
        table.write_bytes(b"not a table" * 100)
        _forget()
        assert lexicon.zipf("dysregulated") == wordfreq.zipf_frequency("dysregulated", "en")
        assert table.read_bytes()[:16] == b"SQLite format 3\0"
    finally:
        _forget()


def test_a_read_only_cache_folder_is_read(tmp_path):
    """Built once, then read by a process that cannot write there (a shared, read-only cache)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    probe = ("from recordgen.support import lexicon; "
             "print(lexicon.zipf('house'), lexicon._frequencies('en') is not None)")
    subprocess.run([sys.executable, "-c", probe], env=env, check=True, capture_output=True)
    (tmp_path / "recordgen").chmod(0o500)
    try:
        if os.access(tmp_path / "recordgen", os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        out = subprocess.run([sys.executable, "-c", probe], env=env, check=True, capture_output=True, text=True)
        assert out.stdout.split() == [str(wordfreq.zipf_frequency("house", "en")), "True"]
    finally:
        (tmp_path / "recordgen").chmod(0o700)


def test_validate_of_one_record_loads_neither_library(tmp_path):
    """What makes `validate` fast: the tables answer, wordfreq, lemminflect, numpy and the
    holidays package's countries are never imported (once the tables exist)."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    probe = ("import sys; from recordgen.cli import main\n"
             "try:\n    main(['validate', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('wordfreq', 'lemminflect', 'numpy', 'holidays', 'lxml') if m in sys.modules))")
    record = str(ROOT / "examples" / "review-sam-9.yaml")
    first = subprocess.run([sys.executable, "-c", probe, record], env=env, capture_output=True, text=True)
    second = subprocess.run([sys.executable, "-c", probe, record], env=env, capture_output=True, text=True)
    assert "1 file(s) checked" in first.stderr and first.stderr == second.stderr, "the same report either way"
    assert second.stdout.splitlines()[-1] == "[]"


def _word_by_word(text: str) -> str:
    """The rule as first written: each word tested in Python."""
    alikes = withholding._look_alikes()

    def latin(match):
        word = match.group()
        if word.isascii() or not all(c.isascii() or c in alikes for c in word):
            return word
        return "".join(alikes.get(c, c) for c in word)

    return re.sub(r"[^\W_]+", latin, text)


_LOOK_ALIKES = "оаеіјԁгѕхуАВЕКМНОРСТХ٥ا߀ᎪᏴ"  # Cyrillic, Arabic, N'Ko, Cherokee look-alikes


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("ab01_ -'.ÉéŁł" + _LOOK_ALIKES + "کیہتم"), max_size=30) | st.text(max_size=30))
def test_look_alike_words_are_made_latin_as_word_by_word(text):
    assert withholding._latin_if_it_looks_latin(text) == _word_by_word(text)


def test_fold_keeps_what_it_learns_of_each_character():
    """The two kept tables of hidden characters fill as text is folded: with `or`, an empty
    table (falsy) was replaced by a new one on every call, and each character classified again."""
    withholding.fold("Zażółć\u200bgęślą")
    assert {ord("\u200b"), ord("ż")} <= set(withholding._HIDDEN[""])


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("ab01_ -'.sSÉéŁł\u200b\u00ad" + _LOOK_ALIKES + "کیہتم"), max_size=30) | st.text(max_size=30))
def test_folded_words_and_letters_are_as_first_written(text):
    """A text's words, its words without "'s" and its letters run together, found once for all
    three, are what each was when found on its own."""
    seen = withholding._Folded(text)
    for index, invisible in ((0, ""), (1, " ")):
        folded = withholding.fold(text, invisible) if withholding._has_hidden(text) else withholding.fold(text)
        words = withholding._WORD.full.findall(folded)  # the whole rule: marks and CJK letters too
        assert list(seen.variants[index]) == words
        assert list(seen.variants[index + 2]) == [w[:-2] if w.endswith("'s") else w for w in words]
    assert seen.squashed == "".join(withholding._WORD.full.findall(withholding.fold(text))).replace("'", "")


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("ab \n\t\r\x00\x0b<>&\"'é\ud800\ufffe"), max_size=20) | st.text(max_size=20))
def test_run_text_of_plain_text_is_what_the_line_by_line_rule_makes(text):
    from markupsafe import Markup, escape
    from recordgen.docx.text import _BREAK, _TAB, clean, run_text

    lines = [_TAB.join(escape(part) for part in line.split("\t")) for line in clean(text).split("\n")]
    made = run_text(text)
    assert isinstance(made, Markup) and made == _BREAK.join(lines)


def test_the_quicker_yaml_resolver_reads_every_file_as_ruamels_own():
    """record.loading.safe_yaml asks the YAML version without ruamel's two exceptions: every
    YAML file of the project, and a document that names its version, read the same both ways."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    from recordgen.record.loading import _CParserResolver, safe_yaml

    assert safe_yaml().Resolver is _CParserResolver, "ruamel.yaml.clib is installed here"
    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("**/*.yaml"))
             if ".git" not in p.parts and p.stat().st_size < 2_000_000]
    texts += ["%YAML 1.1\n---\nno: yes\nn: 0o17\nx: 1_000\nt: 2026-01-02\nf: .5\ne: 1e3\nnull_: ~\n",
              "a: [on, off, Yes, NO, 0x1F, 017, 12:30, -.inf, .NaN]\n"]
    read = 0
    for text in texts:
        try:
            expected = YAML(typ="safe").load(text)
        except YAMLError:
            continue
        got = safe_yaml().load(text)
        assert repr(got) == repr(expected)
        read += 1
    assert read > 20


def test_the_word_lists_read_back_from_the_cache_are_the_text_files_own(cache):
    from recordgen.wording import familiar

    tables = {familiar._child_words: familiar._read_child_words, familiar._suffixed: familiar._read_suffixed,
              familiar._ratings: lambda: familiar._read_ratings("concreteness.tsv"),
              familiar._ages: lambda: familiar._read_ratings("age_of_acquisition.tsv")}
    for cached, read in tables.items():
        cached.cache_clear()
        assert cached() == read()   # built and written
        cached.cache_clear()
        assert cached() == read()   # read back
        cached.cache_clear()
    assert len(list(cache.glob("*.marshal"))) == 4


def test_a_changed_source_file_is_read_again_and_a_damaged_cache_rebuilt(tmp_path, monkeypatch):
    from recordgen.support.derived import cached_value

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    source = tmp_path / "words.tsv"
    source.write_text("a\t1\n")
    read = lambda: dict(line.split("\t") for line in source.read_text().splitlines())  # noqa: E731
    assert cached_value("words", (source,), read) == {"a": "1"}
    source.write_text("a\t1\nb\t2\n")
    assert cached_value("words", (source,), read) == {"a": "1", "b": "2"}
    for made in (tmp_path / "cache" / "recordgen").glob("words-*.marshal"):
        made.write_bytes(b"\xff not marshal")
    assert cached_value("words", (source,), read) == {"a": "1", "b": "2"}
    (tmp_path / "blocked").write_text("a file where the cache folder would be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "blocked"))
    assert cached_value("words", (source,), read) == {"a": "1", "b": "2"}


def _whole_and_asked(monkeypatch, name: str, words: list[str]) -> tuple[list, list]:
    """What the list says of each word read whole, and asked a word at a time of its table."""
    from recordgen.wording import familiar

    answers = []
    for asked in (familiar.ASKED_WHOLE, 0):
        familiar._listed.cache_clear()
        monkeypatch.setattr(familiar, "_asked", asked)
        answers.append([familiar._listed(name, word) for word in words])
    familiar._listed.cache_clear()
    return answers[0], answers[1]


@pytest.mark.parametrize("name", ["whole", "thing", "part", "head", "moving", "touching", "suffixed",
                                  "concreteness", "age"])
def test_a_word_lists_table_says_what_the_list_read_whole_does(cache, monkeypatch, name):
    from recordgen.wording import familiar

    familiar._lists_table.cache_clear()
    listed = {"suffixed": familiar._read_suffixed, "concreteness": lambda: familiar._read_ratings("concreteness.tsv"),
              "age": lambda: familiar._read_ratings("age_of_acquisition.tsv")}.get(
        name, lambda: familiar._read_child_words()[name])()
    words = sorted(listed)
    sample = random.Random(name).sample(words, min(len(words), 1500))
    sample += [word + "q" for word in sample[:300]] + ["", "house", "Mum", "sand castle", "zzz"]
    whole, asked = _whole_and_asked(monkeypatch, name, sample)
    assert familiar._lists_table() is not None and any(cache.glob("word-lists-*.sqlite"))
    assert asked == whole
    assert sum(found is not None for found in asked) >= min(len(words), 1500)


def test_checking_a_record_reads_no_word_list_whole(tmp_path):
    """A record asks its few hundred words of the table; the lists read whole cost 20 ms a command."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path), "PYTHONPATH": str(ROOT)}
    probe = ("import sys; from recordgen import api; from recordgen.wording import familiar as f\n"
             "import hashlib; found = api.check_record(api.load_record(sys.argv[1]))\n"
             "print(len(found), hashlib.sha256(repr(found).encode()).hexdigest(), f._asked, "
             "[g.cache_info().currsize for g in (f._child_words, f._suffixed, f._ratings, f._ages)])")
    record = str(ROOT / "examples" / "review-sam-9.yaml")
    first = subprocess.run([sys.executable, "-c", probe, record], env=env, capture_output=True, text=True, check=True)
    second = subprocess.run([sys.executable, "-c", probe, record], env=env, capture_output=True, text=True, check=True)
    findings, digest, asked, whole = second.stdout.split(" ", 3)
    assert first.stdout == second.stdout and int(findings) > 0 and 0 < int(asked) < 3000
    assert whole.strip() == "[0, 0, 0, 0]"
    (tmp_path / "blocked").write_text("a file where the cache folder would be")
    env["XDG_CACHE_HOME"] = str(tmp_path / "blocked")
    blocked = subprocess.run([sys.executable, "-c", probe, record], env=env, capture_output=True, text=True, check=True)
    assert blocked.stdout.split(" ")[:2] == [findings, digest]  # the same findings from the lists read whole
