"""The browser chat: a thin Gradio shell over `qa.answer` and `qa.build_index`.

Everything shown that comes from a document or a question is escaped (documents are untrusted);
the app binds 127.0.0.1 unless told otherwise, never opens a share link by itself, and queues requests.
"""

from __future__ import annotations

import dataclasses
import html
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402
from starlette.middleware import Middleware  # noqa: E402

from qa.answer import Answerer, get_answerer  # noqa: E402
from qa.conversation import MAX_HISTORY  # noqa: E402
from qa.documents import Document, UnreadableFile  # noqa: E402
from qa.indexing import build_index  # noqa: E402
from qa.inputs import check_ask  # noqa: E402
from qa.readers import SUFFIXES, load_file  # noqa: E402
from qa.retrieve import SEEDS_DIR  # noqa: E402
from qa.settings import MODES, Settings  # noqa: E402
from qa.stores import IndexUnavailable  # noqa: E402
from ui.examples import SEED_DOC_ID, examples_for  # noqa: E402
from ui.login_limit import LoginRateLimit, policy  # noqa: E402
from ui.queue_sessions import keep_waiting_sessions  # noqa: E402
from ui.render import answer_html, markdown_text, question_html, sources_html  # noqa: E402

MAX_UPLOAD_FILES = 20
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
CSS = """
.sources mark, .sources b { background: #fff3a3; color: inherit; }
.sources .passage { white-space: pre-wrap; border-left: 3px solid #c9c9c9; padding: 4px 10px; margin: 6px 0 14px; }
.sources .cite { color: #555; font-size: 0.9em; }
.kotae-answer mark, .sources mark { background: #fff3a3; color: inherit; padding: 0 1px; }
.kotae-answer .doc-title, .sources .doc-title { font-weight: 600; margin-top: 8px; }
.kotae-answer blockquote { margin: 4px 0 8px; padding: 2px 10px; border-left: 3px solid #c9c9c9; }
.kotae-answer .cite, .kotae-answer .note { color: #666; }
"""


def documents_rows(answerer: Answerer) -> list[list]:
    try:
        manifest = answerer.retriever.store.manifest
    except IndexUnavailable:
        return []  # the banner says why
    return [[d["title"], d["doc_id"], d["chunks"], d["encoding"]] for d in manifest["documents"]]


def indexed_documents(answerer: Answerer) -> dict:
    """The live index's documents, or none while it cannot be loaded (the banner says why)."""
    try:
        return dict(answerer.retriever.store.documents)
    except IndexUnavailable:
        return {}


def index_banner(answerer: Answerer) -> str:
    """Empty while the index loads; otherwise why it does not and the fix, shown above the chat (the
    app starts anyway, so the fix can be read in the browser)."""
    try:
        answerer.retriever.store  # noqa: B018 (loading is the check)
    except IndexUnavailable as exc:
        return "**⚠ " + markdown_text(str(exc)) + "**"
    return ""


def error(exc: Exception) -> gr.Error:
    """A message for the page: Gradio renders toasts as HTML, and messages can quote user input."""
    return gr.Error(html.escape(str(exc), quote=False), print_exception=False)


def beside(doc: Document, documents: dict[str, Document]) -> Document | None:
    """`doc` under an id of its own when another document already has its name (report.txt becomes
    report-2.txt): an upload never silently replaces what is indexed. None when the very same text is
    already indexed under that name."""
    existing = documents.get(doc.doc_id)
    if existing is None:
        return doc
    if existing.content_hash == doc.content_hash:
        return None
    path = Path(doc.doc_id)
    n = 2
    while f"{path.stem}-{n}{path.suffix}" in documents:
        n += 1
    return dataclasses.replace(doc, doc_id=f"{path.stem}-{n}{path.suffix}")


