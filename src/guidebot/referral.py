"""The referral step: notice when a visitor asks for help, and suggest fitting listings.

Two parts, both cheap per request (regular expressions and numpy over the listings; the
message's vector is the one the bot already computed, nothing is embedded here):

* :class:`HelpDetector` decides whether the message asks for someone to work with, in
  layers: help patterns ("can you recommend a coach", "is there someone I could talk to"),
  the conversation (a follow-up such as "any online ones?" after a referral), plain-message
  rules (a question about the topic, small talk, or a message naming no kind of help is not
  a request), and last a linear probe over the message vector, fitted on
  ``data/help_exemplars.yaml``, with a threshold calibrated on ``evals/referrals``.
* :class:`Referrer` infers the topic (message, earlier user turns, the topics of the guides
  the answer cited), reads constraints (:func:`parse_constraints`: online or in person, a
  kind, a place), filters and ranks the listings, and writes a short intro; when nothing
  fits the constraints it says so and offers the nearest alternatives.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import yaml

from guidebot.domain import Listing, Location, Referral, Turn
from guidebot.ports import Embedder

EXEMPLARS_PATH = Path(__file__).parent / "data" / "help_exemplars.yaml"

# The probe's threshold, from the sweep in guidebot.referral_eval on
# evals/referrals/labelled.yaml (128 messages) with all-MiniLM-L6-v2: the middle of the
# widest gap where the whole detector scores best, between the plain message scoring
# -0.151 and the help request scoring -0.051 (detector: precision 100%, recall 98.4%; the
# probe alone at this threshold: precision 93.3%, recall 88.9%).
DEFAULT_HELP_THRESHOLD = -0.101
# The probe's L2 penalty, fixed before calibration; the probe's AUC on the labelled set is
# 0.97 at 0.1-0.3, 0.965 at 1 and 0.95 at 3, so the choice matters little.
_RIDGE = 1.0


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _plain_text(text: str) -> str:
    """Curly apostrophes (phones type them) as straight ones, so patterns match."""
    return text.replace("\u2019", "'").replace("\u2018", "'")


# --------------------------------------------------------------------------- topics

DEFAULT_TOPIC_LABELS: dict[str, str] = {
    "anxious-attachment": "anxious attachment",
    "avoidant-attachment": "avoidant attachment",
    "anger": "anger",
    "shame": "shame",
    "codependency": "codependency",
    "loneliness": "loneliness",
    "divorce-and-breakups": "divorce and breakups",
    "grief": "grief",
    "fatherhood": "fatherhood",
    "choosing-support": "choosing the right support",
    "attachment": "attachment",
    "relationships": "relationships",
    "emotions": "emotions",
    "support": "finding support",
}

# A broad topic covers narrower ones: a listing for one of its children is a related match.
BROAD_TOPICS: dict[str, tuple[str, ...]] = {
    "attachment": ("anxious-attachment", "avoidant-attachment"),
    "relationships": ("anxious-attachment", "avoidant-attachment", "codependency",
                      "divorce-and-breakups"),
    "emotions": ("anger", "shame", "grief", "loneliness"),
    "support": ("choosing-support",),
}  # fmt: skip

_KIN = r"(?:dad|father|mum|mom|mother|wife|brother|sister|son|daughter|friend|partner|child|baby)"
# (weight, pattern) per topic, matched case-insensitively. Broad topics weigh less, so a
# specific topic wins when both are named. A site's own topics fall back on their label.
_TOPIC_CUES: dict[str, list[tuple[float, str]]] = {
    "anxious-attachment": [
        (4.0, _any(r"anxious(ly)?[- ]attach\w*", "attachment anxiety", "preoccupied attachment")),
        (3.0, _any(r"fear of (being )?(abandon\w*|left|rejected|losing (her|him|them))",
                   "abandonment", r"\bclingy", r"\bneedy\b", "reassurance", r"jealous\w*",
                   r"protest behaviou?r", "fall (hard|too fast)",
                   r"\b(she|he|they|partner)('s| is| keeps)? (pulling|drifting|pulls) away")),
        (2.0, _any(r"(text|message)s? back", "checking (her|his|their) phone")),
    ],
    "avoidant-attachment": [
        (4.0, _any(r"\bavoidan(t|ce)\b", r"dismissive[- ]avoidant", r"fearful[- ]avoidant")),
        (3.0, _any(r"\bi (tend to |always |keep |just )?(pull|withdraw|shut) (away|down|off)",
                   "shut(ting)? down when", "emotionally unavailable",
                   "fear of (intimacy|commitment|closeness)", r"commitment[- ]?phob\w*",
                   "push(ing)? (people|her|him|them|partners?|everyone) away", "arm'?s length",
                   "smothered")),
        (2.5, _any("let (people|anyone|her|him|them|someone) (in|close)",
                   "closeness (scares|is hard)")),
    ],
    "anger": [
        (4.0, _any(r"\banger\b", r"\bangry\b", r"\brage\b", r"\btemper\b", r"\bfurious\b",
                   r"\birritab\w*", r"\bshort fuse")),
        (3.0, _any(r"\bblow(ing)? up\b", r"\bblew up\b",
                   r"\b(snap|shout|yell|scream)(ing|ed|s)? at\b", "outbursts?",
                   r"\blos(e|ing|t) (it|my cool)\b", r"\bhot[- ]?headed",
                   "punch(ed)? (a |the )?wall", r"aggressi\w*")),
    ],
    "shame": [
        (4.0, _any(r"\bshame\w*", r"\bashamed\b")),
        (3.0, _any("not good enough", "worthless", r"\b(a|like a) (failure|fraud|loser)\b",
                   "impost[eo]r", r"self[- ]?hat\w*")),
        (2.5, _any("hate myself", "not man enough", r"humiliat\w*", r"self[- ]critic\w*",
                   "unworthy", r"\bguilt\b")),
    ],
    "codependency": [
        (4.0, r"co-?dependen\w*"),
        (3.0, _any(r"people[- ]?pleas\w*", r"\bpleaser\b", r"\brescu(e|er|ing)\b", r"caretak\w*",
                   r"over-?giv\w*", r"enabl(ing|er)\b")),
        (2.5, _any("can'?t say no", "saying no", "boundar(y|ies)",
                   "fix(ing)? (everyone|people|her|him|them|others)")),
    ],
    "loneliness": [
        (4.0, _any(r"\blonel(y|iness)\b", r"\bisolat\w*")),
        (3.0, _any("no (real |close )?friends", "make (new )?friends", "friendships?",
                   "no ?one to talk to", "nobody to talk to")),
        (2.0, _any(r"\balone\b", "disconnected", "nobody (really )?knows me", "no mates",
                   "lost touch with")),
    ],
    "divorce-and-breakups": [
        (4.0, _any(r"\bdivorc\w*", r"\bbreak[- ]?ups?\b", r"\bbroke up\b", r"\bbreaking up\b",
                   r"heartbr\w*")),
        (3.0, _any(r"\bseparat(ed|ion|ing)\b", r"\bsplit (up|from)\b", r"\bmy ex\b",
                   r"\bex[- ]?(wife|girlfriend|partner|husband)",
                   r"\b(wife|girlfriend|partner|fianc\w*|she) (left|dumped|ended)",
                   r"\bleft me\b", r"\bdumped\b", "end of (my|our|a|the) (marriage|relationship)",
                   "marriage (ended|is over|fell apart|is falling apart)")),
    ],
    "grief": [
        (4.0, _any(r"\bgrie(f|ve|ving|ved)\b", r"\bbereave\w*", r"\bmourn\w*", "passed away",
                   r"\bdied\b", "death of", r"\bfuneral\b", "miscarriage",
                   r"loss of (my|a|our)\b", rf"\blost my (best )?{_KIN}",
                   rf"\b{_KIN}('s)? (dying|death|passing)")),
    ],
    "fatherhood": [
        (4.0, _any(r"\bfatherhood\b", r"\bparenting\b", r"\bnew (dad|father)s?\b", r"\bdads\b",
                   r"\bfathers\b", "step-?(dad|father)",
                   r"\b(as|being|become|becoming|be) a (better |good |new |present "
                   r"|first[- ]time )?(dad|father)\b")),
        (3.0, _any(r"\bmy (kids|children|son|sons|daughters?|baby|toddler|teen(ager)?s?|boys|"
                   r"stepkids)\b", r"co-?parent\w*", "(wife|partner) is pregnant",
                   "expecting (a|our first) (baby|child)")),
    ],
    "choosing-support": [
        (3.0, _any(r"\bcoach(ing)? (or|vs\.?|versus) (a )?therap\w*",
                   r"\btherap\w* (or|vs\.?|versus) (a )?coach\w*",
                   "(what|which) (kind|type|sort) of (help|support|professional)",
                   "figure out what (kind of )?help",
                   "don'?t know (what kind of help|who to (see|talk to|turn to)|what i need)",
                   "where to turn")),
        (2.5, _any("choos(e|ing) (a|the right) (therapist|coach|program|practitioner)",
                   "right (kind of )?(help|support)")),
        (1.0, "where (do|should) i (even )?(start|begin)"),
    ],
    "attachment": [
        (3.5, _any(r"anxious[- ](and[- ]|/)?avoidant", "attachment (style|issue|wound|theory)s?",
                   "insecure attachment")),
        (1.5, r"\battachment\b"),
    ],
    "relationships": [
        (1.2, _any(r"\brelationships?\b", r"\bmarriage\b",
                   r"\bmy (wife|partner|girlfriend|boyfriend|husband)\b", r"\bcouples?\b",
                   r"\bdating\b")),
    ],
    "emotions": [
        (1.2, _any(r"\bemotions?\b", r"\bemotional\b", r"\bfeelings?\b", r"\bnumb\b",
                   r"\bcry(ing)?\b", r"overwhelm\w*")),
    ],
}  # fmt: skip


def _related(a: str, b: str) -> bool:
    """Whether one topic is a broad topic covering the other."""
    return a in BROAD_TOPICS.get(b, ()) or b in BROAD_TOPICS.get(a, ())


# --------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    """A place a visitor named, resolved to a level and the region and country it lies in."""

    name: str
    level: str  # "city" | "region" | "country"
    region: str = ""
    country: str = ""


_COUNTRIES = {
    "United States": ("united states of america", "usa", "u.s.a.", "u.s.", "america",
                      "the states", "US"),
    "United Kingdom": ("uk", "u.k.", "britain", "great britain"),
    "Canada": (),
    "Australia": (),
    "New Zealand": ("nz",),
    "Ireland": ("republic of ireland",),
}  # fmt: skip
# Country: code name; ... ("-" where no abbreviation is safe to read).
_REGIONS = """
United States: AL Alabama; AK Alaska; AZ Arizona; AR Arkansas; CA California; CO Colorado;
 CT Connecticut; DE Delaware; FL Florida; GA Georgia; HI Hawaii; ID Idaho; IL Illinois;
 IN Indiana; IA Iowa; KS Kansas; KY Kentucky; - Louisiana; ME Maine; MD Maryland;
 MA Massachusetts; MI Michigan; MN Minnesota; MS Mississippi; MO Missouri; MT Montana;
 NE Nebraska; NV Nevada; NH New Hampshire; NJ New Jersey; NM New Mexico; NY New York;
 NC North Carolina; ND North Dakota; OH Ohio; OK Oklahoma; OR Oregon; PA Pennsylvania;
 RI Rhode Island; SC South Carolina; SD South Dakota; TN Tennessee; TX Texas; UT Utah;
 VT Vermont; VA Virginia; WA Washington; WV West Virginia; WI Wisconsin; WY Wyoming
