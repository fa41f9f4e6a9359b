"""``guidebot slack``: run the Slack bot over Socket Mode (no public URL needed)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

CorpusOpt = Annotated[Path | None, typer.Option("--corpus", help="Corpus folder.")]
DataOpt = Annotated[Path | None, typer.Option("--data-dir", help="Data folder (index, feedback).")]


def slack(corpus: CorpusOpt = None, data_dir: DataOpt = None) -> None:
    """Answer Slack mentions and DMs over Socket Mode.

    Needs GUIDEBOT_SLACK_BOT_TOKEN (xoxb-) and GUIDEBOT_SLACK_APP_TOKEN (xapp-, with
    connections:write). For HTTP events instead, run `guidebot serve` with
    GUIDEBOT_SLACK_SIGNING_SECRET set and point Slack at /slack/events.
    """
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    from guidebot.adapters.slack import create_slack_app
    from guidebot.cli import console, fail, settings_from, start_long_running
    from guidebot.errors import GuidebotError

    settings = settings_from(corpus, data_dir)
    try:
        bot, app_token = start_long_running(
            settings,
            settings.slack_app_token,
            "GUIDEBOT_SLACK_APP_TOKEN is not set; create an app-level token (xapp-) with connections:write "
            "under Basic Information",
        )
        app = create_slack_app(settings, bot)
    except GuidebotError as exc:
        fail(exc)
        return
    console.print("guidebot is listening on Slack (Socket Mode). Ctrl-C stops it.")
    SocketModeHandler(app, app_token).start()


def register(app: typer.Typer) -> None:
    """Add ``guidebot slack`` to the CLI."""
    app.command("slack")(slack)
