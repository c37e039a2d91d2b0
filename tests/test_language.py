"""An article not in English is named with the language it looks like, and skipped unless asked."""

from __future__ import annotations

import pytest

from quizgen.cli import main
from quizgen.language import language_of

# Sentences written for these tests: one short news paragraph in each language
WRITTEN = {
    "French": "Le conseil municipal a voté mardi soir la construction d'un nouveau pont sur la rivière. "
    "Les travaux commenceront au printemps et dureront deux ans, selon le maire. Il a déclaré que le projet "
    "était attendu depuis longtemps par les habitants de la ville, qui doivent faire un détour de vingt minutes.",
    "German": "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen. Die Arbeiten "
    "sollen im Frühjahr beginnen und zwei Jahre dauern, sagte der Bürgermeister. Er erklärte, dass die Bewohner "
    "der Stadt seit langem auf das Projekt warten, weil sie einen Umweg von zwanzig Minuten fahren müssen.",
    "Spanish": "El ayuntamiento aprobó el martes la construcción de un nuevo puente sobre el río. Las obras "
    "comenzarán en primavera y durarán dos años, según el alcalde. Dijo que los vecinos de la ciudad esperaban "
    "el proyecto desde hace mucho tiempo, porque deben hacer un desvío de veinte minutos para cruzar.",
    "Italian": "Il consiglio comunale ha approvato martedì la costruzione di un nuovo ponte sul fiume. I lavori "
    "inizieranno in primavera e dureranno due anni, secondo il sindaco. Ha detto che gli abitanti della città "
    "aspettano il progetto da molto tempo, perché devono fare una deviazione di venti minuti.",
    "Portuguese": "A câmara municipal aprovou na terça-feira a construção de uma nova ponte sobre o rio. As obras "
    "vão começar na primavera e durar dois anos, segundo o prefeito. Ele disse que os moradores da cidade "
    "esperam o projeto há muito tempo, porque precisam fazer um desvio de vinte minutos.",
    "Dutch": "De gemeenteraad heeft dinsdag de bouw van een nieuwe brug over de rivier goedgekeurd. De werken "
    "beginnen in het voorjaar en duren twee jaar, zei de burgemeester. Hij zei dat de inwoners van de stad al "
    "lang op het project wachten, omdat ze een omweg van twintig minuten moeten maken.",
    "Swedish": "Kommunfullmäktige beslutade på tisdagen att bygga en ny bro över älven. Arbetet ska börja i "
    "våras och pågå i två år, enligt borgmästaren. Han sa att invånarna i staden har väntat länge på projektet, "
    "eftersom de måste köra en omväg på tjugo minuter för att komma till andra sidan.",
    "Polish": "Rada miasta zatwierdziła we wtorek budowę nowego mostu na rzece. Prace mają się rozpocząć wiosną "
    "i potrwają dwa lata, jak powiedział burmistrz. Dodał, że mieszkańcy miasta od dawna czekają na ten projekt, "
    "ponieważ muszą jechać objazdem, który trwa dwadzieścia minut.",
    "Turkish": "Belediye meclisi salı günü nehir üzerinde yeni bir köprü yapılmasını onayladı. Çalışmalar "
    "ilkbaharda başlayacak ve iki yıl sürecek, belediye başkanı böyle söyledi. Şehir sakinlerinin bu projeyi "
    "uzun zamandır beklediğini, çünkü yirmi dakikalık bir yol gitmek zorunda olduklarını da ekledi.",
    "Indonesian": "Dewan kota pada hari Selasa menyetujui pembangunan jembatan baru di atas sungai. Pekerjaan "
    "akan dimulai pada musim semi dan berlangsung dua tahun, kata wali kota. Dia mengatakan bahwa warga kota "
    "sudah lama menunggu proyek ini karena mereka harus memutar selama dua puluh menit.",
    "Russian": "Городской совет во вторник одобрил строительство нового моста через реку. Работы начнутся весной "
    "и продлятся два года, сообщил мэр. Он сказал, что жители города давно ждут этот проект, так как им "
    "приходится ехать в объезд двадцать минут.",
    "Ukrainian": "Міська рада у вівторок схвалила будівництво нового мосту через річку. Роботи почнуться навесні "
    "і триватимуть два роки, повідомив мер. Він сказав, що мешканці міста давно чекають на цей проєкт, адже "
    "їм доводиться їхати в обхід двадцять хвилин.",
    "Greek": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη την κατασκευή μιας νέας γέφυρας πάνω από το ποτάμι. "
    "Οι εργασίες θα ξεκινήσουν την άνοιξη και θα διαρκέσουν δύο χρόνια, είπε ο δήμαρχος.",
    "Arabic": "وافق مجلس المدينة يوم الثلاثاء على بناء جسر جديد فوق النهر. وستبدأ الأعمال في الربيع وتستمر "
    "لمدة عامين، حسب ما قال رئيس البلدية. وأضاف أن سكان المدينة ينتظرون هذا المشروع منذ وقت طويل.",
    "Chinese": "市议会星期二批准在河上修建一座新桥。市长说，工程将于春季开工，持续两年。他说，市民们等待这个项目已经很久了，"
    "因为他们必须绕行二十分钟才能过河。",
    "Japanese": "市議会は火曜日、川に新しい橋を建設することを承認した。市長によると、工事は春に始まり、二年間続く予定だという。"
    "住民たちは長い間この計画を待っていた。",
    "Korean": "시의회는 화요일 강 위에 새 다리를 건설하는 것을 승인했다. 시장은 공사가 봄에 시작되어 2년 동안 계속될 것이라고 "
    "말했다. 그는 주민들이 오랫동안 이 계획을 기다려 왔다고 덧붙였다.",
    "Hindi": "नगर परिषद ने मंगलवार को नदी पर एक नए पुल के निर्माण को मंजूरी दी। महापौर ने कहा कि काम वसंत में शुरू होगा "
    "और दो साल तक चलेगा। उन्होंने कहा कि शहर के लोग लंबे समय से इस परियोजना का इंतजार कर रहे हैं।",
}
ENGLISH = (
    "The city council voted on Tuesday to build a new bridge over the river. Work will start in the spring "
    "and last two years, the mayor said. She added that people in the town had waited a long time for it, "
    "because they have to drive a twenty-minute detour to reach the other bank."
)


