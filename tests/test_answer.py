"""`answer`: focused verbatim quotes with sources, and an honest "not found"."""

from __future__ import annotations

import numpy as np
import pytest

from qa.answer import Answerer, Quote, quote_span, unanswered
from qa.retrieve import Retriever
from qa.selection import Candidate, Candidates


@pytest.fixture(scope="module")
def answerer(seed_index, settings, embedder):
    return Answerer(Retriever(settings.replace(index_dir=seed_index), embedder=embedder))


def test_a_paraphrased_question_quotes_the_answering_sentence(answerer):
    a = answerer.answer("ウィトコフ氏はロシアのどんな立場の人と和平について意見を交わした？")
    assert a.found and a.language == "ja" and a.lead.startswith("文書の該当箇所です")
    # Rank-1 accuracy is the eval set's job (BENCHMARKS.md); here: the answering sentence is quoted
    # near the top, and it is the highlighted one in its quote.
    highlighted = [q.text[a_:b_] for q in a.quotes[:3] for a_, b_ in q.highlights]
    assert any("クレムリンの高官" in h or "ロシア側の要人" in h for h in highlighted), highlighted


def test_quotes_are_verbatim_short_and_cite_their_source(answerer):
    a = answerer.answer("ロシアは和平で何を得ようとしている？")
    doc = answerer.retriever.store.documents["ukraine-peace-talks-witkoff.txt"]
    assert a.quotes
    for q in a.quotes:
        assert doc.text[q.start:q.end] == q.text and 0 < len(q.text) <= 300
        assert q.title == doc.title and q.citation.endswith(f"{q.start}–{q.end}")
        for hs, he in q.highlights:
            assert 0 <= hs < he <= len(q.text)
    spans = sorted((q.start, q.end) for q in a.quotes)
    assert all(e1 < s2 for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False)), "quotes overlap"


def test_an_english_question_gets_an_english_lead(answerer):
    a = answerer.answer("What does Russia want from a peace deal?")
    assert a.found and a.language == "en" and a.lead.startswith("Here is what the documents say")
    # Retrieval finds the list of each side's aims second; which of its items answers is not found
    # (BENCHMARKS.md, session 8: lists in English questions' second passage), so only the passages are held.
    assert any("- ロシア: NATOの拡大阻止" in p.text for p in a.passages[:2])


def test_an_english_question_quotes_the_sentence_that_holds_its_words(answerer):
    a = answerer.answer("What does Russia demand of Ukraine?")
    assert a.found and "ロシアの要求" in a.quotes[0].text


@pytest.mark.parametrize("question", ["おいしいラーメンの作り方を教えてください。", "What is the capital of France?"])
def test_an_unrelated_question_abstains(answerer, question):
    a = answerer.answer(question)
    assert not a.found
    assert a.lead.startswith(("文書の中に、この質問に答える箇所は見つかりませんでした。",
                              "The documents do not seem to answer this question."))
    assert len(a.quotes) <= 2  # the closest passages, labelled as such


@pytest.mark.parametrize(("question", "names"), [
    ("How do I install Python on Windows?", ["Python", "Windows"]),
    ("Who won the 2022 football World Cup?", ["World", "Cup"]),
])
def test_an_english_question_naming_only_what_the_passages_never_mention_is_not_found(answerer, question, names):
    a = answerer.answer(question)
    assert not a.found and a.missing_names == names
    assert a.lead.endswith(f"(Not in the passages found: {', '.join(names)}.)")


@pytest.mark.parametrize("question", ["What did Witkoff propose to the Kremlin?",  # both held, by reading and sound
                                      "What did President Zelensky say about Witkoff's talks?"])  # one held is enough
def test_an_english_question_naming_something_the_passages_hold_is_not_refused_for_its_names(answerer, question):
    assert answerer.answer(question).missing_names == []


def test_a_name_the_documents_never_mention_is_said_plainly(answerer):
    a = answerer.answer("トルコはこの和平交渉でどのような役割を果たしていますか？")
    assert not a.found and a.missing_names == ["トルコ"] and "「トルコ」は文書に出てきません" in a.lead


def test_a_foreign_name_the_dictionary_does_not_know_counts_as_a_name(answerer):
    # Sudachi tags ゼレンスキー as an unknown common noun; it is a name all the same, and the
    # documents never mention it.
    a = answerer.answer("ゼレンスキー大統領はこの協議についてどうコメントしましたか？")
    assert not a.found and a.missing_names == ["ゼレンスキー"]


@pytest.mark.parametrize("question", ["How many rounds of negotiations have been held so far?",
                                      "What percentage of Ukraine's territory does Russia occupy?"])
