"""Who an article names: its people in full ("Ambassador Anna Kowal" -> "Anna Kowal"), the
words it capitalises mid-sentence, and the one organisation a bare noun stands for ("the bank" ->
"Norland Savings Bank"). Input: an Article and its facts; output: a Cast the context rules consult."""

from __future__ import annotations

import re
from functools import cached_property

from ..extract.speakers.phrases import ORG_WORDS, PERSON_WORDS, name_of
from ..model import Article, Fact
from ..words import word_starts
from .references import Names

# A person's name: two or three capitalised words ("Peter Holm", "Jean-Paul Lund", "Peter Holm's")
FULL_NAME = re.compile(
    r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
    r"(?:\s+(?:de |van |von |al-)?[A-Z][a-z]*(?:['’][A-Z])?[a-z]+(?:-[A-Z][a-z]+)?){1,2}(?=['’]s\b|(?![\w'’-]))"
)
# A title that makes the name after it a person's: "Mr", "President", "striker"
TITLE_BEFORE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof|President|Senator|Governor|Mayor|Chancellor|Judge|Minister|[a-z]+)\.?\s+$"
)
# Capitalised words that open sentences and are never part of a name
NEVER_NAMES = frozenset(
    "both yet but and so also even only still each all every some many most several few another other either neither"
    " however meanwhile moreover although though while when where after before since until during despite"
    " born raised educated elected appointed".split()  # ("Born Jonas Berg in 1950, ...": no one called Born)
)
# ... only where the word is a title: "Mr", "President", "striker", not "at" or "the"
HONORIFICS = frozenset("mr mrs ms dr sir lord lady dame prof justice rev reverend bishop archbishop cardinal".split())


# (never "chairman": papers give it to women too, "Tory chairman Anna Kowal ... her party")
MALE_TITLE = re.compile(r"\b(?:Mr|Sir|Lord|King|Prince|Father|Brother)\b")
FEMALE_TITLE = re.compile(r"\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Sister|spokeswoman|chairwoman)\b")
GENDERED_PRONOUN = re.compile(r"\b(?:he|him|his|himself|she|her|hers|herself)\b", re.I)
MALE_PRONOUN = re.compile(r"(?i:he|him|his|himself)")
CAPITAL = re.compile(r"\b[A-Z][a-z]")