def ingest_uploads(paths: list[Path], settings: Settings, answerer: Answerer,
                   progress: Callable[[tuple[int, int], str], None] | None = None) -> str:
    """Index uploaded files into the live index (added beside what is there, never replacing it);
    limits are enforced here, on the server, whatever the browser allowed. Questions keep being
    answered from the current index while this runs. Returns what happened, for the page."""
    if len(paths) > MAX_UPLOAD_FILES:
        raise gr.Error(f"at most {MAX_UPLOAD_FILES} files at a time ({len(paths)} given)")
    indexed = dict(answerer.retriever.store.documents)
    docs, problems, unchanged, renamed = [], [], [], []
    for i, path in enumerate(paths):
        if progress:
            progress((i, len(paths)), f"reading file {i + 1} of {len(paths)}")
        try:
            doc = load_file(path, max_bytes=MAX_UPLOAD_BYTES)
        except UnreadableFile as exc:
            problems.append(str(exc).replace(str(path), path.name))
            continue
        placed = beside(doc, indexed)
        if placed is None:
            unchanged.append(doc.doc_id)
            continue
        if placed.doc_id != doc.doc_id:
            renamed.append(f"{doc.doc_id} → {placed.doc_id}")
        indexed[placed.doc_id] = placed
        docs.append(placed)
    message = []
    if docs:
        if progress:
            progress((len(paths), len(paths)), f"embedding the chunks of {len(docs)} file(s)")
        report = build_index(docs, settings.index_dir, settings, embedder=answerer.retriever.embedder, prune=False,
                             progress=progress is not None)
        chunks = sum(d["chunks"] for d in answerer.retriever.store.manifest["documents"]
                     if d["doc_id"] in report.embedded_documents)
        message.append(f"Indexed {len(report.embedded_documents)} file(s), {chunks} chunk(s): "
                       + ", ".join(markdown_text(d) for d in report.embedded_documents))
    message += [f"Kept both: {markdown_text(r)} (a document with that name was already indexed)" for r in renamed]
    message += [f"Already indexed: {markdown_text(u)}" for u in unchanged]
    message += [f"Skipped {markdown_text(p)}" for p in problems]
    return "\n\n".join(message) or "No files."


def remove_document(doc_id: str, settings: Settings, answerer: Answerer) -> str:
    """Take one document out of the index (the others keep their vectors); the last one stays, so the
    index is never emptied from the page."""
    documents = answerer.retriever.store.documents
    if doc_id not in documents:
        raise gr.Error("choose an indexed document to remove")
    if len(documents) == 1:
        raise gr.Error("the index holds only this document; add another before removing it")
    keep = [d for i, d in documents.items() if i != doc_id]
    build_index(keep, settings.index_dir, settings, embedder=answerer.retriever.embedder, prune=True)
    return f"Removed {markdown_text(doc_id)}"


def bind_warning(host: str, auth: str | None) -> str | None:
    if host in ("127.0.0.1", "localhost", "::1"):
        return None
    return (f"warning: serving on {host}: anyone who can reach this address can read your documents"
            + ("" if auth else "; consider --auth USER:PASS"))


def seed_hash() -> str | None:
    """The shipped seed article's content hash: its example questions fit only that text."""
    path = SEEDS_DIR / SEED_DOC_ID
    try:
        return load_file(path).content_hash
    except (UnreadableFile, OSError):
        return None