def test_an_english_question_asking_for_a_number_the_text_lacks_abstains(answerer, question):
    assert not answerer.answer(question).found


def test_answer_as_json(answerer):
    d = answerer.answer("ウィトコフ氏は誰と会談した？").to_dict()
    assert set(d) >= {"found", "lead", "quotes", "language", "confidence"}
    assert set(d["quotes"][0]) == {"text", "doc_id", "title", "section", "start", "end", "score", "highlights"}
    assert d["context_from"] is None


@pytest.mark.parametrize("question", ["。。。。", "？？？！！！", "aaaaaaaaaa", "1234567890", "asdfghjkl", "What is ?",
                                      "What is it?"])
def test_a_question_with_nothing_to_search_for_abstains_before_any_search(answerer, question, monkeypatch):
    monkeypatch.setattr(answerer.retriever, "search", lambda *a, **k: pytest.fail("searched"))
    a = answerer.answer(question)
    assert not a.found and a.quotes == [] and a.confidence == 0.0


def test_a_follow_up_of_question_words_alone_is_read_with_its_earlier_turn(answerer):
    a = answerer.answer("Why?", history=["What does Russia want from a peace deal?"])
    assert a.quotes and a.context_from == "What does Russia want from a peace deal?"


def test_quotes_are_ordered_by_the_score_they_show(answerer):
    for question in ("ロシアは何を求めている？", "ウィトコフ氏は誰と会談した？", "欧米はどんな判断を迫られている？"):
        scores = [q.score for q in answerer.answer(question).quotes]
        assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)


def test_a_title_or_heading_is_never_a_quote_of_its_own(answerer):
    doc = answerer.retriever.store.documents["ukraine-peace-talks-witkoff.txt"]
    lines = {doc.title, *(s.name for s in doc.sections)}
    for question in ("ウクライナ和平交渉の進展は？", "今後の見通しは？", "What are the obstacles?", "まとめると？"):
        assert not any(q.text.strip() in lines for q in answerer.answer(question).quotes)


def test_a_note_of_one_sentence_is_quoted_not_taken_for_its_title(tmp_path, settings, embedder):
    from qa.indexing import build_index

    folder = tmp_path / "docs"
    folder.mkdir()
    memo = "定例会議は毎月第二火曜日の午後3時から本社5階の会議室で開かれる。\n"
    (folder / "memo.txt").write_text(memo, encoding="utf-8")
    (folder / "leave.md").write_text("# 休暇申請\n\n休暇は2週間前までに上長へ申請すること。\n", encoding="utf-8")
    build_index([folder], tmp_path / "index", settings, embedder=embedder)
    notes = Answerer(Retriever(settings.replace(index_dir=tmp_path / "index"), embedder=embedder))
    a = notes.answer("定例会議はどこで開かれる？")
    assert a.found and a.quotes[0].doc_id == "memo.txt" and "本社5階の会議室" in a.quotes[0].text
    assert a.quotes[0].title == "memo.txt"
    assert all(q.text.strip() != "休暇申請" for q in notes.answer("休暇はいつまでに申請する？").quotes)


def test_a_question_about_a_heading_quotes_it_with_the_sentence_under_it(answerer):
    a = answerer.answer("今後の日程や注目点を扱った節のタイトルは何ですか？")
    first = a.quotes[0]
    assert first.text.startswith("今後のスケジュール/焦点\n2025年末に向けて")
    assert first.text[slice(*first.highlights[0])] == "今後のスケジュール/焦点"
    assert first.sentence is None  # the heading answered, not the sentence it was found through


def test_quote_span_takes_a_list_item_whole_with_its_lead_in():
    text = "見出し\n主な課題は次のとおり。\n- 領土の保全\n- 制裁解除の条件。特に時期\n別の段落。"
    item = text.index("制裁解除")
    start, end = quote_span(text, item - 2, item + 8, {0})
    assert text[start:end] == "主な課題は次のとおり。\n- 領土の保全\n- 制裁解除の条件。特に時期"


def test_a_clause_that_announces_its_items_is_quoted_with_them_but_not_with_the_next_clause():
    text = ("第12条（副業）\n\n（1）副業は届け出る。\n（2）次のいずれかに該当する場合、会社は副業を禁止できる。\n"
            "ア　労務提供上の支障がある場合\nイ　企業秘密が漏洩する場合\n（3）副業の時間は記録する。")
    clause = text.index("（2）")
    start, end = quote_span(text, clause, text.index("できる。") + 4, {0})
    assert text[start:end] == ("（2）次のいずれかに該当する場合、会社は副業を禁止できる。\n"
                               "ア　労務提供上の支障がある場合\nイ　企業秘密が漏洩する場合")
    first = text.index("（1）")
    assert text[slice(*quote_span(text, first, text.index("届け出る。") + 5, {0}))] == "（1）副業は届け出る。"


