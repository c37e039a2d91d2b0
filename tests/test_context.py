"""Context resolution: what a question may show of a sentence, made from sentences written for the tests."""

from __future__ import annotations

import pytest
from conftest import article_of

from quizgen.extract import extract
from quizgen.generate.context import Context


def context_of(body: str, title: str = "Avalonia opens a rail tunnel") -> Context:
    article = article_of(body, title)
    return Context(article, extract(article))


def sentence(ctx: Context, start: str):
    return next(s for s in ctx.article.sentences if s.text.startswith(start))


def view_text(ctx: Context, start: str, editable: bool, keep: str | None = None):
    s = sentence(ctx, start)
    spans = []
    if keep:
        a = ctx.article.text.index(keep, s.start)
        spans = [(a, a + len(keep))]
    v = ctx.view(s, spans, editable)
    return v if isinstance(v, str) else v.render(ctx.article)


def test_he_is_named_in_an_edited_stem_and_a_verbatim_card_takes_the_sentence_before():
    ctx = context_of(
        "Transport minister Jonas Berg opened the Northport Tunnel in Eldvik on 3 March 2025. "
        "He said the Northport Tunnel had cost 12 billion crowns since 2016."
    )
    assert (
        view_text(ctx, "He said", editable=True) == "Jonas Berg said the Northport Tunnel had cost 12 billion crowns since 2016."
    )
    verbatim = view_text(ctx, "He said", editable=False)
    assert verbatim.startswith("Transport minister Jonas Berg opened") and verbatim.endswith("since 2016.")


def test_a_surname_gets_the_full_name_the_article_gave():
    ctx = context_of(
        "Transport minister Jonas Berg opened the Northport Tunnel in Eldvik in 2025. "
        "Avalonian engineers met Mr Berg in Eldvik in 2016 to plan the Northport Tunnel."
    )
    assert view_text(ctx, "Avalonian engineers", editable=True) == (
        "Avalonian engineers met transport minister Jonas Berg in Eldvik in 2016 to plan the Northport Tunnel."
    )


def test_a_bare_noun_becomes_the_one_name_that_ends_in_it():
    ctx = context_of(
        "Transit Avalonia built the Northport Tunnel in Eldvik in 2025.\n\n"
        "Engineers said the tunnel runs 57 km under the Grey Mountains of Avalonia."
    )
    assert view_text(ctx, "Engineers said", editable=True) == (
        "Engineers said the Northport Tunnel runs 57 km under the Grey Mountains of Avalonia."
    )


def test_a_bare_noun_never_becomes_a_name_the_article_gives_only_later():
    # a story of one firm names a rival after: "the tunnel" before it is the story's own
    ctx = context_of(
        "Transit Avalonia opened a rail link in Eldvik in 2025.\n\n"
        "Engineers said the tunnel runs 57 km under the Grey Mountains of Avalonia.\n\n"
        "Norland plans a rival, the Northport Tunnel, for 2030."
    )
    assert view_text(ctx, "Engineers said", editable=True) != (
        "Engineers said the Northport Tunnel runs 57 km under the Grey Mountains of Avalonia."
    )


def test_a_clause_that_leans_on_something_unnamed_is_cut_from_an_edited_stem():
    ctx = context_of("Transit Avalonia, which denies the accusation, paid 12 million crowns to Eldvik in 2019.")
    assert (
        view_text(ctx, "Transit Avalonia", editable=True, keep="2019")
        == "Transit Avalonia paid 12 million crowns to Eldvik in 2019."
    )
    assert view_text(ctx, "Transit Avalonia", editable=False, keep="2019") == "context: 'the accusation' is not named"


def test_a_verbatim_card_may_start_after_an_opening_that_leans():
    ctx = context_of("Hours after the vote, a crowd of 4,000 people marched through Eldvik in Avalonia.")
    assert view_text(ctx, "Hours after", editable=False, keep="4,000") == (
        "A crowd of 4,000 people marched through Eldvik in Avalonia."
    )


def test_this_year_is_anchored_to_the_date_line_or_the_item_is_not_asked():
    dated = context_of("Friday, 21 August 2015\n\nEldvik built 14 bridges across Avalonia this year, the council of Eldvik said.")
    assert "in 2015" in view_text(dated, "Eldvik built", editable=True, keep="14")
    assert view_text(dated, "Eldvik built", editable=False, keep="14").startswith("time:")
    undated = context_of("Eldvik built 14 bridges across Avalonia this year, the council of Eldvik said.")
    assert view_text(undated, "Eldvik built", editable=True, keep="14") == "time: 'this year' with no date to anchor it"


def test_the_cue_names_the_article_and_its_date():
    dated = context_of("Friday, 21 August 2015\n\nEldvik built 14 bridges in 2015.", title="Eldvik builds bridges")
    assert dated.cue() == "Eldvik builds bridges (21 August 2015)"
    assert context_of("Eldvik built 14 bridges in 2015.", title="Eldvik builds bridges").cue() == "Eldvik builds bridges"


def test_people_are_found_by_title_or_by_a_surname_that_speaks_alone():
    ctx = context_of(
        "Ambassador Gordon Brandt met Fiona Lund in Eldvik in 2019.\n\n"
        '"We met twice," Lund said in Eldvik.\n\nBoth Avalonia and Norland sent envoys in 2019.'
    )
    assert ctx.people == ["Gordon Brandt", "Fiona Lund"]


