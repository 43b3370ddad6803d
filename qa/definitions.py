"""「姫路城って何？」: questions that ask what a term is, and the sentences that answer them.

It is what a chat user asks of a topic first, and what SQuAD-style training data never asks (its
questions are written against one paragraph), so neither retrieval's ranking nor the learned answer
model serves it: both favour whatever passage or sentence about the term lies nearest, and an
article's lead is one of many that name it. Yet the answer says so in its own opening words —
「姫路城(ひめじじょう)は、兵庫県姫路市にある日本の城である。」 — so recognising question and answer is
plain text work. Retrieval (qa/retrieve.py) makes sure a passage holding such a sentence is among
those it returns; the answer stage (qa/selection.py) quotes it first.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from qa.chunking import sentence_spans
from qa.crosslingual import coverage, question_terms, reading
from qa.documents import Document

# 「姫路城とは何ですか？」, 「水琴窟って何？」, 「織田信長は誰？」, 「芥川賞とは？」, 「姫路城について教えて」: a
# question that asks what a term is and nothing else (read after NFKC). 「Xは？」 alone is not one: in a
# chat it asks for the earlier question's predicate about X (「じゃあ日本は？」); nor is 「参加者は何人？」.
_PERSON = r"誰|だれ|(?:どういう|どんな)(?:人|人物)"
_WHAT_IS = (rf"(?:一体|いったい)?(?:{_PERSON}|何|なに|なん|(?:どういう|どんな)(?:もの|こと|意味|所|ところ|場所)?)"
            r"(?:ですか|でしょうか|なのですか|なんですか|なの|なんだ|か)?")
_ASKS_DEFINITION = re.compile(rf"(?:(?:じゃあ|じゃ|では|それでは|ところで)[、,]?)?"
                              rf"(?P<term>.+?)(?:(?:とは|って)(?:{_WHAT_IS})?|は{_WHAT_IS}|の意味は"
                              rf"|について(?:教えて|説明して|知りたい)(?:ください|下さい|くれる|ほしい|欲しい)?)[?!。]*")
_ASKS_PERSON = re.compile(_PERSON)
# Words that point at an earlier turn (「それって何？」) and clauses (「1910年に亡くなったのは誰？」,
# 「彼が辞めたって？」) are no terms; a title in 「」 may hold anything (「『吾輩は猫である』とは？」).
_POINTERS = frozenset({"それ", "これ", "あれ", "どれ", "そこ", "ここ", "あそこ", "こちら", "そちら", "あちら", "この",
                       "その", "あの", "それら", "これら", "彼", "彼女", "彼ら"})
_CLAUSE = re.compile(r"[がをにでは]|の$")
# "What is Himeji Castle?", "Who was Oda Nobunaga?", "Tell me about the Apollo program."
_ASKS_DEFINITION_EN = re.compile(r"(?:(?:what|who)\s+(?:is|are|was|were)|what\s+does|tell\s+me\s+about)\s+"
                                 r"(?:(?:an?|the)\s+)?(?P<term>.+?)(?:\s+mean)?\s*[?.!]*", re.IGNORECASE)
_READING = r"\((?:[^()]|\([^()]*\))*\)"  # 「織田信長(おだ のぶなが、天文3年5月12日(1534年6月23日) - …)」
_DEFINES = re.compile(rf"(?P<reading>{_READING})?(?:とは|は)")  # after the term: a reading, then は or とは
# The subject a sentence opens with before は/とは: 「姫路城(ひめじじょう)は、…」 → 姫路城.
_OPENING_SUBJECT = re.compile(rf"[「『]?(?P<subject>[^、。()「」『』\s]{{1,30}}?)[」』]?(?:{_READING})?(?:とは|は)")
_FAMILY_NAME = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]{1,4}[ \u3000]?")  # 織田 before 信長
# A sentence that says what something is ends in a copula or a noun (「…日本の城である。」, 「…立憲君主制
# 国家。」, 「…のことをいう。」) or goes on after one (「…有人宇宙飛行計画であり、…」); one that tells what
# it did or is said to do ends in a verb (「…焼失した。」, 「…焼けた(1950年)。」).
_SAYS_WHAT = re.compile(r"(?:である|です|だ|をいう|を指す|のこと|[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9])"
                        r"[」』]*[。.!]?\s*$")
_GOES_ON = re.compile(r"であり[、,]")
_TRAILING_NOTE = re.compile(rf"{_READING}(?=[。.!]?\s*$)")


class Asked(NamedTuple):
    """What a question asks to have defined: the term, and whether it asks who (a person may be
    named without the family name: 「信長って誰？」)."""

    term: str
    person: bool


class Definition(NamedTuple):
    """How a sentence defines the term it opens with; compared as a tuple, higher is better."""

    whole: bool  # the term as asked, not a longer name ending in it (織田信長 for 信長)
    reading: bool  # 姫路城(ひめじじょう)は: an encyclopedia's lead
    says_what: int  # 2: ends in a copula or a noun; 1: goes on after one (であり、); 0: neither
    leads: bool  # nothing but the title and headings before it in its document

    @property
    def plain(self) -> bool:
        """Says plainly what the term is, enough to answer below the bar: a sentence that only leads
        its document (「参加者は5名が辞退した。」) is put first, no more. A longer name counts only for a
        person, and only with a reading (「織田信長(おだのぶなが、…)は…武将」 for 「信長って誰？」)."""
        return self.reading or self.says_what == 2


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def asked_term(question: str) -> Asked | None:
    """What a Japanese question asks to have defined (「姫路城って何？」 → 姫路城), or None."""
    asked = _nfkc(question).strip()
    m = _ASKS_DEFINITION.fullmatch(asked)
    if not m:
        return None
    raw = m.group("term").strip(" 、,")
    term = raw.strip("「」『』\"'")
    quoted = term != raw
    if not 2 <= len(term) <= 30 or "、" in term or term in _POINTERS or (not quoted and _CLAUSE.search(term)):
        return None
    return Asked(term, bool(_ASKS_PERSON.search(asked[m.end("term"):])))


def asked_phrase(question: str) -> str | None:
    """What an English question asks to have defined ("What is Himeji Castle?" → Himeji Castle)."""
    m = _ASKS_DEFINITION_EN.fullmatch(_nfkc(question).strip())
    return m.group("term") if m and len(m.group("term").split()) <= 6 else None


def opening_subject(sentence: str) -> str | None:
    """The subject a Japanese sentence opens with, before は/とは (「姫路城(ひめじじょう)は、…」 → 姫路城)."""
    m = _OPENING_SUBJECT.match(_nfkc(sentence).lstrip(" \u3000"))
    return m.group("subject") if m else None


def subject_named(sentence: str, phrase: str) -> str | None:
    """The subject a Japanese sentence opens with, when it holds every word of an English `phrase`
    (by glossary, romanised reading or sound, qa/crosslingual.py): 姫路城 for "Himeji Castle",
    織田信長 for "Oda Nobunaga". Else None."""
    subject, terms = opening_subject(sentence), question_terms(phrase)
    if not subject or not terms:
        return None
    return subject if coverage(terms, [reading(subject)])[0] >= 1.0 else None


def defined_topic(doc: Document) -> str | None:
    """What a document's first sentence defines, when that is its topic: the subject it opens with
    is (in) the title and the sentence says plainly what it is (「赤血球 - からだの百科」 opening
    「赤血球は血液細胞の一つで…」 → 赤血球). A question about it is sure to be answered."""
    headings = doc.heading_starts
    for start, end in sentence_spans(doc.text):
        if start in headings:
            continue
        subject = opening_subject(doc.text[start:end])
        if not subject or subject not in _nfkc(doc.title):
            return None
        definition = definition_preference(Asked(subject, False), doc, start, end)
        return subject if definition is not None and (definition.plain or definition.leads) else None
    return None


def _opening(sentence: str, term: str, person: bool = False) -> tuple[bool, bool] | None:
    """(whole, reading) when `sentence` opens by saying what `term` is: the term (in 「」 or 『』 or
    not), an optional reading in brackets, then は or とは. A person asked without the family name
    (`person`) is also defined by a lead that names them whole, with a reading:
    「織田信長(おだのぶなが、…)は」 for 信長 (whole False)."""
    sentence, term = _nfkc(sentence).lstrip(" \u3000"), _nfkc(term)
    for opening in (term, f"「{term}」", f"『{term}』"):
        if sentence.startswith(opening) and (m := _DEFINES.match(sentence, len(opening))):
            return True, m["reading"] is not None
    family = _FAMILY_NAME.match(sentence) if person else None
    for end in range(family.end(), 0, -1) if family else ():
        if sentence.startswith(term, end) and (m := _DEFINES.match(sentence, end + len(term))) and m["reading"]:
            return False, True
    return None


def opens_defining(sentence: str, term: str, person: bool = False) -> bool:
    """Whether a sentence opens by saying what `term` is (「姫路城(ひめじじょう)は、…」, 「水琴窟とは、…」)."""
    return _opening(sentence, term, person) is not None


def definition_preference(asked: Asked, doc: Document, start: int, end: int) -> Definition | None:
    """How well the sentence at `start`:`end` of `doc` defines the asked term, or None when it does
    not. It opens with the term and は, and gives a reading after it, ends in a copula or a noun, or
    `leads` its document (「赤血球は…運び供給する役割を担い、…排出も行う。」); 「信長は…尾張一国の支配を
    固めていった。」 in the middle of a life tells what he did, not who he was."""
    sentence = doc.text[start:end]
    opening = _opening(sentence, asked.term, asked.person)
    if opening is None:
        return None
    norm = _TRAILING_NOTE.sub("", _nfkc(sentence))
    says_what = 2 if _SAYS_WHAT.search(norm) else int(bool(_GOES_ON.search(norm)))
    leads = doc.leads_at(start)
    whole, has_reading = opening
    return Definition(whole, has_reading, says_what, leads) if has_reading or says_what or leads else None


def may_define(text: str, asked: Asked) -> bool:
    """A quick look whether a passage can hold a sentence defining the asked term (the term, then a
    reading or は/とは), before its sentences are looked at one by one."""
    return re.search(re.escape(_nfkc(asked.term)) + "[」』]?" + _DEFINES.pattern, _nfkc(text)) is not None
