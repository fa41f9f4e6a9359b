"""Implementations of the interfaces in ``guidebot.ports``. Vendor SDKs are imported only here."""