def relaxed_context_of(body: str, title: str = "Avalonia opens a rail tunnel") -> Context:
    article = article_of(body, title)
    return Context(article, extract(article), relaxed=True)


def test_a_short_articles_second_pass_still_names_every_surname_it_can():
    body = (
        "Transport minister Jonas Berg opened the Northport Tunnel in Eldvik in 2025. Chief executive Maria Lindqvist "
        "thanked him.\n\nLindqvist met Berg in Eldvik in 2016 to plan the route."
    )
    # the strict pass refuses the sentence's unnamed "the route"; the second pass lets that stand,
    # yet gives both surnames their full names, where before it showed them bare
    assert view_text(context_of(body), "Lindqvist met", editable=True, keep="2016") == "context: 'the route' is not named"
    assert view_text(relaxed_context_of(body), "Lindqvist met", editable=True, keep="2016") == (
        "Chief executive Maria Lindqvist met transport minister Jonas Berg in Eldvik in 2016 to plan the route."
    )
    # a verbatim card cannot rename anyone, and "Lindqvist" bare leans on the article: the second
    # pass lets no word stand on a card that it would have to name in a stem
    assert view_text(relaxed_context_of(body), "Lindqvist met", editable=False, keep="2016") == (
        "context: 'Lindqvist' is not introduced"
    )


def test_a_misprinted_a_before_a_vowel_is_shown_as_an():
    ctx = context_of(
        "Transit Avalonia looked set for a easy win when Eldvik bought a one-off fleet of 12 European trains in 2019."
    )
    assert view_text(ctx, "Transit Avalonia", editable=True, keep="2019") == (
        "Transit Avalonia looked set for an easy win when Eldvik bought a one-off fleet of 12 European trains in 2019."
    )


def test_an_a_before_a_european_or_a_useful_word_stays():
    from quizgen.generate.wording import indefinite_fixed

    assert indefinite_fixed("A European firm made a useful and a awkward offer, a idea.") == (
        "A European firm made a useful and an awkward offer, an idea."
    )


def test_also_inside_a_sentence_goes_from_what_a_card_shows():
    ctx = context_of(
        "Transit Avalonia was also fined 12 million crowns in 2019 for not only late but also dirty trains in Eldvik."
    )
    assert view_text(ctx, "Transit Avalonia", editable=True, keep="2019") == (
        "Transit Avalonia was fined 12 million crowns in 2019 for not only late but also dirty trains in Eldvik."
    )
    # a card shows the sentence as the article has it, and "also" leans on what came before: with no
    # sentence before it to take along, there is no card
    assert view_text(ctx, "Transit Avalonia", editable=False, keep="2019") == "context: 'also' points back"


@pytest.mark.parametrize("pair", ["Anna Kowal and Tom Lund", "Tom Lund and Anna Kowal"])
def test_a_name_joined_by_and_to_a_persons_is_named_in_full_as_well(pair):
    # Tom Lund says something, so he is a person; Anna Kowal, joined to him by "and", is one too
    body = (
        f"Norland's {pair} won the Eldvik cup in 2019. Lund said it was a good year.\n\n"
        "Kowal and Lund did not lose a game in five rounds of the Eldvik cup."
    )
    assert view_text(context_of(body), "Kowal and", editable=True, keep="five") == (
        "Anna Kowal and Tom Lund did not lose a game in five rounds of the Eldvik cup."
    )


def test_a_storm_known_by_its_name_alone_is_given_its_kind_in_a_stem_and_no_card():
    body = (
        "Hurricane Olga hit the coast of Avalonia in 2019.\n\n"
        "Olga killed about 400 people in Eldvik and Northport in 2019, officials in Avalonia said."
    )
    ctx = context_of(body)
    assert view_text(ctx, "Olga killed", editable=True, keep="400") == (
        "Hurricane Olga killed about 400 people in Eldvik and Northport in 2019, officials in Avalonia said."
    )
    # a card word for word would show "Olga" with nothing to say it is a storm
    assert view_text(ctx, "Olga killed", editable=False, keep="400") == "context: 'Olga' is not introduced"


def test_a_name_given_two_kinds_is_not_named_by_either():
    body = (
        "Hurricane Olga hit the coast of Avalonia in 2019, and Operation Olga sent help to Eldvik.\n\n"
        "Olga killed about 400 people in Eldvik and Northport in 2019, officials in Avalonia said."
    )
    assert view_text(context_of(body), "Olga killed", editable=True, keep="400") == (
        "Olga killed about 400 people in Eldvik and Northport in 2019, officials in Avalonia said."
    )


@pytest.mark.parametrize("role", ["transport minister", "minister"])
def test_a_role_is_what_stands_right_before_a_name_never_a_clause_with_a_verb(role):
    # "Maria Lindqvist thanked transport minister Jonas Berg": Berg's role is "transport minister",
    # and a verb right before the role is no part of it either
    body = (
        f"Chief executive Maria Lindqvist thanked {role} Jonas Berg in Eldvik.\n\n"
        "Lindqvist met Berg in Eldvik in 2016 to plan the route."
    )
    assert view_text(relaxed_context_of(body), "Lindqvist met", editable=True, keep="2016") == (
        f"Chief executive Maria Lindqvist met {role} Jonas Berg in Eldvik in 2016 to plan the route."
    )