@pytest.mark.parametrize("language", list(WRITTEN))
def test_an_article_in_another_language_is_named(language):
    assert language_of("Headline\n\n" + WRITTEN[language]) == language


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH,
        ENGLISH + " “Nous sommes très contents de la décision et du projet,” said Anne Lefèvre of the Paris office.",
        "Le Monde, Der Spiegel and El País reported on the bridge in Pont-à-Mousson. " + ENGLISH,
        "Kim met Putin in Vladivostok in 2019.",  # too short to tell: taken as English
        "1,200 km; 3,400 km; 5,600 km; 7,800 km.",
    ],
    ids=["English", "a French quote in an English story", "foreign names", "one short sentence", "numbers only"],
)
def test_english_is_english(text):
    assert language_of("Headline\n\n" + text) == "English"


def test_the_bundled_article_is_english(bundled):
    assert language_of(bundled.read_text(encoding="utf-8")) == "English"


# A sentence with a fact that a question can ask about on its own
STANDS_ALONE = "The Hereford Bridge over the River Wye will be 40 km long, Hereford City Council said in May 2024."


def _articles(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "bridge.txt").write_text("The bridge\n\n" + ENGLISH + " " + STANDS_ALONE + "\n", encoding="utf-8")
    (src / "pont.txt").write_text("Le pont\n\n" + WRITTEN["French"] + " Le pont de Eldvik mesurera 40 km.\n", encoding="utf-8")
    return src


def test_a_build_skips_an_article_not_in_english_with_one_warning(runner, tmp_path):
    src = _articles(tmp_path)
    result = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if "pont.txt" in line]
    assert warnings == [
        f"Warning: {src / 'pont.txt'}: looks like French, not English; skipped, as quizgen's rules read English"
        " (--any-language builds it anyway)"
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["bridge.apkg", "bridge.html"]
    assert "1 of 2 articles built" in result.output and "1 not in English" in result.output


def test_the_only_article_not_in_english_is_exit_1_unless_any_language(runner, tmp_path):
    src = _articles(tmp_path) / "pont.txt"
    result = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == (
        "Error: no article in English; nothing was written (--any-language builds them anyway)"
    )
    assert not (tmp_path / "out" / "pont.apkg").exists()
    result = runner.invoke(main, ["build", str(src), "--out", str(tmp_path / "out"), "--any-language"])
    assert result.exit_code == 0, result.output
    assert "looks like French, not English; read anyway (--any-language)" in result.output
    assert (tmp_path / "out" / "pont.apkg").exists()


def test_facts_and_questions_skip_it_too(runner, tmp_path):
    src = _articles(tmp_path)
    for command in ("facts", "questions"):
        result = runner.invoke(main, [command, str(src / "pont.txt"), str(src / "bridge.txt")])
        assert result.exit_code == 0, result.output
        assert "looks like French" in result.output and "Le pont" not in result.output and "The bridge" in result.output
        result = runner.invoke(main, [command, str(src / "pont.txt")])
        assert result.exit_code == 1 and "Error: no article in English" in result.output
        result = runner.invoke(main, [command, str(src / "pont.txt"), "--any-language"])
        assert result.exit_code == 0 and "Le pont" in result.output
