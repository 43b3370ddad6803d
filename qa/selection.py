"""Choosing the sentence that answers: candidates from the top passages, their features, a learned scorer.

Retrieval finds the right passage about nine times in ten; which of its sentences answers is a
different question. Each sentence of the top passages becomes a `Candidate` described by features a
reader would use — how much of the question it (and its neighbours) covers, weighted by how rare the
shared character n-grams are; the longest run it shares with the question; its embedding similarity
(vectors stored at index time, qa/sentences.py), to the question and to what the question asks
beyond its document's title; where it sits; and whether it holds the kind of
thing the question asks for (a date for いつ/when, a number for いくつ/how many, a name for 誰/who).
A LightGBM model trained on JaQuAD (qa/training.py, `make train`) turns them into the probability
that the sentence holds the answer; that probability orders the quotes and decides "found".
"""

from __future__ import annotations

import difflib
import json
import re
import threading
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.chunking import leans_back, open_brackets
from qa.crosslingual import coverage, held, holds, question_terms, rarity, reading, share
from qa.definitions import Asked, asked_phrase, asked_term, definition_preference, subject_named
from qa.documents import (
    ANSWER_LINE,
    NO_TABLES,
    Document,
    Tables,
    announced_items,
    asks_back,
    item_marker,
    reads_as_sentence,
)
from qa.lexical import content_words, tokenize
from qa.readers.aozora import CREDITS_SECTION
from qa.readers.base import CELL_SEPARATOR
from qa.sections import ASKING_WORDS, asks_within, faq_entry, section_named, shared_words

# What opens an item of a list: a bullet, a number, a circled number.
LIST_MARKER = r"[-*・•●■◆]|\d+[.)．）]|[①-⑳]"
# Asking how to do something: どう before a verb (「どうやって」, 「どうすればいい」; not 「どうですか」).
HOW_TO = r"どう(やっ|やれ|やる|すれ|すりゃ|したら|する)"
_ASKS_WAY = re.compile(HOW_TO + r"|どのように(すれ|し)|方法|手順"
                       r"|仕方(?!な|がな|があ)|何をすれば|何をしたら|(?<!明)[きしちにびみりえけせてねべめれ]方(?!面|向)"
                       r"|(使い|言い|払い|洗い|買い|扱い|通い|習い)方"
                       r"|\bhow (do|can|should|would|to)\b|\bwhat should (i|we) do\b", re.IGNORECASE)
# A sentence that announces steps below it: 「次の手順で交換します。」, 「以下の方法で設定してください。」.
_ANNOUNCES_STEPS = re.compile(r"(次|以下|下記|つぎ)の(手順|方法|ステップ|操作|とおり|通り|流れ|順番|順序|要領)")
QUESTION_TYPES = ("who", "when", "where", "how_many", "why", "how", "which", "what", "other")
_QUESTION_PATTERNS = [
    ("who", r"誰|だれ|何者|どなた|何という人|どんな人|\bwho(m|se)?\b"),
    ("when", r"いつ|何年|何月|何日|何時|何世紀|何時代|何年代|\bwhen\b"
             r"|\b(what|which)( exact| specific)? (year|date|day|month|time|century|decade)"),
    ("how_many", r"いくつ|何人|何個|何回|何本|何匹|何台|何歳|何パーセント|何％|何%|どのくらい|どれくらい"
                 r"|どれほど|何キロ|何メートル|何倍|何種|何件|何名|何度|何位|いくら"
                 r"|\bhow (many|much|long|old|far|big|large)\b|\bwhat (percentage|proportion|share|number)\b"),
    ("where", r"どこ|何処|どの国|どの地域|どの都市|何県|何市|何国|\bwhere\b"),
    ("why", r"なぜ|何故|どうして|理由|\bwhy\b"),
    ("how", r"どのよう|どうやって|どう|\bhow\b"),
    ("which", r"どの|どれ|どちら|\bwhich\b"),
    ("what", r"何|なに|なん|\bwhat\b"),
]
_SENTENCE_FLAGS = {
    "has_digit": r"[0-9０-９]",
    "has_date": r"[0-9０-９一二三四五六七八九十百千]+\s*(年|月|日)|世紀|年代|時代|明治|大正|昭和|平成|令和",
    "has_quantity": r"[0-9０-９一二三四五六七八九十百千万億]+\s*(人|個|回|本|匹|台|歳|％|%|パーセント"
                    r"|キロ|メートル|km|円|ドル|件|種|つ|名|位|倍|万|億|度|点|冊|社|校|頭|機|隻|棟)",
    "has_katakana": r"[ァ-ヺー]{2,}",
    "has_person": r"氏|さん|様|王|皇帝|天皇|将軍|博士|教授|監督|選手|大統領|首相|大臣|社長|作家|画家",
    "has_place": r"県|市|町|村|国|州|島|川|山|湖|都|府|区|駅|港|大陸|半島|地方|海",
    "has_latin": r"[A-Za-zＡ-Ｚａ-ｚ]{2,}",
    "has_bracket": r"[「『（(]",
    "leans_back": r"^(それ|これ|この|その|あの|これら|それら|彼|彼女|同|こう|そう|そこ|ここ|こちら|また"
                  r"|しかし|ただ|一方|It\b|This\b|These\b|They\b|He\b|She\b|That\b)",
    "list_item": rf"^({LIST_MARKER})",
}
_FLAG_RES = {name: re.compile(p) for name, p in _SENTENCE_FLAGS.items()}
_QUESTION_RES = [(name, re.compile(p, re.IGNORECASE)) for name, p in _QUESTION_PATTERNS]
_HIRAGANA = re.compile(r"^[\u3040-\u309f]+$")
# One kanji: a word of its own as a table row's label (酢, 塩, 幅); not a weekday (月 | 9:00〜18:00), which
# other words hold (お金, 水を入れる).
_KANJI = re.compile(r"(?![月火水木金土日])[一-龯々]")
# A row labelled with days of the week (土, 月・火・木・金, 日曜日), which a question names as 土曜.
_WEEKDAY = re.compile(r"([月火水木金土日])(?:曜日?)?")  # the day of 月曜日, not the 日 of 曜日
_WEEKDAYS = re.compile(r"[月火水木金土日](曜日?)?([・、･,][月火水木金土日](曜日?)?)*")
_WORD_CHARACTER = re.compile(r"\w")
REPLY_REACH = 200  # how far below a question in the text its reply may start
REASON_REACH = 400  # how far from an earlier answer the reason a why follow-up asks for may be
NEXT_REACH = 200  # how far after an earlier answer what a follow-up asking "next" wants may start
SETTLE_REACH = 400  # how far after a reported proposal the decision on it may be

FEATURES = (
    "cov_bigram", "cov_unigram", "cov_bigram_prev", "cov_bigram_next", "cov_bigram_window", "cov_bigram_passage",
    "cov_bigram_gap", "cov_bigram_order", "cov_title", "novelty", "common_run", "common_run_gap",
    "cos_sentence", "cos_prev", "cos_next", "cos_sentence_gap", "cos_order", "cos_passage",
    "passage_rank", "position", "from_end", "sentences", "length", "question_length", "question_type",
    *_SENTENCE_FLAGS,
    "focus_bigram", "focus_window", "focus_gap", "focus_order", "focus_next", "focus_unigram",
    "focus_untitled", "focus_untitled_window", "focus_untitled_gap", "cos_untitled", "cos_untitled_gap",
    "cos_untitled_order",
)
CATEGORICAL = ("question_type",)
# For a question in another script than the documents (English about Japanese text), where no
# character is shared: the cosines and places above, and the share of the question's words each
# sentence, its window and its passage hold (qa/crosslingual.py).
CROSS_FEATURES = (
    "cos_sentence", "cos_prev", "cos_next", "cos_sentence_gap", "cos_order", "cos_passage",
    "passage_rank", "position", "from_end", "sentences", "length", "question_type", "has_date", "has_quantity",
    "has_digit", "words", "words_window", "words_next", "words_gap", "words_order", "words_passage",
    "words_count",
)


_ASKS_TITLE = re.compile(r"表題|題名|(記事|文書|資料)の?(タイトル|題|見出し)"
                         r"|title of (the|this) (article|document|text|page|file)", re.IGNORECASE)
_ASKS_HEADING = re.compile(r"\b(heading|section|chapter)s?\b", re.IGNORECASE)
# Words, not characters: 節 and 章 name a section, 季節, 文章 and 勲章 do not; a タイトル on its own is
# most often a work's (「小説のタイトルは？」).
_HEADING_WORDS = frozenset({"見出し", "節", "章", "セクション", "本章", "次章", "前章", "序章", "終章", "各章",
                            "本節", "次節", "前節", "各節"})

# A section named only as where to look (「三の章で、…どうなっていましたか」, "according to the section on
# international reactions"): the question asks what it says there, not for the section. 本章, 次節 and
# the like point at a section as a whole (「次節で扱う内容は？」).
_IN_SECTION = re.compile(r"(?<![本次前各序終])(章|節|セクション)(で|では|において|によると|によれば|には)(?![?？]|$)"
                         r"|\b(in|according to|from) the (section|chapter)s? (on|about|titled|called)\b", re.IGNORECASE)
_NAMES_HEADING = re.compile(r"見出し|タイトル|題名|\b(heading|title)s?\b|\b(which|what) (section|chapter)\b",
                            re.IGNORECASE)


def what_to_read_about(question: str) -> str:
    """What a question about where to read is about, without the asking where (「お風呂場でのマナー」 of
    「お風呂場でのマナーについては、どの見出しのところに書かれていますか」): said alone, it lies nearer to
    the heading that names it in other words (「ご入浴のきまり」). The whole question when nothing is left."""
    asking = [m for m in (_asks_where_to_read(question), _WHICH_HEADING.search(question)) if m]
    if not asking:
        return question
    where = min(asking, key=lambda m: m.start())
    # Said before the asking where, or else after it (「このページのどこを見れば申込方法がわかる？」, not
    # 「…どの項目を確認すればいいですか？」's 「すればいいですか？」).
    before = _ASKED_TAIL.sub("", question[:where.start()])
    if len(_WORD_CHARACTER.findall(before)) >= 3 or set(content_words(before)) - ASKING_WORDS:
        return before
    after = _READING_ON.sub("", question[where.end():])
    return after if set(content_words(after)) - ASKING_WORDS else question


