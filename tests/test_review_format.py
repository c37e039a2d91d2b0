"""The review file's Markdown, read as a teacher may leave it and written back the way quizgen makes it."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizgen.articles import read_article
from quizgen.errors import ReviewError
from quizgen.extract import extract
from quizgen.review import markdown as md
from quizgen.review.fields import Fields, fields_of, merge, one_line, with_fields
from quizgen.review.items import candidates

PATH = Path("x.review.md")
HEAD = "<!-- made by quizgen: the review file of x.txt · seed 0 · stems auto -->\n# Review: A test article\n\n"


def entry(block: str):
    [item] = md.parse(HEAD + block, PATH).entries
    return item


# (the teacher's block, its form, the words quizgen reads from it)
READS = [
    pytest.param(
        "## [x] Multiple choice <!-- id 0123456789 -->\n\nHow far is it\nfrom Northport to Eldvik?\n\n"
        "- [ ] 380 km\n- [x] 480 km\n- [ ] 580 km\n",
        "mcq",
        Fields("How far is it from Northport to Eldvik?", ("380 km", "480 km", "580 km"), 1),
        id="a question over two lines is one question; three options, the ticked one the key",
    ),
    pytest.param(
        "## [X] Multiple choice <!-- id 0123456789 -->\nWhen did it open?\n* [ ] 1997\n* [X] 1998\n- 1999\n",
        "mcq",
        Fields("When did it open?", ("1997", "1998", "1999"), 1),
        id="an upper-case X, star bullets, an option without a box",
    ),
    pytest.param(
        "## [x] Multiple choice <!-- id 0123456789 -->\n\nWho opened the tunnel? <!-- ask in week 2 -->\n\n"
        "- [x] Transit Avalonia,\n  the rail operator\n- [ ] The government\n\n<!-- my note -->\n> my own quote\n",
        "mcq",
        Fields("Who opened the tunnel?", ("Transit Avalonia, the rail operator", "The government"), 0),
        id="comments and a note of one's own are not printed; an indented line goes on with its option",
    ),
    pytest.param(
        "## [x] Multiple choice <!-- id 0123456789 -->\n\n\\- 40 lorries a train, says the minister: how many?\n\n"
        "- [x] 40\n- [ ] 50\n",
        "mcq",
        Fields("- 40 lorries a train, says the minister: how many?", ("40", "50"), 0),
        id="a backslash keeps a question that starts like a list a question",
    ),
    pytest.param(
        "## [x] Fill in the blank <!-- id 0123456789 -->\n\nNorthport lies {{c1::480 km::distance}} from {{ Eldvik }}.\n",
        "cloze",
        Fields("Northport lies {{480 km::distance}} from {{Eldvik}}."),
        id="Anki's own {{c1::...}} is read as a blank; every blank of the sentence counts",
    ),
    pytest.param(
        "## [x] True or false <!-- id 0123456789 -->\n\nNorthport lies 480 km from Eldvik.\n\n- [ ] True\n- [x] False\n",
        "true_false",
        Fields("Northport lies 480 km from Eldvik.", ("true", "false"), 1),
        id="true or false: the ticked one, in any case",
    ),
    pytest.param(
        "## [x] Put in order <!-- id 0123456789 -->\n\nWhich came first?\n\n1. The old tunnel opened.\n2. Trains were bought.\n",
        "order",
        Fields("Which came first?", ("The old tunnel opened.", "Trains were bought.")),
        id="a timeline: the events as listed are the right order",
    ),
]


@pytest.mark.parametrize("block, form, expected", READS)
def test_reads_the_words_a_teacher_leaves(block, form, expected):
    assert md.fields(entry(block), form, PATH) == expected


def line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate((HEAD + text).splitlines(), 1) if needle in line)


MCQ = "## [x] Multiple choice <!-- id 0123456789 -->\n\nHow far is Eldvik?\n\n- [ ] 380 km\n- [x] 480 km\n- [ ] 580 km\n"
CLOZE = "## [x] Fill in the blank <!-- id 0123456789 -->\n\nNorthport lies {{480 km}} from Eldvik.\n"
# (the teacher's block, its form, the line the message points at, what the message says)
REFUSED = [
    pytest.param(
        MCQ.replace("[ ] 580", "[x] 580"), "mcq", "[x] 580", "two options are ticked as the key (lines 9, 10)", id="two keys"
    ),
    pytest.param(
        MCQ.replace("[x] 480", "[ ] 480"), "mcq", "## [x]", "no option is ticked as the key", id="no key among the options"
    ),
    pytest.param(MCQ + "- [ ] 680 km\n- [ ] 780 km\n", "mcq", "780 km", "more than four options", id="five options"),
    pytest.param(
        MCQ.replace("- [ ] 380 km\n", "- [ ] 580 KM\n"), "mcq", "580 km", "reads the same as the one at line 8", id="twice"
    ),
    pytest.param(MCQ + "\nThe answer is 480 km.\n", "mcq", "The answer is", "text after the options", id="text after options"),
    pytest.param(MCQ.replace("How far is Eldvik?", ""), "mcq", "## [x]", "the item has no question", id="no question"),
    pytest.param(MCQ.replace("[ ] 380", "[o] 380"), "mcq", "[o] 380", "the box holds 'o'", id="a box with an o"),
    pytest.param(CLOZE.replace("{{480 km}}", "480 km"), "cloze", "Northport", "the sentence has no blank", id="cloze, no blank"),
    pytest.param(CLOZE.replace("{{480 km}}", "{{480 km"), "cloze", "Northport", "not closed with '}}'", id="cloze, open"),
    pytest.param(CLOZE.replace("480 km", ""), "cloze", "Northport", "a blank is empty", id="cloze, empty blank"),
    pytest.param(CLOZE + "\n- [x] 480 km\n", "cloze", "- [x]", "a fill-in sentence has no options", id="cloze with options"),
    pytest.param(
        "## [x] True or false <!-- id 0123456789 -->\n\nIt is 480 km.\n\n- [x] true\n- [x] false\n",
        "true_false",
        "## [x]",
        "a true-or-false item has two options",
        id="both true and false",
    ),
]


@pytest.mark.parametrize("block, form, needle, message", REFUSED)
def test_an_edit_that_breaks_an_item_is_refused_with_the_line_and_the_fix(block, form, needle, message):
    with pytest.raises(ReviewError) as e:
        md.fields(entry(block), form, PATH)
    assert str(e.value).startswith(f"{PATH}:{line_of(block, needle)}: ")
    assert message in str(e.value)


# (the file below the header, the line the message points at, what it says); MCQ is lines 4 to 10
BROKEN = [
    pytest.param(MCQ.replace(" <!-- id 0123456789 -->", ""), 4, "has lost its id", id="id deleted"),
    pytest.param(MCQ.replace("## [x] ", "## "), 4, "has lost its box", id="box deleted"),
    pytest.param(MCQ + "\n## Notes for next year\n", 12, "use '###' for a heading of your own", id="a heading of one's own"),
    pytest.param(MCQ + "\n" + MCQ, 12, "is here and at line 4", id="an item twice"),
]


@pytest.mark.parametrize("text, line, message", BROKEN)
def test_a_file_whose_items_cannot_be_told_apart_is_refused(text, line, message):
    with pytest.raises(ReviewError) as e:
        md.parse(HEAD + text, PATH)
    assert str(e.value).startswith(f"{PATH}:{line}: ") and message in str(e.value)


@pytest.mark.parametrize("source", ["bundled", "rich"])
def test_every_candidate_reads_back_as_written(source, request):
    path = request.getfixturevalue(source)
    article = read_article(path)
    facts = extract(article)
    cands = candidates(article, facts)
    assert {c.question.type for c in cands} >= {"mcq", "cloze"}
    for c in cands:
        f = fields_of(c.question)
        block = md.block(
            md.heading(c.asked, "x", c.id, f.stamp()), ["Left out by quizgen: a rule"], md.content(c.question.type, f), ["> ¶1 …"]
        )
        [e] = md.parse(HEAD + "\n".join(block) + "\n", PATH).entries
        assert (e.id, e.ticked, e.made) == (c.id, c.asked, f.stamp())
        assert md.fields(e, c.question.type, PATH) == f
        assert with_fields(c.question, f) is c.question  # unedited: the question exactly as the plan made it


# Words a teacher may type, markup characters included: "- 40", "> 3", "1. first", "___", "[1]", "\\#"
WORDS = st.text(alphabet=st.sampled_from(list("ab1 -*+>#.)[]x:_\\")), min_size=1, max_size=15).map(one_line).filter(bool)


@settings(max_examples=300, deadline=None)
@given(WORDS, st.lists(WORDS, min_size=2, max_size=4, unique_by=str.casefold), st.integers(0, 3), WORDS)
def test_whatever_words_an_item_holds_are_read_back_as_written(text, choices, key, answer):
    answer = re.sub(r":{2,}", ":", answer).strip(": ") or "a"  # a blank's answer: no hint ("1::: 1" too), no spaces at its ends
    for form, f in (
        ("mcq", Fields(text, tuple(choices), key % len(choices))),
        ("order", Fields(text, tuple(choices))),
        ("cloze", Fields(one_line(f"{text} {{{{{answer}}}}} {text}"))),
    ):
        block = md.block(md.heading(True, "x", "0123456789", f.stamp()), [], md.content(form, f), [])
        assert md.fields(entry("\n".join(block) + "\n"), form, PATH) == f


def test_each_part_follows_the_article_unless_the_teacher_edited_it():
    made = Fields("How far?", ("480 km", "580 km"), 0)
    corrected = Fields("How far?", ("482 km", "580 km"), 0)
    reworded = Fields("How far is it?", ("480 km", "580 km"), 0)
    rekeyed = Fields("How far?", ("480 km", "580 km"), 1)
    stamp = made.stamp()
    assert merge(made, corrected, stamp) == (corrected, [])
    assert merge(reworded, corrected, stamp) == (Fields("How far is it?", ("482 km", "580 km"), 0), [])
    assert merge(rekeyed, corrected, stamp) == (rekeyed, ["choices"])
    assert merge(rekeyed, made, stamp) == (rekeyed, [])
    assert merge(rekeyed, corrected, None) == (rekeyed, [])  # no stamp: all the teacher's, nothing to compare


def test_a_teachers_key_reaches_the_number_that_targets_ask_for(rich):
    article = read_article(rich)
    q = next(
        c.question for c in candidates(article, extract(article)) if c.question.type == "mcq" and "57 km" in c.question.options
    )
    f = fields_of(q)
    other = next(c for c in f.choices if c != q.answer)  # a distractor the teacher makes the key
    rekeyed = with_fields(q, replace(f, key=f.choices.index(other)))
    number = float(other.split()[0].replace(",", ""))
    assert rekeyed.answer == other and rekeyed.extra["number"] == number and rekeyed.extra["unit"] == "km"
    assert rekeyed.guid_key == q.guid_key  # the same Anki note
    odd = with_fields(q, replace(f, choices=("very deep", *f.choices[1:]), key=0))
    assert "number" not in odd.extra  # no number to type: no numeric question


def test_a_reordered_timeline_is_shown_shuffled_and_loses_its_dates(rich):
    article = read_article(rich)
    q = next(c.question for c in candidates(article, extract(article)) if c.question.type == "order")
    f = fields_of(q)
    swapped = with_fields(q, replace(f, choices=(f.choices[1], f.choices[0], *f.choices[2:])))
    assert swapped.sequence[:2] == q.sequence[1::-1] and swapped.items != swapped.sequence
    assert swapped.extra["dates"] == []
    reworded = with_fields(q, replace(f, choices=("The Eldvik Tunnel opened.", *f.choices[1:])))
    assert reworded.extra["dates"] == q.extra["dates"] and reworded.items != reworded.sequence


def test_the_readme_example_is_a_review_file_of_the_bundled_article(bundled):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = readme.split("```markdown\n", 1)[1].split("```", 1)[0]
    article = read_article(bundled)
    by_id = {c.id: c for c in candidates(article, extract(article))}
    entries = md.parse(HEAD + example, PATH).entries
    assert [e.ticked for e in entries] == [True, False]
    for e in entries:
        c = by_id[e.id]
        f = md.fields(e, c.question.type, PATH)
        assert e.made == fields_of(c.question).stamp() or f.text != fields_of(c.question).text  # as made, or reworded
        assert f.choices == fields_of(c.question).choices and f.key == fields_of(c.question).key