Canada: AB Alberta; BC British Columbia; MB Manitoba; NB New Brunswick; NL Newfoundland and
 Labrador; NS Nova Scotia; ON Ontario; PE Prince Edward Island; QC Quebec; SK Saskatchewan
Australia: NSW New South Wales; VIC Victoria; QLD Queensland; - Western Australia;
 - South Australia; TAS Tasmania; ACT Australian Capital Territory; - Northern Territory
United Kingdom: - England; - Scotland; - Wales; - Northern Ireland
"""
# Name|alias...: region, country; one city a line.
_CITIES = """
New York City|NYC: New York, United States
Los Angeles|LA: California, United States
San Francisco|SF|Bay Area: California, United States
San Diego: California, United States
Chicago: Illinois, United States
Austin: Texas, United States
Houston: Texas, United States
Dallas: Texas, United States
Denver: Colorado, United States
Boulder: Colorado, United States
Seattle: Washington, United States
Portland: Oregon, United States
Boston: Massachusetts, United States
Atlanta: Georgia, United States
Miami: Florida, United States
Phoenix: Arizona, United States
Minneapolis: Minnesota, United States
Asheville: North Carolina, United States
Philadelphia: Pennsylvania, United States
Nashville: Tennessee, United States
Washington DC|DC: District of Columbia, United States
London: England, United Kingdom
Manchester: England, United Kingdom
Bristol: England, United Kingdom
Birmingham: England, United Kingdom
Leeds: England, United Kingdom
Liverpool: England, United Kingdom
Edinburgh: Scotland, United Kingdom
Glasgow: Scotland, United Kingdom
Cardiff: Wales, United Kingdom
Belfast: Northern Ireland, United Kingdom
Toronto: Ontario, Canada
Ottawa: Ontario, Canada
Vancouver: British Columbia, Canada
Calgary: Alberta, Canada
Montreal|Montréal: Quebec, Canada
Sydney: New South Wales, Australia
Melbourne: Victoria, Australia
Brisbane: Queensland, Australia
Perth: Western Australia, Australia
Adelaide: South Australia, Australia
Dublin: , Ireland
Auckland: , New Zealand
"""
_ANY_CASE, _UPPER, _CODE = "any", "upper", "code"  # how an alias must be written to count
_NEAR_ME = re.compile(r"\b(near|around|close to) (me|here|home|where i live)\b", re.IGNORECASE)
_LEVELS = {"city": 0, "region": 1, "country": 2}


class Gazetteer:
    """Place names and abbreviations: built-in ones plus those in the listings.

    Abbreviations count only where they cannot be ordinary words: ``US``/``LA`` in capitals,
    state codes in capitals after a comma or "in" ("Portland, OR", "in CA").
    """

    def __init__(self, listings: Iterable[Listing] = ()) -> None:
        self._aliases: dict[str, list[tuple[Place, str]]] = defaultdict(list)
        self._country: dict[str, str] = {}
        self._region: dict[tuple[str, str], str] = {}
        for country, country_aliases in _COUNTRIES.items():
            for alias in (country, *country_aliases):
                self._add(alias, Place(country, "country", "", country))
                self._country[alias.lower()] = country
        for block in re.split(r"\n(?=\S)", _REGIONS.strip()):
            country, _, body = block.partition(":")
            for item in " ".join(body.split()).split(";"):
                code, _, name = item.strip().partition(" ")
                place = Place(name, "region", name, country)
                self._add(name, place)
                self._region[(country, name.lower())] = name
                if code != "-":
                    self._add(code, place, _CODE)
                    self._region[(country, code.lower())] = name
        for line in _CITIES.strip().splitlines():
            city_names, _, where = line.partition(": ")
            region, _, country = (p.strip() for p in where.partition(","))
            aliases = city_names.split("|")
            for alias in aliases:
                self._add(alias, Place(aliases[0], "city", region, country))
        for listing in listings:
            loc = self.canonical(listing.location)
            levels = ((loc.city, "city"), (loc.region, "region"), (loc.country, "country"))
            for name, level in levels:
                if name and name.lower() not in self._aliases:
                    region = loc.region if level != "country" else ""
                    self._add(name, Place(name, level, region, loc.country))
        names = sorted(self._aliases, key=len, reverse=True)
        alternation = "|".join(re.escape(n) for n in names)
        self._pattern = re.compile(rf"(?<![\w.])({alternation})(?!\w)", re.IGNORECASE)

    def _add(self, alias: str, place: Place, mode: str | None = None) -> None:
        mode = mode or (_UPPER if alias.isupper() else _ANY_CASE)
        self._aliases[alias.lower()].append((place, mode))

    def canonical(self, location: Location) -> Location:
        """Full names for a location's country and region (``"USA"`` -> ``"United States"``)."""
        country = self._country.get(location.country.strip().lower(), location.country.strip())
        region = location.region.strip()
        region = self._region.get((country, region.lower()), region)
        return Location(location.city.strip(), region, country)

    def find(self, text: str) -> Place | None:
        """The most specific place named in ``text``; "near me" and the like are ignored."""
        text = _NEAR_ME.sub(" ", text)
        found: list[Place] = []
        for match in self._pattern.finditer(text):
            written, before = match.group(1), text[: match.start()].rstrip().lower()
            for place, mode in self._aliases[written.lower()]:
                upper = written == written.upper()
                after_in = before.endswith(",") or re.search(r"\b(in|near)$", before)
                if (mode == _UPPER and not upper) or (mode == _CODE and not (upper and after_in)):
                    continue
                found.append(place)
                break
        return min(found, key=lambda p: _LEVELS[p.level]) if found else None


