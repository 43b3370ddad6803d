"""From retrieved passages to an answer: verbatim quotes, their sources, and an honest "not found".

Every sentence of the retrieved passages is a candidate; a model trained on JaQuAD (qa/selection.py)
gives each the probability that it holds the answer. The quotes are the likeliest sentences, as
many as passages, ordered by that probability, grown only where a sentence cannot stand alone: a sentence
that leans on the one before (それ/この/It…) takes its antecedent in, a list item comes whole with
its list's lead-in. Quotes are never rewritten: every quote is `document.text[start:end]`. "Found"
needs the best probability over a threshold chosen on JSQuAD validation, and every name the question
asks about in the documents; a question with nothing to search for (punctuation, one repeated
character, digits, keyboard mash) is "not found" before any search.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from qa import conversation
from qa.chunking import leans_back, sentence_spans
from qa.crosslingual import holds, question_terms, reading, unheld_names
from qa.documents import NO_TABLES, Document, Tables, announced_items, announces_list, item_marker, reads_as_sentence
from qa.inputs import check_question, check_threshold
from qa.language import has_content, language_of
from qa.retrieve import Hits, Passage, Retriever, get_retriever, minmax
from qa.sections import heading_over, reply_start
from qa.selection import (
    CROSS_FEATURES,
    Candidate,
    Candidates,
    LabelNamer,
    about_document,
    asks_for_heading,
    asks_outcome,
    asks_where_written,
    asks_why,
    candidates,
    credits_unasked,
    cross_lingual_features,
    definition_first,
    explains,
    faq_first,
    features,
    get_model,
    gives_reason,
    hold_asked_amount,
    hold_asked_kind,
    labelled_item_first,
    labels_named_by_cosine,
    labels_named_in_words,
    line_label,
    named_row_first,
    near_earlier_answer,
    next_first,
    pivot_row_first,
    reason_first,
    reason_given_first,
    replies_first,
    section_first,
    settled_first,
    steps_first,
    what_to_read_about,
    within_named_section,
)
from qa.settings import Settings
from qa.short_answers import short_answer

MAX_QUOTE_CHARS = 300
LABEL_CACHE = 4096  # list labels whose vectors an Answerer keeps
TURN_CACHE = 256  # answers an Answerer keeps for the follow-ups that lean on them
# A sentence that points to the line below it for what it says (「下記へ連絡」, 「次の窓口まで」), and that line
# (after at most one blank line).
_POINTS_BELOW = re.compile(r"(下記|左記)(へ|に|まで|を)|(下記|以下|左記|次)の(連絡先|窓口|宛先|番号|住所|電話)"
                           r"|(?<![0-9０-９])以下(へ|まで)")
_LINE_BELOW = re.compile(r"\n\n?[ \t　]*([^\n]+)")
LEADS = {
    "ja": {"found": "文書の該当箇所です（{n}件）。",
           "not_found": "文書の中に、この質問に答える箇所は見つかりませんでした。",
           "missing": "（「{names}」は文書に出てきません）", "and": "、",
           "closest": "近い箇所（答えになっていない可能性があります）"},
    "en": {"found": "Here is what the documents say ({n} passage{s}).",
           "not_found": "The documents do not seem to answer this question.",
           "missing": " (Not in the passages found: {names}.)", "and": ", ",
           "closest": "Closest passages (may not answer the question)"},
}


@dataclass(frozen=True)
class Quote:
    text: str
    doc_id: str
    title: str
    section: str
    start: int
    end: int
    score: float
    highlights: tuple[tuple[int, int], ...] = ()  # spans inside `text`: the sentence that best answers
    page: int | None = None
    # Document offsets of the sentence the quote was chosen for; its antecedent, list lead-in or the
    # neighbours the model found nearly as likely are shown around it, but only it was the answer.
    sentence: tuple[int, int] | None = None

    @property
    def citation(self) -> str:
        where = f"{self.title} › {self.section}" if self.section else self.title
        page = f", p. {self.page}" if self.page else ""
        return f"{where}{page}, {self.start}–{self.end}"


@dataclass
class Answer:
    question: str
    language: str
    found: bool
    lead: str
    quotes: list[Quote] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    confidence: float = 0.0
    missing_names: list[str] = field(default_factory=list)
    short: str | None = None  # the phrase that answers, inside the first quote, when the model is sure
    short_span: tuple[int, int] | None = None  # its offsets in the first quote's document
    context_from: str | None = None  # a follow-up: the earlier question whose topic the quotes were found with

    def to_dict(self) -> dict:
        return {"question": self.question, "language": self.language, "found": self.found, "lead": self.lead,
                "confidence": round(self.confidence, 4), "missing_names": self.missing_names,
                "short": self.short, "short_span": list(self.short_span) if self.short_span else None,
                "context_from": self.context_from,
                "quotes": [{"text": q.text, "doc_id": q.doc_id, "title": q.title, "section": q.section,
                            "start": q.start, "end": q.end, "score": round(q.score, 4),
                            "highlights": [list(h) for h in q.highlights]} for q in self.quotes]}


class Answerer:
    """Turns a question into an `Answer` over one index."""

    def __init__(self, retriever: Retriever) -> None:
        self.retriever = retriever
        self._label_vectors: OrderedDict[str, np.ndarray] = OrderedDict()  # list labels, embedded once
        # Earlier turns' answers by (index generation, question, its history, k, mode, threshold): a
        # follow-up reads the answer of the turn it leans on, which the chat asked a moment before.
        self._turns: OrderedDict[tuple, Answer] = OrderedDict()
        self._lock = threading.Lock()

    @property
    def settings(self) -> Settings:
        return self.retriever.settings

    def answer(self, question: str, k: int | None = None, mode: str | None = None,
               threshold: float | None = None, history: list[str] | None = None) -> Answer:
        """Quotes from the retrieved passages, and whether they answer the question. With `history`
        (earlier questions, oldest first) a follow-up is searched with the topic of the turn it leans
        on (qa/conversation.py), and the answer says which question that was."""
        text = check_question(question, self.settings.max_question_chars)
        # An English question of question words alone ("What is ?", "What is it?") asks nothing either,
        # unless an earlier turn says what "it" is.
        asks_nothing = language_of(text) == "en" and not question_terms(text) and not history
        if not has_content(text) or asks_nothing:
            return Answer(text, language_of(text), False, lead(language_of(text), False, 0, []))
        generation = self.retriever.store.generation  # before answering: a rebuild may land meanwhile
        answer = self._in_conversation(text, k, mode, threshold, history)[0]
        earlier = conversation.earlier_questions(history, self.settings.max_question_chars) if history else []
        self._remember((generation, text, tuple(earlier), k, mode, threshold, True), answer)
        return answer

    def _remember(self, key: tuple, answer: Answer) -> None:
        """Keep a copy: the caller may change the answer it was given."""
        kept = replace(answer, quotes=list(answer.quotes), passages=list(answer.passages),
                       missing_names=list(answer.missing_names))
        with self._lock:
            self._turns[key] = kept
            self._turns.move_to_end(key)
            while len(self._turns) > TURN_CACHE:
                self._turns.popitem(last=False)

    def _in_conversation(self, text: str, k: int | None, mode: str | None, threshold: float | None,
                         history: list[str] | None, near_prior: bool = True) -> tuple[Answer, tuple[Quote, ...]]:
        """The answer, and the first quotes of the earlier turns it must not repeat: a question asking
        for the other one (「他には？」) gets neither the earlier answer nor, along a chain of such
        questions, any answer before it. A follow-up is answered near the earlier turn's answer
        (`near_prior`; not when that earlier answer is itself being re-read, so one follow-up costs at
        most one more answer)."""
        hits, turn = conversation.search(self.retriever, text, history, k, mode)
        if turn.context_from is not None and language_of(turn.context_from) != language_of(text) \
                and self.settings.followup_context in ("words", "both"):
            # The earlier question's words are carried only when they are the documents' language.
            _, before = self._earlier_answer(turn.context_from, k, mode, threshold, history, hits.store.generation)
            said = before.quotes[0] if before.quotes else None
            if said is not None and said.doc_id in hits.store.documents \
                    and hits.store.documents[said.doc_id].language != language_of(turn.context_from):
                hits, turn = conversation.search_after_answer(self.retriever, text, turn, said.text, k, mode)
        answered: tuple[Quote, ...] = ()
        reason_for: Quote | None = None
        near: Quote | None = None
        near_asked = ""  # the question `near` answered
        after: Quote | None = None
        beside: Quote | None = None
        where = asks_where_written(text) if turn.context_from is not None else None
        if where is not None:
            written = self._where_written(text, where, turn.context_from, k, mode, threshold, history, hits)
            if written is not None:
                written.context_from = turn.context_from
                return written, answered
        if turn.context_from is not None and conversation.asks_for_another(text):
            earlier = conversation.earlier_questions(history, self.settings.max_question_chars)
            before, answered = self._in_conversation(earlier[-1], k, mode, threshold, earlier[:-1])
            answered += tuple(before.quotes[:1]) if before.found else ()
        elif turn.context_from is not None and asks_why(text):
            hits, reason_for = self._reason_asked(text, hits, turn.context_from, k, mode, threshold, history)
        elif turn.context_from is not None and (near_prior or conversation.asks_next(text)):
            # (A chain of 「その次は？」 is followed back through each turn: each follows the one before.)
            asked_before, before = self._earlier_answer(turn.context_from, k, mode, threshold, history,
                                                        hits.store.generation)
            near = before.quotes[0] if before.quotes and before.quotes[0].doc_id in hits.store.documents else None
            if near is not None:
                hits = _with_passage_of(hits, near, before.passages)
                near_asked = asked_before
            # What comes next, or the row beside, follows an answer the user could trust.
            if near is not None and before.found:
                beside = near
                after = near if conversation.asks_next(text, f"{asked_before}\n{near.text}") else None
        answer = self.from_hits(hits, threshold, answered, reason_for, asked=text, near=near, after=after,
                                beside=beside, near_asked=near_asked)
        answer.question = text
        answer.context_from = turn.context_from
        asked_in = language_of(text)
        if asked_in != answer.language:  # read as an earlier question in the other language
            answer.language = asked_in
            answer.lead = lead(answer.language, answer.found, len(answer.quotes), answer.missing_names)
        return answer, answered

    def _where_written(self, question: str, where: tuple[str, str], context_from: str, k: int | None,
                       mode: str | None, threshold: float | None, history: list[str] | None,
                       hits: Hits) -> Answer | None:
        """A follow-up asking where the earlier answer is written (「それって何条に書いてある？」) is answered by
        the heading over it, at the level asked (qa/sections.py `heading_over`), quoted down to that
        answer when it fits: the user wants the article, not another sentence. Only when the follow-up
        asks nothing else (its rest says only what the earlier turn did); else None."""
        unit, rest = where
        asked_before, before = self._earlier_answer(context_from, k, mode, threshold, history, hits.store.generation)
        said = before.quotes[0] if before.quotes else None  # sure or not, it is what the user read
        doc = hits.store.documents.get(said.doc_id) if said is not None else None
        if doc is None or (rest and not conversation.asks_about_answer(rest, f"{asked_before}\n{said.text}")):
            return None
        at = said.sentence[0] if said.sentence else said.start
        start = heading_over(doc, at, unit)
        if start is None:
            return None
        if said.start > start and said.end - start <= MAX_QUOTE_CHARS:
            line_end = doc.text.find("\n", start)
            end, spans = said.end, [(0, line_end - start), (at - start, (said.sentence or (at, said.end))[1] - start)]
        else:
            start, end, spans = _heading_quote(doc, start)
        end = min(end, start + MAX_QUOTE_CHARS)
        quote = Quote(doc.text[start:end], said.doc_id, said.title, doc.section_at(at), start, end, said.score,
                      _disjoint(tuple((a, min(b, end - start)) for a, b in spans)), doc.page_at(start))
        language = language_of(question)
        return Answer(question, language, before.found, lead(language, before.found, 1, []), [quote], before.passages,
                      said.score, [])

    def _reason_asked(self, question: str, hits: Hits, context_from: str, k: int | None, mode: str | None,
                      threshold: float | None, history: list[str] | None) -> tuple[Hits, Quote | None]:
        """For a follow-up asking why of the earlier answer (「それはなぜ？」, `asks_about_answer`): the first
        quote the turn it leans on showed (sure or not, it is what the user read), and the hits with
        that quote's passage first — searched as 「それはなぜ？ クリニック」, the follow-up may not
        bring it back."""
        asked_before, before = self._earlier_answer(context_from, k, mode, threshold, history, hits.store.generation)
        said = before.quotes[0] if before.quotes else None
        if said is None or not conversation.asks_about_answer(question, f"{asked_before}\n{said.text}"):
            return hits, None
        held = _holding(before.passages, said.doc_id, said.start)
        where = {(p.doc_id, p.start, p.end) for p in held}
        passages = [*held, *(p for p in hits.passages if (p.doc_id, p.start, p.end) not in where)]
        passages = passages[:max(len(hits.passages), 1)]
        return replace(hits, passages=passages), said

    def _earlier_answer(self, context_from: str, k: int | None, mode: str | None, threshold: float | None,
                        history: list[str] | None, generation: object) -> tuple[str, Answer]:
        """The turn a follow-up leans on, and the answer it got (sure or not, it is what the user read):
        the one `answer` gave a moment before when it is kept, else that turn answered again without
        its own near prior."""
        earlier = conversation.earlier_questions(history, self.settings.max_question_chars)
        at = max((i for i, q in enumerate(earlier) if q == context_from), default=len(earlier) - 1)
        key = (generation, earlier[at], tuple(earlier[:at]), k, mode, threshold)
        with self._lock:
            for kept in ((*key, True), (*key, False)):
                if kept in self._turns:
                    self._turns.move_to_end(kept)
                    return earlier[at], self._turns[kept]
        before = self._in_conversation(earlier[at], k, mode, threshold, earlier[:at], near_prior=False)[0]
        self._remember((*key, False), before)
        return earlier[at], before

    def from_hits(self, hits: Hits, threshold: float | None = None, answered: tuple[Quote, ...] = (),
                  reason_for: Quote | None = None, asked: str | None = None, near: Quote | None = None,
                  after: Quote | None = None, beside: Quote | None = None, near_asked: str = "") -> Answer:
        """The answer stage alone, over passages already retrieved (evaluation reuses one search).
        What an earlier turn said (`answered`, when the question asks for the other one) is no
        candidate, and a quote grown over it is not shown; the reason for what it said (`reason_for`,
        when a follow-up asks why) goes first; a follow-up's candidates far from what the turn before
        it quoted (`near`), and that quote's own sentence, weigh less; what comes right after `after`
        goes first (a follow-up asking what is next), and a row of the table `beside` was quoted from
        when an elliptical follow-up names it (both earlier answers found). `asked` is the question in the
        user's own words, when the hits read it with an earlier turn's
        (「前売券はどこで買えるの？ 北川静江 ガラス展 一般 当日券」)."""
        settings = self.settings
        threshold = None if threshold is None else check_threshold(threshold)
        language = language_of(hits.question)
        cands = candidates(hits, len(hits.passages))
        if answered:
            cands = unanswered(cands, answered)
        # The document's language, not the passage's: a Japanese guide's code block is no English text.
        cross_script = bool(hits.passages) and hits.store.documents[hits.passages[0].doc_id].language != language
        sentences = [hits.store.documents[c.doc_id].text[c.start:c.end] for c in cands.items]
        heading = asks_for_heading(hits.question)
        read_for = self._about_section(hits) if heading == "heading" else hits  # embedded once for both uses
        if cross_script:
            # English about Japanese text shares no characters with it: its own model, on the cosines
            # and the question's words found through the glossary and readings (qa/crosslingual.py),
            # trained on translated JaQuAD questions, with its own bar (chosen on translated validation
            # questions; a `threshold` given applies to same-script questions). A question the other way
            # (Japanese about English text) gets it too: its words count nothing, its cosines still do.
            model = get_model(settings.cross_answer_model, CROSS_FEATURES)
            probabilities = model.probabilities(cross_lingual_features(hits, cands)) * hold_asked_kind(
                hits.question, sentences)
            # A price asked needs an amount of money; a product code (KT-12) is no number.
            amounts = (hold_asked_amount(hits.question, sentences, english=True) if language == "en"
                       else np.ones(len(sentences), dtype=np.float32))
            threshold = settings.cross_lingual_threshold
            # A list label is named by meaning and by the question's words together, and then decides
            # wherever its list is among the passages, unless the model is sure of another sentence:
            # it never saw a list (its training paragraphs have none), and the passage holding the
            # list is often not retrieved first.
            named_by, sure = self._labels_named_in_meaning(hits), settings.cross_lingual_label_sure
        else:
            # Asked where to read about something, whether the documents answer is whether a sentence
            # answers what it is about: the asking where (「どの見出しを見ればいい？」) matches no sentence.
            probabilities = get_model(settings.answer_model).probabilities(features(read_for, cands))
            amounts = hold_asked_amount(hits.question, sentences)
            threshold = settings.abstain_threshold if threshold is None else threshold
            named_by, sure = labels_named_in_words, threshold
        probabilities = probabilities * np.where(amounts > 0, 1.0, settings.unfit_amount_weight)
        probabilities = probabilities * np.where(about_document(hits.question, sentences) > 0,
                                                 settings.about_document_weight, 1.0)
        probabilities = probabilities * np.where(credits_unasked(hits.question, cands.items, hits.store.documents) > 0,
                                                 settings.credits_weight, 1.0)
        why = asks_why(hits.question)
        if why:
            reasons = [gives_reason(s) or bool(reason_neighbour(cands.items, sentences, i, hits.store.documents))
                       for i, s in enumerate(sentences)]
            probabilities = reason_given_first(probabilities, reasons, settings.why_reason_ratio)
        if near is not None:
            said = near.sentence or (near.start, near.end)
            probabilities = near_earlier_answer(asked or hits.question, cands.items, probabilities,
                                                hits.store.documents, (near.doc_id, *said),
                                                settings.followup_near_chars, settings.followup_far_weight,
                                                settings.followup_repeat_weight, near_asked)
        probabilities = replies_first(cands.items, probabilities, hits.store.documents, settings.asked_sentence_weight)
        labels = {i: label for i, c in enumerate(cands.items)
                  if (label := line_label((doc := hits.store.documents[c.doc_id]).text, c.start, doc.tables))}
        # A label is named in the user's own words (「金曜日は？」 after 「開館時間は？」 does not ask for
        # 「開館時間：…」 again), and a line without the amount asked answers for none (a support line's
        # 000-733-2020 for "How many computers…?").
        named_lines = {i: label for i, label in labels.items() if amounts[i] > 0}
        probabilities = labelled_item_first(asked or hits.question, named_lines, cands.items, probabilities, sure,
                                            named_by, anywhere=cross_script)
        if not cross_script:
            probabilities = named_row_first(asked or hits.question, named_lines, cands.items, probabilities,
                                            hits.store.documents, settings.named_row_sure)
        # An elliptical follow-up to a table row (「ICカードなら？」) names another row of that table.
        pivoted = False
        said = conversation.words_of(asked or hits.question) if beside is not None and not cross_script else None
        if said is not None and said.elliptical and len(said.nouns) <= 2:
            row_start = beside.sentence[0] if beside.sentence else beside.start
            probabilities, pivoted = pivot_row_first(asked or hits.question, said.nouns, cands.items, probabilities,
                                                     hits.store.documents, (beside.doc_id, row_start))
        probabilities, defining, plain = definition_first(hits.question, cands.items, probabilities,
                                                          hits.store.documents)
        if defining is None and not cross_script and not pivoted:
            probabilities, defining = section_first(hits.question, cands.items, probabilities, hits.store.documents)
            plain = defining is not None
            if defining is None:
                probabilities = within_named_section(hits.question, cands.items, probabilities, hits.store.documents,
                                                     settings.outside_section_weight)
                probabilities = steps_first(asked or hits.question, cands.items, probabilities, hits.store.documents)
        if defining is None and not pivoted:
            def cosines(questions: list[str]) -> np.ndarray:
                return self._embed_labels(questions) @ hits.query_vector.astype(np.float32)
            probabilities, _ = faq_first(hits.question, cands.items, probabilities, hits.store.documents, cosines,
                                         settings.faq_sure, settings.faq_margin, cross_script)
        if reason_for is not None:
            probabilities = reason_first(cands.items, sentences, probabilities,
                                         (reason_for.doc_id, reason_for.start, reason_for.end), hits.store.documents,
                                         reason_for.sentence)
        if asks_outcome(hits.question):
            probabilities = settled_first(cands.items, sentences, probabilities, hits.store.documents)
        if after is not None:
            probabilities = next_first(cands.items, probabilities, hits.store.documents, (after.doc_id, after.end))
        labelled = {cands.items[j] for j in labels}
        quotes: list[Quote] = []
        first: Candidate | None = None
        sections = self._passages_by_heading(read_for) if heading == "heading" else None
        for i in self._quote_order(cands.items, probabilities, sections):
            # Two items of a labelled list answer for different things: one never joins the other's quote.
            neighbours = joined_neighbours(cands.items, probabilities, i, settings.quote_join_ratio)
            if why:
                neighbours += tuple(n for n in reason_neighbour(cands.items, sentences, i, hits.store.documents)
                                    if n not in neighbours)
            neighbours = tuple(n for n in neighbours if not (i in labels and n in labelled))
            quote = self._quote(hits, cands.items[i], float(probabilities[i]), heading, neighbours)
            if any(_says(q, quote.doc_id, (quote.start, quote.end)) for q in answered):  # grown over an earlier answer
                continue
            # A sentence next to or inside a better one's quote is not shown apart: the model did not
            # find it likely enough to join that quote, and it would only lengthen it.
            if not heading and any(_touch(hits, q, quote) for q in quotes):
                continue
            if first is None:
                first = cands.items[i]
            quotes.append(quote)
            if len(quotes) == len(hits.passages):
                break
        if sections is not None:
            # Quoted in the headings' order, shown with scores in that order too: the best of their
            # sentences' probabilities goes to the heading read first, as `_put_first` does for a rule.
            quotes = [replace(q, score=score) for q, score in
                      zip(quotes, sorted((q.score for q in quotes), reverse=True), strict=True)]
        confidence = max((q.score for q in quotes), default=0.0)
        if language == "ja":
            missing = unknown_names(hits.question, hits)
        elif cross_script:
            missing = unheld_names(hits.question, [reading(p.text) for p in hits.passages])
        else:
            missing = []
        # What answers without the model's say-so: a plain definition of the term asked about, or the
        # opening of the section the question names.
        certain = plain and defining is not None and first == cands.items[defining]
        found = bool(quotes) and (confidence >= threshold or certain) and not missing
        quotes = merge_quotes(quotes, hits)[: None if found else 2]
        answer = Answer(hits.question, language, found, lead(language, found, len(quotes), missing), quotes,
                        hits.passages, confidence, missing)
        if found and first is not None and not cross_script:
            self._add_short(answer, hits, first)
        return answer

    @staticmethod
    def _quote_order(items: list[Candidate], probabilities, sections: list[int] | None) -> list[int]:
        """Which candidates are quoted, best first: the likeliest sentences wherever they are (the
        second-best sentence of the best passage often beats the best of the fifth), as many quotes
        as passages. A question about a section heading takes the best sentence of each passage in
        the order of `sections` (passage indices) instead: which section it asks for is said by the
        headings (qa/answer.py `_passages_by_heading`), not by which of its sentences the model prefers."""
        if sections is None:
            return sorted(range(len(items)), key=lambda i: (-probabilities[i], items[i].passage))
        best: dict[int, int] = {}
        for i, c in enumerate(items):
            if c.passage not in best or probabilities[i] > probabilities[best[c.passage]]:
                best[c.passage] = i
        place = {p: n for n, p in enumerate(sections)}
        return sorted(best.values(), key=lambda i: place[items[i].passage])

    def _about_section(self, hits: Hits) -> Hits:
        """The hits of a where-to-read question read as what it asks about (`what_to_read_about`)."""
        about = what_to_read_about(hits.question)
        if about == hits.question:
            return hits
        return replace(hits, question=about, embed=lambda: self.retriever.embedder.embed_queries([about])[0])

    def _passages_by_heading(self, hits: Hits) -> list[int]:
        """The passages in the order of how near their section's heading lies to the question (e5
        embeds both; the headings' vectors are kept like list labels') and of retrieval's rank, each
        scaled over the passages and weighed alike; the question is embedded without its asking where
        (`what_to_read_about`). Asked where to read about something (「お風呂場でのマナーはどの見出し？」), a
        reader scans the headings for its meaning (「ご入浴のきまり」), while retrieval weighs every word
        of the question, 「見出し」 and 「書いてある」 too; but a heading alone says less than its section
        (「まとめ」 lay nearer 「各当事者の狙いを整理した部分」 than 「誰が何を目指すのか――和平の論点を
        整理」), which retrieval reads whole. Over the 15 heading questions of the file sets and the
        seed set: 14 first, against 11 by rank alone and 13 by the headings alone."""
        # The document's title line heads no section: it lies near every question naming the document
        # (「oboeのバグ見つけた。READMEのどこ見ればいい？」 lay nearest the README's opening 「# oboe」).
        names = [_heading_line(doc, p) if _heading_start(doc, p) != doc.title_start else ""
                 for p in hits.passages for doc in [hits.store.documents[p.doc_id]]]
        known = sorted({name for name in names if name})
        if not known:
            return list(range(len(hits.passages)))
        cosines = dict(zip(known, self._embed_labels(known) @ hits.query_vector.astype(np.float32), strict=True))
        near = np.array([cosines.get(name, min(cosines.values())) for name in names], dtype=np.float32)
        score = minmax(near) + minmax(-np.arange(len(names), dtype=np.float32))
        return sorted(range(len(names)), key=lambda p: (-score[p], p))

    def _labels_named_in_meaning(self, hits: Hits) -> LabelNamer:
        """`labels_named_by_cosine` against the vector the question was searched with (for a
        follow-up, blended with its earlier turn), the labels' vectors kept for the next question;
        a label so named must also hold one of the question's words (qa/crosslingual.py)."""
        def named(question: str, labels: list[str]) -> list[float]:
            cosines = self._embed_labels(labels) @ hits.query_vector.astype("float32")
            scores = labels_named_by_cosine(labels, cosines, self.settings.cross_lingual_label_margin)
            terms = question_terms(question)
            return [score * any(holds(term, reading(label)) for term in terms)
                    for label, score in zip(labels, scores, strict=True)]
        return named

    def _embed_labels(self, labels: list[str]) -> np.ndarray:
        """Label vectors, kept for the next question: a chat asks about the same lists again and again."""
        with self._lock:
            known = {label: self._label_vectors[label] for label in labels if label in self._label_vectors}
            for label in known:
                self._label_vectors.move_to_end(label)
        missing = [label for label in dict.fromkeys(labels) if label not in known]
        if missing:
            known.update(zip(missing, self.retriever.embedder.embed_passages(missing), strict=True))
            with self._lock:
                self._label_vectors.update((label, known[label]) for label in missing)
                while len(self._label_vectors) > LABEL_CACHE:
                    self._label_vectors.popitem(last=False)
        return np.stack([known[label] for label in labels]).astype(np.float32)

    def _add_short(self, answer: Answer, hits: Hits, best: Candidate) -> None:
        sentence = hits.store.documents[best.doc_id].text[best.start:best.end]
        span = short_answer(hits.question, sentence, self.settings.short_answer_model, self.settings.short_threshold)
        if span is not None:
            answer.short = sentence[span[0]:span[1]]
            answer.short_span = (best.start + span[0], best.start + span[1])

    def _quote(self, hits: Hits, c: Candidate, score: float, heading: str = "",
               neighbours: tuple[Candidate, ...] = ()) -> Quote:
        """The candidate sentence, grown to what it needs to be read alone and joined by the
        `neighbours` the model found nearly as likely; for a question about a title or heading, the
        heading over the candidate with the sentence that follows it."""
        doc = hits.store.documents[c.doc_id]
        passage = hits.passages[c.passage]
        title_start = doc.title_start
        if heading == "title" and title_start is None:  # the title is not in the text (a file name)
            heading = ""
        if heading:
            start, end, spans = _heading_quote(doc, title_start if heading == "title" else _heading_start(doc, passage))
        else:
            start, end, spans = sentence_quote(doc, c, neighbours)
            spans = [(a - start, b - start) for a, b in spans]
        end = min(end, start + MAX_QUOTE_CHARS)
        highlights = _disjoint(tuple((min(a, end - start), min(b, end - start)) for a, b in spans))
        # A heading's quote answers with the heading, not with the candidate it was found through.
        return Quote(doc.text[start:end], c.doc_id, passage.title, doc.section_at(start), start, end, score,
                     highlights, doc.page_at(start), None if heading else (c.start, c.end))


