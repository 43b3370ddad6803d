"""Follow-ups: a question that leans on an earlier turn is searched with that turn's topic; a question
that stands on its own is left as asked."""

from __future__ import annotations

import pytest

from qa import conversation
from qa.answer import Answerer
from qa.conversation import check_history, read_conversation
from qa.retrieve import Retriever
from tests.test_answer import answerer_over

UKRAINE = ("ウクライナ和平交渉。EU諸国や日本もウクライナ支援を続けながら難しい立場に置かれている。"
           "ロシアはNATO加盟断念を求める。")
HIMEJI = "姫路城は兵庫県姫路市にある。別名を白鷺城という。芥川賞は1935年に創設され、1945年から中断し1949年に復活した。"
TEXTS = [UKRAINE, HIMEJI]


def test_a_demonstrative_carries_the_earlier_topic():
    turn = read_conversation("その理由は？", ["ロシアはなぜNATO加盟断念を求めている？"], TEXTS, 3)
    assert turn.context_from == "ロシアはなぜNATO加盟断念を求めている？"
    assert "ロシア" in turn.query and turn.query.startswith("その理由は？")


@pytest.mark.parametrize("question", ["そっちで作られるものは何の役に立つの？", "あいつは誰と会った？",
                                      "ここの別名は？"])
def test_a_casual_demonstrative_carries_the_earlier_topic(question):
    turn = read_conversation(question, ["姫路城はどこにある？"], TEXTS, 3)
    assert turn.context_from == "姫路城はどこにある？" and "姫路城" in turn.query


@pytest.mark.parametrize("question", ["そういう城はほかにもある？", "なんでそんなに白いの？", "ああいう城は珍しい？",
                                      "それまでに何があった？"])
def test_a_demonstrative_that_sudachi_splits_or_joins_carries_the_earlier_topic(question):
    # そういう is read as そう + いう, そんなに as one word: neither is a demonstrative of Sudachi's.
    turn = read_conversation(question, ["姫路城の別名は？"], TEXTS, 3)
    assert turn.context_from == "姫路城の別名は？" and "姫路城" in turn.query


def test_a_why_asked_of_a_judgement_alone_leans_on_the_earlier_turn():
    # 「ダメ」 before な is said of something, as an adjective: it names nothing to search for.
    turn = read_conversation("なんでダメなんですか？", ["姫路城でドローンを飛ばしてもいい？"], TEXTS, 3)
    assert turn.context_from == "姫路城でドローンを飛ばしてもいい？"


def test_a_name_the_documents_bracket_is_a_name_though_it_opens_with_a_demonstrative():
    texts = [*TEXTS, "見守りタグ「ここみる」を発売します。1回の充電で約3週間使えます。省電力の通信方式です。"]
    # 「ここみる」 is ここ + みる to Sudachi: read so, the question pointed back and named nothing.
    first = read_conversation("ここみるって、フル充電したらどれくらいもつんですか？", ["姫路城の別名は？"], texts, 3)
    assert first.context_from is None
    # The follow-up carries it, or what was asked of it when an earlier question named nothing.
    turn = read_conversation("なんでそんなに長持ちするの？", ["ここみるって、充電したらどれくらいもつの？"], texts, 3)
    assert turn.context_from is not None and "ここみる" in turn.query
    unnamed = read_conversation("なんでそんなに長持ちするの？", ["フル充電したらどれくらいもつ？"], texts, 3)
    assert unnamed.context_from is not None and "充電" in unnamed.query
    # A demonstrative and one word in brackets (「その日」) is no name: 「その日の予定は？」 still points back.
    dated = [*texts, "「その日」の夕方に集まります。"]
    day = read_conversation("その日の予定は？", ["ここみるの発売日は？"], dated, 3)
    assert day.context_from is not None and "ここみる" in day.query
    # これから says when (from now on), not what: the question names its own topic and stands alone.
    later = read_conversation("しずくラボは、これからここみるにどんな機能を足すの？", ["姫路城の別名は？"], texts, 3)
    assert later.context_from is None