def _asks_where_to_read(question: str) -> re.Match | None:
    """Where the question asks where in the document to read (「…手続きって、どこを読めばいい？」,
    「しおりのどの項目を見ればいい？」), None when it does not; not where on a thing (「ルーターのどこを見れば
    初期パスワードがわかる？」, 「シリアル番号はどこを見ればわかる？」: its label)."""
    for m in _WHERE_TO_READ.finditer(question):
        before = question[:m.start()]
        # 「どこを見れば」 looks at a thing (「シリアル番号はどこを見ればわかる？」: its label) unless the
        # document is named (「しおりのどこを見れば」) or a way of doing something is what the user wants to
        # know (「…乗り継ぐやり方が知りたい。どこを見ればいい？」; not 「電池の残量を知りたい。どこを見れば…」);
        # 「どこを読めば」 reads the document anyway.
        if _OF_DOCUMENT.search(before) or (re.match("どこを?読", m.group()) and not before.endswith("の")) \
                or not m.group().startswith("どこ") or _WANTS_A_WAY.search(before):
            return m
    return None


def asks_for_heading(question: str) -> str:
    """"title" when the question asks what the document is called, "heading" when it asks for a
    section's heading or about a section as a whole, "" otherwise: then the answer is the heading
    itself, quoted with the sentence under it (a heading alone is never a quote)."""
    if _ASKS_TITLE.search(question):
        return "title"
    if _IN_SECTION.search(question) and not _NAMES_HEADING.search(question):
        return ""
    if _ASKS_HEADING.search(question) or _asks_where_to_read(question) \
            or not _HEADING_WORDS.isdisjoint(content_words(question)):
        return "heading"
    return ""


# What a sentence must hold to answer a question of these types: a date for when, a number for how many.
_ASKED_KINDS = {"when": ("has_date",), "how_many": ("has_quantity", "has_digit")}
# A Japanese question asking for a price (「料金は？」, 「何円？」, 「いくらで売ってる？」, 「値段は結局いくらに？」)
# and what answers it: an amount of money, or 無料. One asking for a count or an amount (「何時間？」,
# 「何個？」, 「いくつ？」, 「どのくらい？」, a bare 「いくらですか？」, which may ask an output or a length)
# and what answers it: a number. Not 何人 alone (「ポルトガルの国民の大部分は何人？」 asks a nationality),
# nor いくつか, いくつも, いくらか, いくら…ても (some, many, however much). 「かかりません」 or 「不要」 says
# how much too.
_PRICE_NOUNS = "値段|価格|料金|費用|金額|代金|運賃|会費|手数料|予算|家賃|給料|賃金|送料|入場料|参加費"
# 「料金はかかるの？」 asks whether it costs (an amount or 無料 answers); 「料金がかかるのはどんなとき？」 asks when.
_ASKS_PRICE = re.compile(r"何円|おいくら|いくら(で(?!も|す|しょう)|かか[るり]|する|払)"
                         rf"|({_PRICE_NOUNS})(.*いくら(?![もか](?!か))|(は|って|が|も)?(どのくらい|どれくらい|[?？]|$)"
                         r"|(は|って|が|も)?(かかる|かかります|かかり|要る|いる|必要|払う)(の|ん|です|ですか|か|ますか)*[?？]?$)")
_PRICE = re.compile(r"[0-9０-９一二三四五六七八九十百千万億]\s*(円|ドル|ユーロ|元|ポンド|ウォン)"
                    r"|[￥¥$＄]\s*[0-9０-９]|無料|有料|タダ|かかりません|かからない|不要")
_COUNTED = re.compile(r"\d+[^\d\s、。,.?!？！]")  # a number with the counter after it: 3年(生), 1日
# What a thing measures (重さ, 長さ, 定員…): a number says it; never a thing of its own (裁量, 力量).
MEASURES = (r"重さ|重量|大きさ|寸法|長さ|高さ|幅|奥行き?|容量|定員|距離|面積|人数|温度|速度|回数|日数|年数|割合"
            r"|(?<![裁力技度器])量")
# The units a measure asked is said in (「ルーターの重さは？」 is not answered by 「床から1〜2mの高さに置き」): a
# number in none of them weighs as no number at all, so the lists are broad. A length may be one of
# time, text or steps too (「授業の長さは？」, 「レポートの長さは？」); a capacity is a battery's or a tray's too.
_NUMERAL = r"(?<!もう)[0-9一二三四五六七八九十百千万億]\s*"
_LENGTHS = r"(km|cm|mm|nm|μm|m|キロ|メートル|センチ|ミリ|尺|寸|インチ|マイル)(?![a-zA-Z])"
MEASURE_UNITS = (
    (re.compile(r"(重さ|重量)(は|って)"), re.compile(_NUMERAL + r"((kg|g|t|lb)(?![a-zA-Z])|キロ|グラム|トン|ポンド)")),
    (re.compile(r"(長さ|距離)(は|って)"),
     re.compile(_NUMERAL + rf"({_LENGTHS}|分|秒|時間|日|週|か月|ヶ月|カ月|年|字|文字|ページ|枚|行|駅|歩)")),
    (re.compile(r"高さ(は|って)"), re.compile(_NUMERAL + rf"({_LENGTHS}|階|段)")),
    (re.compile(r"温度(は|って)"), re.compile(_NUMERAL + r"(度|°c)", re.IGNORECASE)),
    (re.compile(r"容量(は|って)"), re.compile(_NUMERAL + r"((ml|l|cc|[kmgt]b|mah|wh|a)(?![a-zA-Z])|リットル|杯|合|"
                                            r"ギガ|テラ|メガ|アンペア|枚)", re.IGNORECASE)),
    # (km² often loses its superscript on the way out of a page: 「面積は推定8,352.6km。」)
    (re.compile(r"面積(は|って)"), re.compile(_NUMERAL + r"(km|m|平方|坪|畳|ha|ヘクタール|エーカー)")),
)
_ASKS_NUMBER = re.compile(r"何(時間|日|年間|か月|ヶ月|カ月|週間|分|秒|個|回|本|匹|台|歳|パーセント|％|%|キロ|メートル"
                          r"|倍|件|名|位|枚|冊|杯|割)|何人(まで|くらい|ぐらい|程度|以上|以下|ほど)|いくつ(?![かも])"
                          # どのくらい asks an amount when nothing but a question follows (「酢はどれくらい？」,
                          # 「どのくらいの量？」, 「どのくらいかかる？」), not a degree (「どのくらい混んでいますか」)
                          r"|((どの|どれ)(くらい|ぐらい)|どれほど)(の|かか|必要|要る|いる|です|でしょう|だっけ|か|[?？]|$)"
                          r"|いくら(に(?!も)|まで|以内|って|です|でしょう|だっけ|なの|くらい|ぐらい|ほど|[?？]|$)"
                          # and before a verb of money (「結局いくら集まった？」), but not 「いくら払っても」 (however
                          # much), nor いくら the roe (「いくら入りのおにぎり」, 「いくら使った料理」)
                          r"|いくら(?![^?？。]*[てで]も)(集ま|貯ま|たま|残|払|稼|儲|足り|用意|戻|借り|貸|もら|貰|寄付)"
                          # a measure named and nothing more asked of it (「ルーターの重さは？」, 「定員って？」):
                          # all 208 such JaQuAD questions are answered in a sentence with a number
                          rf"|({MEASURES})(は|って)(どのくらい|どれくらい|いくつ|[?？]|$)")
# A product's or a part's code (AP-520, KT-12, CR123A, v2) holds digits and says no amount.
# Not a size or a paper (W450, A4) nor a clock (AM9:00).
# The same in English, for a question about Japanese text ("How much does the kettle cost?", "What is the
# fee?"; "How many…?", "How long…?", "How far in advance…?"). A count, a length or a frequency asked
# comes first: 「How long is the fare discount?」 asks a duration.
_ASKS_NUMBER_EN = re.compile(r"\bhow (many|long|far|old|often|big|large|heavy|tall)\b", re.IGNORECASE)
_ASKS_PRICE_EN = re.compile(r"\bhow much\b.*\b(cost|costs|charge|charged|pay|paid|spend|rent|fee|fare|price)\b"
                            r"|\bwhat (is|are|'s|was|were) the ([\w-]+ )?(price|cost|fee|fare|charge|rent)s?\b"
                            r"(?!\s+(policy|policies|cover|covers|include|includes|rules?|for (the )?cancel))"
                            r"|\bwhat does .+ cost\b|\bhow much money\b", re.IGNORECASE)
# A count or an amount, which a number says; how long or how often is also said in words (毎週, 翌日, 数日).
_HOW_MANY = re.compile(r"\bhow (many|much)\b", re.IGNORECASE)
_CODE = re.compile(r"(?<![A-Za-z])(?!(AM|PM|am|pm)[0-9])([A-Za-z]{2,}-?|[A-Za-z]-)[0-9][A-Za-z0-9-]*")
# A phone number or a postal code (000-733-2020, 〒123-4567) counts nothing.
_PHONE = re.compile(r"(?<![0-9])[0-9]{2,5}[-‐–−ー][0-9]{1,4}[-‐–−ー][0-9]{3,4}(?![0-9])|〒\s*[0-9]{3}[-‐–−ー]?[0-9]{4}")
# A count asked (「何台？」, "How many computers…?") is not said by a clock time (平日10時〜17時, 9:30).
_ASKS_COUNT = re.compile(r"何(個|回|本|匹|台|件|名|枚|冊|杯)|何人"
                         r"|\bhow many\b(?!\s+(hours?|minutes?|days?|weeks?|months?|years?)\b)", re.IGNORECASE)
_ASKS_HOUR = re.compile(r"何時(まで(?!に)|から)")
_HOUR = re.compile(r"[0-9一二三四五六七八九十]\s*(時(?!間)|:[0-9]{2}|分前|分後|時間(前|後))|正午|[AaPp][Mm]\s*[0-9]"
                   r"|24時間|終日|午前中|午後のみ|休(診|館|業|園|み)|定休"
                   r"|(終了|終わり|日没|日の出|閉館|閉店|開館|開店|閉園|開園|開場|閉場|開演|終演|開始)(の|する|まで|から|前|後)")
_CLOCK_TIME = re.compile(r"(?<![0-9])[0-9]{1,2}\s*時(?!間)(\s*[0-9]{1,2}\s*分)?|(?<![0-9])[0-9]{1,2}:[0-9]{2}")
# 「もう一度」 (once more) says no amount.
_NUMBER = re.compile(r"[0-9０-９]|(?<!もう)[一二三四五六七八九十百千万億]\s*(時間|日|年|か月|ヶ月|カ月|週|分|秒|つ)"
                     + "|(?<!もう)" + _SENTENCE_FLAGS["has_quantity"] + "|無料|タダ|かかりません|かからない|不要")


