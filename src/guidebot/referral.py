"""The referral step: notice when a visitor asks for help, and suggest fitting listings.

Two parts, both cheap per request (regular expressions and numpy over the listings; the
message's vector is the one the bot already computed):

* :class:`HelpDetector` decides whether the message asks for someone to work with, in
  three layers: patterns ("can you recommend a coach", "is there someone I could talk
  to"), the conversation (a follow-up such as "any online ones?" after a referral), and
  similarity to help-seeking versus plain-question exemplars
  (``data/help_exemplars.yaml``), with a threshold calibrated on ``evals/referrals``.
* :class:`Referrer` infers the topic (message, earlier user turns, the topics of the guides
  the answer cited), reads constraints (:func:`parse_constraints`: online or in person,
  a kind, a place), filters and ranks the listings, and writes a short intro; when nothing
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

# Similarity layer: a ridge probe on the exemplars scores each message vector; at or above
# the threshold it is help-seeking. Chosen by the sweep in guidebot.referral_eval on
# evals/referrals/labelled.yaml with all-MiniLM-L6-v2: FILLED IN AFTER CALIBRATION.
DEFAULT_HELP_THRESHOLD = 0.0
_RIDGE = 1.0  # the probe's L2 penalty; 0.3-3 score alike on the labelled set
# With no topic word anywhere, a topic is taken from the listings only when the message is at
# least this similar to the mean vector of that topic's listings.
_MIN_TOPIC_SIMILARITY = 0.25

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
    "relationships": ("anxious-attachment", "avoidant-attachment", "codependency", "divorce-and-breakups"),
    "emotions": ("anger", "shame", "grief", "loneliness"),
    "support": ("choosing-support",),
}

# (pattern, weight) per topic, matched case-insensitively. Broad topics weigh less, so a
# specific topic wins when both are named.
_TOPIC_CUES: dict[str, list[tuple[str, float]]] = {
    "anxious-attachment": [
        (r"anxious(ly)?[- ]attach\w*|attachment anxiety|preoccupied attachment", 4.0),
        (r"fear of (being )?(abandon\w*|left|rejected|losing (her|him|them))|abandonment", 3.0),
        (r"\bclingy|\bneedy\b|reassurance|jealous\w*|protest behaviou?r|fall (hard|too fast)", 3.0),
        (r"\b(she|he|they|partner)('s| is| keeps)? (pulling|drifting|pulls) away", 3.0),
        (r"(text|message)s? back|checking (her|his|their) phone", 2.0),
    ],
    "avoidant-attachment": [
        (r"\bavoidant|dismissive[- ]avoidant|fearful[- ]avoidant", 4.0),
        (r"\bi (tend to |always |keep |just )?(pull|withdraw|shut) (away|down|off)|shut(ting)? down when", 3.0),
        (r"emotionally unavailable|fear of (intimacy|commitment|closeness)|commitment[- ]?phob\w*", 3.0),
        (r"push(ing)? (people|her|him|them|partners?|everyone) away|arm'?s length|smothered", 3.0),
        (r"let (people|anyone|her|him|them|someone) (in|close)|closeness (scares|is hard)", 2.5),
    ],
    "anger": [
        (r"\banger\b|\bangry\b|\brage\b|\btemper\b|\bfurious\b|\birritab\w*|\bshort fuse", 4.0),
        (r"\bblow(ing)? up\b|\bblew up\b|\b(snap|shout|yell|scream)(ing|ed|s)? at\b|outbursts?", 3.0),
        (r"\blos(e|ing|t) (it|my cool)\b|\bhot[- ]?headed|punch(ed)? (a |the )?wall|aggressi\w*", 3.0),
    ],
    "shame": [
        (r"\bshame\w*|\bashamed\b", 4.0),
        (r"not good enough|worthless|\b(a|like a) (failure|fraud|loser)\b|impost[eo]r|self[- ]?hat\w*", 3.0),
        (r"hate myself|not man enough|humiliat\w*|self[- ]critic\w*|unworthy|\bguilt\b", 2.5),
    ],
    "codependency": [
        (r"co-?dependen\w*", 4.0),
        (r"people[- ]?pleas\w*|\bpleaser\b|\brescu(e|er|ing)\b|caretak\w*|over-?giv\w*|enabl(ing|er)\b", 3.0),
        (r"can'?t say no|saying no|boundar(y|ies)|fix(ing)? (everyone|people|her|him|them|others)", 2.5),
    ],
    "loneliness": [
        (r"\blonel(y|iness)\b|\bisolat\w*", 4.0),
        (r"no (real |close )?friends|make (new )?friends|friendships?|no one to talk to|nobody to talk to", 3.0),
        (r"\balone\b|disconnected|nobody (really )?knows me|no mates|lost touch with", 2.0),
    ],
    "divorce-and-breakups": [
        (r"\bdivorc\w*|\bbreak[- ]?ups?\b|\bbroke up\b|\bbreaking up\b|heartbr\w*", 4.0),
        (r"\bseparat(ed|ion|ing)\b|\bsplit (up|from)\b|marriage is (falling apart|over)|\bmy ex\b|\bex[- ]?(wife|girlfriend|partner|husband)", 3.0),
        (r"\b(wife|girlfriend|partner|fianc\w*|she) (left|dumped|ended)|\bleft me\b|\bdumped\b", 3.0),
        (r"end of (my|our|a|the) (marriage|relationship)|marriage (ended|is over|fell apart)", 3.0),
    ],
    "grief": [
        (r"\bgrie(f|ve|ving|ved)\b|\bbereave\w*|\bmourn\w*", 4.0),
        (r"passed away|\bdied\b|death of|\bfuneral\b|miscarriage|loss of (my|a|our)\b", 4.0),
        (r"\blost my (dad|father|mum|mom|mother|wife|brother|son|daughter|friend|best friend|partner|child|baby|sister)", 4.0),
    ],
    "fatherhood": [
        (r"\bfatherhood\b|\bparenting\b|\bnew (dad|father)s?\b|\bdads\b|\bfathers\b|step-?(dad|father)", 4.0),
        (r"\b(as|being|become|becoming|be) a (better |good |new |present |first[- ]time )?(dad|father)\b", 4.0),
        (r"\bmy (kids|children|son|sons|daughters?|baby|toddler|teen(ager)?s?|boys|stepkids)\b|co-?parent\w*", 3.0),
        (r"(wife|partner) is pregnant|expecting (a|our first) (baby|child)", 3.0),
    ],
    "choosing-support": [
        (r"\bcoach(ing)? (or|vs\.?|versus) (a )?therap\w*|\btherap\w* (or|vs\.?|versus) (a )?coach\w*", 3.0),
        (r"(what|which) (kind|type|sort) of (help|support|professional)|figure out what (kind of )?help", 3.0),
        (r"don'?t know (what kind of help|who to (see|talk to|turn to)|what i need)|where to turn", 3.0),
        (r"choos(e|ing) (a|the right) (therapist|coach|program|practitioner)|right (kind of )?(help|support)", 2.5),
        (r"where (do|should) i (even )?(start|begin)", 1.0),
    ],
    "attachment": [
        (r"anxious[- ](and[- ]|/)?avoidant|attachment (style|issue|wound|theory)s?|insecure attachment", 3.5),
        (r"\battachment\b", 1.5),
    ],
    "relationships": [
        (r"\brelationships?\b|\bmarriage\b|\bmy (wife|partner|girlfriend|boyfriend|husband)\b|\bcouples?\b|\bdating\b", 1.2),
    ],
    "emotions": [
        (r"\bemotions?\b|\bemotional\b|\bfeelings?\b|\bnumb\b|\bcry(ing)?\b|overwhelm\w*", 1.2),
    ],
}

# --------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Place:
    """A place a visitor named, resolved to a level and the region and country it lies in."""

    name: str
    level: str  # "city" | "region" | "country"
    region: str = ""
    country: str = ""


_COUNTRIES = {
    "United States": ("united states", "united states of america", "usa", "u.s.a.", "u.s.", "america",
                      "the states", "US"),
    "United Kingdom": ("united kingdom", "uk", "u.k.", "britain", "great britain"),
    "Canada": ("canada",),
    "Australia": ("australia",),
    "New Zealand": ("new zealand", "nz"),
    "Ireland": ("ireland", "republic of ireland"),
}  # fmt: skip
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
_CITIES = """
New York|NYC|New York City: New York, United States; Los Angeles|LA: California, United States
San Francisco|SF|Bay Area: California, United States; San Diego: California, United States
Chicago: Illinois, United States; Austin: Texas, United States; Houston: Texas, United States
Dallas: Texas, United States; Denver: Colorado, United States; Boulder: Colorado, United States
Seattle: Washington, United States; Portland: Oregon, United States
Boston: Massachusetts, United States; Atlanta: Georgia, United States
Miami: Florida, United States; Phoenix: Arizona, United States
Minneapolis: Minnesota, United States; Asheville: North Carolina, United States
Philadelphia: Pennsylvania, United States; Nashville: Tennessee, United States
Washington DC|DC|Washington, D.C.: District of Columbia, United States
London: England, United Kingdom; Manchester: England, United Kingdom
Bristol: England, United Kingdom; Birmingham: England, United Kingdom
Leeds: England, United Kingdom; Liverpool: England, United Kingdom
Edinburgh: Scotland, United Kingdom; Glasgow: Scotland, United Kingdom
Cardiff: Wales, United Kingdom; Belfast: Northern Ireland, United Kingdom
Toronto: Ontario, Canada; Ottawa: Ontario, Canada; Vancouver: British Columbia, Canada
Calgary: Alberta, Canada; Montreal|Montréal: Quebec, Canada
Sydney: New South Wales, Australia; Melbourne: Victoria, Australia
Brisbane: Queensland, Australia; Perth: Western Australia, Australia
Adelaide: South Australia, Australia; Dublin: , Ireland; Auckland: , New Zealand
"""
_ANY_CASE, _UPPER, _CODE = "any", "upper", "code"  # how an alias must be written to count


class Gazetteer:
    """Place names and abbreviations: built-in ones plus those in the listings."""

    def __init__(self, listings: Iterable[Listing] = ()) -> None:
        self._aliases: dict[str, list[tuple[Place, str]]] = defaultdict(list)
        self._country: dict[str, str] = {}
        self._region: dict[tuple[str, str], str] = {}
        for country, aliases in _COUNTRIES.items():
            for alias in (country, *aliases):
                mode = _UPPER if alias.isupper() else _ANY_CASE
                self._add(alias, Place(country, "country", "", country), mode)
                self._country[alias.lower()] = country
        for block in re.split(r"\n(?=\S)", _REGIONS.strip()):
            country, _, body = block.partition(":")
            for item in " ".join(body.split()).split(";"):
                code, _, name = item.strip().partition(" ")
                place = Place(name, "region", name, country)
                self._add(name, place, _ANY_CASE)
                self._region[(country, name.lower())] = name
                if code != "-":
                    self._add(code, place, _CODE)
                    self._region[(country, code.lower())] = name
        for entry in " ; ".join(_CITIES.strip().splitlines()).split(" ; "):
            for item in entry.split("; "):
                names, _, where = item.partition(": ")
                region, _, country = (p.strip() for p in where.partition(","))
                aliases = names.split("|")
                for alias in aliases:
                    mode = _UPPER if alias.isupper() else _ANY_CASE
                    self._add(alias, Place(aliases[0], "city", region, country), mode)
        for listing in listings:
            loc = self.canonical(listing.location)
            if loc.city and not self._aliases.get(loc.city.lower()):
                self._add(loc.city, Place(loc.city, "city", loc.region, loc.country), _ANY_CASE)
            if loc.region and not self._aliases.get(loc.region.lower()):
                self._add(loc.region, Place(loc.region, "region", loc.region, loc.country), _ANY_CASE)
            if loc.country and not self._aliases.get(loc.country.lower()):
                self._add(loc.country, Place(loc.country, "country", "", loc.country), _ANY_CASE)
        names = sorted(self._aliases, key=len, reverse=True)
        self._pattern = re.compile(
            r"(?<![\w.])(" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.IGNORECASE
        )

    def _add(self, alias: str, place: Place, mode: str) -> None:
        self._aliases[alias.lower()].append((place, mode))

    def canonical(self, location: Location) -> Location:
        """Full names for a location's country and region (``"USA"`` -> ``"United States"``)."""
        country = self._country.get(location.country.strip().lower(), location.country.strip())
        region = self._region.get((country, location.region.strip().lower()), location.region.strip())
        return Location(location.city.strip(), region, country)

    def find(self, text: str) -> Place | None:
        """The most specific place named in ``text``; "near me" and the like are ignored."""
        text = re.sub(r"\b(near|around|close to) (me|here|home|where i live)\b", " ", text, flags=re.I)
        found: list[Place] = []
        for match in self._pattern.finditer(text):
            written = match.group(1)
            before = text[: match.start()].rstrip().lower()
            for place, mode in self._aliases[written.lower()]:
                if mode == _UPPER and written != written.upper():
                    continue
                if mode == _CODE and not (
                    written.isupper() and (before.endswith(",") or re.search(r"\b(in|near)$", before))
                ):
                    continue
                found.append(place)
                break
        order = {"city": 0, "region": 1, "country": 2}
        return min(found, key=lambda p: order[p.level]) if found else None


