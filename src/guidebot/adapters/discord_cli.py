"""``guidebot discord register`` (the /ask command), ``guidebot discord run`` (the gateway bot)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

CorpusOpt = Annotated[Path | None, typer.Option("--corpus", help="Corpus folder.")]
DataOpt = Annotated[Path | None, typer.Option("--data-dir", help="Data folder (index, feedback).")]

discord_app = typer.Typer(help="The Discord bot: register /ask, run the gateway bot.",
                          no_args_is_help=True)


@discord_app.command("register")
def register_ask(
    guild: Annotated[str | None, typer.Option(
        help="Register in this server only (appears at once; global commands can take a while).",
    )] = None,
) -> None:
    """Register the /ask slash command with Discord (safe to re-run: it updates it).

    Needs GUIDEBOT_DISCORD_BOT_TOKEN and GUIDEBOT_DISCORD_APPLICATION_ID.
    """
    from guidebot.adapters.discord import register_command
    from guidebot.cli import fail, out, settings_from
    from guidebot.errors import GuidebotError

    try:
        command = register_command(settings_from(), guild)
    except GuidebotError as exc:
        fail(exc)
        return
    where = f"in server {guild}" if guild else "globally"
    out.print(f"registered /{command.get('name', 'ask')} (id {command.get('id', '?')}) {where}")


@discord_app.command("run")
def run(corpus: CorpusOpt = None, data_dir: DataOpt = None) -> None:
    """Run the gateway bot: it answers mentions in a thread and keeps answering there.

    Needs GUIDEBOT_DISCORD_BOT_TOKEN and the Message Content intent enabled for the bot.
    """
    from guidebot.cli import console, fail, settings_from, start_long_running
    from guidebot.errors import GuidebotError

    settings = settings_from(corpus, data_dir)
    try:
        bot, _ = start_long_running(
            settings,
            settings.discord_bot_token,
            "GUIDEBOT_DISCORD_BOT_TOKEN is not set; copy it from the Developer Portal > your application > Bot",
        )
    except GuidebotError as exc:
        fail(exc)
        return
    from guidebot.adapters.discord_gateway import run_gateway

    console.print("guidebot is connecting to Discord. Ctrl-C stops it.")
    run_gateway(settings, bot)


def register(app: typer.Typer) -> None:
    """Add ``guidebot discord ...`` to the CLI."""
    app.add_typer(discord_app, name="discord")