# A question asking what time of day or which day of the week (「土日は何時に閉まる？」, 「何曜日が休み？」,
# 「受付時間は？」, "By what time …?") and what answers it: a clock time, a weekday, 平日 or 土日, 午前,
# 朝 or 夜. A dated sentence does not: 「2019年3月に閉校した…10日に開所した。」 says nothing of the
# opening hours. Not 何時間 (a length, asked as an amount above) nor 何時代; in JaQuAD, 75 of the 76
# questions this reads as asking the hour are answered in a sentence that says one.
_ASKS_CLOCK = re.compile(r"何時(?!間|代)|何曜|(営業|開館|開所|受付|診療|利用|運行|開園|閉館|閉園|貸出|面会)時間"
                         r"(は|って)?(いつ|何時|[?？]|$|を?教えて|を?知りたい)"
                         r"|\b(what|which) time\b(?!\s+(period|of (the )?(year|day)|zone|frame))|\bwhat hours\b"
                         r"|\bopening hours\b", re.IGNORECASE)
_CLOCK = re.compile(r"[0-9一二三四五六七八九十]\s*(時|:[0-9]{2})|時刻|[月火水木金土日]曜|[(（][月火水木金土日][)）]"
                    r"|[月火水木金土日][・、〜~][月火水木金土日]|平日|土日|休日|祝日|毎日|毎朝|毎晩|年中無休|終日"
                    r"|午前|午後|正午|深夜|夜間|朝|昼|夕方|夜|随時|いつでも|常時|[AaPp][Mm]\s*[0-9]")


# A question asking why (「なんで？」, 「理由が知りたい」, "Why …?", "for what reason") and what a reason
# is said with: ため, ので, から at a clause's end (not 東京から), 理由, 原因, おかげ, "because".
_ASKS_WHY = re.compile(r"なぜ|何故|なんで(?!も)|理由|何のため|なんのため"
                       # not どうしても, nor 「どうしてたの？」 (what did they do)
                       r"|どうして(?!も|(い?る|い?た|い?ます|い?ました)(の|ん|か|[?？]|$))"
                       r"|\bwhy\b|\bwhat (is|was) the reason\b|\bfor what (reason|purpose)\b", re.IGNORECASE)
_GIVES_REASON = re.compile(r"(?<![らあ])ため(?![しるられろ])|ので(?![すしょ])|により|に伴い|に伴って|の影響で|都合上"
                           r"|(?<=[いうくすつぬむるぐだた])から(?=だ|です|で|。|、|$)|理由|原因|おかげ|せいで"
                           # what would happen otherwise (「…読み取られ、不正に利用されるおそれがあります。」,
                           # 「強い日差しが当たると、…誤って検知することがあります。」), what is needed, the
                           # explaining のだ, and a cause left hanging (「…保護者が集まらず、」)
                           r"|おそれ|恐れ(?!入)|可能性が|(?<!た)ことがあ[りるっ]|必要があ|(?<!も)のだ(という|そう|。)|(?<!も)のです"
                           r"|(?<!かかわら)(?<![必まえわ])ず、"
                           r"|\b(because|due to|owing to|so that|in order to|the reason)\b",
                           re.IGNORECASE)


def asks_why(question: str) -> bool:
    """Whether the question asks for a reason: then the sentence that restates what it asks about
    (「初診の方は30分前までにお越しください。」) is not the answer when the next one gives the reason
    (「問診票の記入…に時間がかかるためです。」). SQuAD-style training data hardly asks why (16 of 3,939
    JaQuAD validation questions), so the model never learned to look there."""
    return bool(_ASKS_WHY.search(question))


def gives_reason(sentence: str) -> bool:
    """Whether a sentence says why: a reason or a purpose (ため, ので, から at a clause's end, 理由…)."""
    return bool(_GIVES_REASON.search(sentence))


# A sentence that is nothing but the reason for the one before it: 「…かえって遅くなるからです。」,
# 「ほかの患者さんとの接触を減らすためです。」, 「…多くなったからである。」, "This is because …".
_EXPLAINS = re.compile(r"((?<=[いうくすつぬむるぐだた])から|(?<![らあ])ため|(?<=の)せい|(?<=の)おかげ)"
                       r"(です|だ|である|でした|だった|であった|でございます)[。.!！]?\s*$"
                       r"|^(this|that)( is|'s|’s| was) (because|why|due to)\b", re.IGNORECASE)


def explains(sentence: str) -> bool:
    """Whether a sentence gives the reason for the sentence before it, and says nothing else."""
    return bool(_EXPLAINS.search(sentence.strip()))


# A question asking how something ended or what was decided: 「結局どうなった？」, 「販売価格はどうすることになっ
# た？」, 「どんな結論になりましたか？」, 「誰が組むことに決まった？」 (not 「引っ越すことになったら」).
_ASKS_OUTCOME = re.compile(r"結局|結論|(なった|なりました|決まった|決まりました|決定した|決定しました"
                           r"|決めた|決めました)(の|ん|んですか|んだっけ|っけ|か|ですか|でしょうか)?\s*[?？]?\s*$")
# Minutes and reports say who proposed or reported what (「森下より、…に変更する案が説明された。」, 「…と報告が
# あった。」) before what was decided (「【決定事項】新フィルムへの切り替えは今回は見送る。」): the proposal
# restates what is asked about and does not say how it ended.
_REPORTS = re.compile(r"(案|提案|報告|説明|要望|指摘|意見|相談|紹介|連絡|質問|申し出)(が|は)"
                      r"(あった|ありました|示され|出され|なされ|寄せられ)|(案|提案|報告|説明|紹介)(された|されました)")
_PROPOSES = re.compile(r"(案|提案)(が|は)(あった|ありました|示され|出され|説明され)|(案|提案)(された|されました)")
_SETTLES = re.compile(r"【決定|決定事項|こととした|ことにした|ことになった|ことになりました|合意|了承|承認され"
                      r"|可決|採択|見送る|見送った|据え置")


# A follow-up asking where the earlier answer is written: 「それって何条に書いてある？」, 「何章？」, 「どの見出しの
# ところ？」, "Which section is that in?". Not where to write (「どこに書けばいいの？」) nor how many items
# (「何項目ある？」), nor "Which part of the kettle gets hot?". What it asks for (章, 条 or any heading) and the
# rest of it.
_ENDING = r"(の|ん|か|っけ|んだっけ|ですか|でしょうか)*"
_WRITTEN = rf"(に|で)?(書|載|記載さ|説明さ|出)(いて|って|れて|て)(ある|いる|る|ます){_ENDING}"
_WHERE_WRITTEN = re.compile(rf"((第?(何|なん)|どの)(章|条|節|項|見出し|セクション)(目)?(の(ところ|あたり|部分))?"
                            rf"(({_WRITTEN})|(だ|です){_ENDING})?|どこ{_WRITTEN})\s*[?？]?\s*$"
                            r"|\b(which|what) (section|article|chapter|clause)"
                            r"( (is|was) (it|that|this) (in|written|under))?\s*\??\s*$"
                            r"|\bwhere (is|was) (it|that|this) (written|stated|said)\s*\??\s*$", re.IGNORECASE)


def asks_where_written(question: str) -> tuple[str, str] | None:
    """(「章」, 「条」 or "" for any heading, the question without its asking where) when the question asks
    in which part of the document something is written; else None."""
    found = _WHERE_WRITTEN.search(question)
    if found is None:
        return None
    asked = found.group(0).lower()
    unit = "章" if "章" in asked or "chapter" in asked else "条" if any(
        u in asked for u in ("条", "項", "article", "clause")) else ""
    return unit, re.sub(r"[?？!！。、,\s]+$", "", question[:found.start()] + question[found.end():]).strip()


def asks_outcome(question: str) -> bool:
    """Whether the question asks how something ended or what was decided (not why it was)."""
    return bool(_ASKS_OUTCOME.search(question.strip())) and not asks_why(question)


def only_reports(sentence: str) -> bool:
    """Whether a sentence reports what someone proposed, said or asked, and settles nothing."""
    return bool(_REPORTS.search(sentence)) and not _SETTLES.search(sentence)


# A sentence that says what the document itself is for (「このページでは、…をまとめています。」, 「この記事では、
# …仕組みを作ります。」, 「この冊子には、…などをまとめております。」) shares words with every question about
# the document and answers none of them, unless the question asks what the document covers. Not a
# rule's own scope (「この規程は、…を目的とする。」), which answers what the rule is for.
_DOCUMENT_NOUNS = (r"ページ|記事|冊子|ガイド|資料|マニュアル|文書|手引き?|しおり|説明書"
                   r"|パンフレット|チラシ|サイト|ブログ|レポート|報告書|エントリー?|動画|講座|コーナー|書")
# What a user reads in (「規程のどこ読めばいい？」, 「READMEのどこ見ればいい？」): the documents above and rules
# and help texts, which say what they are for in their own way.
_READ_NOUNS = _DOCUMENT_NOUNS + r"|規程|規則|規約|要項|要綱|約款|README|取説|ヘルプ"
# Where to read about something: 「どこを読めばいい？」, 「どこ読めば？」, 「どの項目を見れば？」, 「何の項目を見ればい
# い？」, 「ページのどこに書いてある？」, 「規程のどこ？」. Not 「どこに書いてある？」 with no document named
# (「初期パスワードはどこに書いてある？」 asks for the label on the router), nor where to write (「どの欄に書けば
# いい？」).
_COMPOUND = r"[一-龯ァ-ヺーA-Za-z]*"  # the rest of a compound ending in one of them: 就業規則, ホームページ
_WHERE_TO_READ = re.compile(r"どこを?(読|見)"
                            rf"|{_COMPOUND}({_READ_NOUNS})のどこ((に|で)(書|載|説明|出|記載)[^、。？?]*|に(ある|あります)"
                            r"|\s*[?？]?$)"
                            r"|(どの|何の|なんの)(項目|部分|箇所|欄|ページ)(を|に|で)(見|読|載|確認|チェック)"
                            r"|\bwhere (in|on) (the|this) (page|document|guide|leaflet|manual|article)\b"
                            r"|\b(which|what) part of (the|this) (page|document|guide|leaflet|manual|article|report)\b",
                            re.IGNORECASE)
_OF_DOCUMENT = re.compile(rf"({_READ_NOUNS})の$", re.IGNORECASE)  # 「しおりの」, 「取扱説明書の」, 「READMEの」
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_WANTS_A_WAY = re.compile(r"(やり方|方法|手順|手続き|仕方|ルール|決まり|きまり)[^。！？!?\n]*"
                          r"(知りたい|調べたい|確かめたい|確認したい)[^。！？!?\n]*[。、，,！？!?\n]\s*$")