def place_score(place: Place, location: Location) -> float:
    """1 when a (canonical) location is in the place; partial credit for the same region or country."""
    if place.level == "city" and location.city.lower() == place.name.lower():
        return 1.0
    if place.level == "region" and location.region == place.name:
        return 1.0
    if place.level == "country" and location.country == place.country:
        return 1.0
    if place.level == "city" and place.region and location.region == place.region:
        return 0.6
    if place.country and location.country == place.country:
        return 0.4
    return 0.0


# --------------------------------------------------------------------------- constraints

KIND_PLURALS = {"coach": "coaches", "therapist": "therapists", "program": "programs",
                "retreat": "retreats", "group": "groups"}  # fmt: skip
_KIND_CUES = {
    "coach": r"\bcoach(es|ing)?\b|\bmentor(s|ing)?\b",
    "therapist": r"\btherap(ist|ists|y)\b|\bcounsel+(or|ors|ing)\b|\bpsycholog(ist|ists)\b"
    r"|\bpsychotherap\w*|\bshrink\b",
    "program": r"\bprogram(me)?s?\b|\bcourses?\b|\bworkshops?\b",
    "retreat": r"\bretreats?\b",
    "group": r"\bgroups?\b|\bcircles?\b(?! of)|\bmeet-?ups?\b",
}
_FORMAT_CUES = {
    "online": r"\bonline\b|\bvirtual(ly)?\b|\bremote(ly)?\b|\bzoom\b|\bby (video|phone)\b"
    r"|\bover (video|the phone)\b|\bvideo (calls?|sessions?)\b|\bfrom home\b",
    "in_person": r"\bin[- ]person\b|\bface[- ]to[- ]face\b|\birl\b|\bin real life\b",
}
_NEGATION = re.compile(r"\b(not|no|don'?t|doesn'?t|isn'?t|without|rather than|instead of|never)\b")
_POSSESSIVE = re.compile(r"\b(my|our|his|her|their|the old|previous|current|ex)\s*$")