def test_a_sentence_pointing_below_is_quoted_with_the_line_it_points_to():
    text = ("第7　緊急時の連絡\n\n水漏れ、鍵の紛失など、緊急の場合は下記へ連絡すること。\n\n"
            "管理会社　24時間受付センター　000-2468-1357\n\n鍵の交換費用は借主の負担とする。")
    s = text.index("水漏れ")
    assert text[slice(*quote_span(text, s, text.index("こと。") + 3, {0}))] == (
        "水漏れ、鍵の紛失など、緊急の場合は下記へ連絡すること。\n\n管理会社　24時間受付センター　000-2468-1357")
    # The line below being a sentence of its own, or the sentence pointing nowhere: the sentence alone.
    told = text.replace("管理会社　24時間受付センター　000-2468-1357", "管理会社へ電話する。")
    assert quote_span(told, s, told.index("こと。") + 3, {0}) == (s, told.index("こと。") + 3)
    plain = text.replace("下記へ", "管理会社へ")
    assert quote_span(plain, s, plain.index("こと。") + 3, {0}) == (s, plain.index("こと。") + 3)
    limit = "構内では時速10km以下を厳守すること。\n\nフォークリフト　最大積載量2t"  # 以下 of a number points nowhere
    assert quote_span(limit, 0, limit.index("こと。") + 3, {-1}) == (0, limit.index("こと。") + 3)


def test_quote_span_takes_in_the_antecedent_of_a_sentence_that_points_back():
    text = "政府は新しい計画を発表した。それは来年から始まる。"
    s = text.index("それ")
    assert text[slice(*quote_span(text, s, len(text), {0}))] == text
    plain = text.index("政府")
    assert quote_span(text, plain, s, {0}) == (plain, s)
    # A proviso says nothing without the rule it qualifies.
    rule = "在宅勤務は週2日を上限とする。ただし、育児を行う者は週4日まで在宅勤務を行うことができる。"
    assert rule[slice(*quote_span(rule, rule.index("ただし"), len(rule), {0}))] == rule
    note = "料金は500円です。※ただし、小学生は無料です。"
    assert note[slice(*quote_span(note, note.index("※"), len(note), {0}))] == note
    word = "説明書を読む。ただしい使い方が書いてある。"  # 正しい, no proviso
    assert quote_span(word, word.index("ただしい"), len(word), {0}) == (word.index("ただしい"), len(word))


def test_a_found_answer_to_a_who_question_may_carry_a_short_answer_inside_its_first_quote(answerer):
    a = answerer.answer("ウィトコフ氏は誰の側近ですか？")
    assert a.found
    if a.short is not None:
        start, end = a.short_span
        assert a.quotes[0].start <= start < end <= a.quotes[0].end and a.short in a.quotes[0].text
    assert a.to_dict()["short"] == a.short


PLANS = """# クラウド保存サービスの案内

## 各プランの特徴

当サービスには三つのプランがあります。

- 無料プラン: 保存容量は5GBまでで、画面に広告が表示される。
- 個人プラン: 月額500円で保存容量は100GB、広告は表示されない。
- 法人プラン: 利用者ごとに月額1200円で、管理機能と監査ログが付く。

## 解約について

解約はいつでも設定画面から行えます。解約後30日間はデータが保持され、その後に削除されます。
"""


def answerer_over(folder, name: str, text: str, settings, embedder) -> Answerer:
    """An answerer over one document `name` holding `text`, indexed in `folder`."""
    from qa.indexing import build_index

    (folder / name).write_text(text, encoding="utf-8")
    s = settings.replace(index_dir=folder / "index")
    build_index([folder / name], s.index_dir, s, embedder=embedder)
    return Answerer(Retriever(s, embedder=embedder))


@pytest.fixture(scope="module")
def plans(tmp_path_factory, settings, embedder):
    return answerer_over(tmp_path_factory.mktemp("plans"), "plans.md", PLANS, settings, embedder)


@pytest.mark.parametrize(("question", "label"), [
    ("法人プランには何が付く？", "法人プラン"), ("個人プランの月額は？", "個人プラン"),
    ("What does the business plan come with?", "法人プラン"), ("How much does the personal plan cost?", "個人プラン"),
])
def test_the_list_item_labelled_with_what_is_asked_is_quoted_first(plans, question, label):
    first = plans.answer(question).quotes[0]
    assert first.text.startswith(f"- {label}: "), first.text  # the item, with the marker it has in the file
    assert first.text.count("プラン: ") == 1, first.text  # alone: another item answers for another plan