def test_a_question_naming_a_work_in_brackets_and_asking_how_stands_alone():
    texts = [*TEXTS, "水琴窟は日本庭園の装飾の一つ。名称の由来は音が琴に似ることから。",
             "吾輩は猫である。名前はまだ無い。ふと気が付いて見ると母親さえ姿を隠してしまった。"]
    turn = read_conversation("「吾輩は猫である」で、ふと気が付いたとき母親はどうしていた？",
                             ["水琴窟という名称の由来は？"], texts, 3)
    assert turn.context_from is None


def test_the_other_one_in_english_leans_back_unless_it_names_a_new_topic():
    texts = [*TEXTS, "Apollo 11 landed on the Moon. Armstrong and Aldrin walked on it."]
    earlier = ["Who was the first astronaut on Apollo 11 to walk on the Moon?"]
    assert read_conversation("Who was the other astronaut on Apollo 11?", earlier, texts, 3).context_from
    assert read_conversation("What was the other reason?", ["Why does Russia want NATO out?"], texts, 3).context_from
    # "the other name of X" is X's second name, asked about X: a new topic after Apollo.
    assert read_conversation("What is the other name of Himeji Castle?", earlier, texts, 3).context_from is None


LETTER = "第3学年 春の遠足のお知らせ\n遠足は5月30日です。欠席の連絡は8時10分までに学校へ。電話 000-987-6543"
CLINIC = "外来受診のご案内\n受付時間は8:30からです。電話番号は000-123-4567です。駐車場は24台分あります。"
BUS = "自動運転バス、旧市街で実証運行\n運行期間は12月26日までの約3か月間。定員は15人。"
SPEC = "空気清浄機 AP-520 仕様書\n型番 AP-520。質量は約6.8キログラム。外形寸法は幅380ミリ。"
OFFICE = [LETTER, CLINIC, BUS, SPEC]
HEADINGS = [text.split("\n")[0] for text in OFFICE]


@pytest.mark.parametrize(("question", "earlier"), [
    ("電話番号は？", "遠足の朝に具合が悪かったら、何時までに連絡すればいい？"),  # the letter says 電話, not 電話番号
    ("期間はどのくらい？", "旧市街の自動運転バスは何人乗れる？"),
    ("大きさはどのくらい？", "空気清浄機AP-520の重さは？"),  # the spec says 外形寸法
    ("急に決まった場合は？", "遠足の朝に具合が悪かったら、何時までに連絡すればいい？"),
    # 「も」 adds to what is being talked about, whatever the documents call it (no document says お金).
    ("お金も取られる？", "遠足の朝に具合が悪かったら、何時までに連絡すればいい？"),
])
def test_a_question_after_an_attribute_of_the_earlier_topic_leans_on_it(question, earlier):
    turn = read_conversation(question, [earlier], OFFICE, 3, HEADINGS)
    assert turn.context_from == earlier


@pytest.mark.parametrize(("question", "earlier"), [
    ("遠足はいつ？", "旧市街の自動運転バスは何人乗れる？"),  # a word another document is titled by
    ("空気清浄機AP-520の重さは？", "旧市街の自動運転バスは何人乗れる？"),  # a model number
    ("外来の受付時間は？", "What is the capacity of the bus?"),  # after a question no document's words match
    ("駐車場には何台停められる？", "旧市街の自動運転バスは何人乗れる？"),  # a thing the bus article never names
    ("駐車場も使える？", "旧市街の自動運転バスは何人乗れる？"),  # with も, still a thing another document names
])
def test_a_question_naming_another_documents_topic_stands_alone(question, earlier):
    assert read_conversation(question, [earlier], OFFICE, 3, HEADINGS).context_from is None