# --------------------------------------------------------------------------- constraints

KIND_PLURALS = {"coach": "coaches", "therapist": "therapists", "program": "programs",
                "retreat": "retreats", "group": "groups"}  # fmt: skip
_KIND_CUES = {
    "coach": _any(r"\bcoach(es|ing)?\b", r"\bmentor(s|ing)?\b"),
    "therapist": _any(r"\btherap(ist|ists|y)\b", r"\bcounsel+(or|ors|ing)\b",
                      r"\bpsycholog(ist|ists)\b", r"\bpsychotherap\w*", r"\bshrink\b"),
    "program": _any(r"\bprogram(me)?s?\b", r"\bcourses?\b", r"\bworkshops?\b"),
    "retreat": r"\bretreats?\b",
    "group": _any(r"\bgroups?\b", r"\bcircles?\b(?! of)", r"\bmeet-?ups?\b"),
}  # fmt: skip
_FORMAT_CUES = {
    "online": _any(r"\bonline\b", r"\bvirtual(ly)?\b", r"\bremote(ly)?\b", r"\bzoom\b",
                   r"\bby (video|phone)\b", r"\bover (video|the phone)\b",
                   r"\bvideo (calls?|sessions?)\b", r"\bfrom home\b"),
    "in_person": _any(r"\bin[- ]person\b", r"\bface[- ]to[- ]face\b", r"\birl\b",
                      r"\bin real life\b"),
}  # fmt: skip
_NEGATION = re.compile(r"\b(not|no|don'?t|doesn'?t|isn'?t|without|rather than|instead of|never)\b")
_POSSESSIVE = re.compile(r"\b(my|our|his|her|their|the old|previous|current|ex)\s*$")