def test_what_an_earlier_turn_said_is_taken_out_of_the_choices():
    # Three sentences in a row; the middle one answered the earlier question. It is no candidate now,
    # and its neighbours no longer borrow its words through their window.
    spans = [(0, 10), (10, 20), (20, 30)]
    items = [Candidate("d", a, b, 0, i, 3, spans[i - 1] if i else None, spans[i + 1] if i < 2 else None)
             for i, (a, b) in enumerate(spans)]
    vectors = np.eye(3, 4, dtype=np.float32)
    cands = Candidates(items, vectors, np.roll(vectors, 1, axis=0), np.roll(vectors, -1, axis=0))
    said = Quote("…", "d", "t", "", 10, 20, 0.9)
    rest = unanswered(cands, (said,))
    assert [(c.start, c.before, c.after) for c in rest.items] == [(0, None, None), (20, None, None)]
    assert not rest.after[0].any() and not rest.before[1].any()
    assert (rest.vectors == vectors[[0, 2]]).all()
    other_document = unanswered(cands, (Quote("…", "e", "t", "", 10, 20, 0.9),))
    assert other_document.items == items
    # A quote cut short inside a long sentence still said it.
    cut = unanswered(cands, (Quote("…", "d", "t", "", 10, 15, 0.9, sentence=(10, 20)),))
    assert [c.start for c in cut.items] == [0, 20]
    # A quote of the middle sentence with the next one joined (shown, highlighted, but not what
    # answered): the next one is still a candidate, without its window on the middle one.
    joined = unanswered(cands, (Quote("…", "d", "t", "", 10, 30, 0.9, sentence=(10, 20)),))
    assert [(c.start, c.before) for c in joined.items] == [(0, None), (20, None)]


KINKAKUJI = """# 金閣寺の歩み

金閣寺は、1950年7月2日に放火によって焼失し、1955年に再建された。
その後、1987年には金箔の張り替えが行われ、金閣寺を訪れる観光客は年間で数百万人にのぼる。

# 金閣寺について

金閣寺(きんかくじ)は、京都市北区にある臨済宗相国寺派の寺院の舎利殿である。
正式名称を鹿苑寺という。
"""


@pytest.mark.parametrize("question", ["金閣寺って何？", "金閣寺とは？", "金閣寺とはどういうものですか？",
                                      "金閣寺について教えて", "What is Kinkakuji?"])
def test_what_is_x_is_answered_by_the_sentence_that_says_what_x_is(tmp_path, settings, embedder, question):
    a = answerer_over(tmp_path, "kinkakuji.md", KINKAKUJI, settings, embedder).answer(question)
    assert a.found and a.quotes[0].text.startswith("金閣寺(きんかくじ)は、京都市北区"), a.quotes[0].text
    assert [q.score for q in a.quotes] == sorted((q.score for q in a.quotes), reverse=True)


MANUAL = """---
title: Wi-Fiルーター AX3000 取扱説明書
---

# Wi-Fiルーター AX3000 取扱説明書

## 1. 料金プラン

| プラン | 料金 | 保存容量 |
|---|---|---|
| 無料プラン | 0円 | 1GB |
| プロプラン | 月額600円 | 100GB |
| チームプラン | 1人あたり月額900円 | 1TB |

## 2. 困ったときは

| 表示 | 内容 | 対処 |
|---|---|---|
| E1 | 水タンクの水不足 | 水を補給する |
| E3 | 本体内部の温度異常 | 30分ほど冷ましてから使う |

### 通信が遅い

ルーターを床から1〜2mの高さに置き、電子レンジやコードレス電話から離してください。5GHz帯は壁や床などの障害物に弱いため、離れた部屋では2.4GHz帯に接続すると改善することがあります。

### 初期化の方法

本体背面のRESETボタンを、先の細いもので約10秒間押し続けてください。すべてのランプが一度消え、再起動すると工場出荷時の設定に戻ります。初期化すると、変更したパスワードやWi-Fi名も元に戻ります。
"""


@pytest.fixture(scope="module")
def manual(tmp_path_factory, settings, embedder):
    return answerer_over(tmp_path_factory.mktemp("manual"), "router.md", MANUAL, settings, embedder)