@dataclass(frozen=True)
class Constraints:
    """What the visitor asked for besides the topic. Empty fields mean no preference."""

    kinds: tuple[str, ...] = ()
    format: str | None = None
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


def _cue_hits(pattern: str, text: str) -> bool:
    """Whether ``pattern`` occurs in ``text`` not negated ("not online") or owned ("my therapist")."""
    for match in re.finditer(pattern, text, re.IGNORECASE):
        before = text[max(0, match.start() - 30) : match.start()].lower()
        if not _NEGATION.search(before.split(",")[-1]) and not _POSSESSIVE.search(before):
            return True
    return False


def parse_constraints(text: str, gazetteer: Gazetteer | None = None) -> Constraints:
    """Read format, kind and place from a message.

    Args:
        text: The visitor's message.
        gazetteer: Place names to look for; the built-in one by default (a
            :class:`Referrer` passes one that also knows its listings' places).

    Returns:
        The constraints; "online or in person" sets no format, "near me" no place.
    """
    kinds = [k for k, cue in _KIND_CUES.items() if _cue_hits(cue, text)]
    kinds.sort(key=lambda k: re.search(_KIND_CUES[k], text, re.I).start())  # type: ignore[union-attr]
    formats = [f for f, cue in _FORMAT_CUES.items() if _cue_hits(cue, text)]
    place = (gazetteer or _default_gazetteer()).find(text)
    return Constraints(tuple(kinds), formats[0] if len(formats) == 1 else None, place)