@dataclass(frozen=True)
class Constraints:
    """What the visitor asked for besides the topic. Empty fields mean no preference."""

    kinds: tuple[str, ...] = ()
    format: str | None = None  # "online" | "in_person"
    place: Place | None = None

    @property
    def kind(self) -> str | None:
        return self.kinds[0] if len(self.kinds) == 1 else None

    def __bool__(self) -> bool:
        return bool(self.kinds or self.format or self.place)

    def where(self) -> str:
        """``"online"``, ``"in person in London"``, ``"in Texas"`` or ``""``."""
        parts = {"online": ["online"], "in_person": ["in person"]}.get(self.format or "", [])
        if self.place:
            parts.append(f"in {self.place.name}")
        return " ".join(parts)


def _first_cue(pattern: str, text: str) -> int | None:
    """Where ``pattern`` first occurs not negated ("not online") or owned ("my therapist")."""
    for match in re.finditer(pattern, text, re.IGNORECASE):
        before = text[max(0, match.start() - 30) : match.start()].lower()
        if not _NEGATION.search(before.split(",")[-1]) and not _POSSESSIVE.search(before):
            return match.start()
    return None


_DEFAULT_GAZETTEER: list[Gazetteer] = []


def parse_constraints(text: str, gazetteer: Gazetteer | None = None) -> Constraints:
    """Read format, kind and place from a message.

    Args:
        text: The visitor's message.
        gazetteer: Place names to look for; the built-in one by default (a
            :class:`Referrer` passes one that also knows its listings' places).

    Returns:
        The constraints, kinds in the order the message names them. "Online or in person"
        sets no format; "near me" sets no place.
    """
    text = _plain_text(text)
    if gazetteer is None:
        if not _DEFAULT_GAZETTEER:
            _DEFAULT_GAZETTEER.append(Gazetteer())
        gazetteer = _DEFAULT_GAZETTEER[0]
    kinds = {k: at for k, cue in _KIND_CUES.items() if (at := _first_cue(cue, text)) is not None}
    formats = [f for f, cue in _FORMAT_CUES.items() if _first_cue(cue, text) is not None]
    return Constraints(
        tuple(sorted(kinds, key=kinds.__getitem__)),
        formats[0] if len(formats) == 1 else None,
        gazetteer.find(text),
    )


# --------------------------------------------------------------------------- help detection

_WHO = r"(?:some|any)(?:one|body)(?: else)?"
_PROVIDER = _any(  # who or what a visitor can work with
    r"coach\w*", "therapists?", "counsel+ors?", "psychologists?", "psychotherapists?", _WHO,
    "professionals?", "experts?", "specialists?", "practitioners?", "programs?", "programmes?",
    "retreats?", "(men'?s |support |peer )?groups?", "(men'?s )?circles?", "courses?",
    "workshops?", "listings?", "mentors?", "services?", "people who", "one-on-one", "1[:-]1",
    r"a pro\b", "clinics?", "sessions?", "appointments?", "consultations?",
)  # fmt: skip
# After "I need", "someone" alone may be a wish ("I need someone who loves me"): here it
# must be someone to work with.
_PROVIDER_STRICT = _PROVIDER.replace(
    _WHO,
    _WHO + r" (to (talk|speak|work|help|see)|who (can|could|would|will|does|works|specialises|"
    r"specializes|understands|helps|gets|knows|deals))",
)
# "Is there anyone else who feels this way?" is not a request.
_NOT_ELSE = _PROVIDER.replace(_WHO, r"(?:some|any)(?:one|body)\b(?! else)")
_SERVICE = _any("therapy", "coaching", "counsel+ing", "professional help",
                "(some |real |proper )?(help|support)")  # fmt: skip
_WANTED = _any(_PROVIDER, _SERVICE)
_FILLER = r"(?:(?!book|podcast|article|video|app\b|exercise|reading|tips?\b)[\w'-]+\s+){0,4}?"
_SUBJECT = r"(i|we|one|a man|men|guys|he|she|they|my \w+)"
_I = r"\b(i|we)((\s*'d|\s*'m|\s*'ve| would| am| have| be| really| think i| probably| definitely|" \
     r" desperately| honestly| just| finally)\b){0,3} ?"  # fmt: skip