def _heading_quote(doc: Document, start: int) -> tuple[int, int, list[tuple[int, int]]]:
    """A heading's quote: its line with the sentence that follows it (a heading alone is never a
    quote), the line highlighted."""
    line_end = doc.text.find("\n", start)
    line_end = len(doc.text) if line_end < 0 else line_end
    body = sentence_spans(doc.text[line_end:], line_end)[:1]
    return start, (body[0][1] if body else line_end), [(0, line_end - start)]


def _heading_start(doc: Document, passage: Passage) -> int:
    """Where the heading of the section `passage` describes starts: the first heading inside it,
    else the one it lies under (else the title's line, else the document's start)."""
    inside = [s.start for s in doc.sections if passage.start <= s.start < passage.end]
    return inside[0] if inside else max((s.start for s in doc.sections if s.start <= passage.start),
                                        default=doc.title_start or 0)


def _heading_line(doc: Document, passage: Passage) -> str:
    """The line of `passage`'s heading ("" when it lies under none)."""
    start = _heading_start(doc, passage)
    if start not in doc.heading_starts:
        return ""
    end = doc.text.find("\n", start)
    return doc.text[start:end if end >= 0 else len(doc.text)].strip()


def lead(language: str, found: bool, quotes: int, missing: list[str]) -> str:
    """The line above the quotes, in the question's language."""
    words = LEADS[language]
    if found:
        return words["found"].format(n=quotes, s="" if quotes == 1 else "s")
    return words["not_found"] + (words["missing"].format(names=words["and"].join(missing)) if missing else "")


