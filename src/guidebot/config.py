"""Settings: one object, read from ``GUIDEBOT_*`` environment variables.

Nothing here runs at import time; call :func:`get_settings` (cached) or build
:class:`Settings` directly in tests.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

_REPO_ROOT = Path(__file__).resolve().parents[2]


class Settings(BaseSettings):
    """Everything an operator can set. Environment variables use the ``GUIDEBOT_`` prefix."""

    model_config = SettingsConfigDict(env_prefix="GUIDEBOT_", env_file=None, extra="ignore")

    # Where things are.
    corpus_dir: Path = Field(default=_REPO_ROOT / "corpus", description="Guides and directory listings.")
    data_dir: Path = Field(default=_REPO_ROOT / "data", description="Embedded Chroma, feedback store.")
    site_base_url: str = "https://mensworkdirectory.example"

    # Vector store: embedded by default, Chroma server when a host is set.
    chroma_host: str | None = None
    chroma_port: int = 8000
    chroma_ssl: bool = False
    collection_prefix: str = "guidebot"

    # Embedding model: the packaged all-MiniLM-L6-v2, or a hashing fake for fast tests.
    embedder: Literal["minilm", "hashing"] = "minilm"

    # Retrieval.
    retrieval_mode: Literal["hybrid", "dense", "bm25"] = "hybrid"
    fusion: Literal["weighted", "rrf"] = "weighted"
    top_k: int = Field(default=8, ge=1, le=50)
    rrf_k: int = Field(default=60, ge=1)
    relevance_threshold: float | None = Field(
        default=None, description="Minimum best cosine similarity to answer; None = the calibrated default."
    )

    # Answer generation.
    generator: Literal["extractive", "llm"] = "extractive"
    max_answer_sentences: int = Field(default=3, ge=1, le=8)
    llm_base_url: str = "http://127.0.0.1:8080/v1"
    llm_model: str = "local"
    llm_api_key: SecretStr = SecretStr("not-needed")
    llm_temperature: float = 0.2
    llm_timeout: float = Field(default=20.0, gt=0)
    llm_max_retries: int = Field(default=1, ge=0, le=5)
    llm_max_tokens: int = Field(default=400, ge=16, le=8192, description="Longest LLM answer, in tokens.")

    # Safety and locale.
    default_locale: str = "en-US"
    log_message_text: bool = False

    # Web.
    cors_origins: list[str] = Field(default_factory=lambda: ["http://localhost:8000", "http://127.0.0.1:8000"])

    # Chat platforms (secrets never logged).
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    discord_public_key: str | None = None
    discord_bot_token: SecretStr | None = None
    discord_application_id: str | None = None
    discord_api_url: str = "https://discord.com/api/v10"

    @field_validator("site_base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @property
    def guides_dir(self) -> Path:
        return self.corpus_dir / "guides"

    @property
    def directory_dir(self) -> Path:
        return self.corpus_dir / "directory"

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once from the environment."""
    return Settings()
