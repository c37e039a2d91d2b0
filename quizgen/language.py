"""Which language an article is written in: English, or the language it looks like.

quizgen's rules read English, so an article in another language is named in a warning and
skipped (see pipeline). Told apart by the alphabet its letters come from and, within an
alphabet, by its commonest short words: no model, nothing downloaded, a few milliseconds,
and the same answer every time. Input: the article's text. Output: a language's name.
(No library: the question is only "English or not, and if not, which?", which these lists
answer for every development article; langdetect is random unless seeded and loads its
profiles at start-up, and lingua and fastText ship or fetch models of many megabytes.)
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .model import Article

ENGLISH = "English"
# Only the start of an article is read: a few thousand words tell its language
SAMPLE = 20_000
# Fewer words than this (a headline and a sentence) cannot be told apart: taken as English
MIN_WORDS = 25
# Another language wins when its common words are this many times English's and at least
# this share of all words (a French phrase quoted in an English story does neither)
LEAD = 2.0
MIN_SHARE = 0.12

# Each language's commonest short words, without those that are also English words ("a", "as",
# "at", "by", "do", "for", "her", "i", "in", "is", "men", "on", "plus", "son", "to", "was") or
# that English text makes ("s" from "Kim's"), so that only a text in the language itself
# scores; English's list is what the others are measured against.
COMMON_WORDS = {
    ENGLISH: "the of and to in is it that for on with as was were be by at from or but not this are have has had"
    " he she they we you his her its their which who been would will can could said an there what when",
    "French": "le la les des du un une et est dans que qui pour pas sur au aux ce cette sont ont avec par"
    " il elle ne se sa ses leur nous vous été être mais ou où comme aussi très tout fait",
    "Spanish": "el la los las del un una y es en que por para con se su sus al lo como más pero fue ha"
    " este esta entre cuando muy sobre también hasta desde donde ya le",
    "Portuguese": "o os da dos das um uma e em que por para com se sua seu ao não mais foi como são"
    " pelo pela nos na também já está ser entre quando muito sobre",
    "Italian": "il la lo gli le di del della dei un una che non con sono è nel nella ha ma"
    " anche più questo questa essere stato tra alla sul dopo molto",
    "German": "der die das den dem des und ist nicht mit sich auf für von zu ein eine einer im auch es"
    " als wie bei aus nach sie wird werden hat sind noch nur oder über wir",
    "Dutch": "de het een van en dat die niet op te zijn voor met ook er maar om aan bij nog wel naar dan"
    " als uit worden wordt heeft hebben zo door deze ze",
    "Swedish": "och att det som en på är av för med den till har inte om ett de var jag sig vi kan"
    " ska från eller hade efter när också",
    "Danish": "og det som en på er af med den til har ikke om et de var jeg sig vi kan skal fra eller havde efter når også",
    "Norwegian": "og det som en på er av med den til har ikke om et de var jeg seg vi kan skal fra eller hadde etter når også",
    "Finnish": "ja ei se että oli ovat mutta kun myös tai hän jo niin kuin sen ole joka vain tämä nyt",
    "Polish": "w nie na się że z jest jak co ale od przez dla tak być po jego czy już jednak tylko może które który była został",
    "Czech": "v se na je že z jako ale jsou které který jeho tak jen už před byl bylo také podle jejich",
    "Romanian": "și în de la cu pe nu este din pentru se mai un o că sunt au fost ca sau dar lui acest această",
    "Hungarian": "az és hogy nem egy meg van csak de ez már mint volt még ki azt lesz kell pedig majd vagy után",
    "Turkish": "ve bir bu da de için ile çok ne daha gibi olan en ama ki o olarak sonra kadar değil ancak",
    "Indonesian": "yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh"
    " sudah saat bisa mereka kami",
    "Vietnamese": "và của là có trong được cho không với các những một người này đã để khi đến cũng như",
}
# Cyrillic and Arabic script are told apart by their own common words
CYRILLIC_WORDS = {
    "Russian": "и в не на что он с как это по но из к у же за от то для о так все она был была были",
    "Ukrainian": "і в не на що він з як це та до у й від за для але про ще вже її його був була",
    "Bulgarian": "и в на не е да се от за с че по са като това които който но при",
    "Serbian": "и у је да на се за од са не као што су из али то који која",
}
ARABIC_WORDS = {
    "Arabic": "في من على أن إلى عن مع هذا التي الذي هذه كان لا ما",
    "Persian": "و در به از که این را با است برای آن یک شد می",
    "Urdu": "کے میں کی ہے اور سے کو نے کہ یہ ایک پر",
}
# (first, last code point, script) of the alphabets other than the Latin one, sorted
SCRIPTS = sorted(
    [
        (0x0370, 0x03FF, "Greek"),
        (0x0400, 0x052F, "Cyrillic"),
        (0x0530, 0x058F, "Armenian"),
        (0x0590, 0x05FF, "Hebrew"),
        (0x0600, 0x06FF, "Arabic"),
        (0x0750, 0x077F, "Arabic"),
        (0x0900, 0x097F, "Hindi"),
        (0x0980, 0x09FF, "Bengali"),
        (0x0A00, 0x0A7F, "Punjabi"),
        (0x0B80, 0x0BFF, "Tamil"),
        (0x0C00, 0x0C7F, "Telugu"),
        (0x0E00, 0x0E7F, "Thai"),
        (0x10A0, 0x10FF, "Georgian"),
        (0x1100, 0x11FF, "Korean"),
        (0x3040, 0x30FF, "Japanese"),  # hiragana and katakana
        (0x3400, 0x4DBF, "Chinese"),
        (0x4E00, 0x9FFF, "Chinese"),
        (0xAC00, 0xD7AF, "Korean"),
    ]
)
_STARTS = [s for s, _, _ in SCRIPTS]
WORD = re.compile(r"[^\W\d_]+")


def _script(ch: str) -> str:
    i = bisect.bisect_right(_STARTS, ord(ch)) - 1
    return SCRIPTS[i][2] if i >= 0 and ord(ch) <= SCRIPTS[i][1] else "Latin"


def _best(words: list[str], lists: dict[str, str]) -> tuple[str, int]:
    """The language whose common words are most of these words, and how many they are."""
    counts = Counter(words)
    scores = {name: sum(counts[w] for w in set(common.split())) for name, common in lists.items()}
    name = max(scores, key=lambda n: (scores[n], n == ENGLISH))
    return name, scores[name]


def language_of(text: str) -> str:
    """The language the text looks like: "English" unless it is clearly another one."""
    sample = text[:SAMPLE]
    letters = Counter(_script(ch) for ch in sample if ch.isalpha())
    total = sum(letters.values())
    if not total:
        return ENGLISH
    other = {name: n for name, n in letters.items() if name != "Latin"}
    if sum(other.values()) >= max(MIN_WORDS, total / 2):  # mostly another alphabet (a Chinese character is a word)
        if letters["Japanese"] >= 0.05 * total:
            return "Japanese"  # kana, with or without kanji
        script = max(other, key=lambda name: other[name])
        words = WORD.findall(sample.lower())
        if script == "Cyrillic":
            name, hits = _best(words, CYRILLIC_WORDS)
            return name if hits else "Russian"
        if script == "Arabic":
            name, hits = _best(words, ARABIC_WORDS)
            return name if hits else "Arabic"
        return script
    words = WORD.findall(sample.lower())
    if len(words) < MIN_WORDS:
        return ENGLISH
    english = _best(words, {ENGLISH: COMMON_WORDS[ENGLISH]})[1]
    rival, hits = _best(words, {k: v for k, v in COMMON_WORDS.items() if k != ENGLISH})
    if hits >= LEAD * max(english, 1) and hits >= MIN_SHARE * len(words):
        return rival
    return ENGLISH


def foreign(article: Article, any_language: bool = False) -> tuple[str, str] | None:
    """(language, one-line warning) when the article is not in English; None when it is."""
    language = language_of(article.text)
    if language == ENGLISH:
        return None
    if any_language:
        return language, f"{article.source}: looks like {language}, not English; read anyway (--any-language)"
    return language, (
        f"{article.source}: looks like {language}, not English; skipped, as quizgen's rules read English"
        " (--any-language builds it anyway)"
    )
