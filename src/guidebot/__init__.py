"""guidebot: answers visitors' questions from the Men's Work Directory's guides.

The package follows the data flow in DESIGN.md, one module per stage:
``corpus`` (load) -> ``chunks`` (split) -> ``index`` (embed and store) and, per request,
``safety`` (screen) -> ``retrieve`` -> ``answer`` -> ``referral``, composed by ``bot.build_bot``.
"""

__version__ = "0.1.0"