def test_an_ellipsis_swaps_the_subject_and_keeps_the_predicate():
    turn = read_conversation("じゃあ日本は？", ["EU諸国はどのような立場に置かれている？"], TEXTS, 3)
    assert turn.context_from is not None
    assert "立場" in turn.query and "EU" not in turn.query


def test_a_measure_asked_alone_is_the_earlier_things_and_replaces_only_a_measure():
    texts = ["汐見坂は港から灯台へ向かう約300mの石畳の坂です。猫が集まることから猫の坂と呼ばれています。",
             "汐見灯台の重さは約500トン、高さは20mです。"]
    turn = read_conversation("長さは？", ["汐見坂ってなんで猫の坂って呼ばれてるの"], texts, 3)
    assert turn.context_from is not None and "汐見坂" in turn.query  # not replaced by 長さ
    assert turn.reads == "汐見坂の長さは？"
    other = read_conversation("高さは？", ["汐見灯台の重さは？"], texts, 3)
    assert "汐見灯台" in other.query and "重さ" not in other.query  # a measure takes a measure's place
    hall = ["市民ホールの料金は1000円、定員は300人。東京タワーは1958年にできた。"]
    seats = read_conversation("定員は？", ["市民ホールの料金は？"], hall, 3)
    assert "料金" not in seats.query and seats.reads == "市民ホールの定員は？"  # 料金 was 市民ホール's, as 定員 is
    tower = read_conversation("じゃあ高さは？", ["東京タワーはいつできた？"], hall, 3)
    assert tower.reads == "東京タワーの高さは？"  # the opener is no part of what is asked
    bridge = read_conversation("じゃあ橋の長さは？", ["東京タワーはいつできた？"], hall, 3)
    assert "東京タワー" not in bridge.query  # a measure of a thing it names itself


def test_a_question_asking_how_to_do_something_stands_on_its_own():
    # どう before a verb asks how (「どうやれば」); 連絡すれば says what is done: no ellipsis.
    for question in ("ロックル本体を初期化したいとき、どうやればいいですか？",
                     "旅館で夜中にフロントへ用事があるときは、どうやって連絡すればいいですか？"):
        assert not conversation.words_of(question).elliptical, question
    assert conversation.words_of("ロシア側はどうですか？").elliptical
    # A topic and the how-to alone ask the earlier question of that topic.
    hub = read_conversation("ハブはどうすればいい？", ["ロックル本体を初期化したいとき、どうすればいい？"],
                            ["ロックル本体とハブの初期化。"], 3)
    assert "初期化" in hub.query


def test_why_asked_of_a_judgement_asks_about_the_earlier_answer():
    earlier = "カフェで仕事してもいい？\nカフェなど第三者の目に触れる場所での作業を禁止する。"
    for question in ("なんでだめなの", "なんでダメなの？", "なぜ禁止なの？"):
        assert conversation.asks_about_answer(question, earlier), question
    assert not conversation.asks_about_answer("なんで図書館はだめなの？", earlier)  # names something new


def test_an_english_question_asking_only_when_or_how_long_leans_on_the_earlier_turn():
    for question in ("until what time?", "How long?", "Since when?"):
        turn = read_conversation(question, ["姫路城はどこにある？"], TEXTS, 3)
        assert turn.context_from == "姫路城はどこにある？", question


def test_what_about_in_english():
    turn = read_conversation("What about Europe?", ["What does Russia want from a peace deal?"], TEXTS, 3)
    assert turn.context_from is not None
    assert "peace" in turn.query and "Russia" not in turn.query


def test_a_missing_subject_is_filled_from_the_earlier_turn():
    turn = read_conversation("いつ復活した？", ["芥川賞は何年から中断した？"], TEXTS, 3)
    assert "芥川賞" in turn.query


def test_a_bare_question_word_asks_the_earlier_question_again():
    # 「どこで？」 asks where the earlier thing happens: its predicate is carried, not only its nouns.
    turn = read_conversation("どこで？", ["芥川賞はいつ中断した？"], TEXTS, 3)
    assert "芥川賞" in turn.query and "中断" in turn.query