# The rest of the asking where, after it: 「(どの部分を読)めばいい？」.
_READING_ON = re.compile(r"^[をにで]?(見|読)?[めれ]?(ば|と|たら)?(いい|よい)?(の|ですか|でしょうか)?[?？]?")
_WHICH_HEADING = re.compile(r"(どの|何の|なんの)(見出し|章|節|セクション)")
# What ends the part of the question before its asking where: 「…については、」, 「…って、」, 「しおりの」.
_ASKED_TAIL = re.compile(rf"(({_COMPOUND}({_READ_NOUNS.replace('|書|', '|')})|[一-龯]*書)の|について|に関して"
                         r"|[はがを]|って|[、,\s])+$", re.IGNORECASE)
_ABOUT_DOCUMENT = re.compile(rf"^(この|本)({_DOCUMENT_NOUNS})(で|に)?は、?[^。]*"
                             r"(まとめ|説明し|紹介し|解説し|報告す|報告し|取り上げ|抜き出し|書きます|作ります|見ていきます)"
                             r"(?!てい?ない|ません)")
_ASKS_ABOUT_DOCUMENT = re.compile(rf"({_DOCUMENT_NOUNS})(は|って|では|には|に|で|の)?(何|なに|どんな|どういう|どの|誰"
                                  r"|内容|テーマ|について)|目的|概要"
                                  r"|\b(this|the) (page|article|guide|booklet|manual|report|document|post)\b",
                                  re.IGNORECASE)


# What a text's credits answer (the Aozora reader's 「底本」 section): which edition it was typed from, when
# that was published, who typed and proofread it.
_ASKS_EDITION = re.compile(r"底本|親本|初版|初出|出版|発行|刊行|版元|入力|校正|どの本|何の本|どんな本"
                           r"|\b(edition|published|publisher|typed|proofread)", re.IGNORECASE)


def credits_unasked(question: str, items: list[Candidate], documents: Mapping[str, Document]) -> np.ndarray:
    """1 for each candidate in a text's credits (「底本：…」, 「1991年3月20日初版発行」) when the question does
    not ask about the edition: a date there says nothing of when the story happens."""
    if _ASKS_EDITION.search(question):
        return np.zeros(len(items), dtype=np.float32)
    return np.array([bool(documents[c.doc_id].metadata.get("credits"))
                     and documents[c.doc_id].section_at(c.start) == CREDITS_SECTION for c in items], dtype=np.float32)


def about_document(question: str, sentences: list[str]) -> np.ndarray:
    """1 for each sentence that says what its document covers, when the question does not ask that."""
    if _ASKS_ABOUT_DOCUMENT.search(question):
        return np.zeros(len(sentences), dtype=np.float32)
    return np.array([bool(_ABOUT_DOCUMENT.search(s.lstrip())) for s in sentences], dtype=np.float32)


def hold_asked_kind(question: str, sentences: list[str]) -> np.ndarray:
    """1 for each sentence that holds what the question asks for, 0 when it asks for a date, an hour
    or a quantity and the sentence has none. The learned model weighs this among its features; the cosine
    that scores questions in another script (English about Japanese text) cannot, so there it is a
    plain rule."""
    if _ASKS_CLOCK.search(question):
        return np.array([bool(_CLOCK.search(unicodedata.normalize("NFKC", s))) for s in sentences], dtype=np.float32)
    kinds = _ASKED_KINDS.get(question_type(question))
    return np.array([kinds is None or any(_FLAG_RES[k].search(s) for k in kinds) for s in sentences],
                    dtype=np.float32)


def hold_asked_amount(question: str, sentences: list[str], english: bool = False) -> np.ndarray:
    """1 for each sentence that can answer a question asking for a price, an amount or an hour (in
    Japanese, or in English about Japanese text when `english`; English text says numbers in words
    too, "two moons"): a sentence without any number cannot say how much
    (「ロックル ハブっていくら？」 over a sentence that only says the hub is sold separately). A number
    the question says itself is none with its counter (「3年生の遠足って何日？」 over 「春の遠足は、3年生
    になって初めての校外学習です。」; the 1日 of 「1日に何回？」 leaves the 1回 of 「1日1回」), nor is a
    product code (the 520 of 「AP-520は、床置き型の空気清浄機です。」 for 「AP-520の重さはどのくらい？」), a
    phone number or a postal code ("How many computers…?" over a support line's 000-733-2020), nor,
    for a count, a clock time (its 平日10時〜17時). A measure asked needs a number in its units
    (`MEASURE_UNITS`: 「重さは？」 a weight, not 「1〜2mの高さ」), and 「何時まで？」 an hour or an end said
    (「9:00〜13:00」, 「診療終了の15分前まで」, 「休診」), not 「土曜日の午前に」."""
    counts = english and bool(_HOW_MANY.search(question))
    asked = unicodedata.normalize("NFKC", question)
    if _ASKS_PRICE.search(question) or (english and not _ASKS_NUMBER_EN.search(question)
                                        and _ASKS_PRICE_EN.search(question)):
        holds = _PRICE
    elif _ASKS_NUMBER.search(question) or counts:
        holds = next((units for measure, units in MEASURE_UNITS if measure.search(asked)), _NUMBER)
    elif _ASKS_CLOCK.search(question) and question_type(question) != "which":  # not 「どちらの開館時間が短い？」
        # 「何時まで？」 asks the hour a time ends (or how long before another): 「土曜日の午前に」 does not say it.
        holds = _HOUR if _ASKS_HOUR.search(question) else _CLOCK
    else:
        return np.ones(len(sentences), dtype=np.float32)
    said = set(_COUNTED.findall(asked))
    counting = holds is _NUMBER and bool(_ASKS_COUNT.search(question))

    def unsaid(sentence: str) -> str:
        sentence = unicodedata.normalize("NFKC", sentence)
        sentence = sentence if holds is _CLOCK else _PHONE.sub("", _CODE.sub("", sentence))
        sentence = _CLOCK_TIME.sub("", sentence) if counting else sentence
        for count in said:
            sentence = sentence.replace(count, "")
        return sentence

    return np.array([bool(holds.search(unsaid(s))) for s in sentences], dtype=np.float32)


# A line that starts with a label: "- ロシア: NATOの拡大阻止…", "・EU・日本など支援国：…", or a list item
# whose marker a reader dropped ("個人プラン: 月額500円…" from Markdown or Word).
_LABELLED_LINE = re.compile(rf"(?:{LIST_MARKER})?[ \t　]*([^:：\n。、]{{2,30}}?)[ \t　]*([:：])([ \t　]*)\S")
_LATIN_WORDS = re.compile(r"[a-z0-9]+")


def line_label(text: str, start: int, tables: Tables = NO_TABLES) -> str | None:
    """The label of the line a sentence opens ("ロシア" of "- ロシア: …", "チームプラン" of the table row
    "チームプラン | 月額900円 | 1TB"), or None when the sentence
    does not open a line or the line has none. Lines that only look labelled are left out: a time
    (9:00, 午前9:00), a colon inside brackets (「バヤズィト1世(トルコ語:…)は」), a link or a path
    (https://, C:\\), a sentence before its colon ("The reason is simple: …")."""
    if start > 0 and text[start - 1] != "\n":
        return None
    if tables.holds(start):  # a table row: its first cell
        line_end = text.find("\n", start)
        label = text[start:line_end if line_end >= 0 else len(text)].split(CELL_SEPARATOR, 1)[0].strip()
        return label if 2 <= len(label) <= 30 or _KANJI.fullmatch(label) or _WEEKDAYS.fullmatch(label) else None
    m = _LABELLED_LINE.match(text, start)
    if not m:
        return None
    label, colon, space = m.group(1).strip(), m.group(2), m.group(3)
    latin = label.isascii()
    time = label[-1].isdigit() and text[m.end() - 1].isdigit()
    if time or open_brackets(label) or (latin and (colon != ":" or not space)):
        return None
    return None if latin and len(label.split()) > 3 else label


def near_earlier_answer(question: str, items: list[Candidate], probabilities: np.ndarray,
                        documents: Mapping[str, Document], earlier: tuple[str, int, int], reach: int,
                        far_weight: float, repeat_weight: float, asked_before: str = "") -> np.ndarray:
    """A follow-up is answered next to what the turn before it quoted (`earlier`: the document and
    span of that quote's sentence): the candidates farther than `reach` characters from it weigh
    `far_weight` (when any is near: its passage may not be among the hits), and that sentence itself
    `repeat_weight`, since the follow-up asks something else. Unless it names another column of the
    table row quoted (「平日だったら？」 after 「日曜、小学生の子はいくら？」): that row answers again, first.
    Nor when that sentence says more amounts than the earlier question (`asked_before`) asked for
    (「5GHz帯の最大通信速度は？」 over a line of both bands' speeds): a follow-up may ask another of them,
    and one that names its subject there alone (「2.4GHzのほうは？」) is answered by it, first."""
    doc_id, start, end = earlier
    far = [c.doc_id != doc_id or c.start > end + reach or c.end < start - reach for c in items]
    if not all(far):
        probabilities = probabilities * np.where(far, far_weight, 1.0)
    again = [c.doc_id == doc_id and start <= c.start and c.end <= end for c in items]
    if any(again) and names_a_column(question, documents[doc_id], start):
        return _put_first(probabilities, again.index(True))
    said = documents[doc_id].text[start:end]
    if _lists_amounts(asked_before, said):
        subject = _ELLIPSIS.fullmatch(_normalized(question).strip())
        if any(again) and subject and len(subject.group(2)) >= 2 and subject.group(2) in _normalized(said):
            return _put_first(probabilities, again.index(True))
        return probabilities
    return probabilities * np.where(again, repeat_weight, 1.0)


# An ellipsis naming only its subject: 「2.4GHzのほうは？」, 「じゃあ大人だと？」.
_ELLIPSIS = re.compile(r"(じゃあ|じゃ|では|で、|それなら|なら)?、?(.{1,15}?)(のほう|の方)?"
                       r"(は|だと|なら|だったら|では)[?？]?")
_DIGITS = re.compile(r"[0-9]+")
# A range asked (「何時から何時まで？」) is answered by two amounts at once.
_ASKS_RANGE = re.compile(r"から.*まで|\bfrom\b.*\b(to|until)\b", re.IGNORECASE)