@pytest.mark.parametrize(("question", "opening"), [
    ("ルーターを初期化するには？", "本体背面のRESETボタン"),  # the model alone quotes 「初期化すると、…」
    ("初期化の手順を教えて", "本体背面のRESETボタン"),
    ("通信が遅いときはどうすればいい？", "ルーターを床から"),  # the model alone: the right one at 0.01
])
def test_a_question_naming_a_section_is_answered_by_its_opening(manual, question, opening):
    a = manual.answer(question)
    assert a.found and a.quotes[0].text.startswith(opening), a.quotes[0].text


def test_a_table_row_is_quoted_under_its_header_row(manual):
    a = manual.answer("チームプランの保存容量は？")
    first, row = a.quotes[0], "チームプラン | 1人あたり月額900円 | 1TB"
    assert first.text.startswith("プラン | 料金 | 保存容量\n") and first.text.endswith(row), first.text
    assert [first.text[s:e] for s, e in first.highlights] == [row]


def test_the_row_whose_label_the_question_names_is_quoted_first(manual):
    a = manual.answer("画面にE3って出てるんだけど何のエラー？")
    assert a.quotes[0].text.endswith("E3 | 本体内部の温度異常 | 30分ほど冷ましてから使う"), a.quotes[0].text
    # Naming a row says which row to read, not that it answers: "found" stays the model's (0.03 here).
    assert a.found is (a.confidence >= manual.settings.abstain_threshold)


def test_a_price_the_documents_never_give_is_not_found(tmp_path, settings, embedder):
    text = ("# ロックル S1 ヘルプ\n\n## 外出先からの操作\n\n本体だけではBluetoothでしか通信できません。"
            "別売りの「ロックル ハブ」を使うと、外出先からの操作ができるようになります。\n\n"
            "## 電池\n\n電池は単3形アルカリ電池4本で、約8か月使えます。\n")
    a = answerer_over(tmp_path, "lock.md", text, settings, embedder)
    # The model alone is sure (0.92) that the sentence naming the hub says what it costs.
    assert not a.answer("ロックル ハブっていくらで売ってるの？").found
    assert a.answer("電池は何か月もつ？").quotes[0].text.startswith("電池は単3形")


def test_a_paragraph_followed_by_a_code_block_is_quoted_with_the_code(tmp_path, settings, embedder):
    text = ("# kurabe\n\nCSVを比べるツールです。\n\n## インストール\n\n"
            "pipx を使ったインストールをおすすめします。ほかの環境と干渉しません。\n\n```\npipx install kurabe\n```\n\n"
            "## 使い方\n\n二つのファイルを渡します。\n")
    a = answerer_over(tmp_path, "README.md", text, settings, embedder).answer("おすすめのインストール方法は？")
    first = a.quotes[0].text
    assert first.startswith("pipx を使った") and first.endswith("pipx install kurabe"), first


def test_a_line_of_prose_holding_a_bar_is_not_a_table_row(tmp_path, settings, embedder):
    text = ("# 作品\n\n" + "この作品は多くの人に愛された。" * 20 + "スタッフは原作 | 脚本 | 音楽の順に紹介された。"
            + "主題歌はオリコンチャートで最高三位を記録した。\n")
    a = answerer_over(tmp_path, "work.txt", text, settings, embedder).answer("主題歌はオリコンチャートで最高何位？")
    assert "最高三位を記録した。" in a.quotes[0].text, a.quotes[0].text


def test_no_quote_is_a_heading_or_its_number(manual):
    headings = {"1. 料金プラン", "2. 困ったときは", "通信が遅い", "初期化の方法", "1.", "2.",
                "プラン | 料金 | 保存容量"}
    for question in ("料金はいくら？", "困ったときは？", "プロプランの料金は？"):
        assert not {q.text for q in manual.answer(question).quotes} & headings


def test_a_sentence_announcing_steps_comes_with_them_across_a_blank_line():
    text = ("湯あか取り\n\n月に1回、次の手順で湯あか取りを行ってください。\n\n"
            "1. 水を入れます。\n2. 洗浄を選びます。\n\n終わり。")
    start = text.index("月に")
    end = text.index("。", start) + 1
    a, b = quote_span(text, start, end, {0})
    assert text[a:b] == "月に1回、次の手順で湯あか取りを行ってください。\n\n1. 水を入れます。\n2. 洗浄を選びます。"
    plain = text.replace("次の手順で", "この方法で")  # announces nothing: the list after the blank line stays apart
    assert quote_span(plain, start, end, {0}) == (start, end)


@pytest.mark.parametrize("lead", ["皆さまが気持ちよく暮らせるよう、次のルールをお守りください。",
                                  "次に掲げる費用は、旅費として支給しない。"])