_GAZETTEER: list[Gazetteer] = []


def _default_gazetteer() -> Gazetteer:
    if not _GAZETTEER:
        _GAZETTEER.append(Gazetteer())
    return _GAZETTEER[0]


# --------------------------------------------------------------------------- help detection

_WHO = r"(some|any)(one|body)( else)?"
_PROVIDER = (  # who or what a visitor can work with
    rf"(coach\w*|therapists?|counsel+ors?|psychologists?|psychotherapists?|{_WHO}|professionals?|"
    r"experts?|specialists?|practitioners?|programs?|programmes?|retreats?|(men'?s |support |peer )?"
    r"groups?|(men'?s )?circles?|courses?|workshops?|listings?|mentors?|services?|people who|"
    r"one-on-one|1[:-]1|a pro\b|clinics?|sessions?|appointments?|consultations?)"
)
# "someone" alone after "I need" may be a wish ("I need someone who loves me"); here it must
# be someone to work with.
_PROVIDER_STRICT = _PROVIDER.replace(
    _WHO, rf"{_WHO} (to (talk|speak|work|help|see)|who (can|could|would|will|does|works|"
    r"specialises|specializes|understands|helps|gets|knows|deals))"
)
_SERVICE = r"(therapy|coaching|counsel+ing|professional help|(some |real |proper )?(help|support))"
_FILLER = r"(?:(?!book|podcast|article|video|app\b|exercise|reading|tips?\b)[\w'-]+\s+){0,4}?"
_ME = r"(i|we|one|a man|men|guys|he|she|they|my \w+)"
_HELP_PATTERNS = {
    "recommend": rf"\b(recommend|suggest|refer|point me (to|towards|at)|connect me|put me in touch|"
    rf"match me|set me up)\w*\s+{_FILLER}({_PROVIDER}|{_SERVICE})"
    rf"|\b({_PROVIDER}|who)\b[^.?!]{{0,40}}\b(do|would|could|can) you (recommend|suggest)"
    r"|\b(any|got any|have any|your) (recommendations|suggestions|referrals)\b(?! (for|on|about) "
    r"(how|what|ways?|books?|reading|exercises?|podcasts?))",
    "is there": rf"\b(is there|are there|do you (have|know|list)|know (of )?any|got any|any chance of)"
    rf"\s+{_FILLER}{_PROVIDER}",
    "anyone": rf"^\W*(any|{_WHO})\b.*\b({_PROVIDER}|who (can|could|does|do))\b.*\b(near|in|for|who|that|"
    r"online)\b|\b(does|do) (anyone|anybody|someone|any of (them|these|those|you)|the directory)\b.*\b("
    r"work|specialise|specialize|deal|help|do|offer|treat|have|list|run)",
    "where can I": rf"\b(where|how) (can|do|should|could|would|might|does|did) {_ME} (even )?(find|get|"
    r"look for|go (to )?for|sign up (for|to)|join|book|access|reach|contact|connect with|work with|"
    rf"start (therapy|coaching|working with)|get started with)\s+{_FILLER}({_PROVIDER}|{_SERVICE})",
    "I'd like to see": r"\b(i|we)((\s*'d|\s*'m| would| am| really| think i| probably| definitely| "
    r"honestly| just)\b){0,3} ?(want|need|like|wanna|looking|ready|should|ought|have|plan|going|"
    r"trying|could|might|hoping|keen|thinking about|thinking of) (to )?(\w+ ){0,2}?(talk (to|with)|"
    r"speak (to|with)|see|seeing|work (on (this|it|that|things|my \w+) )?with|working with|find|"
    r"finding|get|getting|hire|book|join|joining|try|trying|sign up for|look for|go to|going to|reach "
    rf"out to|start (seeing|working with))\s+{_FILLER}({_PROVIDER}|{_SERVICE})",
    "I need a coach": r"\b(i|we)((\s*'d|\s*'m| would| am| really| think i| probably| definitely| "
    r"honestly| just)\b){0,3} ?(need|want|like|could use|looking for|after|seeking|searching for) "
    rf"{_FILLER}{_PROVIDER_STRICT}|^\W*(need|want|looking for|seeking|searching for)\s+{_FILLER}"
    rf"({_PROVIDER}|{_SERVICE})|\b(looking|searching|hunting) for\s+{_FILLER}{_PROVIDER}",
    "I need help": r"\b(i|we)((\s*'d|\s*'m| would| am| really| think i| probably| definitely| "
    r"desperately| honestly| just)\b){0,3} ?(need|want|could use|looking for|seeking|like|ready for) "
    r"(some |professional |real |proper |outside |serious |more )?(help|support|guidance)\b(?! ("
    r"understanding|to understand|making sense|figuring out what|with (the|this) (guide|page|"
    r"article|question)))",
    "who can I see": rf"\bwho (can|could|should|do|would|might) {_ME} (talk|speak|see|go|turn|reach out|"
    r"call|contact|work with|ask)\b|\bwho (can|could) help (me|us)\b|\bwho (works|specialises|"
    r"specializes|deals|helps) (with|in)\b|\b(can|could) (anyone|someone|somebody) help me\b",
    "can I book": r"\b(can|could|may) (i|we) (book|talk|speak|see|get|join|sign up|find|meet|work "
    rf"with)\s+{_FILLER}({_PROVIDER}|{_SERVICE})",
    "show me": rf"\b(show|give|send|list|share with) (me|us)\s+{_FILLER}({_PROVIDER}|directory)",
    "work on this with": rf"\bwork on (this|it|that|my \w+|things) with\s+{_FILLER}{_PROVIDER}",
    "help me find": rf"\bhelp me (find|choose|pick|get)\s+{_FILLER}({_PROVIDER}|{_SERVICE})",
    "find a coach": rf"\b(find|finding|locate|locating) (a|an|the right|a good|some)\s+{_FILLER}"
    rf"{_PROVIDER_STRICT}|\boptions for (getting |finding )?{_SERVICE}",
}
_HELP_RE = [re.compile(p, re.IGNORECASE) for p in _HELP_PATTERNS.values()]
# A question about the topic ("what is...", "why do I...", "does therapy help..."): when no
# pattern asks for help, such a question is not a request, however near the help exemplars.
_PLAIN_QUESTION = re.compile(
    r"^\W*(what('s| is| are| does| do| happens| causes| makes| if| kind of (thing|person)| should i "
    r"(say|do|tell))|why|how (does|do|is|are|can|could|long|much|often|come|would|should)|is (it|this|"
    r"that|there a (difference|link|way|reason))|are (men|coaches|therapists|groups|retreats|programs|"
    r"there (signs|benefits|differences|risks))|does|do (men|coaches|therapists|groups|retreats|i "
    r"need|i have)|can (anger|shame|grief|loneliness|codependency|attachment|therapy|coaching|a "
    r"(coach|therapist|group|retreat|program)|you (explain|tell|say|describe))|should i|when)\b",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"^\W*(what about|how about|anything|any\b|and\b|ok(ay)?\b|yes|yeah|sure|please|something|"
    r"are any|do any|is there one|one\b|ones\b|others?\b|more\b|maybe)|\b(other|more|different) "
    r"(options|ones|listings|suggestions)\b|\bcloser to\b|\bcheaper\b",
    re.IGNORECASE,
)
_REFERRAL_MARK = re.compile(r"from the directory|\blistings?\b|would you like (some )?(suggestions|names)", re.I)


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+|\n+", text.strip()) if s]