def _lists_amounts(asked_before: str, sentence: str) -> bool:
    """Whether the earlier question asked an amount (a price, an hour, a number) and the sentence that
    answered it says more of them than it asked for: the amounts of several things side by side
    (「5GHz帯 2402Mbps、2.4GHz帯 574Mbps」, 「大人300円、中学生以下は無料」)."""
    if not asked_before:
        return False
    said = unicodedata.normalize("NFKC", sentence)
    least = 3 if _ASKS_RANGE.search(asked_before) else 2
    if _ASKS_PRICE.search(asked_before):
        return len(_PRICE.findall(said)) >= least
    if _ASKS_CLOCK.search(asked_before):
        return len(_CLOCK_TIME.findall(said)) >= least
    if _ASKS_NUMBER.search(asked_before) or question_type(asked_before) == "how_many":
        return len(_DIGITS.findall(said)) >= least
    return False


# A troubleshooting table's remedy column (症状 | 原因 | 対処) is what 「どうすればいい？」 asks for.
_REMEDY_COLUMN = re.compile(r"対処|処置|対策|対応|処理|解決|直し方|remed|solution|what to do", re.IGNORECASE)
_ASKS_REMEDY = re.compile(HOW_TO + r"|直(る|す|せる|ります|せます|し方|すには)|治(る|す)|対処"
                          r"|\bwhat (should|do|can) (i|we) do\b|\bhow (do|can|should) (i|we) (fix|solve)",
                          re.IGNORECASE)


def _says_only(question: str, text: str) -> bool:
    """Whether every word of `question` (its content words, its Latin letters and digits) is in `text`:
    「E3が出たらどうすればいい？」 is about the E3 row, 「じゃあE5はどうすればいい？」 is not."""
    words = set(content_words(question)) | set(_LATIN_WORDS.findall(question))
    return all(word.lower() in text for word in words)


def names_a_column(question: str, doc: Document, offset: int) -> bool:
    """Whether `question` names a column of the table whose row is at `offset` (「平日だったら？」 over
    「区分 | 平日 | 土日祝」), and no other row (「大人の平日料金は？」 asks for the 大人 row): asked after
    that row was quoted, it asks for the row's other cell. The first column names the rows' labels.
    Where the reader knew no header row (a PDF's table, an HTML table of `<td>` alone), the first row
    is one when it reads like one, with no number in it (「区分 | 通院 | 入院」, not 「4月10日 | 入学式 | 体育館」).
    A question asking how to fix it and nothing the row does not say (「どうすればいい？」, 「E3が出たら
    どうすればいい？」) names a troubleshooting table's remedy column (症状 | 原因 | 対処方法)."""
    table = next(((a, b) for a, b in doc.tables.spans if a <= offset < b), None)
    if table is None:
        return False
    headers = [h for h in doc.tables.headers if table[0] <= h <= offset]
    if not headers and not _HAS_DIGIT.search(doc.text[table[0]:table[1]].split("\n", 1)[0]):
        headers = [table[0]]
    if not headers:
        return False
    asked = _normalized(question)

    header, *rows = doc.text[max(headers):table[1]].split("\n")
    row = doc.text[doc.text.rfind("\n", 0, offset) + 1:].split("\n", 1)[0]

    def cells(line: str) -> list[str]:
        return [_normalized(cell.strip()) for cell in line.split(CELL_SEPARATOR)]

    others = [cells(line)[0] for line in rows if line and line != row]
    remedy = bool(_ASKS_REMEDY.search(asked)) and _says_only(_ASKS_REMEDY.sub(" ", asked), _normalized(row))
    named = any(len(cell) >= 2 and (cell in asked or (remedy and _REMEDY_COLUMN.search(cell)))
                for cell in cells(header)[1:])
    return named and not any(len(label) >= 2 and label in asked for label in others)


def labels_named_in_words(question: str, labels: list[str]) -> list[float]:
    """How much of each label the question says: the share of its character bigrams in the question,
    or of its words for a label in Latin letters ("Other" is not named by "Where is the tower?"); a
    label of weekdays (土, 月・火・木・金) is named as a weekday (「土曜は？」), one kanji as a word of its own."""
    asked_bigrams = _grams(question)[1]
    asked_words = set(_LATIN_WORDS.findall(_normalized(question)))

    def share(label: str) -> float:
        if label.isascii():
            words = set(_LATIN_WORDS.findall(_normalized(label)))
            return len(words & asked_words) / len(words) if words else 0.0
        if _WEEKDAYS.fullmatch(label):  # 土 of 「土 | 9:00〜13:00」 is named by 「土曜は？」
            return 1.0 if any(f"{day}曜" in question for day in _WEEKDAY.findall(label)) else 0.0
        if _KANJI.fullmatch(label):  # 酢 by itself, not inside 甘酢あん
            return 1.0 if re.search(rf"(?<![一-龯々ァ-ヺー]){label}(?![一-龯々ァ-ヺー])", question) else 0.0
        bigrams = _grams(label)[1]
        return len(bigrams & asked_bigrams) / len(bigrams) if bigrams else 0.0

    return [share(label) for label in labels]


def labels_named_by_cosine(labels: list[str], cosines: np.ndarray, margin: float) -> list[float]:
    """For a question in another script ("What does Ukraine seek?" over 「- ウクライナ: …」): the label
    closest to the question in meaning is named when there are others to compare it with and it leads
    the next one by `margin`; no label is named otherwise."""
    closest: dict[str, float] = {}
    for label, c in zip(labels, cosines.tolist(), strict=True):
        closest[label] = max(c, closest.get(label, -1.0))
    ranked = sorted(closest.values(), reverse=True)
    if len(ranked) < 2 or ranked[0] - ranked[1] < margin:
        return [0.0] * len(labels)
    return [float(closest[label] == ranked[0]) for label in labels]


LabelNamer = Callable[[str, list[str]], list[float]]


def labelled_item_first(question: str, labels: dict[int, str], items: list[Candidate], probabilities: np.ndarray,
                        sure: float, named_by: LabelNamer = labels_named_in_words,
                        anywhere: bool = False) -> np.ndarray:
    """An item of a labelled list (`labels`: candidate -> label, "- ロシア: …") whose label the question
    names (「ウクライナは何を目指している？」; `named_by` scores each label, 0.5 or more is named, and
    it must name one label more than any other) goes first when its list is where the answer is
    likely to be: the likeliest sentence is another item of it, or the likeliest is below `sure` and
    the list lies in the passage retrieval ranked first (or in any of them, `anywhere`). A "list" is
    the labelled lines of one
    passage. The model, trained on paragraphs without lists, weighs a label like any word the other
    sentences repeat; which item answers is said by the labels."""
    if not len(probabilities):
        return probabilities
    best = int(np.argmax(probabilities))
    lists = {(items[i].doc_id, items[i].passage) for i in labels
             if i == best or ((anywhere or items[i].passage == 0) and probabilities[best] < sure)}
    listed = [i for i in labels if (items[i].doc_id, items[i].passage) in lists]
    if not listed:
        return probabilities
    named = dict(zip(listed, named_by(question, [labels[i] for i in listed]), strict=True))
    top = max(named.values())
    chosen = [i for i in listed if named[i] == top]
    if len(chosen) > 1 or chosen[0] == best or top < 0.5 or top <= named.get(best, 0.0):
        return probabilities
    return _put_first(probabilities, chosen[0])


def named_row_first(question: str, labels: dict[int, str], items: list[Candidate], probabilities: np.ndarray,
                    documents: Mapping[str, Document], sure: float) -> np.ndarray:
    """A table row whose first cell the question says whole (「和食の基本コースはいくら？」 over
    「和食の基本 | 全4回 | 14,000円」, 「れんこんは？」 over 「れんこん | 小1節（約150g）」) goes first,
    wherever among the passages, unless the model gives another sentence at least `sure`, that
    sentence says the label too, or another row is named as wholly. The first row of a table whose
    reader marked no header row (a PDF's) is taken for one. The model never saw a table: a sentence
    elsewhere that repeats the question's other words (「選んだのは…「キッチンスタジオ・こむぎ」。」) beat
    the row."""
    if not len(probabilities) or probabilities.max() >= sure:
        return probabilities

    def value_row(c: Candidate) -> bool:  # cells after the label (「甘酢あん」 alone groups rows)
        doc = documents[c.doc_id]
        span = next(((a, b) for a, b in doc.tables.spans if a <= c.start < b), None)
        if span is None or CELL_SEPARATOR not in doc.text[c.start:c.end]:
            return False
        # The first row of a table whose reader marked no header row (a PDF's) may still be one.
        return c.start != span[0] or any(span[0] <= h < span[1] for h in doc.tables.headers)

    rows = {i: label for i, label in labels.items() if value_row(items[i])}
    named = [i for i, share in zip(rows, labels_named_in_words(question, list(rows.values())), strict=True)
             if share == 1.0]
    best = int(np.argmax(probabilities))
    best_says = _normalized(documents[items[best].doc_id].text[items[best].start:items[best].end])
    if len({rows[i] for i in named}) != 1:
        return probabilities
    label = rows[named[0]]
    weekdays = _WEEKDAYS.fullmatch(label)  # 「土曜日の午前に…」 says 土 as a weekday, 「土地」 does not
    if labels_named_in_words(best_says, [label])[0] == 1.0 if weekdays else _normalized(label) in best_says:
        return probabilities
    chosen = max(named, key=lambda i: probabilities[i])
    return probabilities if chosen == best else _put_first(probabilities, chosen)


def pivot_row_first(question: str, nouns: tuple[str, ...], items: list[Candidate], probabilities: np.ndarray,
                    documents: Mapping[str, Document], said: tuple[str, int]) -> tuple[np.ndarray, bool]:
    """An elliptical follow-up to an answer that was a table row (`said`: its document and the row's
    start) names another row of that table with the earlier row's label for what it leaves unsaid:
    「ICカードなら？」 after 「大人（現金） | 220円 | 250円」 asks for 「大人（ICカード）」, not 「小児（ICカード）」.
    That row goes first when it is the only one whose label the follow-up and the earlier label say
    whole between them, the follow-up saying part of it and naming nothing outside it (its `nouns`:
    「ICカードのチャージは？」 asks about charging, not the fare). The model reads the follow-up alone, and the
    sentence elsewhere that says ICカード wins, or the section headed 「ICカード」. Returns the
    probabilities and whether a row was put first."""
    doc_id, start = said
    doc = documents[doc_id]
    span = next(((a, b) for a, b in doc.tables.spans if a <= start < b), None)
    earlier = line_label(doc.text, start, doc.tables) if span is not None else None
    if earlier is None:
        return probabilities, False
    rows = {i: label for i, c in enumerate(items) if c.doc_id == doc_id and span[0] <= c.start < span[1]
            and c.start != start and (label := line_label(doc.text, c.start, doc.tables))}
    if not rows:
        return probabilities, False
    labels = list(rows.values())
    together = labels_named_in_words(f"{question}\n{earlier}", labels)
    alone = labels_named_in_words(question, labels)
    named = [i for i, whole, part in zip(rows, together, alone, strict=True) if whole == 1.0 and part > 0
             and all(share == 1.0 for share in labels_named_in_words(rows[i], list(nouns)))]
    if len({rows[i] for i in named}) != 1:
        return probabilities, False
    return _put_first(probabilities, max(named, key=lambda i: probabilities[i])), True


