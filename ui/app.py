"""The browser chat: a thin Gradio shell over `qa.answer` and `qa.build_index`.

Everything shown that comes from a document or a question is escaped (documents are untrusted);
the app binds 127.0.0.1 unless told otherwise, never opens a share link by itself, and queues requests.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from qa.answer import Answer, Answerer, escape_markdown, get_answerer  # noqa: E402
from qa.documents import SUFFIXES, UnreadableFile, load_file  # noqa: E402
from qa.indexing import build_index  # noqa: E402
from qa.settings import MODES, Settings  # noqa: E402

MAX_UPLOAD_FILES = 20
MAX_UPLOAD_BYTES = 5 * 1024 * 1024
EXAMPLES = [
    "ウィトコフ氏は誰と会談した？",
    "和平を阻んでいる障害は何ですか？",
    "ロシアは何を求めている？",
    "What does Russia want from a peace deal?",
    "Who did Witkoff meet with?",
]
CSS = """
.sources mark, .sources b { background: #fff3a3; color: inherit; }
.sources .passage { white-space: pre-wrap; border-left: 3px solid #c9c9c9; padding: 4px 10px; margin: 6px 0 14px; }
.sources .cite { color: #555; font-size: 0.9em; }
"""


def sources_html(a: Answer, answerer: Answerer) -> str:
    """The full passages around each quote, the quote marked; every piece of text escaped."""
    if not a.quotes:
        return "<p>—</p>"
    documents = answerer.retriever.store.documents
    parts = []
    for q in a.quotes:
        text = documents[q.doc_id].text
        passage = next((p for p in a.passages if p.doc_id == q.doc_id and p.start <= q.start and q.end <= p.end), None)
        start, end = (passage.start, passage.end) if passage else (q.start, q.end)
        start, end = min(start, q.start), max(end, q.end)
        body = (html.escape(text[start:q.start]) + "<mark>" + html.escape(text[q.start:q.end]) + "</mark>"
                + html.escape(text[q.end:end]))
        parts.append(f'<div class="cite">{html.escape(q.citation)} · {html.escape(q.doc_id)}</div>'
                     f'<div class="passage">{body}</div>')
    return "".join(parts)


def documents_rows(answerer: Answerer) -> list[list]:
    manifest = answerer.retriever.store.manifest
    return [[d["title"], d["doc_id"], d["chunks"], d["encoding"]] for d in manifest["documents"]]


def ingest_uploads(paths: list[Path], settings: Settings, answerer: Answerer) -> str:
    """Index uploaded files into the live index (added, not replacing); limits are enforced here,
    on the server, whatever the browser allowed. Returns what happened, for the page."""
    if len(paths) > MAX_UPLOAD_FILES:
        raise gr.Error(f"at most {MAX_UPLOAD_FILES} files at a time ({len(paths)} given)")
    docs, problems = [], []
    for path in paths:
        try:
            docs.append(load_file(path, max_bytes=MAX_UPLOAD_BYTES))
        except UnreadableFile as exc:
            problems.append(str(exc).replace(str(path), path.name))
    message = []
    if docs:
        report = build_index(docs, settings.index_dir, settings, embedder=answerer.retriever.embedder, prune=False)
        message.append(f"Indexed {len(report.embedded_documents)} file(s): "
                       + ", ".join(html.escape(d) for d in report.embedded_documents))
    message += [f"Skipped {html.escape(p)}" for p in problems]
    return "\n\n".join(message) or "No files."


def bind_warning(host: str, auth: str | None) -> str | None:
    if host in ("127.0.0.1", "localhost", "::1"):
        return None
    return (f"warning: serving on {host}: anyone who can reach this address can read your documents"
            + ("" if auth else "; consider --auth USER:PASS"))


def build_app(settings: Settings | None = None) -> gr.Blocks:
    settings = settings or Settings.from_env()
    answerer = get_answerer(settings=settings)

    def ask(question: str, k: int = 5, mode: str = "", threshold: float | None = None) -> dict:
        """Answer a question from the indexed documents: found, lead, and verbatim quotes with sources."""
        try:
            return answerer.answer(question, k=int(k), mode=mode or None, threshold=threshold).to_dict()
        except ValueError as exc:
            raise gr.Error(str(exc)) from exc

    def respond(message: str, history: list, k: int, mode: str, threshold: float):
        try:
            a = answerer.answer(message, k=int(k), mode=mode, threshold=threshold)
        except ValueError as exc:
            raise gr.Error(str(exc)) from exc
        history = [*history, {"role": "user", "content": escape_markdown(message)},
                   {"role": "assistant", "content": a.markdown}]
        return history, "", sources_html(a, answerer)

    def upload(files: list[str] | None, progress=gr.Progress()):  # noqa: B008 (Gradio injects it)
        progress(0.1, desc="indexing")
        message = ingest_uploads([Path(f) for f in files or []], settings, answerer)
        progress(1.0, desc="done")
        return documents_rows(answerer), message

    with gr.Blocks(title="kotae") as app:
        gr.Markdown("## kotae — 文書に質問する / ask your documents")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label="Chat", height=520, sanitize_html=True, render_markdown=True,
                                     elem_id="chat", buttons=["copy"])
                with gr.Row():
                    question = gr.Textbox(placeholder="質問を入力 / Ask a question", show_label=False, scale=5,
                                          elem_id="question", max_length=settings.max_question_chars)
                    send = gr.Button("Ask / 質問", variant="primary", scale=1, elem_id="send")
                gr.Examples(EXAMPLES, inputs=question, label="Examples / 例")
            with gr.Column(scale=2):
                with gr.Accordion("Settings / 設定", open=False):
                    k = gr.Slider(1, 10, value=settings.k, step=1, label="Passages / 件数")
                    mode = gr.Radio(list(MODES), value=settings.mode, label="Retrieval mode / 検索方式")
                    threshold = gr.Slider(0.0, 1.0, value=settings.abstain_threshold, step=0.01,
                                          label="Abstention threshold / 回答しきい値")
                with gr.Accordion("Sources / 出典", open=True):
                    sources = gr.HTML(elem_classes=["sources"], elem_id="sources")
                with gr.Accordion("Documents / 文書", open=False):
                    table = gr.Dataframe(headers=["title", "doc_id", "chunks", "encoding"],
                                         value=lambda: documents_rows(answerer), interactive=False)
                    files = gr.File(file_count="multiple", file_types=list(SUFFIXES), label="Add .txt / .md")
                    status = gr.Markdown()
        inputs = [question, chatbot, k, mode, threshold]
        outputs = [chatbot, question, sources]
        question.submit(respond, inputs, outputs, api_visibility="private")
        send.click(respond, inputs, outputs, api_visibility="private")
        files.upload(upload, files, [table, status], api_visibility="private")
        gr.api(ask, api_name="ask")
    return app


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 7860, auth: str | None = None,
          share: bool = False) -> None:
    warning = bind_warning(host, auth)
    if warning:
        print(warning, file=sys.stderr)
    credentials = None
    if auth:
        user, sep, password = auth.partition(":")
        if not sep or not user or not password:
            raise ValueError("--auth must look like USER:PASS")
        credentials = (user, password)
    app = build_app(settings)
    app.queue(default_concurrency_limit=4)
    app.launch(server_name=host, server_port=port, auth=credentials, share=share, css=CSS,
               max_file_size=MAX_UPLOAD_BYTES, show_error=True, ssr_mode=False)