_HELP_PATTERNS = {
    "recommend": _any(
        r"\b(recommend|suggest|refer|point me (to|towards|at)|connect me|put me in touch|match me"
        rf"|set me up)\w*\s+{_FILLER}{_WANTED}",
        rf"\b({_PROVIDER}|who)\b[^.?!]{{0,40}}\b(do|would|could|can) you (recommend|suggest)",
        r"\b(any|got any|have any|your) (recommendations|suggestions|referrals)\b(?! (for|on|about)"
        r" (how|what|ways?|books?|reading|exercises?|podcasts?))",
        rf"\b{_WANTED} (recommendations|suggestions|referrals)\b",
        rf"\b(recommendations|suggestions|referrals) (for|of)\s+{_FILLER}{_PROVIDER}",
    ),
    "is there": r"\b(is there|are there|(if|whether) there('s| is| are)|do you (have|know|list)"
    rf"|know (of )?any|got any|any chance of)\s+{_FILLER}{_NOT_ELSE}",
    "anyone who": _any(
        rf"^\W*(any|{_WHO})\b.*\b({_PROVIDER}|who (can|could|does|do))\b.*\b(near|in|for|who|that"
        r"|online|on|with|about)\b",
        r"\b(does|do) ((some|any)(one|body)\b(?! else)|any of (them|these|those|you))\b.*\b(work"
        r"|specialise|specialize|deal|help|offer|treat|run|see)",
        r"\b(does|do) (the|your) directory (have|list|include)",
    ),
    "where can I find": rf"\b(where|how) (can|do|should|could|would|might|does|did) {_SUBJECT} "
    r"(even )?(find|get|look for|go (to )?for|sign up (for|to)|join|book|access|reach|contact"
    rf"|connect with|work with|start (therapy|coaching|working with)|get started with)\s+{_FILLER}"
    rf"{_WANTED}",
    "I'd like to see": rf"{_I}(want|need|like|wanna|looking|ready|should|ought|have|plan|going"
    r"|trying|could|might|hoping|keen|thinking about|thinking of|decided|open) (to )?(\w+ ){0,2}?"
    r"(talk (to|with)|speak (to|with)|see|seeing|work (on (this|it|that|things|my \w+) )?with"
    r"|working with|find|finding|get|getting|hire|book|join|joining|try|trying|sign up for"
    rf"|look for|go to|going to|reach out to|start (seeing|working with))\s+{_FILLER}{_WANTED}",
    "I need a coach": _any(
        rf"{_I}(need|want|like|could use|looking for|after|seeking|searching for) {_FILLER}"
        rf"{_PROVIDER_STRICT}",
        rf"^\W*(need|want|looking for|seeking|searching for)\s+{_FILLER}{_WANTED}",
        rf"\b(looking|searching|hunting) for\s+{_FILLER}{_PROVIDER}",
    ),
    "I need help": rf"{_I}(need|want|could use|looking for|seeking|like|ready for) (some "
    r"|professional |real |proper |outside |serious |more )?(help|support|guidance)\b(?! ("
    r"understanding|to understand|making sense|figuring out what|with (the|this) (guide|page"
    r"|article|question)))",
    "who can I see": _any(
        rf"\bwho (can|could|should|do|would|might) {_SUBJECT} (talk|speak|see|go|turn|reach out"
        r"|call|contact|work with|ask)\b",
        r"\bwho (can|could) help (me|us)\b",
        r"\bwho (works|specialises|specializes|deals|helps)"
        r" (with|in)\b",
        rf"\b(can|could) {_WHO} help me\b",
    ),
    "can I book": r"\b(can|could|may) (i|we) (book|talk|speak|see|get|join|sign up|find|meet"
    rf"|work with)\s+{_FILLER}{_WANTED}",
    "show me": rf"\b(show|give|send|list|share with) (me|us)\s+{_FILLER}({_PROVIDER}|directory)",
    "talk to someone": _any(
        rf"\bwork on (this|it|that|my \w+|things) with\s+{_FILLER}{_PROVIDER}",
        r"\b(talk|speak) (to|with) (a professional|someone|somebody|a therapist|a counsel+or"
        r"|a coach)\b",
    ),
    "search words": r"^\W*((a|an|any|some|good|best|local|online|in[- ]person|affordable|cheap"
    rf"|free|male|men'?s)\s+){{0,3}}({_PROVIDER_STRICT}|therapy|coaching|counsel+ing)\s*(for|in|near"
    r"|who|that|to help|with|around|online|\?|$)",
    "help me find": rf"\bhelp me (find|choose|pick|get)\s+{_FILLER}{_WANTED}",
    "find a coach": _any(
        rf"\b(find|finding|locate|locating) (a|an|the right|a good|some)\s+{_FILLER}"
        rf"{_PROVIDER_STRICT}",
        rf"\boptions for (getting |finding )?{_SERVICE}",
    ),
}
_HELP_RE = [re.compile(p, re.IGNORECASE) for p in _HELP_PATTERNS.values()]
_HYPOTHETICAL = re.compile(r"\b(whether|if|do|does|should|wonder)\s*$", re.IGNORECASE)
# A question about the topic ("what is...", "why do I...", "does therapy help...", "tell me
# about...") or small talk ("thanks!"): when no pattern asks for help, such a message is not
# a request, however near the help exemplars it lies.
_PLAIN = re.compile(
    r"^\W*(what('s| is| are| does| do| happens| causes| makes| if| kind of (thing|person)"
    r"| should i (say|do|tell))|why|how (does|do|is|are|can|could|long|much|often|come|would"
    r"|should)|is (it|this|that|there a (difference|link|way|reason))|are (men|coaches|therapists"
    r"|groups|retreats|programs|there (signs|benefits|differences|risks))|does|do (men|coaches"
    r"|therapists|groups|retreats|i need|i have)|can (anger|shame|grief|loneliness|codependency"
    r"|attachment|therapy|coaching|a (coach|therapist|group|retreat|program)|you (explain|tell"
    r"|say|describe))|should i|when|tell me|explain|describe|define|summari[sz]e|help me "
    r"understand|i('d like| would like| want|'m trying| am trying) to (understand|know (more|why"
    r"|how|what)|learn|make sense)|who (came up|invented|wrote|created|coined|is|was)|where (does"
    r"|do) .* come from|is (therapy|coaching|counsel+ing|a (coach|therapist|group|retreat"
    r"|program))|(are there|do you have|got|any) (any )?(good )?(books|tips|advice|podcasts"
    r"|exercises|reading))\b"
    r"|^\W*(ok(ay)?|thanks?|thank you|cheers|great|cool|nice|got it|makes sense|interesting"
    r"|i see|right|good|perfect|awesome|brilliant|ah|oh|wow|hmm+|alright|fair enough|will do"
    r"|noted|that('s| is| was| makes| sounds))\b[^?]{0,60}$",
    re.IGNORECASE,
)
# The similarity layer decides only messages that name some kind of help at all; a wish
# such as "I want to be a better father" is not a request for a listing.
_NAMES_HELP = re.compile(
    "|".join(_KIND_CUES.values())
    + r"|\b(therapy|coaching|counsel+ing|sessions?|professionals?|experts?|specialists?"
    r"|practitioners?|(some|any)(one|body)( \w+)? (to|who can|who could|who does|who works)"
    r"|a (guy|man|person) who"
    r"|other (men|guys|dads|fathers)|on my own|by myself|alone any ?more|help from)\b",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"^\W*(what about|how about|anything|any\b|and\b|ok(ay)?\b|yes|yeah|sure|please|something"
    r"|are any|do any|is there one|one\b|ones\b|others?\b|more\b|maybe)|\b(other|more|different)"
    r" (options|ones|listings|suggestions)\b|\bcloser to\b|\bcheaper\b",
    re.IGNORECASE,
)
_REFERRAL_MARK = re.compile(
    r"from the directory|\blistings?\b|would you like (some )?(suggestions|names)", re.IGNORECASE
)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+|\n+", text.strip()) if s]