def test_a_sentence_announcing_rules_or_things_comes_with_its_items(lead):
    text = f"共同生活\n\n{lead}\n\n- 夜10時以降は楽器を控えてください。\n- 廊下に物を置かないでください。\n\n以上。"
    a, b = quote_span(text, text.index(lead), text.index(lead) + len(lead), {0})
    assert text[a:b] == f"{lead}\n\n- 夜10時以降は楽器を控えてください。\n- 廊下に物を置かないでください。"


def test_a_reply_in_an_faq_entry_is_quoted_from_its_first_words():
    from qa.answer import sentence_quote
    from qa.readers.markdown import parse

    doc = parse("# ヘルプ\n\n## よくある質問\n\n### 紅茶もいれられますか？\n\n本製品はコーヒー専用です。"
                "茶葉はフィルターを詰まらせるため、紅茶には使わないでください。\n\n## 保証\n\n保証は1年です。"
                "修理は無料です。\n", "help.md")
    second = doc.text.index("茶葉")
    c = Candidate("help.md", second, doc.text.index("。", second) + 1, 0, 1, 2, None, None)
    start, end, highlights = sentence_quote(doc, c)
    assert doc.text[start:end].startswith("本製品はコーヒー専用です。茶葉") and highlights == [(c.start, c.end)]
    not_faq = doc.text.index("修理")
    c = Candidate("help.md", not_faq, doc.text.index("。", not_faq) + 1, 0, 1, 2, None, None)
    assert sentence_quote(doc, c)[0] == not_faq  # a heading that asks nothing: the sentence alone


def test_asked_why_the_sentence_after_that_gives_the_reason_joins_the_quote():
    from qa.answer import reason_neighbour
    from qa.readers.markdown import parse

    doc = parse("# 受診のご案内\n\n初診の方は、30分前までにお越しください。問診票の記入に時間がかかるためです。"
                "問診票はウェブサイトからダウンロードできます。\n\n雨の日は混み合うので、早めにお越しください。\n",
                "guide.md")
    spans = [(doc.text.index(s), doc.text.index(s) + len(s)) for s in (
        "初診の方は、30分前までにお越しください。", "問診票の記入に時間がかかるためです。",
        "問診票はウェブサイトからダウンロードできます。", "雨の日は混み合うので、早めにお越しください。")]
    items = [Candidate("guide.md", *spans[0], 0, 0, 3, None, spans[1]),
             Candidate("guide.md", *spans[1], 0, 1, 3, spans[0], spans[2]),
             Candidate("guide.md", *spans[2], 0, 2, 3, spans[1], spans[3]),
             Candidate("guide.md", *spans[3], 0, 3, 3, spans[2], None)]
    sentences = [doc.text[a:b] for a, b in spans]
    documents = {"guide.md": doc}
    assert reason_neighbour(items, sentences, 0, documents) == (items[1],)  # the reason, after it
    assert reason_neighbour(items, sentences, 2, documents) == (items[1],)  # or before it
    assert reason_neighbour(items, sentences, 1, documents) == (items[0],)  # the reason, with what it explains
    # Across a paragraph break the sentence after (…混み合うので…) is about something else.
    lone = Candidate("guide.md", *spans[2], 0, 0, 1, None, spans[3])
    assert reason_neighbour([lone, items[3]], [sentences[2], sentences[3]], 0, documents) == ()


def test_asked_why_a_sentence_that_is_nothing_but_the_reason_is_quoted_with_the_one_it_explains():
    from qa.answer import reason_neighbour
    from qa.readers.markdown import parse

    # 「…ことがあります」 reads as a reason (what may happen), but the sentence after it says why.
    doc = parse("# 転送がとても遅いとき\n\n無線LANの場合は、parallel を 2 に下げると安定することがあります。"
                "同時に送る数が多すぎると、再送が増えてかえって遅くなるからです。\n", "readme.md")
    spans = [(doc.text.index(s), doc.text.index(s) + len(s)) for s in (
        "無線LANの場合は、parallel を 2 に下げると安定することがあります。",
        "同時に送る数が多すぎると、再送が増えてかえって遅くなるからです。")]
    items = [Candidate("readme.md", *spans[0], 0, 0, 2, None, spans[1]),
             Candidate("readme.md", *spans[1], 0, 1, 2, spans[0], None)]
    sentences = [doc.text[a:b] for a, b in spans]
    assert reason_neighbour(items, sentences, 0, {"readme.md": doc}) == (items[1],)
    assert reason_neighbour(items, sentences, 1, {"readme.md": doc}) == (items[0],)  # and it leans on that one


