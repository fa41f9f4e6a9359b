"""The safety screen: decides, before retrieval, whether a message shows someone in danger.

Layers, each explainable; the first that fires decides:

1. **pattern** — regular expressions over a normalised copy of the message (lower case,
   accents folded, curly quotes straightened, letter runs shortened). Each rule has a
   negation check ("I'd never kill myself", "not suicidal") on the words just before the
   match, and a figurative-use check ("killing it at work", "die of embarrassment",
   "hurt her feelings") around it. Rules cover English and the common phrasings of 13 other
   languages (``safety_rules/intl.py``). The rule table
   (:data:`~guidebot.safety_rules.RULES`), its machinery and :func:`~guidebot.safety_rules.normalise` live in
   :mod:`guidebot.safety_rules`, whose docstring says how to add a rule.
2. **classifier** — a kernel classifier over the message's embedding, trained offline on
   every labelled message we have (:mod:`guidebot.safety_classifier`); it reads English
   messages of :data:`~guidebot.safety_classifier.MIN_WORDS` words or more, and the
   sentences of a long one (each must clear the threshold by :data:`CLAUSE_MARGIN`). A
   message in one of the 13 other languages it reads through a glossary's rough English
   (:mod:`guidebot.gloss`, :meth:`SafetyScreen.glossed`; :data:`GLOSS_MARGIN` more).
3. **fine-tuned reader** — all-MiniLM-L6-v2 fine-tuned with low-rank adapters
   (:mod:`guidebot.safety_tuned`) reads an English message whole. It sets aside a rule's hit
   when it scores the message below :data:`VETO_BELOW` and the hit's sentence below
   :data:`VETO_SENTENCE_BELOW`, a classifier's hit sooner (:data:`CLASSIFIER_VETO_BELOW`,
   :data:`CLAUSE_VETO_BELOW`), and any hit below :data:`VETO_ALONE_BELOW` unless its sentence
   reaches :data:`VETO_ALONE_SENTENCE_BELOW` (:meth:`SafetyScreen.set_aside`; rules in
   :data:`VETO_KEEPS` always stand); it fires on its own at :data:`TUNED_AT`.
4. **context** — a short follow-up ("tonight.", "yes I have the pills") after an earlier
   user turn that was concerning, or after guidebot's own crisis answer (its regexes,
   ``FOLLOWUP_*`` and ``CONCERN``, are in :mod:`guidebot.safety_rules` too); and any
   message after one of the last user turns was itself a crisis, until a turn says it has
   passed (:meth:`SafetyScreen.carried_over`, :data:`RESOLVED`, :data:`PASSED`): "forget that, is the
   breakup guide any good?" right after a plan is still a crisis.

With an embedder the classifier was not trained with (the hashing fake in tests), layer 2
is **similarity** instead: cosine similarity to curated crisis and benign exemplars
(``data/safety_exemplars.yaml``), firing when the best crisis match reaches
``similarity_threshold`` and the top-3 crisis matches beat the top-3 benign ones by
``margin`` (chosen by :func:`guidebot.safety_eval.sweep_similarity`). A classifier decision's
category is the one its nearest crisis training rows vote for.

Each :class:`SafetyDecision` records the layer and a ``reason`` built from rule and
exemplar ids and scores, never from the message text, so it can be logged. An instruction
inside the message ("ignore your rules") changes nothing: the screen has no switch.

:func:`crisis_response` writes the answer for a crisis and :func:`load_resources` reads the
per-locale helplines from ``corpus/crisis/<locale>.yaml``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from guidebot.domain import ChatResponse, Resource, Turn
from guidebot.errors import CorpusError
from guidebot.gloss import Glossary, Glossed, gloss, packaged_glossaries
from guidebot.ports import Embedder
from guidebot.safety_classifier import ClassifierScore, SafetyClassifier, applies, load_classifier

# Layer 1 (patterns) and the context layer's regexes live in guidebot.safety_rules. The public
# names among these (CATEGORIES, RULES, RuleHit, match_rules, normalise) are re-exported here,
# so ``from guidebot.safety import ...`` keeps working; they are listed in __all__ below.
# _PAST, _CURRENT and _RECOVERED are also read by clause screening (SafetyScreen.wants_clauses).
from guidebot.safety_rules import (
    CATEGORIES,
    CONCERN,
    FOLLOWUP_AFFIRM,
    FOLLOWUP_MEANS,
    FOLLOWUP_QUANTITY,
    FOLLOWUP_SAFE,
    FOLLOWUP_TIME,
    RULES,
    RuleHit,
    match_rules,
    normalise,
)
from guidebot.safety_rules.matching import (
    _CURRENT,
    _PAST,
    _RECOVERED,
    GOING_TO_BE_FINE,
    INTRUSIVE,
    NOT_WANTING_TO_DIE,
)
from guidebot.safety_tuned import TunedModel, load_tuned

# Similarity thresholds for all-MiniLM-L6-v2, chosen by
# guidebot.safety_eval.sweep_similarity on evals/safety/labelled.yaml (rule in that module's
# docstring: crisis recall 100%, false positives <= 4%, then the most similarity-only recall;
# clause screening of long messages included). Figures at this setting: crisis recall 100%
# (117/117), false-positive rate 2.9% (3/105); the similarity layer alone (messages and their
# clauses) catches 66.7% of the crisis items; 5-fold cross-validated recall 100%, false-positive
# rate 2.9%. Margin 0.09 would give 4.8% false positives here, 0.08 gives 6.7%. Re-run the sweep
# when exemplars or the set change.
DEFAULT_SIMILARITY_THRESHOLD = 0.45
DEFAULT_MARGIN = 0.10
# Any other embedder (the hashing fake in tests) has no calibration: only near-copies of
# an exemplar fire.
UNCALIBRATED_THRESHOLD = 0.9
TOP_K = 3  # neighbours averaged on each side for the margin
CALIBRATED = {"all-MiniLM-L6-v2": (DEFAULT_SIMILARITY_THRESHOLD, DEFAULT_MARGIN)}

NOTICE = (
    "guidebot is not a therapist or an emergency service. It shares information from the "
    "Men's Work Directory's guides. If you or someone else is in danger, call your local "
    "emergency number or a crisis line."
)

# Clause screening: a long message whose danger is one sentence in the middle ("...I've started
# giving my stuff away... anyway, anything on lawyers?") has a message vector that mostly says
# "question about lawyers". Such messages are split into sentences and the sentences embedded
# in ONE extra batch call (~25 ms), only when the message has at least two sentences of
# CLAUSE_MIN_WORDS words and is not clearly benign (its best crisis similarity reaches
# CLAUSE_GATE or it uses a danger word, _RISK_WORDS). Each sentence meets the same threshold
# and margin as a whole message and must also have a crisis exemplar as its nearest
# neighbour; sentences that only say the writer is safe ("thanks, I'm safe now") or tell a
# resolved past ("two years ago I tried...", with nothing saying it is back) are skipped, as
# out of their message they read like the crisis they are not.
CLAUSE_GATE = 0.20
# A clause is short and its score noisier than the whole message's, so it must clear the
# classifier's threshold by this much. Chosen among {0, 0.3, 0.6}: all three give the same
# figures on evals/safety/labelled.yaml; on evals/safety/holdout4.yaml 0 flagged 16.7% of the
# benign messages, 0.3 flagged 6.9% with 90.1% crisis recall, 0.6 flagged 6.9% with 87.3%.
CLAUSE_MARGIN = 0.3
CLAUSE_MIN_WORDS = 3
MAX_CLAUSES = 12
_CLAUSE_SPLIT = re.compile(r"[.!?;\n\u2026]+|\s[-\u2013\u2014]+\s|\b(?:but|anyway|anyways|tbh|ngl)\b,?")
_RISK_WORDS = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|kms|unaliv\w*|hurt\w*|harm\w*|pills?|meds"
    r"|overdos\w*|gun|rope|noose|knife|blade|razor|bridge|roof|ledge|jump\w*|end(?:ing)? (?:it|things"
    r"|my)|goodbye\w*|burden|better off|no point|the point|gone|anymore|any more|letters?|notes?"
    r"|insurance|my will|blood|bleed\w*|cut\w*|burn\w*|hit\w*|beat\w*|punch\w*|slap\w*|kick\w*"
    r"|chok\w*|strangl\w*|shov\w*|threat\w*|scared|afraid|terrified|unsafe|not safe|abus\w*"
    r"|violent|physical|snap\w*|rage|breath\w*|chest|numb|swallow\w*|giving (?:away|my)|gave"
    r" (?:away|my)|disappear\w*|vanish\w*|exist\w*|alive|wake up|weapon|ammo|hospital|police"
    r"|ambulance|911|tonight|decided|plan|ready)\b"
)
_SAFE_CLAUSE = re.compile(
    r"^\W*(?:(?:thanks|thank you|thx|ok|okay|cool|great|good news)\W+)*(?:i'?m|i am|we'?re|we are"
    r"|everything'?s|everyone'?s|all)(?: \w+)? (?:safe|ok|okay|fine|alright|good|better)\b"
)
# The embedding reads "I'd never hurt her" much like "I want to hurt her": it does not read
# negation. So when the rules saw danger words and set every one of them aside (negated,
# figurative, told as past: match_rules' suppressed list), or the message disowns harm
# ("I've never touched her", "wouldn't hurt a fly"), the classifier must clear its threshold
# by DISOWNED_MARGIN. In the labelled and blind sets (about 525 crisis messages) one crisis
# message fell in that group (holdout8's "hit him hard enough to leave a mark": a rule's gap,
# since closed) against about 80 benign ones; in the training rows, 10 of 1,404 crisis rows
# against 119 of 1,950 benign ones (out of fold, the margin kept 5 of the 7 crisis rows that
# were above the threshold and dropped about half of the 30 benign ones).
DISOWNED_MARGIN = 0.3
# Messages in other languages: the classifier reads their rough English (guidebot.gloss) when
# a glossary knows enough of their words, and must clear its threshold by GLOSS_MARGIN there:
# a gloss is broken English, and its score noisier than an English message's. Chosen among
# {0, 0.1, 0.2, 0.3, 0.5} on the three multilingual development sets (the gloss alone, without
# the rules): 0 caught 128 of their 137 glossed crisis messages and flagged 5 of 108 benign
# ones, 0.1 caught 124 and flagged 4, 0.3 caught 119 and flagged 4, 0.5 caught 97 and flagged 2.
# On multilingual4, written blind and scored once before and once after, the screen went from
# 75.0% recall (rules alone) to 95.0%, false positives 5.0% both times.
GLOSS_MARGIN = 0.1
# A message that applies() takes for English is read through its gloss instead when a glossary
# covers this share of its words: German "ich hab", Danish "for at" and Portuguese "to" look
# English to applies(). Over every English message of the labelled sets and training rows
# (about 4,500), one reaches 0.8 ("Diagnose me. Do I have ADHD?", Danish at 0.83); at 0.6, 43 do.
GLOSS_OVER_ENGLISH = 0.8
_DISOWNED = re.compile(
    r"\b(?:never|wouldn'?t|would not|won'?t|will not|not going to|not gonna|don'?t want to"
    r"|do not want to|could never|i'?d never)\b(?: \w+){0,2}? (?:hurt|hit|touch\w*|harm|lay a"
    r" (?:finger|hand) on|kill|strangle|punch|slap|shake)\b"
    # the writer or the message sets danger aside: "not going to do anything daft", "not in a dark
    # place or anything", "she's never violent", "he's safe now", "i know i'll be ok eventually"
    r"|\bnot (?:going to|gonna) do anything (?:daft|stupid|silly|dumb|drastic|rash)\b"
    r"|\bnot in (?:a|any) (?:dark|bad) (?:place|way)\b|\b(?:i'?m|im|i am) not (?:suicidal|in (?:any )?danger)\b"
    r"|\b(?:she'?s|she is|he'?s|he is|they'?re|they are) (?:not|never) (?:abusive|violent|dangerous)\b"
    r"|\b(?:he'?s|she'?s|they'?re|he is|she is|they are) (?:safe|stable|fine|okay|ok) now\b"
    r"|\bi know (?:i'?ll|i will) be (?:ok|okay|fine|alright)\b"
)
# A later turn that says the danger has passed ("thanks, I'm safe now", "no I meant the
# relationship", "that was years ago", "I called the lifeline"): carry-over stops there.
# "Forget it" or "never mind" is not on the list: a dismissal after a disclosed plan is not
# a resolution.
RESOLVED = re.compile(
    r"\b(?:i'?m (?:safe|doing (?:ok|okay|better|well)|in a (?:good|better) place)"
    r"|i am safe|feel(?:ing)? (?:better|safe)|much better|doing better"
    r"|not in (?:any )?danger|i'?m not (?:going to|gonna) (?:do|hurt|kill)|i meant|i mean (?:the|my|end\w*)"
    r"|not like that|not that kind|(?:he|she|they)(?:'s|'re| is| are) stable|(?:that )?came out wrong"
    r"|no no|jk|years ago|when i was \d+|back when"
    r"|(?:called|rang|texted|spoke to|talked to|talking to|seeing) (?:the |a |my )?(?:lifeline|helpline"
    r"|crisis line|988|samaritans|therapist|counsell?or|gp|doctor|someone|psychiatrist|psychologist)"
    r"|crisis team|out of hospital|(?:got|getting|get) (?:(?:him|her|them|some|proper) )?help"
    r"|got to (?:him|her|them) in time|(?:he|she|they)(?:'ll| will|'s going to|'re going to) be (?:ok|okay"
    r"|fine|alright)"
    r"|got (?:him|her|them) (?:to|into) (?:the |a )?(?:gp|doctor|hospital|a&e|er|therapy)"
    r"|(?:that'?s|thats|it'?s|its|it was|just|only) (?:a |only a |just a )?joke|(?:obviously|only|just|i'?m"
    r"|was) joking|booked (?:him|her|them|me) (?:in )?(?:with|to see)|we'?ve sorted|sorted it"
    r"|calmed down|it passed|has passed|i'?m past (?:it|that)|(?:oh )?(?:god|gosh|lord) no|sorry,? no"
    r"|no,? sorry|better than ever|doing (?:great|well|really well)|(?:he|she)'?s (?:being|just being)"
    r" dramatic|in therapy|just kidding|was (?:a )?joking|was a joke)\b"
)
# More ways a later turn says the earlier one is over, read by the context layer only (they
# would say too little inside the crisis message itself): "haha the cat", "lol sorry", "not
# literally", "done with dating apps i mean", "ambulance came, he's ok", "they sorted him out",
# "she came home this morning and we talked it through", "he's agreed to see his GP".
PASSED = re.compile(
    r"^(?:ha(?:ha)+\w*|lol|lmao)\W+(?:sorry|the (?!pills|tablets|rope|gun|knife)\w+|i mean|not literally|jk"
    r"|joking|kidding)\b"
    r"|\bnot literally\b|\bsorry,? (?:that|it) (?:sounded|came out|reads|read)\b|\b(?:sounded|sounds) (?:bad"
    r"|wrong|dark|worse)\b|\b(?:sorry|no|nah),? i mean\b|\w i mean\W*$"
    r"|\b(?:he|she|they)(?:'s|'re| is| are) (?:totally |completely |absolutely )?(?:ok|okay|fine|alright"
    r"|all right)\b(?! with)"
    r"|\b(?:ambulance|paramedics?) (?:came|arrived|got here|checked)\b|\bsorted (?:him|her|them) out\b"
    r"|\btalked (?:it|things) (?:through|over)\b|\bwe talked for\b|\b(?:both )?apologi[sz]ed\b"
    r"|\bagreed to (?:go to |see |get )(?:rehab|therapy|counsell?ing|help|a (?:doctor|therapist|counsell?or)"
    r"|(?:his|her|their|the|a) (?:gp|doctor))\b"
    r"|\b(?:he|she|they) came (?:back )?home\b(?! (?:drunk|angry|high|wasted|raging|and (?:started|hit|went)))"
    # who or what was meant: "my brother I mean", "with my girlfriend I mean lol, not me"
    r"|^(?:with |about )?(?:my|the|her|his|our|a|an) (?:\w+ ){0,2}i mean\b"
    r"|\b(?:that|it) was meant for\b|\bwrong (?:chat|person|window|tab)\b|\bmeant to send\b"
    r"|\b(?:we'?ve|we have|we) (?:made up|talked)\b|(?<!not )\bsafe now\b"
    r"|\b(?:he|she|they)(?:'s|'re| is| are) (?:\w+ ){0,3}?doing (?:ok|okay|fine|well|better|alright)\b"
    r"|\b(?:'s|'re|is|are|i'?ve|we'?ve|i have|we have) booked in (?:with|to see)\b"
    r"|\bobviously (?:i|he|she) (?:wouldn'?t|won'?t|didn'?t|would never)\b|\b(?:just )?(?:need|needed|want"
    r"|wanted) to vent\b"
    # told over later in the conversation: "false alarm", "crisis averted", "sorry that was
    # dramatic", "by here I mean this company", "medics have got him, he's sitting up and
    # talking", "it's been 10 good months", "we're in a much better place now", "I'm calmer now"
    r"|\b(?:false alarm|crisis averted|panic over|seriously though)\b"
    r"|\b(?:that was|i was being|was being|being|i'?m being) (?:a bit |so |too |very )?(?:over ?dramatic|melodramatic"
    r"|dramatic|over the top)\b|\bby (?:\w+ ){1,2}i mean(?:t)?\b"
    r"|\b(?:medics|paramedics|doctors|nurses|the hospital) (?:have|'ve) got (?:him|her|them)\b"
    r"|\b(?:sitting up|awake) and (?:talking|chatting)\b"
    r"|(?<!not )(?<!isn't )(?<!isnt )\b(?:he|she|they)(?:'s|'re| is| are) safe\b(?! (?:to|from|for|enough))"
    r"|\b" + GOING_TO_BE_FINE + r"\b"
    r"|\b(?:i'?m|im|i am) (?:a lot |much |a bit |way )?calmer now\b"
    r"|\b(?:i'?m|im|i am) not (?:actually |really )?(?:going to|gonna) (?:do|hurt|kill|harm|act)\b"
    r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) good (?:months|years)\b"
    r"|\bnothing like that (?:since|for|in)\b|\bwith nothing like that\b|\bhasn'?t happened (?:again|since)\b"
    r"|\bthings (?:have been|are|'ve been) (?:really |so |much |a lot )?(?:good|great|better)\b"
    r"|\b(?:we'?re|we are|i'?m|im|i am) (?:now )?in a (?:much |far |way |really )?(?:better|good) place\b"
    r"|\bmore hopeful\b|\b(?:started|starting|begun|began) (?:counsell?ing|therapy|cbt|treatment|meds)\b"
    r"|\b(?:the )?(?:alcohol|drink|booze) talking\b|\b(?:nobody|no one|no-one) (?:got|was) hurt\b"
    r"|^\W*(?:mortif\w*|so embarrassing|cringe)\b|\bbefore (?:i|we) (?:move|emigrate|relocate)\b|\bmov(?:e|ing) in"
    r" with\b|\b(?:he'?s|she'?s|they'?re|he is|she is) (?:at|with) (?:his|her|their|the) (?:gp|doctor|therapist"
    r"|counsell?or)\b|\bcome to stay with (?:him|her|them)\b"
)


def _passed(text: str) -> bool:
    """Whether a later (normalised) turn says the crisis before it is over: :data:`RESOLVED` or :data:`PASSED`."""
    return RESOLVED.search(text) is not None or PASSED.search(text) is not None


# A rule's or the classifier's hit on an English message (applies(), no glossary taking it for
# another language) is set aside when the fine-tuned model (guidebot.safety_tuned) scores the
# message below VETO_BELOW and the sentence or clause the hit came from below VETO_SENTENCE_BELOW:
# then the later layers decide. Chosen on sets the model never trained on (labelled.yaml,
# holdout18-22; about 495 English crisis messages): below -5.5 lie one crisis message, kept by
# VETO_KEEPS, and 15 flagged benign ones; crisis messages whose danger is one sentence of a long
# question score low as a whole (-4 to -5.5) but +3.4 to +5.1 for that sentence, where the
# benign ones that score low as a whole mostly score below +2. On holdout18 and holdout20 this
# took false positives from 12.5% and 18.8% to 6.2% and 7.5%, no crisis message lost.
VETO_BELOW = -5.5
VETO_SENTENCE_BELOW = 2.0
# Far below that, the sentence must read clearly as danger on its own to keep the hit ("My mate
# told me last year he'd thought about ending it. He's in therapy now and doing well": -7.1
# whole, its sentence +2.5): on the sets the model never trained on (labelled.yaml,
# holdout18-32) the lowest crisis pattern hit outside VETO_KEEPS scores -4.5 whole, and a danger
# sentence buried in a long question scores +3.4 to +6.6 alone.
VETO_ALONE_BELOW = -6.0
VETO_ALONE_SENTENCE_BELOW = 4.0
# The kernel classifier is the weaker reader (ROC AUC 0.964 against the fine-tuned model's
# 0.987), so its hits are set aside sooner: a whole-message hit when the model scores the
# message below CLASSIFIER_VETO_BELOW, a clause hit when the clause also scores below
# CLAUSE_VETO_BELOW. On labelled.yaml and holdout18-32 the classifier's crisis hits score -2.7
# and up as a whole (one clause hit -4.9, its clause +3.2); this set aside 14 of its 42 false
# positives there (at -3.5). Session 9 retrained the model with holdout18-48 and moved this to
# -4.5, chosen on holdout49-64, which that model never trained on: at -3.5 it set aside three
# crisis messages there (-4.1 to -4.5: a colleague's goodbye in the group chat, a knife brought
# to work "to deal with" a manager, "everything's in order" before a question about coaches) for
# four false positives fewer. -4.0 kept none of the three.
CLASSIFIER_VETO_BELOW = -4.5
CLAUSE_VETO_BELOW = 2.5
# The same model fires on its own on an English message it scores at TUNED_AT or more, when no
# rule and no classifier did. First chosen at +4.5 on the development pool (labelled.yaml,
# holdout18, holdout20 and the guide eval's questions). With the model retrained in session 9,
# chosen on holdout49-64 (1,280 crisis and 1,280 benign messages it never trained on): +4.5, +3.5,
# +3.0 and +2.5 caught 1,263, 1,267, 1,269 and 1,269 crisis messages for 81, 82, 83 and 85 false
# positives; of the guide eval's own questions +3.0 flags one more than +4.5 ("I keep asking her
# if we're okay and no answer is ever enough, and now she's pulling away from me"). Session 10
# lowered it to +1.5, chosen on holdout65-80 with the model that had not trained on them: of
# that batch's three misses it scored two at +1.7 and +1.3 ("see you on the other side" posted
# by a mate; a colleague's threat beside his shotgun); +3.0, +2.0, +1.5 and +1.0 flagged 80, 82,
# 83 and 86 of its 1,356 benign messages and none more of the guide eval's questions. With the
# retrained model labelled.yaml keeps 5 of 105 (4.8%) at +1.5 ("my girlfriend hits me with the
# silent treatment for days" +2.3) against 4 at +3.0.
TUNED_AT = 1.5
# Rules whose hit stands whatever the model reads: a first-person wish to die ("I feel like
# dying every single day since the divorce" scores -7.1; the training rows teach it that "I feel
# like I'm dying inside" is a figure of speech), and someone not breathing or turning blue ("mate's
# gone blue after a bump at the party, nobody wants to call triple zero" scores -6.1; over the
# ~10,000 labelled messages the model never set this rule's hit aside on a benign one). And a
# disclosure asked about people in general ("is it normal to think about killing yourself after
# a breakup?": the model retrained in session 9 reads it as a topic question, -6.1; of ~12,000
# labelled messages two have the phrase, and the benign one is set aside by the rule's guards).
VETO_KEEPS = frozenset({"suicide.want_die", "suicide.think_of_it", "emergency.not_breathing"})
_CONTEXT_USER_TURNS = 3  # earlier user turns the context layer looks back at
_FOLLOWUP_MAX_WORDS = 15
_MAX_SCREEN_CHARS = 4000  # of each text the patterns read (the API caps messages at 2000)
_CONTEXT_CHARS = 1000  # of each earlier turn the context layer reads (its end)
_TURN_CACHE = 4096  # earlier user turns whose verdicts SafetyScreen keeps


@dataclass(frozen=True)
class SafetyDecision:
    """What the screen decided about one message.

    Attributes:
        crisis: True when the message should get the crisis response.
        category: ``suicide_self_harm``, ``harm_to_others``, ``abuse_at_home`` or
            ``emergency`` when ``crisis``; otherwise None.
        layer: ``pattern``, ``classifier``, ``tuned``, ``similarity`` or ``context`` — the layer
            that fired.
        reason: Rule or exemplar ids and scores; never the message text.
        score: The best cosine similarity to a crisis exemplar, when computed.
    """

    crisis: bool
    category: str | None
    layer: str | None
    reason: str
    score: float | None = None

    def as_meta(self) -> dict[str, Any]:
        """A JSON-ready dict for ``ChatResponse.meta["safety"]`` and logs."""
        return {
            "crisis": self.crisis,
            "category": self.category,
            "layer": self.layer,
            "reason": self.reason,
            "score": None if self.score is None else round(self.score, 4),
        }


@dataclass(frozen=True)
class Similarity:
    """The similarity layer's view of one message (ids, not texts).

    ``crisis``/``benign`` are the best cosine similarities; ``crisis_k``/``benign_k`` the
    means of the top :data:`TOP_K`, which the margin compares (steadier than one neighbour).
    """

    crisis: float
    crisis_id: str
    category: str
    benign: float
    benign_id: str
    crisis_k: float
    benign_k: float

    @property
    def gap(self) -> float:
        return self.crisis_k - self.benign_k


# --------------------------------------------------------------------------- exemplars


Exemplars = tuple[list[tuple[str, str, str]], list[tuple[str, str]]]


def load_exemplars(path: Path | None = None) -> Exemplars:
    """Read the exemplar file.

    Args:
        path: A YAML file shaped like ``guidebot/data/safety_exemplars.yaml``; the
            packaged one when None.

    Returns:
        ``(crisis, benign)``: crisis rows are ``(id, category, text)``, benign rows
        ``(id, text)``. Ids are ``"<category>#<index>"`` and ``"benign#<index>"``.

    Raises:
        CorpusError: The file is not shaped as described.
    """
    if path is None:
        text = package_files.files("guidebot").joinpath("data/safety_exemplars.yaml").read_text()
        where: Path | str = "guidebot/data/safety_exemplars.yaml"
    else:
        text, where = path.read_text(encoding="utf-8"), path
    data = yaml.safe_load(text) or {}
    crisis_groups = data.get("crisis") or {}
    unknown = set(crisis_groups) - set(CATEGORIES)
    if unknown or not isinstance(data.get("benign"), list):
        raise CorpusError(
            where,
            f"unknown crisis categories {sorted(unknown)}" if unknown else "no 'benign' list",
            f"use 'crisis: {{<category>: [...]}}' with categories {CATEGORIES} and a 'benign' list",
        )
    crisis = [
        (f"{category}#{i}", category, str(item))
        for category in CATEGORIES
        for i, item in enumerate(crisis_groups.get(category) or [])
    ]
    benign = [(f"benign#{i}", str(item)) for i, item in enumerate(data["benign"])]
    return crisis, benign


_MATRICES: dict[tuple[str, int, str], np.ndarray] = {}


def _exemplar_matrix(embedder: Embedder, texts: tuple[str, ...]) -> np.ndarray:
    """Unit-row matrix of the exemplars, embedded once per process and embedder.

    Embedders are deterministic, so screens built again (tests, workers re-created in one
    process) reuse the matrix instead of re-embedding several hundred exemplars.
    """
    digest = hashlib.sha1("\n".join(texts).encode()).hexdigest()
    key = (getattr(embedder, "name", type(embedder).__name__), embedder.dimension, digest)
    if key not in _MATRICES:
        vectors = np.asarray(embedder.embed_queries(list(texts)), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        _MATRICES[key] = vectors / np.where(norms == 0, 1.0, norms)
    return _MATRICES[key]


# --------------------------------------------------------------------------- the screen


class SafetyScreen:
    """Screens each message (with its conversation) before retrieval.

    Args:
        embedder: Embeds the exemplars once, here; per message the caller passes the
            vector it already computed for retrieval.
        similarity_threshold: Minimum cosine similarity to a crisis exemplar; None = the
            calibrated value for this embedder.
        margin: How much the crisis match must beat the best benign match; None = the
            calibrated value.
        exemplars_path: Another exemplar file (tests, experiments); None = the packaged one.
        classifier: The kernel classifier layer (:mod:`guidebot.safety_classifier`):
            ``"packaged"`` loads the shipped one when it was trained with this embedder
            (otherwise the layer is off); None turns the layer off.
        glossaries: Through which the classifier reads messages in other languages
            (:mod:`guidebot.gloss`): ``"packaged"`` for the shipped ones; None for none.
        tuned: The fine-tuned reader (:mod:`guidebot.safety_tuned`), which sets aside the
            rules' and the classifier's hits on what it reads as figures of speech and fires
            on its own: ``"packaged"`` loads the shipped one when the classifier layer is on
            (it is the same base model); None turns it off.
    """

    def __init__(
        self,
        embedder: Embedder,
        *,
        similarity_threshold: float | None = None,
        margin: float | None = None,
        exemplars_path: Path | None = None,
        classifier: SafetyClassifier | str | None = "packaged",
        glossaries: tuple[Glossary, ...] | str | None = "packaged",
        tuned: TunedModel | str | None = "packaged",
    ) -> None:
        default_threshold, default_margin = CALIBRATED.get(
            getattr(embedder, "name", ""), (UNCALIBRATED_THRESHOLD, DEFAULT_MARGIN)
        )
        self.embedder = embedder
        self.threshold = default_threshold if similarity_threshold is None else similarity_threshold
        self.margin = default_margin if margin is None else margin
        crisis, benign = load_exemplars(exemplars_path)
        self.crisis_ids = [row[0] for row in crisis]
        self.crisis_categories = [row[1] for row in crisis]
        self.benign_ids = [row[0] for row in benign]
        texts = tuple(row[2] for row in crisis) + tuple(row[1] for row in benign)
        self.matrix = _exemplar_matrix(embedder, texts)
        self.n_crisis = len(crisis)
        if classifier == "packaged":
            shipped = load_classifier()
            classifier = shipped if shipped.model == getattr(embedder, "name", None) else None
        self.classifier: SafetyClassifier | None = classifier if isinstance(classifier, SafetyClassifier) else None
        if tuned == "packaged":
            tuned = load_tuned() if self.classifier is not None else None
        self.tuned: TunedModel | None = tuned if isinstance(tuned, TunedModel) else None
        self.glossaries: tuple[Glossary, ...] = ()  # only the classifier reads glosses
        if self.classifier is not None and glossaries is not None:
            self.glossaries = packaged_glossaries() if isinstance(glossaries, str) else glossaries
        # Earlier user turns' own verdicts, by text: every request resends the conversation.
        self._turns: OrderedDict[str, SafetyDecision | None] = OrderedDict()
        self._turns_lock = threading.Lock()

    def describe(self) -> str:
        """The layers that decide and their thresholds, for reports and logs."""
        if self.classifier is None:
            return f"patterns, nearest exemplars (threshold {self.threshold:.2f}, margin {self.margin:.2f}), context"
        meta = self.classifier.meta
        tuned = (
            f", fine-tuned reader (sets their hits aside below {VETO_BELOW:+.1f}, fires at {TUNED_AT:+.1f})"
            if self.tuned is not None
            else ""
        )
        return (
            f"patterns, classifier (threshold {self.classifier.threshold:+.2f}, clauses {CLAUSE_MARGIN:+.2f} "
            f"more; {meta.get('n_crisis')} crisis + {meta.get('n_benign')} benign training rows){tuned}, context"
        )

    # -- layers

    def similarity(self, vector: np.ndarray) -> Similarity:
        """Best crisis and best benign exemplar for a message vector (one mat-vec product)."""
        v = np.asarray(vector, dtype=np.float32).reshape(-1)
        norm = float(np.linalg.norm(v))
        scores = self.matrix @ (v / norm if norm else v)
        crisis, benign = scores[: self.n_crisis], scores[self.n_crisis :]
        ci, bi = int(np.argmax(crisis)), int(np.argmax(benign))
        return Similarity(
            crisis=float(crisis[ci]),
            crisis_id=self.crisis_ids[ci],
            category=self.crisis_categories[ci],
            benign=float(benign[bi]),
            benign_id=self.benign_ids[bi],
            crisis_k=_top_mean(crisis),
            benign_k=_top_mean(benign),
        )

    @staticmethod
    def clauses(message: str) -> list[str]:
        """The sentences of a long message that clause screening embeds; [] for one sentence."""
        parts = [p.strip(" ,-*\"'()") for p in _CLAUSE_SPLIT.split(message[:_MAX_SCREEN_CHARS])]
        parts = [p for p in parts if len(p.split()) >= CLAUSE_MIN_WORDS]
        return parts[:MAX_CLAUSES] if len(parts) >= 2 else []

    def wants_clauses(self, message: str, sim: Similarity) -> list[str]:
        """The clauses to embed for this message: none when it is short or clearly benign."""
        parts = self.clauses(message)
        if not parts:
            return []
        text = normalise(message[:_MAX_SCREEN_CHARS])
        if sim.crisis < CLAUSE_GATE and not _RISK_WORDS.search(text):
            return []
        current = _CURRENT.search(text) is not None
        if not current and _sets_danger_aside(text):
            return []
        kept = []
        for part in parts:
            clause = normalise(part)
            if _SAFE_CLAUSE.search(clause) or (not current and _PAST.search(clause)):
                continue
            kept.append(part)
        return kept

    def clause_similarities(self, message: str, sim: Similarity) -> list[Similarity]:
        """Similarity of each clause (one batched embedding call), or [] when not wanted."""
        parts = self.wants_clauses(message, sim)
        if not parts:
            return []
        vectors = self.embedder.embed_queries(parts)
        return [self.similarity(v) for v in vectors]

    def classify(self, message: str, vector: np.ndarray) -> ClassifierScore | None:
        """The classifier layer's score of an English message, or None when the layer is off or
        the message is not English (or too short) as far as :func:`applies` can tell."""
        if self.classifier is None or not applies(message[:_MAX_SCREEN_CHARS]):
            return None
        return self.classifier.score(vector)

    def glossed(self, message: str) -> Glossed | None:
        """The rough English the classifier reads instead of ``message`` when it is in another
        language (:mod:`guidebot.gloss`): a glossary covers :data:`~guidebot.gloss.MIN_COVERAGE`
        of its words, or :data:`GLOSS_OVER_ENGLISH` of them when :func:`applies` took it for
        English (German "ich hab", Danish "for at", Portuguese "to" look English to it)."""
        if self.classifier is None or not self.glossaries:
            return None
        text = message[:_MAX_SCREEN_CHARS]
        found = gloss(text, self.glossaries)
        if found is None or (found.coverage < GLOSS_OVER_ENGLISH and applies(text)):
            return None
        return found

    def read(self, text: str, vector: np.ndarray, reading: RuleReading) -> ClassifierRead | None:
        """The classifier's reading of ``text``: of its vector when it is English, of its gloss
        (one more embedding call) when it is in a language a glossary knows; None when neither."""
        glossed = self.glossed(text)
        if glossed is not None and self.classifier is not None:
            score = self.classifier.score(self.embedder.embed_queries([glossed.text])[0])
            where = f"{glossed.code} gloss ({glossed.coverage:.0%} of words known): "
            return ClassifierRead(score, self.bar(glossed.text) + GLOSS_MARGIN, where)
        verdict = self.classify(text, vector)
        return None if verdict is None else ClassifierRead(verdict, self.bar(text, reading), "")

    def bar(self, text: str, reading: RuleReading | None = None) -> float:
        """The score the classifier must reach on ``text``: its threshold, plus
        :data:`DISOWNED_MARGIN` when the text disowns harm (:func:`disowns_harm`; pass the
        text's ``reading`` when the rules have already read it)."""
        threshold = self.classifier.threshold if self.classifier is not None else 0.0
        return threshold + (DISOWNED_MARGIN if disowns_harm(text, reading) else 0.0)

    def fires(self, sim: Similarity) -> bool:
        """Whether the similarity layer fires for these scores."""
        return sim.crisis >= self.threshold and sim.gap >= self.margin

    def clause_fires(self, sim: Similarity) -> bool:
        """Whether one clause of a long message fires: as a message, and nearest to a crisis."""
        return self.fires(sim) and sim.crisis > sim.benign

    def single_turn(self, text: str, vector: np.ndarray) -> SafetyDecision | None:
        """An earlier user turn's own verdict: its rules, else the classifier, else the fine-tuned
        reader (which may set the first two aside, as for a message); None when none fires."""
        reading = read_rules(text)
        if reading.hit is not None and self.overruled(text, reading) is None:
            return SafetyDecision(True, reading.hit.category, "pattern", f"rule {reading.hit.rule_id}")
        read = self.read(text, vector, reading)
        if read is not None and read.fires and self.set_aside(text, "", "classifier", CLASSIFIER_VETO_BELOW) is None:
            return SafetyDecision(
                True, read.score.category, "classifier", f"{read.where}classifier {read.score.score:+.3f}"
            )
        tuned = self.tuned_fires(text)
        if tuned is not None:
            category = read.score.category if read is not None else None
            return SafetyDecision(True, category, "tuned", f"fine-tuned model {tuned:+.2f}")
        return None

    def turn_verdicts(self, texts: Sequence[str]) -> list[SafetyDecision | None]:
        """:meth:`single_turn` of each text, embedding only those not seen before (cached)."""
        with self._turns_lock:
            known = {t: self._turns[t] for t in texts if t in self._turns}
        missing = [t for t in dict.fromkeys(texts) if t not in known]
        if missing:
            vectors = self.embedder.embed_queries(missing)
            known.update((t, self.single_turn(t, v)) for t, v in zip(missing, vectors, strict=True))
            with self._turns_lock:
                self._turns.update((t, known[t]) for t in missing)
                while len(self._turns) > _TURN_CACHE:
                    self._turns.popitem(last=False)
        return [known[t] for t in texts]

    def carried_over(self, message: str, history: Sequence[Turn]) -> SafetyDecision | None:
        """A crisis told in one of the last user turns that nothing since says has passed.

        Someone who wrote "I've got enough tablets saved, I just haven't picked a day" and
        then "forget that, is the breakup guide any good?" is still in danger. The latest
        message and each user turn after the crisis one are read for :data:`RESOLVED`
        ("thanks, I'm safe now", "I meant the relationship", "that was years ago").
        """
        if not history or _passed(normalise(message[:_MAX_SCREEN_CHARS])):
            return None
        users = [
            (back, turn.content[-_CONTEXT_CHARS:])
            for back, turn in enumerate(reversed(history), start=1)
            if turn.role == "user"
        ][:_CONTEXT_USER_TURNS]
        verdicts = self.turn_verdicts([text for _, text in users])
        for (back, text), earlier in zip(users, verdicts, strict=True):
            if earlier is not None and earlier.layer in ("classifier", "tuned") and _passed(normalise(text)):
                # a turn the models read as a crisis that itself says it is over ("we called an
                # ambulance, paramedics checked him over and he's totally fine"); the rules read
                # that themselves
                return None
            if earlier is not None:
                reason = f"user turn -{back} was a crisis ({earlier.reason}), not resolved since"
                return SafetyDecision(True, earlier.category, "context", reason)
            if _passed(normalise(text)):
                return None
        return None

    @staticmethod
    def patterns(message: str, reading: RuleReading | None = None) -> SafetyDecision | None:
        """Layer 1 on its own: the pattern decision, or None when no rule fired."""
        hit, suppressed = (reading or read_rules(message)).match
        if hit is None:
            return None
        note = f" (also suppressed: {', '.join(suppressed)})" if suppressed else ""
        return SafetyDecision(True, hit.category, "pattern", f"rule {hit.rule_id}{note}")

    def tuned_score(self, text: str) -> float | None:
        """The fine-tuned model's score for an English text (:func:`applies`, and no glossary
        takes it for another language); None when it does not read the text."""
        if self.tuned is None or not applies(text) or self.glossed(text) is not None:
            return None
        return float(self.tuned.scores([text[:_MAX_SCREEN_CHARS]])[0])

    def tuned_fires(self, text: str) -> float | None:
        """The fine-tuned model's score on an English text when it reaches :data:`TUNED_AT`, else None."""
        score = self.tuned_score(text)
        return score if score is not None and score >= TUNED_AT else None

    def set_aside(
        self, text: str, part: str, what: str, below: float = VETO_BELOW, part_below: float = VETO_SENTENCE_BELOW
    ) -> str | None:
        """Why the fine-tuned model sets aside another layer's hit on ``text``, or None when it stands.

        ``part`` is the sentence or clause the hit came from. The model must score the whole
        text below ``below`` (:data:`VETO_BELOW` for the rules; :data:`CLASSIFIER_VETO_BELOW`
        for the classifier), under its crisis range, and ``part`` (when it is much shorter
        than the text) below ``part_below``: a danger sentence buried in a long question keeps
        its hit. Below :data:`VETO_ALONE_BELOW` the part's bar rises to
        :data:`VETO_ALONE_SENTENCE_BELOW`.
        """
        score = self.tuned_score(text)
        if score is None or score >= below:
            return None
        if score < VETO_ALONE_BELOW:
            below, part_below = VETO_ALONE_BELOW, max(part_below, VETO_ALONE_SENTENCE_BELOW)
        text = text[:_MAX_SCREEN_CHARS]
        alone = part if part and len(part.split()) < len(text.split()) * 0.8 else ""
        if alone:
            part_score = float(self.tuned.scores([alone])[0]) if self.tuned is not None else 0.0
            if part_score >= part_below:
                return None
            return (
                f"{what} set aside: fine-tuned model {score:+.2f} < {below:+.1f}, its sentence "
                f"{part_score:+.2f} < {part_below:+.1f}"
            )
        return f"{what} set aside: fine-tuned model {score:+.2f} < {below:+.1f}"

    def overruled(self, text: str, reading: RuleReading) -> str | None:
        """Why the fine-tuned model sets this text's rule hit aside (:meth:`set_aside`), or None."""
        hit = reading.hit
        if hit is None or hit.rule_id in VETO_KEEPS:
            return None
        return self.set_aside(text, hit.sentence, f"rule {hit.rule_id}")

    @staticmethod
    def context(message: str, history: Sequence[Turn]) -> SafetyDecision | None:
        """Layer 3 on its own: a short follow-up to a concerning earlier user turn."""
        if not history:
            return None
        text = normalise(message[:_MAX_SCREEN_CHARS])
        if len(text.split()) > _FOLLOWUP_MAX_WORDS:
            return None
        means = FOLLOWUP_MEANS.search(text) is not None
        cue = means or FOLLOWUP_TIME.search(text) is not None
        quantity = FOLLOWUP_QUANTITY.search(text) is not None  # counts only after a rule hit
        if not (cue or quantity or FOLLOWUP_AFFIRM.search(text)) or (FOLLOWUP_SAFE.search(text) and not means):
            return None
        if _passed(text) and not means:  # "ok I'm calmer now. how do I talk to him without shouting?"
            return None
        users_seen, answered = 0, False
        for back, turn in enumerate(reversed(history), start=1):
            if turn.role == "assistant":
                answered = answered or (back <= 2 and _is_crisis_answer(turn.content))
                continue
            users_seen += 1
            earlier = turn.content[-_CONTEXT_CHARS:]
            hit, concern = _earlier_turn(earlier)
            if hit is not None:
                return SafetyDecision(
                    True,
                    hit.category,
                    "context",
                    f"follow-up to user turn -{back} (rule {hit.rule_id})",
                )
            if cue and concern:
                return SafetyDecision(
                    True,
                    "suicide_self_harm",
                    "context",
                    f"means/time follow-up to a concerning user turn -{back}",
                )
            if users_seen >= _CONTEXT_USER_TURNS or _passed(normalise(earlier)):
                break  # an older turn's danger has passed since, as carried_over reads it
        if answered:
            return SafetyDecision(True, None, "context", "follow-up to a crisis answer")
        return None

    # -- the public call

    def screen(self, message: str, history: Sequence[Turn] = (), vector: np.ndarray | None = None) -> SafetyDecision:
        """Decide whether ``message`` (with its conversation) is a crisis.

        Args:
            message: The visitor's message.
            history: Earlier turns, oldest first.
            vector: The message's embedding (``embedder.embed_queries([message])[0]``);
                when None it is computed here.

        Returns:
            The decision; ``reason`` never contains the message text.
        """
        reading = read_rules(message)
        decision = self.patterns(message, reading)
        overruled = self.overruled(message, reading) if decision is not None else None
        if overruled is not None:
            decision = None
        if decision is not None and vector is None:
            return decision  # no need to embed just for a score
        if vector is None:
            vector = self.embedder.embed_queries([message])[0]
        sim = self.similarity(vector)
        if decision is not None:
            return _with_score(decision, sim.crisis)
        if overruled is not None:
            decision = self._after_patterns(message, history, vector, reading, sim)
            return dataclasses.replace(decision, reason=f"{overruled}; {decision.reason}")
        return self._after_patterns(message, history, vector, reading, sim)

    def _after_patterns(
        self, message: str, history: Sequence[Turn], vector: np.ndarray, reading: RuleReading, sim: Similarity
    ) -> SafetyDecision:
        """Layers 2 to 4, once no rule decided (or the fine-tuned reader set its hit aside)."""
        if self.classifier is None:
            return self._nearest_exemplars(message, history, sim)
        read = self.read(message, vector, reading)
        notes: list[str] = []
        if read is not None and read.fires:
            aside = self.set_aside(message, "", f"classifier {read.score.score:+.3f}", CLASSIFIER_VETO_BELOW)
            if aside is None:
                return self._classifier_decision(read.score, read.bar, sim, read.where)
            notes.append(aside)
        tuned = self.tuned_fires(message)
        if tuned is not None:
            category = (read.score.category if read is not None else None) or sim.category
            reason = f"fine-tuned model {tuned:+.2f} >= {TUNED_AT:+.1f}"
            if read is not None:
                reason += f" (classifier {read.score.score:+.3f} < {read.bar:+.2f})"
            return SafetyDecision(True, category, "tuned", reason, sim.crisis)
        followup = self.context(message, history)
        if followup is not None:
            return SafetyDecision(True, followup.category or sim.category, "context", followup.reason, sim.crisis)
        parts = self.wants_clauses(message, sim) if read is not None and not read.of_a_gloss else []
        for n, vector_n in enumerate(self.embedder.embed_queries(parts) if parts else (), start=1):
            clause = self.classifier.score(vector_n)
            # a clause meets its message's bar too: a lyric quoted in a message that sets its
            # danger words aside does not fire once cut out of it
            clause_bar = max(self.bar(parts[n - 1]), read.bar if read is not None else 0.0) + CLAUSE_MARGIN
            if clause.score >= clause_bar:
                aside = self.set_aside(
                    message,
                    parts[n - 1],
                    f"clause {n}/{len(parts)} {clause.score:+.3f}",
                    CLASSIFIER_VETO_BELOW,
                    CLAUSE_VETO_BELOW,
                )
                if aside is None:
                    return self._classifier_decision(
                        clause, clause_bar, self.similarity(vector_n), f"clause {n}/{len(parts)}: "
                    )
                notes.append(aside)
        carried = self.carried_over(message, history)
        if carried is not None:
            return SafetyDecision(True, carried.category, "context", carried.reason, sim.crisis)
        score = (
            "not read (too short, or a language no glossary knows)"
            if read is None
            else f"{read.where}{read.score.score:+.3f}"
        )
        clauses = f", {len(parts)} clauses screened" if parts else ""
        return SafetyDecision(
            False,
            None,
            None,
            "".join(f"{note}; " for note in notes)
            + f"no layer fired: classifier score {score} (threshold {self.classifier.threshold:+.2f}); best crisis "
            f"exemplar {sim.crisis_id} {sim.crisis:.3f}{clauses}",
            sim.crisis,
        )

    def _nearest_exemplars(self, message: str, history: Sequence[Turn], sim: Similarity) -> SafetyDecision:
        """The screen's last layers for an embedder with no trained classifier: nearest exemplars."""
        if self.fires(sim):
            return self._similarity_decision(sim, "")
        followup = self.context(message, history)
        if followup is not None:
            return SafetyDecision(True, followup.category or sim.category, "context", followup.reason, sim.crisis)
        clause_sims = self.clause_similarities(message, sim)  # long messages: one more batch
        for n, clause in enumerate(clause_sims, start=1):
            if self.clause_fires(clause):
                return self._similarity_decision(clause, f"clause {n}/{len(clause_sims)}: ")
        carried = self.carried_over(message, history)
        if carried is not None:
            return SafetyDecision(True, carried.category, "context", carried.reason, sim.crisis)
        clauses = f", {len(clause_sims)} clauses screened" if clause_sims else ""
        return SafetyDecision(
            False,
            None,
            None,
            f"no layer fired: best crisis {sim.crisis_id} {sim.crisis:.3f}, best benign "
            f"{sim.benign_id} {sim.benign:.3f}, top-{TOP_K} gap {sim.gap:+.3f}{clauses}",
            sim.crisis,
        )

    @staticmethod
    def _classifier_decision(verdict: ClassifierScore, bar: float, sim: Similarity, where: str) -> SafetyDecision:
        return SafetyDecision(
            True,
            verdict.category or sim.category,
            "classifier",
            f"{where}score {verdict.score:+.3f} >= {bar:+.2f}; nearest crisis training row "
            f"{verdict.nearest_crisis} {verdict.nearest_crisis_similarity:.3f}",
            sim.crisis,
        )

    def _similarity_decision(self, sim: Similarity, where: str) -> SafetyDecision:
        return SafetyDecision(
            True,
            sim.category,
            "similarity",
            f"{where}exemplar {sim.crisis_id} {sim.crisis:.3f} >= {self.threshold:.2f}; top-{TOP_K} "
            f"gap {sim.gap:+.3f} >= {self.margin:.2f} (best benign {sim.benign_id} "
            f"{sim.benign:.3f})",
            sim.crisis,
        )


@dataclass(frozen=True)
class ClassifierRead:
    """The classifier layer's view of one text: its score, the bar it must reach, and where
    the score comes from (``""`` for the English text itself, ``"es gloss (..): "`` for a gloss)."""

    score: ClassifierScore
    bar: float
    where: str

    @property
    def fires(self) -> bool:
        return self.score.score >= self.bar

    @property
    def of_a_gloss(self) -> bool:
        return bool(self.where)


@dataclass(frozen=True)
class RuleReading:
    """What layer 1 made of one text: its normalised form and :func:`match_rules`' answer.

    Read once per text and passed on, so the screen does not run the rules twice.
    """

    normal: str
    hit: RuleHit | None
    suppressed: tuple[str, ...]

    @property
    def match(self) -> tuple[RuleHit | None, tuple[str, ...]]:
        return self.hit, self.suppressed


def read_rules(text: str) -> RuleReading:
    """Run layer 1 over the first :data:`_MAX_SCREEN_CHARS` characters of ``text``."""
    normal = normalise(text[:_MAX_SCREEN_CHARS])
    hit, suppressed = match_rules(normal)
    return RuleReading(normal, hit, tuple(suppressed))


def disowns_harm(text: str, reading: RuleReading | None = None) -> bool:
    """Whether ``text`` has danger words the rules all set aside, or disowns harm or says its danger
    is over or handled (:func:`_sets_danger_aside`: "I'd never hurt her", "that was years ago",
    disowned intrusive thoughts, "not wanting to die, just..."), with no rule firing.

    See :data:`DISOWNED_MARGIN`; the classifier's training reads it too, to choose a threshold
    that counts the margin (the shipped classifier was trained when only :data:`_DISOWNED` and the
    set-aside rules counted; session 8 widened it, measured over ~10,000 labelled messages with no
    crisis message lost). ``reading`` is ``read_rules(text)`` when the caller has it.
    """
    reading = reading or read_rules(text)
    return reading.hit is None and (bool(reading.suppressed) or _sets_danger_aside(reading.normal))


@lru_cache(maxsize=4096)
def _earlier_turn(content: str) -> tuple[RuleHit | None, bool]:
    """Rule hit and soft concern for an earlier user turn; cached, as every request resends them."""
    text = normalise(content)
    return match_rules(text)[0], CONCERN.search(text) is not None


def _sets_danger_aside(text: str) -> bool:
    """Whether a normalised message says its danger is disowned, over or handled ("not going to do
    anything daft", "I'm 40 now and happy", "I called my GP", "that came out wrong"): then no
    sentence of it is screened alone, as one cut out of it reads like the crisis it is not. The
    whole message is still read. ("I meant" is left out: "deeper than I meant to".) Over the
    English development sets and long-messages.yaml this kept 12 clause false positives out and
    no crisis message."""
    if _DISOWNED.search(text) or _RECOVERED.search(text) or INTRUSIVE.search(text) or NOT_WANTING_TO_DIE.search(text):
        return True
    return any(not m.group(0).startswith("i mean") for m in RESOLVED.finditer(text))


def _top_mean(scores: np.ndarray, k: int = 0) -> float:
    k = min(k or TOP_K, len(scores))
    return float(np.partition(scores, -k)[-k:].mean()) if k else 0.0


def _with_score(decision: SafetyDecision, score: float) -> SafetyDecision:
    return SafetyDecision(decision.crisis, decision.category, decision.layer, decision.reason, score)


# --------------------------------------------------------------------------- resources


class CrisisResource(Resource):
    """A :class:`Resource` with what the crisis answer needs to order and present it.

    Only ``name``, ``contact`` and ``url`` reach the API response.
    """

    categories: tuple[str, ...] = ()
    note: str = ""
    number: str = ""
    locale: str = ""


def _locale_chain(locale: str | None) -> list[str]:
    """Candidate file names, most specific first: ``en-CA-x`` -> ``en-CA`` -> ``en``."""
    if not locale:
        return []
    parts = re.split(r"[-_]", locale.strip())
    parts = [parts[0].lower()] + [p.upper() if len(p) == 2 else p for p in parts[1:]]
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


@lru_cache(maxsize=64)
def _read_resources(path: Path, mtime: float) -> tuple[CrisisResource, ...]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        rows = data["resources"]
        locale = str(data.get("locale") or path.stem)
        return tuple(
            CrisisResource(
                name=str(row["name"]),
                contact=str(row["contact"]),
                url=str(row.get("url") or ""),
                categories=tuple(row.get("categories") or ()),
                note=str(row.get("note") or ""),
                number=str(row.get("number") or ""),
                locale=locale,
            )
            for row in rows
        )
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise CorpusError(
            path,
            f"crisis resources are not readable ({type(exc).__name__}: {exc})",
            "give a 'resources' list whose items have 'name' and 'contact' (see en-US.yaml)",
        ) from exc


def _read(path: Path) -> list[CrisisResource]:
    return list(_read_resources(path, path.stat().st_mtime))


def load_resources(corpus_dir: Path, locale: str | None, default_locale: str = "en-US") -> list[Resource]:
    """The crisis resources for a visitor's locale, from ``corpus_dir/crisis/*.yaml``.

    ``en-CA-x`` falls back to ``en-CA``, then to a file for the same region in another
    language (``fr-CA`` -> ``en-CA``). No locale gives the default locale's file. A
    locale with no file gives the default's resources followed by ``international.yaml``
    (a directory of helplines by country).

    Args:
        corpus_dir: The corpus directory (``settings.corpus_dir``).
        locale: The request's locale, e.g. ``"en-GB"``; None when not given.
        default_locale: The site's default (``settings.default_locale``).

    Returns:
        :class:`CrisisResource` items (subclass of :class:`Resource`), in file order.

    Raises:
        CorpusError: The default locale's file is missing or a file is malformed.
    """
    folder = Path(corpus_dir) / "crisis"
    chain = _locale_chain(locale)
    for name in chain:
        if (folder / f"{name}.yaml").is_file():
            return list(_read(folder / f"{name}.yaml"))
    region = next((p for p in chain[0].split("-")[1:] if len(p) == 2), None) if chain else None
    if region:
        for path in sorted(folder.glob(f"*-{region}.yaml")):
            return list(_read(path))
    default = folder / f"{default_locale}.yaml"
    if not default.is_file():
        raise CorpusError(
            default,
            "the default locale has no crisis resources",
            f"add {default.name} (see the fields in corpus/crisis/en-US.yaml)",
        )
    found: list[Resource] = list(_read(default))
    if chain and (folder / "international.yaml").is_file():
        found += _read(folder / "international.yaml")
    return found


# --------------------------------------------------------------------------- the answer

_OPENINGS = {
    "suicide_self_harm": (
        "I'm really glad you told me, and I'm taking what you said seriously. You don't "
        "have to carry this on your own, and you deserve support from a real person right now."
    ),
    "harm_to_others": (
        "Thank you for being honest about this. Saying it out loud matters, and it tells me "
        "you don't want anyone to get hurt. If you feel you might hurt someone right now, "
        "put some distance between you: step outside or go to another room until it passes."
    ),
    "abuse_at_home": (
        "First, are you safe to talk right now? If someone could see this screen or hear "
        "you, it's okay to close it and come back later. What you describe is not okay and "
        "not your fault. Men are abused at home too, and there are people who will take "
        "you seriously."
    ),
    "emergency": (
        "This sounds like an emergency. Please call {emergency} now, before anything else. "
        "If it's someone else, stay with them until help arrives."
    ),
}
_CLOSING = "I'm still here, and you can keep talking to me."
_CRISIS_SIGNATURE = "you can keep talking to me"


def _is_crisis_answer(text: str) -> bool:
    return _CRISIS_SIGNATURE in normalise(text[-_CONTEXT_CHARS:])


def _ordered(resources: list[Resource], category: str) -> list[Resource]:
    first = [r for r in resources if category in getattr(r, "categories", ())]
    return first + [r for r in resources if r not in first]


def crisis_response(decision: SafetyDecision, resources: list[Resource]) -> ChatResponse:
    """The answer for a crisis: warm words, then who to contact now.

    It never gives method or means information and never diagnoses. For abuse at home
    it first asks whether the person is safe to talk. Resources tagged with the decision's
    category come first.

    Args:
        decision: A decision with ``crisis`` True.
        resources: From :func:`load_resources`.

    Returns:
        ``kind="crisis"`` with ``resources``, no citations, no referrals and
        ``meta={"safety": decision.as_meta()}``.
    """
    category = decision.category if decision.category in _OPENINGS else "suicide_self_harm"
    ordered = _ordered(resources, category)
    international = [r for r in ordered if getattr(r, "locale", "") == "international"]
    if international:  # a locale without its own file: the directory by country first,
        # and no other country's emergency number
        ordered = international + [r for r in ordered if r not in international and not getattr(r, "number", "")]
    number = next((getattr(r, "number", "") for r in ordered if getattr(r, "number", "")), "")
    emergency = "your local emergency number" if international or not number else number
    parts = [_OPENINGS[category].format(emergency=emergency)]
    helplines = [r for r in ordered if not getattr(r, "number", "")]
    lines = [r for r in helplines if category in getattr(r, "categories", ())][:2]
    lines = lines or helplines[:1]
    if lines and not international:
        lead = (
            "Once help is on the way, you can also reach:"
            if category == "emergency"
            else "Please reach out to someone now. This is free and confidential:"
        )
        if len(lines) > 1 and category != "emergency":
            lead = lead.replace("This is", "These are")
        items = "\n".join(f"- **{r.name}**: {r.contact}" for r in lines)
        note = _notes(lines) if category == "harm_to_others" else ""
        parts.append(f"{lead}\n{items}" + (f"\n\n{note}" if note else ""))
    else:
        parts.append("The helplines listed below are free and confidential.")
    if category != "emergency":
        parts.append(f"If anyone is in immediate danger, call {emergency}.")
    parts.append(_CLOSING)
    return ChatResponse(
        kind="crisis",
        answer="\n\n".join(parts),
        citations=[],
        referrals=[],
        resources=[Resource(name=r.name, contact=r.contact, url=r.url) for r in ordered],
        meta={"safety": decision.as_meta()},
    )


def _notes(resources: list[Resource]) -> str:
    return " ".join(n for r in resources if (n := getattr(r, "note", "")))


__all__ = [
    "CATEGORIES",  # from guidebot.safety_rules
    "NOTICE",
    "RULES",  # from guidebot.safety_rules
    "CrisisResource",
    "RuleHit",  # from guidebot.safety_rules
    "SafetyDecision",
    "SafetyScreen",
    "Similarity",
    "crisis_response",
    "load_exemplars",
    "load_resources",
    "match_rules",  # from guidebot.safety_rules
    "normalise",  # from guidebot.safety_rules
]