def test_a_time_and_a_count_are_not_a_subject_of_their_own():
    # 現在 is a time and 名 the counter of 何名: the question still needs the earlier subject.
    for question in ("現在は何名？", "現在は何人？", "第何代？", "現在は何種類？"):
        turn = read_conversation(question, ["芥川賞の最初の選考委員は何名？"], TEXTS, 3)
        assert turn.context_from is not None and "芥川賞" in turn.query, question


def test_a_question_that_stands_alone_is_left_alone():
    for question in ("姫路城の別名は？", "ウクライナ支援で日本はどんな立場にある？", "When was Himeji Castle built?"):
        turn = read_conversation(question, ["ロシアはNATO加盟について何を求めている？"], TEXTS, 3)
        assert turn.context_from is None and turn.query == question, question


def test_a_chain_of_follow_ups_keeps_its_topic():
    turn = read_conversation("いつ復活した？", ["芥川賞はいつ創設された？", "それはいつ中断した？"], TEXTS, 3)
    assert "芥川賞" in turn.query and turn.context_from == "それはいつ中断した？"


def test_only_the_last_turns_are_read(monkeypatch):
    calls = []
    real = conversation.words_of
    monkeypatch.setattr(conversation, "words_of", lambda q: calls.append(q) or real(q))
    read_conversation("その理由は？", [f"質問{i}について何がある？" for i in range(50)], TEXTS, 3)
    assert len(calls) == 4


def test_history_is_a_short_list_of_strings():
    assert check_history(None) == [] and check_history(["a", " "]) == ["a"]
    with pytest.raises(ValueError, match="history is 'その理由は？': it must be a list of at most 20 strings"):
        check_history("その理由は？")
    with pytest.raises(ValueError, match=r"history\[0\] is 1: it must be a string"):
        check_history([1, 2])
    with pytest.raises(ValueError, match="history has 21 entries: it must be a list of at most 20"):
        check_history(["q"] * 21)


@pytest.fixture(scope="module")
def answerer(seed_index, settings, embedder):
    return Answerer(Retriever(settings.replace(index_dir=seed_index), embedder=embedder))


def test_answer_with_history_notes_where_the_context_came_from(answerer):
    earlier = "ウクライナ国民は何を期待している？"
    alone = answerer.answer("彼らは何に不信感を持っている？")
    followup = answerer.answer("彼らは何に不信感を持っている？", history=[earlier])
    assert alone.context_from is None
    assert followup.context_from == earlier and followup.to_dict()["context_from"] == earlier
    assert followup.question == "彼らは何に不信感を持っている？"
    assert "不信感" in followup.quotes[0].text


def test_a_long_conversation_is_answered(answerer):
    history = ["ウィトコフ氏は誰と会談した？", "その会談で何を提案した？"] * 10
    a = answerer.answer("ロシアは何を求めている？", history=history)
    alone = answerer.answer("ロシアは何を求めている？")
    assert a.context_from is None and a.quotes and a.quotes == alone.quotes
    with pytest.raises(ValueError):
        answerer.answer("それは？", history=history + ["x"])


def test_the_answer_stage_reads_the_topic_when_the_question_names_nothing_of_its_own():
    bare = read_conversation("以前は？", ["芥川賞の授賞式は現在どこで行われている？"], TEXTS, 3)
    assert bare.context_from is not None and bare.reads == bare.query and "授賞式" in bare.reads
    named = read_conversation("その理由は？", ["ロシアはなぜNATO加盟断念を求めている？"], TEXTS, 3)
    assert named.reads == "その理由は？"