def build_app(settings: Settings | None = None, examples: list[str] | None = None, auth: bool = False) -> gr.Blocks:
    """The chat over `settings.index_dir`; `examples` replaces the example questions made from the index;
    with `auth`, removing a document needs a logged-in user."""
    settings = settings or Settings.from_env()
    answerer = get_answerer(settings=settings)

    def ask(question: str, k: int = settings.k, mode: str = settings.mode,
            threshold: float = settings.abstain_threshold, history: list[str] | None = None) -> dict:
        """Answer a question from the indexed documents: found, lead, and verbatim quotes with sources.
        `history`: the conversation's earlier questions, oldest first, so a follow-up is understood."""
        try:
            given = check_ask(question, k, mode, threshold, settings, history, defaults=False)
            return answerer.answer(given.question, k=given.k, mode=given.mode, threshold=given.threshold,
                                   history=list(given.history)).to_dict()
        except (ValueError, IndexUnavailable) as exc:
            raise error(exc) from None

    def respond(message: str, chat: list, asked: list[str], k: int, mode: str, threshold: float):
        try:
            a = answerer.answer(message, k=k, mode=mode, threshold=threshold, history=asked[-MAX_HISTORY:])
        except (ValueError, IndexUnavailable) as exc:
            raise error(exc) from None
        chat = [*chat, {"role": "user", "content": question_html(message)},
                {"role": "assistant", "content": answer_html(a)}]
        return chat, [*asked, a.question][-MAX_HISTORY:], "", sources_html(a, answerer.retriever.store.documents)

    def upload(files: list[str] | None, progress=gr.Progress(track_tqdm=True)):  # noqa: B008 (Gradio injects it)
        try:
            message = ingest_uploads([Path(f) for f in files or []], settings, answerer,
                                     progress=lambda done, desc: progress(done, desc=desc))
        except (ValueError, IndexUnavailable) as exc:
            raise error(exc) from None
        return documents_rows(answerer), gr.update(choices=doc_ids()), message

    def remove(doc_id: str | None, request: gr.Request):
        if auth and not getattr(request, "username", None):
            raise gr.Error("log in to remove documents")
        try:
            message = remove_document(doc_id or "", settings, answerer)
        except (ValueError, IndexUnavailable) as exc:
            raise error(exc) from None
        return documents_rows(answerer), gr.update(choices=doc_ids(), value=None), message

    def doc_ids() -> list[str]:
        return list(indexed_documents(answerer))

    shown_examples = examples_for(indexed_documents(answerer), examples, seed_hash())
    with gr.Blocks(title="kotae") as app:
        gr.Markdown("## kotae — 文書に質問する / ask your documents")
        gr.Markdown(lambda: index_banner(answerer), elem_id="banner")
        asked = gr.State([])
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=560, sanitize_html=True, render_markdown=True,
                                     latex_delimiters=[], elem_id="chat", buttons=["copy"])
                with gr.Row():
                    question = gr.Textbox(placeholder="質問を入力 / Ask a question", show_label=False, scale=5,
                                          elem_id="question", max_length=settings.max_question_chars)
                    send = gr.Button("Ask / 質問", variant="primary", scale=1, elem_id="send")
                if shown_examples:
                    gr.Examples(shown_examples, inputs=question, label="Examples / 例", elem_id="examples")
            with gr.Column(scale=2):
                with gr.Accordion("Settings / 設定", open=False):
                    k = gr.Slider(1, 10, value=settings.k, step=1, label="Passages / 件数")
                    mode = gr.Radio(list(MODES), value=settings.mode, label="Retrieval mode / 検索方式")
                    threshold = gr.Slider(0.0, 1.0, value=settings.abstain_threshold, step=0.01,
                                          label="Abstention threshold / 回答しきい値")
                with gr.Accordion("Sources / 出典", open=True):
                    sources = gr.HTML(elem_classes=["sources"], elem_id="sources")
                with gr.Accordion("Documents / 文書", open=False, elem_id="documents"):
                    table = gr.Dataframe(headers=["title", "doc_id", "chunks", "encoding"],
                                         value=lambda: documents_rows(answerer), interactive=False, elem_id="doc-table")
                    files = gr.File(file_count="multiple", file_types=list(SUFFIXES),
                                    label="Add PDF, Word, HTML, Markdown or text")
                    with gr.Row():
                        chosen = gr.Dropdown(choices=doc_ids(), label="Document / 文書", elem_id="remove-choice")
                        drop = gr.Button("Remove / 削除", variant="stop", elem_id="remove")
                    status = gr.Markdown(elem_id="upload-status")
        inputs = [question, chatbot, asked, k, mode, threshold]
        outputs = [chatbot, asked, question, sources]
        question.submit(respond, inputs, outputs, api_visibility="private")
        send.click(respond, inputs, outputs, api_visibility="private")
        files.upload(upload, files, [table, chosen, status], api_visibility="private", concurrency_limit=1,
                     concurrency_id="index-writes")
        drop.click(remove, chosen, [table, chosen, status], api_visibility="private", concurrency_limit=1,
                   concurrency_id="index-writes")
        gr.api(ask, api_name="ask")
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None,
          share: bool = False, examples: list[str] | None = None) -> None:
    warning = bind_warning(host, auth)
    if warning:
        print(warning, file=sys.stderr)
    credentials = None
    if auth:
        user, sep, password = auth.partition(":")
        if not sep or not user or not password:
            raise ValueError("--auth must look like USER:PASS")
        credentials = (user, password)
    app = build_app(settings, examples=examples, auth=credentials is not None)
    app.queue(default_concurrency_limit=4)
    keep_waiting_sessions(app)
    app.launch(server_name=host, server_port=port, auth=credentials, share=share, css=CSS,
               max_file_size=MAX_UPLOAD_BYTES, show_error=True, ssr_mode=False,
               auth_message=policy(settings.login_rate) if credentials else None,
               app_kwargs={"middleware": [Middleware(LoginRateLimit, rate=settings.login_rate)]})