def help_pattern(text: str) -> str | None:
    """The words of the first help-seeking pattern in ``text``, or None.

    A pattern after "whether", "if" or "do" is hypothetical ("whether I need a therapist")
    and does not count.
    """
    for sentence in _sentences(_plain_text(text)):
        for rx in _HELP_RE:
            for match in rx.finditer(sentence):
                if not _HYPOTHETICAL.search(sentence[: match.start()]):
                    return match.group(0)
    return None


@dataclass(frozen=True)
class HelpDecision:
    """Whether a message asks for help, which layer decided it and why."""

    help_seeking: bool
    layer: str | None  # "pattern" | "history" | "similarity" | None (empty message)
    reason: str
    score: float | None = None  # the similarity probe's score, when computed


class HelpDetector:
    """Decides whether a visitor asks for someone to work with (see the module docstring).

    The similarity layer is a linear probe: ridge regression from the exemplars' vectors to
    +1 (help) and -1 (plain), fitted here once; scoring a message is one dot product.

    Args:
        embedder: Embeds the exemplars, once, here.
        threshold: Probe score at or above which a message is help-seeking;
            :data:`DEFAULT_HELP_THRESHOLD` when None.
        exemplars_path: YAML with ``help`` and ``plain`` lists of messages.
    """

    def __init__(
        self,
        embedder: Embedder,
        *,
        threshold: float | None = None,
        exemplars_path: Path = EXEMPLARS_PATH,
    ) -> None:
        data = yaml.safe_load(exemplars_path.read_text(encoding="utf-8"))
        self.help_exemplars = [str(t) for t in data["help"]]
        self.plain_exemplars = [str(t) for t in data["plain"]]
        self.embedder = embedder
        self.threshold = DEFAULT_HELP_THRESHOLD if threshold is None else threshold
        texts = self.help_exemplars + self.plain_exemplars
        x = np.asarray(embedder.embed_queries(texts), dtype=np.float64)
        y = np.r_[np.ones(len(self.help_exemplars)), -np.ones(len(self.plain_exemplars))]
        ridge = x.T @ x + _RIDGE * np.eye(x.shape[1])
        self._weights = np.linalg.solve(ridge, x.T @ y).astype(np.float32)
        self._exemplars = x.astype(np.float32)

    def score(self, vector: np.ndarray) -> float:
        """The probe's score for a message vector: high leans help, low leans plain."""
        return float(self._weights @ vector)

    def nearest(self, vector: np.ndarray) -> str:
        """The exemplar nearest the message, for the decision's reason."""
        i, n = int(np.argmax(self._exemplars @ vector)), len(self.help_exemplars)
        if i < n:
            return f"help: {self.help_exemplars[i]}"
        return f"plain: {self.plain_exemplars[i - n]}"

    def detect(
        self, message: str, history: Sequence[Turn] = (), vector: np.ndarray | None = None
    ) -> HelpDecision:
        """Decide for one message.

        Args:
            message: The visitor's message.
            history: Earlier turns, oldest first.
            vector: The message's embedding if the caller has it (then nothing is embedded;
                without it the message is embedded only if the probe has to decide).
        """
        message = _plain_text(message)
        if not message.strip():
            return HelpDecision(False, None, "empty message")
        matched = help_pattern(message)
        if matched:
            return HelpDecision(True, "pattern", f"asks for help: '{matched.strip()}'")
        if self._follows_up(message, history):
            return HelpDecision(True, "history", "follows up a request for help earlier on")
        if _PLAIN.match(_sentences(message)[-1]):
            return HelpDecision(False, "pattern", "a question about the topic or small talk")
        if not _NAMES_HELP.search(message):
            return HelpDecision(False, "pattern", "names no kind of help")
        if vector is None:
            vector = self.embedder.embed_queries([message])[0]
        score = self.score(vector)
        verdict = score >= self.threshold
        relation = ">=" if verdict else "<"
        nearest = self.nearest(vector)
        reason = f"probe {score:.3f} {relation} {self.threshold:.3f}; nearest {nearest!r}"
        return HelpDecision(verdict, "similarity", reason, score)

    @staticmethod
    def _follows_up(message: str, history: Sequence[Turn]) -> bool:
        """A short follow-up to a referral ("any online ones?", "what about London?")."""
        recent = list(history)[-4:]
        asked = any(t.role == "user" and help_pattern(t.content) for t in recent)
        last = recent[-1:]
        offered = any(t.role == "assistant" and _REFERRAL_MARK.search(t.content) for t in last)
        if not (asked or offered) or len(message.split()) > 14:
            return False
        constrained = bool(parse_constraints(message)) and not _PLAIN.match(message)
        return constrained or bool(_FOLLOW_UP.search(message))