def test_an_ellipsis_of_the_subject_alone_asks_the_earlier_question_about_it():
    turn = read_conversation("じゃあ日本は？", ["EU諸国はどのような立場に置かれている？"], TEXTS, 3)
    assert turn.reads == "日本はどのような立場に置かれている？"
    english = read_conversation("What about Europe?", ["What does Russia want from a peace deal?"], TEXTS, 3)
    assert english.reads == "What does Europe want from a peace deal?"
    more = read_conversation("一茶の別号は？", ["一茶と並ぶ江戸時代を代表する俳諧師は誰？"], TEXTS, 3)
    assert more.reads == "一茶の別号は？"
    # With two earlier subjects, which one the new subject replaces is unknown: nothing is swapped.
    two = read_conversation("じゃあ日本は？", ["ロシアとEU諸国はどのような立場に置かれている？"], TEXTS, 3)
    assert two.context_from is not None and two.reads == "じゃあ日本は？"


def test_asking_for_the_other_one_asks_the_earlier_question_again():
    earlier = "姫路城の始まりは誰による築城とする説が有力？"
    turn = read_conversation("もう一方の説は？", [earlier], TEXTS, 3)
    assert turn.context_from == earlier and turn.reads.startswith(earlier) and "もう一方" not in turn.reads
    assert conversation.asks_for_another("What was the other reason?")
    not_another = ("その理由は？", "他方、日本は？", "もう一つ聞くけど、日本は？")
    assert not any(conversation.asks_for_another(q) for q in not_another)
    chain = read_conversation("他には？", [earlier, "もう一方の説は？"], TEXTS, 3)
    assert chain.reads == turn.reads


def test_the_other_one_is_not_the_earlier_answer_again(answerer):
    earlier = "ロシアは何を求めている？"
    first = answerer.answer(earlier).quotes[0]
    other = answerer.answer("他には？", history=[earlier])
    assert other.context_from == earlier and other.quotes
    # The sentence that answered is quoted no more (a sentence shown beside it may be).
    assert not any(q.doc_id == first.doc_id and q.start < first.sentence[1] and first.sentence[0] < q.end
                   for q in other.quotes)
    # Asked again, no earlier answer comes back (a "not found" gave none).
    third = answerer.answer("他には？", history=[earlier, "他には？"])
    said = (first, *other.quotes[:1]) if other.found else (first,)
    assert not any(q.doc_id == s.doc_id and q.start < s.sentence[1] and s.sentence[0] < q.end
                   for q in third.quotes for s in said)
    # A history entry longer than a question may be is cut there, as the search does, not refused.
    assert answerer.answer("他には？", history=[earlier + "。" * 3000]).context_from


def test_a_follow_up_read_as_an_earlier_question_keeps_its_own_language(answerer):
    earlier = "ロシアは何を求めている？"
    other = answerer.answer("Anything else?", history=[earlier])
    assert other.context_from == earlier
    assert other.language == "en" and other.lead.startswith(("Here is", "The documents"))


def test_a_follow_up_asking_why_quotes_the_reason_for_the_earlier_answer(tmp_path, settings, embedder):
    from qa.indexing import build_index

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "clinic.md").write_text(
        "# さくら台クリニック　外来受診のご案内\n\n## 受付時間\n\n受付は午前8時30分から午前11時30分までです。"
        "初診の方は、受付終了時刻の30分前までにお越しください。問診票の記入や保険証の確認に時間がかかるためです。\n\n"
        "## 駐車場\n\nクリニックの駐車場は24台分あります。クリニックの駐車場は、工事のため3月は10台分になります。\n",
        encoding="utf-8")
    s = settings.replace(index_dir=tmp_path / "index")
    build_index([folder], s.index_dir, s, embedder=embedder)
    clinic = Answerer(Retriever(s, embedder=embedder))
    earlier = "クリニックに初めてかかるときは何時までに行けばいい？"
    assert "30分前まで" in clinic.answer(earlier).quotes[0].text
    why = clinic.answer("それはなぜ？", history=[earlier])
    assert why.context_from == earlier and "時間がかかるため" in why.quotes[0].text