def _put_first(probabilities: np.ndarray, chosen: int) -> np.ndarray:
    """`chosen` takes the best probability and the best takes its: the scores shown stay the model's,
    only their order says what a rule knows better."""
    best = int(np.argmax(probabilities))
    swapped = probabilities.copy()
    swapped[best], swapped[chosen] = probabilities[chosen], probabilities[best]
    return swapped


def definition_first(question: str, items: list[Candidate], probabilities: np.ndarray,
                     documents: Mapping[str, Document]) -> tuple[np.ndarray, int | None, bool]:
    """A question that asks what a term is (qa/definitions.py; in English, "What is Himeji
    Castle?", the sentence's opening subject must hold every word of it) is answered by a sentence
    that defines it, which goes first (taking the best probability, as the list rule does); one that
    says plainly what the term is answers even below the bar, in its own opening words. Of several,
    the best by `definition_preference`, then the one in the passage retrieval ranked higher, the
    earlier, the likelier. Returns the probabilities, the defining candidate (None when there is
    none) and whether it is plain."""
    asked, phrase = asked_term(question), asked_phrase(question)
    if asked is None and phrase is None:
        return probabilities, None, False
    found = {}
    for i, c in enumerate(items):
        doc = documents[c.doc_id]
        named = asked
        if named is None and (subject := subject_named(doc.text[c.start:c.end], phrase)):
            named = Asked(subject, False)
        if named is not None and (definition := definition_preference(named, doc, c.start, c.end)) is not None:
            found[i] = definition
    if not found:
        return probabilities, None, False
    chosen = max(found, key=lambda i: (*found[i], -items[i].passage, -items[i].start, float(probabilities[i])))
    return _put_first(probabilities, chosen), chosen, found[chosen].plain


def section_first(question: str, items: list[Candidate], probabilities: np.ndarray,
                  documents: Mapping[str, Document]) -> tuple[np.ndarray, int | None]:
    """A question that names a section and asks nothing else (qa/sections.py: 「初期化の方法は？」)
    is answered by the sentence that opens it, which goes first as a definition does. Returns the
    probabilities and that candidate (None when no candidate opens a named section). A question
    asking who, when, where, how many, which or what (「山田太郎はどこで死去した？」 under 「死去」) asks
    for a detail of the section, which the model finds."""
    if question_type(question) not in ("how", "other"):
        return probabilities, None
    chosen = section_named(question, [(c.doc_id, c.start) for c in items], documents)
    return (probabilities, None) if chosen is None else (_put_first(probabilities, chosen), chosen)


def steps_first(question: str, items: list[Candidate], probabilities: np.ndarray,
                documents: Mapping[str, Document]) -> np.ndarray:
    """A question asking a way (「ロックルの電池交換のやり方を教えて」) is answered by the sentence that
    announces the steps for it (「電池は、次の手順で交換します。」, quoted with its items, qa/answer.py)
    when one among the candidates shares a word with the question beyond the document's title: the
    likeliest such sentence goes first. The model weighs each sentence alone; a lead-in says little by
    itself and its steps do not repeat the question's words, so a sentence after the list that does
    (「電池を交換しても、登録した設定は消えません。」) was quoted instead. The announcing sentence must
    name every word of the question that the model's likeliest sentence names."""
    if not _asks_way(question) or not items:
        return probabilities

    def named(i: int) -> frozenset[str]:
        doc = documents[items[i].doc_id]
        return shared_words(question, doc.text[items[i].start:items[i].end], doc.title)

    best = named(int(np.argmax(probabilities)))
    chosen: int | None = None
    for i, c in enumerate(items):
        text = documents[c.doc_id].text
        line_end = text.find("\n", c.end)
        # The steps of another task (「パスワードは、次の手順で変更します。」) do not beat a sentence naming
        # what they leave unsaid (「パスワードを忘れたときは、…」), nor do 「入居当日は、次の順番で…」 the ガス asked.
        # The sentence ends its line and list items follow it (after a blank line at most, as a quote
        # brings them: qa/answer.py).
        if _ANNOUNCES_STEPS.search(text[c.start:c.end]) and line_end >= 0 and not text[c.end:line_end].strip() \
                and announced_items(text, c.start, line_end) > line_end \
                and (shared := named(i)) and best <= shared \
                and (chosen is None or probabilities[i] > probabilities[chosen]):
            chosen = i
    return probabilities if chosen is None else _put_first(probabilities, chosen)


def within_named_section(question: str, items: list[Candidate], probabilities: np.ndarray,
                         documents: Mapping[str, Document], weight: float) -> np.ndarray:
    """A question that names a section (qa/sections.py `asks_within`) to ask something in it is
    answered there: the candidates outside every section it names are weighed by `weight`. The model
    sees sentences without their headings (its training paragraphs have none), so a list item
    elsewhere that repeats the question's word (「海鮮丼：朝市の食堂コーナーで…」) beat the section
    about it (「汐見朝市」: 「…日曜と祝日の朝だけ開かれる市場です。」)."""
    inside = np.array([bool(path := documents[c.doc_id].section_at(c.start))
                       and asks_within(question, path, documents[c.doc_id].title) for c in items], dtype=bool)
    return probabilities * np.where(inside, 1.0, weight) if inside.any() else probabilities


def replies_first(items: list[Candidate], probabilities: np.ndarray, documents: Mapping[str, Document],
                  weight: float) -> np.ndarray:
    """A sentence of the text that asks (a comment under a review, an FAQ set as 「Q.」 and 「A.」
    lines, an interviewer) is no answer; its reply is. The reply is the sentence after it on its line
    when that leans back at it (「なぜ白いのか？それは白漆喰が…」), else the first paragraph below of
    sentences or 「A.」 lines, before any next question (a byline such as
    「みなと（筆者）　2026年2月16日」 or a bare 「A.」 is skipped). The model learned on encyclopaedia
    paragraphs, which ask nothing, so the asking sentence, worded like the user's question, was its
    likeliest. Every sentence of the reply takes the asking sentence's probability where that is
    higher, so the reply is quoted whole (its first sentence may be a greeting, 「お問い合わせありがとう
    ございます。」, or say only part); the asking sentence keeps `weight` of its own."""
    out = probabilities.copy()
    order = sorted(range(len(items)), key=lambda j: (items[j].doc_id, items[j].start))
    for at, i in enumerate(order):
        c = items[i]
        text = documents[c.doc_id].text
        if not asks_back(_line_before(text, c.start, c.end), text[c.start:c.end]):
            continue
        line_end = text.find("\n", c.end)
        line_end = len(text) if line_end < 0 else line_end
        reply: list[int] = []
        for j in order[at + 1:]:
            r = items[j]
            said = text[r.start:r.end]
            if r.doc_id != c.doc_id or r.start > line_end + REPLY_REACH:
                break
            if r.start < line_end:  # on the question's line: a reply only when it leans back at it
                if leans_back(said):
                    reply.append(j)
                    break
                continue
            line = _line_before(text, r.start, r.end)
            if asks_back(line, said) or (reply and "\n\n" in text[items[reply[-1]].end:r.start]):
                break  # the next question, or the paragraph after the reply
            if len(_WORD_CHARACTER.findall(said)) >= 4 and (reads_as_sentence(said) or ANSWER_LINE.match(line)):
                reply.append(j)
        for j in reply:
            out[j] = max(out[j], probabilities[i])
        out[i] = probabilities[i] * weight
    return out


def _line_before(text: str, start: int, end: int) -> str:
    """The line of `text[start:end]` from its beginning to `end`."""
    return text[text.rfind("\n", 0, start) + 1:end]


def reason_first(items: list[Candidate], sentences: list[str], probabilities: np.ndarray,
                 said: tuple[str, int, int], documents: Mapping[str, Document],
                 sentence: tuple[int, int] | None = None) -> np.ndarray:
    """A follow-up asking why of the earlier answer (「それはなぜ？」, 「なんでその時間帯はずれるの？」)
    asks the reason for what the earlier turn quoted (`said`: its document and span; `sentence`: the
    span of the sentence it was quoted for, inside it): the sentence giving a reason nearest to that
    sentence goes first — inside it, else after it within the quote, else, for a list item, its lead-in
    shown above it (「安全のため、次のものは持ち込めません。」), else after the quote, else before it (a
    sentence before gives the reason for itself: 「…使いますので、お持ちください。」「県外では使えません。」),
    within `REASON_REACH` characters, in the same section or saying a word of the quote (a paper's
    discussion explains its results: 「明け方に誤差が大きくなった主な原因として…」). Scored alone, the
    follow-up finds the earlier answer again (it repeats the earlier question's words), and a reason
    elsewhere in the document answers another why."""
    doc_id, start, end = said
    first, last = sentence or (start, end)
    text = documents[doc_id].text
    section = documents[doc_id].section_at(start)
    topic = set(content_words(text[start:end]))
    item = item_marker(text[text.rfind("\n", 0, first) + 1:last]) is not None

    def place(c: Candidate) -> tuple[int, int]:
        if c.start >= first and c.end <= last:
            return 0, c.start - first
        if c.start >= last:
            return (1, c.start - last) if c.end <= end else (3, c.start - end)
        return (2, first - c.end) if item and c.start >= start else (4, first - c.end)

    near = [i for i, c in enumerate(items) if c.doc_id == doc_id and gives_reason(sentences[i])
            and start - REASON_REACH <= c.start and c.end <= end + REASON_REACH
            and (documents[doc_id].section_at(c.start) == section or topic & set(content_words(sentences[i])))]
    return _put_first(probabilities, min(near, key=lambda i: place(items[i]))) if near else probabilities