@pytest.fixture
def minutes(blind4_index, settings, embedder):
    """eval/blind-4's files, among them meeting minutes: proposals reported, then 【決定事項】 lines."""
    return Answerer(Retriever(settings.replace(index_dir=blind4_index), embedder=embedder))


def test_asked_how_it_ended_the_minutes_quote_the_decision_not_the_proposal(minutes):
    answer = minutes.answer("議事録で、個包装のフィルムを変える件は結局どうなった？")
    assert answer.quotes[0].text.startswith("【決定事項】新フィルムへの切り替えは今回は見送る。")


def test_asked_why_a_sentence_giving_no_reason_gives_way_to_one_that_does(minutes):
    # The decision restates what is asked (見送る); the reason for it is said two sentences before.
    answer = minutes.answer("新しい個包装フィルムへの切り替えを見送ったのはどうして？")
    assert "酸素を通しやすいため" in answer.quotes[0].text


def test_a_why_question_over_a_guide_is_quoted_with_its_reason(tmp_path, settings, embedder):
    guide = ("# 外来受診のご案内\n\n## 初めて受診される方へ\n\n初診の方は、受付終了時刻の30分前までにお越しください。"
             "問診票の記入や保険証の確認に時間がかかるためです。問診票は当院のウェブサイトからダウンロードできます。\n\n"
             "## 持ち物\n\n保険証とお薬手帳をお持ちください。\n")
    answerer = answerer_over(tmp_path, "guide.md", guide, settings, embedder)
    first = answerer.answer("初診だと受付終了の30分前までに来てって言われるのはなんで？").quotes[0]
    assert "時間がかかるためです。" in first.text, first.text


FAQ_PAGE = """<html><head><title>よくある質問 | シェアサイクル</title></head><body><main><h1>よくある質問</h1>
<h2>ご利用登録について</h2>
<details><summary>Q. 何歳から利用できますか？</summary>
<p>満16歳以上で、クレジットカードをお持ちの方がご登録いただけます。</p></details>
<details><summary>Q. 登録にはどれくらい時間がかかりますか？</summary>
<p>アプリから約5分で登録が完了します。</p></details>
<h2>トラブル</h2>
<details><summary>Q. 事故にあったときはどうすればいいですか？</summary>
<p>まず警察に連絡し、その後サポートセンターへご連絡ください。</p></details>
</main></body></html>"""


def test_an_faq_page_in_details_answers_from_its_replies_never_from_a_piece_of_its_questions(tmp_path, settings,
                                                                                              embedder):
    answerer = answerer_over(tmp_path, "faq.html", FAQ_PAGE, settings, embedder)
    answer = answerer.answer("何歳から使えますか？")
    assert "満16歳以上" in answer.quotes[0].text, answer.quotes[0].text
    assert all(not q.text.startswith("Q.") for q in answer.quotes)


RULES = """# 入居のきまり

## ペット

犬、猫、鳥などの動物を飼育しないこと。観賞用の小魚は飼育できる。

## 家賃の確認

家賃の支払い状況は、次のコマンドで確かめられる。

```
curl -H "X-Api-Key: KEY" "https://example.jp/v2/rent?pets=cat&status=paid"
```
"""


def test_an_english_question_over_a_japanese_document_with_code_is_asked_across_languages(tmp_path, settings,
                                                                                          embedder):
    # The code block is the passage nearest in script to the question, not what the document is written in.
    answerer = answerer_over(tmp_path, "rules.md", RULES, settings, embedder)
    answer = answerer.answer("Am I allowed to keep a cat in this apartment?")
    assert "猫" in answer.quotes[0].text and "curl" not in answer.quotes[0].text, answer.quotes[0].text


SPA = """# 湯処みずほ ご利用案内

## 営業時間と料金

営業時間は午前10時から午後10時までです。大人の入館料は900円です。

## 館内のご案内

大広間と食事処があります。食事処は午後8時までです。

## ご入浴のきまり

浴槽に入る前に、かけ湯をしてください。タオルは湯船に入れないでください。

## アクセス

駅から路線バスで約20分です。
"""


@pytest.mark.parametrize("question", ["お風呂場でのマナーについては、どの見出しのところに書かれていますか",
                                      "湯船でのマナーはどこを読めばわかる？"])
def test_asked_where_to_read_the_heading_that_means_it_is_quoted_first(tmp_path, settings, embedder, question):
    # The heading shares no word with the question; its meaning, not the question's 「見出し」 or
    # 「書いてある」, says which section is asked for.
    a = answerer_over(tmp_path, "spa.md", SPA, settings, embedder).answer(question)
    assert a.quotes[0].text.startswith("ご入浴のきまり\n\n浴槽に入る前に"), a.quotes[0].text