def test_the_reason_asked_is_the_one_for_the_sentence_the_earlier_quote_was_chosen_for(tmp_path, settings, embedder):
    from qa.answer import Quote
    from qa.indexing import build_index

    folder = tmp_path / "docs"
    folder.mkdir()
    text = ("# 受給者証の使い方\n\n受給者証は医療機関が市に費用を請求するために使いますので、"
            "毎回忘れずにお持ちください。\n\n県外では受給者証は使えません。県外の医療機関とは、支払いの取り決めを結んでいないためです。\n")
    (folder / "guide.md").write_text(text, encoding="utf-8")
    s = settings.replace(index_dir=tmp_path / "index")
    build_index([folder], s.index_dir, s, embedder=embedder)
    answerer = Answerer(Retriever(s, embedder=embedder))
    doc = next(iter(answerer.retriever.store.documents.values()))
    # The earlier quote showed the sentence before (which gives a reason of its own) around its answer.
    start, answered = doc.text.index("受給者証は医療"), doc.text.index("県外では")
    said = Quote(doc.text[start:doc.text.index("せん。") + 3], doc.doc_id, doc.title, "", start,
                 doc.text.index("せん。") + 3, 0.5, sentence=(answered, doc.text.index("せん。") + 3))
    hits = answerer.retriever.search("え、なんで？ 受給者証 県外 使える")
    why = answerer.from_hits(hits, reason_for=said, asked="え、なんで？")
    assert "取り決めを結んでいないため" in why.quotes[0].text


def test_a_follow_up_is_answered_next_to_the_earlier_answer(tmp_path, settings, embedder, monkeypatch):
    from qa.indexing import build_index

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "kettle.md").write_text(
        "# 電気ケトル「ゆげたて」\n\n## 温度設定\n\n温度は60℃から100℃まで5℃刻みで選べます。"
        "沸かしたあとは最大60分間、選んだ温度のまま保温します。\n", encoding="utf-8")
    (folder / "coffee.md").write_text(
        "# コーヒーメーカー CM-520\n\n## 抽出\n\n豆は1杯分につき10gを目安に入れてください。"
        "抽出後の保温は最長30分で自動的に切れます。\n", encoding="utf-8")
    s = settings.replace(index_dir=tmp_path / "index", followup_far_weight=0.0)
    build_index([folder], s.index_dir, s, embedder=embedder)
    answerer = Answerer(Retriever(s, embedder=embedder))
    earlier = "ゆげたては何度から何度まで選べる？"
    first = answerer.answer(earlier).quotes[0]
    assert "5℃刻み" in first.text
    asked = []
    real = Answerer._in_conversation

    def counted(self, text, *args):
        asked.append(text)
        return real(self, text, *args)

    monkeypatch.setattr(Answerer, "_in_conversation", counted)
    followup = answerer.answer("それって保温は何分できるの？", history=[earlier])
    assert followup.context_from == earlier
    assert followup.quotes[0].doc_id == first.doc_id and "60分" in followup.quotes[0].text
    assert asked == ["それって保温は何分できるの？"]  # the earlier turn's answer was kept, not asked again


@pytest.mark.parametrize("question", ["その次は？", "次は何をすればいい？", "そのあとは？", "それから？",
                                      "出したあとは？", "終わったら？", "Then what?", "What's next?",
                                      "And after that?"])
def test_a_follow_up_asking_only_what_comes_next_is_recognised(question):
    assert conversation.asks_next(question)


def test_a_step_done_then_what_comes_next_is_asking_next():
    assert conversation.asks_next("入力したら、その次は？", "経費精算システムに支払日と金額を入力する")


@pytest.mark.parametrize("question", ["洗ったあとはどう乾かす？", "次の当番は誰？", "雨だったら？",
                                      "その後、誰と同盟を結んだ？", "次は何時？", "What is the next station?"])