_HYPOTHETICAL = re.compile(r"\b(whether|if|do|does|should|wonder)\s*$", re.IGNORECASE)


def _help_pattern(text: str) -> str | None:
    """The words of the first help-seeking pattern in ``text`` ("whether I need a coach" is not one)."""
    for sentence in _sentences(text):
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

    The similarity layer is a linear probe: ridge regression from exemplar embeddings to
    +1 (help) / -1 (plain), fitted here once; a message's score is one dot product.

    Args:
        embedder: Embeds the exemplars, once, here.
        threshold: Probe score at or above which a message is help-seeking;
            :data:`DEFAULT_HELP_THRESHOLD` when None.
        exemplars_path: YAML with ``help`` and ``plain`` lists of messages.
    """

    def __init__(
        self, embedder: Embedder, *, threshold: float | None = None, exemplars_path: Path = EXEMPLARS_PATH
    ) -> None:
        data = yaml.safe_load(exemplars_path.read_text(encoding="utf-8"))
        self.help_exemplars = [str(t) for t in data["help"]]
        self.plain_exemplars = [str(t) for t in data["plain"]]
        self.embedder = embedder
        self.threshold = DEFAULT_HELP_THRESHOLD if threshold is None else threshold
        x = np.asarray(embedder.embed_queries(self.help_exemplars + self.plain_exemplars), dtype=np.float64)
        y = np.r_[np.ones(len(self.help_exemplars)), -np.ones(len(self.plain_exemplars))]
        self._exemplars = x.astype(np.float32)
        self._weights = np.linalg.solve(x.T @ x + _RIDGE * np.eye(x.shape[1]), x.T @ y).astype(np.float32)

    def score(self, vector: np.ndarray) -> float:
        """The probe's score for a message vector: above 0 leans help, below leans plain."""
        return float(self._weights @ vector)

    def nearest(self, vector: np.ndarray) -> str:
        """The exemplar nearest the message, for the decision's reason."""
        i = int(np.argmax(self._exemplars @ vector))
        n = len(self.help_exemplars)
        return f"help: {self.help_exemplars[i]}" if i < n else f"plain: {self.plain_exemplars[i - n]}"

    def detect(
        self, message: str, history: Sequence[Turn] = (), vector: np.ndarray | None = None
    ) -> HelpDecision:
        """Decide for one message.

        Args:
            message: The visitor's message.
            history: Earlier turns, oldest first.
            vector: The message's embedding if the caller has it (then nothing is embedded).
        """
        if not message.strip():
            return HelpDecision(False, None, "empty message")
        matched = _help_pattern(message)
        if matched:
            return HelpDecision(True, "pattern", f"asks for help: '{matched.strip()}'")
        follow = self._follow_up(message, history)
        if follow:
            return HelpDecision(True, "history", follow)
        if _PLAIN_QUESTION.match(_sentences(message)[-1]):
            return HelpDecision(False, "pattern", "a question about the topic, not a request")
        if vector is None:
            vector = self.embedder.embed_queries([message])[0]
        score = self.score(vector)
        verdict = score >= self.threshold
        reason = f"probe {score:.3f} {'>=' if verdict else '<'} {self.threshold:.3f}; nearest {self.nearest(vector)!r}"
        return HelpDecision(verdict, "similarity", reason, score)

    def _follow_up(self, message: str, history: Sequence[Turn]) -> str | None:
        """A follow-up to a referral ("any online ones?", "what about London?")."""
        recent = list(history)[-4:]
        asked = any(t.role == "user" and _help_pattern(t.content) for t in recent)
        offered = any(t.role == "assistant" and _REFERRAL_MARK.search(t.content) for t in recent[-1:])
        if not (asked or offered) or len(message.split()) > 14:
            return None
        constrained = bool(parse_constraints(message))
        if constrained and not _PLAIN_QUESTION.match(message) or _FOLLOW_UP.search(message):
            return "follows up a request for help earlier in the conversation"
        return None


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Row:
    index: int
    tier: int
    fit: float
    misses: list[str]
    accepting: bool
    sim: float