# A role right before a name: "Rail Weekly editor ", "Transport minister ", "chief engineer "
ROLE_BEFORE = re.compile(r"(?<![\w-])(?P<role>(?:[A-Z][\w&'’-]*\s+){0,3}(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+$")
# ... or right after it between commas: "Peter Holm, editor of Rail Weekly,"
ROLE_AFTER = re.compile(r",\s+(?P<role>(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2}\s+(?:of|at|for)\s+(?:the\s+)?[A-Z][\w&'’ -]{1,40}?),")
# Titles a name keeps capitalised wherever it stands: "President Jonas Berg"
TITLE_WORDS = frozenset(
    "president senator governor mayor chancellor judge minister premier prince king queen pope lord lady sir dr mr mrs"
    " ms miss general colonel captain commander sergeant inspector detective ambassador professor chief deputy secretary"
    " commissioner".split()
)
# First words of places and bodies, never of a person's name: "South Eldvik", "Port Norland", "Transport Avalonia"
PLACE_LEADS = frozenset(
    "north south east west northern southern eastern western new old upper lower great little port fort mount lake"
    " cape saint st san santa transport national royal united central".split()
)
# Words before a role that tell when it was held, capitalised only to open a sentence
ROLE_TIMES = frozenset("former ex then retired late acting interim outgoing incoming veteran current".split())
# A role set after a name: ", the club's president of operations", ", Norland Rail's chief pilot"
ROLE_APPOSED = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w&.-]*(?:['’]s?)?\s+){0,3}"
    r"(?!(?:and|or|but|while|where|which|as|when|who)\b)(?P<role>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2})"
)
# A verb or a small word inside what reads as a role: "Maria Lindqvist thanked transport minister" and
# "watched the game together at striker" are no role of the name after them
VERB_LIKE = re.compile(
    r"[a-z]+ed|said|says|met|told|saw|won|led|made|took|gave|beat|named|called|thanks?"
    r"|at|in|on|by|for|with|from|to|of|and|or|as|the|a|an|together|alongside|including|like|than"
)


def _after_verb(role: str) -> str:
    """The role after the last verb or small word in it: "Maria Lindqvist thanked transport minister" ->
    "transport minister", "together at striker" -> "striker"."""
    words = role.split()
    cut = max((i for i, w in enumerate(words[:-1]) if VERB_LIKE.fullmatch(w)), default=-1)
    return " ".join(words[cut + 1 :])


# A run of capitalised words ("The Northport Tunnel", "Norland Savings Bank"), and "the" right before one
CAPITAL_RUN = re.compile(r"(?<![\w'’&-])[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*)*")  # (never over a line break)
THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he\s+$")
# A name that carries its kind: "Hurricane Olga", "Typhoon Kallo", "Operation North Gate"
TYPED_NAME = re.compile(
    r"(?<![\w'’-])(?:Hurricane|Typhoon|Super\s+Typhoon|Cyclone|Tropical\s+Storm|Storm|Operation)\s+"
    r"(?:[A-Z][a-z]+\s+)*(?P<name>[A-Z][a-z]+)\b"
)
# Words that open a run of capitalised words without being part of a name
NOT_NAME_STARTS = ("The", "A", "An", "In", "On", "At", "But", "And")
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozen hundred thousand".split())
# A headline run into the text ("FRANCE WINS Two ..."): a word in capitals longer than a short form
HEADLINE_CAPS = re.compile(r"\b[A-Z]{5,}\b")
# A word before a verb only a person takes: "Quist said", "Haldt was born"
BEFORE_PERSON_VERB = re.compile(
    r"(?<![\w-])(?P<word>[\w'’-]+)\s+(?:said|says|told|added|claimed|admitted|insisted|was born|died|married|starred"
    r"|resigned|retired|testified|pleaded)\b"
)


# ... or before "who", or as the subject of a verb with "he" or "his" after it in its own clause and
# no other name between ("Holm, who ...", "Holm amassed a fortune from his sales"): a person's name
PERSON_AFTER = re.compile(
    r"(?<![\w'’-])(?P<word>[A-Z][\w'’-]+)(?=,\s+who\b|\s+(?:[a-z]+ed|was|is|has|had|made|won|took|gave|got|went|came|lost|left)"
    r"\b[^.,;:!?\"“”A-Z]{0,60}?\b(?:he|his|him|she|her)\b)"
)
# A small word right before: the capitalised word is not a clause's opening or a name's end
WORD_BEFORE_SMALL = re.compile(r"(?:(?<![\w'’-])[a-z][\w'’-]*|\bThe)\s+\Z")  # ("the Cubs", "The Cubs": no one's name)


class Cast:
    """The people and names of one article."""

    def __init__(self, article: Article, facts: list[Fact]):
        self.article = article
        self.facts = facts
        self._genders: dict[str, str | None] = {}
        self._described: dict[str, str] = {}

    def gender(self, mention: str) -> str | None:
        """ "m", "f" or None for a person: from a title, else from the pronouns that follow their
        name in the article with no other name in between."""
        if mention not in self._genders:
            if MALE_TITLE.search(mention):
                result: str | None = "m"
            elif FEMALE_TITLE.search(mention):
                result = "f"
            else:
                text = self.article.text
                name = (name_of(mention) or mention).split() or [mention]
                votes = 0
                for probe in {" ".join(name), name[0], name[-1]}:
                    for start in word_starts(text, probe):
                        end = start + len(probe)
                        p = GENDERED_PRONOUN.search(text, end, end + 120)
                        if p and not CAPITAL.search(text, end, p.start()):
                            votes += 1 if MALE_PRONOUN.fullmatch(p.group()) else -1
                result = "m" if votes > 0 else "f" if votes < 0 else None
            self._genders[mention] = result
        return self._genders[mention]

    @cached_property
    def people(self) -> list[str]:
        """The people the article names in full: a title before the name ("Ambassador Anna
        Kowal", "striker Tom Berg"), or the surname alone before "said" elsewhere."""
        found: dict[str, None] = {}
        maybe: list[tuple[str, str, str]] = []  # a name with no sign of a person, the text after and before it
        lower = self.lowercase_words
        for sent in self.article.sentences:
            if not sent.body:
                continue
            taken = 0  # where a name read on past its titles ends: its tail is no name of its own
            for m in FULL_NAME.finditer(sent.text):
                if m.start() < taken:
                    continue
                words = m.group().split()
                titled = False
                while words and (words[0].lower() in PERSON_WORDS | HONORIFICS | NEVER_NAMES or words[0].lower() in lower):
                    titled = titled or words[0].lower() in PERSON_WORDS | HONORIFICS  # "Ambassador Anna Kowal"
                    words = words[1:]
                if titled and len(words) < len(m.group().split()):
                    # the titles took words of the match: the name runs on ("Chief Justice Ann Lee Holm")
                    rest = FULL_NAME.match(sent.text, m.end() - len(" ".join(words))) if words else None
                    words = rest.group().split() if rest else words
                    taken = rest.end() if rest else taken
                if len(words) < 2 or any(w.lower() in ORG_WORDS or w.lower() in PERSON_WORDS for w in words):
                    continue
                if words[0].lower() in PLACE_LEADS:  # "South Eldvik", "Transport Avalonia": a place or a body
                    continue
                name = " ".join(words)
                title = TITLE_BEFORE.search(sent.text[max(0, m.start() - 25) : m.start()])
                titled = titled or title is not None and title.group().strip(" .").lower() in PERSON_WORDS | HONORIFICS
                role = ROLE_APPOSED.match(sent.text, m.end())
                # "Tom Lund, Eldvik's coach,"
                titled = titled or role is not None and not PERSON_WORDS.isdisjoint(role.group("role").split())
                if titled or self._alone(words[-1]):
                    found[name] = None
                else:
                    maybe.append((name, sent.text[m.start() : m.end() + 60], sent.text[max(0, m.start() - 60) : m.start()]))
        # a name joined by "and" to a person's is a person's too: "Anna Kowal and Tom Lund did not lose a game"
        for name, after, before in maybe:
            if any(after.startswith(f"{name} and {other}") or before.endswith(f"{other} and ") for other in list(found)):
                found[name] = None
        return list(found)

    def named_as(self, noun: str) -> str | None:
        """The one name in the article that ends in this noun ("the bank" -> "Norland Savings Bank"), as the
        article writes it ("the Northport Tunnel"), or None when there is none or more than one."""
        if len(noun) < 3 or noun in NUMBER_WORDS:
            return None  # "the two": a count, not a name's last word
        names = {
            n
            for n in self._name_endings.get(noun.capitalize(), ())
            if n.split()[0] not in NOT_NAME_STARTS and " " in n and not HEADLINE_CAPS.search(n)
        }
        if len(names) != 1:
            return None
        name = names.pop()
        return f"the {name}" if name in self._after_the else name

    @cached_property
    def _name_endings(self) -> dict[str, set[str]]:
        """Every name of two to four capitalised words, by its last word ("Bank": {"Norland Savings Bank"}):
        the last word with up to three capitalised words before it, a leading "The" left off."""
        endings: dict[str, set[str]] = {}
        for words, _ in self._capital_runs:
            for j in range(1, len(words)):
                name = words[max(0, j - 3) : j + 1]
                if name[0] in ("The", "the"):
                    name = name[1:]
                if name:
                    endings.setdefault(words[j], set()).add(" ".join(name))
        return endings

    @cached_property
    def _after_the(self) -> set[str]:
        """The runs of capitalised words the article writes after "the" ("the Northport Tunnel")."""
        found: set[str] = set()
        for words, the_before in self._capital_runs:
            for i in range(len(words)):
                if (i == 0 and the_before) or (i > 0 and words[i - 1] == "The"):
                    for j in range(i, min(len(words), i + 4)):
                        found.add(" ".join(words[i : j + 1]))
        return found

    @cached_property
    def _capital_runs(self) -> list[tuple[list[str], bool]]:
        """Each run of capitalised words in the article, and whether "the" comes right before it."""
        text = self.article.text
        return [
            (m.group().split(), bool(THE_BEFORE.search(text, max(0, m.start() - 5), m.start())))
            for m in CAPITAL_RUN.finditer(text)
        ]

    def described(self, full: str) -> str:
        """A person with the role the article first gives them: "Rail Weekly editor Peter Holm",
        "chief engineer Sofia Alvarez"; the bare name where the article gives no role."""
        if full not in self._described:
            self._described[full] = self._first_role(full)
        return self._described[full]

    def _first_role(self, full: str) -> str:
        text = self.article.text
        for start in word_starts(text, full):
            # a role never runs back over a blank line: the headline's last words are no one's role
            para = start - len(text[:start].rpartition("\n\n")[2])  # where its paragraph opens: after the last blank line, or 0
            before = ROLE_BEFORE.search(text, max(start - 60, para), start)
            if before and before.group("role").split()[-1].lower() in PERSON_WORDS:
                role = _after_verb(before.group("role"))
                first = role.split()[0]
                # (a date line's dash opens the story: "EAST HARBOUR (Wire) - Former ...")
                opens = re.search(r"(?:^|[.!?][\"'”’]?\s+|\n|\s[-–—]\s)$", text[max(0, before.start() - 3) : before.start()])
                named = bool(re.match(r"\S+\s+[A-Z]", role))  # "Rail Weekly editor": a name leads (its last word is small)
                lower = first.lower() in PERSON_WORDS or first.lower() in self.lowercase_words
                # "Former Northport police officer": a word that only tells when opened the sentence
                small = opens and first.lower() in ROLE_TIMES
                if (not named and (lower or (opens and first[1:].islower()))) or small:
                    role = role[0].lower() + role[1:]  # "Transport minister" opened its sentence: "transport minister"
                return f"{role} {full}"
            after = ROLE_AFTER.match(text, start + len(full))
            if after:
                return f"{full}, {after.group('role')},"
        return full

    def _alone(self, surname: str) -> bool:
        """True when the surname stands alone before a verb only a person takes ("said", "was born"),
        before "who", or before "he" or "his" in its clause: a person."""
        return surname in self._before_person_verbs

    @cached_property
    def _before_person_verbs(self) -> set[str]:
        """Every word that stands right before a verb only a person takes, and its tails after an
        apostrophe ("O'Neill said": "O'Neill" and "Neill")."""
        found: set[str] = set()
        text = self.article.text
        words = [m.group("word") for m in BEFORE_PERSON_VERB.finditer(text)]
        # ... where the word opens its clause or ends a name: "the country's political rebels, who" are no one
        words += [m.group("word") for m in PERSON_AFTER.finditer(text) if not WORD_BEFORE_SMALL.search(text, 0, m.start())]
        for word in words:
            found.add(word)
            found.update(word[i + 1 :] for i, ch in enumerate(word) if ch in "'’" and word[i + 1 :])
        return found

    @cached_property
    def names(self) -> Names:
        """The people the article names in full, by surname."""
        # (a speaker whose first word the article writes small is a body, not a person: "Transport Avalonia said")
        spoken = [name_of(f.speaker or "") for f in self.facts if f.kind == "quote" and f.speaker_type == "person"]
        full = list(self.people) + [n for n in spoken if n and n.split()[0].lower() not in self.lowercase_words]
        return Names([n for n in full if n], self.capitalised, self.typed, self._before_person_verbs)

    @cached_property
    def typed(self) -> dict[str, str]:
        """Names the article gives with their kind ("Hurricane Olga"), by their last word, where one
        kind goes with it."""
        found: dict[str, set[str]] = {}
        for m in TYPED_NAME.finditer(self.article.text):
            found.setdefault(m.group("name"), set()).add(" ".join(m.group().split()))
        return {name: fulls.pop() for name, fulls in found.items() if len(fulls) == 1}

    @cached_property
    def lowercase_words(self) -> set[str]:
        """Words the article writes in lower case somewhere: "yet", "both" (never a name)."""
        return set(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]*", self.article.text))

    @cached_property
    def capitalised(self) -> set[str]:
        """Words the article capitalises in the middle of a sentence: its names."""
        return {
            m.group() for s in self.article.sentences if s.body for m in re.finditer(r"(?<=[a-z,;:] )[A-Z][\w'’-]*[\w]", s.text)
        }