def test_a_question_saying_what_it_wants_after_something_asks_for_that(question):
    assert not conversation.asks_next(question)


def test_what_comes_after_something_the_earlier_turn_never_said_is_no_next_step():
    earlier = "申請っていつまでに出せばいい？\n1. 前週の金曜日までに、勤怠システムで予定日を申請する"
    assert conversation.asks_next("出したあとは？", earlier) and conversation.asks_next("次の手順は？", earlier)
    trail = "北尾根登山道は今通れますか？\n北尾根登山道は通行できます。"
    assert not conversation.asks_next("雨が降ったあとは？", trail)


STEPS = """# 在宅勤務規程

## 申請の手続き

在宅勤務ができるのは、1週間に3日までです。申請は次の順に行ってください。

1. 在宅勤務をする週の前週の金曜日までに、勤怠システムで予定日を申請する
2. 上長が業務の内容を確認し、勤怠システム上で承認する
3. 承認されたら、前日までに貸与パソコンと充電器を持ち帰る

## 勤務時間

始業と終業の時刻は、会社で働く場合と同じく9時から18時までです。次の当番の人には、必ず引き継ぎをしてください。
"""


def test_a_follow_up_asking_what_comes_next_quotes_the_step_after_the_earlier_answer(tmp_path, settings, embedder):
    answerer = answerer_over(tmp_path, "rules.md", STEPS, settings, embedder)
    earlier = "在宅勤務の申請はいつまでに出せばいい？"
    first = answerer.answer(earlier)
    assert first.found and "前週の金曜日まで" in first.quotes[0].text
    # Nothing in 「その次は？」 finds the second step; that it follows the first does.
    after = answerer.answer("その次は？", history=[earlier])
    assert after.context_from == earlier and after.quotes[0].text.startswith("2. 上長が業務の内容を確認し")
    then = answerer.answer("そのあとは？", history=[earlier, "その次は？"])
    assert then.quotes[0].text.startswith("3. 承認されたら")
    # Asked of a process that has not answered the turns before (another worker, a restart), the chain
    # is followed back the same way.
    fresh = Answerer(answerer.retriever)
    assert fresh.answer("そのあとは？", history=[earlier, "その次は？"]).quotes[0].text.startswith("3. 承認されたら")
    # After the last step, the next section's first sentence is no next step.
    last = answerer.answer("その次は？", history=[earlier, "その次は？", "そのあとは？"])
    assert not last.quotes or not last.quotes[0].text.startswith("始業と終業")


def test_asked_where_the_answer_is_written_the_chapter_over_it_is_quoted(tmp_path, settings, embedder):
    rules = ("# 旅費規程\n\n## 第1章 総則\n\nこの規程は、社員の出張の旅費を定める。\n\n## 第2章 国内出張\n\n"
             "### 出張の定義\n\n出張とは、事業所から片道50km以上離れた場所で業務を行うことをいう。\n\n"
             "### 日当\n\n日当は1日2,000円とする。\n")
    answerer = answerer_over(tmp_path, "rules.md", rules, settings, embedder)
    earlier = "出張扱いになるのは何km以上？"
    assert "50km以上" in answerer.answer(earlier).quotes[0].text
    where = answerer.answer("それって何章に書いてある？", history=[earlier])
    assert where.found and where.context_from == earlier and len(where.quotes) == 1
    quote = where.quotes[0]
    assert quote.text.startswith("第2章 国内出張") and quote.text.endswith("業務を行うことをいう。")
    assert quote.text[slice(*quote.highlights[0])] == "第2章 国内出張"
    # Asking something of its own besides (「日当は何条？」 names 日当), it is not read as asking where.
    assert not answerer.answer("日当っていくら？ 何章？", history=[earlier]).quotes[0].text.startswith("第2章")