def test_asked_where_to_read_whether_the_documents_answer_is_said_of_what_is_asked_about(tmp_path, settings,
                                                                                          embedder):
    # The model weighs the sentences against 「湯船に入るときの決まり」, not against the asking where, which no
    # sentence answers: found, though 「どの見出しのところに書かれていますか」 matches nothing.
    answerer = answerer_over(tmp_path, "spa.md", SPA, settings, embedder)
    a = answerer.answer("湯船に入るときの決まりは、どの見出しのところに書かれていますか")
    assert a.found and a.quotes[0].text.startswith("ご入浴のきまり")
    assert not answerer.answer("サウナの温度については、どの見出しのところに書かれていますか").found


README_DOC = """---
title: kaze — 風向きを表示するツール
---

# kaze

kaze（かぜ）は、ターミナルに今の風向きと風の強さを表示するコマンドラインツールです。気象庁の観測点のデータを
使い、十分ごとに新しい値を読み込みます。山歩きや釣りの前に、出かける先の風を手早く確かめたい人のために作りました。
色の付いた矢印で向きを、矢印の長さで強さを表します。

## インストール

pip でインストールできます。Python 3.10 以降が必要です。Windows、macOS、Linux のどれでも動きます。
インストールしたら、一度 kaze --version を実行して、入ったかどうかを確かめてください。古い版が入っている場合は、
先にアンインストールしてから入れ直すと確実です。

## 使い方

地名を渡すと、その場所の風向きを矢印で表示します。地名の代わりに緯度と経度を渡すこともできます。
オプションで単位をメートル毎秒とノットから選べます。何も渡さないと、前回調べた場所をもう一度表示します。
結果をファイルに残したいときは、出力先のファイル名を付けて実行してください。

## 開発に参加する

バグ報告や機能の提案は Issue で受け付けています。プルリクエストは main ブランチに向けて送ってください。
送る前に、手元ですべてのテストが通ることを確かめてください。コードの書き方は、既存のファイルに合わせてください。
大きな変更のときは、先に Issue で相談してもらえると助かります。
"""


def test_asked_where_to_read_the_documents_own_title_heads_no_section(tmp_path, settings, embedder):
    # 「kaze」 heads the README's opening, and names the tool the question names: it is no section to read.
    answerer = answerer_over(tmp_path, "README.md", README_DOC, settings, embedder)
    for question in ("kazeを直すプルリクを送りたい。READMEのどこを読めばいい？",
                     "kazeのバグを直したい。READMEのどこを読めばいい？"):
        quotes = answerer.answer(question).quotes
        assert quotes and not quotes[0].text.startswith("kaze\n"), [q.text for q in quotes]
    helping = answerer.answer("kazeの開発に協力したい。READMEのどこを読めばいい？")
    assert helping.quotes[0].text.startswith("開発に参加する")


NOTICE = """# 運賃改定のお知らせ

## 運賃

10月1日から、大人の運賃を220円から250円に、小児の運賃を110円から130円に改定します。ICカードでお支払いの場合は、それぞれ10円引きになります。

## 定期券

通勤定期券と通学定期券の値段は据え置きます。9月中に買った定期券は、期限までそのままお使いいただけます。

## 改定の理由

燃料費と人件費が上がり、今の運賃では路線を続けることが難しくなったためです。ご理解をお願いいたします。
"""


def test_asked_where_to_read_a_heading_that_is_a_word_of_the_title_is_still_a_section(tmp_path, settings, embedder):
    answerer = answerer_over(tmp_path, "notice.md", NOTICE, settings, embedder)
    a = answerer.answer("大人の料金がいくらになるかは、ページのどこに書いてある？")
    assert a.quotes[0].text.startswith("運賃\n\n10月1日から"), [q.text for q in a.quotes]


@pytest.mark.parametrize("question", ["kazeの開発に協力したい。READMEのどこを読めばいい？",
                                      "kazeを直すプルリクを送りたい。READMEのどこを読めばいい？"])
def test_asked_where_to_read_the_quotes_show_scores_in_the_order_they_are_quoted(tmp_path, settings, embedder,
                                                                                  question):
    # Headings are quoted in the order of their meaning, not of their sentences' probabilities.
    quotes = answerer_over(tmp_path, "README.md", README_DOC, settings, embedder).answer(question).quotes
    scores = [q.score for q in quotes]
    assert len(scores) > 1 and scores == sorted(scores, reverse=True), scores