def _says(quote: Quote, doc_id: str, span: tuple[int, int] | None) -> bool:
    """Whether the span (document offsets) of `doc_id` overlaps what `quote` answered with: the
    sentence it was chosen for (all of it, also where the quote cut it short), not the context shown
    around it; no span, no overlap."""
    start, end = quote.sentence or (quote.start, quote.end)
    return span is not None and doc_id == quote.doc_id and span[0] < end and start < span[1]


def unanswered(cands: Candidates, answered: tuple[Quote, ...]) -> Candidates:
    """The candidates without what earlier turns answered with (the sentence each of their quotes was
    chosen for), as sentences and as neighbours: the rest are weighed among themselves. Left in, the
    sentence that answered before, which matches the question best, made every other look unlikely
    beside it, and its own neighbours likely through their window on it. A sentence only shown beside
    it stays: 「もう一つの事故は？」 is answered by the one joined to 「一つは…」."""
    def said(doc_id: str, span: tuple[int, int] | None) -> bool:
        return any(_says(q, doc_id, span) for q in answered)
    keep = [i for i, c in enumerate(cands.items) if not said(c.doc_id, (c.start, c.end))]
    items: list[Candidate] = []
    before, after = cands.before[keep], cands.after[keep]
    for row, i in enumerate(keep):
        c = cands.items[i]
        if said(c.doc_id, c.before):
            c, before[row] = replace(c, before=None), 0.0
        if said(c.doc_id, c.after):
            c, after[row] = replace(c, after=None), 0.0
        items.append(c)
    return Candidates(items, cands.vectors[keep], before, after)