def test_a_follow_up_asking_how_gets_the_steps_announced_next_to_the_earlier_answer(tmp_path, settings, embedder):
    manual = ("# 電気ケトル KT-08 取扱説明書\n\n## お手入れ\n\n### 内側の白い斑点の落としかた\n\n"
              "水道水のミネラル分が内側に付き、白い斑点やざらつきになることがあります。体に害はありませんが、"
              "次の手順で落としてください。\n\n1. 満水まで水を入れ、クエン酸を大さじ1杯溶かします。\n"
              "2. 沸騰させて1時間置きます。\n\n## 故障かな？と思ったら\n\n| 症状 | 原因 | 対処 |\n|---|---|---|\n"
              "| 沸くのが遅い | 内側に水あかが付いている | クエン酸でお手入れをする |\n")
    answerer = answerer_over(tmp_path, "kettle.md", manual, settings, embedder)
    earlier = "ケトルの内側に白いポツポツがついてきたんだけど、これ何？"
    first = answerer.answer(earlier).quotes[0]
    assert "白い斑点" in first.text and "手順" not in first.text
    how = answerer.answer("どうやって落とせばいい？", history=[earlier])
    assert how.context_from == earlier and "1. 満水まで水を入れ、クエン酸" in how.quotes[0].text
    # Searched with the topic carried (内側), the table row saying 内側 is likelier than the sentence
    # announcing the steps, which says only 落とす: what the user asked decides.
    hits = answerer.retriever.search("どうやって落とせばいい？ ケトル 内側")
    assert "1. 満水まで水を入れ" in answerer.from_hits(hits, asked="どうやって落とせばいい？").quotes[0].text


def test_a_japanese_follow_up_to_an_english_question_carries_what_that_turn_quoted(blind4_index, settings, embedder):
    # eval/blind-4 holds a clinic's guide and a CLI's README, among others.
    answerer = Answerer(Retriever(settings.replace(index_dir=blind4_index), embedder=embedder))
    earlier = "Can I pay with a QR code app at the clinic?"
    assert "QRコード決済" in answerer.answer(earlier).quotes[0].text
    # The English words carried found the README's option table; the quote's own words find the clinic.
    then = answerer.answer("じゃあ何が使えるの？", history=[earlier])
    assert then.context_from == earlier and then.quotes[0].doc_id == "clinic-guide.pdf"
    assert "クレジットカード" in then.quotes[0].text


FARES = """# 運賃改定のお知らせ

## 運賃

10月1日から、路線バスの運賃を次のとおり改定します。

| 区分 | 現在の運賃 | 10月1日からの運賃 |
|---|---|---|
| 大人（現金） | 220円 | 250円 |
| 大人（ICカード） | 210円 | 240円 |
| 小児（現金） | 110円 | 130円 |
| 小児（ICカード） | 100円 | 100円（据え置き） |

## ICカード

10月1日からは、全国で使える交通系ICカードでもご乗車いただけます。チャージは車内と駅前の案内所でできます。
"""


def test_an_elliptical_follow_up_to_a_table_row_names_another_row_of_that_table(tmp_path, settings, embedder):
    answerer = answerer_over(tmp_path, "fares.md", FARES, settings, embedder)
    earlier = "10月から大人が現金で乗るといくら？"
    assert "大人（現金） | 220円 | 250円" in answerer.answer(earlier).quotes[0].text
    # Not the section headed 「ICカード」, nor the children's row that says ICカード too: the adults'.
    ic = answerer.answer("ICカードなら？", history=[earlier])
    quote = ic.quotes[0]
    assert "大人（ICカード） | 210円 | 240円" in quote.text, quote.text
    assert quote.text[quote.sentence[0] - quote.start:].startswith("大人（ICカード）")
    # Naming something no row says (charging a card), the follow-up asks about that.
    charge = answerer.answer("ICカードのチャージは？", history=[earlier])
    assert "チャージは車内と駅前の案内所" in charge.quotes[0].text, charge.quotes[0].text
