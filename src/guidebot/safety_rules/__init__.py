"""Layer 1 of the safety screen — the pattern layer — and the regexes of layer 3.

What is here, module by module (this package re-exports the public names):

* ``base`` — :func:`normalise`, the text every pattern reads: NFKC, laughing emoji ->
  ``" lol "``, curly quotes and backticks straightened, ``ß`` -> ``ss`` (and ``ł ø æ ı`` ->
  ``l o ae i``), accents folded to ASCII, lower case, letter runs of three or more cut to two
  (``"soooo"`` -> ``"soo"``), whitespace collapsed. Also :class:`Rule` and ``_rule``, which
  builds one; the ``<MACRO>`` vocabulary (``_MACROS``: ``<IM>``, ``<MYSELF>``, ``<PARTNER>``,
  ``<KID>``, ``<PERSON>``, ``<CLOSE>``, ``<HARM>``, ``<WEAPON>``, ``<PILLS>``, ``<DRUGS>``,
  ``<ABUSEV>``, ``<IPILLS>``, ...); and :data:`CATEGORIES`, the four crisis categories.
* ``english`` — the English rules (``ENGLISH``), in four sections: an emergency in progress;
  suicide and self-harm; intent or fear of harming others; being abused or threatened at
  home. Above them, the figurative and context fragments they share (``_HARM_FIGURATIVE``,
  ``_HARM_LEAD``, ``_DIE_FIGURATIVE``, ``_INANIMATE``, ``_GENERAL_HELP``, ``_NUISANCE``,
  ``_CHILDHOOD``, ``_PLAY``, ``_CARE_WORK``, ...).
* ``intl`` — the rules for 13 other languages (``OTHER_LANGUAGES``, ids ``intl.*``) and their
  fragments (``_INTL_*``).
* ``matching`` — :data:`RULES` (English, then other languages) and :func:`match_rules`,
  layer 1 over normalised text: the first rule (in :data:`RULES` order) with a match none of
  the checks suppresses, and the ids of rules whose matches were all suppressed
  (:class:`RuleHit` is what it returns). The checks: negation just before the match
  (``_NEGATION``, with the exceptions in ``_NEGATION_EXCEPT``), a crisis told as resolved
  history (``_PAST`` with nothing in ``_CURRENT``; in other languages ``_INTL_PAST`` with
  nothing in ``_INTL_CURRENT`` either), an emergency told as past (``_EMERGENCY_PAST`` with
  nothing in ``_NOW``; likewise ``_INTL_EMERGENCY_PAST`` and ``_INTL_NOW``), hyperbole for
  suicide rules (``"I'd rather die than..."``, nuisances that "make me want to die"), and
  each rule's own ``before``/``after``/``text`` patterns.
* ``context`` — ``FOLLOWUP_*`` and :data:`CONCERN`, the regexes layer 3 (context) reads a
  short follow-up and earlier user turns with; the logic is
  :meth:`guidebot.safety.SafetyScreen.context`.

Nothing here embeds or loads a file; :class:`guidebot.safety.SafetyScreen` uses it.

How to add a rule:

1. Put a ``_rule(id, category, *alternatives, ...)`` call in its section: of ``ENGLISH``
   (an emergency in progress; suicide and self-harm; intent or fear of harming others; being
   abused or threatened at home) or of ``OTHER_LANGUAGES``. Order decides which rule, and so which
   category, a decision names: the first rule with an unsuppressed match wins, emergencies
   first.
2. ``id`` is ``"<section>.<name>"`` (``"suicide.kill_myself"``; sections ``emergency``,
   ``suicide``, ``harm``, ``abuse``, ``intl``) and must stay stable: it appears in decision
   reasons and logs. ``category`` is one of ``S, H, A, E`` (the :data:`CATEGORIES` in that
   order).
3. Write each alternative for normalised text: lower case ASCII with no accents (``"nao"``,
   not ``"não"``), straight ``'`` (``i'?m``), no letter repeated three times. ``_rule`` puts
   ``\\b(?:...)`` before every alternative, so each starts at a word boundary (the engine
   then skips most positions fast); alternatives may be given as several strings. Use
   ``<MACRO>`` names for the shared vocabulary; macros may use macros (three levels).
4. Guard against false positives with the keyword arguments (see :class:`Rule`):
   ``neg=False`` when a negation before the match does not make it safe ("can't breathe");
   ``after`` for figurative use right after the match (anchored with ``^``, read over the
   next 80 characters); ``before`` for the clause up to the match (anchored with ``$``);
   ``text`` to skip the rule when the whole message matches; ``also`` to fire only when
   something else occurs in the message. Reuse the shared fragments where they fit.
5. Add the messages it must catch and the near misses it must not to
   ``tests/test_safety.py``, and check ``guidebot safety-eval evals/safety/labelled.yaml``:
   crisis recall must not drop and the false-positive rate must not rise.

The screen passes :func:`match_rules` a normalised copy of the first 4000 characters of a
message (``_MAX_SCREEN_CHARS`` in :mod:`guidebot.safety`). The comments next to the rules
and fragments give the phrasings each one is for; keep one for any rule or fragment whose
purpose its id does not make plain.
"""

from guidebot.safety_rules.base import CATEGORIES, Rule, normalise
from guidebot.safety_rules.context import (
    CONCERN,
    FOLLOWUP_AFFIRM,
    FOLLOWUP_MEANS,
    FOLLOWUP_QUANTITY,
    FOLLOWUP_SAFE,
    FOLLOWUP_TIME,
)
from guidebot.safety_rules.matching import RULES, RuleHit, match_rules

__all__ = [
    "CATEGORIES",
    "CONCERN",
    "FOLLOWUP_AFFIRM",
    "FOLLOWUP_MEANS",
    "FOLLOWUP_QUANTITY",
    "FOLLOWUP_SAFE",
    "FOLLOWUP_TIME",
    "RULES",
    "Rule",
    "RuleHit",
    "match_rules",
    "normalise",
]