def sentence_quote(doc, c: Candidate, neighbours: tuple[Candidate, ...] = ()) -> tuple[int, int, list[tuple[int, int]]]:
    """Where the quote of candidate `c` starts and ends in `doc.text` (see `quote_span`), joined by
    its `neighbours` while it stays within 300 characters, and the sentences in it to highlight."""
    start, end = quote_span(doc.text, c.start, c.end, doc.heading_starts, doc.tables)
    end = _with_code_after(doc, start, end)
    reply = reply_start(doc, c.start)
    if (reply is not None and reply <= start and end - reply <= MAX_QUOTE_CHARS
            and "\n\n" not in doc.text[reply:start]):
        # The reply to a heading that asks or sets a task is read from its first words to the end of
        # its first paragraph: 「プロプランを解約すると無料プランに戻ります。メモは削除されません…」.
        paragraph_end = doc.text.find("\n", end)
        paragraph_end = len(doc.text) if paragraph_end < 0 else paragraph_end
        start, end = reply, (paragraph_end if paragraph_end - reply <= MAX_QUOTE_CHARS else end)
    spans = [(c.start, c.end)]
    for n in neighbours:
        if max(end, n.end) - min(start, n.start) <= MAX_QUOTE_CHARS:
            start, end = min(start, n.start), max(end, n.end)
            spans.append((n.start, n.end))
    return start, end, sorted(spans)


