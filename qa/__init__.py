"""kotae: ask questions of your documents, get back the passages that answer them, word for word."""

from qa.answer import Answer, Quote, answer
from qa.indexing import BuildReport, build_index
from qa.retrieve import Passage, Retriever, retrieve
from qa.settings import Settings

__all__ = ["Answer", "Quote", "answer", "BuildReport", "Passage", "Retriever", "Settings", "build_index", "retrieve"]
