from __future__ import annotations

import pytest

from quizgen.articles import parse_article, read_article, split_sentences
from quizgen.errors import ArticleError

SPLITS = [
    ("Mr. Smith went to Washington. He met Dr. Jones there.", ["Mr. Smith went to Washington.", "He met Dr. Jones there."]),
    ("The U.S. Army said so. It was late.", ["The U.S. Army said so.", "It was late."]),
    ("It left at 9 a.m. on Monday. Nobody saw it.", ["It left at 9 a.m. on Monday.", "Nobody saw it."]),
    ("She lives at No. 10 Downing Street. It is old.", ["She lives at No. 10 Downing Street.", "It is old."]),
    ('"Is it true?" he asked. "Yes."', ['"Is it true?" he asked.', '"Yes."']),
    ("Mr P. Holm said it works. The firm agreed.", ["Mr P. Holm said it works.", "The firm agreed."]),
    ("The deal closed on Jan. 5 after talks. Shares rose.", ["The deal closed on Jan. 5 after talks.", "Shares rose."]),
]


@pytest.mark.parametrize(
    "text,expected",
    SPLITS,
    ids=[
        "Mr. and Dr. are not full stops",
        "U.S. mid-sentence is not a full stop",
        "a.m. before a weekday",
        "No. 10 is not a full stop",
        "a question inside quotes ends at the quote",
        "an initial is not a full stop",
        "Jan. before a day is not a full stop",
    ],
)
def test_sentences_survive_abbreviations(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_title_headings_and_boilerplate_are_not_body_sentences():
    text = (
        "A headline about things\n\nThe first paragraph has a fact from 2011.\n\nA short heading\n\n"
        "Another paragraph follows here.\n\nJane Doe contributed to this report\n\nLeave a Comment"
    )
    article = parse_article(text)
    body = [s.text for s in article.sentences if s.body]
    assert article.title == "A headline about things"
    assert body == ["The first paragraph has a fact from 2011.", "Another paragraph follows here."]
    assert [s.paragraph for s in article.sentences if s.body] == [1, 2]


def test_offsets_point_into_the_text(bundled):
    article = read_article(bundled)
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text


def test_windows_line_ends_and_bom_are_read(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes("\ufeffTitle line\r\n\r\nIt rained in April 2019.\r\n".encode("utf-8"))
    article = read_article(p)
    assert article.title == "Title line"
    assert [s.text for s in article.sentences if s.body] == ["It rained in April 2019."]


def test_windows_1252_is_read_with_a_warning(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes("Caf\xe9 news\n\nThe caf\xe9 opened in 1990 \x96 to acclaim.\n".encode("latin-1"))
    article = read_article(p)
    assert "café" in article.text and "–" in article.text
    assert article.warnings and "Windows-1252" in article.warnings[0]


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty"),
        (b"   \n\n  \t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "not a text file"),
        (b"\x1b\x02\x03\x04 data \x05\x06\x07", "not a text file"),
    ],
    ids=["empty file", "white space only", "a picture renamed .txt", "control bytes and no NUL"],
)
def test_unreadable_articles_give_a_clear_error(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(ArticleError, match=message) as e:
        read_article(p)
    assert str(p) in str(e.value)


def test_a_stray_control_character_in_a_short_article_is_no_sign_of_a_binary_file(tmp_path):
    p = tmp_path / "short.txt"
    p.write_bytes(b"News\x1f\n\nIt rained.\n")  # one byte in 18 is a control character
    assert "rained" in read_article(p).text


def test_a_sentence_without_an_end_is_cut_at_clause_ends():
    from quizgen.articles import MAX_SENTENCE

    clause = "the ferry left at dawn with 40 cars on board, "
    text = "The log reads: " + clause * 200 + "and then it rained; nobody came"
    article = parse_article("Ferry log\n\n" + text)
    body = [s for s in article.sentences if s.body]
    assert len(body) > 1 and all(len(s.text) <= MAX_SENTENCE for s in body)
    assert all(s.text.endswith(",") for s in body[:-1])  # cut after a comma, never inside a word
    assert all(article.text[s.start : s.end] == s.text for s in body)
    assert " ".join(s.text for s in body) == " ".join(text.split())  # nothing lost


def test_ordinary_long_sentences_are_left_whole():
    sentence = "The bridge, which took " + "ten long and difficult years, " * 14 + "opened in 2019."
    assert 400 < len(sentence) < 1000
    assert [s.text for s in parse_article("Bridge\n\n" + sentence).sentences if s.body] == [sentence]


def test_a_run_of_marks_ends_one_sentence():
    text = "Did it really cost 5 km of cable?!?!?! It did. Wow!!!!!! The end."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Did it really cost 5 km of cable?!?!?!",
        "It did.",
        "Wow!!!!!!",
        "The end.",
    ]


def test_a_first_line_too_long_for_a_headline_is_read_as_the_story(tmp_path):
    p = tmp_path / "harbour-notes.txt"
    p.write_text("The harbour opened in 1990 and " * 20 + "it grew.\n\nIt now has 40 berths.\n", encoding="utf-8")
    article = read_article(p)
    assert article.title == "harbour notes"
    assert article.warnings and "not a headline" in article.warnings[0] and str(p) in article.warnings[0]
    assert [s.paragraph for s in article.sentences if s.body][:1] == [1]
    assert article.sentences[0].text.startswith("The harbour opened in 1990")


@pytest.mark.parametrize(
    "name,slug",
    [
        ("Révolution française.txt", "Révolution-française"),
        ("Ünïcode name — test.txt", "Ünïcode-name-test"),
        ("Re\u0301volution.txt", "Révolution"),  # decomposed accents, as macOS writes names
        ("हिन्दी समाचार.txt", "हिन्दी-समाचार"),
        ("Москва 2024.md", "Москва-2024"),
        ("kim-jong-un russia_visit.txt", "kim-jong-un-russia_visit"),
        ("a - b.txt", "a---b"),  # an ASCII name gives the slug it always gave
        ("«»…‽.txt", "article"),
    ],
    ids=["French", "accents and a dash", "decomposed accents", "Devanagari", "Cyrillic", "ASCII", "ASCII run", "no letters"],
)
def test_output_names_keep_the_letters_of_any_script(name, slug):
    from pathlib import Path

    from quizgen.articles import slug_of

    assert slug_of(Path(name)) == slug


def test_an_article_with_an_accented_name_builds_under_that_name(runner, tmp_path):
    from quizgen.cli import main

    src = tmp_path / "Révolution française.txt"
    src.write_text("La Révolution\n\nThe crowd of 800 people marched 12 km to the Bastille in July 1789.\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["Révolution-française.apkg", "Révolution-française.html"]


def test_control_characters_are_not_read_as_words():
    article = parse_article("The\x08 bridge\x7f\n\nIt runs 2 km\x01 to the\x1b sea.\x0cIt opened in 2019.\x0b\n")
    assert article.title == "The bridge"
    assert [s.text for s in article.sentences if s.body] == ["It runs 2 km to the sea.", "It opened in 2019."]