def reason_given_first(probabilities: np.ndarray, reasons: list[bool], ratio: float) -> np.ndarray:
    """Asked why (`asks_why`), when the likeliest sentence's quote gives no reason (`reasons`: whether
    each candidate's does, itself or with the sentence joining it), the likeliest one whose quote does
    goes first if the model finds it at least `ratio` as likely: the model, trained on questions that
    hardly ask why, prefers the sentence that restates what was asked about (「【決定事項】新フィルムへの
    切り替えは今回は見送る。」 over 「…酸素を通しやすいため、…との指摘があった。」)."""
    if not len(probabilities):
        return probabilities
    best = int(np.argmax(probabilities))
    giving = [i for i, reason in enumerate(reasons) if reason]
    if reasons[best] or not giving:
        return probabilities
    chosen = max(giving, key=lambda i: probabilities[i])
    return _put_first(probabilities, chosen) if probabilities[chosen] >= ratio * probabilities[best] else probabilities


def settled_first(items: list[Candidate], sentences: list[str], probabilities: np.ndarray,
                  documents: Mapping[str, Document]) -> np.ndarray:
    """Asked how something ended (`asks_outcome`), when the likeliest sentence only reports what was
    proposed (「森下より、…フィルムに変更する案が説明された。」, `only_reports`), the sentence after it that
    settles it (「【決定事項】新フィルムへの切り替えは今回は見送る。」) is quoted first: the proposal shares
    the question's words, the decision answers it. Within `SETTLE_REACH` characters and its section, and
    before the next proposal (a headingless text runs on to other items)."""
    best = int(np.argmax(probabilities))
    if not only_reports(sentences[best]):
        return probabilities
    c = items[best]
    doc = documents[c.doc_id]
    section = doc.section_at(c.start)
    after = sorted((i for i, o in enumerate(items) if o.doc_id == c.doc_id and c.end <= o.start <= c.end + SETTLE_REACH
                    and doc.section_at(o.start) == section), key=lambda i: items[i].start)
    for i in after:
        if _SETTLES.search(sentences[i]):
            return _put_first(probabilities, i)
        if _PROPOSES.search(sentences[i]):  # the next proposal: what follows settles that one
            break
    return probabilities


def next_first(items: list[Candidate], probabilities: np.ndarray, documents: Mapping[str, Document],
               said: tuple[str, int]) -> np.ndarray:
    """A follow-up asking what comes next (「その次は？」, `conversation.asks_next`) is answered by the
    sentence or list item right after what the earlier turn quoted (`said`: its document and the
    quote's end), within `NEXT_REACH` characters and in the same section (after a procedure's last
    step, the next section's first sentence is no next step): the follow-up has no words of its own to
    find it by, and scored alone it finds the earlier answer again, or a sentence saying 「次」."""
    doc_id, end = said
    section = documents[doc_id].section_at(max(end - 1, 0))
    after = [i for i, c in enumerate(items) if c.doc_id == doc_id and end <= c.start <= end + NEXT_REACH
             and documents[doc_id].section_at(c.start) == section]
    return _put_first(probabilities, min(after, key=lambda i: items[i].start)) if after else probabilities


def faq_first(question: str, items: list[Candidate], probabilities: np.ndarray, documents: Mapping[str, Document],
              cosines: Callable[[list[str]], np.ndarray], sure: float, margin: float,
              cross_script: bool = False) -> tuple[np.ndarray, int | None]:
    """An FAQ entry among the candidates (qa/sections.py) whose question is the user's in other words
    (「これで紅茶も作れる？」 for 「紅茶をいれることはできますか？」) is answered by its reply, whose first
    sentence goes first as a definition's does: its question's cosine with the user's (`cosines`) is at
    least `sure` and leads every other entry's by `margin`, the two ask for the same kind of thing (a
    price is not asked by 「病気のときも利用できますか？」, nor a way to book by it or by 「なぜ？」), and the two
    share a word beyond the document's title (for a question in another script, a word found through
    the glossary). e5's cosines of two questions on one page's topic are 0.85–0.87 whatever they ask,
    so the cosine alone took 「子どもが病気のときも、一時預かりを利用できますか？」 for 「一時預かりの予約は
    どうやって入れるの？」. The
    model weighs each sentence of the reply against the question alone and often prefers a later
    one that repeats its words. Returns the probabilities and the reply's first candidate (None when
    no entry is clearly asked); whether it answers is still the model's to say."""
    entries: dict[tuple[str, str], int] = {}
    for i, c in enumerate(items):
        entry = faq_entry(documents[c.doc_id], c.start)
        if entry is not None:
            key = (c.doc_id, entry.question)
            if key not in entries or c.start < items[entries[key]].start:
                entries[key] = i
    if not entries:
        return probabilities, None
    keys = list(entries)
    scores = cosines([asked for _, asked in keys])
    ranked = np.sort(scores)[::-1]
    doc_id, asked = keys[int(np.argmax(scores))]
    if cross_script:
        alike = any(holds(term, reading(asked)) for term in question_terms(question))
    else:
        alike = bool(shared_words(question, asked, documents[doc_id].title))
    if not alike or ranked[0] < sure or (len(ranked) > 1 and ranked[0] - ranked[1] < margin) \
            or _asked_kind(asked) != _asked_kind(question):
        return probabilities, None
    return _put_first(probabilities, entries[doc_id, asked]), entries[doc_id, asked]


def _asks_way(question: str) -> bool:
    return bool(_ASKS_WAY.search(unicodedata.normalize("NFKC", question)))


def _asked_kind(question: str) -> str:
    """What a question asks for, as far as an FAQ entry asking it in other words must ask the same: a
    way to do something (「どうすれば？」, 「何をすればいい？」, "what should I do?"), a person, a time, a
    place, a number, a reason, or anything else (「どうなりますか？」 and 「消える？」 alike)."""
    if _asks_way(question):
        return "way"
    kind = question_type(question)
    return kind if kind in ("who", "when", "where", "how_many", "why") else "open"


def _normalized(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def question_type(question: str) -> str:
    """What the question asks for; read after NFKC, so full-width ｗｈｅｎ or ２ asks the same."""
    question = unicodedata.normalize("NFKC", question)
    for name, pattern in _QUESTION_RES:
        if pattern.search(question):
            return name
    return "other"


@dataclass(frozen=True)
class Candidate:
    """One sentence of a retrieved passage: document offsets, the passage it came from (index into
    `Hits.passages`), its place there, and its neighbours' offsets in that passage (None at an edge)."""

    doc_id: str
    start: int
    end: int
    passage: int
    position: int
    sentences: int
    before: tuple[int, int] | None
    after: tuple[int, int] | None


@dataclass
class Candidates:
    """The candidates of one question with their sentence vectors (and their neighbours', zero at an
    edge), as the store keeps them."""

    items: list[Candidate]
    vectors: np.ndarray
    before: np.ndarray
    after: np.ndarray

    def __len__(self) -> int:
        return len(self.items)


def _in_heading(doc: Document, start: int, end: int, headings: set[int]) -> bool:
    """Whether the sentence `doc.text[start:end]` is a heading line (`headings`: the sections' and a
    title line's starts) or part of a section's heading line: 「Q. 料金はいくらですか？」 is two
    sentences, 「Q.」 and the question. A first line taken for a title only because it does not end
    like a sentence (a JSQuAD paragraph that ends in a bracket) loses only a sentence that is all of it."""
    text = doc.text
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if start in headings and end == line_end:  # a heading that is one sentence (indented or not)
        return True
    first = line_start + len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip())
    return first in headings and end <= line_end and any(s.start == first for s in doc.sections)


def candidates(hits, depth: int) -> Candidates:
    """Every sentence of the top `depth` passages, each once (the best passage's copy when passages
    overlap). Headings, the title, tables' header rows and code are left out: they match every question
    about their section or column and answer none (a question about a heading gets it quoted with the
    sentence under it, a row is quoted under its header)."""
    passages = hits.passages[:depth]
    stored = hits.store.sentences_of([p.row for p in passages]) if passages else []
    dim = len(hits.query_vector)
    items: list[Candidate] = []
    vectors: list[np.ndarray] = []
    before: list[np.ndarray] = []
    after: list[np.ndarray] = []
    seen: set[tuple[str, int, int]] = set()
    zero = np.zeros(dim, np.float32)
    for p_index, (passage, (spans, sentence_vectors)) in enumerate(zip(passages, stored, strict=True)):
        doc = hits.store.documents[passage.doc_id]
        headings, table_headers = doc.heading_starts, doc.tables.headers
        code = doc.code_blocks  # a line of code answers no question; the sentence before it does (qa/answer.py)
        body = [i for i, (a, b) in enumerate(spans.tolist())
                if not _in_heading(doc, a, b, headings) and a not in table_headers
                and not any(x <= a < y for x, y in code)]
        for position, i in enumerate(body):
            start, end = int(spans[i, 0]), int(spans[i, 1])
            if (passage.doc_id, start, end) in seen:
                continue
            seen.add((passage.doc_id, start, end))
            has_before, has_after = i > 0, i + 1 < len(spans)
            items.append(Candidate(passage.doc_id, start, end, p_index, position, len(body),
                                   tuple(spans[i - 1].tolist()) if has_before else None,
                                   tuple(spans[i + 1].tolist()) if has_after else None))
            vectors.append(sentence_vectors[i])
            before.append(sentence_vectors[i - 1] if has_before else zero)
            after.append(sentence_vectors[i + 1] if has_after else zero)

    def stack(rows: list[np.ndarray]) -> np.ndarray:
        return np.stack(rows).astype(np.float32) if rows else np.zeros((0, dim), np.float32)

    return Candidates(items, stack(vectors), stack(before), stack(after))


