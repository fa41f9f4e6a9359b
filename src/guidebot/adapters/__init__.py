"""Channels: each parses its input, calls the bot, and renders the answer. No logic of their own."""
