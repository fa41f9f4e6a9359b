"""Fakes of vendor backends for tests: a scripted LangChain chat model.

:class:`ScriptedChatModel` is a real LangChain ``BaseChatModel`` whose replies come from a
script, so :class:`guidebot.backends.llm.LLMGenerator` and ``LLMCondenser`` run through
LangChain's own ``invoke`` and ``stream`` machinery in unit tests, without a server.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from pydantic import Field, PrivateAttr


@dataclass(frozen=True)
class Scripted:
    """One scripted reply with failure modes.

    Attributes:
        text: What the model says.
        error: Raised after ``fail_after`` pieces have been streamed (or at once by ``invoke``).
        fail_after: How many pieces stream before ``error`` is raised (``0``: before any).
        delay: Seconds to sleep before each streamed piece (and once before ``invoke`` returns).
    """

    text: str = ""
    error: BaseException | None = None
    fail_after: int = 0
    delay: float = 0.0


Reply = str | BaseException | Scripted


class ScriptedChatModel(BaseChatModel):
    """A chat model that answers each call with the next scripted reply.

    A reply is a string, an exception (raised when its turn comes), or a :class:`Scripted`.
    Streaming splits the text into pieces of ``piece_chars`` characters (so ``[1]`` markers
    and sentence ends arrive split across pieces, as they do from real servers). Every call's
    messages are kept in :attr:`calls` for tests to inspect the prompt. When the script runs
    out, the last reply repeats if ``repeat_last`` is set; otherwise the call raises.
    """

    replies: list[Any] = Field(default_factory=list)
    piece_chars: int = 3
    repeat_last: bool = False
    _calls: list[list[BaseMessage]] = PrivateAttr(default_factory=list)
    _cursor: int = PrivateAttr(default=0)

    @classmethod
    def of(cls, *replies: Reply, **kwargs: Any) -> ScriptedChatModel:
        """``ScriptedChatModel.of("first reply", TimeoutError(), ...)``."""
        return cls(replies=list(replies), **kwargs)

    @property
    def _llm_type(self) -> str:
        return "guidebot-scripted"

    @property
    def calls(self) -> list[list[BaseMessage]]:
        """The messages of every call so far, in order."""
        return self._calls

    def prompt_text(self, call: int = -1) -> str:
        """All message contents of one call joined, for asserting on the rendered prompt."""
        return "\n\n".join(str(m.content) for m in self._calls[call])

    def _next(self, messages: Sequence[BaseMessage]) -> Scripted:
        self._calls.append(list(messages))
        if self._cursor >= len(self.replies):
            if not (self.repeat_last and self.replies):
                raise RuntimeError(f"script exhausted after {len(self.replies)} replies")
            reply = self.replies[-1]
        else:
            reply = self.replies[self._cursor]
            self._cursor += 1
        if isinstance(reply, Scripted):
            return reply
        if isinstance(reply, BaseException):
            return Scripted(error=reply)
        return Scripted(text=str(reply))

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        reply = self._next(messages)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.error is not None:
            raise reply.error
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=reply.text))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        reply = self._next(messages)
        pieces = split_pieces(reply.text, self.piece_chars)
        for i, piece in enumerate(pieces):
            if reply.error is not None and i >= reply.fail_after:
                raise reply.error
            if reply.delay:
                time.sleep(reply.delay)
            chunk = ChatGenerationChunk(message=AIMessageChunk(content=piece))
            if run_manager:
                run_manager.on_llm_new_token(piece, chunk=chunk)
            yield chunk
        if reply.error is not None:
            raise reply.error


def split_pieces(text: str, size: int) -> list[str]:
    """``text`` in pieces of ``size`` characters (whitespace runs kept inside pieces)."""
    if size <= 0:
        return [text] if text else []
    return re.findall(rf"[\s\S]{{1,{size}}}", text)