@lru_cache(maxsize=4096)
def _grams(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Content unigrams (no lone hiragana: particles and endings) and character bigrams."""
    tokens = tokenize([text], "char1-2")[0]
    unigrams = frozenset(t for t in tokens if len(t) == 1 and not _HIRAGANA.match(t))
    bigrams = frozenset(t for t in tokens if len(t) == 2)
    return unigrams, bigrams


def _coverage(question: frozenset[str], weights: dict[str, float], other: frozenset[str]) -> float:
    total = sum(weights[t] for t in question)
    return sum(weights[t] for t in question & other) / total if total else 0.0


def _order(values: np.ndarray) -> np.ndarray:
    """0 for the best value, 1 for the next, ... (ties share the better place)."""
    ranked = np.sort(np.unique(values))[::-1]
    return np.searchsorted(-ranked, -values).astype(np.float32)


def _focus_weights(terms: frozenset[str], sets: list[frozenset[str]]) -> dict[str, float]:
    """Weights of the question's terms by how few of the candidate sentences hold them. The corpus
    idf cannot see that every sentence of the retrieved passages names their topic (水琴窟 in every
    sentence about it), so the sentence that answers, which often leaves the topic unsaid, loses to
    one that repeats it; weighed among the candidates, the topic counts little and what the question
    asks about the topic counts most."""
    n = len(sets)
    return {t: float(np.log((n + 1) / (sum(t in s for s in sets) + 0.5))) for t in terms}


def features(hits, cands: Candidates) -> np.ndarray:
    """One row of `FEATURES` per candidate."""
    store, question = hits.store, hits.question
    q_uni, q_bi = _grams(question)
    terms = sorted(q_uni | q_bi)
    weights = dict(zip(terms, store.term_idf(terms).tolist(), strict=True)) if terms else {}
    qv = hits.query_vector.astype(np.float32)
    cos, cos_before, cos_after = cands.vectors @ qv, cands.before @ qv, cands.after @ qv
    passage_cos = store.vectors_at([p.row for p in hits.passages]) @ qv if hits.passages else np.zeros(0)
    q_norm = _normalized(question)
    qtype = QUESTION_TYPES.index(question_type(question))
    texts = [store.documents[c.doc_id].text for c in cands.items]
    grams = [_grams(t[c.start:c.end]) for t, c in zip(texts, cands.items, strict=True)]
    focus_bi = _focus_weights(q_bi, [g[1] for g in grams])
    focus_uni = _focus_weights(q_uni, [g[0] for g in grams])
    # The question without the words of the candidate's document title and names: what it asks about the topic.
    # A document names its topic in its first sentence and then leaves it unsaid, so among the
    # candidates the topic's words are rare too, and the focus weights alone favour that first
    # sentence (「姫路城(ひめじじょう)は…」) for every question about 姫路城.
    titles = [_grams(f"{p.title}\n{p.section}")[1] for p in hits.passages]
    # The document's other names (the company, the authors above its first heading) count as its title.
    untitled = [q_bi - title - _grams(store.documents[p.doc_id].names)[1]
                for p, title in zip(hits.passages, titles, strict=True)]
    cos_untitled = untitled_cosines(hits, cands, cos)
    rows = []
    for i, c in enumerate(cands.items):
        passage = hits.passages[c.passage]
        asks = untitled[c.passage]
        text = texts[i]
        sentence = text[c.start:c.end]
        s_uni, s_bi = grams[i]
        p_bi = _grams(_span(text, c.before))[1]
        n_bi = _grams(_span(text, c.after))[1]
        s_norm = _normalized(sentence)
        run = difflib.SequenceMatcher(None, q_norm, s_norm, autojunk=False).find_longest_match().size
        rows.append([
            _coverage(q_bi, weights, s_bi),
            _coverage(q_uni, weights, s_uni),
            _coverage(q_bi, weights, p_bi),
            _coverage(q_bi, weights, n_bi),
            _coverage(q_bi, weights, s_bi | p_bi),
            _coverage(q_bi, weights, _grams(passage.text)[1]),
            0.0, 0.0,
            _coverage(q_bi, weights, titles[c.passage]),
            len(s_uni - q_uni) / max(len(s_uni), 1),
            run / max(len(q_norm), 1),
            0.0,
            float(cos[i]),
            float(cos_before[i]) if c.before else 0.0,
            float(cos_after[i]) if c.after else 0.0,
            0.0, 0.0,
            float(passage_cos[c.passage]),
            c.passage,
            c.position,
            c.sentences - 1 - c.position,
            c.sentences,
            len(sentence),
            len(question),
            qtype,
            *(1.0 if pattern.search(sentence) else 0.0 for pattern in _FLAG_RES.values()),
            _coverage(q_bi, focus_bi, s_bi),
            _coverage(q_bi, focus_bi, s_bi | p_bi),
            0.0, 0.0,
            _coverage(q_bi, focus_bi, s_bi | n_bi),
            _coverage(q_uni, focus_uni, s_uni),
            _coverage(asks, focus_bi, s_bi) if asks else -1.0,
            _coverage(asks, focus_bi, s_bi | p_bi) if asks else -1.0,
            0.0,
            cos_untitled[i], 0.0, 0.0,
        ])
    x = np.array(rows, dtype=np.float32).reshape(len(cands), len(FEATURES))
    return _relative(x, FEATURES, (("cov_bigram", "cov_bigram_gap", "cov_bigram_order"),
                                   ("common_run", "common_run_gap", None),
                                   ("focus_bigram", "focus_gap", "focus_order"),
                                   ("focus_untitled", "focus_untitled_gap", None),
                                   ("cos_sentence", "cos_sentence_gap", "cos_order"),
                                   ("cos_untitled", "cos_untitled_gap", "cos_untitled_order")))


def without_title(question: str, title: str) -> str:
    """The question less every run of two or more characters it shares with `title` (longest runs
    first, both read after NFKC, so ？ is ?): 「姫路城の別の呼び名は何？」 over 姫路城 asks 「の別の呼び名は何?」.
    A question that is nothing but its title and question words (「赤血球って何？」) is still embedded
    less the title (BENCHMARKS.md, session 11: the variant that is not was measured and did not land)."""
    question, title = unicodedata.normalize("NFKC", question), unicodedata.normalize("NFKC", title)[:300]
    for n in range(min(len(title), len(question)), 1, -1):  # no run is longer than the question
        for i in range(len(title) - n + 1):
            if title[i:i + n] in question:
                question = question.replace(title[i:i + n], "")
    return question


def untitled_cosines(hits, cands: Candidates, cos: np.ndarray) -> np.ndarray:
    """Each candidate's cosine to the question less its document's title (`without_title`), embedded
    as a query of its own; the plain cosine where the question does not name the title or is nothing
    but it. The dense counterpart of the untitled focus: a question about 姫路城 lies nearest to the
    sentence that names 姫路城 most (「姫路城(ひめじじょう)は、…」) whatever it asks, while what it asks
    about 姫路城 (「の別の呼び名は何?」) lies nearest to the sentence that answers (「別名を白鷺城…」)."""
    question = unicodedata.normalize("NFKC", hits.question)
    names = {p: hits.store.documents[hits.passages[p].doc_id].names for p in {c.passage for c in cands.items}}
    rests = {name: without_title(question, name) for name in names.values()}
    asked = {}
    for p in sorted(names):
        rest = rests[names[p]]
        if rest != question and _WORD_CHARACTER.search(rest):
            asked[p] = rest
    out = cos.astype(np.float32)
    if asked:
        texts = sorted(set(asked.values()))
        vectors = dict(zip(texts, hits.embed_queries(texts).astype(np.float32), strict=True))
        rows = [i for i, c in enumerate(cands.items) if c.passage in asked]
        out[rows] = [float(cands.vectors[i] @ vectors[asked[cands.items[i].passage]]) for i in rows]
    return out


def _relative(x: np.ndarray, names: tuple[str, ...], columns: tuple[tuple[str, str, str | None], ...]) -> np.ndarray:
    """Fill each (value, gap, order) column triple: the value's gap to the best candidate's, and its
    place among the candidates (no order column when None)."""
    if len(x):
        col = {name: i for i, name in enumerate(names)}
        for value, gap, order in columns:
            x[:, col[gap]] = x[:, col[value]] - x[:, col[value]].max()
            if order:
                x[:, col[order]] = _order(x[:, col[value]])
    return x


def _span(text: str, span: tuple[int, int] | None) -> str:
    return text[span[0]:span[1]] if span else ""


def cross_lingual_features(hits, cands: Candidates) -> np.ndarray:
    """One row of `CROSS_FEATURES` per candidate."""
    store = hits.store
    terms = question_terms(hits.question)
    qv = hits.query_vector.astype(np.float32)
    cos, cos_before, cos_after = cands.vectors @ qv, cands.before @ qv, cands.after @ qv
    passage_cos = store.vectors_at([p.row for p in hits.passages]) @ qv if hits.passages else np.zeros(0)
    texts = [store.documents[c.doc_id].text for c in cands.items]
    sentences = [t[c.start:c.end] for t, c in zip(texts, cands.items, strict=True)]
    matrix = held(terms, [reading(s) for s in sentences])
    pairs = list(zip(texts, cands.items, strict=True))
    before = held(terms, [reading(_span(t, c.before)) for t, c in pairs]) | matrix
    after = held(terms, [reading(_span(t, c.after)) for t, c in pairs]) | matrix
    weights = rarity(matrix)
    words = share(matrix, weights)
    passages = coverage(terms, [reading(p.text) for p in hits.passages])
    qtype = QUESTION_TYPES.index(question_type(hits.question))
    flags = [_FLAG_RES[name] for name in ("has_date", "has_quantity", "has_digit")]
    x = np.array([[cos[i], cos_before[i] if c.before else 0.0, cos_after[i] if c.after else 0.0, 0.0, 0.0,
                   passage_cos[c.passage], c.passage, c.position, c.sentences - 1 - c.position, c.sentences,
                   len(sentences[i]), qtype, *(1.0 if f.search(sentences[i]) else 0.0 for f in flags),
                   words[i], 0.0, 0.0, 0.0, 0.0, passages[c.passage], int(matrix[i].sum())]
                  for i, c in enumerate(cands.items)], dtype=np.float32).reshape(len(cands), len(CROSS_FEATURES))
    x[:, CROSS_FEATURES.index("words_window")] = share(before, weights)
    x[:, CROSS_FEATURES.index("words_next")] = share(after, weights)
    return _relative(x, CROSS_FEATURES, (("cos_sentence", "cos_sentence_gap", "cos_order"),
                                         ("words", "words_gap", "words_order")))


class LearnedModel:
    """A trained LightGBM model (its own text format: nothing unpickled) and the record written
    beside it, which must name the features the caller computes."""

    def __init__(self, model_file: Path, feature_names: tuple[str, ...]) -> None:
        import lightgbm

        try:
            self.info = json.loads(model_file.with_suffix(".json").read_text(encoding="utf-8"))
            self.booster = lightgbm.Booster(model_file=str(model_file))
        except (OSError, ValueError, lightgbm.basic.LightGBMError) as exc:
            raise RuntimeError(f"the model {model_file} cannot be read ({exc}); rebuild it with: make train") from exc
        if tuple(self.info.get("features", ())) != feature_names:
            raise RuntimeError(f"the model {model_file} was trained on other features; rebuild it with: make train")

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        if not len(x):
            return np.zeros(0)
        return np.asarray(self.booster.predict(x, num_threads=1), dtype=np.float64)


_models: dict[tuple[Path, tuple[str, ...]], LearnedModel] = {}
_models_lock = threading.Lock()


def get_model(model_file: Path, feature_names: tuple[str, ...] = FEATURES) -> LearnedModel:
    """One loaded model per file in a process."""
    key = (Path(model_file), feature_names)
    with _models_lock:
        if key not in _models:
            _models[key] = LearnedModel(*key)
        return _models[key]