def _with_code_after(doc, start: int, end: int) -> int:
    """Where a quote ends when the paragraph it ends in is followed by a code block: after the code,
    which shows what the paragraph says (「pipx を使ったインストールをおすすめします。」 then
    `pipx install kurabe`), while it fits."""
    line_end = doc.text.find("\n", end)
    if line_end < 0:
        return end
    for code_start, code_end in doc.code_blocks:
        if code_start >= line_end:
            fits = not doc.text[line_end:code_start].strip() and code_end - start <= MAX_QUOTE_CHARS
            return code_end if fits else end
    return end


def _adjacent(items: list[Candidate], best: int) -> tuple[int | None, int | None]:
    """The candidates right before and after candidate `best` in its passage (None at an edge or
    when that sentence is no candidate)."""
    c = items[best]
    wanted = {span[0]: side for side, span in enumerate((c.before, c.after)) if span}
    found: list[int | None] = [None, None]
    for i, other in enumerate(items):
        if other.doc_id == c.doc_id and other.start in wanted:
            found[wanted[other.start]] = i
    return found[0], found[1]


def joined_neighbours(items: list[Candidate], probabilities, best: int, ratio: float) -> tuple[Candidate, ...]:
    """The sentences right before and after candidate `best` whose probability is at least `ratio`
    of its own."""
    return tuple(items[j] for j in _adjacent(items, best)
                 if j is not None and probabilities[j] >= ratio * probabilities[best])