@dataclass
class ReferralResult:
    """What the referral step adds to an answer."""

    referrals: list[Referral]
    intro: str
    directory_url: str
    exact: bool  # every listing fits the topic and all constraints
    topic: str | None
    constraints: Constraints = field(default_factory=Constraints)


class Referrer:
    """Matches a help request to listings.

    Args:
        listings: The directory.
        vectors: The listings' ``embed_text`` embeddings, one unit-length row per listing.
        site_base_url: For the directory page link, ``{site_base_url}/directory/{topic}``.
        topic_labels: Slug -> human label ("anxious-attachment" -> "anxious attachment");
            :data:`DEFAULT_TOPIC_LABELS` fill the gaps.
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
        self.labels = {**DEFAULT_TOPIC_LABELS, **topic_labels}
        self.gazetteer = Gazetteer(self.listings)
        self._locations = [self.gazetteer.canonical(x.location) for x in self.listings]
        self._by_id = {x.id: x for x in self.listings}
        topics = {t for x in self.listings for t in x.topics} | set(self.labels)
        self._cues = {t: [(re.compile(p, re.I), w) for p, w in _TOPIC_CUES.get(t, [])] for t in topics}
        for topic in topics - set(_TOPIC_CUES):  # a site's own topic: its label is its cue
            phrase = re.escape(self.labels.get(topic, topic.replace("-", " ")))
            self._cues[topic] = [(re.compile(rf"\b{phrase}\b", re.I), 4.0)]
        self._primary = sorted({t for x in self.listings for t in x.topics} - set(BROAD_TOPICS))
        self._centroids = np.zeros((len(self._primary), self.vectors.shape[1] if len(self.vectors) else 0))
        for i, topic in enumerate(self._primary):
            rows = self.vectors[[topic in x.topics for x in self.listings]]
            mean = rows.mean(axis=0)
            self._centroids[i] = mean / (np.linalg.norm(mean) or 1.0)

    def listing(self, listing_id: str) -> Listing:
        return self._by_id[listing_id]

    def label(self, topic: str) -> str:
        return self.labels.get(topic, topic.replace("-", " "))

    def infer_topic(
        self, message: str, history: Sequence[Turn], vector: np.ndarray, cited_topics: Sequence[str]
    ) -> str | None:
        """The topic the visitor wants help with, or None when nothing points anywhere.

        The message's wording counts most, then earlier user turns (recent ones more), then
        the topics of the guides the answer cited (best first); similarity of the message
        to each topic's listings breaks ties and decides when nothing else does.
        """
        scores: dict[str, float] = defaultdict(float)
        for topic, weight in self._topic_cues(message):
            scores[topic] += weight
        users = [t.content for t in history if t.role == "user"][::-1][:4]
        for age, text in enumerate(users):
            for topic, weight in self._topic_cues(text):
                scores[topic] += 0.5 * weight * 0.7**age
        for rank, topic in enumerate(dict.fromkeys(cited_topics)):
            scores[topic] += (0.6 if topic in BROAD_TOPICS else 1.2) / (1 + rank)
        if not scores and not self._primary:
            return None
        sims = self._centroids @ np.asarray(vector, dtype=np.float32)
        if not scores:  # nothing in the words: the nearest topic, if it is near at all
            best = int(np.argmax(sims))
            return self._primary[best] if sims[best] >= _MIN_TOPIC_SIMILARITY else None
        for topic, sim in zip(self._primary, sims, strict=True):
            if topic in scores:
                scores[topic] += 0.5 * max(float(sim), 0.0)
        return max(scores, key=lambda t: scores[t])

    def _topic_cues(self, text: str) -> Iterable[tuple[str, float]]:
        for topic, cues in self._cues.items():
            weight = max((w for rx, w in cues if rx.search(text)), default=0.0)
            if weight:
                yield topic, weight

    def _tier(self, listing: Listing, topic: str | None) -> int:
        """2: the listing has the topic; 1: a broader or narrower one; 0: neither."""
        if topic is None:
            return 0
        if topic in listing.topics:
            return 2
        family = set(BROAD_TOPICS.get(topic, ())) | {b for b, kids in BROAD_TOPICS.items() if topic in kids}
        return 1 if family & set(listing.topics) else 0

    def _fit(self, i: int, c: Constraints) -> tuple[float, list[str]]:
        """How well listing ``i`` meets the constraints (one point each) and what differs."""
        listing, score, misses = self.listings[i], 0.0, []
        if c.kinds:
            if listing.kind in c.kinds:
                score += 1
            else:
                misses.append(f"a {listing.kind} rather than a {' or '.join(c.kinds)}")
        if c.format:
            if listing.format in (c.format, "both"):
                score += 1
            else:
                misses.append("online only" if listing.format == "online" else "in person only")
        if c.place:
            got = place_score(c.place, self._locations[i])
            score += got
            if got < 1:
                where = self._locations[i].label() or "online"
                misses.append(f"based in {where}, not {c.place.name}")
        return score, misses

    def refer(
        self, message: str, history: Sequence[Turn], vector: np.ndarray, cited_topics: Sequence[str]
    ) -> ReferralResult:
        """Pick 1-3 listings for a help request.

        Args:
            message: The visitor's message.
            history: Earlier turns, oldest first.
            vector: The message's embedding (unit length), as the bot computed it.
            cited_topics: Topics of the guides the answer cited, best first.
        """
        topic = self.infer_topic(message, history, vector, cited_topics)
        constraints = parse_constraints(message, self.gazetteer)
        if not constraints.place:  # where the visitor is does not change within a conversation
            for text in [t.content for t in history if t.role == "user"][::-1]:
                place = self.gazetteer.find(text)
                if place:
                    constraints = Constraints(constraints.kinds, constraints.format, place)
                    break
        url = f"{self.site_base_url}/directory" + (f"/{topic}" if topic else "")
        if not self.listings:
            return ReferralResult([], "", url, False, topic, constraints)
        sims = self.vectors @ np.asarray(vector, dtype=np.float32)
        needed = bool(constraints.kinds) + bool(constraints.format) + bool(constraints.place)
        rows = []
        for i, listing in enumerate(self.listings):
            fit, misses = self._fit(i, constraints)
            rows.append(_Row(i, self._tier(listing, topic), fit, misses, listing.accepting_new_clients, float(sims[i])))
        on_topic = [r for r in rows if r.tier == 2] or [r for r in rows if r.tier == 1]
        exact = [r for r in (on_topic if topic else rows) if r.fit >= needed]
        if exact:
            chosen = sorted(exact, key=lambda r: (-r.accepting, -r.sim))[:3]
        else:
            chosen = sorted(on_topic or rows, key=lambda r: (-r.fit, -r.accepting, -r.sim))[:3]
        referrals = [self._referral(self.listings[r.index], topic, [] if exact else r.misses) for r in chosen]
        intro = self._intro(topic, constraints, bool(exact), bool(on_topic))
        return ReferralResult(referrals, intro, url, bool(exact), topic, constraints)

    def _referral(self, listing: Listing, topic: str | None, misses: list[str]) -> Referral:
        matched = [t for t in listing.topics if topic and self._tier_of(t, topic)] or list(listing.topics)
        primary = [t for t in matched if t not in BROAD_TOPICS] or matched
        loc = self.gazetteer.canonical(listing.location)
        place = loc.city or loc.region or loc.country
        how = {
            "online": "online",
            "in_person": f"in person in {place}" if place else "in person",
            "both": f"online or in person in {place}" if place else "online or in person",
        }[listing.format]
        parts = [f"works with {_join([self.label(t) for t in primary[:2]])}", how, *misses]
        if not listing.accepting_new_clients:
            parts.append("not taking new clients right now")
        return Referral(
            id=listing.id, name=listing.name, kind=listing.kind, url=listing.url, reason="; ".join(parts),
            topics=matched, format=listing.format, location=loc.label() or "online",
        )

    @staticmethod
    def _tier_of(listing_topic: str, topic: str) -> bool:
        return listing_topic == topic or listing_topic in BROAD_TOPICS.get(topic, ()) or (
            topic in BROAD_TOPICS.get(listing_topic, ())
        )

    def _intro(self, topic: str | None, c: Constraints, exact: bool, has_topic: bool) -> str:
        noun = KIND_PLURALS[c.kind] if c.kind else "listings"
        where = c.where()
        label = self.label(topic) if topic else ""
        if exact:
            about = f"work with {label}" if topic else "may fit"
            return (
                f"If you'd like to work on this with someone, these {noun} from the directory "
                f"{about}{', ' + where if where else ''}:"
            )
        if topic and not has_topic:
            return f"The directory has no listings for {label} yet; these may still help:"
        kind = c.kind or ("listing" if not c.kinds else " or ".join(c.kinds))
        want = f"{'an' if kind[0] in 'aeiou' else 'a'} {kind}"
        for_topic = f" for {label}" if topic else ""
        return (
            f"I couldn't find {want}{for_topic}{' ' + where if where else ''} in the directory, "
            "so here are the nearest alternatives:"
        )


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
