"""Follow-up questions without a language model: reading a question against the turn before it.

A chat question often leans on the previous one: a pronoun or demonstrative (「その理由は？」,
"What did they discuss?"), an ellipsis that swaps the subject and keeps the predicate (「じゃあ日本は？」,
"What about Europe?", 「設立当時は？」), or no subject at all (「いつ復活した？」). Alone, such a question
retrieves whatever shares its few words. Here the earlier turn's topic — its content words, and
optionally its retrieved documents as a prior — is carried into the search, while a question that
stands on its own (it names something of its own and has no such cue, or its ellipsis names something
the earlier turn's documents never mention) is left exactly as asked, so a change of topic is never
dragged back. Earlier turns are resolved in order, so a chain of follow-ups keeps its topic; only the
last `followup_turns` questions are read, which keeps a 50-turn chat as fast as its first turn.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from qa.crosslingual import holds, question_terms, reading
from qa.inputs import check_history as history_input
from qa.inputs import check_question
from qa.language import language_of
from qa.lexical import content_words, tagged_words
from qa.retrieve import Hits, Retriever
from qa.selection import HOW_TO, MEASURES
from qa.stores import Store

MAX_HISTORY = 20
PRIOR_POOL = 4  # with a passage prior, candidates searched per passage returned
CARRIED_FROM_ANSWER = 4  # nouns of the earlier quote a follow-up in another language carries

# Question words are pronouns to Sudachi; they ask, they do not refer back.
_JA_QUESTION_WORDS = {"何", "なに", "なん", "いつ", "どこ", "誰", "だれ", "どれ", "どちら", "どなた", "どっち",
                      "いくつ", "いくら", "どう", "どの", "どのよう", "どのような", "どんな", "なぜ", "どうして"}
# Demonstratives and anaphoric nouns that point at something said before.
_JA_ANAPHORS = {"その", "それ", "それら", "この", "これ", "これら", "あの", "あれ", "そこ", "そちら", "彼", "彼女",
                "そっち", "こっち", "あっち", "こちら", "あちら", "ここ", "あそこ", "そいつ", "こいつ", "あいつ",
                "彼ら", "同氏", "同社", "同国", "同党", "同政権", "両者", "両国", "そうした", "こうした", "そんな",
                "こんな", "そういう", "こういう", "もう一方", "もう一つ", "他方", "前者", "後者", "以前", "当時",
                "その後"}
# The same, as Sudachi splits them (そう + いう) or reads them as a word of their own (そんなに).
_JA_POINTING = re.compile(r"もう一方|もう一つ|(そう|こう|ああ)いう|[そこ]のよう[なに]|[そこあ]んなに")
_HOW_TO = re.compile(HOW_TO)
_MEASURE = re.compile(rf"(?:{MEASURES})")
# Openers of an elliptical question: "じゃあ日本は？", "では EU は？".
_JA_OPENERS = ("じゃあ", "じゃ", "では", "それでは", "それなら", "なら", "一方", "他方", "でも", "では、", "で、")
# 何 read together with its counter as one word by Sudachi (何人, 何回, 何歳).
_WHAT_COUNTER = re.compile(r"何[人個回名度件台本匹歳年月日時分秒倍位種冊社校頭機隻棟枚杯階曲話号部点]")
_QUOTED = re.compile(r"[「『]([^「『」』]{2,40})[」』]")
_SPELLED_OUT = re.compile(r"[ァ-ヺー]{2,}|[A-Za-z0-9][A-Za-z0-9.\-]+")  # in katakana, Latin letters, digits
# A name in brackets that opens with a demonstrative: 「ここみる」.
_POINTER_NAME = re.compile(r"[「『]((?:ここ|そこ|あそこ|これ|それ|あれ|この|その|あの|こちら|そちら|あちら)"
                           r"[^「『」』\n]{2,20})[」』]")  # not 「その日」
_JA_LIGHT_NOUNS = {"こと", "もの", "の", "ため", "方", "点", "件", "時", "とき", "場合", "ところ", "中", "等"}

# A follow-up that asks for the other one (「もう一方の説は？」, "What was the other reason?") wants
# something besides what the earlier turn quoted first.
_ANOTHER = re.compile(r"もう一方|もう一つの|もうひとつの|ほか[のに]|他[のに]|別の|残り|\b(other|another|else)\b",
                      re.IGNORECASE)
# 「その次は？」, 「次は何をすればいい？」, 「次の手順は？」, 「そのあとは？」, 「それから？」, 「出したあとは？」,
# 「終わったら？」, 「承認されたら？」, 「入力したら、その次は？」; "Then what?", "What's the next step?",
# "And after that?".
_DONE = r"(終わっ|おわっ|済ん|すん|済ませ|でき|出来|完了し|[^、。?]{1,6}(され|し))(たら|だら)"  # 「入力したら」
_NEXT = re.compile(r"(で|じゃあ|それで|じゃ)?、?"
                   rf"(({_DONE}、?)?((その)?(次|つぎ)(の(手順|ステップ|作業|段階))?|その(あと|後)|それから"
                   r"|[^、。?]{1,8}[ただ](あと|後))(は|に|って)?"
                   rf"|{_DONE})、?"
                   r"(何を?|なに|どうする|どうすれば|どうしたら|すること)?(を?すれば|したら|する)?(いい|よい)?"
                   r"(の|ん|ですか|でしょうか|だっけ)?[?]?$"
                   r"|(and )?(then what|what'?s next|what is next|what comes next|what happens next|(and )?after that"
                   r"|what'?s the next step|what is the next step|next"
                   r"|what (do|should) (i|we) do (next|then|after that))[?]?$", re.IGNORECASE)
# What 「次」 and 「あと」 say of a step, not what it is: the rest of a follow-up asking what is next must be
# the earlier turn's own words (「出したあとは？」 after 「申請っていつまでに出せばいい？」), or it asks about
# something else (「雨が降ったあとは？」 after a question about a trail).
_STEP_WORDS = frozenset({"次", "つぎ", "あと", "後", "手順", "ステップ", "作業", "段階"})
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_EN_ANAPHORS = {"it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "he", "him", "his",
                "she", "her", "there", "then", "former", "latter", "other"}
# These point back only when the question names nothing of its own: "What was the other reason?" leans
# on the turn before, "What is the other name of Himeji Castle?" does not.
_EN_WEAK_ANAPHORS = {"former", "latter", "other"}
_EN_OPENERS = ("what about", "how about", "and what about", "and how about", "and ", "what of", "same for")
_EN_STOPWORDS = {
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "about", "as",
    "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "have", "has", "had", "what", "which",
    "who", "whom", "whose", "when", "where", "why", "how", "can", "could", "would", "should", "will", "shall", "may",
    "might", "must", "not", "no", "yes", "so", "than", "too", "very", "just", "also", "any", "some", "into", "over",
    "there", "here", "i", "you", "we", "me", "us", "my", "your", "our", "say", "says", "said", "tell", "mean",
    "trying", "try", "want", "get", "got", "make", "made", "thing", "things", "else",
    # what a question asks, not what about: "Until what time?", "How long?", "Since when?"
    "until", "till", "since", "long", "much", "many", "often", "far", "then",
} | _EN_ANAPHORS


@dataclass(frozen=True)
class Words:
    """What a question is about, as far as carrying it into another turn goes."""

    nouns: tuple[str, ...] = ()  # what it is about (compounds kept whole), in order
    predicate: tuple[str, ...] = ()  # what it asks of them: verbs, adjectives, nouns used as verbs
    names: tuple[str, ...] = ()  # proper nouns: what an ellipsis with a name of its own replaces
    topic: tuple[str, ...] = ()  # the phrase marked with は/って/も: what an ellipsis with a topic replaces
    anaphor: bool = False  # refers back: 「その」「彼ら」, "they", "this"
    elliptical: bool = False  # a new subject and no predicate: 「じゃあ日本は？」, "What about Europe?"
    anchored: bool = True  # has a noun of its own to search for (else its subject is missing: 「いつ復活した？」)
    quoted: tuple[str, ...] = ()  # named in brackets: 「吾輩は猫である」
    # Names nothing but one common noun (「期間はどのくらい？」, 「目標には届いたの？」): an attribute of
    # what is being talked about, its subject left unsaid as Japanese does.
    attribute: bool = False
    # That noun marked with も (「お金も取られる？」): one more thing about what is being talked about.
    also: bool = False

    @property
    def content(self) -> tuple[str, ...]:
        return (*self.nouns, *self.predicate)


@dataclass(frozen=True)
class Turn:
    """One question read in its conversation."""

    question: str  # as asked (cleaned)
    query: str  # what is searched: the question, plus the earlier turn's topic when it leans on it
    context_from: str | None = None  # the earlier question the topic came from, None when it stands alone
    words: Words | None = None
    # What the answer stage matches sentences against: the question, or the query when the question
    # names nothing of its own (「以前は？」) and the carried topic is all there is to match.
    reads: str | None = None  # None: the question itself


def check_history(history: object) -> list[str]:
    """Earlier questions, oldest first: a list of at most MAX_HISTORY strings (the rule is qa/inputs.py's)."""
    return [h for h in history_input(history, MAX_HISTORY) if h.strip()]


def _japanese_words(question: str) -> Words:
    tagged = tagged_words(question)
    nouns: list[str] = []
    predicate: list[str] = []
    names: list[str] = []
    topic: list[str] = []
    anchors: list[str] = []  # nouns that name a thing, not a time (当時, 以前)
    also: list[str] = []  # nouns marked with も
    compound: list[tuple[str, tuple[str, ...]]] = []

    def flush(next_word: str) -> None:
        word = "".join(w for w, _ in compound)
        headless = all(pos[0] in ("接頭辞", "接尾辞") for _, pos in compound)  # 第 of 第何代, 目 of 何回目
        if compound and not headless and word not in _JA_ANAPHORS | _JA_QUESTION_WORDS | _JA_LIGHT_NOUNS:
            # サ変 nouns before する act as verbs, and 形状詞可能 ones before な/だ/です as adjectives
            # (「なんでダメなんですか？」 names nothing); 副詞可能 nouns (当時, 以前) are times, not topics.
            verbal = ("サ変" in compound[-1][1][2] and next_word in ("し", "する", "さ", "され", "した")) or (
                "形状詞可能" in compound[-1][1][2] and next_word in ("な", "だ", "です", "でしょ", "じゃ"))
            (predicate if verbal else nouns).append(word)
            if any(pos[1] == "固有名詞" for _, pos in compound):
                names.append(word)
            # 副詞可能 nouns (当時, 以前) are times, 形状詞可能 ones used as adverbs (急に) a manner.
            timely = any("副詞可能" in pos[2] for _, pos in compound) or (
                "形状詞可能" in compound[-1][1][2] and next_word == "に")
            if not verbal and not timely:
                anchors.append(word)
            if next_word in ("は", "って", "も") and not timely:
                topic.append(word)
                if next_word == "も":
                    also.append(word)
        compound.clear()

    after_what = False  # a noun right after 何 is part of the question word: 何名, 何種類, 第何代
    for word, pos in tagged:
        noun_part = pos[0] in ("名詞", "接頭辞") or (pos[0] == "接尾辞" and pos[1] == "名詞的")
        counter = after_what and noun_part
        after_what = word in ("何", "なん")
        if noun_part and pos[1] != "数詞" and not counter and not _asks(word):
            if compound and "".join(w for w, _ in compound) in _JA_ANAPHORS:
                flush(word)
            compound.append((word, pos))
            continue
        flush(word)
        if pos[0] in ("動詞", "形容詞") and pos[1] != "非自立可能":
            predicate.append(word)
    flush("")
    # A work or a phrase named in brackets (「吾輩は猫である」で…) is something of the question's own.
    quoted = _QUOTED.findall(question)
    nouns.extend(quoted)
    anchors.extend(quoted)
    # これから and これまで say when, not what: 「これからどんな機能を足すの？」 points at nothing said.
    anaphor = any(w in _JA_ANAPHORS and not (w == "これ" and after in ("から", "まで"))
                  for (w, _), (after, _) in zip(tagged, [*tagged[1:], ("", ())], strict=True)) \
        or bool(_JA_POINTING.search(question))
    opener = question.strip().startswith(_JA_OPENERS)
    # どう alone may ask nothing (「ロシア側はどうですか？」); before a verb it asks how (「ロックル本体を初期化
    # したいとき、どうやればいい？」), unless the question names nothing but its topic (「ハブはどうすればいい？」
    # asks the earlier question of ハブ).
    how_to = bool(_HOW_TO.search(question)) and not set(nouns) <= set(topic)
    asks = any(_asks(w) and w != "どう" for w, _ in tagged) or how_to
    # Predicate-less: nothing but nouns and particles ("日本は？", "設立当時は？", "ロシア側はどうですか？").
    elliptical = opener or (not predicate and not asks)
    attribute = len(set(anchors)) == 1 and not names and not quoted and not _SPELLED_OUT.search(anchors[0])
    return Words(tuple(dict.fromkeys(nouns)), tuple(dict.fromkeys(predicate)), tuple(dict.fromkeys(names)),
                 tuple(dict.fromkeys(topic)), anaphor, elliptical, bool(anchors), tuple(quoted), attribute,
                 attribute and anchors[0] in also)


def _english_words(question: str) -> Words:
    tokens = [t.removesuffix("'s").removesuffix("’s") for t in _EN_WORD.findall(question)]
    lower = [t.lower() for t in tokens]
    content = [t for t, w in zip(tokens, lower, strict=True) if w not in _EN_STOPWORDS and len(w) > 2]
    names = [t for i, t in enumerate(tokens) if i > 0 and t[:1].isupper() and t.lower() not in _EN_STOPWORDS]
    elliptical = question.strip().lower().startswith(_EN_OPENERS)
    pointing = {w for w in lower if w in _EN_ANAPHORS}
    anaphor = bool(pointing - _EN_WEAK_ANAPHORS or (pointing and not names)) and not elliptical
    return Words(tuple(dict.fromkeys(content)), (), tuple(dict.fromkeys(names)), (), anaphor, elliptical,
                 anchored=len(content) >= 2 or bool(names))


def _measures(noun: str) -> bool:
    """Whether a noun is a measure (長さ, 重さ, 定員): what a thing has, never a thing of its own."""
    return bool(_MEASURE.fullmatch(unicodedata.normalize("NFKC", noun)))


def _asks(word: str) -> bool:
    """A question word, also when Sudachi reads it with its counter as one word (何人, 何回; not 何気)."""
    return word in _JA_QUESTION_WORDS or bool(_WHAT_COUNTER.fullmatch(word))


def asks_for_another(question: str) -> bool:
    return bool(_ANOTHER.search(question))


def asks_next(question: str, earlier: str = "") -> bool:
    """Whether a follow-up asks only what comes after the earlier answer (「その次は？」, 「出したあとは？」,
    "Then what?"): the next step of a procedure, the next line of a text. A question that says what it
    wants after it (「洗ったあとはどう乾かす？」) asks for that, and its words find it; one whose words
    the earlier turn (`earlier`: its question and what it quoted) never said asks after something else
    (「雨が降ったあとは？」)."""
    asked = unicodedata.normalize("NFKC", question).strip()
    if not _NEXT.match(asked):
        return False
    return language_of(asked) == "en" or set(content_words(asked)) - _STEP_WORDS <= set(content_words(earlier))


# What a follow-up says of the earlier answer rather than of anything new: 「なんでダメなの？」 after
# 「カフェで仕事してもいい？」 and a rule that forbids it.
_VERDICTS = frozenset({"だめ", "ダメ", "駄目", "無理", "禁止", "必要", "不要", "大事", "大切", "重要"})


def asks_about_answer(question: str, earlier: str) -> bool:
    """Whether a follow-up says nothing the earlier turn (its question and the quote it got,
    `earlier`) did not: then 「それはなぜ？」, 「なんでその時間帯はずれるの？」 or "Why?" ask about that
    answer. 「焼く前に片栗粉をまぶすのはなんで？」 after a question on cooking tips asks about a step
    of its own. Japanese: at least half its content words are the earlier turn's; English: all."""
    if language_of(question) == "en":
        said = reading(earlier)
        return all(holds(term, said) for term in question_terms(question))
    words = set(content_words(question)) - _VERDICTS
    return len(words & set(content_words(earlier))) * 2 >= len(words)


def words_of(question: str) -> Words:
    return _japanese_words(question) if language_of(question) == "ja" else _english_words(question)


def _documents_about(words: Sequence[str], texts: Sequence[str]) -> set[int]:
    """The documents that mention most of `words` (by characters matched): where a turn's topic lives."""
    keys = [unicodedata.normalize("NFKC", w) for w in words if len(w) > 1]
    weights = [sum(len(k) for k in keys if k in t) for t in texts]
    best = max(weights, default=0)
    return {i for i, w in enumerate(weights) if w == best} if best else set()


def _names_elsewhere(words: Words, topic_docs: set[int], texts: Sequence[str], headings: Sequence[str]) -> bool:
    """The question names something the earlier turn's documents never mention but another one does:
    a new topic, not an ellipsis of the old one. A common noun such as 電話番号, 期間 or 大きさ asks
    after an attribute of whatever is being talked about, and a document may say it in other words
    (電話 000-…, 外形寸法): it names a new topic only when another document is titled or headed by
    it (水琴窟, 赤血球). A proper noun, a phrase in brackets, a word in katakana, Latin letters or
    digits (ルーター, AP-520) names one wherever it is."""
    others = [i for i in range(len(texts)) if i not in topic_docs]
    for word in words.content:
        key = unicodedata.normalize("NFKC", word)
        if len(key) < 2 or _said_in(key, texts, topic_docs):
            continue
        # A compound's runs in katakana or Latin letters count alone (空気清浄機AP of 空気清浄機AP-520).
        runs = [key] if word in words.names or word in words.quoted else _SPELLED_OUT.findall(key)
        if _said_in(key, headings, others) or any(
                _said_in(run, texts, others) and not _said_in(run, texts, topic_docs) for run in runs):
            return True
    return False


def _said_in(key: str, texts: Sequence[str], which: Iterable[int]) -> bool:
    return any(key in texts[i] for i in which)


def _with_document_names(question: str, words: Words, texts: Sequence[str]) -> Words:
    """A name the documents write in brackets (「ここみる」, a product) is a name of the question's own,
    though Sudachi reads the demonstrative it opens with as one (ここ + みる): without this, every
    question about it leaned on the turn before."""
    if not words.anaphor or language_of(question) != "ja":
        return words
    asked = unicodedata.normalize("NFKC", question)
    names = [name for name in _pointer_names(texts) if name in asked]
    if not names:
        return words
    rest = asked
    for name in names:
        rest = rest.replace(name, "、")
    return dataclasses.replace(words, nouns=(*names, *words.nouns), names=(*names, *words.names),
                               quoted=(*names, *words.quoted), anaphor=words_of(rest).anaphor, anchored=True,
                               attribute=False)


_pointer_names_of: dict[int, tuple[Sequence[str], frozenset[str]]] = {}


def _pointer_names(texts: Sequence[str]) -> frozenset[str]:
    """The names in brackets in `texts` that open with a demonstrative, read once per loaded index
    (its texts are one list for its life; the last few are kept)."""
    known = _pointer_names_of.get(id(texts))
    if known is not None and known[0] is texts:
        return known[1]
    names = frozenset(m.group(1) for text in texts for m in _POINTER_NAME.finditer(text))
    if len(_pointer_names_of) >= 4:
        _pointer_names_of.clear()
    _pointer_names_of[id(texts)] = (texts, names)
    return names


def read_turn(question: str, previous: Turn | None, texts: Sequence[str], headings: Sequence[str] = ()) -> Turn:
    """`question` as searched after `previous` (already read the same way); `texts` are the indexed
    documents and `headings` their titles and section headings, in the same order."""
    words = _with_document_names(question, words_of(question), texts)
    if previous is None or previous.words is None:
        return Turn(question, question, None, words)
    # "Who was the other astronaut on Apollo 11?" after a question about Apollo 11 asks for the other one.
    same_names = bool(words.names) and {n.lower() for n in words.names} <= {
        w.lower() for w in (*previous.words.names, *previous.words.content)}
    topic_docs: set[int] | None = None  # where the earlier topic lives: looked for only when needed
    attribute = words.attribute
    if attribute and words.predicate:
        # One common noun with a predicate of its own (「目標には届いたの？」) asks after the earlier
        # topic's attribute only when the earlier topic's documents say it; marked with も (「お金も
        # 取られる？」), also when no document does (they say 延滞料金): it adds to the topic.
        topic_docs = _documents_about(previous.words.content, texts)
        said = [unicodedata.normalize("NFKC", noun) for noun in words.nouns]
        attribute = any(_said_in(noun, texts, topic_docs) for noun in said) or (
            words.also and not any(_said_in(noun, texts, range(len(texts))) for noun in said))
    leans = (words.anaphor or words.elliptical or not words.anchored or attribute
             or (same_names and asks_for_another(question)))
    if leans and not words.anaphor:
        topic_docs = _documents_about(previous.words.content, texts) if topic_docs is None else topic_docs
        # After a question whose words no document holds (asked in another language), any name found is new.
        leans = not _names_elsewhere(words, topic_docs, texts, headings or texts)
    if not leans:
        return Turn(question, question, None, words)
    own = set(words.content)
    replaced: set[str] = set()
    if words.elliptical and not words.anaphor:  # "じゃあ日本は？" after "EUは…？": 日本 takes EU's place
        replaced |= set(previous.words.names) if words.names else set()
        # A measure and nothing else (「長さは？」 after 「汐見坂ってなんで猫の坂って呼ばれてるの」) is the earlier
        # subject's; it takes the place of an earlier measure (「高さは？」 after 「灯台の重さは？」) or attribute
        # (「定員は？」 after 「市民ホールの料金は？」, whose subject is 市民ホール).
        if words.topic and _measure_owner(words, previous.words) is None:
            replaced |= set(previous.words.topic)
    # A question with a predicate of its own asks something new about the earlier subject: only the
    # earlier nouns are carried. An ellipsis has none, and takes the earlier one too; so does a bare
    # question word (「どこで？」 after 「古くなった赤血球はどうなる？」 asks where they become so).
    bare = words.elliptical or not words.anchored
    # An earlier question that named nothing (「フル充電したらどれくらいもつ？」) leaves its predicate.
    wanted = previous.words.content if (bare and not words.predicate) or not previous.words.nouns \
        else previous.words.nouns
    carried = [w for w in wanted if w not in own and w not in replaced]
    if not carried:
        return Turn(question, question, None, words)
    kept = [w for w in previous.words.nouns if w in carried]
    merged = Words((*words.nouns, *kept), words.predicate or tuple(w for w in carried if w not in kept),
                   (*words.names, *(n for n in previous.words.names if n in carried)),
                   words.topic or tuple(t for t in previous.words.topic if t in carried))
    query = f"{question} {' '.join(carried)}"
    return Turn(question, query, previous.question, merged, _reads(question, words, previous, replaced, query))


def _measure_owner(words: Words, earlier: Words) -> str | None:
    """The subject a question asking a measure and nothing else belongs to: the earlier question's topic
    when it opens that question (汐見坂 of 「汐見坂ってなんで…」, not the 料金 of 「市民ホールの料金は？」) and
    is no measure itself."""
    if not words.content or not all(map(_measures, words.content)) or not earlier.nouns:
        return None
    first = earlier.nouns[0]
    return first if first in earlier.topic and not _measures(first) else None


def _reads(question: str, words: Words, previous: Turn, replaced: set[str], query: str) -> str:
    """What the answer stage matches sentences against for a follow-up."""
    earlier = previous.reads or previous.question
    # 「もう一方の説は？」 asks the earlier question again for another answer (the earlier ones are not
    # quoted again, qa/answer.py): the earlier question with this one's words, once along a chain.
    if asks_for_another(question):
        if asks_for_another(previous.question):
            return earlier
        return f"{earlier} {_ANOTHER.sub(' ', question).strip()}"
    # 「じゃあ日本は？」 after 「EU諸国はどんな立場に置かれている？」 is that question about 日本 (a
    # question that says more than its subject, 「一茶の別号は？」, asks something of its own).
    subject = (words.names or words.topic or ("",))[0]
    if subject and words.content == (subject,):
        found = [m for w in replaced for m in [_whole_word(w).search(earlier)] if m]
        if len(found) == 1:
            return earlier[:found[0].start()] + subject + earlier[found[0].end():]
        # 「じゃあ長さは？」 after 「汐見坂ってなんで…」 asks 「汐見坂の長さは？」.
        owner = _measure_owner(words, previous.words)
        if owner is not None:
            return f"{owner}の{subject}は？"
    return question if words.anchored else query


def _whole_word(word: str) -> re.Pattern:
    """`word` where it stands alone: between word boundaries for Latin script ("Russia", not
    "Russian"); anywhere for Japanese, which has no spaces."""
    return re.compile(rf"\b{re.escape(word)}\b" if word.isascii() else re.escape(word))


def read_conversation(question: str, history: Sequence[str], texts: Sequence[str], turns: int,
                      headings: Sequence[str] = ()) -> Turn:
    """The last question read after the `turns` questions before it (oldest first)."""
    previous = None
    for earlier in list(history)[-turns:] if turns > 0 else []:
        previous = read_turn(earlier, previous, texts, headings)
    return read_turn(question, previous, texts, headings)


def _with_prior(hits: Hits, prior: Hits, weight: float) -> list:
    """Re-rank `hits` so passages of the documents the earlier turn retrieved come first among equals."""
    prior_docs = {p.doc_id for p in prior.passages[:3]}
    n = len(hits.passages)
    keyed = [(1 - i / n + (weight if p.doc_id in prior_docs else 0.0), -i, p) for i, p in enumerate(hits.passages)]
    ordered = [p for *_, p in sorted(keyed, key=lambda x: (x[0], x[1]), reverse=True)]
    return [dataclasses.replace(p, rank=r) for r, p in enumerate(ordered, start=1)]


def _own_sentences(retriever: Retriever, hits: Hits, question: str, reads: str) -> Hits:
    """The carried topic finds the passages; inside them, the sentence that answers is found with the
    question itself weighted in, or the earlier turn's answer (which matches the carried words best)
    would be quoted again. The hits then read as `reads`: the question asked (its language, its
    names, its question type), whatever was added to find them, unless it names nothing of its own."""
    w = retriever.settings.followup_question_weight
    expanded = hits.embed

    def blended() -> np.ndarray:
        v = w * retriever.embedder.embed_queries([question])[0] + (1 - w) * expanded()
        return v / np.linalg.norm(v)

    return dataclasses.replace(hits, question=reads or question, embed=blended if w > 0 else hits.embed)


def search_after_answer(retriever: Retriever, question: str, turn: Turn, said: str, k: int | None = None,
                        mode: str | None = None) -> tuple[Hits, Turn]:
    """A follow-up in another language than the turn it leans on ("Can I pay with a QR code app?", then
    「じゃあ何が使えるの？」) cannot carry that turn's words: they match nothing in the documents, or the
    wrong document's English (a README's commands). It carries the nouns of what that turn quoted
    (`said`) instead, which are the documents' own words for the topic."""
    carried = [w for w in words_of(said).nouns if w not in question][:CARRIED_FROM_ANSWER]
    if not carried:
        return retriever.search(question, k, mode), turn
    query = f"{question} {' '.join(carried)}"
    reads = question if words_of(question).anchored else query
    turn = dataclasses.replace(turn, query=query, reads=reads)
    return _own_sentences(retriever, retriever.search(query, k, mode), question, reads), turn


def earlier_questions(history: object, max_chars: int) -> list[str]:
    """`history` checked and cleaned; an entry longer than a question may be is cut, not refused."""
    return [check_question(h[:max_chars], max_chars) for h in check_history(history)]


def search(retriever: Retriever, question: str, history: Sequence[str] | None, k: int | None = None,
           mode: str | None = None) -> tuple[Hits, Turn]:
    """Retrieve for `question` read in its conversation: the hits (searched with the resolved query)
    and how the question was read."""
    settings = retriever.settings
    question = check_question(question, settings.max_question_chars)
    history = earlier_questions(history, settings.max_question_chars)
    how = settings.followup_context
    if how == "off" or not history:
        return retriever.search(question, k, mode), Turn(question, question)
    store: Store = retriever.store
    headings = store.normalized_headings
    turn = read_conversation(question, history, store.normalized_texts, settings.followup_turns, headings)
    if turn.context_from is None:
        return retriever.search(question, k, mode), turn
    k = settings.k if k is None else k
    query = turn.query if how in ("words", "both") else question
    if how == "words":
        return _own_sentences(retriever, retriever.search(query, k, mode), question, turn.reads), turn
    # The prior: passages of the documents the earlier turn retrieved move up among a wider pool.
    hits = retriever.search(query, k * PRIOR_POOL, mode)
    earlier = read_conversation(history[-1], history[:-1], store.normalized_texts, settings.followup_turns, headings)
    prior = retriever.search(earlier.query, k, mode)
    hits.passages = _with_prior(hits, prior, settings.followup_prior_weight)[:k]
    return _own_sentences(retriever, hits, question, turn.reads) if how == "both" else hits, turn