def reason_neighbour(items: list[Candidate], sentences: list[str], best: int,
                     documents: dict[str, Document]) -> tuple[Candidate, ...]:
    """For a question asking why, when candidate `best` gives no reason: the sentence right after
    it, or else right before, that does, within its paragraph. The likeliest sentence is the one
    that restates what was asked about; the reason follows it (「…お越しください。」「…時間がかかる
    ためです。」) or leads to it."""
    c = items[best]
    text = documents[c.doc_id].text
    before, after = _adjacent(items, best)

    def within(j: int | None) -> bool:
        gap = "" if j is None else text[c.end:items[j].start] if j == after else text[items[j].end:c.start]
        return j is not None and "\n\n" not in gap

    # A sentence that is nothing but the reason (「…遅くなるからです。」) explains the one before it, which
    # may itself say something weaker (「…安定することがあります。」), and is quoted after it.
    if explains(sentences[best]):
        return (items[before],) if within(before) and not explains(sentences[before]) else ()
    if within(after) and explains(sentences[after]):
        return (items[after],)
    if gives_reason(sentences[best]):
        return ()
    for j in (after, before):
        if within(j) and gives_reason(sentences[j]):
            return (items[j],)
    return ()


def quote_span(text: str, start: int, end: int, headings: set[int], tables: Tables = NO_TABLES) -> tuple[int, int]:
    """Where a quote of the sentence `text[start:end]` starts and ends: a list item is quoted whole,
    after its list's lead-in line when there is room, and a lead-in comes with the items it introduces;
    a table row whole, from its table's header row when there is room; a sentence that opens with a
    word pointing back (それ/この/It…) starts at the sentence before it, within its paragraph. Never
    beyond 300 characters in all, never from a heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if tables.holds(line_start) and line_end - line_start <= MAX_QUOTE_CHARS:  # a table row, whole
        row = line_start
        while row > 0 and row not in tables.headers and line_end - row <= MAX_QUOTE_CHARS and tables.holds(row - 1):
            row = text.rfind("\n", 0, row - 1) + 1
        header = row in tables.headers and line_end - row <= MAX_QUOTE_CHARS
        return (row if header else line_start), max(end, line_end)
    kind = item_marker(text[line_start:line_end])
    if kind is not None:
        start, end = line_start, max(end, line_end)
        lead = line_start
        while lead > 0:
            prev_start = text.rfind("\n", 0, lead - 1) + 1
            prev = text[prev_start:lead - 1]
            if not prev.strip() or prev_start in headings:
                break
            lead = prev_start
            if item_marker(prev) is None:
                if end - lead <= MAX_QUOTE_CHARS:
                    start = lead
                break
        # An item that announces sub-items of its own (「（3）次のいずれかに該当する場合…」 over 「ア　…」)
        # comes with them.
        if announces_list(text[line_start:line_end]):
            return start, announced_items(text, start, line_end, kind, MAX_QUOTE_CHARS)
        return start, end
    if end >= line_end - 1:
        # The last sentence of a line that a list follows introduces it (以下のような課題…): the items
        # it announces come with it, as many as fit.
        item_end = announced_items(text, start, line_end, None, MAX_QUOTE_CHARS, announces_list(text[start:end]))
        if item_end > line_end:
            return start, item_end
        # One that points below (「緊急の場合は下記へ連絡すること。」) comes with the line it points to,
        # when that is no sentence of its own (a contact line, an address).
        if _POINTS_BELOW.search(text[start:end]):
            below = _LINE_BELOW.match(text, line_end)
            if below and not reads_as_sentence(below.group(1)) and below.end(1) - start <= MAX_QUOTE_CHARS \
                    and below.start(1) not in headings and item_marker(below.group(1)) is None:
                return start, below.end(1)
    if leans_back(text[start:end]) and start > line_start:
        before = [s for s in sentence_spans(text[line_start:start], line_start) if s[1] <= start]
        if before and end - before[-1][0] <= MAX_QUOTE_CHARS:
            return before[-1][0], end
    return start, end


def unknown_names(question: str, hits: Hits) -> list[str]:
    """Names in the question that no indexed document mentions."""
    from qa.lexical import proper_nouns

    names = proper_nouns(question)
    if not names:
        return []
    return [n for n in names if not any(n in t for t in hits.store.normalized_texts)]


def merge_quotes(quotes: list[Quote], hits: Hits) -> list[Quote]:
    """Quotes of one document that overlap or touch become one (if it stays short); order is kept."""
    merged: list[Quote] = []
    for q in quotes:
        doc_text = hits.store.documents[q.doc_id].text
        for i, m in enumerate(merged):
            start, end = min(m.start, q.start), max(m.end, q.end)
            if _touch(hits, m, q) and end - start <= MAX_QUOTE_CHARS:
                highlights = tuple(sorted({(a + m.start - start, b + m.start - start) for a, b in m.highlights}
                                          | {(a + q.start - start, b + q.start - start) for a, b in q.highlights}))
                merged[i] = Quote(doc_text[start:end], m.doc_id, m.title, m.section, start, end,
                                  max(m.score, q.score), _disjoint(highlights),
                                  hits.store.documents[q.doc_id].page_at(start), m.sentence)
                break
        else:
            merged.append(q)
    return merged


def _touch(hits: Hits, a: Quote, b: Quote) -> bool:
    """Two quotes of one document that overlap or have only white space between them."""
    if a.doc_id != b.doc_id:
        return False
    return hits.store.documents[a.doc_id].text[min(a.end, b.end):max(a.start, b.start)].strip() == ""


def _disjoint(spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return tuple(out)


_answerers: dict[int, Answerer] = {}
_answerers_lock = threading.Lock()


def get_answerer(index_dir: str | Path | None = None, settings: Settings | None = None) -> Answerer:
    retriever = get_retriever(index_dir, settings)
    with _answerers_lock:
        return _answerers.setdefault(id(retriever), Answerer(retriever))


def answer(question: str, k: int | None = None, index_dir: str | Path | None = None, mode: str | None = None,
           threshold: float | None = None, settings: Settings | None = None,
           history: list[str] | None = None) -> Answer:
    """Quotes that answer `question` (or `found=False`), with the same index defaults as `retrieve()`;
    `history`, the earlier questions oldest first, reads a follow-up in its conversation."""
    return get_answerer(index_dir, settings).answer(question, k=k, mode=mode, threshold=threshold, history=history)


def _with_passage_of(hits: Hits, quote: Quote, passages: list[Passage]) -> Hits:
    """`hits` with the passage that holds `quote`'s sentence among them (in place of the last), so a
    follow-up can be answered next to what the turn before it said."""
    at = quote.sentence[0] if quote.sentence else quote.start
    held = _holding(passages, quote.doc_id, at)
    if _holding(hits.passages, quote.doc_id, at) or not held or not hits.passages:
        return hits
    return replace(hits, passages=[*hits.passages[:-1], *held])


def _holding(passages: list[Passage], doc_id: str, at: int) -> list[Passage]:
    """The first of `passages` that holds offset `at` of document `doc_id`, if any."""
    return [p for p in passages if p.doc_id == doc_id and p.start <= at < p.end][:1]
