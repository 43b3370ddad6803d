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

from qa.documents import Document

# 「姫路城とは何ですか？」, 「水琴窟って何？」, 「織田信長は誰？」, 「芥川賞とは？」: a question that asks what a
# term is and nothing else (read after NFKC). 「Xは？」 alone is not one: in a chat it asks for the
# earlier question's predicate about X (「じゃあ日本は？」).
_WHAT_IS = (r"(?:一体|いったい)?(?:何|なに|なん|誰|だれ|どういう|どんな)(?:もの|こと|意味|人|人物|所|ところ|場所)?"
            r"(?:ですか|でしょうか|なのですか|なんですか|なの|なんだ|か)?")
_ASKS_DEFINITION = re.compile(rf"(?:(?:じゃあ|じゃ|では|それでは|ところで)[、,]?)?"
                              rf"(?P<term>.+?)(?:(?:とは|って)(?:{_WHAT_IS})?|は{_WHAT_IS})[?!]*")
_DEFINES = re.compile(r"(?P<reading>\([^)]*\))?(?:とは|は)")  # after the term: a reading in brackets, は or とは
_FAMILY_NAME = 4  # at most this many kanji or katakana before a name asked without them
_NAME_CHARACTERS = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ff]+")
_NO_TERM = re.compile(r"[\u3040-\u309fー]+")  # それ, あれ, こちら: a follow-up's pointer, not a term


def asked_term(question: str) -> str | None:
    """The term a question asks to have defined (「姫路城って何？」 → 姫路城), or None. A term in kana
    alone is a pointer to an earlier turn (「それって何？」), not a term."""
    m = _ASKS_DEFINITION.fullmatch(unicodedata.normalize("NFKC", question).strip())
    if not m:
        return None
    term = m.group("term").strip("「」『』\"' 、,")
    return None if not 2 <= len(term) <= 30 or "、" in term or _NO_TERM.fullmatch(term) else term


def opens_defining(sentence: str, term: str) -> re.Match | None:
    """Where a sentence opens by saying what `term` is: the term (in 「」 or 『』 or not), an optional
    reading in brackets, then は or とは (「姫路城(ひめじじょう)は、…」, 「水琴窟とは、…」). A name asked
    without its family name (「信長って誰？」) is defined by a lead that gives it whole, with a reading:
    「織田信長(おだのぶなが、…)は、…」."""
    sentence = unicodedata.normalize("NFKC", sentence).lstrip(" \u3000")
    for opening in (term, f"「{term}」", f"『{term}』"):
        if sentence.startswith(opening) and (m := _DEFINES.match(sentence, len(opening))):
            return m
    for family in range(1, _FAMILY_NAME + 1):
        if (_NAME_CHARACTERS.fullmatch(sentence[:family]) and sentence.startswith(term, family)
                and (m := _DEFINES.match(sentence, family + len(term))) and m["reading"]):
            return m
    return None


# A sentence that says what something is ends in a copula or a noun (「…日本の城である。」, 「…立憲君主制
# 国家。」, 「…のことをいう。」) or goes on after one (「…有人宇宙飛行計画であり、…」); one that tells what
# it did or is said to do ends in a verb (「…焼失した。」).
_SAYS_WHAT = re.compile(r"(?:である|です|だ|をいう|を指す|のこと|[\u4e00-\u9fff\u30a0-\u30ffA-Za-z0-9])"
                        r"[)」』]*[。.!]?\s*$")
_GOES_ON = re.compile(r"であり[、,]")


def definition_preference(term: str, doc: Document, start: int, end: int) -> tuple[bool, int, bool, int] | None:
    """How well the sentence at `start`:`end` of `doc` defines `term` (higher is better), or None
    when it does not. It opens with the term and は, and gives a reading after the term (an
    encyclopedia's lead), ends in a copula or a noun, or `leads` its document (nothing but headings
    before it: 「赤血球は…運び供給する役割を担い、…排出も行う。」); 「信長は…尾張一国の支配を固めていった。」
    in the middle of a life tells what he did, not who he was. The earlier in its document, the better."""
    sentence = doc.text[start:end]
    m = opens_defining(sentence, term)
    if m is None:
        return None
    norm = unicodedata.normalize("NFKC", sentence)
    reading, says_what = m["reading"] is not None, 2 if _SAYS_WHAT.search(norm) else int(bool(_GOES_ON.search(norm)))
    leads = doc.leads_at(start)
    return (reading, says_what, leads, -start) if reading or says_what or leads else None


def may_define(text: str, term: str) -> bool:
    """A quick look whether a passage can hold a sentence defining `term` (the term, then a reading
    or は/とは), before its sentences are looked at one by one."""
    return re.search(re.escape(term) + "[」』]?" + _DEFINES.pattern, unicodedata.normalize("NFKC", text)) is not None
