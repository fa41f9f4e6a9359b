"""ASGI entry point for a process manager: ``uvicorn api.main:app`` (settings from GUIDEBOT_*)."""

from guidebot.adapters.web import create_app

app = create_app()