# --------------------------------------------------------------------------- matching


@dataclass
class ReferralResult:
    """What the referral step adds to an answer."""

    referrals: list[Referral]
    intro: str
    directory_url: str
    exact: bool  # every listing has the topic and meets every constraint
    topic: str | None
    constraints: Constraints = field(default_factory=Constraints)


class Referrer:
    """Matches a help request to listings.

    Everything per listing is held in numpy arrays, so a request costs a few vector
    operations however large the directory.

    Args:
        listings: The directory.
        vectors: The listings' ``embed_text`` embeddings, one unit-length row per listing.
        site_base_url: For the directory page link, ``{site_base_url}/directory/{topic}``.
        topic_labels: Slug -> label ("anxious-attachment" -> "anxious attachment"), for the
            intro and reasons; :data:`DEFAULT_TOPIC_LABELS` fill the gaps, and win over a
            label that only respells the slug.
    """

    def __init__(
        self,
        listings: Sequence[Listing],
        vectors: np.ndarray,
        *,
        site_base_url: str,
        topic_labels: Mapping[str, str],
    ) -> None:
        if len(listings) != len(vectors):
            raise ValueError(f"{len(listings)} listings but {len(vectors)} vectors")
        self.listings = list(listings)
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.site_base_url = site_base_url.rstrip("/")
        given = {
            t: x
            for t, x in topic_labels.items()
            if x != t.replace("-", " ") or t not in DEFAULT_TOPIC_LABELS
        }
        self.labels = {**DEFAULT_TOPIC_LABELS, **given}
        self.gazetteer = Gazetteer(self.listings)
        self._locations = [self.gazetteer.canonical(x.location) for x in self.listings]
        self._by_id = {x.id: x for x in self.listings}
        topics = sorted({t for x in self.listings for t in x.topics} | set(self.labels))
        self._cues = {
            t: [(w, re.compile(p, re.IGNORECASE)) for w, p in _TOPIC_CUES[t]]
            if t in _TOPIC_CUES
            else [(4.0, re.compile(rf"\b{re.escape(self.label(t))}\b", re.IGNORECASE))]
            for t in topics
        }
        self._topic_column = {t: i for i, t in enumerate(topics)}
        self._has = np.array([[t in x.topics for t in topics] for x in self.listings], dtype=bool)
        self._has = self._has.reshape(len(self.listings), len(topics))
        self._kind = np.array([x.kind for x in self.listings], dtype=object)
        self._format = np.array([x.format for x in self.listings], dtype=object)
        self._accepting = np.array([x.accepting_new_clients for x in self.listings], dtype=bool)
        self._city = np.array([loc.city.lower() for loc in self._locations], dtype=object)
        self._region = np.array([loc.region for loc in self._locations], dtype=object)
        self._country = np.array([loc.country for loc in self._locations], dtype=object)

    def listing(self, listing_id: str) -> Listing:
        return self._by_id[listing_id]

    def label(self, topic: str) -> str:
        return self.labels.get(topic, topic.replace("-", " "))

    def infer_topic(
        self, message: str, history: Sequence[Turn], cited_topics: Sequence[str]
    ) -> str | None:
        """The topic the visitor wants help with, or None when nothing points anywhere.

        The message's wording counts most, then earlier user turns (recent ones more), then
        the topics of the guides the answer cited (best first). With none of these there is
        no topic, and the listings are ranked by similarity alone.
        """
        scores: dict[str, float] = defaultdict(float)
        for topic, weight in self._topic_cues(message):
            scores[topic] += weight
        earlier = [t.content for t in history if t.role == "user"][::-1][:4]
        for age, text in enumerate(earlier):
            for topic, weight in self._topic_cues(text):
                scores[topic] += 0.5 * weight * 0.7**age
        for rank, topic in enumerate(dict.fromkeys(cited_topics)):
            scores[topic] += (0.6 if topic in BROAD_TOPICS else 1.2) / (1 + rank)
        return max(scores, key=scores.__getitem__) if scores else None

    def _topic_cues(self, text: str) -> Iterable[tuple[str, float]]:
        text = _plain_text(text)
        for topic, cues in self._cues.items():
            weight = max((w for w, rx in cues if rx.search(text)), default=0.0)
            if weight:
                yield topic, weight

    def _tiers(self, topic: str | None) -> np.ndarray:
        """Per listing: 2 it has the topic, 1 a broader or narrower one, 0 neither."""
        tiers = np.zeros(len(self.listings), dtype=np.int8)
        if topic is None:
            return tiers
        family = [self._topic_column[t] for t in self._topic_column if _related(t, topic)]
        if family:
            tiers[self._has[:, family].any(axis=1)] = 1
        if topic in self._topic_column:
            tiers[self._has[:, self._topic_column[topic]]] = 2
        return tiers

    def _place_scores(self, place: Place) -> np.ndarray:
        """Per listing: 1 in the place, 0.6 in a city's region, 0.4 in its country, else 0."""
        if place.level == "city":
            inside = self._city == place.name.lower()
        elif place.level == "region":
            inside = self._region == place.name
        else:
            inside = self._country == place.country
        scores = np.where(inside, 1.0, 0.0)
        if place.level == "city" and place.region:
            scores = np.maximum(scores, np.where(self._region == place.region, 0.6, 0.0))
        if place.level != "country" and place.country:
            scores = np.maximum(scores, np.where(self._country == place.country, 0.4, 0.0))
        return scores

    def _fit(self, c: Constraints) -> tuple[np.ndarray, np.ndarray | None]:
        """Per listing: constraints met (one point each); the place scores.

        A place counts 1 when the listing is in it, 0.6 in the same region as the city asked
        for, 0.5 for a listing that meets online (unless the visitor asked for in person) and
        0.4 in the same country.
        """
        fit = np.zeros(len(self.listings))
        if c.kinds:
            fit += np.isin(self._kind, c.kinds)
        if c.format:
            fit += (self._format == c.format) | (self._format == "both")
        places = None
        if c.place:
            places = self._place_scores(c.place)
            if c.format != "in_person":  # meeting online works from anywhere, nearly
                places = np.maximum(places, np.where(self._format != "in_person", 0.5, 0.0))
        return (fit + places if places is not None else fit), places

    def _misses(self, i: int, c: Constraints, places: np.ndarray | None) -> list[str]:
        """What listing ``i`` does not meet, in words."""
        listing, misses = self.listings[i], []
        if c.kinds and listing.kind not in c.kinds:
            misses.append(f"a {listing.kind}, not a {' or '.join(c.kinds)}")
        if c.format and listing.format not in (c.format, "both"):
            misses.append("online only" if listing.format == "online" else "in person only")
        if c.place and places is not None and places[i] < 1:
            misses.append(f"not in {c.place.name}")
        return misses

    def refer(
        self,
        message: str,
        history: Sequence[Turn],
        vector: np.ndarray,
        cited_topics: Sequence[str],
    ) -> ReferralResult:
        """Pick 1-3 listings for a help request.

        Listings with the topic that meet every constraint come first, those accepting new
        clients before the rest, then by similarity to the message. When none meets the
        constraints, the nearest are offered: on the topic, meeting as many constraints as
        possible (a place in the same region or country counts in part).

        Args:
            message: The visitor's message.
            history: Earlier turns, oldest first.
            vector: The message's embedding (unit length), as the bot computed it.
            cited_topics: Topics of the guides the answer cited, best first.
        """
        topic = self.infer_topic(message, history, cited_topics)
        constraints = parse_constraints(message, self.gazetteer)
        if not constraints.place and constraints.format != "online":
            for text in [t.content for t in history if t.role == "user"][::-1]:
                place = self.gazetteer.find(text)  # where the visitor is stays true
                if place:
                    constraints = Constraints(constraints.kinds, constraints.format, place)
                    break
        url = f"{self.site_base_url}/directory" + (f"/{topic}" if topic else "")
        if not self.listings:
            return ReferralResult([], "", url, False, topic, constraints)
        sims = self.vectors @ np.asarray(vector, dtype=np.float32)
        tiers = self._tiers(topic)
        fit, places = self._fit(constraints)
        needed = bool(constraints.kinds) + bool(constraints.format) + bool(constraints.place)
        on_topic = tiers == 2
        exact = np.flatnonzero((on_topic if topic else True) & (fit >= needed))
        if exact.size:  # np.lexsort sorts by the last key first
            chosen = exact[np.lexsort((-sims[exact], ~self._accepting[exact]))][:3]
        else:
            pool = np.flatnonzero(on_topic if on_topic.any() else tiers == tiers.max())
            keys = (-sims[pool], ~self._accepting[pool], -tiers[pool], -fit[pool])
            chosen = pool[np.lexsort(keys)][:3]
        referrals = [
            self._referral(
                int(i), topic, [] if exact.size else self._misses(int(i), constraints, places)
            )
            for i in chosen
        ]
        intro = self._intro(topic, constraints, bool(exact.size), bool(on_topic.any()))
        return ReferralResult(referrals, intro, url, bool(exact.size), topic, constraints)

    def _referral(self, i: int, topic: str | None, misses: list[str]) -> Referral:
        listing, loc = self.listings[i], self._locations[i]
        matched = [t for t in listing.topics if topic and (t == topic or _related(t, topic))]
        matched = matched or list(listing.topics)
        named = [t for t in matched if t not in BROAD_TOPICS][:2] or matched[:2]
        place = loc.city or loc.region or loc.country
        where = f" in {place}" if place else ""
        how = {
            "online": "online",
            "in_person": f"in person{where}",
            "both": f"online or in person{where}",
        }
        parts = [f"works with {' and '.join(self.label(t) for t in named)}", how[listing.format]]
        parts += misses
        if not listing.accepting_new_clients:
            parts.append("not taking new clients right now")
        return Referral(
            id=listing.id,
            name=listing.name,
            kind=listing.kind,
            url=listing.url,
            reason="; ".join(parts),
            topics=matched,
            format=listing.format,
            location=loc.label() or "online",
        )

    def _intro(self, topic: str | None, c: Constraints, exact: bool, topic_listed: bool) -> str:
        label = self.label(topic) if topic else ""
        where = c.where()
        if exact:
            noun = KIND_PLURALS[c.kind] if c.kind else "listings"
            about = f"work with {label}" if topic else "may fit"
            return (
                f"If you'd like to work on this with someone, these {noun} from the directory "
                f"{about}{', ' + where if where else ''}:"
            )
        if topic and not topic_listed:
            return f"The directory has no listings for {label} yet; these may still help:"
        kind = " or ".join(c.kinds) if c.kinds else "listing"
        article = "an" if kind[0] in "aeiou" else "a"
        return (
            f"I couldn't find {article} {kind}{' for ' + label if topic else ''}"
            f"{' ' + where if where else ''} in the directory, so here are the nearest "
            "alternatives:"
        )
