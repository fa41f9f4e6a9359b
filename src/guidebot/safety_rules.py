"""Layer 1 of the safety screen — the pattern layer — and the regexes of layer 3.

:class:`guidebot.safety.SafetyScreen` uses what is here; nothing here embeds or loads a file.

What is here:

* :func:`normalise` — the text every pattern reads: NFKC, laughing emoji -> ``" lol "``,
  curly quotes and backticks straightened, ``ß`` -> ``ss`` (and ``ł ø æ ı`` -> ``l o ae i``),
  accents folded to ASCII, lower case, letter runs of three or more cut to two (``"soooo"``
  -> ``"soo"``), whitespace collapsed.
* :data:`RULES` — the rule table, built with :func:`_rule` from :class:`Rule`; the shared
  figurative and context fragments it uses (``_HARM_FIGURATIVE``, ``_HARM_LEAD``,
  ``_DIE_FIGURATIVE``, ``_INANIMATE``, ``_GENERAL_HELP``, ``_NUISANCE``, ``_CHILDHOOD``,
  ``_PLAY``, ...) and the ``<MACRO>`` vocabulary (``_MACROS``: ``<IM>``, ``<MYSELF>``,
  ``<PARTNER>``, ``<KID>``, ``<PERSON>``, ``<CLOSE>``, ``<HARM>``, ``<WEAPON>``, ``<PILLS>``,
  ``<DRUGS>``, ``<ABUSEV>``, ...).
* The checks that suppress a match: negation just before it (``_NEGATION``, with the
  exceptions in ``_NEGATION_EXCEPT``), a crisis told as resolved history (``_PAST`` with
  nothing in ``_CURRENT``; in other languages ``_INTL_PAST`` with nothing in ``_INTL_CURRENT``
  either), an emergency told as past (``_EMERGENCY_PAST`` with nothing in ``_NOW``; likewise
  ``_INTL_EMERGENCY_PAST`` and ``_INTL_NOW``), hyperbole for suicide rules (``"I'd rather die
  than..."``, nuisances that "make me want to die"), and each rule's own
  ``before``/``after``/``text`` patterns.
* :func:`match_rules` — layer 1 over normalised text: the first rule (in :data:`RULES`
  order) with a match none of those checks suppresses, and the ids of rules whose matches
  were all suppressed. :class:`RuleHit` is what it returns.
* ``FOLLOWUP_*`` and :data:`CONCERN` — the regexes layer 3 (context) reads a short follow-up
  and earlier user turns with; the logic is :meth:`guidebot.safety.SafetyScreen.context`.
* :data:`CATEGORIES` — the four crisis categories (re-exported by :mod:`guidebot.safety`).

How to add a rule:

1. Put a ``_rule(id, category, *alternatives, ...)`` call in its section of :data:`RULES`
   (an emergency in progress; suicide and self-harm; intent or fear of harming others; being
   abused or threatened at home; other languages). Order decides which rule, and so which
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

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

CATEGORIES = ("suicide_self_harm", "harm_to_others", "abuse_at_home", "emergency")


# --------------------------------------------------------------------------- layer 1: patterns

_EMOJI_LAUGH = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f61c\U0001f92a]")


def normalise(text: str) -> str:
    """The text the patterns read: lower case ASCII, straight quotes, short letter runs.

    ``"Je ne veux plus vivre"`` and ``"Já não quero viver"`` keep their words with the
    accents folded (``"nao"``), as do ``"zabiłem"`` (``"zabilem"``), ``"jeg vil dø"`` (``"jeg
    vil do"``) and ``"kıyacağım"`` (``"kiyacagim"``); laughing emoji become ``" lol "``;
    ``"soooo"`` -> ``"soo"``.
    """
    text = _EMOJI_LAUGH.sub(" lol ", unicodedata.normalize("NFKC", text))
    text = text.translate(_QUOTES).translate(_LETTERS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"(\w)\1{2,}", r"\1\1", text)
    return re.sub(r"\s+", " ", text).strip()


_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
# Letters NFKD does not decompose, which the ASCII fold would drop: Polish "zabiłem" must read
# "zabilem" (as typed on a phone without Polish letters), Danish and Norwegian "død" "dod",
# Turkish "kırdım" "kirdim".
_LETTERS = str.maketrans(
    {
        "ß": "ss",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "æ": "ae",
        "Æ": "ae",
        "ı": "i",
        "đ": "d",
        "Đ": "d",
        "œ": "oe",
        "Œ": "oe",
        "ð": "d",
        "þ": "th",
    }
)

_MACROS = {
    "IM": r"(?:i'?m|i am|im)",
    "MYSELF": r"(?:my ?self|myslef|myself|my ?sel|meself|myslf|mself)",
    "THEMSELF": r"(?:him|her|them)sel(?:f|ves)",
    "PARTNER": r"(?:wife|husband|partner|girlfriend|gf|boyfriend|bf|fiancee?|missus|spouse|"
    r"ex(?:[- ]?(?:wife|girlfriend|gf|husband|partner))?|baby ?(?:mama|mother))",
    "KID": r"(?:kids?|children|child|sons?|daughters?|baby|newborn|toddler|"
    r"step-?(?:son|daughter|kids?)|boy|girl|little one|(?:\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten)[- ]?(?:year|yr|month)[- ]?olds?)",
    "FAMILY": r"(?:family|dad|father|mum|mom|mother|parents?|step-?(?:dad|father|mum|mom|mother)"
    r"|brother|sister)",
    # People a harm phrase is usually a joke about ("I'll kill my brother if he ...").
    "OTHER": r"(?:boss|manager|co-?worker|colleague|neighbou?r|roommate|flatmate|landlord|teacher"
    r"|brother|sister|(?:mother|father|brother|sister)-in-law|in-laws?)",
    "HARM": r"(?:hurt|harm|hit|kill|murder|strangle|choke|beat|beat up|punch|stab|shoot|smother|"
    r"shake|slap|attack|strike|hurting|harming|hitting|killing|murdering|strangling|choking|"
    r"beating|punching|stabbing|shooting|smothering|shaking|slapping|attacking|end|bury|drown"
    r"|throw|kick|kicking|smash|smashing|bash|bashing|slam|slamming|cut|cutting|poison|poisoning)",
    "WEAPON": r"(?:guns?|rifle|pistol|shotgun|handgun|revolver|knife|knives|machete|bat|baseball bat"
    r"|crowbar|hammer|axe|hatchet|tire iron|tyre iron|ammo|bullets|weapon)",
    "FEAR": r"(?:scared|afraid|terrified|frightened|worried|petrified|fearful|freaked out|"
    r"freaking out|paranoid|fear)",
    "MODAL": r"(?:'ll|ll| will| might| may| could| would|'d| am going to|'m going to|m going to|"
    r"'m gonna|m gonna| am gonna| end up| will end up| might end up|'ll end up)",
}
_MACROS["PERSON"] = (
    r"(?:her|him|them|someone|somebody|anyone|anybody|people|everyone|"
    r"(?:my|our|the|his|her) (?:<PARTNER>|<KID>|<FAMILY>|<OTHER>)|the (?:baby|kids))\b"
)
_MACROS["CLOSE"] = (  # PERSON without the people in OTHER
    r"(?:her|him|them|someone|somebody|anyone|anybody|people|everyone|"
    r"(?:the|this|that|her|my ex'?s) (?:guy|man|dude|bloke|woman|girl|prick|bastard|asshole)|"
    r"(?:my|our|the|his|her) (?:<PARTNER>|<KID>|family|dad|father|mum|mom|mother|parents?)"
    r"|the (?:baby|kids))\b"
)
_MACROS["ABUSER"] = r"\b(?:he|she|they|my (?:<PARTNER>|<FAMILY>|son|daughter))"


def _expand(pattern: str) -> str:
    for _ in range(3):  # macros may use macros
        pattern = re.sub(r"<([A-Z]+)>", lambda m: _MACROS[m.group(1)], pattern)
    return pattern


def _rx(pattern: str | None) -> re.Pattern[str] | None:
    return re.compile(_expand(pattern)) if pattern else None


@dataclass(frozen=True)
class Rule:
    """One pattern of layer 1.

    Attributes:
        id: Stable id used in decision reasons (``"suicide.kill_myself"``).
        category: The crisis category it signals.
        pattern: Searched in the normalised text.
        negatable: Skip a match whose clause has a negation just before it.
        after: Figurative use: skip a match when the text right after it matches.
        before: Skip a match when its clause up to the match matches (anchored with ``$``).
        text: Skip the rule when the whole message matches.
        also: Fire only when this also occurs somewhere in the message.
    """

    id: str
    category: str
    pattern: re.Pattern[str]
    negatable: bool = True
    after: re.Pattern[str] | None = None
    before: re.Pattern[str] | None = None
    text: re.Pattern[str] | None = None
    also: re.Pattern[str] | None = None


def _rule(
    id: str,
    category: str,
    *alternatives: str,
    neg: bool = True,
    after: str | None = None,
    before: str | None = None,
    text: str | None = None,
    also: str | None = None,
) -> Rule:
    # Every alternative starts at a word boundary: the engine then skips most positions fast.
    pattern = re.compile(_expand("|".join(f"\\b(?:{a})" for a in alternatives)))
    return Rule(id, category, pattern, neg, _rx(after), _rx(before), _rx(text), _rx(also))


S, H, A, E = CATEGORIES
# Figurative or emotional uses right after "<harm verb> <person>".
_HARM_FIGURATIVE = (
    r"^\s*'?s? ?(?:feelings|pride|ego|chances|career|reputation|trust|heart|confidence|hand|car)"
    r"|^[\s.,]*(?:emotionally|up|back|out|away|to it|off|in (?:court|paperwork|lawsuits|legal"
    r"|debt|work|emails|the (?:divorce|custody|argument)))\b|^.{0,40}\b(?:lol|lmao|haha|jk|xd"
    r"|rofl)\b|^.{0,40}\((?:i'?m|im|i am) not\b|^.{0,60}\b(?:not literally|figuratively)\b"
    r"|^.{0,40}\b(?:i'?m|im) not(?: really| obviously| seriously)?,"
    r"|^\s*by (?:leaving|cheating|saying|not|lying|ending|breaking|being)"
    r"|^\s*with (?:my|what i said|words|the truth|a text|the news)"
    r"|^\s*at (?:chess|cards|fifa|golf|tennis|pool|poker|darts|\w*ball|games?|the game|anything)"
    r"|^\s*(?:a (?:text|message|dm|email|line)|an email)"
    r"|^\s*for (?:eating|finishing|drinking|spoiling|using|taking|borrowing|breaking|forgetting)"
    r"|^\s*for (?:losing|being late|not telling|not calling|that\b)"
    r"|^\s*if (?:he|she|they) (?:eats|finishes|drinks|spoils|uses|takes|borrows|breaks|forgets)"
    r"|^\s*if (?:he|she|they) (?:loses|is late|doesn'?t (?:call|text|show|clean))"
)
_HARM_LEAD = (
    r"(?:wants? to|wanted to|wanna|going to|gonna|about to|tempted to|urges? to|could|might|will"
    r"|'ll|ready to|came close to|close to|almost|nearly|feel like|felt like|thinking (?:about"
    r"|of)|think about|thought about|fantasi[sz]\w* about|dream\w* (?:about|of)"
    r"|plan\w* (?:to|on)|picture|picturing|imagine|imagining|thoughts? (?:of|about))"
)
_BUT_I_DIDNT = (
    r"|^.{0,60}\bbut (?:i )?(?:walked away|didn'?t|did not|left|calmed|took a|went for|stopped"
    r"|held back|breathed)"
)
# Emotional hurt: "I'll hurt her if I tell her about the affair".
_HURT_EMOTIONAL = (
    r"|^\s*(?:if|when|by) (?:i )?(?:tell|telling|say|saying|leave|leaving|break|breaking|end"
    r"|ending|ask|asking|don'?t|cheat|admit|confess)\b"
)
_DIE_FIGURATIVE = (
    r"^\s*(?:of|from) (?:embarrassment|shame|cringe|boredom|laugh\w*|envy)"
    r"|^\s*(?:laughing|inside|alone|if|when|of|someday|one day|old)\b"
    r"|^\s*on (?:this|that) hill"
)
# Subjects that "hit" or "kill" someone only in a figure of speech, or that explain a death.
_INANIMATE = (
    r"(?:\bit|this|that|reality|realization|loneliness|grief|sadness|depression|anxiety|guilt"
    r"|shame|nostalgia|cancer|covid|disease|illness|accident|crash|overdose|suicide|drugs|alcohol"
    r"|stroke|heart attack|the (?:news|truth|loss|breakup|divorce|thought|feeling|idea|memory"
    r"|pain|song|silence|weekend|night|holidays?|car|truck|bus)|(?:my|his|her|our) (?:anger"
    r"|temper|yelling|shouting|drinking|behaviou?r|words|silence|absence|moods?|jealousy|stress"
    r"|divorce|fighting|arguing|screaming|choices|cheating|lies|lying))(?: \S+)? $"
)
_MEDIA = r"\b(?:movie|film|show|episode|song|book|meeting|presentation|game|match)\b"
# A general question about helping other people ("how do I support a friend who's suicidal?",
# "warning signs a guy might be suicidal"), with no one named and nothing happening now.
_GENERAL_HELP = (
    r"^(?!.*\b(?:asking for a friend|tonight|right now|has a (?:gun|plan|rope)|pills|my (?:wife"
    r"|husband|son|daughter|brother|sister|dad|father|mom|mum|mother))\b)(?=.*\b(?:how (?:do|can"
    r"|should|would|to)|warning signs?|signs (?:that|of)|ways to|tips|advice|what (?:do|should) i"
    r" say)\b)(?=.*\b(?:(?:a|any|some|other) (?:friend|buddy|mate|guy|man|coworker|colleague|loved"
    r" one|person|family member|veteran)s?|someone|somebody|people|men|guys|others|my (?:buddy|mate"
    r"|friend|pal|best mate|best friend|coworker|colleague|crew|team"
    r"|guys|mates|friends|buddies|coworkers|colleagues))\b)"
)
# Someone else's suicide or self-harm, or studying it, with nothing about the writer now:
# "my mate told me he's been thinking about suicide, how do I support him?", "the anniversary
# of my uncle's suicide", "revising suicidal ideation for my counselling diploma", "my son's
# school asked parents to read up on self-harm warning signs". The lookahead keeps a message
# whose writer speaks of himself ("I'm thinking about suicide too", "I want to join him").
_ABOUT_OTHERS = (
    r"^(?!.*\b(?:i'?m|i am|i'?ve been|i have been|i feel|i keep|myself|me too|i want|i wanna|tonight"
    r"|right now)\b[^.!?]{0,40}\b(?:suicid\w*|kill|die|dying|end (?:it|my)|harm|hurt|cut\w*|join"
    r" (?:him|her|them)|be with (?:him|her|them)|my turn|follow (?:him|her|them)|same way)\b)"
    r"(?=.*(?:\b(?:my|our|a|his|her) (?:\w+ )?(?:mate|friend|buddy|son|daughter|kid|brother|sister"
    r"|uncle|aunt|dad|father|mum|mom|mother|cousin|colleague|coworker|student|client|patient|nephew"
    r"|niece|grandad|grandfather|bloke|lad)s?\b[^.!?]{0,60}\b(?:suicid\w*|self[- ]?harm\w*)"
    r"|\b(?:anniversary|funeral|inquest) of\b|\b(?:revising|studying|essay|dissertation|diploma"
    r"|degree|module|lecture|exam|training|course|warning signs|prevention|awareness|documentary"
    r"|13 reasons)\b))"
)
# Someone who works with emergencies talking about work ("I'm a paramedic and had a rough
# overdose call", "first aid course today: what to do if someone overdoses", a police
# officer's domestic-violence shifts), with nothing taken by the writer.
_NOTHING_TAKEN = (
    r"(?!.*\b(?:i|i'?ve|i have) (?:just |already |now )?(?:took|taken|swallowed|overdosed|od'?d"
    r"|injected|downed)\b)"
)
_AT_WORK = (
    r"(?=.*\b(?:(?:i'?m|im|i am|as|work(?:ing)? as) an? (?:\S+ ){0,2}?(?:paramedic"
    r"|nurse|doctor|medic|emt|first responder|police officer|cop|copper|firefighter|pharmacist|gp"
    r"|social worker|support worker|care worker|dispatcher|call handler|solicitor|lifeguard"
    r"|probation officer|prison officer|therapist|counsell?or|psychologist|psychiatrist|teacher|youth"
    r" worker|volunteer)|first aid (?:course|training)|on (?:my |a |the )?shifts?\b|every shift))"
)
_CARE_WORK = "^" + _NOTHING_TAKEN + _AT_WORK
# The same for self-harm: "I'm a therapist working with men who self-harm", unless the writer
# speaks of his own body.
_CARE_WORK_SELF = r"^(?!.*\b(?:myself|my (?:arms?|wrists?|legs?|thighs?|skin|stomach))\b)" + _NOTHING_TAKEN + _AT_WORK
# Sport and games, where being battered or choked is the point ("sparring partner absolutely
# battered me", "choked me out in rolling"), with no one at home named.
_SPORT = (
    r"^(?!.*\b(?:at home|wife|husband|girlfriend|boyfriend|gf|bf|fiancee?|missus|my (?:dad|mum|mom"
    r"|father|mother|son|daughter|brother|sister))\b)(?=.*\b(?:sparring|spar|bjj|boxing|mma|judo"
    r"|jiu[- ]?jitsu|muay thai|kickboxing|rugby|wrestling|martial arts?|(?:five|5|7)-a-side|footy"
    r"|football|tackle|rolling|the ring|the mat)\b)"
)
# Nuisances people say make them "want to die" in jest ("taxes make me want to die lol").
_NUISANCE = (
    r"(?:taxes|traffic|mondays?|meetings?|paperwork|homework|spreadsheets?|excel|emails?|tinder"
    r"|dating apps|the dmv|ikea|this (?:song|meeting|weather|heat|game|show|queue|line|commute"
    r"|class|movie|traffic|hangover|cold)|(?:my|the|this) (?:commute|inbox|printer|in-laws"
    r"|hangover|team|fantasy team))(?: \S+){0,2} (?:makes?|made|making) (?:me )?(?:(?:just )?(?:want"
    r" to|wanna|feel like) )?$"
)
_NUISANCE_RX = re.compile(_NUISANCE)
_CHILDHOOD = r"as a (?:kid|child|boy|teen\w*)|when i was (?:a kid|young|little|growing|a boy|\d)"
_CHILDHOOD += r"|growing up|childhood"
# Small children and play: "my 3 year old kicked me", "she hit me with a toy sword".
_PLAY = (
    r"|\b(?:he'?s|she'?s|they'?re|(?:son|daughter|kid|boy|girl) is) (?:only |just )?(?:[1-9]|one|two"
    r"|three|four|five|six|seven|eight|nine)\b(?! ?(?:years? (?:older|younger)|feet|foot|inches))"
    r"|\b(?:toddler|tantrum|toy|pillow fight|playfully|play fight|play-fight|wrestl\w*|tickl\w*|nerf"
    r"|snowball|hide and seek)\b"
)
_PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|painkillers|tylenol|paracetamol|acetaminophen"
    r"|advil|ibuprofen|aspirin|xanax|oxy\w*|percocet|percs|ambien|benadryl|sleeping|sleep aids"
    r"|antidepressants|anti-depressants|sertraline|zoloft|prozac|fluoxetine|lexapro|citalopram"
    r"|lithium|seroquel|quetiapine|trazodone|klonopin|valium|diazepam|lorazepam|ativan"
    r"|gabapentin|tramadol|codeine|morphine|hydrocodone|vicodin|adderall|benzos?|opioids?|bars"
    r"|insulin|melatonin|nyquil)"
)
_DRUGS = (
    r"(?:fent\w*|heroin|dope|coke|cocaine|crack|meth|crystal|ketamine|molly|mdma|ghb|opioids?"
    r"|opiates?|benzos?|xanax|bars|oxy\w*|percs|drugs|<PILLS>)"
)
_ABUSE_VERB = (
    r"(?:hits|hit|beats|beat|beat up|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|"
    r"strangles|strangled|shoves|shoved|attacks|attacked|bites|bit|scratches|scratched|smacks|"
    r"smacked|stabbed|stabs|burned|burns|spits on|spat on|pushed|pushes|hurts|abuses|abused|"
    r"assaults|assaulted|batters|battered|headbutted|pins|pinned|strikes|hitting|beating|"
    r"slapping|punching|kicking|choking|strangling|shoving|attacking|biting|scratching)"
)
_MACROS.update(PILLS=_PILLS, DRUGS=_DRUGS, ABUSEV=_ABUSE_VERB)

# ---- fragments for the other-language rules (accents folded; see the section in RULES)
# Languages: es, fr, de, pt, it (since the first set), nl, pl (as fully), sv, da, nb, tr, cs,
# ro (their commonest phrasings). Every rule reads every message, English included, so no
# alternative may rest on a short word that is also English ("die", "dood", "mord", "gift",
# "do", "me", "most"): each names the phrase around it ("ik wil dood", "jeg vil do", "bije me").
# A negation just before a wish to die: "no quiero morir", "je n'ai pas envie de mourir",
# "non voglio morire", "ik wil niet dood", "nie chce umrzec", "jeg vil ikke do" (English
# negations are _NEGATION's; these rules set neg=False). Not "nu" (Romanian "not", but Dutch
# and Swedish "now"): the Romanian alternatives say "nu" themselves.
_INTL_NEG = (
    r"\b(?:no|nao|ne|pas|nicht|nie|niemals|non|nunca|jamais|jamas|mai|niet|geen|nooit|nigdy"
    r"|inte|aldrig|ikke|ikkje|aldri|nikdy|asla|niciodata|kein\w*|inga|ingen|zadn\w*|hicbir|zadne"
    r"|niciun\w*|nicio)(?: \S+)? $"
)
# Figurative continuations right after a wish to die or disappear: "morir de risa", "mourir de
# honte", "sumir do grupo", "desaparecer unos dias", "disparaitre sous terre", "me matar de
# trabalhar", "dood van het lachen", "ze smiechu", "av skratt", "de ras", "gulmekten".
_INTL_DIE_FIGURATIVE = (
    r"^\s*(?:de (?:risa|rir|rire|honte|vergonha|verguenza|faim|fome|hambre|sed|sede|soif|sono"
    r"|sueno|cansancio|cansaco|fatigue|ennui|tedio|aburrimiento|calor|chaleur|frio|froid|ganas"
    r"|saudades?|curiosidad|curiosidade|curiosite|amor|amour|trabajar|trabajo|trabalhar|trabalho"
    r"|estudar|estudiar|travail|travailler|ras|foame|somn|plictiseala|rusine|dor|oboseala|cald"
    r"|frig|nerabdare)"
    r"|di (?:fame|sete|sonno|noia|vergogna|stanchezza|curiosita|caldo|freddo|ridere|lavoro)"
    r"|dal (?:ridere|sonno|caldo|freddo)|vor (?:lachen|scham|hunger|durst|langeweile|neugier)"
    r"|van (?:het |de )?(?:lachen|honger|dorst|verveling|schaamte|slaap|hitte|kou|nieuwsgierigheid)"
    r"|(?:ze|z) (?:smiechu|glodu|zmeczenia|nudow|wstydu|ciekawosci|pragnienia)"
    r"|(?:av|af) (?:skratt|grin|latter|hunger|sult|tristess|kedsomhed|kjedsomhet|skam|trotthet)"
    r"|(?:gulmekten|acliktan|uykusuzluktan|utanctan|meraktan|sicaktan)|(?:smichy|hlady|nudou"
    r"|studem|zvedavosti|zizni|unavou)"
    r"|(?:trabajando|trabalhando|en travaillant|lavorando|estudiando|estudando)"
    r"|(?:por|para|pour|per|fur) (?:unos|un par de|uns|alguns|algumas|quelques|qualche|ein paar"
    r"|una|um|un|une) ?(?:dias?|semanas?|tiempo|rato|tempo|jours?|semaines?|temps|giorn[oi]"
    r"|settiman[ae]|tage|wochen|weekend|finde)"
    r"|(?:unos|uns|un par de|quelques|qualche|ein paar) (?:dias|jours|giorni|tage)|un rato|um tempo"
    r"|sous terre|(?:sous|bajo|unter|debaixo d[ao]|sotto|onder|pod|under) (?:\S+ )?(?:couette"
    r"|couverture|draps|sabanas|cobijas|decke|bettdecke|edredom|coberta|piumone|coperte|dekbed"
    r"|dekens|koldra|kocem|tacket|dyna|dyne|dyna|yorgan|perinu|patura)|(?:tout le|todo el|das"
    r" ganze|o|tutto il|het hele) (?:week-?end|finde|fin de semana|wochenende|fim de semana)"
    r"|(?:del|do|da|du|de la|dal|dalla|aus der) (?:grupo|gruppo|groupe|gruppe|chat|mapa"
    r"|carte|radar|internet|redes|reseaux|social\w*))"
)
# "I can't take it any more" followed by what the visitor can't stand ("no aguanto mas a mi
# jefe", "nao aguento mais meu chefe", "je n'en peux plus de mon boss"), unless it is life
# or pain itself.
_INTL_NOT_LIFE = (
    r"(?! (?:a|al|con|de|del|o|os|as|do|da|dos|das|di|della|dello|mon|ma|mes|ce|cette|ces|mi|mis"
    r"|meu|minha|meus|minhas|il|la|lo|le|los|las|el|este|esta|esto|ese|esa|eso|esse|essa|isso"
    r"|isto|questo|questa|tu|tus|su|sus|seu|sua|ele|ela)\b(?! (?:\S+ )?(?:vida|vie|vita|viver"
    r"|vivir|vivre|vivere|dolor|dor|douleur|dolore|sufrimiento|sofrimento|souffrance|soffrenza"
    r"|existir|exister|mundo|monde|mondo)\b))"
)
# Laughter near a threat: "un dia de estos lo mato jaja", "mata ele kkk", "je le tue mdr",
# "ik vermoord hem hahah", "zabije go xd".
_INTL_LAUGH = (
    r"\b(?:lol|lmao|haha\w*|jaja\w*|jeje\w*|jiji\w*|kk+|rsrs\w*|mdr|ptdr|xd+|hihi\w*|hehe\w*"
    r"|ahah\w*|hah|buaha\w*|asdf\w*|sksk\w*)\b"
)
# A threat that hangs on someone finding out is usually a joke: "mia moglie mi ammazza se vede
# quanto ho speso", "mi mujer dijo que me mata si se entera que perdi el anillo", "ze zegt dat
# ze me vermoordt als ze de rekening ziet".
_INTL_WHEN_SHE_SEES = (
    r"^\s*(?:si|se|quand|quando|wenn|cuando|als|jak|jesli|om|hvis|nar|eger|jestli|kdyz|daca)"
    r" (?:\S+ ){0,3}?(?:ve|vea|ver|vir|vede|voit|verra|sieht|scopre|descobre|descobrir|entera"
    r"|souber|sabe|sait|weiss|erfahrt|ziet|merkt|hoort|ontdekt|zobaczy|zobaczyla|dowie|ser|far"
    r"|finner|opdager|oppdager|gorurse|ogrenirse|uvidi|zjisti|vede|afla)\b"
)
# Small children and play, for the abuse rules: "mi hijo de 4 anos me pega", "mein sohn (4)
# haut mich", "mio figlio di 3 anni mi picchia quando fa i capricci", "mijn zoontje van 3 slaat
# me", "moj 3-latek mnie bije".
_INTL_SMALL_CHILD = (
    r"(?:\bbebe|\bbaby|\bnen[ea]|\bbimb[oa]|\bpetite?|\bkleine[rn]?|\bpeuter|\bkleuter|\bdreumes"
    r"|\b(?:zoon|dochter|kind|jonge|meis)tje|\bkleintje|\bmaluch|\bsynek|\bcoreczka|\bbebis"
    r"|\b[1-9] ?-?(?:anos|ans|jahre\w*|anni|jaar|jarige?|lat|latek|lata|letni\w*|ar|aring|arig"
    r"|yasinda\w*|let[ay]?|lety|roky|roku|ani)\b|\b(?:van|von|de|di|z|na|pa) [1-9]\b(?! ?(?:uur|euro"
    r"|h|hs|horas|heures|uhr|ore|godz\w*))|\([1-9][^)]{0,12}\))[^.!?]{0,25}$"
)
_INTL_PLAY = (
    r"^.{0,50}\b(?:berrinche|rabieta|pataleta|birra|capricci\w*|trotzanfall|wutanfall|crise de"
    r" colere|jugando|en broma|en jouant|pour rire|beim spielen|brincando|de brincadeira|per gioco"
    r"|giocando|driftbui|woedeaanval|voor de grap|bij het spelen|napad zlosci|histeri\w*|dla zartu"
    r"|w zabawie|pa skoj|pa lek|for sjov|for moro skyld|pa tull|trotsig|raserianfald|oyunda|sakadan"
    r"|ze srandy|pri hre|in joaca|in gluma|oyun oynarken|oynarken|pelota\w*|balon\w*|ballon|ball"
    r"|bola|pallon\w*|palla|bal|pilk\w*|boll|bold|top(?:u|la)|minge\w*|mic|almohada|oreiller|kissen"
    r"|travesseiro|cuscino|kussen|poduszk\w*|kudde|pute|yastik\w*|polstar\w*|perna)\b"
)
# Beaten at a game or a sport: "me gano al ajedrez", "han slog mig i pingis", "mnie bije w
# fifie", "syn me bije ve fife".
_INTL_AT_GAME = (
    r"^\s*(?:a|al|en|au|aux|im|beim|no|na|nel|met|bij|w|we|ve|i|pa|la|in|at) (?:\S+ )?(?:ajedrez"
    r"|echecs|xadrez|scacchi|schach|schaken|szach\w*|schack|skak|sjakk|satranc|sach\w*|sah|fif\w*"
    r"|fortnite|poker|tenis|tennis|ping-?pong|pingis|bordtennis|tafeltennis|tischtennis|badminton"
    r"|padel|squash|bowling|biljard|billard|dart\w*|pool|cartas|cartes|karten|carte|kaarten|karty"
    r"|kort|kortspel|kortspil|monopoly|juego|jeu|spiel|jogo|gioco|spel|spil|gra|grze|hra|hre|oyun\w*"
    r"|joc\w*|futbol|foot\w*|fussball|futebol|calcio|voetbal|pilk\w*|fotboll|fodbold|fotball|fotbal"
    r"|basket\w*|golf|call of duty|warzone|armdrukken|armwrestling|pulso|bras de fer|armdrucken"
    r"|braccio di ferro|silowanie)\b"
)
# Games in which people "beat" each other: "ich hab ihn im schach geschlagen".
_INTL_GAME = (
    r"\b(?:ajedrez|echecs|xadrez|scacchi|schach|tennis|fifa|poker|golf|partida|partie|partita"
    r"|schaken|szachy|schack|skak|sjakk|satranc|sachy|fortnite|call of duty|warzone|minecraft"
    r"|playstation|counter-?strike|mecz|wedstrijd|potyczk\w*|kaarten|klaverjas\w*|monopoly|oyunda|fif\w*"
    r"|oyunu|macta|kortspel|kortspil|karty|w karty|carti|cartas|jeu de cartes)\b"
)
# A move, a holiday, a day off, a birthday or Christmas: what a letter, a pet given away or "I
# won't be here tomorrow" is about in ordinary messages ("manana ya no estare en la oficina, me
# voy de vacaciones", "dei meu cachorro pra minha irma porque vou me mudar", "brief aan mijn zoon
# voor zijn verjaardag").
_INTL_OCCASION = (
    r"\b(?:mudanza|me mudo|mudarme|me voy a vivir|irme a vivir|demenag\w*|umzug|ziehe um|umziehen"
    r"|mudanca|me mudar|mudar-me|vou morar|trasloc\w*|verhuiz\w*|przeprowadz\w*|flytt\w*|tasin\w*"
    r"|stehuj\w*|stehov\w*|ma mut|mutam|vacaciones|oficina|vacances|bureau|urlaub|ferien|ferias"
    r"|escritorio|vacanz\w*|in ferie|ufficio|vakantie|vrij|kantoor|urlop\w*|wakacj\w*|w pracy"
    r"|semester|kontoret|ferie|tatil\w*|izin\w*|dovolen\w*|concediu|vacanta|birou|ausland|etranger"
    r"|extranjero|exterior|estero|buitenland|zagranic\w*|utomlands|udlandet|utlandet|yurtdisi"
    r"|zahranici|strainatate|cumpleanos|navidad|aniversario|anniversaire|noel|geburtstag\w*"
    r"|weihnacht\w*|natal|compleanno|natale|verjaardag|kerst\w*|urodzin\w*|swiet\w*|imienin\w*"
    r"|fodelsedag|fyller ar|jul|fodselsdag|dogum gunu|yilbasi|narozenin\w*|vanoc\w*|zi de nastere"
    r"|craciun|mascotas|animaux|haustiere|animais|animali|huisdieren|zwierzat|husdjur|kaeledyr"
    r"|kjaeledyr|evcil|zvirata|animale)\b"
)
# A film, series or book told about: "en la pelicula el tipo se tira del puente", "in die film
# springt hij van de brug".
_INTL_MEDIA = (
    r"\b(?:pelicula|peli|serie|series|film|filme|filmen|filmie|filmu|filmde|documental"
    r"|documentaire|doku\w*|dokumentation|documentario|aflevering|odcinek|serial\w*|avsnitt\w*"
    r"|afsnit\w*|episode|dizi\w*|novela|livro|libro|boek|ksiazk\w*|bok|kitap\w*|kniha|kniz\w*"
    r"|carte[ai]?|trailer)\b"
)
# Appointments, events and outings a date is set or everything planned for: "ya tengo fecha para
# la boda", "j'ai tout prevu pour la soiree", "alles geplant fur die party", "de datum voor de
# operatie staat vast".
_INTL_EVENT = (
    r"\b(?:fiesta|boda|cumple|viaje|examen|cita|medico|dentista|operacion|cirugia|entrevista"
    r"|reunion|concierto|partido|juicio|parto|cesarea|cena|playa|fete|soiree|mariage|voyage|rdv"
    r"|rendez-vous|entretien|operation|concert|diner|party|feier|hochzeit|reise|ausflug|prufung"
    r"|termin|konzert|festa|casamento|viagem|prova|consulta|cirurgia|show|jantar|matrimonio"
    r"|viaggio|gita|esame|visita|intervento|concerto|cena|feest|bruiloft|reis|uitje|tentamen"
    r"|afspraak|operatie|etentje|impreza|wesele|slub|wyjazd|egzamin|wizyta|operacja|koncert"
    r"|kolacja|fest|brollop|bryllup|resa|rejse|reise|tenta|eksamen|middag|dugun|sinav|randevu"
    r"|ameliyat|gezi|oslava|svatba|vylet|zkouska|schuzka|operace|vecere|petrecere|nunta|calatorie"
    r"|programare|cina|excursie|surpriz\w*|sorpres\w*|surprise|uberraschung|verrassing|niespodziank\w*"
    r"|overraskelse|overraskning|presente|regalo|cadeau|geschenk|prezent|hediye|darek|cadou)\b"
)
# How do I help a friend who wants to die: "mi amigo dice que quiere morir, como lo ayudo?",
# "kolega chce umrzec, jak mu pomoc?", "min kompis vill do, hur hjalper jag honom?" (a friend
# named, and a question about helping him), as English's _GENERAL_HELP.
_INTL_HELPING = (
    r"^(?=.*\b(?:amig[oa]s?|colegas?|companer[oa]s?|cuate|pana|pote|ami|amie|copain|copine|collegue"
    r"|freund\w*|kumpel|kollegin|kollege|parceiro|mano|amic[oa]|amici|collega|vriend\w*|maat|makker"
    r"|kameraad|kolega|kolezank\w*|przyjaciel\w*|kompis\w*|min van|en van|vannen|ven|vennen|veninde|kammerat"
    r"|kollega|venn|vennen|venninne|arkadas\w*|dostum|kamarad\w*|pritel\w*|prieten\w*|coleg\w*)\b)"
    r"(?=.*\b(?:como (?:lo |la |le )?(?:puedo )?(?:ayudo|ayudar\w*|apoyo|apoyar\w*|hablo)|que (?:le"
    r" )?(?:puedo )?(?:digo|decir|hago|hacer) para|comment (?:l'|le |la |lui )?(?:aider|soutenir"
    r"|parler)|pour l'aider|que (?:lui )?dire|wie (?:kann|soll) ich (?:ihm|ihr|ihn|sie) (?:\S+ )?(?:helfen"
    r"|unterstutzen|ansprechen)|was (?:kann|soll) ich (?:ihm|ihr) sagen|como (?:eu )?(?:o |a |lhe )?(?:posso"
    r" )?(?:ajudo|ajudar|apoio|apoiar)|o que (?:eu )?(?:digo|falo|faco) (?:pra|para) (?:ele|ela)|come"
    r" (?:lo |la |gli |le )?(?:posso )?(?:aiuto|aiutar\w*|sostengo|sostener\w*)|cosa (?:gli|le) (?:dico"
    r"|posso dire)|hoe (?:kan ik )?(?:help|helpen|steun|steunen) (?:ik )?(?:hem|haar)?|wat (?:moet|kan) ik"
    r" (?:tegen )?(?:hem|haar) (?:zeggen|doen)|jak (?:moge )?(?:mu|jej) pomoc|co (?:mam|moge) (?:mu|jej)"
    r" powiedziec|jak (?:go|ja) wesprzec|hur (?:kan jag )?hjalp(?:a|er)? (?:jag )?(?:honom|henne)?|hvordan"
    r" (?:kan jeg )?(?:hjaelpe|hjelpe)r?(?: jeg)?|nasil yardim|ne (?:diyeyim|soyleyeyim)|jak (?:mu|ji)"
    r" (?:muzu )?pomoc[ti]|co (?:mu|ji) mam rict|cum (?:sa )?(?:il|o|ii) (?:pot )?ajut"
    r"|ce (?:sa )?(?:ii )?spun)\b)"
)
# Someone else wants to die, said right before the wish: "er will sterben", "han vill do", "hij
# wil dood" (with _INTL_HELPING, a friend's crisis asked about is not the visitor's).
_INTL_THIRD = r"\b(?:er|sie|hij|zij|han|hon|hun|hen|il|elle|ele|ela|lui|lei|on|ona|ea) $"
# Work, school or a thing as the subject of "takes my life" is a figure of speech: "jobbet tager
# livet af mig", "skolen tar livet av meg", "arbetet tar livet av mig".
_INTL_THING_SUBJECT = (
    r"\b(?:jobbet|jobben|arbejdet|arbeidet|arbetet|skolen|skolan|studiet|studiene|studierne|chefen"
    r"|sjefen|ungerne|ungene|ungarna|barna|bornene|eksamen|eksamenerne|tentan|tentorna|stressen"
    r"|varmen|trafikken|kollegerne|kollegaene|det her|det der|den her) $"
)
# Reported speech right after the wish: "quiero morir, dice mi amigo", "hayattan biktim diyor".
_INTL_REPORTED = (
    r"^.{0,25}\b(?:dice (?:mi|el|la|il|mio|mia)|dijo (?:mi|el|la)|dit (?:mon|ma|il|elle)|sagt (?:er|sie"
    r"|mein|meine)|diz (?:o|a|meu|minha)|zegt (?:hij|ze|mijn|m'n)|mowi (?:moj|moja|kolega|on|ona)"
    r"|sager (?:han|hon|min|mitt)|siger (?:han|hun|min|mit)|sier (?:han|hun|min|mitt)|diyor|dedi"
    r"|rika (?:muj|moje|on|ona)|zice (?:el|ea|prietenul|colegul))\b"
)
# A nurse, paramedic or doctor telling of work: "je suis infirmier aux urgences, cette nuit on a
# eu trois overdoses", "jestem ratownikiem medycznym", "ik ben verpleegkundige".
_INTL_CARE_WORK = (
    r"\b(?:soy|trabajo de|trabajo como|je suis|je bosse comme|ich bin|ich arbeite als|sou"
    r"|trabalho como|sono|faccio (?:il|la|l')|ik ben|ik werk als|jestem|pracuje jako|jag ar|jag"
    r" jobbar som|jeg er|jeg arbejder som|jeg jobber som|jsem|pracuju jako|makam jako|delam jako|sunt"
    r"|lucrez ca|curro de|curro como|bosse comme|jobbe als|ich jobbe als|trampo como|werk als)"
    r" (?:\S+ )?(?:enfermer[oa]|paramedic[oa]|medic[oa]|infirmier\w*|urgentiste|ambulancier\w*"
    r"|pompier|notfallsanitater|rettungssanitater|sanitater|krankenpfleger\w*|pfleger\w*|notarzt"
    r"|arzt|arztin|enfermeir[oa]|socorrista|infermier[ea]|soccorritore|verpleegkundige|verpleger"
    r"|ambulancemedewerker|arts|ratownik\w*|pielegniar\w*|lekarz\w*|sjukskoterska|ambulanssjukvardare"
    r"|lakare|sygeplejerske|laege|sykepleier|ambulansearbeider|lege|zdravotni\w*|zachranar\w*|lekar"
    r"|asistent\w* medical\w*|paramedik)\b|\b(?:hemsire|paramedik)yim\b"
)
# Pills and medicines, for "took all the pills" and "pills put aside".
_INTL_PILLS = (
    r"(?:pastillas|pildoras|medicamentos|medicinas|remedios?|calmantes|tabletas|somniferos|cachets"
    r"|comprimes|comprimidos|pilules|pilulas|medocs|somniferes|anxiolytiques|tabletten|pillen"
    r"|schlaftabletten|medikamente|pillole|pastiglie|compresse|farmaci|medicine|sonniferi"
    r"|rivotril|clonazepam|paracetamol\w*|ibuprofen\w*|doliprane|xanax|valium|tavor|lexotan"
    r"|diazepam|lorazepam|tramadol|oxazepam|temazepam|aspirin\w*|insulin\w*|antidepressiva"
    r"|slaappillen|medicijnen|tabletki|tabletek|tabletkami|leki|lekow|proszki|proszkow|pigulki"
    r"|pigulek|nasenne|apap|piller|pillerne|pillene|tabletter|tabletterna|somntabletter"
    r"|sovepiller|sovetabletter|mediciner|medisiner|alvedon|panodil|pamol|paracet|hap|hapi"
    r"|haplar\w*|ilac|ilaci|ilaclar\w*|prasky|prasku|tablety|tablet|leky|leku|paralen|ibalgin"
    r"|pastile|pastilele|pastilelor|medicamente|somnifere|algocalmin|xanaxuri|medicaments?"
    r"|lekarstw\w*|psychopharmaka|antidepresiv\w*|antidepressivi|antidepresivos|tachipirin\w*|brufen"
    r"|efferalgan|nurofen|dafalgan|gelocatil|nolotil|enantyum|dipirona|novalgin|ben-u-ron|benuron)"
)
_MACROS.update(IPILLS=_INTL_PILLS)
# Put aside, saved up, hidden (said of pills): "pastillas que he guardado", "cachets mis de
# cote", "tabletten gesammelt", "pillole messe da parte", "pillen gespaard", "tabletki odlozone".
_INTL_STASHED = (
    r"(?:guardad[oa]s|juntad[oa]s|ahorrad[oa]s|acumulad[oa]s|escondid[oa]s|de cote|gardee?s"
    r"|stockee?s|cachee?s|accumulee?s|gesammelt|gehortet|gebunkert|versteckt|aufgehoben|mess[oaie] da"
    r" parte|conservat[eio]|accumulat[eio]|nascost[eio]|gespaard|opgespaard|verzameld|bewaard"
    r"|verstopt|gehamsterd|odlozon\w*|schowan\w*|zebran\w*|uzbieran\w*|sparade|gomda|gomt|samlade"
    r"|gemt|sparet|samlet|gjemt|spart|biriktirdigim|sakladigim|schovan\w*|nasetren\w*|ascunse"
    r"|stranse|puse deoparte)"
)
# How many or how much of a medicine kills, or ruins the liver: "wieviel ibuprofen ist
# tödlich", "hoeveel paracetamol moet je nemen voordat je lever het opgeeft", "ile tabletek
# trzeba zeby umrzec", "hur manga tabletter ar dodligt".
_INTL_HOW_MANY = (
    r"(?:cuant[oa]s?|combien|wie ?viel\w*|quant[oa]s?|quant[ie]|hoeveel|ile|hur (?:manga|mycket)"
    r"|hvor (?:mange|meget|mye)|kac(?: tane)?|kolik|cate)"
)
_INTL_LETHAL = (
    r"(?:mortal\w*|letal\w*|mortel\w*|mortale|todlich\w*|toedlich\w*|dodelijk\w*|dodlig\w*|dodelig\w*"
    r"|smiertel\w*|olumcul\w*|oldurur|smrteln\w*|morir|morirme|matarme|mourir|me tuer|sterben"
    r"|morrer|me matar|morire|uccidermi|dood (?:te )?gaan|overlijden|umrzec|zabic sie|umrit|zemrit"
    r"|olmek\w*|olurum|sa mor|sa ma omoare|higado|foie|leber|figado|fegato|lever|watrob\w*"
    r"|karaciger\w*|jatra|ficat|overdos\w*|przedawkowa\w*|(?:att|at|a) (?:do|doe)|(?:niet|nooit) meer"
    r" wakker|no despertar(?:me|se)?|ne plus (?:me|se) reveiller|nicht mehr aufwachen|nao acordar"
    r"|non svegliar(?:si|mi)"
    r"|nie obudzic|inte vakna|ikke (?:vagne|vakne)|uyanmamak|neprobudit|nu te mai trezesti|(?:hacen|hace)"
    r" falta(?= ?[.!?]|$)|il en faut(?= ?[.!?]|$)|braucht man(?= ?[.!?]|$)|(?:precisa|preciso)(?="
    r" ?[.!?]|$)|(?:ci vogliono|servono)(?= ?[.!?]|$)|(?:heb je|is) nodig(?= ?[.!?]|$)|trzeba"
    r" (?:wziac|polknac)(?= ?[.!?]|$))"
)
# Car exhaust through a hose or in a closed garage (no English word among the exhaust names).
_MACROS.update(
    IEXHAUST=r"(?:tubo de escape|del escape|echappement|abgas\w*|auspuff\w*|escapamento|gas di scarico"
    r"|marmitta|uitlaat\w*|spalin\w*|wydech\w*|avgas\w*|udstodning\w*|eksos|egzoz\w*|vyfuk\w*"
    r"|esapament\w*)",
    IHOSE=r"(?:manguera|tuyau|schlauch|mangueira|tubo|slang|waz|rure|slangen|hortum\w*|hadic\w*"
    r"|furtun\w*)",
    IGARAGE=r"(?:garaje|garage|garagem|garaz\w*|garasje|garaj\w*|cerrado|fermee|geschlossen)",
    IMOTORON=r"(?:motor (?:encendido|en marcha|ligado|laufen|laufend|draaiend|aan|igang|i gang|korende"
    r"|gaende|calisir|nastartovan\w*|pornit)|moteur (?:allume|en marche|tournant)|laufenden motor"
    r"|motore acceso|silnik\w* (?:wlaczon\w*|pracujac\w*)|motorn pa|motoren (?:korende|gaende|pa)"
    r"|motorul pornit)",
)

RULES: tuple[Rule, ...] = (
    # ---- an emergency in progress
    _rule(
        "emergency.overdose",
        E,
        r"overdos\w*|\bod'?(?:ed|d|ing)\b|\bod(?:ing)? on\b",
        r"(?:took|taken|popped|mixed|downed|had|swallowed) (?:a (?:whole |full |entire )?(?:bottle|sheet"
        r"|strip|pack|box|packet|blister pack)|half (?:a|the) (?:bottle|pack|box)|all"
        r" (?:of )?(?:my|the|his|her)|(?:way )?too many"
        r"|a (?:bunch|handful|lot|load|ton) of|(?:(?:like|about|around|maybe|nearly|over|at least"
        r"|roughly|almost) )?(?:\d\d+|twenty|thirty|forty|fifty|a hundred)) (?:\S+ ){0,2}?<PILLS>",
        r"(?:took|taken|swallowed|popped|downed) (?:(?:like|about|around|maybe|nearly|over|at least"
        r"|roughly|almost) )?(?:1\d|[2-9]\d|\d{3}|fifteen|twenty|thirty|forty|fifty|a hundred) of"
        r" (?:my|his|her|their|the|mum'?s|mom'?s|dad'?s) ",
        r"(?:took|taken|had|did|used|shot up|injected|snorted|smoked|done) (?:way |a lot |much |a"
        r" bunch )?more (?:<DRUGS> )?than (?:usual|normal|i normally|i usually|ever|i should|i ever)"
        r"(?=[^.!?]{0,60}\b(?:<DRUGS>|can'?t feel|numb|breath|eyes open|heart|pass(?:ing)? out))"
        r"|(?:did|took|used|had|done|snorted|shot) (?:way |a lot |much )?more <DRUGS> than",
        r"swallowed (?:a (?:whole )?bottle|all|bleach|a bunch|(?:a )?handful|(?:a |some |the )?(?:button"
        r" |coin )?(?:battery|batteries|magnets?|detergent|laundry pods?|dishwasher tablets?|drain"
        r" cleaner))",
        r"(?:son|daughter|kid|toddler|baby|child|little one|boy|girl|\d+ ?(?:year|yr)[- ]?old)\b[^.!?]{0,40}"
        r"\b(?:ate|swallowed|drank|got into|took|chewed) (?:some |a few |a |the |my |his |her |a bunch"
        r" of |a handful of )?(?:\S+ )?(?:<PILLS>|medicine|bleach|detergent|batteries|battery|button"
        r" cell|laundry pods?|antifreeze|cleaning (?:stuff|products?))",
        r"(?:took|taken|swallowed|popped|downed) (?:my|the|his|her) (?:whole|entire|full) (?:prescription"
        r"|bottle|supply|stash|pack|box|month'?s supply)",
        r"(?:took|taken|had|did|used|shot up|injected|snorted|smoked) (?:way )?too (?:much|many)"
        r" (?:\S+ ){0,2}?<DRUGS>",
        r"(?:drank|drinking|drunk|vodka|whiske?y|alcohol|booze|beers?|wine)\b[^.!?]{0,40}\b(?:took"
        r"|taken|swallowed|popped|mixed|with)\b[^.!?]{0,20}\b<PILLS>|<PILLS>[^.!?]{0,20}\b(?:with"
        r"|and) (?:a (?:bottle|lot) of |a bunch of )?(?:vodka|whiske?y|alcohol|booze|wine|beer)",
        r"(?:drank|drunk|swallowed|ate|took|taken|ingested) (?:\S+ ){0,4}?(?:poison\w*|bleach"
        r"|antifreeze|chemicals|drain cleaner|detergent|laundry pods)",
        neg=False,
        # a nurse or paramedic telling of work in another language ("je suis infirmier aux
        # urgences, cette nuit on a eu trois overdoses"); English has the classifier for that
        text=_INTL_CARE_WORK + "|" + _CARE_WORK,
        after=r"^\s*(?:for (?:the|to)day|today|this morning|on time|as prescribed|like i'?m supp"
        r"|on (?:coffee|caffeine|sugar|chocolate|candy|carbs|netflix|tv|youtube|podcasts|self-help"
        r"|content|reading|the guides?|work|memes))",
    ),
    _rule(
        "emergency.not_breathing",
        E,
        r"(?:isn'?t|is not|not|stopped|can'?t|cannot|can not|cant|barely|struggling to|hard to)"
        r" breath(?:e|ing)\b",
        r"unconscious|unresponsive|turning blue|lips (?:are |went )?blue",
        r"(?:won'?t|will not|can'?t|cannot|isn'?t) (?:wake (?:him |her |them |my \w+ )?up"
        r"|waking up)",
        r"(?:passed out|collapsed|fainted) and (?:won'?t|isn'?t|can'?t|not)",
        neg=False,
        before=r"(?:feel|feels|felt|like|as if) (?:\S+ ){0,2}$",
        after=r"^\s*(?:without|when (?:i|she|he) (?:think|see|hear|remember)|for (?:school|work)"
        r"|early|on time|in time|at night|in (?:the|this|my) (?:marriage|relationship|house|job))",
    ),
    _rule(
        "emergency.medical",
        E,
        r"chest pains?|crushing (?:chest )?pain|pain (?:in|down) my (?:left )?arm",
        r"(?:having|think i'?m having) a (?:heart attack|stroke|seizure)",
        r"(?:bleeding|blood) (?:a lot|everywhere|won'?t stop|heavily|badly|so much)",
        r"won'?t stop bleeding|cut (?:\S+ )?too deep|so much blood|lot of blood",
        neg=False,
        after=r"^\s*(?:when i think|from (?:the|this) (?:breakup|divorce|stress))",
    ),
    _rule(
        "emergency.symptoms",
        E,
        r"(?:arm|face|jaw|side|left side|lips?|tongue|hand) (?:is |are |feels? |went |going |keeps"
        r" (?:going )?|has gone |started )?(?:numb|tingling|tingly|drooping|droopy|going numb|swelling"
        r"|swollen|blue)\b(?=.{0,120}\b(?:chest|heart|breath\w*|stroke|words|speech|slurr\w*|dizzy"
        r"|sweat\w*|pains?|crushing|took|pills|drugs|ate|allerg\w*))",
        r"(?:chest|heart)\b[^.!?]{0,30}\b(?:crushing|pounding|racing|exploding|in agony|squeezing"
        r"|tight|elephant|heavy|pressure|weight|vice|vise)\b(?=.{0,120}\b(?:arm|jaw|numb|tingl\w*"
        r"|faint|pass(?:ing)? out|sweat\w*|took|pills|grams|drugs|overdos\w*|dying|going to die))",
        r"throat (?:is |feels )?(?:closing|swelling|swollen|closed)|anaphyla\w*"
        r"|(?:throwing|threw|coughing|coughed|vomiting|vomited|puking|puked|spitting) up blood",
        r"(?:words|speech) (?:are |is )?(?:coming out )?(?:wrong|slurred|garbled|jumbled)",
        r"(?:can'?t feel|numb(?:ness)? (?:in|on)|lost feeling in) (?:the )?(?:left|right) side of (?:my|his"
        r"|her) (?:face|body)|(?:left|right) side of (?:my|his|her) (?:face|body) (?:is |went |feels |has"
        r" gone )?(?:numb|droop\w*|weak|dead)",
        r"(?:allergic|allergy|anaphyla\w*|stung|peanuts?|epipen|epi-pen)\b[^.!?]{0,60}\b(?:throat|tongue"
        r"|lips|can'?t breathe|swell\w*|hives)|(?:throat|tongue|lips) (?:is |are |feels? )?(?:tight"
        r"|closing|swelling|swollen)\b[^.!?]{0,60}\b(?:allergic|allergy|stung|peanuts?|ate|epipen)",
        r"worst headache (?:of my life|i'?ve ever had)|bone (?:is )?(?:sticking|poking) out"
        r"|foaming at the mouth|(?:having|had|in) (?:a )?seizures?\b(?! (?:last|years|as a|when i))",
        r"(?:fell|collapsed|crashed|hit (?:his|her|my|their) head)\b[^.!?]{0,80}\b(?:isn'?t|is not"
        r"|not|stopped|can'?t stop) (?:making (?:any )?sense|talking|responding|breathing|moving"
        r"|bleeding|throwing up|vomiting)|(?:fell|fall|crashed|crash|accident|hit by)\b[^.!?]{0,60}"
        r"\bcan'?t (?:move|feel) (?:my|his|her) (?:legs|arms|body|neck|feet)",
        r"can'?t (?:feel|move) (?:my )?(?:legs|arms|face|body|hands|feet|left|right)\b(?=.{0,120}"
        r"\b(?:took|did|pills|<DRUGS>|drank|overdos\w*|swallowed|used|shot|injected|snorted|chest"
        r"|heart|breath\w*|eyes))|(?:<DRUGS>|pills)\b[^.!?]{0,80}\bcan'?t (?:feel|move)"
        r" (?:my )?(?:legs|arms|face|body)",
        r"(?:feel|feels|think|thought) (?:like )?i'?m (?:dying|going to die|gonna die)\b(?=.{0,120}"
        r"\b(?:heart|chest|breath\w*|took|pills|grams|<DRUGS>|blood|numb|vomit\w*|throw\w* up))"
        r"|(?:heart|chest|breath\w*|took|pills|grams|<DRUGS>|blood|numb)\b[^.!?]{0,120}\b(?:feel"
        r"|think) (?:like )?i'?m (?:dying|going to die|gonna die)",
        neg=False,
        after=r"^\s*(?:when i think|from (?:the|this) (?:breakup|divorce|stress)|inside)",
        text=r"(?:years?|months?|weeks?) ago|last (?:year|month)|used to|panic attack|anxiety attack"
        r"|sleeping on it|slept on it|(?:gym|workout|run|running|leg day) ",
    ),
    _rule(
        "emergency.call",
        E,
        r"\bcall(?:ing|ed)? (?:911|999|000|112|an ambulance)|ambulance|paramedics",
        r"(?:just|has|have|has just|he|she|they|my \w+|friend|buddy) (?:just )?(?:shot|stabbed|hanged"
        r"|hung|cut|poisoned|gassed) (?:him|her|them)sel(?:f|ves)\b(?! in the (?:foot|feet))",
        r"(?:house|home|apartment|flat|place|building|car|kitchen|room)(?: is|'s|s)? on fire"
        r"|there'?s a fire\b|(?:hit|run over) by a (?:car|truck|bus|train)\b(?! (?:of|with))",
        r"(?:he|she|they|my (?!marriage|relationship|career|life|business)\w+|friend|buddy)"
        r" (?:isn'?t|is not|'s not|are not|aren'?t|stopped) (?:moving|responding|waking up)\b",
        r"(?:he|she|they|someone|a man|a guy|my \w+) (?:has|'s got|is holding|pulled out|is waving"
        r"|came at me with|is coming at me with) (?:a )?(?:knife|gun|weapon|machete|bat)\b",
        r"(?:he|she|they|someone|somebody|my (?!marriage|relationship|business|company|world|life"
        r"|plans?|career|deal)\w+|i|just) (?:just |has |suddenly |have )?collapsed\b(?! (?:on|into"
        r"|in (?:a heap|tears|laughter)))",
        r"(?:has been|have been|got|been|was|just got|is) (?:stabbed|shot)\b(?! down)|(?:stabbed"
        r"|shot) (?:my|him|her|them|someone|somebody|a (?:guy|man|woman))\b(?! (?:a |an )?(?:text"
        r"|message|look|email|dm|glance|down|up|shot)\b)",
        r"(?:kick|kicking|kicked|break|breaking|smash|smashing|bash|bashing|bust|busting) (?:down |in )?"
        r"(?:the|my) door(?: in| down)?\b(?=[^.!?]{0,80}\b(?:he|she|they|scared|afraid|locked|hiding"
        r"|help))|(?:he|she|they|my \w+)(?:'s| is|'re| are) (?:trying to )?(?:kick|kicking|break|breaking"
        r"|smash|smashing|bash|bashing) (?:down |in )?the door",
        r"breaking in|trying to (?:break|get) in\b|(?:break|breaking|get|getting|force|forcing)"
        r" (?:their |his |her |its )?(?:way )?in(?:to)? (?:my|the|our) (?:house|home|flat|apartment"
        r"|room|place)",
        neg=False,
    ),
    # ---- suicide and self-harm
    _rule(
        "suicide.kill_myself",
        S,
        r"(?:k[i1!]l+(?:ing|in|ed|s)?|murder(?:ing)?|off(?:ing)?|top(?:ping)?|end(?:ing)?|unalive"
        r"|shoot(?:ing)?|hang(?:ing)?|hanged|hung|drown(?:ing)?|poison(?:ing)?"
        r"|gas(?:sing)?) <MYSELF>",
        r"\bkms\b|\bk m s\b|unaliv\w*|sewer ?slide|self[- ]?delet\w*|\bctb\b|catch(?:ing)? the bus"
        r" (?:for good|tonight|soon|today)",
        r"(?:end|ending|take|taking|took) (?:it all|my (?:own )?life|everything)",
        r"end(?:ing)? it (?:tonight|today|now|soon|for good|once and for all|all)",
        r"(?:feel like|want to|wanna|going to|gonna|thinking (?:about|of)|about to|ready to"
        r"|close to|decided to) end(?:ing)? it\b(?! (?:with|between))",
        r"(?:think|thinking|thought|thoughts) (?:about|of) (?:killing|ending|hurting) (?:yourself"
        r"|oneself|your (?:own )?life)",
        r"make it look like an accident",
        before=r"(?:almost|nearly|practically|basically) $",
        after=r"^\s*(?:laughing|at the gym|working|running|trying to|with (?:work|her|him|them)"
        r"|in the (?:foot|feet)"
        r"|at work|to (?:pay|provide|keep up|get ahead|make ends)|for (?:work|this job|the (?:kids|job"
        r"|company|boss)|my (?:family|kids|boss))|kindly|nicely|properly|gently|amicably|respectfully"
        r"|the right way"
        r"|on (?:the|that|a) (?:bike|ice|stairs)|out of me|from me|away from me|i (?:had|owned|built))",
    ),
    _rule(
        "suicide.suicidal",
        S,
        r"\b(?:su[i1!]?c[i1!]?d\w*|su[i1]s[i1]d\w*|suac[i1]d\w*|suizid\w*|selbstmord\w*)",
        before=r"(?:died by|committed|death by|(?:lost|losing|lose) (?:\S+ ){1,3}to|after (?:\S+ )"
        r"{1,2}|his|her|their|'s|survivors? of) $"
        # someone else's suicide in another language: "se suicido", "s'est suicide", "si e
        # suicidato", "hat sich suizidiert", "el suicidio de su tio"
        r"|\b(?:se|s'est|si e|si|sich|hat sich|zich) $"
        # denied in another language: "no tengo pensamientos suicidas", "ich habe keine
        # suizidgedanken", "ik ben niet suicidaal"
        r"|\b(?:no tengo|no soy|no estoy|je n'ai (?:pas|aucune?)|je ne suis pas|habe? keine|bin nicht"
        r"|nao tenho|nao sou|nao estou|non ho|non sono|heb geen|ben niet|nie mam|nie jestem|har inga"
        r"|ar inte|har ingen|har ikke|er ikke|nemam|nejsem|nu am|nu sunt)(?: \S+)? $",
        after=r"^\s*(?:loss|survivors?|bereavement|prevention|awareness|statistics|stats|rates?"
        r"|runs?|sprints?|drills?|shuttles?|squats?|burpees?|hill"
        r"|squad|years ago|last year)"
        r"|^\s*(?:de|del|du|des|di|della|dello|do|da|van|von) (?:su|sus|mi|mis|tu|son|sa|mon|ma|seu|sua"
        r"|meu|minha|suo|mio|mia|zijn|haar|mijn|m'n|seinem|seiner|meinem|meiner|un|una|um|uma|une"
        r"|ein\w*|een)\b",
        text=_GENERAL_HELP + "|" + _ABOUT_OTHERS,
    ),
    _rule(
        "suicide.someone_else",
        S,
        r"(?:wants?|going|gonna|threaten\w*|talk\w* about|trying|tried|plans?|planning|thinking"
        r" about|thinks about|said (?:he|she)'?d|says (?:he|she)'?(?:ll|d)|might|about) (?:to )?"
        r"(?:k[i1]ll|hurt|harm|cut|hang|shoot|end) <THEMSELF>",
        r"(?:cutting|harming|hurting|burning) <THEMSELF>",
        r"(?:he|she|they|my \w+) (?:\S+ ){0,2}?(?:wants?|wanting|wanted|is going|'s going|is ready)"
        r" to die|(?:talking|talks|talked) about (?:dying|suicide|ending it|killing (?:him"
        r"|her)self)",
        neg=False,
        after=r"^[^.!?]{0,40}\b(?:every time|whenever|when) (?:his|her|their|the) (?:team|side|club"
        r"|fantasy|phone|wifi|internet|game|show)",
        text=_GENERAL_HELP,
    ),
    _rule(
        "suicide.self_harm",
        S,
        r"(?:hurt|hurting|harm|harming|burn|burning|burned|burnt|cut|cutting|hit|hitting|punch"
        r"|punching|scratch|scratching) <MYSELF>",
        r"self[- ]?(?:harm|injur|mutilat)\w*",
        r"(?:cut|cutting|slit|slitting|slashed|slash|burn|burning|burned|burnt) (?:my )?(?:wrists?"
        r"|arms?|legs?|thighs?|skin|hands?|stomach)",
        r"(?:relaps\w*|started|back to|went back to) (?:on |with |into )?(?:cutting|self[- ]?harm)",
        r"(?:cutting|burning) (?:helps|calms|is the only (?:thing|way)|keeps me|makes me feel|is how i"
        r" cope)\b",
        r"(?:burn|burning|burned|burnt|cut|cutting)\b[^.!?]{0,30}\b(?:with|using) (?:a |my |the )?"
        r"(?:lighter|cigarettes?|razor|blade|compass|box ?cutter)",
        # "accidentally cut my hand"; "she burned my arm" is abuse (below), not self-harm
        before=r"(?:accidentally|almost|nearly) $|\b(?:she|he|they|wife|husband|girlfriend|boyfriend"
        r"|gf|bf|partner|mom|mum|dad|father|mother|stepdad|stepfather|brother|sister)(?:'s| has"
        r"| had)? (?:\S+ )?$|['\"]i (?:\S+ )?$",
        after=r"^\s*(?:shaving|cooking|chopping|on (?:a|the|my)|by accident|accidentally|lifting"
        r"|at the gym|playing|running|working out|skiing|in (?:a|the) (?:game|match|fall)"
        r"|with (?:work|food|my words|overthinking|worry)|over (?:it|her|him|this))",
        text=_ABOUT_OTHERS + r"|\blyrics?\b|johnny cash|nine inch nails|" + _CARE_WORK_SELF,
    ),
    _rule(
        "suicide.want_die",
        S,
        r"(?:want(?:ed)?|wanna|wana|wish(?:ed)?|ready|going|gonna|plan(?:ning)?|decided|deserve"
        r"|time for me|hope|hoping) (?:to )?(?:just |really |fucking |to )?(?:die|be dead"
        r"|not be alive|not exist|stop existing|stop living|stop breathing|cease to exist"
        r"|be gone for good)\b",
        r"feel(?:ing)? like (?:dying|i (?:want to|wanna|should|could|am going to) die)\b",
        before=_NUISANCE,
        after=_DIE_FIGURATIVE,
        text=_MEDIA + r"|embarrass|cringe|awkward|mortif|laugh(?:ed|ing)? so (?:hard|much)",
    ),
    _rule(
        "suicide.indirect",
        S,
        r"\b(?:i|i'?m|im|i'?d|i'?ve|me)\b[^.!?]{0,25}?\b(?:want|wanna|wish|wishing|think|thinking"
        r"|thought|ready|deserve|plan|planning|better off|rather be|should just|long for|longing"
        r"|fantasi\w*|dream\w*|obsess\w*|welcome|pray(?:ing)? for|waiting|wait|hoping|can'?t"
        r" wait) (?:about |of |to |for |that i )?"
        r"(?:\w+ ){0,2}?(?:die|dying|be dead|dead|death|not (?:be )?(?:here|alive|around))\b",
        r"(?:easiest|quickest|fastest|best|surest|least painful|painless) way to (?:kill"
        r" (?:<MYSELF>|yourself|oneself)|commit suicide|end (?:your|one'?s) life)|how to kill"
        r" (?:<MYSELF>|yourself)",
        r"(?:ready to|going to|gonna|want to|wanna|about to|time to) check out\b(?! (?:the|this"
        r"|that|a|an|your|my|some|his|her|what|how|new|other|at)\b)|checking out for good",
        r"want (?:it|this|everything|it all) (?:all )?to (?:be over|end|stop)(?: for good| forever)"
        r"?\b(?! (?:with|between|so|and then))",
        r"(?:end|ending) (?:it|things|everything) (?:tonight|today|now|soon|for good"
        r"|once and for all"
        r"|forever|this (?:weekend|week|month)|on (?:\w+day|the \w+)|tomorrow|before|next)",
        r"lost (?:all |the )?(?:will|reason|desire|wish) to (?:live|go on|keep going)|(?:don'?t|do"
        r" not|no longer|can'?t|cannot) (?:have|see|find) (?:a|any|the) (?:reason|point) (?:to|in|for|of)"
        r" (?:\S+ )?(?:live|living|go on|going on|keep going|keep living|be here|being here|stay|staying"
        r"|carry on|carrying on|being alive|waking up)",
        r"bleed(?:ing)? out\b|how long (?:it takes|does it take|would it take) to (?:die|bleed"
        r"|drown|suffocate|hang)|\bsui\b(?! generis)|\bs/h\b",
        r"(?:tied|tie|tying|hung|hang|hanging) (?:my |a |the )?(?:belt|cord|rope|sheet|cable|noose)"
        r"s? (?:\S+ ){0,2}?(?:to|around|from|over) (?:the|a|my)",
        r"(?:tied|tie|tying|hang|hanging|hung|attach\w*) (?:\S+ ){0,3}?(?:to|from|around|over)"
        r" (?:the |a |my )?(?:closet rod|door ?handle|door ?knob|ceiling fan|beam|rafter|banister"
        r"|railing|hook|pipe|tree branch)",
        r"(?:a|such a|the) burden\b(?! of\b)|burden (?:to|on|for) (?:everyone|everybody|my|them|her"
        r"|him|others|people)",
        r"(?:my )?last (?:night|day|week) (?:on earth|alive|on this earth|of my life)",
        r"(?:said|saying) goodbye to (?:everyone|everybody|my (?:family|kids|friends|wife|parents))"
        r"(?! (?:before|at|and left for))",
        before=_NUISANCE,
        after=_DIE_FIGURATIVE + r"|^\s*(?:to (?:know|see|hear|try|meet|get)|than|of (?:old age"
        r"|boredom|hunger|thirst|heat))\b",
        text=_MEDIA,
    ),
    _rule(
        "suicide.not_live",
        S,
        r"(?:don'?t|dont|do not|no longer|not|never|doesn'?t) (?:really |even |actually )?(?:think "
        r"i |know if i |know that i )?(?:want"
        r"|wanna|wish|feel like|care) (?:to )?(?:live|be alive|be here|exist|wake up|go on|keep"
        r" going|keep living|be around|be on this earth|be in this world)\b(?! (?:with|in|there|at"
        r"|near|together|like this with|for (?!much longer|long|another|the rest)|if|and (?:work"
        r"|study)))",
        r"cares? (?:if|whether) i (?:live|die|wake up|make it|exist)",
        r"hope (?:i )?(?:don'?t|never|won'?t) wake up|never wake up again|sleep forever|wake up dead",
        r"if i (?:don'?t|never|didn'?t|dont) wake up(?: \w+)?,? (?:that'?s|thats|it'?s|its|it would"
        r" be|that would be|i'?d be) (?:\w+ )?(?:fine|ok|okay|alright|a relief|good|for the best)",
        r"(?:sleep|go to sleep|fall asleep) (?:and|&) (?:never|not) wake up",
        r"(?:if|when) i (?:just )?(?:didn'?t|did not|never|don'?t|wouldn'?t) wake up\b(?! (?:on time|in"
        r" time|early|late|for|before|till|until|at))",
        r"how (?:quiet|peaceful|easy|nice|good|restful|simple) it (?:would|will|'d) be (?:if i|to)"
        r" (?:just )?(?:not|never|didn'?t|die|disappear|be gone|stop|sleep|wasn'?t|weren'?t)",
        neg=False,
        text=_GENERAL_HELP,
    ),
    _rule(
        "suicide.no_point",
        S,
        r"no (?:point|reason|purpose|use|sense) (?:in |to |of |for )?(?:me )?(?:to )?(?:living|live"
        r"|life"
        r"|being alive|being here|be here|be alive|stay|go(?:ing)? on|carry(?:ing)? on|keep(?:ing)?"
        r" going|anything|any of (?:it|this)|existing|anymore)",
        r"what'?s the point (?:of |in )?(?:living|life|anything|going on|it all|any of (?:it|this)"
        r"|being (?:alive|here)|existing|waking up|anymore)",
        r"(?:life|living|it)(?:'s| is|s)? ?(?:not|n'?t|no longer) worth (?:living|it anymore"
        r"|going on|the pain)|not worth living",
        r"(?:can'?t|cannot|can not|cant) (?:go on|keep going|carry on|keep living|do this any ?more"
        r"|take (?:it|this) any ?more)",
        r"(?:tired|sick) of (?:this |my )?(?:living|being alive|life|existing|being here|waking up|"
        r"everything|it all)|done with (?:life|living|everything|it all|being alive)",
        r"(?:want|need|wish|just want) (?:it all|everything|the pain|this pain|all of (?:it|this))"
        r" to (?:stop|end)\b",
        r"no future for me|(?:can'?t|cannot) see a future",
        r"just want out\b(?! of (?:this|my|the) (?:marriage|relationship|job|town|city|house"
        r"|family))"
        r"|(?:can'?t|cannot|don'?t) (?:see|imagine|picture) (?:myself|me) (?:being )?(?:alive|here"
        r"|around|living|growing old|getting old|making it to \d+|reaching \d+|old)\b",
        r"(?:nothing|no one|nobody|nothing and no one) left (?:for me|to live for)|leave this world"
        r"|(?:want|wanna|need) out of (?:this life|life|this world)|(?:no|any) fight left"
        r"|tired of fighting\b(?! (?:with|about|over|for))|want (?:it all|everything) to be over",
        r"only (?:thing|reason|person|one|ones|people) (?:stopping|keeping|holding) me"
        r"(?: back| here| alive| from)?",
        neg=False,
        after=r"^\s*(?:with|at|in|about|on|for|of (?:dating|work)|like this (?:with|at|in)"
        r"|a (?:date|trip|holiday|vacation)|the (?:trip|date))\b",
    ),
    _rule(
        "suicide.hopeless",
        S,
        r"no way out\b|(?:don'?t|do not) deserve to (?:live|be alive|be here|exist)|\bmy funeral\b"
        r"|rather be dead|better off dead|better off\b[^.!?]{0,40}\bwithout me"
        r"|(?:last|final) message (?:to anyone|ever|i'?ll (?:ever )?send|from me)"
        r"|ready to go(?=\s*(?:[.!?,;]|$|now\b|for good|forever))|at peace with (?:dying|death|my"
        r" decision|going|leaving)",
        r"looking forward to (?:dying|death|the end|not being here|it all ending)|not (?:scared"
        r"|afraid"
        r"|frightened) of (?:dying|death) any ?more|(?:look after|take care of|have|keep) my (?:dog"
        r"|cat|kids|pets?|son|daughter)\b[^.!?]{0,30}\bif (?:anything|something) (?:happens"
        r"|happened|were to happen) to me",
        r"(?:drove|driving|walked|went|i'?m|sitting|standing) (?:out |up |down )?(?:to|at"
        r"|on) (?:the )?"
        r"(?:cliffs?|bridge|tracks|quarry|overpass|ledge)\b(?=[^.!?]{0,40}\b(?:tonight|now|alone"
        r"|sitting|standing|in the car|one last|goodbye|done|can'?t))",
        r"research\w* (?:ways|methods|how to (?:die|end it|kill|do it))\b|(?:gun|handgun|pistol"
        r"|rifle"
        r"|shotgun|pills|rope)\b[^.!?]{0,40}\b(?:all i can think about|can'?t stop thinking about"
        r"|keep thinking about|calling (?:to )?me)",
        r"(?:just|should|could|might as well|want to|wanna) end it\b(?! (?:with|between|all|now"
        r" with))|(?:nothing|no one|nobody|nothing left) (?:keeping|holding) me (?:here|alive|going"
        r"|in this world)|made (?:my )?peace with (?:everyone|everything|it all|god|dying|death)",
        r"(?:picked|chose|chosen|found|decided on) (?:out )?(?:the|a|my) (?:bridge|building|roof|cliff"
        r"|spot|place to do it|method|way to do it)\b(?! (?:for (?:the|our|a|my) (?:picnic|party|wedding"
        r"|camp\w*|tent|date|photo|meeting)|to (?:eat|meet|park|camp|live)))",
        # hanging means named together; how far to fall; "is it selfish if I go"
        r"(?:belt|rope|cord|noose|cable|sheet|ligature)s?\b[^.!?]{0,60}\b(?:door ?frame|door|beam|rafter"
        r"|closet rod|banister|ceiling fan|hook|chair|stool|tree branch)|(?:door ?frame|beam|rafter"
        r"|closet rod|banister|ceiling fan|hook)\b[^.!?]{0,60}\b(?:belt|rope|cord|noose|cable)",
        r"how (?:far|high) (?:do|would|does|should) (?:you|i|one|a person) (?:have to|need to)? ?(?:fall"
        r"|jump|drop)|(?:fall|jump|drop|it)\b[^.!?]{0,20}\b(?:to be|be) (?:instant|instantaneous"
        r"|quick|painless|fatal|certain|sure)\b",
        r"(?:is it|would it be|am i) (?:selfish|wrong|cowardly|weak|a coward) (?:of me )?(?:if i|to)"
        r" (?:just )?(?:go|leave|die|end it|check out|kill|do it|not be here)\b(?! (?:on|to|out|away"
        r"|back|for|with|home|camping|fishing|hunting|alone|solo|the gym|there))",
        r"(?:lie|lay|sit|fall asleep|lying|laying|sitting) (?:down )?(?:in|on) the (?:snow|cold|ice"
        r"|water|bath|river|lake|tracks|road) and (?:let it happen|not (?:get|wake) up|never (?:get"
        r"|wake) up|freeze|drift off|let (?:it|the cold|the water) take me)",
        r"(?:i'?m|im|i am) checking out (?:this|tonight|today|tomorrow|for good|soon|early|on \w+day"
        r"|next)\b(?! (?:the|a|an|that|some|your|new)\b)",
        r"(?:swerv\w*|veer\w*|steer\w*|drift\w*|pull\w* out) (?:\S+ ){0,3}?(?:into|in front of|toward"
        r"|towards|when) (?:the |a |an )?(?:semis?|trucks?|lorr(?:y|ies)|oncoming|traffic|buses|bus"
        r"|trains?|tree|wall|barrier|median)",
        r"(?:going to|gonna|will|'ll|ready to|about to|finally|really) do it (?:this time|tonight"
        r"|today|for real|finally|now)\b",
        r"(?:death|dying|being dead|not existing|not waking up|the end|it all ending) (?:would be|is|seems"
        r"|seems like|sounds|sounds like|feels|feels like|looks|looks like) (?:so |really |kind of"
        r" |kinda |pretty )?(?:a |the |my |like )?(?:relief|release|escape|answer|only way|only option"
        r"|better|easier|peaceful|welcome|mercy|nice|good|tempting|appealing|restful|rest|peace)\b"
        r"(?! (?:for (?:him|her|them|my (?:dad|mum|mom|grand\w+|father|mother))|to (?:him|her)))",
        r"better off (?:gone|dead|not here|not around|not existing|in the ground)",
        r"(?:end|ending|do) (?:it|my life|things) (?:painlessly|peacefully|quickly|quietly)",
        r"(?:knife|blade|razor|gun|pistol|revolver|rifle|shotgun|barrel|sidearm|handgun|glock|muzzle)"
        r" (?:to|against|on|at|in) my (?:wrists?|throat|neck|arm|head|mouth|temple|chest)",
        r"(?:gun|pistol|revolver|rifle|shotgun|sidearm|handgun|glock|piece|barrel)\b[^.!?]{0,80}\b(?:it'?s"
        r"|its|it was|put it|had it|holding it|hold it|stick it) (?:\S+ )?(?:in|to|against|into) my"
        r" (?:mouth|temple|head|chin)",
        r"(?:gonna|going to|want to|wanna|about to|ready to|might|will|'ll) jump\b(?! (?:in|on"
        r"|into|at|ship|through|the gun|to|back|right|start|up|over|around|for|out|high|rope))",
        r"(?:sitting|sat|here|holding|lying) (?:here |in (?:my|the) (?:car|room|garage|bath) )?"
        r"with (?:my |a |the |his |a loaded )?(?:\w+'s )?(?:gun|revolver|pistol|rifle|shotgun|pills"
        r"|rope|knife|razor|blade)",
        neg=False,
        before=r"\b(?:he|she|they|dad|mum|mom|father|mother|grandma|grandpa|grandad|nan|gran"
        r"|granny)(?:'s| is|'re| are|s) (?:\S+ )?$",
        after=r"^\s*(?:with (?:my|the|this|her|him|them)|for (?:the|my|her|this)|of (?:this|that"
        r"|the|my))\b",
    ),
    _rule(
        "suicide.burden",
        S,
        r"(?:would|will|'d|d|might) (?:all |honestly |really |probably )?be (?:better off|happier"
        r"|fine|relieved|free) (?:without me|if i (?:just |only |simply )?(?:was|were|wasn'?t|weren"
        r"'?t|died|disappeared"
        r"|was gone|were gone|didn'?t exist|did not exist|never existed|was never born|wasn'?t born"
        r"|stopped existing|stopped breathing|ceased to exist|ended it|was out of the picture"
        r"|wasn'?t alive)|when i'?m gone|with me (?:gone|dead)|once i'?m gone)",
        r"(?:i'?m|i am|im|feel like|feel like i'?m|being) (?:just |such |only |nothing but )?"
        r"(?:a |an )?(?:burden|waste of (?:space|air|oxygen))",
        r"(?:nobody|no one|noone|no-one) (?:would|wud|wld|will|'?d|is going to|gonna) (?:even "
        r"|really )?(?:miss me|notice (?:if|when|that) i|care (?:if|when) i)",
        r"how long (?:it would|it'?d|would it|before|until|till) (?:take )?(?:for )?(?:anyone|anybody"
        r"|someone|somebody|people|they) (?:would |to |will )?(?:find|notice|miss|realise|realize)"
        r" (?:me|i'?m gone|i was gone)",
        r"(?:easier|better|happier|simpler|lighter) for (?:her|him|them|everyone|everybody|my \w+"
        r"|the kids|my family) (?:if i (?:just |only |simply )?(?:wasn'?t|weren'?t|was not|were not"
        r"|didn'?t exist)(?: \w+){0,3} (?:here|around|alive|in the picture|in (?:their|her|his)"
        r" li(?:fe|ves)|any ?more)|if i (?:was|were) (?:gone|dead))",
        r"(?:not|n'?t) in the picture (?:at all,? )?(?:permanently|for good|forever|any ?more at all)",
        r"(?:paperwork|papers|affairs|finances|accounts|passwords|will|insurance)\b[^.!?]{0,80}"
        r"\b(?:when it happens|when i'?m gone|after i'?m gone|once i'?m gone|when i go)\b",
        r"(?:gave|sent|handed|left|emailed|texted) (?:\S+ ){0,3}?(?:my )?(?:passwords|bank details"
        r"|pin numbers?|account details|the deeds)\b",
        r"(?:better|easier) for everyone (?:if i|without me)|world (?:would be"
        r"|is) better without me",
        r"(?:family|wife|kids|children|everyone|everybody|they|she)(?: and (?:my |the )?(?:kids"
        r"|wife"
        r"|family|children))? (?:are|would be|will be|'d be|'ll be|d be|'re) (?:all )?better off\b"
        r"(?! (?:with (?!me gone)|if (?:we|she|he|they)|if i (?!(?:just |only )?(?:was|were|wasn'?t"
        r"|weren'?t|died"
        r"|disappeared|didn'?t exist|never existed|left|killed|am gone|'?m gone|was gone|were"
        r" gone)\b)|now|since|financially|after (?:the|our)))",
        r"(?:life )?insurance (?:\S+ ){0,5}?(?:pays? out|payout|would (?:take care|cover|pay)"
        r"|covers (?:suicide|it)|money)",
        r"(?:if|when|once) i (?:just )?(?:died|die|was dead|were dead|killed myself|was gone|were"
        r" gone|vanished|disappeared|wasn'?t (?:here|around|alive)|weren'?t (?:here|around"
        r"|alive))\b|(?:if|when|once) i'?m (?:gone|dead|not here|not around)\b",
        r"(?:a |such a |just a )?(?:weight|millstone|drain|albatross) (?:around|on|to) (?:everyone"
        r"|everybody|my|their|her|his)|\bdead weight\b",
        r"(?:not going to|won'?t|don'?t plan (?:on|to)|not planning (?:on|to)|not gonna) (?:stick"
        r" around|be around|see|seeing|make it to|last (?:until|till|through)) (?:to find out|much"
        r" longer|next (?:week|month|year)|another (?:week|month|year|christmas)|christmas|my"
        r" birthday|the new year)",
        r"(?:won'?t|don'?t think i'?(?:ll|d)|not going to|not gonna) (?:make it|be (?:here|around"
        r"|alive)) (?:to|till|until|through|past) (?:my|the|next|christmas|new year|tomorrow"
        r"|tonight|this (?:week|weekend))",
        neg=False,
        after=r"^\s*(?:when|whenever|if) i (?:ask|need|call|text|talk|lean|bring|complain|vent|have"
        r" to ask|borrow)\b",
    ),
    _rule(
        "suicide.goodbye",
        S,
        r"(?:goodbye|good-bye|good bye|farewell|suicide) (?:letter|note|message|post|video|text)s?",
        r"(?:left|leaving|wrote|writing) (?:a|my) (?:note|letter) on (?:the|my|his|her) (?:kitchen )?"
        r"(?:table|bed|desk|pillow|counter|dresser)|tell (?:my \w+|them|her|him|everyone)"
        r" (?:that )?i loved\b",
        r"tying (?:things|everything|it all) up\b|tie (?:things|everything|it all) up\b",
        r"(?:wrote|writing|written|write) (?:letters|notes) (?:to|for) (?:\S+ ){0,2}?(?:everyone"
        r"|everybody|my)",
        r"(?:letter|note|message|video)s? (?:\S+ ){0,6}?(?:why i did (?:it|this)|why i(?:'m| am)"
        r" doing (?:it|this)|after i'?m gone|when i'?m gone|for when i'?m gone|explain(?:ing)? why "
        r"i)",
        r"(?:giv(?:e|ing)|gave|given|hand(?:ing|ed)?) (?:away )?(?:all )?(?:of )?(?:my"
        r"|his) (?:stuff"
        r"|things|belongings|possessions|guitars?|tools|games|collection|dog|cat|pets?|car|truck"
        r"|watch|records|savings|bike|gear|clothes|books|furniture)(?: away| to \w+)",
        r"(?:giv(?:e|ing)|gave|given) away (?:all )?(?:of )?my \w+|won'?t be needing (?:it|them"
        r"|this"
        r"|my \w+|any of)|won'?t need (?:it|them|any of (?:it|this)|my \w+) (?:any ?more|where i'?m"
        r" going|soon)",
        r"(?:who|what) (?:gets|will get|should get) (?:my|what)|(?:would|will|can|should) (?:get"
        r"|have|take) my (?:car|truck|watch|stuff|things|house|savings|guitar|dog)\b",
        r"(?:once|after|when) i'?m (?:gone|dead|not around|out of the way|no longer here)",
        r"tie (?:up )?(?:all )?(?:the |my )?loose ends|tying up (?:all )?(?:the |my )?loose ends",
        r"(?:gave|giving|give) (?:away )?(?:the|my) (?:dog|cat|guitar|car|tools|watch|records)"
        r" (?:away )?to (?:my |a |the )?\w+",
        r"just in case (?:i'?m not|i don'?t|something happens to me)|in case i'?m (?:not|gone)",
        r"just in case (?:i (?:decide|need (?:it|to use it)|go through with it|do it|can'?t (?:take it"
        r"|go on|cope)(?: any ?more)?))(?=\s*(?:[.!?,]|$|tonight|now))",
        r"(?:said|saying|say) (?:my )?goodbyes|this is (?:my )?goodbye",
        r"(?:giv(?:e|ing)|gave|given) (?:away )?(?:all )?(?:of )?my (?:stuff|things|belongings"
        r"|possessions|guitars?|tools|games|collection|dog|cat|pets?)(?: away)?",
        r"(?:won'?t|will not|wont|not going to|not gonna) be (?:around|here|alive|a problem|safe"
        r"|a burden|in (?:anyone'?s|the) way|anyone'?s problem)(?: (?:for|to) (?:anyone|anybody|you"
        r"|them|her|him|my \w+))? (?:after|past|beyond|come) (?:this|tonight|today|tomorrow|the"
        r" weekend|\w+day|next|christmas|new year)\b(?!'s)",
        r"(?:not going to|won'?t|not gonna) be (?:ok|okay|alright) (?:after|past|by the end of) (?:tonight"
        r"|today)\b(?!'s)",
        r"(?:won'?t|will not|wont|not going to|not gonna) be (?:around|here|alive) (?:much longer"
        r"|any ?more|for long|tomorrow|next (?:week|month|year)|to see|by)",
        r"(?:getting|got|get|put|putting) (?:all )?my affairs in order",
        r"(?:wrote|written|writing|left) (?:a |my )?(?:note|letter) (?:for|to) (?:my )?(?:wife|kids"
        r"|family|children|boys|girls|everyone|everybody)|(?:my|a) (?:last|final) (?:note|letter"
        r"|words)\b",
        r"(?:won'?t|will not|not going to|not gonna) be (?:a problem|a burden|in (?:anyone'?s|the)"
        r" way|anyone'?s problem)(?: (?:for|to) (?:anyone|anybody|you|them|her|him|my \w+))?"
        r" (?:much longer|for long|soon|any ?more)|(?:be )?free of me\b"
        r"|the (?:when|how) and the (?:how|when)|(?:thinking|thought) (?:of|about) jumping",
        r"(?:last|final) (?:goodbye|time (?:you'?ll|anyone will) hear from me|time i'?(?:ll| will) (?:be"
        r" on here|post|write|be here|talk to (?:you|anyone)|message)(?= *(?:[.!?,]|$|here|on here"
        r"|again|ever|to anyone)))",
        neg=False,
        # "a song called 'Goodbye Letter'", "my counsellor suggested an unsent goodbye letter"
        before=r"(?:song|track|album|poem|book|film|called|titled|named) ['\"]?$|\b(?:therapist|counsell?or"
        r"|coach|psychologist) (?:\S+ ){0,3}?(?:suggested|asked|told|said|recommended)\b.*$",
        after=r"^\s*(?:to charity because|since (?:we'?re|i'?m) moving|before (?:the|our|my) move)"
        r"|^.{0,40}\b(?:to (?:my )?(?:ex|younger self|old self|former self|past self|old (?:\S+ )?self"
        r"|the old me|my past)|for closure|unsent|as (?:journaling|homework))\b"
        r"|^(?!.*\b(?:told|tell|telling|say|said) (?:them|him|her|everyone|people|my \w+)\b)"
        r".{0,60}\b(?:to charity|decluttering|declutter|moving (?:house|abroad|to)|emigrating"
        r"|downsizing|spring clean\w*)\b"
        r"|^.{0,40}\b(?:to open (?:on|when|at|for)|for (?:their|his|her) (?:\w+ )?(?:birthdays?"
        r"|graduation|wedding)|birthdays?|graduation|wedding day|christmas|time capsule)\b"
        r"|^.{0,40}\b(?:at|for) (?:his|her|their|(?:my )?(?:dad|mum|mom|father|mother|grandpa|grandma"
        r"|nan|gran|brother|sister|friend)'?s) (?:funeral|memorial|service|grave|wake)\b",
    ),
    _rule(
        "suicide.means",
        S,
        r"(?:enough|all (?:my|the|of my)|stockpil\w*|saving up|saved up|hoarding|hoarded|counting"
        r"|counted) (?:\S+ ){0,2}?<PILLS>",
        r"(?:saving|saved|hoarding|collecting|keeping|stashing|stashed) (?:up )?(?:my |all my |the"
        r" |some )?(?:\S+ ){0,2}?<PILLS>|take (?:them |it "
        r"|all (?:of )?(?:them|my \w+) )?all at once",
        r"(?:bought|got|have|tied|tying|made|making|found|ordered) (?:a |the |some )?(?:rope|noose)"
        r"\b|\bnoose\b",
        r"(?:gun|pistol|revolver|rifle|shotgun|barrel) (?:to|in|against) my (?:head|mouth|temple"
        r"|chest)",
        r"(?:staring at|looking at|holding|loaded|loading|(?:keep |been |can'?t stop )?(?:thinking"
        r"|thought) about) (?:my|the|a|his|dad'?s|the old man'?s) (?:bottle of |handful of |box of )?"
        r"(?:gun|pistol|revolver|rifle|shotgun|pills|rope|razor|blade|noose)",
        r"(?:writing|typing|texting|messaging) (?:this |you )?(?:from|on) (?:the|a|this) (?:roof|bridge"
        r"|ledge|edge|tracks|cliff|railing|overpass)",
        r"how (?:many|much) (?:\S+ ){0,4}?(?:would it take|does it take|to die|to overdose"
        r"|is (?:lethal|fatal|deadly)|would kill|to kill|until)|(?:lethal|fatal|deadly) (?:dose"
        r"|amount)",
        r"painless(?:ly)? (?:ways? )?(?:to )?(?:die|death|go|end it)|(?:quickest|easiest|fastest|best"
        r"|surest|least painful) way to (?:die|end (?:it|my life)|go\b)",
        r"ways? to (?:die|end my life|end it all)|how to (?:die|end (?:it all|it|my life)|hang"
        r"|overdose|not wake up)",
        r"(?:jump|jumping|jumped|leap|leaping|(?:throw|throwing|threw|yeet|yeeting|launch|launching"
        r"|hurl|hurling) <MYSELF>) (?:off|from|in front of|under|into) (?:a |the |an |my |that )?"
        r"(?:bridge|roof|building|cliff|train|bus|truck|traffic|car|balcony|window|river|tracks"
        r"|overpass|parking garage|car park|tower|ledge|sea|ocean|lake)",
        r"(?:standing|sitting|stood|sat|i'?m|i am|im|went|drove|walked) (?:up )?(?:on|at|to)"
        r" (?:the |a )?(?:edge|ledge|top|railing) of (?:the |a )?(?:bridge|roof|building|cliff"
        r"|parking garage|car park)",
        r"(?:wrong|other|far) side of the (?:railing|rail|barrier|fence|guardrail|guard rail|balcony)"
        r"|(?:i'?m|im|i am|standing|sitting|sat) (?:\S+ ){0,3}?(?:on|at) (?:the |a )?(?:bridge|ledge|roof"
        r"|railing|tracks|overpass|cliff edge|edge)\b[^.!?]{0,12}\b(?:right now|now)\b(?![^.!?]{0,30}"
        r"\b(?:heading|driving|on (?:my|the) way|traffic|commut\w*|stuck|queue))",
        r"(?:standing|sitting|i'?m|i am|im) on (?:the |a )?(?:bridge|ledge|railing|tracks|roof)"
        r"(?: of (?:my|the|a) \w+)?(?= *(?:[.!?,]|$|right now|now))",
        r"(?:crash|crashing|wreck|wrecking|drive|driving|swerve|swerving)\b[^.!?]{0,30}"
        r"\bon purpose",
        r"(?:drive|driving|crash|crashing|steer|swerve|swerving) (?:my car |the car )?(?:into|off"
        r"|in front of) (?:a |the )?(?:tree|wall|bridge|cliff|truck|traffic|oncoming|river|lake"
        r"|pole|road|overpass)",
        r"engine running|carbon monoxide|hose (?:to|from|on) the exhaust",
        r"how (?:high|tall|far down|far up) (?:is |are |would |does )?(?:the |a |that |this )?"
        r"(?:\S+ )?(?:bridge|building|roof|parking garage|car park|cliff|balcony|overpass)",
        r"(?:highest|tallest) (?:bridge|building|roof|cliff|parking garage)|high enough to (?:die"
        r"|kill|be sure)|(?:bridge|building|roof|cliff|parking garage)(?: \S+){0,3} (?:is )?(?:the "
        r")?(?:highest|tallest)",
        r"(?:planned|plan|planning|picked|chose|set) (?:it|the day|a date|the date|everything)"
        r" (?:for|on) (?:\S+ ){0,2}?when (?:everyone|everybody|the family|my \w+)(?:'s| is| are)?"
        r" (?:away|gone|out|asleep|at work)",
        r"(?:was going to|almost|nearly|tried to|came close to|meant to) (?:do|doing) it (?:last"
        r" night|yesterday|today|tonight|this (?:morning|week))|(?:chickened|bottled|backed) out"
        r"(?! of| on)",
        r"(?:walk|step|stepped|walking|jump) (?:into|in front of) (?:a |the )?(?:traffic|train|bus"
        r"|truck|sea|ocean|river|lake|waves)|(?:swim|swimming|walk|walking) out (?:into|to) (?:the )?"
        r"(?:sea|ocean|lake)\b[^.!?]{0,30}\b(?:not|never) (?:come|coming) back",
        r"(?:feel like|imagine|imagining|picture|picturing|thinking about|think about|want to|going"
        r" to|gonna|wanna|ready to|about to) (?:\S+ ){0,4}?pull(?:ing)? the trigger\b(?! on)",
        r"(?:finish|finishing|end|ending|go out|going out|leave|leaving|check out|checking out)"
        r" (?:this |it |things |life |everything )?on my own terms",
        r"(?:have|got|made|came up with) a plan (?:to|for how to) (?:die|end|kill|do it|go)",
        r"know (?:how|when) (?:i'?ll|i will|i'?m going to) do it",
        r"(?:don'?t|can'?t) trust <MYSELF> (?:around|with|near) (?:a |the |my )?(?:gun|guns|pills"
        r"|knives)",
        neg=False,
    ),
    _rule(
        "suicide.passive",
        S,
        r"(?:wish|wishing|hope|hoping|pray|praying) (?:that )?(?:i(?: was| were| had|'d) (?:dead"
        r"|never been born|not born|never existed|died|gone|never woken up|not woken up)|i (?:could"
        r" |would )?(?:just )?(?:die"
        r"|disappear forever|not exist|stop existing|not wake up|never wake up|get hit by|got hit"
        r" by)|(?:a |some |that a )?(?:truck|car|bus|bullet|someone|something|lightning|cancer"
        r"|god) (?:would |will |to |)?(?:hit|kill|take) me)",
        # hoping something else does it; letting the body give out
        r"(?:hope|hoping|pray|praying|wish|wishing)\b[^.!?]{0,40}\b(?:cancer|illness|tumou?r|heart"
        r" attack|disease|it|something|someone)\b[^.!?]{0,20}\b(?:comes back|gets me|finishes me"
        r"|takes me|kills me)|(?:don'?t|wouldn'?t|won'?t|wont) have to do it (?:<MYSELF>|my ?self)",
        r"waste away|starv(?:e|ing|ed) <MYSELF>(?! (?:for|before|to lose|to fit|until (?:dinner"
        r"|lunch)))|(?:stopped|stop|not|quit) eating (?:on purpose|so (?:i|that)|until i)|drink(?:ing)?"
        r" <MYSELF> to death",
        r"(?:remove|take|get|write) <MYSELF> (?:out of|from) (?:the|this|their|everyone'?s) (?:picture"
        r"|equation|world|lives)|if i (?:just )?remove <MYSELF>(?! from (?!the (?:equation|picture"
        r"|world)|this world|existence))",
        r"permanent (?:exit|way out|sleep|escape|goodbye|option|solution to (?:a )?temporary)"
        r"|(?:exit strategy|way out|only option|only solution|last resort)\b[^.!?]{0,40}\bpermanent",
        r"(?:go to sleep|fall asleep|take (?:them|the pills|it all))[^.!?]{0,40}\bbe done with (?:it"
        r"|everything|all of it|this)",
        r"(?:lied|lying|lie) (?:to (?:\S+ ){1,3})?(?:about (?:being|if i'?m|whether i'?m) (?:safe|ok"
        r"|okay|suicidal)|when (?:\S+ ){1,3}asked if i'?m (?:safe|ok|okay|suicidal))|asked (?:me )?"
        r"(?:if|whether) i'?m (?:safe|ok|okay|suicidal|going to hurt <MYSELF>) (?:and|but) i lied",
        r"(?:tracks|bridge|cliffs?|quarry|overpass|ledge|railway|rail line|train line|river)\b"
        r".{0,100}\b(?:keep|kept|been|find myself|catch myself) (?:walking|driving|going|standing"
        r"|sitting|ending up|staring)|(?:keep|kept|been|find myself|catch myself) (?:walking|driving"
        r"|going|standing|sitting|ending up) (?:out )?(?:to|at|on|by) (?:the )?(?:tracks|bridge"
        r"|cliffs?|quarry|overpass|ledge|railway|train line)",
        r"(?:no one|nobody) can say i didn'?t try",
        r"(?:want|wanna|wish i could|going|gonna) (?:to )?(?:just )?(?:disappear|vanish"
        r"|fade away)(?: forever| for good| permanently| from (?:this|the) world)?",
        r"disappear(?:ed)? (?:forever|for good|permanently|from (?:this world|existence))",
        r"join (?:her|him|them|my \w+) (?:in heaven|up there|on the other side)",
        r"(?:think|thinking|thought|thoughts|fantasi[sz]\w*|dream\w*|obsess\w*) (?:about |of )?"
        r"(?:ending (?:it|things|everything|my life)|dying|not being (?:here|around|alive)"
        r"|not existing|not waking up|my (?:own )?(?:death|funeral))",
        neg=False,
        after=r"^\s*(?:for (?:a|the|an|one|two|\d|some|awhile|a while|a few)|with (?:her|my)"
        r"|from (?!(?:this|the) world|existence|everyone|everything)|into|to (?:a|an|the|some|my"
        r"|another|mexico|spain|thailand|the \w+)\b|somewhere (?:warm|quiet|new|else|far)|on (?:a|an)"
        r" (?:trip|holiday|vacation|island)|on (?:holiday|vacation|hols)|off (?:social media|the grid"
        r"|the radar|instagram|facebook|the group chat))",
        text=r"embarrass|humiliat|ashamed|awkward|cringe|mortif",
    ),
    _rule(
        "suicide.means_plan",
        S,
        r"\b(?:a plan|the plan|plan for tonight|tonight|it'?s time|for good|do it|end it|what i'?m"
        r" (?:going to|gonna) do|when i'?m gone|ready to go|(?:i'?ve|i have) decided"
        r"|made up my mind|it'?s decided|no turning back|trying to decide|deciding (?:whether|if)"
        r"|waiting for (?:everyone|the kids|her|him|them|my \w+) to (?:go to (?:bed|sleep)|fall asleep"
        r"|leave|go out)"
        r"|can'?t decide|making up my mind|working up the (?:nerve|courage)|(?:building|getting) up"
        r" the (?:nerve|courage)|one or the other|which one)\b",
        neg=False,
        also=r"\b(?:pills|rope|noose|gun|pistol|revolver|rifle|shotgun|knife|blade|razor|bridge"
        r"|ledge|overdose|<PILLS>)\b",
    ),
    _rule(
        "suicide.same_way",
        S,
        r"do(?:ing)? the same|go(?:ing)? the same way|do(?:ing)? what (?:he|she|they) did"
        r"|join (?:him|her|them)",
        neg=False,
        also=r"suicide|killed (?:him|her|them)sel|took (?:his|her|their) (?:own )?life",
    ),
    _rule(
        "suicide.ambivalent",
        S,
        r"(?:kill(?:ing)? <MYSELF>|suicid\w*|die|dying|end(?:ing)? (?:it|my life))[^.!?]{0,80}"
        r"\b(?:but|though|yet)\b[^.!?]{0,80}\b(?:think(?:ing)? about (?:it|dying|death|that|ending"
        r"|doing it)|part of me|can'?t stop thinking|the thoughts? (?:keep|won'?t)|urges?)",
        neg=False,
    ),
    _rule(
        "suicide.do_something",
        S,
        r"(?:going to|gonna|might|about to|'ll|will end up|could|may|before i|or i) do something"
        r" (?:stupid|drastic|permanent|i can'?t take back|i'?ll regret|i regret|dangerous|crazy|dumb"
        r"|bad|terrible|worse|awful|i can'?t undo)",
        r"<FEAR> (?:of )?what i(?:'ll|'d|'m going to|'m gonna|'m capable of| (?:might|could|will"
        r"|would|may|am capable of|am going to|am gonna)) do\b(?! to (?!<MYSELF>))",
        r"(?:don'?t|do not|can'?t|cannot) (?:feel safe|be safe|keep <MYSELF> safe|trust <MYSELF>)"
        r" (?:with <MYSELF>|around <MYSELF>|alone|by <MYSELF>|tonight|right now|anymore|any more"
        r"|today)|(?:can'?t|cannot|won'?t) promise (?:i'?ll|i will|to) (?:be|stay|keep) (?:safe"
        r"|<MYSELF> safe|alive)|not safe (?:with|from|around) <MYSELF>",
        after=r"^\s*(?:like (?:text|call|message|email|buy|quit|send|drunk)|and (?:text|call))",
    ),
    _rule(
        "suicide.will",
        S,
        r"(?:written|wrote|writing|made|updated|finished|sorted|drew up) (?:out )?my will\b",
        neg=False,
        text=r"lawyer|attorney|solicitor|estate plan|financial (?:adviser|advisor|planner)|after (?:the"
        r"|my|our) (?:divorce|separation|wedding|baby)|(?:new|first) (?:baby|grandchild)|remarr"
        r"|guardian|executor|now (?:our|my|the) (?:daughter|son|baby|little one|kids?)\b",
    ),
    _rule(
        "suicide.self_injury",
        S,
        # hurting the body on purpose, for the pain: "punch walls till my knuckles bleed, the pain
        # helps", "keep a blade in my wallet and use it on my thigh"
        r"on purpose|deliberately|(?:the )?pain (?:helps|calms|makes (?:me|it|things)|is the only"
        r"|distracts)|to feel (?:something|anything|real|alive|in control)|punish\w* <MYSELF>"
        r"|deserve (?:the|to feel) pain",
        r"(?:use|used|using|drag|dragged|run|ran|press|pressed|hold|held) (?:it|them|the \w+|a \w+)"
        r" (?:on|across|into|against|over) my (?:thighs?|arms?|wrists?|skin|legs?|stomach|hips?|chest)",
        neg=False,
        also=r"\b(?:bleed\w*|bled|bruis\w*|knuckles|blades?|razors?|lighter|cigarettes?|skin"
        r"|thighs?|wrists?|my (?:arms?|legs?|head|hands?|fists?)|<MYSELF>|head against|walls?)\b",
        text=r"\b(?:hit|hits|punched|slammed|kicked) (?:her|him|them|my (?:<PARTNER>|<KID>))\b",
    ),
    _rule(
        "suicide.goodbye_message",
        S,
        r"(?:goodbye|good-bye|good bye|farewell|last) (?:e-?mails?|voicemails?|recordings?|tweets?"
        r"|speech|dms?)\b",
        r"(?:scheduled|schedule|timed|queued|set) (?:\S+ ){0,3}?(?:letters?|notes?|e-?mails?"
        r"|messages?|posts?|texts?) (?:\S+ ){0,3}?to (?:send|go out|be sent|post|arrive) (?:\S+ )"
        r"{0,2}?(?:after|when|once) i'?m",
        neg=False,
        text=r"new job|last day|leaving (?:the|my|this) (?:company|job|firm|team|office|role)|retir"
        r"|resign|moving (?:to|away|abroad|house)|relocat|promot|notice period|two weeks'? notice"
        r"|laid off|redundan|farewell (?:party|drinks|lunch)|leaving do|graduat",
    ),
    _rule(
        "suicide.method_question",
        S,
        # questions about how a way of dying feels ("does drowning hurt", "how painful is hanging")
        r"(?:does|would|will|is|do|did) (?:it )?(?:drowning|hanging|overdosing|an overdose"
        r"|jumping(?: off \S+)?|bleeding out|suffocating|suffocation|carbon monoxide|gassing"
        r"|slitting \S+ wrists?|freezing to death|getting hit by (?:a |the )?(?:train|car|truck|bus))"
        r" (?:\S+ )?(?:hurt|painful|quick|fast|slow|feel like|take long|peaceful)",
        r"how (?:painful|quick|fast|long|peaceful) (?:is|would|does|do) (?:it )?(?:(?:take )?(?:to )?)?"
        r"(?:drown\w*|hang\w*|overdos\w*|bleed\w* out|suffocat\w*|jump\w* off|freez\w* to death)",
        r"(?:what|which) (?:\S+ ){0,2}?(?:would|will|to) (?:kill|end) (?:you|me|a person|someone)"
        r" (?:fastest|quickest|painlessly|for sure|without pain)",
        neg=False,
        text=r"\b(?:novel|story|book|screenplay|script|character|episode|movie|film|documentary"
        r"|podcast|class|course|lifeguard|first aid|swim\w*)\b",
    ),
    _rule(
        "suicide.plan_when_away",
        S,
        # a plan timed for when the family will be out of the house
        r"(?:the plan|it'?s happening|i'?ll do it|doing it|(?:going to|gonna) do it|it'?s set|it"
        r" happens)\b[^.!?]{0,50}\bwhen (?:the kids|my \w+|everyone|everybody|she|they|he)"
        r"(?: are| is|'re|'s|s)? (?:away|gone|out|asleep|at (?:their|her|his|my|the) \w+|at school"
        r"|at work|on (?:holiday|vacation)|with (?:their|her|his) \w+)",
        r"(?:not|n'?t|never) (?:\S+ )?(?:sticking|stick|staying|hanging) around (?:for (?:the rest of"
        r" it|much longer|long|any of it|what comes next|the rest of (?:my|this) life)|to (?:see|find"
        r" out|watch)|much longer)",
        neg=False,
    ),
    _rule(
        "suicide.quiet_signs",
        S,
        # quiet, indirect signs written in ordinary words
        r"(?:i'?m|im|i am|i think i'?m|i feel) (?:just )?ready to (?:stop|let go|rest|be done|go now)"
        r"(?: now| for good| forever)?\s*(?:[.!?]|$)",
        r"(?:everyone|they|people|my (?:family|kids|wife|parents))(?:'ll| will)? (?:be )?(?:sad|upset"
        r"|cry) for a (?:bit|while|week|day|few days|little while)\b(?![^.!?]{0,40}\b(?:move|moving"
        r"|leave for|go (?:to|abroad)|away|visit|deploy\w*|travel\w*))",
        r"(?:the )?voices? (?:in my head )?(?:are |is |have been |has been |keeps? |kept )?(?:telling"
        r"|tell|told|saying) (?:me )?(?:to (?:do it|end|kill|jump|hurt|die|go)|it'?s time|i should"
        r" (?:die|do it|end|go))",
        r"(?:nobody|no one|noone|no-one) (?:finds?|would find|will find|can find) (?:me|you|my body)\b"
        r"(?! (?:attractive|interesting|funny|cute|boring|annoying|useful|helpful|hot|sexy))",
        r"(?:easy|easier|tempting) (?:to )?(?:just )?not (?:come|coming) (?:home|back)\b(?! (?:early"
        r"|late|for|until|till|tonight|some nights))",
        r"(?:drive|driving|walk|walking|go|going|swim|swimming|hike|hiking|head|heading|wander\w*)"
        r" (?:up |out |off )?(?:in)?to (?:the )?(?:mountains|woods|sea|lake|forest|desert|wilderness"
        r"|river|cold|snow|ocean)\b[^.!?]{0,30}\b(?:not|never) (?:come|coming) back",
        r"finish (?:the job|it off|myself off|what i started)\b(?=.{0,80}\b(?:coffin|dead|die|grave"
        r"|pills|rope|gun|myself))|(?:coffin|dead|die|grave|pills|rope|gun)\b.{0,80}\bfinish (?:the"
        r" job|it off|myself off|what i started)\b",
        r"(?:stop|stopping|keep|keeping|stopped|kept) <MYSELF> from (?:doing (?:something|it)|hurting"
        r"|killing|ending|acting on|going through with)",
        r"doing something (?:permanent|drastic|i can'?t take back|i can'?t undo)",
        r"(?:easier|better|happier|lighter|simpler) (?:the day|once|when|after) i'?m (?:not in it|gone"
        r"|dead|not (?:here|around))|(?:speed|speeding|hurry|hurrying) (?:that|the) day up|bring(?:ing)?"
        r" (?:that|the) day forward",
        r"what happens (?:to (?:your|the|a|my) body )?(?:when|if) (?:you|i|someone) (?:jump|fall|hang"
        r"|drown|overdose|od)\b|(?:jump\w*|fall\w*) (?:off |from )?(?:a |the )?(?:\d+|[a-z]+)[- ]"
        r"(?:stor(?:ey|y|ies|eys)|floors?)\b(?=[^.!?]{0,60}\b(?:feel it|hurt|instant|survive|die|dead"
        r"|painless|body))",
        r"ways? out (?:that (?:aren'?t|are not|isn'?t|is not) (?:good|healthy|safe|okay|ok)|that"
        r" scare me|i shouldn'?t)",
        r"(?:got|bought|have|lit|light\w*|buy|buying) (?:the |some |a bag of |bags of )?charcoal\b"
        r"(?=.{0,80}\b(?:smoke alarm|seal\w*|tape\w*|bathroom|bedroom|car|tent|window|door|room))"
        r"|smoke alarm\b.{0,80}\bcharcoal",
        r"^\W*(?:ok |okay |well |so )?(?:bye|goodbye|farewell) (?:everyone|everybody|all|world|guys"
        r"|folks|y'?all|friends|forever)\b(?!.*\b(?:see you|talk (?:to you )?(?:soon|later|tomorrow)"
        r"|later|tomorrow|next week|thanks for (?:the|your) help|have a good))",
        neg=False,
    ),
    _rule(
        "suicide.reunite",
        S,
        r"(?:be|go to) (?:with )?(?:her|him|them|my \w+) (?:again,? )?(?:for real|for good|soon|tonight"
        r"|properly|this time|permanently|forever|on the other side|up there)|join (?:her|him|them|my"
        r" \w+)\b(?! (?:for|at|on|in (?:the|a) (?:gym|group|team)))",
        neg=False,
        also=r"\b(?:cemetery|grave|passed|died|death|heaven|funeral|buried|ashes|widow\w*|late wife"
        r"|late husband|lost (?:her|him))\b",
        text=r"\b(?:dream\w*|visit\w*|someday in heaven|when my time comes|one day)\b",
    ),
    _rule(
        "suicide.feels_final",
        S,
        r"(?:feels|feel|felt) (?:so |very |pretty )?final\b|(?:it'?s|this is|everything'?s) (?:final"
        r"|finished) now",
        neg=False,
        also=r"\b(?:deleted|paid off|cancel+ed|gave away|given away|sold|closed my|said (?:my )?goodbyes?"
        r"|wrote|letters?|notes?|passwords)\b",
        text=r"divorce|papers|decree|contract|exam|sale|house|mortgage|lease|custody|settlement|job",
    ),
    _rule(
        "suicide.understand_later",
        S,
        r"(?:she|he|they|you|everyone|my \w+)'?(?:ll| will) (?:get|understand|find out|know) (?:it |why"
        r" )?(?:eventually|one day|someday|some day|later|soon|soon enough|afterwards|after|when i'?m"
        r" gone)\b",
        neg=False,
        also=r"\b(?:love (?:her|him|them|you)|goodbye\w*|notes?|letters?|gave|sold|passwords|the dog"
        r"|told (?:her|him|them|my \w+) i|(?:i'?m|im) sorry|tell (?:my \w+|them|her|him))\b",
        text=r"\b(?:learn\w*|practi[cs]\w*|homework|math|maths|bike|swim\w*|read\w*|potty|school"
        r"|divorce|separat\w*|custody|moving|move)\b",
    ),
    _rule(
        "suicide.set_date",
        S,
        r"(?:pick|picking|picked|choose|choosing|chose|set|setting) (?:the|a|my) (?:day|date)\b",
        neg=False,
        also=r"\b(?:way out|end (?:it|things|everything)|gone|goodbye\w*|ready|<PILLS>|rope|gun|bridge"
        r"|for good|no one will|nobody will|won'?t be)\b",
        text=r"wedding|court|hearing|moving|surgery|party|trip|holiday|vacation|date night|first date"
        r"|divorce|custody|closing|interview|start|launch|move out|move in",
    ),
    _rule(
        "suicide.not_here_for",
        S,
        # "not gonna be here for my kid's birthday", "won't need any of it"
        r"(?:won'?t|will not|wont|not going to|not gonna|don'?t think i'?ll|doubt i'?ll) be (?:here"
        r"|around|alive) (?:for|at|to see) (?:my|the|his|her|our|christmas|next) (?:\w+'?s? )?"
        r"(?:birthday|christmas|graduation|wedding|anniversary|summer|year|new year)\b",
        r"won'?t (?:be )?need(?:ing)? (?:any of (?:it|this|that|them)|(?:it|them|this|my \w+) (?:any"
        r" ?more|where i'?m going|after (?:this|tonight|friday|the weekend)))\b",
        neg=False,
        after=r"^[^.!?]{0,40}\b(?:because|cause|cos|since|as i'?m|i'?m (?:working|travel\w*|away"
        r"|deployed|on)|work|trip|deploy\w*|business|shift|custody|her (?:weekend|turn)|their"
        r" (?:mom|mum)'?s|in (?:the )?(?:new|florida|spain|\w+ (?:house|place|flat|apartment))"
        r"|when (?:we|i) move|after (?:we|i) move)",
        text=r"moving (?:house|abroad|to|away)|declutter|downsiz|minimalis|relocat",
    ),
    _rule(
        "suicide.date_set",
        S,
        # "set a date. first of the month. feel weirdly calm about it now"
        r"(?:set|picked|chosen|chose|got|decided on) (?:a|the|my) (?:date|day)\b",
        also=r"\b(?:calm|at peace|peaceful|relieved|relief|ready|no one will|nobody will|last|goodbye"
        r"|it'?ll (?:all )?be over|won'?t (?:matter|be (?:here|around)))\b",
        text=r"\b(?:wedding|party|meeting|court|hearing|surgery|operation|move|moving|holiday|trip"
        r"|interview|exam|gig|match|launch|deadline|appointment|session|retreat|course|christening"
        r"|funeral|first date|stag|proposal|propose|vasectomy)\b",
    ),
    _rule(
        "suicide.rejoin",
        S,
        # wanting to be with someone who has died, soon
        r"(?:be|go) (?:with|to) (?:him|her|them|my \w+) (?:again )?(?:in heaven|up there|on the other"
        r" side)|(?:want|wanna|ready|going|long|longing) to be with (?:him|her|them) again\W+(?:soon"
        r"|tonight|now)\b",
    ),
    _rule(
        "suicide.told_to",
        S,
        # told to kill himself and starting to agree
        r"(?:told|tells|telling|said|says) (?:me )?to (?:kys|kill (?:my|your) ?self|go die|unalive"
        r" (?:my|your)self|end it)\b[^.!?]{0,80}\b(?:right|agree|should|maybe|might|starting to"
        r"|thinking about it|point|fair)\b",
        neg=False,
    ),
    _rule(
        "suicide.method_way",
        S,
        # a way of dying asked with words in between ("the least painful way for a bloke my age
        # to go"), and searching for ways ("keep googling ways to end it")
        r"(?:easiest|quickest|fastest|surest|least painful|most painless|painless|cleanest|best)"
        r" ways? (?:for (?:\S+ ){1,6}?)?to (?:go|die|do it|check out|end it|not wake up|slip away)\b"
        r"(?! (?:to|from|about|back|home|there|out|into|through|on|for|around|up|down|via|by|abroad"
        r"|away|with|over|after|ahead|forward|viral|kindly|nicely))",
        r"(?:googl\w*|search\w*|look\w* up|research\w*|read\w* up on) (?:\S+ ){0,2}?(?:ways|how"
        r"|methods?) to (?:die|end it|end my life|kill myself|do it painlessly|go painlessly|not wake"
        r" up)\b(?! (?:with|between|kindly|nicely|gently))",
        neg=False,
        text=r"\b(?:novel|story|book|screenplay|script|character|episode|movie|film|documentary"
        r"|podcast|route|drive|travel|commute|get to|train to|flight|airport)\b",
    ),
    # ---- intent or fear of harming others
    _rule(
        "harm.intent",
        H,
        _HARM_LEAD + r" (?:\w+ )?(?:beat|rough|mess|smash|fuck) <CLOSE> up",
        _HARM_LEAD + r" (?:\w+ )?<HARM> (?:the (?:crap|shit|hell|life|living daylights) out of )?"
        r"<CLOSE>",
        r"<WEAPON>\b.*\b(?:know where (?:he|she|they) lives?|(?:his|her|their) address)|(?:know"
        r" where (?:he|she|they) lives?|(?:his|her|their) address).*\b<WEAPON>\b",
        # "teach him a lesson he won't forget", watching her house at night
        r"teach (?:him|her|them|(?:my|the|that|her|his) (?:\S+ ){0,3}?(?:guy|man|boyfriend|husband|ex"
        r"|wife|dude|prick|bastard|asshole)) a lesson (?:(?:he|she|they)'?(?:ll| will)? ?(?:won'?t"
        r"|never) forget|with (?:my|a) (?:fists?|<WEAPON>))",
        r"(?:watching|sitting outside|parked outside|staking out|waiting outside|casing) (?:her|his"
        r"|their|my ex'?s|(?:the|that) (?:guy|man)'?s) (?:house|place|apartment|flat|work|door)",
        r"(?:following|stalking|tailing) (?:her|him|my ex|them)\b(?! on (?:insta\w*|social|twitter"
        r"|facebook|tiktok|ig|fb|x\b)| around (?:the|on) (?:internet|socials?)|'?s (?:insta\w*"
        r"|profile|page|socials|account))",
        r"\bi (?:\S+ )?(?:get|got|become|am|have been|'?ve been|'?m) (?:really |so |very |more "
        r"|physically )?(?:violent|physical|rough) (?:with|toward|towards|around) (?:my|her|him"
        r"|them|the)\b",
        r"\bi(?:'?ll| will| might| could|'?m going to|'?m gonna| am going to)? (?:\S+ ){0,3}?do"
        r" something (?!(?:nice|special|romantic|sweet|fun|kind|good|for)\b)(?:\S+ )?to <CLOSE>",
        r"hunt (?:him|her|them|(?:the|that|this) (?:guy|man|bastard|asshole|prick|woman)) down"
        r"|hunt down (?:the|that|this|my) (?:guy|man|bastard|asshole|prick|woman|ex)\b",
        r"by (?:her|his|their|the) (?:throat|neck|hair)\b|dragged (?:my |her\b|him\b|them\b)"
        r"|\bi (?:\S+ )?(?:broke|fractured|bruised|split) (?:my |her |his )?(?:<PARTNER>|<KID>)?'?s"
        r"? ?(?:arm|nose|jaw|ribs?|lip|wrist|leg|finger|face|eye)\b|make (?:him|her|them) (?:pay"
        r"|regret|suffer)\b"
        r"(?! (?:for (?:the|dinner|it|half|rent|bills?|child|support|lunch|drinks)|child|rent|half"
        r"|back))",
        r"(?:snap|break|wring) (?:her|his|their|my \w+'?s) (?:neck|jaw)|(?:smash|bash|beat)"
        r" (?:her|his|their) (?:face|head) in",
        r"make (?:her|him|them|my <PARTNER>)(?: both| all)? pay\b(?! (?:for (?:the|dinner|it|half|rent|bills?"
        r"|child|support|lunch|drinks)|child|rent|half|back|(?:the|her|his) share))",
        after=_HARM_FIGURATIVE + _BUT_I_DIDNT + _HURT_EMOTIONAL,
        text=r"\b(?:my|at|with) <OTHER>\b.*\b(?:could|gonna|going to|'?ll) (?:\w+ )?<HARM>"
        r" (?:him|her|them)\b",
    ),
    _rule(
        "harm.violence",
        H,
        r"\b(?:hit|hits|hitting|kill|kills|killed|killing|beat|beats|beating"
        r"|beaten|stab|stabbed|stabbing|shoot|shot|shooting|strangle|strangled|strangling|choke"
        r"|choked|choking|punch|punched|punching|slap|slapped|slapping|kick|kicked|kicking|shake"
        r"|shook|shaking|smother|smothered|attack|attacked|attacking|shove|shoved|shoving|murder"
        r"|murdered) (?:the (?:crap|shit|hell|life) out of )?<CLOSE>",
        r"(?:violent|dark|homicidal|intrusive|scary) (?:thoughts|urges|fantasies|images|impulses)"
        r" (?:about|of|toward|towards|to) (?:my|her|him|them|the|people|someone|killing|hurting)"
        r"|\bhomicidal\b",
        after=_HARM_FIGURATIVE + _BUT_I_DIDNT + r"|^\s*(?:in|on) (?:cod|call of duty|gta|fortnite"
        r"|warzone|halo|battlefield|apex|valorant|cs ?go|cs2|pubg|hitman|red dead|the game|(?:video )?games?"
        r"|ranked|multiplayer|online)\b"
        r"|^\s*(?:with kindness|down|off|so (?:much|badly) (?:when"
        r"|by)|when i (?:left|cheated|said|lied)|hard\b|again and again in my head)",
        before=_INANIMATE + r"|\b(?:feel|felt|feels|feeling) like i (?:\S+ )?$",
        text=r"\b(?:my|at|with) <OTHER>\b.*\b(?:could|gonna|going to|'?ll) (?:\w+ )?<HARM>"
        r" (?:him|her|them)\b|\bput (?:him|her|the \w+|my \w+|our \w+) (?:down|to sleep)\b|\bvet\b"
        r"|euthan\w*|" + _CHILDHOOD,
    ),
    _rule(
        "harm.weapon",
        H,
        r"\b(?:make (?:him|her|them) (?:pay|regret|sorry)|get (?:back at|even with|revenge on)"
        r"|teach (?:him|her|them) a lesson|(?:go|going|drive|driving) (?:over )?(?:there|to (?:his"
        r"|her|their) (?:place|house)))\b",
        # a weapon near where the other person is: "outside her place with my gun"
        r"(?:outside|near|by|at|across from|around the corner from|down the street from) (?:his|her"
        r"|their|my ex'?s|(?:the|that) (?:guy|man|bastard|prick|asshole|woman)'?s) (?:place|house"
        r"|home|apartment|flat|work|office|door|building|job|school|gym)\b",
        r"know where (?:he|she|they) (?:lives?|works?|sleeps|parks|drinks)|(?:drove|driven|driving"
        r"|drive|went|waiting|parked|sitting) (?:past|by|to|outside|near) (?:his|her|their) (?:place"
        r"|house|work|apartment|flat)",
        neg=False,
        also=r"\b(?:gun|guns|rifle|pistol|shotgun|knife|bat|crowbar|machete|hammer|axe|ammo"
        r"|bullets|loaded|weapon)\b",
        text=r"\b(?:hunting|deer|range|baseball|softball|cricket|practice|game)\b",
    ),
    _rule(
        "harm.plan",
        H,
        # plans, means and threats to hurt someone, in words no harm verb list names
        _HARM_LEAD + r" (?:\w+ )?put <CLOSE> through (?:a |the )?(?:wall|window|table|door|floor|windscreen)",
        r"poison(?:ing|ed)? (?:her|his|their|my \w+'?s?) (?:coffee|food|drink|tea|meals?|dinner|water|beer)"
        r"|(?:thinking about|thought about|want to|going to|gonna|plan\w* (?:to|on)) poison\w* <CLOSE>",
        r"(?:the|that|this|her|my wife'?s|my ex'?s|his) (?:guy|man|dude|prick|bastard|asshole|boyfriend"
        r"|lover|new man|new guy)\b[^.!?]{0,60}\b(?:won'?t|isn'?t going to|not going to|will not) live"
        r" (?:to see|much longer|past|through|long)",
        _HARM_LEAD + r" (?:\w+ )?put <CLOSE> in (?:the |a |an )?(?:hospital|ground|grave|morgue|icu"
        r"|er|wheelchair|body bag|coffin|cemetery)|put <CLOSE> six feet under",
        r"(?:burn|burning|burnt|burned|torch|torching|set fire to|setting fire to|firebomb\w*)"
        r" (?:down )?(?:his|her|their|my ex'?s|(?:the|that) (?:guy|man|bastard)'?s) (?:house|place"
        r"|car|apartment|flat|home|truck|shop|office)",
        r"(?:so|make|making|made) (?:it|this|that|his death|her death) (?:looks?|seems?) like (?:an"
        r" accident|self[- ]defen[cs]e|(?:a )?suicide)(?=[^.!?]{0,40}\b(?:him|her|them|someone"
        r"|somebody|he|she))|(?:hurt|kill|harm|poison|murder) (?:someone|somebody|a person|him|her"
        r"|them|my \w+) (?:so|and make) it (?:looks?|seems?) like",
        r"get away with (?:killing|murder\w*|hurting|beating|it if i (?:killed|hurt))|how (?:do|would"
        r"|could|can|to) (?:you |i |one |someone )?(?:hurt|kill|poison|harm|murder|strangle)"
        r" (?:someone|somebody|a person|a man|a woman|him|her|my \w+)\b(?! feelings|'?s feelings)",
        r"(?:gonna|going to|will|'ll|might|could) end up (?:on the news|in (?:jail|prison)|behind"
        r" bars|doing time)\b(?! for (?:tax|unpaid|parking|speeding|fraud|debt|child support))",
        r"if i can'?t have (?:her|him|them),? (?:no ?one|nobody|no-one|no one else|nobody else)"
        r"|(?:no ?one|nobody) (?:else )?(?:gets|will have|can have) (?:her|him)\b",
        r"(?:worked out|figured out|planned|planning|plan(?:ned)? out|thought through|know exactly"
        r"|decided|picturing|pictured|imagined) (?:exactly )?how (?:i'?d|you'?d|i would|i could|i'?m going"
        r" to|i'?m gonna|i'?ll|i will|to) (?:\w+ )?(?:<HARM>|get rid of|get back at|get to) <CLOSE>",
        r"none of us (?:will|would|'ll|is going to|are going to|are gonna) be (?:around|here|alive"
        r"|left)|(?:she|he|they)'?(?:ll| will) never (?:see|find) (?:them|the kids|her kids|his kids"
        r"|my kids|us) again",
        r"(?:bring|bringing|brought|carry|carrying|take|taking) (?:a |my |the |his )?(?:gun|knife"
        r"|weapon|piece|blade|bat|pistol|rifle) (?:in )?(?:to|into|with me to) (?:work|school|the"
        r" office|the meeting|class|court|the party|church)|(?:bring|bringing|brought) something"
        r" (?:in )?to (?:deal with|take care of|settle|handle|sort out) (?:him|her|them|this)",
        r"(?:they|everyone|you)'?(?:ll| will) (?:all )?(?:finally )?(?:pay|be sorry|regret (?:it"
        r"|this))\b|they'?(?:ll| will) (?:all )?finally learn",
        r"(?:snap|break|wring|crush) (?:her|his|their|my \w+'?s) (?:\w+ )?(?:neck|throat|skull)",
        _HARM_LEAD + r" (?:\w+ )?(?:see|watch|make) <CLOSE> (?:bleed|suffer|die|beg|scream)",
        r"(?:she|he|they|him|her|them)\b[^.!?]{0,12}\b(?:won'?t|will not|never|wouldn'?t|doesn'?t)"
        r" (?:get|getting|be getting) (?:back )?up\b",
        r"(?:anyone|anybody|whoever|who ?ever) (?:who |that )?(?:tries to )?(?:stops?|gets? in (?:my|the)"
        r" way|stands? in my way)\b[^.!?]{0,20}\b(?:gets? hurt|is getting hurt|will get hurt|is dead"
        r"|dies|will regret|is going down)",
        after=_HARM_FIGURATIVE + _BUT_I_DIDNT,
    ),
    _rule(
        "harm.intent_other",
        H,
        _HARM_LEAD + r" (?:\w+ )?<HARM> (?:the (?:crap|shit|hell|life|living daylights) out of )?"
        r"(?:my|our|the|his|her) <OTHER>\b",
        after=_HARM_FIGURATIVE + _BUT_I_DIDNT + r"|^\s*(?:if|when|for|next time|one day|someday"
        r"|sometimes|at times|lol|haha)\b",
    ),
    _rule(
        "harm.fear",
        H,
        r"<FEAR>(?: that| of)? (?:i|im|i'm|i am)<MODAL>? (?:(?:actually|really|seriously|badly"
        r"|accidentally|eventually|one day|someday|snap and|lose it and|lose control and|lose my"
        r" temper and|end up) ){0,3}<HARM> <PERSON>",
        r"<FEAR> of (?:<HARM>|snapping (?:on|at) and hurting) <PERSON>",
        r"<FEAR> (?:of )?what i(?:'ll|'d|'m going to|'m gonna| (?:might|could|will|would|may|am"
        r" going to|am gonna)) do to <PERSON>",
        r"(?:don'?t|can'?t|cannot) trust <MYSELF> (?:around|with|near|alone with) <PERSON>",
        after=_HARM_FIGURATIVE + _HURT_EMOTIONAL,
    ),
    _rule(
        "harm.done",
        H,
        r"\b(?:i|i'?ve|i have|i had) (?:(?!never|not|n'?t|didn'?t|don'?t|wouldn'?t|won'?t)\S+ )?"
        r"(?:hit|slapped|punched|choked|strangled|shoved|pushed|kicked|shook|beat"
        r"|smacked|attacked|headbutted|bit|hurt|threatened|pinned|threw (?:\S+ ){1,3}?at|grabbed)"
        r" (?:my |our )?(?:(?:pregnant|little|baby|own|\d+ year old|teenage|infant|newborn) )?"
        r"(?:<PARTNER>|<KID>|her|him|them)\b",
        r"(?:put|laid|lay) (?:my )?hands (?:on|around) (?:her|him|my|them|his|their)\b",
        r"\b(?:i|i'?ve|i have|i had) (?:\S+ )?(?:threw|thrown|flung|tossed|hurled|slammed|shoved|pushed"
        r"|dragged|kicked) (?:my |our )?(?:\S+ )?(?:<PARTNER>|<KID>|her|him|them) (?:across|against|into"
        r"|onto|down|off|out of)\b",
        r"\b(?:slapped|punched|choked|strangled|shoved|kicked|shook|smacked|headbutted|pushed)"
        r" (?:my|our) (?:<PARTNER>|<KID>)\b",
        r"hands? (?:were |was |are |went |got |wrapped |ended up )?(?:around|round) (?:her|his|their"
        r"|my \w+'?s?) (?:throat|neck)",
        r"(?:punched|hit|kicked|smashed|slammed) (?:\S+ ){1,4}?(?:next to|beside|near|by|inches"
        r" from) (?:her|his|their|my \w+'?s?) (?:head|face)",
        r"(?:pulled|held|pointed) a (?:knife|gun) (?:on|at|to) (?:her|him|them|my)",
        r"(?:^|[.!?,;] )(?:hit|slapped|punched|shook|kicked|smacked|choked|shoved|strangled) (?:my |our )?"
        r"(?:<KID>|<PARTNER>|him|her)\b(?= (?:hard|so hard|again|last|yesterday|today|tonight|this"
        r" (?:morning|week)|across|until|till|in the (?:face|head|chest|stomach)))",
        after=_HARM_FIGURATIVE + r"|^\s*(?:so (?:much|badly) (?:when|by)|in (?:a|the) (?:game|match)"
        r"|when i (?:left|cheated|said|lied))",
    ),
    _rule(
        "harm.smother",
        H,
        # "I picture putting the pillow over his face" (a baby, a sleeping partner)
        r"(?:pillow|hand|blanket|cushion) over (?:his|her|their|the baby'?s?|my (?:son|daughter|baby"
        r"|kid)'?s?) (?:face|mouth|nose|head)",
        neg=False,
    ),
    # ---- being abused or threatened at home
    _rule(
        "abuse.violence",
        A,
        r"(?:beat|beats|beating|beaten) me up\b",
        r"<ABUSER>(?:'s|'d|'ve| has| had)? (?:\S+ ){0,3}?<ABUSEV> (?:me|at me)\b",
        r"(?:<ABUSER>|\b(?:wife|husband|girlfriend|boyfriend|gf|bf|partner))(?:'s| has| had)?"
        r" (?:\S+ ){0,2}?<ABUSEV> my (?:arms?|face|hands?|back|legs?|head|neck|chest|eye|nose|lip"
        r"|ribs?|skin)\b",
        r"(?:<ABUSER>|\b(?:wife|husband|girlfriend|boyfriend|gf|bf|partner))(?:'s| has| had)?"
        r" (?:\S+ ){0,2}?(?:tried|tries|trying|attempted|wanted) to (?:run me (?:over|down)|hit me with"
        r" (?:the|her|his|a) (?:car|truck)|push me (?:off|down|out)|drown me|suffocate me|smother me"
        r"|stab me|strangle me|choke me|kill me|poison me|burn me|shoot me)",
        r"(?:<ABUSER>|\b(?:wife|husband|girlfriend|boyfriend|gf|bf|partner))(?:'s| has| had)?"
        r" (?:\S+ ){0,2}?(?:broke|broken|fractured|cracked|bruised|split|dislocated|busted)"
        r" (?:\S+ ){0,2}?my (?:ribs?|nose|arm|jaw|wrist|fingers?|hand|lip|eye socket|cheekbone"
        r"|collarbone|tooth|teeth|skull)\b",
        r"\b<ABUSEV> me\b",
        r"(?:getting|being|been|get|got) (?:beaten|beat up|hit|abused|attacked|hurt|choked"
        r"|strangled|slapped|punched|kicked) (?:up )?(?:at home|by (?:her|him|them)\b)",
        r"(?:getting|got|get|been|being) (?:beaten|beat|hit|slapped|punched|kicked|choked"
        r"|strangled|attacked|abused|assaulted|battered) (?:up )?by (?:my|his|her|their|a|the)"
        r" (?:<PARTNER>|<FAMILY>|wife|husband)",
        after=r"^\s*(?:up|back|out|away|to (?:it|the)|at \w+|emotionally|so (?:much|badly|deeply)"
        r"|in (?:the|a|every) (?:game|race|argument)|with (?:a |the )?(?:text|message|news|truth"
        r"|question|request|bill|line|joke|guilt|silent treatment|cold shoulder|accusations"
        r"|questions|criticism)|when (?:she|he) (?:left|cheated|said)|hard|hardest|harder|like a"
        r"|out of nowhere|in waves|playfully|jokingly|as a joke|by accident|accidentally|off)",
        before=_INANIMATE,
        text=_CHILDHOOD + _PLAY + "|" + _SPORT,
    ),
    _rule(
        "abuse.threat",
        A,
        r"<ABUSER>(?:'s|'d|'ve| has| had)?(?: \S+){0,3}?(?: threaten(?:s|ed|ing)?| said (?:she|he"
        r"|they)(?:'d| would| will"
        r"|'ll)| says (?:she|he|they)(?:'ll| will|'d| would)| swore (?:she|he)(?:'d| would)"
        r"| (?:is|'s) going to|'s gonna| is gonna| will|'ll|'d| tried to| tries to| wants to)"
        r" (?:to )?(?:(?:kill|hurt|stab|shoot|beat|harm|strangle|choke|burn|poison|smother|drown"
        r"|bury|end) (?:me|us|the kids|our (?:kids|son|daughter|baby)|my (?:kids|son|daughter|dog"
        r"|cat|family|mom|mum|dad))|make (?:me|us) disappear|get rid of me|have me (?:killed|hurt"
        r"|beaten|dealt with))\b",
        r"threaten(?:s|ed|ing)? (?:me|us|the kids) with (?:a |the |his |her |their )?(?:\w+ )?(?:knife"
        r"|gun|weapon|bat|hammer|machete|shotgun|rifle|pistol|axe|blade|crowbar)|came at me with"
        r" (?:a |the )?(?:\w+ )?(?:knife|gun|weapon|bat|hammer|shotgun|rifle|pistol|axe|blade)"
        r"|(?:pulled|held|pointed|waved) (?:a|the|his|her) (?:\w+ )?(?:knife|gun|shotgun|rifle"
        r"|pistol|blade) (?:on|at|to|in front of) (?:me|my face|my head)",
        r"<ABUSER> (?:\S+ ){0,2}?threaten(?:s|ed|ing)? me\b(?! with (?:court|divorce|a lawyer"
        r"|lawyers|custody|legal|leaving|a breakup))",
        r"threaten(?:s|ed|ing)? (?:to (?:kill|hurt|harm|cut) <THEMSELF>|suicide) (?:if|when"
        r"|unless|whenever|every)",
        r"(?:burn|set fire to|torch) (?:\S+ ){0,3}?with (?:me|us|the kids|my \w+) (?:in|inside)",
        # a weapon kept "for me", poison in my food
        r"(?:says|said|swore|swears|threaten\w*) (?:that )?(?:he|she|they)(?:'ll| will|'d| would)"
        r" use (?:it|them|the \w+) (?:on me|if i|when i)",
        r"(?:knife|knives|gun|blade|bat|hammer|scissors)\b[^.!?]{0,60}\b(?:(?:it'?s|its|is|they'?re"
        r"|that'?s|was) for me\b|for me if|use (?:it|them) on me)",
        r"(?:put|putting|slip|slipping|add|adding|mix|mixing) (?:something|stuff|poison|bleach|rat"
        r" poison|pills|drugs|antifreeze) (?:in|into) my (?:food|drink|coffee|tea|meals?|water"
        r"|dinner|lunch|beer)|poison(?:ing)? (?:me|my (?:food|drink|coffee|dinner))\b",
        after=r"^\s*(?:when (?:she|he|they) (?:sees?|hears?|finds? out about) (?:the|my|this|how"
        r"|what i (?:spent|bought|paid))|for (?:being late|forgetting|buying|spending)"
        r"|if i'?m late|if i (?:turn up|show up|come|am|get there|get home) late|if i (?:forget|spoil)"
        r"|lol|haha)|^.{0,50}\b(?:i forgot|forgot to|i'?m late|running late|be late"
        r"|i spent|i bought|i broke her|i lost (?:the|her|his)|the bill|the dishes|anniversary"
        r"|birthday|haircut|lol|haha|jk|i posted|pics|photos|pictures|the car|dented|scratched"
        r"|the score|the game|(?:his|her|their) (?:room|stuff|clothes|lego|toys)|i (?:left|forgot|lost"
        r"|missed|broke|spent|bought|dented|scratched|burned|burnt|ate|drank|skipped|sold|shrank"
        r"|washed|locked) (?:\S+ ){0,3}?(?:lunch\w*|keys|bill|dishes|car|lights|milk|oven|stove"
        r"|laundry|groceries|dog|receipt|card|cake|present|gift|phone|wallet|remote|beer|wine|pizza"
        r"|tv|cash|paycheck|tickets?|reservation|appointment|pickup|dry cleaning))\b",
    ),
    _rule(
        "abuse.fear",
        A,
        r"<FEAR> (?:of|to be around|to be alone with|to go home to) (?:him|her|my (?:<PARTNER>"
        r"|<FAMILY>))\b",
        r"<FEAR> (?:to (?:go|come|get) (?:back )?home|of going home|to sleep (?:at home|in the"
        r" house))|fear(?:ing|ed)? for my (?:life|safety)|my life is in danger",
        after=r"^\s*(?:'?s? (?:reaction|opinion|judg\w*|feelings|family|friends|response|temper|anger"
        r"|moods?|drinking|yelling|criticism|disappointment|words|silence)"
        r"|leaving|finding out|seeing|judging|thinking|breaking|cheating|being|losing|getting"
        r"|not|will|would|might|and (?:face|tell|admit|explain)|after (?:what|i|the))",
        text=_CHILDHOOD,
    ),
    _rule(
        "abuse.not_safe",
        A,
        r"(?:not|\w+n'?t|never|no longer) (?:feel |feeling )?(?:safe|secure) (?:for me )?(?:at home"
        r"|in (?:my|our"
        r"|the) (?:own )?(?:home|house|flat|apartment|bedroom)|with (?:her|him|my (?:<PARTNER>"
        r"|<FAMILY>))|around (?:her|him|my \w+)|living (?:here|there|with)|going home|here)",
        r"home (?:isn'?t|is not|doesn'?t feel|does not feel|never feels|is no longer) safe"
        r"|unsafe at home",
        neg=False,
        after=r"^\s*(?:emotionally|to (?:share|open|be vulnerable|talk|express|cry))",
        text=r"emotionally (?:un)?safe|safe emotionally|safe to (?:share|open up|be vulnerable)",
    ),
    _rule(
        "abuse.control",
        A,
        r"(?:won'?t|doesn'?t|does not|will not|wont) let me (?:leave|go out|out of the house"
        r"|have (?:my )?(?:phone|money|keys|car))",
        r"(?:locks?|locked|locking) me (?:in\b|inside|in (?:the|a) (?:room|house|basement"
        r"|bathroom))",
        r"<ABUSER> (?:\S+ ){0,2}?(?:took|takes|hid|hides) (?:away )?my (?:phone|keys|car keys"
        r"|passport|wallet|medication|meds)",
        r"<ABUSER> (?:(?!never|not|n'?t|doesn'?t|don'?t|won'?t)\S+ ){0,2}?(?:gets?|is|'s|becomes?"
        r"|has been|can be|turns|keeps getting|got|getting) (?:really |so |very |physically |more"
        r" |increasingly )?(?:violent|abusive|physical with me|rough with me|physical\b(?! (?:therapy"
        r"|therapist|exam|activity|health|education|job|work|with (?:the|a|our|my) (?:kids|dog))))",
        r"<ABUSER> (?:\S+ ){0,2}?(?:throws|threw|throwing|hurls|smashes|smashed|smashing) (?:things|stuff"
        r"|plates|dishes|glasses|furniture|objects|chairs|whatever)\b",
        r"(?:pours?|poured|pouring|dumps?|dumped|throws?|threw) (?:\S+ )?(?:hot|boiling|scalding"
        r"|burning) (?:\S+ )?(?:on|over|at) (?:me|my)\b",
        r"(?:throws?|threw|throwing|hurls?|hurled|chucks?|chucked) (?!(?:insults|words|accusations"
        r"|shade|tantrums?|a (?:fit|tantrum)|curveballs?|questions|attitude|compliments|the blame"
        r"|(?:a )?pillows?|snowballs?|water balloons?|confetti|(?:a |the )?ball|nerf|paper|popcorn"
        r"|(?:a )?socks?|(?:a )?looks?|glances|kisses|money|cash|(?:a )?party|a bone|a curve)"
        r"\b)(?:\S+ ){1,3}?at (?:me|my (?:head|face|chest|back|body))\b",
        r"(?:left|leaves|gave me|giving me|covered in|hide|hiding) (?:\S+ ){0,2}?(?:bruises"
        r"|marks on me|a black eye|black eyes|a split lip)",
        text=_CHILDHOOD + _PLAY,
    ),
    _rule(
        "abuse.sexual",
        A,
        r"(?:raped|rapes|raping|sexually (?:assaulted|assaults|abused|abuses)|molest\w*) me\b"
        r"|(?:forces?|forced|forcing|makes?|made|pressures?|pressured) me (?:\S+ )?(?:to )?(?:have"
        r" sex|into sex|sleep with (?:her|him)|do sexual)|(?:was|been|got|getting|being) (?:raped"
        r"|sexually assaulted|sexually abused)",
        neg=False,
        text=_CHILDHOOD + r"|years ago",
    ),
    _rule(
        "abuse.hiding",
        A,
        # hiding from someone at home, or afraid they will come after me
        r"hiding (?:from (?:him|her|them|my \w+)|in (?:the|my|our) (?:closet|bathroom|bedroom|car"
        r"|basement|garage|attic|wardrobe))",
        r"<FEAR> (?:that )?(?:he|she|they)(?:'ll| will|'s going to| is going to|'s gonna| might"
        r"|'d| would) (?:come after|find|hurt|kill|hit|beat|get to|come for) me\b",
        r"(?:he|she|they)(?:'s| is| are|'re) (?:\S+ )?(?:looking for|coming for|coming after) me\b",
        neg=False,
        also=r"\b(?:he|she|they|his|her|drunk|angry|raging|screaming|yelling|door|knife|gun)\b",
        text=r"hide and seek|hide-and-seek|\b(?:game|kids are playing|surprise party|nerf)\b",
    ),
    _rule(
        "abuse.cover_up",
        A,
        # the lies that hide injuries: "told the ER I fell"
        r"told (?:\S+ ){0,3}?(?:that )?i (?:fell|tripped|slipped|walked into|ran into|bumped into"
        r"|fell down|fell over|fell off)",
        r"(?:hide|hiding|hid|cover|covering|covered|cover up) (?:the |my |it |them )?(?:bruises"
        r"|marks|burns?|scratches|bites?|cuts|scars|black eye|injur\w*)\b",
        neg=False,
        also=r"\b(?:she|he|her|him|my (?:<PARTNER>)|they)\b",
        text=_CHILDHOOD + r"|\b(?:i|i'?ve been) (?:cut|cutting|burn\w*|hurt\w*|harm\w*) <MYSELF>",
    ),
    _rule(
        "abuse.named",
        A,
        r"abusive (?:relationship|marriage|partner|wife|husband|girlfriend|boyfriend|home"
        r"|household)|domestic (?:violence|abuse)",
        neg=False,
        before=r"(?:was|were|used to be|left|escaped|got out of|after|survived|grew up in|from)"
        r" (?:\S+ ){0,2}$|\b(?:guide|article|paper|essay|class|course|research|statistics|stats"
        r"|book|chapter|section|info|information|resources?|anything|something|documentary"
        r"|podcast) (?:on|about|for|regarding|covering|that covers) (?:\S+ ){0,2}$",
        text=_CHILDHOOD + r"|years ago|in the past|" + _CARE_WORK,
    ),
    _rule(
        "abuse.burned",
        A,
        r"<ABUSER>(?:'s| has| had)? (?:\S+ ){0,2}?(?:burnt|burned|scalded|branded) me\b",
        r"(?:burnt|burned|scalded) me (?:with|on) (?:the|an?|her|his|a hot) (?:iron|kettle|pan"
        r"|cigarette|lighter|stove|hob|oven|water|tea|coffee)",
    ),
    _rule(
        "abuse.deprived",
        A,
        # kept from food, sleep or a doctor; locked out in the cold as a punishment
        r"(?:won'?t|doesn'?t|does not|will not|wont|didn'?t) let me (?:eat|sleep|see (?:my|a)"
        r" (?:doctor|friends|mates|family|kids))\b",
        r"(?:locks?|locked|locking|lock) me out(?: of the house)?(?: \S+){0,3}? (?:in the cold|all"
        r" night|overnight|for hours|in the rain|in the snow|in my (?:boxers|pants|underwear))",
    ),
    # ---- other languages (accents folded by normalise): es, fr, de, pt, it; nl, pl; sv, da,
    # nb, tr, cs, ro. One string per language (or group of neighbouring languages), in that
    # order, in each rule, and some strings for a phrasing in all of them; the fragments are
    # above RULES (_INTL_*). Emergencies first, as in English. The classifier does not read these
    # languages, so the rules carry the screen alone: write the vocabulary of danger, never a
    # copy of a development sentence (evals/safety/multilingual*.yaml), and check the negatives.
    _rule(
        "intl.emergency",
        E,
        # pills taken by the handful or the box, poison drunk, blood that won't stop, someone
        # who doesn't breathe or wake, chest pain and a numb arm
        r"sobredosis|no respira|no responde\b(?! (?:\S+ )?(?:mensajes|mis|los|las|whats\w*|llamadas"
        r"|el telefono|al telefono))|no despierta|(?:tomo|se tomo) (?:muchas|todas las|un"
        r" frasco)|me duele el pecho\b(?![^.!?]{0,40}\b(?:tos|toser|tosiendo|gimnasio|gym|entreno"
        r"|correr)\b)|ataque al corazon|ambulancia",
        r"(?:tome|trague|tomo|trago|tomado|tragado|tomarme|tragarme|meti|metido) (?:todas las|todos"
        r" los|todo el|toda la|un frasco"
        r"|una caja|un blister|un monton de|muchas|muchisimas|demasiadas|un punado de|(?:un|el) bote"
        r"|(?:un|el) frasco entero|la caja entera|(?:como |unas"
        r" |unos |casi |mas de )?(?:\d\d+|veinte|treinta|cuarenta|cincuenta))\b(?: \S+){0,3}?"
        r" (?:<IPILLS>|frasco|caja|blister)\b|no reacciona|(?:esta|quedo) inconsciente",
        r"no (?:para|deja) de sangrar|sangra (?:mucho|muchisimo|un monton|sin parar)|(?:pierde"
        r"|perdiendo|he perdido) mucha sangre|(?:dolor|presion|opresion) (?:\S+ )?(?:en el|del) pecho"
        r"|(?:se le|se me) (?:duerme|esta durmiendo|adormece) el brazo|sangrando (?:mucho|muchisimo)"
        r"|brazo (?:izquierdo )?(?:dormido|entumecido|adormecido)|(?:tomo|tome|bebi|bebio|trago"
        r"|trague) (?:\S+ ){0,2}?(?:lejia|cloro|veneno|matarratas|insecticida|anticongelante|detergente"
        r"|productos? de limpieza|desatascador|pilas?)\b"
        r"|me (?:corte|he cortado) (?:muy |demasiado )?(?:profundo|hondo)",
        r"surdose|ne respire (?:plus|pas)|ne se reveille pas|douleur (?:a|dans) la poitrine"
        r"|crise cardiaque",
        r"(?:avale|avalee|pris|prise) (?:toute la|toute une|toutes les|tous les|tous mes|toutes mes"
        r"|une boite|la boite|la plaquette|une plaquette|un tube|un flacon|plein de|trop de|(?:genre"
        r" |environ |presque |plus de )?(?:\d\d+|vingt|trente|quarante|cinquante))(?: \S+){0,3}?"
        r" (?:<IPILLS>|boite|plaquette|flacon|tube)\b"
        r"|(?:il|elle|mon \w+|ma \w+|le bebe) (?:ne )?respire (?:plus|pas|presque plus|mal)\b"
        r"|(?:est|il est|elle est) inconsciente?|ne reagit (?:plus|pas)|(?:il|elle) (?:ne )?repond plus\b(?!"
        r" (?:a|au|aux|sur|par)\b)(?!.{0,30}\b(?:messages?|sms|textos?|appels?|telephone))",
        r"(?:ca|il|elle|je) saigne (?:beaucoup|enormement|abondamment|sans arret|trop|a flots)"
        r"|(?:s'arrete|arrete) pas de saigner|(?:perdu|perd|perds) (?:beaucoup|enormement) de sang"
        r"|(?:mal|douleur|oppression|serrement) (?:a|dans|sur) la poitrine|bras (?:gauche )?(?:tout"
        r" )?(?:engourdi|paralyse|insensible)|(?:bu|avale|avalee) (?:\S+ ){0,2}?(?:javel|poison"
        r"|mort aux rats|antigel|insecticide|destop|produits? menagers?|lessive|capsules? de lessive"
        r"|piles?)\b|coupe trop profond",
        r"uberdosis|ueberdosis|atmet nicht|wacht nicht (?:mehr )?auf|brustschmerzen|herzinfarkt"
        r"|krankenwagen|notarzt|reagiert (?:gar |einfach )?nicht(?: mehr)?\b(?! (?:mehr )?auf)",
        r"ganze (?:packung|schachtel|dose|flasche|blister)(?: \S+){0,3} (?:genommen|geschluckt"
        r"|eingeworfen|reingehauen)|alle (?:meine |die |seine |ihre )?<IPILLS>(?: \S+){0,2}"
        r" (?:genommen|geschluckt|eingeworfen)|(?:\d\d+|zwanzig|dreissig|vierzig|funfzig) <IPILLS>"
        r" (?:\S+ ){0,2}?(?:genommen|geschluckt|eingeworfen)|bewusstlos|reagiert nicht mehr",
        r"blut hort nicht auf|(?:hort|horen) nicht auf zu bluten|blutet (?:sehr |total |extrem )?(?:stark"
        r"|wie verruckt|ohne ende|heftig|immer noch)|(?:verliert|verliere) (?:sehr |so )?viel blut"
        r"|zu tief geschnitten|(?:schmerzen|stechen|druck|engegefuhl) (?:in|auf) der brust|(?:linker"
        r" )?arm (?:ist |wird |fuhlt sich )?(?:ganz )?(?:taub|gefuhllos)|(?:rattengift|bleiche"
        r"|bleichmittel|chlorreiniger|abflussreiniger|frostschutz\w*) (?:\S+ )?(?:getrunken"
        r"|geschluckt|genommen)",
        r"nao (?:esta )?respira|nao acorda|dor no peito|ataque cardiaco|tomou muitos comprimidos",
        r"(?:tomei|tomou|engoli|engoliu) (?:uma cartela|a cartela|todos os|todas as|o frasco|um frasco"
        r"|a caixa|uma caixa|um monte de|varios|varias|muitos|muitas|(?:uns |umas |tipo |quase |mais"
        r" de )?(?:\d\d+|vinte|trinta|quarenta|cinquenta))\b(?: \S+){0,3}? ?(?:<IPILLS>|cartela"
        r"|frasco|caixa|inteira)\b|desmaiad[oa]|desacordad[oa]|(?:ta|esta|ficou) inconsciente|nao"
        r" (?:reage|responde\b(?! (?:\S+ )?(?:mensage\w*|msg|whats\w*|zap|ligac\w*|minhas?|as|os)))",
        r"(?:nao para|nao parou|nao quer parar) de sangrar|sangrando (?:muito|demais|sem parar)"
        r"|(?:perdendo|perdi|perdeu) muito sangue|aperto no peito|braco (?:esquerdo )?(?:dormente"
        r"|formigando|adormecido)|(?:bebi|bebeu|tomei|tomou|engoli) (?:\S+ ){0,2}?(?:agua sanitaria"
        r"|veneno|chumbinho|soda caustica|raticida)\b",
        r"(?:ho|ha) (?:preso|ingoiato|mandato giu) (?:tutta la|tutte le|tutto il|tutti i|una scatola"
        r"|la scatola|un flacone|il flacone|un sacco di|un mucchio di|troppe|troppi|(?:circa |tipo"
        r" |quasi |piu di )?(?:\d\d+|venti|trenta|quaranta|cinquanta))(?: \S+){0,3}?"
        r" (?:<IPILLS>|scatola|flacone|boccetta)\b"
        r"|non respira|non si sveglia|(?:e|sta) (?:svenut[oa]|incosciente|priv[oa] di sensi)"
        r"|non (?:reagisce|risponde)\b(?! (?:\S+ )?(?:messaggi|ai|al|alle))|dolore al petto|infarto"
        r"|ambulanza",
        r"(?:non smette|non si ferma) di sanguinare|sanguinando (?:tanto|molto|tantissimo"
        r"|parecchio)|sanguina (?:tanto|molto|tantissimo|troppo"
        r"|parecchio)|(?:perde|perdo|ho perso) (?:tanto|molto) sangue|(?:peso|oppressione|fitta)"
        r" (?:al|sul|nel) petto|braccio (?:sinistro )?(?:intorpidito|addormentato|formicola)"
        r"|(?:bevuto|ingoiato) (?:\S+ ){0,2}?(?:candeggina|varechina|veleno|topicida)\b",
        r"overdosis|(?:een |de |het )?(?:hele|volle|complete|gehele) (?:strip|strips|doos|doosje|pot"
        r"|potje|verpakking|fles|flesje|pak|pakje|doordrukstrip) (?:\S+ ){0,4}?(?:genomen|ingenomen"
        r"|geslikt|opgeslikt|opgegeten|leeggegeten|leeggeslikt)|(?:alle|al (?:mijn|m'n|de)"
        r"|(?:ongeveer |zo'?n |bijna |meer"
        r" dan |wel )?\d\d+) (?:\S+ )?<IPILLS> (?:\S+ ){0,3}?(?:genomen|ingenomen|geslikt"
        r"|opgeslikt)|reageert (?:\S+ )?niet\b(?! (?:op|meer op|goed)\b)"
        r"|ademt (?:bijna )?niet(?: meer)?\b(?! (?:goed|lekker|door))|ademt (?:heel |erg |nog"
        r" maar )?(?:zwak|moeilijk|oppervlakkig|nauwelijks)|bloed(?:t)? als een (?:rund|gek"
        r"|varken)|reageert (?:nergens"
        r" op|niet meer)\b|is (?:\S+ )?bewusteloos|buiten bewustzijn|(?:krijg|krijgen) (?:hem|haar)"
        r" niet (?:meer )?wakker",
        r"(?:bloedt|bloed) (?:heel |enorm |ontzettend |echt )?(?:erg|veel|hard|hevig|flink)\b|(?:bloed"
        r"|bloeden) (?:stopt|houdt) niet(?: op)?|stopt niet met bloeden|(?:verlies|verliest) (?:heel"
        r" )?veel bloed|(?:pijn|druk|steken|drukkend gevoel|beklemmend gevoel|benauwd gevoel) (?:op|in"
        r"|aan) (?:de|mijn|m'n|zijn|z'n|haar) borst|(?:linker ?)?arm (?:voelt |is |wordt )?(?:helemaal"
        r" )?(?:verdoofd|gevoelloos|doof)|arm tintelt|tintelende arm|hartaanval|hartinfarct"
        r"|(?:wordt|word) niet (?:meer )?wakker\b(?! van)|flauwgevallen en (?:\S+ ){0,2}?(?:reageert"
        r"|wordt|ademt)"
        r"|(?:bleek|bleekmiddel|gootsteenontstopper|rattengif|antivries) (?:\S+ )?(?:gedronken"
        r"|ingenomen|geslikt)",
        r"(?:polknalem|polknelam|polknal|polknela|lyknalem|lyknelam|lyknal|lyknela|wzialem|wzielam"
        r"|wzial|wziela|zazylem|zazylam|zazyl|zazyla|zjadlem|zjadlam|lyknal) (?:\S+ ){0,2}?(?:cale"
        r"|cala|calo|wszystkie|wszystko|opakowanie|paczke|listek|garsc|(?:ze |okolo |chyba |jakies"
        r" |prawie |ponad )?\d\d+|kilkanascie|kilkadziesiat|dwadziescia|trzydziesci|czterdziesci"
        r"|piecdziesiat)\b(?: \S+){0,3}? ?(?:<IPILLS>|opakowani\w*|paczk\w*|listk\w*|tabl\w*)\b"
        r"|przedawkowa\w*|nie oddycha|nie reaguje\b(?! na (?:\S+ )?(?:wiadomosc\w*|sms\w*|telefon\w*"
        r"|maile|moje|prosb\w*))|nieprzytomn\w*|(?:stracil|stracila|stracilem) przytomnosc|nie moge"
        r" (?:go|jej) (?:dobudzic|obudzic|docucic)",
        r"krew (?:nie przestaje|ciagle leci|caly czas leci|leje sie|tryska)|nie (?:moge|da sie)"
        r" zatamowac|krwawi (?:mocno|bardzo|strasznie|caly czas|i nie przestaje)|(?:bardzo|mocno"
        r"|strasznie) krwawi\w*|krwawie (?:mocno"
        r"|bardzo|strasznie)|(?:bol|boli mnie|kluje|ucisk|gniecie) (?:\S+ )?(?:w klatce|klatka)"
        r"|(?:dretwieje|zdretwiala|dretwiala|dretwi) (?:mi )?(?:lewa )?(?:reka|ramie)|(?:chyba mam"
        r"|mam|ma|dostal|dostala) zawal\w*|(?:wypilem|wypilam|wypil|wypila) (?:\S+ ){0,2}?(?:wybielacz"
        r"|trutk\w*|trucizn\w*|domestos|kreta)\b",
        r"(?:tagit|tog|svalt|svalde|atit|kakat) (?:\S+ ){0,2}?(?:en hel (?:karta|burk|ask|forpackning"
        r"|flaska)|hela (?:kartan|burken|asken|forpackningen|flaskan)|alla (?:mina |sina |hans "
        r"|hennes )?|(?:en )?massa"
        r"|(?:typ |ca"
        r" |runt |nastan |over )?\d\d+)\b(?: \S+){0,3}? ?(?:<IPILLS>|kart\w*|burk\w*|ask\w*)\b"
        r"|andas (?:inte|knappt)(?: langre)?\b(?! (?:genom|ordentligt))|reagerar inte\b(?! pa)"
        r"|medvetslos|gar inte att vacka|bloder (?:mycket|kraftigt|som fan|jattemycket|ihjal)"
        r"|blodet slutar inte|slutar inte bloda|(?:ont|smarta|smartor|tryck) i brostet|brostsmart\w*"
        r"|domnar i (?:vanster )?arm\w*|hjartattack|hjartinfarkt|(?:druckit|svalt) (?:\S+ ){0,2}?"
        r"(?:klorin|rattgift|frostskyddsvatska)\b",
        r"(?:taget|tog|slugt|slugte|spist|spiste) (?:\S+ ){0,2}?(?:en hel (?:pakke|plade|ask|flaske"
        r"|boks)|hele (?:pakken|pladen|asken|flasken|glasset)|alle (?:mine |sine |hans |hendes )?"
        r"|(?:omkring |ca |naesten"
        r" |over )?\d\d+|(?:en )?masse|masser af|mange)\b(?: \S+){0,3}? ?(?:<IPILLS>|pakke\w*"
        r"|plade\w*|ask\w*)\b|traekker ikke"
        r" vejret|reagerer ikke\b(?! pa)|bevidstlos|kan ikke vaekke (?:ham|hende)|bloder (?:meget"
        r"|voldsomt|kraftigt|helt vildt)|blodet stopper ikke|holder ikke op med at blode|(?:ondt"
        r"|smerter|trykken) i brystet|brystsmerter|hjerteanfald|blodprop i hjertet|(?:drukket"
        r"|slugt) (?:\S+ ){0,2}?(?:klorin|rottegift|frostvaeske)\b",
        r"(?:tatt|tok|svelget|svelgde|spist|spiste) (?:\S+ ){0,2}?(?:en hel (?:pakke|eske|boks"
        r"|flaske|brett|plate)|hele (?:pakken|esken|boksen|flaska|brettet)|alle (?:mine |sine "
        r"|hans |hennes )?|(?:rundt"
        r" |ca |nesten |over )?\d\d+|(?:en )?(?:masse|haug med)"
        r"|mange)\b(?: \S+){0,3}? ?(?:<IPILLS>|pakke\w*|esk\w*|brett\w*)\b"
        r"|puster (?:ikke|nesten ikke)(?: lenger)?\b(?! (?:gjennom|ordentlig))|bevisstlos|far ikke"
        r" liv i|blor (?:mye|kraftig|voldsomt|masse)|blodet stopper ikke|slutter ikke a blo|(?:vondt"
        r"|smerter|trykk) i brystet|hjerteinfarkt|hjerteattakk|(?:drukket|svelget) (?:\S+ ){0,2}?"
        r"(?:klor|rottegift|frostvaeske)\b",
        r"(?:\d\d+|yirmi|otuz|kirk|elli|bir avuc|butun|tum|bir kutu|bir paket|bir serit|bir sise"
        r"|cok|bir suru|fazla|biriktirdigim|sakladigim)"
        r" (?:tane )?(?:\S+ ){0,2}?(?:<IPILLS>|kutu|paket)\w* (?:\S+ ){0,2}?(?:ictim|icti|yuttum"
        r"|yuttu|aldim|yedim)\b|haplarin hepsini|asiri doz|nefes almiyor|tepki vermiyor|bilinci"
        r" (?:yok|kapali|gitti|kapandi)|ayilmiyor|(?:kan|kanama) durmuyor|(?:cok|fazla) kan kaybed\w*"
        r"|(?:gogsum|gogsumde|gogus|gogsu|gogsunde) (?:\S+ )?(?:agri\w*|sikisma\w*|sanci\w*)"
        r"|kolum (?:\S+ )?(?:uyus\w*"
        r"|hissizles\w*)|kalp kriz\w*|uyanmiyor|(?:camasir suyu|zehir|fare zehiri|antifriz) ictim",
        r"(?:spolkl|spolkla|snedl|snedla|vzal|vzala|zobal|zobala)(?: jsem| sem)? (?:\S+ ){0,2}?(?:cel"
        r"[eyaou]\w*|vsechny|vsechno|(?:asi |skoro |pres |kolem )?\d\d+|hrst)\b(?: \S+){0,3}?"
        r" ?(?:<IPILLS>|baleni|krabick\w*|plat\w*)\b|predavkova\w*|nedycha|nereaguje\b(?! na)"
        r"|bezvedomi|nemuzu (?:ho|ji) probudit|krvac\w* (?:hodne|moc|silne|porad|a neprestava)|krev"
        r" (?:neprestava|nejde zastavit|porad tece)|nemuzu zastavit krvaceni|bolest (?:na|v) hrudi"
        r"|(?:boli|picha) me na hrudi|(?:brni|necitim|znecitlivela) (?:me )?(?:levou |leva )?ruk\w*"
        r"|(?:mam|ma|asi) infarkt|(?:vypil|vypila|spolkl|spolkla) (?:\S+ ){0,2}?(?:savo|jed na krysy"
        r"|nemrznouc\w*)\b",
        r"(?:am luat|am inghitit|a luat|a inghitit) (?:\S+ ){0,2}?(?:toate|tot|toata|o cutie|cutia|un"
        r" flacon|flaconul|o folie|folia|un pumn|o gramada|(?:vreo |peste |aproape |cam )?\d\d+"
        r"|douazeci|treizeci|patruzeci|cincizeci)\b(?: \S+){0,3}? ?(?:<IPILLS>|cutie|cutia"
        r"|flacon\w*|foli\w*)\b|supradoz\w*|nu (?:mai )?respira|nu (?:mai )?reactioneaza|(?:e|este"
        r"|zace|a cazut) (?:\S+ )?(?:inconstient\w*|lesinat\w*)|nu (?:se mai|il pot|o pot) trez\w*"
        r"|sangere(?:z|aza) (?:tare|mult|abundent|intruna)|nu se opreste (?:sangele|din sangerat"
        r"|sangerarea)|(?:durere|dureri|apasare|junghi) (?:in|de|la) piept|ma doare (?:tare )?pieptul"
        r"|amort\w* (?:mana|bratul)|(?:am|are|face) (?:un )?infarct|(?:am baut|a baut) (?:\S+ ){0,2}?"
        r"(?:clor|otrava|antigel|soda caustica)\b",
        # a seizure, blue lips, no air, a stroke, in any of the languages
        r"(?:esta convulsionando|tiene convulsiones|convulsiona|crise d'epilepsie|convulse|krampfanfall"
        r"|krampft|convulsao|convulsionando|convulsioni|stuipen|epileptische aanval|drgawki|ma atak"
        r" padaczki|kramper|krampeanfall|kramperi|nobet geciriyor|kreci se|krece|convulsii)\b"
        r"|(?:labios|levres|lippen|labbra|usta|lappar|laeber|lepper|dudaklari|rty|buzele) (?:\S+ )?"
        r"(?:morad[oa]s|azules|bleues|blau\w*|roxos|blu|blauw\w*|sine|sinieja|bla|blaa|mor|modr\w*"
        r"|vinete)|(?:no (?:puede|puedo)|(?:il|elle|je) n'arrive (?:plus|pas) a|nao (?:consigo|consegue)"
        r"|non riesce a|nie (?:moze|moge)|nu (?:poate|pot)) (?:respirar|respirer|respirare|oddychac"
        r"|respira)\b(?! (?:cuando|quand|quando|kiedy|jak|cand|bien|bem|bene)\b)|(?:kann|kriegt|bekommt)"
        r" (?:kaum|keine) luft|(?:kan|kon) (?:bijna )?niet (?:meer )?ademen|krijgt geen lucht|(?:kan"
        r" inte|kan ikke) (?:andas|traekke vejret|puste)|far ingen luft|nefes alamiyor\w*|nemuz(?:e|u)"
        r" dychat|(?:esta dando|da|dio) un (?:infarto|derrame|ictus)|fait un avc|(?:hat|hatte gerade)"
        r" einen schlaganfall|(?:esta tendo|teve) um avc|(?:ha|sta avendo) un ictus|heeft een"
        r" beroerte|ma udar|har (?:en stroke|ett slaganfall|et slagtilfaelde|hjerneslag)|felc"
        r" geciriyor|ma mrtvici|face un avc",
        # too many pills, and a verb of taking, in any of the languages: "ik heb te veel pillen
        # genomen", "zu viele tabletten geschluckt", "wzialem za duzo lekow", "prea multe pastile"
        r"(?:te veel|zu viele?|demasiad[oa]s|za duzo|za wiele|for manga|for mange|prea multe|prilis"
        r" (?:mnoho|moc)|cok fazla|trop de|troppe|troppi|muit[oa]s) (?:\S+ )?<IPILLS>\b(?=[^.!?]{0,30}"
        r"\b(?:genomen|geslikt|ingenomen|genommen|geschluckt|tomado|tragado|pris|avale|tomei|tomou"
        r"|engoli|preso|ingoiato|wzial\w*|polknal\w*|lyknal\w*|zazyl\w*|tagit|tog|svalt|taget|slugt"
        r"|tatt|tok|svelget|icti\w*|aldim|yuttum|spolkl\w*|vzal\w*|luat|inghitit)\b)|(?:genomen"
        r"|geslikt|genommen|geschluckt|tome|tomado|trague|pris|avale|tomei|tomou|engoli|preso|ingoiato"
        r"|wzial\w*|polknal\w*|lyknal\w*|zazyl\w*|tagit|tog|svalt|taget|tog|slugt|tatt|tok|svelget"
        r"|icti\w*|aldim|spolkl\w*|vzal\w*|am luat|am inghitit) (?:\S+ ){0,2}?(?:te veel|zu viele?"
        r"|demasiad[oa]s|za duzo|za wiele|for manga|for mange|prea multe|prilis (?:mnoho|moc)|cok"
        r" fazla|trop de|troppe|troppi) (?:\S+ )?<IPILLS>\b",
        # chest pain with a word between, an arm gone numb or not felt: "douleur enorme dans la
        # poitrine", "mi fa malissimo il petto", "mon bras gauche est engourdi", "non sento piu il
        # braccio sinistro" (not a cough, sport or an arm slept on)
        r"(?:(?:dolor|douleur|schmerz\w*|dolore|dor|pijn|bol|smarta|smerter?|bolest|durere) (?:\S+ )"
        r"{1,2}?(?:en el|dans la|a la|in der|no|al|nel|in (?:de|mijn|m'n)|op (?:de|mijn|m'n)|w|i|v|in)"
        r" (?:pecho|poitrine|brust|peito|petto|borst|klatce|brostet|brystet|hrudi|piept)|mi fa"
        r" (?:\S+ )?(?:male|malissimo) (?:il|al) petto|me duele (?:\S+ ){0,2}?el pecho|doi-?me (?:\S+ )?o"
        r" peito|(?:meine|die) brust tut (?:\S+ )?weh|ma doare (?:\S+ )?pieptul"
        r"|(?:bras gauche|brazo izquierdo|linke[rn]? arm|braco esquerdo|braccio sinistro|lewa reka"
        r"|lewe ramie|leva ruka|levou ruku|vanster arm|venstre arm|bratul stang|mana stanga)"
        r" (?:\S+ ){0,3}?(?:engourdi\w*|dormido|entumecido|adormecido|taub|gefuhllos|dormente"
        r"|formigando|intorpidito|addormentato|verdoofd|gevoelloos|doof|tintelt|zdretwial\w*"
        r"|dretwieje|domnar|bedovet|nummen|necitim|brni|amortit\w*|amorteste)|(?:no siento|je (?:ne )?sens"
        r" plus|nao sinto|non sento|nie czuje|necitim|nu (?:mai )?simt) (?:\S+ ){0,2}?(?:el brazo|mon"
        r" bras|o braco|il braccio|(?:lewej )?reki|(?:levou )?ruku|mana|bratul)|ich spure (?:meinen"
        r" )?(?:linken )?arm nicht|ik voel (?:mijn|m'n) (?:linker ?)?arm niet)\b(?![^.!?]{0,40}\b(?:tos"
        r"|toser|tosse|toss\w*|toux|husten|hoest\w*|kaszl\w*|gym|gimnasio|palestra|entreno|training"
        r"|allenamento|workout|sport\w*|dormi\w*|durmiendo|sleep|schlafen|slapen|spac)\b)",
        neg=False,
        text=_INTL_CARE_WORK,
    ),
    _rule(
        "intl.bleeding",
        E,
        # blood that spurts, in any of the languages: "het bloed spuit eruit", "la sangre sale a
        # chorros", "le sang gicle", "das blut spritzt", "o sangue esta a jorrar", "blodet sprutar"
        # (not in a film, nor told by a nurse at work)
        r"(?:sangre|sang|blut|sangue|bloed|krew|blodet|krev|sangele) (?:\S+ ){0,2}?(?:sale a"
        r" chorros|a chorros|brota|gicle|jaillit|spritzt|schiesst|a jorrar|jorra\w*|esguicha\w*"
        r"|schizza|zampilla|spuit|gutst|tryska|sika|sprutar|sprojter|spruter|strika|tasneste)\b"
        r"|(?:spritzt|schiesst|spuit|gutst|tryska|sprutar|spruter|sprojter|strika) (?:\S+ ){0,2}?(?:blut"
        r"|bloed|krew|blod|krev)\b|kan fiskir\w*",
        neg=False,
        text=_INTL_CARE_WORK + r"|" + _INTL_MEDIA,
    ),
    _rule(
        "intl.threat",
        A,
        # someone threatens to kill me, or tries to: "mi pareja amenazo con matarme", "er hat
        # gedroht mich umzubringen", "lui mi ha detto che mi ammazza", "hij zegt dat hij me
        # vermoordt als ik wegga", "powiedziala ze mnie zabije"; before intl.suicide, whose "mich
        # umzubringen" it would otherwise meet first
        r"(?:amenaz\w*|dijo que|dice que|jura que|juro que) (?:con )?(?:\S+ ){0,2}?(?:matarme|me"
        r" mata\w*|me va a matar|me iba a matar)|(?:quiere|intento|trato de) matarme|me (?:quiere"
        r"|intento|trato de) matar|amenazas? de muerte",
        r"(?:menace\w*|dit qu'(?:il|elle)|jure qu'(?:il|elle)) (?:de )?(?:\S+ ){0,2}?(?:me tuer|va me"
        r" tuer|me tuera\w*)|(?:il|elle) (?:veut|a essaye de|a tente de) me tuer|menaces? de mort"
        r"|menace de mort",
        r"(?:gedroht|droht|drohte|gesagt|sagt|geschworen)\b(?:,? \S+){0,4}?,? mich (?:umzubringen"
        r"|umbringen|umbringt|abzustechen|totzuschlagen|kaltzumachen|zu toten)|(?:er|sie|mein \w+"
        r"|meine \w+) (?:will|wollte) mich (?:umbringen|toten)|(?:hat|haben) (?:\S+ )?versucht,? mich"
        r" (?:umzubringen|zu toten)|morddrohung\w*|bringt mich um,? (?:wenn|falls) ich (?:gehe|ihn"
        r" verlasse|sie verlasse|es (?:jemandem|wem) sage)",
        r"(?:ameac\w*|disse que|diz que|jurou que) (?:de )?(?:\S+ ){0,2}?(?:me matar|vai me matar"
        r"|me mata\w*)|(?:ele|ela) (?:quer|tentou) me matar|ameac\w* de morte",
        r"(?:minacci\w*|ha detto che|dice che|giura che|ha giurato che) (?:di )?(?:\S+ ){0,2}?(?:mi"
        r" ammazz\w*|mi uccide\w*|ammazzarmi|uccidermi)|(?:vuole|ha cercato di|ha provato a)"
        r" (?:ammazzarmi|uccidermi)|mi vuole (?:ammazzare|uccidere)|minacce di morte",
        r"(?:zegt|zei|dreigt|dreigde|gedreigd|zweert|zwoer|schreeuwde|roept|riep)(?:,? \S+){0,4}?,?"
        r" (?:me|mij) (?:\S+ )?(?:vermoordt|vermoorden|te vermoorden|dood maakt|doodmaakt|dood te"
        r" maken|afmaakt|af te maken|iets aandoet|iets aan te doen|neersteekt|neerschiet)\b|(?:hij|zij"
        r"|ze) (?:wil|wilde|probeerde|heeft geprobeerd) (?:me|mij) (?:te )?(?:vermoorden|wurgen"
        r"|verstikken)|(?:met de dood bedreigd|doodsbedreiging\w*)",
        r"(?:grozi|grozil|grozila|powiedzial|powiedziala|mowi|mowil|mowila|krzyczal|krzyczala|krzyczy"
        r"|przysiegal|przysiegala)(?:,? \S+){0,4}?,? (?:ze|iz) (?:\S+ )?mnie (?:zabije|zatlucze|udusi"
        r"|zadzga|wykonczy|zajebie)|(?:chce|chcial|chciala|probowal|probowala) mnie (?:zabic|udusic"
        r"|zadzgac|zatluc)|grozi(?:l|la)? mi (?:smiercia|nozem|bronia|pistoletem)",
        r"(?:hotar|hotade|hotat|sa|sager|sagt|skrek|skriker)(?:,? \S+){0,4}?,? (?:att )?(?:han|hon)"
        r" (?:ska|kommer att|kommer) (?:doda|mörda|morda|sla ihjal) mig|hota(?:r|de|t)? (?:att|med att)"
        r" (?:doda|morda|sla ihjal) mig|hota(?:r|de|t)? mig med (?:kniv|pistol|vapen|yxa)|(?:han|hon)"
        r" (?:forsokte|vill|ville) (?:doda|strypa|morda) mig",
        r"tru(?:er|ede|et) med (?:at|a) (?:sla mig ihjel|draebe mig|sla meg i hjel|drepe meg|kvaele mig"
        r"|kvele meg)"
        r"|tru(?:er|ede|et) (?:mig|meg) med (?:en )?(?:kniv|pistol|vaben|vapen)|(?:sagde|siger|sa"
        r"|sier)(?:,? \S+){0,3}? at (?:han|hun) (?:vil|skal|kommer til a) (?:sla mig ihjel|draebe mig"
        r"|drepe meg|sla meg i hjel)|(?:han|hun) (?:provede|forsogte|provde|forsokte) at (?:kvaele"
        r"|draebe|sla) mig|(?:han|hun) (?:provde|forsokte) a (?:drepe|kvele) meg",
        r"beni (?:oldurecegini|olduru?rum|oldurmekle|oldurmeye|bogmaya|bicaklamakla)\w*|(?:bicakla|silahla"
        r"|olumle) tehdit (?:etti|ediyor)|(?:seni"
        r" )?olduru?rum (?:seni )?(?:dedi|diyor)|olumle tehdit\w*",
        r"(?:vyhrozuje|vyhrozoval|vyhrozovala|rekl|rekla|rika|krici|kricel|kricela)(?:,? \S+){0,4}?,?"
        r" ze me (?:zabije|uskrti|podrizne|zmlati)|(?:chtel|chtela|pokusil se|pokusila se|snazil se"
        r"|snazila se) me (?:zabit|uskrtit)|vyhrozuje mi (?:smrti|nozem|zbrani)",
        r"(?:a zis|zice|spune|a spus|m-a amenintat|ma ameninta|a amenintat|striga|a strigat|jura|a"
        r" jurat)(?:,? \S+){0,4}?,? ca (?:o sa |va )?ma (?:omoara|omoare|ucide|injunghie|strange de gat)"
        r"|m-a amenintat cu (?:moartea|cutitul|un cutit)|(?:a incercat|incearca|vrea) sa ma (?:omoare"
        r"|ucida|stranga de gat|sugrume)",
        neg=False,
        after=_INTL_WHEN_SHE_SEES + r"|^.{0,40}" + _INTL_LAUGH,
    ),
    _rule(
        "intl.suicide",
        S,
        r"(?:quiero|quisiera|ganas de|voy a|pienso en|pensando en) (?:morir|matarme|suicidarme"
        r"|quitarme la vida|desaparecer(?: para siempre)?)|me quiero (?:morir|matar|suicidar)",
        r"(?:ya )?no quiero (?:seguir )?(?:vivir|estar aqui|estar viv[oa]|existir|seguir viviendo"
        r"|seguir aqui)|no vale la pena vivir|ya no (?:puedo|aguanto) mas"
        + _INTL_NOT_LIFE
        + r"|no aguanto mas"
        + _INTL_NOT_LIFE
        + r"|(?:estarian|estaria|estan) mejor sin mi"
        r"|acabar con (?:todo|mi vida)|terminar con todo|hacerme dano|lastimarme|mi vida no tiene"
        r" sentido|me voy a (?:matar|suicidar|quitar la vida)|(?:quisiera|quiero) estar muert[oa]"
        r"|ojala (?:me muriera|estuviera muert[oa])|(?:pegarme|me pego|darme) un tiro|volarme la"
        r" cabeza|ahorcarme|me voy a ahorcar|no quiero vivir mas|desaparecer para siempre(?! de (?:las"
        r"|los|este|esta|ese|esa|el|la|mi)\b)|no (?:le )?veo (?:el )?sentido a (?:la vida|vivir|seguir"
        r" viviendo)|(?:acabo|acabare) con todo|quiero que todo (?:esto )?(?:termine|acabe|se acabe)"
        r"(?! (?:bien|pronto para|ya para)\b)",
        r"(?:veux|voudrais|envie de|vais|pense a)(?: juste| vraiment| seulement| plus que)?"
        r" (?:mourir|me suicider|me tuer|disparaitre|crever|me foutre en l'air|me pendre|me tirer"
        r" une balle|etre mort)"
        r"|(?:envie d'|veux |vais |voudrais |decide d'|pret a |prete a )en finir(?! avec (?:ce"
        r"|cette|le|les|mon|ma|mes|son)\b)"
        r"|mettre fin a (?:mes jours|ma vie)|(?:ne )?veux plus vivre|plus envie de vivre|marre de"
        r" vivre(?! (?:chez|avec|ici|dans|en|au|a|comme)\b)|mieux sans moi|n'en peux plus"
        + _INTL_NOT_LIFE
        + r"|me faire du mal|me scarifie"
        r"|pense au suicide|me flinguer|me faire sauter la cervelle|(?:veux|voudrais) (?:juste |seulement"
        r" )?que tout (?:s'arrete|se termine|finisse)(?! (?:bien|vite pour)\b)",
        r"(?:will|mochte|moechte|werde)(?: (?!nicht\b|nie\b|kein\w*)\S+){0,3} (?:nicht mehr leben"
        r"|sterben|tot sein|mich umbringen)|mich (?:umbringen|umzubringen|zu toten)|bringe? mich"
        r" (?:\S+ ){0,3}?um\b|mir das leben nehmen|lebensmu\w*|(?:will|kann|mag)(?: \S+)? nicht"
        r" mehr\b(?= ?[.!,;]|$| (?:und|ich|ehrlich|echt|wirklich|alles)\b)|ohne mich besser"
        r"|mich (?:selbst )?verletzen|ritze mich|keine lust"
        r" mehr (?:zu leben|auf (?:das )?leben)|(?:mag|kann) nicht mehr leben"
        r"|(?:heute nacht|heute abend|morgen|am wochenende) (?:mach|mache) ich schluss\b(?! (?:mit"
        r" (?:ihr|ihm|der|dem|meiner|deiner)|fur heute))|(?:mach|mache) ich (?:heute nacht|heute"
        r" abend|morgen|am wochenende) schluss\b|(?:meinem|dem) leben ein ende (?:setzen|machen)"
        r"|mich (?:\S+ ){0,3}?(?:erschiessen|erhangen|aufhangen|vergiften)\b|mich umbringe\b"
        r"|(?:hange|hang|erschiesse|erschiess) ich mich\b|ich (?:hang|hange) mich (?:\S+ )?auf\b"
        r"|(?:will|mochte|moechte),? dass (?:alles|es) (?:endlich )?aufhort\b|mir (?:eine"
        r"|die) kugel (?:geben|in den"
        r" kopf)|(?:mich|ich mich) (?:\S+ )?(?:aufhange|erhange|erschiesse)\b",
        r"(?:quero|queria|vou|penso em|pensando em|vontade de) (?:morrer|me matar|sumir|me suicidar"
        r"|tirar (?:a )?minha (?:propria )?vida|estar mort[oa]|me enforcar)|nao quero mais viver"
        r"|nao (?:aguento|consigo) mais" + _INTL_NOT_LIFE + r"|melhor sem mim"
        r"|acab(?:ar|o|arei) com (?:tudo|a minha vida|minha vida)|me (?:cortar|machucar)|sumir pra sempre"
        r"|quero que tudo (?:acabe|termine)(?! (?:bem|logo pra)\b)"
        r"|(?:me dar|dar-me) um tiro|matar-me|suicidar-me|enforcar-me",
        r"(?:voglio|vorrei|ho voglia di|penso di|sto pensando di|pensando di|ho deciso di|sto per)"
        r" (?:morire|uccidermi|ammazzarmi|suicidarmi|togliermi la vita|sparire per sempre|essere"
        r" mort[oa]|impiccarmi|spararmi)|mi (?:voglio|vorrei) (?:ammazzare|uccidere|suicidare|togliere"
        r" la vita|impiccare|sparare)|non (?:voglio|ho (?:piu )?voglia di) (?:piu )?vivere|non ha"
        r" (?:piu )?senso vivere"
        r"|(?:farla|la faccio|la faro) finita\b(?! con (?:lei|lui|la|il|lo|questa|questo|quell\w*|mia|mio"
        r"|le|i|gli)\b)|voglio (?:solo )?che (?:tutto )?finisca (?:per sempre|tutto)"
        r"|non ce la faccio piu" + _INTL_NOT_LIFE + r"|mi (?:faccio|voglio fare) del male",
        r"pensamientos suicidas|ideas suicidas|pensees suicidaires|idees suicidaires|suizidgedanken"
        r"|selbstmordgedanken|suizidal|pensamentos suicidas|ideias suicidas|pensieri suicid\w*",
        # nl: "ik wil dood", "ik wil er niet meer zijn", "ik maak er een eind aan", "ik zie het
        # niet meer zitten", "ik wil niet meer"
        r"wil (?:gewoon |echt |liever |alleen nog (?:maar )?|zo graag )?(?:dood(?: ?gaan)?|sterven"
        r"|er niet meer zijn|niet meer (?:leven|bestaan|wakker worden)|zelfmoord plegen|mezelf"
        r" (?:\S+ )?(?:van kant maken|doden|ophangen|vermoorden|iets aandoen|doodmaken))\b(?! van\b)"
        r"|wil er (?:\S+ )?niet meer zijn|ik trek het (?:echt |gewoon )?niet meer(?= ?[.!,]|$)"
        r"|ik (?:wil|kan) (?:echt |gewoon |het )?niet meer(?= ?[.!,]|$| hoor\b)(?!.{0,30}"
        + _INTL_LAUGH
        + r")|zelfmoord (?:te )?plegen|(?:wil|wou) (?:gewoon |alleen )?dat (?:het|alles) (?:ophoudt"
        r"|stopt|voorbij is)(?= ?[.!,]|$)|(?:me|mezelf) (?:\S+ )?(?:ophangen|op te hangen|doodschieten"
        r"|dood te schieten|verdrinken|van kant maken)|er (?:\S+ ){0,2}?(?:een )?eind(?:e)? aan (?:te"
        r" )?maken\b(?!.{0,30}\b(?:relatie|huwelijk|contract|discussie|ruzie|met (?:haar|hem)))"
        r"|(?:denk|dacht|denken) (?:\S+ ){0,4}?(?:aan|over) zelfmoord|zelfmoordgedachte\w*"
        r"|suicidale gedachte\w*|ik ben suicidaal|mezelf (?:\S+ )?(?:van kant (?:te )?maken|op te"
        r" hangen|ophangen|dood te maken|doodmaken|iets aan te doen)|(?:maak|maken|ga) (?:ik )?er"
        r" (?:\S+ )?(?:een )?eind(?:e)? aan\b(?!.{0,30}\b(?:relatie|huwelijk|contract|discussie|ruzie|met"
        r" (?:haar|hem)))"
        r"|een eind(?:e)? (?:maken )?aan (?:mijn|m'n) leven|ik zie het (?:\S+ )?niet meer zitten"
        r"|(?:het|mijn) leven heeft (?:\S+ )?geen zin(?: meer)?|geen zin meer (?:om )?(?:te leven"
        r"|in het leven|in leven)|ik kan (?:echt |gewoon )?niet meer verder",
        # pl: "chce umrzec", "nie chce juz zyc", "zabije sie", "mam dosc zycia"
        r"(?:chce|chcialbym|chcialabym|wolalbym|wolalabym|mam ochote|zaraz|pojde|ide|musze"
        r"|postanowilem|postanowilam|planuje) (?:juz |po prostu |tylko )?(?:umrzec|umrzec|zginac"
        r"|nie zyc|sie zabic|zabic sie|skonczyc ze soba|odebrac sobie zycie|popelnic samobojstwo"
        r"|sie powiesic|powiesic sie|zniknac na zawsze|sie zastrzelic|ze soba skonczyc)|nie chce"
        r" (?:juz )?(?:dluzej )?zyc|nie chce mi sie (?:juz )?zyc|nie mam po co (?:juz )?zyc"
        r"|zabije sie|powiesze sie|zastrzele sie|skoncze ze soba|odbiore sobie zycie|targne sie na"
        r" (?:swoje )?zycie|mysle o (?:samobojstwie|smierci|tym (?:zeby|by) sie zabic)|mysli"
        r" samobojcze|mam dosc (?:tego )?zycia|moje zycie nie ma (?:juz )?sensu|zycie nie"
        r" ma (?:juz )?sensu|nie widze (?:juz )?sensu (?:zycia|w zyciu|zyc|dalej zyc)|chce (?:zeby|by)"
        r" (?:to )?(?:sie )?(?:wszystko )?(?:to )?(?:sie )?skonczylo(?= ?[.!,]|$| na zawsze)",
        # sv: "jag vill do", "vill inte leva langre", "ta livet av mig", "begå självmord"
        r"vill (?:bara |helst |verkligen )?(?:do|doe)\b|vill inte leva(?: (?:langre|mer|kvar))?\b"
        r"|vill inte finnas (?:langre|mer|kvar|till)\b|orkar inte leva"
        r"|(?:ta|tar|tog)(?: jag)? livet av mig|ta mitt (?:eget )?liv|(?:ta|bega) sjalvmord"
        r"|sjalvmordstankar|tankar pa sjalvmord|tanker pa (?:att ta )?sjalvmord|doda mig sjalv"
        r"|hanga mig|skjuta mig sjalv|avsluta mitt liv|(?:somna|sova) och (?:aldrig|inte) vakna",
        # da, nb: "jeg vil do", "vil ikke leve mere", "tage mit eget liv", "ta livet mitt"
        r"vil (?:bare |gerne |gjerne |helst )?(?:do|doe)\b|vil (?:bare |helst )?ikke (?:leve|vaere her"
        r"|vaere til) ?(?:mere|laengere|lenger|lengre|mer)?\b(?= ?[.!,]|$| (?:mere|mer|lenger)\b)|orker"
        r" ikke (?:a )?leve|(?:ta|tar|tage|tager|tok|tog)(?: jeg)? (?:mit eget liv|mit liv|livet af mig"
        r"|livet av meg|livet mitt|mitt eget liv|mitt liv)|begaa? selvmord"
        r"|selvmordstanker|tanker om selvmord|(?:taenker|tenker|taenkt|tenkt"
        r"|tankt) (?:\S+ )?pa selvmord|(?:draebe|drepe) (?:mig"
        r"|meg) selv|sla (?:mig selv ihjel|meg selv i hjel)|(?:haenge|henge) (?:mig"
        r"|meg)\b(?! (?:pa|i|med|ud|ut)\b)|skyde mig"
        r" selv|skyte meg selv|(?:sove|falde i sovn|sovne) og (?:aldrig|aldri|ikke) (?:vagne|vakne)",
        # tr: "olmek istiyorum", "intihar edecegim", "kendimi oldurecegim", "yasamak istemiyorum"
        r"(?:olmek|olmeyi|intihar etmek|intihar etmeyi|kendimi oldurmek|kendimi oldurmeyi|kendimi"
        r" asmak|kendimi asmayi) (?:cok )?(?:istiyorum|istiyom|isterdim|istiyordum|istedim"
        r"|dusunuyorum|dusunuyom|dusundum)|keske (?:olsem|olseydim|hic dogmasaydim)|olsem de kurtulsam"
        r"|intihar (?:edecegim|edecem|edicem|ederim|etsem|edeyim)|intihari dusun(?:uyorum|uyom|dum)"
        r"|intihar dusunce\w*|kendimi (?:oldurecegim|oldurcem|oldurucem|olduresim|asacagim|ascam"
        r"|asicam|vuracagim|vurcam)|canima (?:kiyacagim|kiycam|kiyicam|kiymak ist\w*|kiymayi dusun\w*)"
        r"|yasamak (?:istemiyorum|istemiyom)|yasamanin (?:bir )?anlami (?:yok|kalmadi)|hayatima son"
        r" (?:verecegim|vercem|vericem|vermek istiyorum|vermeyi dusunuyorum)|(?:yasamaktan|hayattan)"
        r" (?:biktim|bikdim)",
        # cs: "chci umrit", "uz nechci zit", "zabiju se", "spachat sebevrazdu"
        r"(?:chci|chtel bych|chtela bych|chtel bych|mam chut) (?:uz |proste |jen )?(?:umrit|zemrit"
        r"|se zabit|zabit se|spachat sebevrazdu|se obesit|skoncit se sebou|byt mrtv\w*)\b|(?:uz )?nechci"
        r" (?:uz )?(?:zit|byt na svete)|nechce se mi (?:uz )?zit|zabiju se|obesim se|zastrelim se"
        r"|sebevrazedne myslenky|(?:myslim|premyslim|premyslel jsem) (?:\S+ )?(?:na"
        r"|o) sebevrazd\w*|vzit si zivot|vezmu si zivot"
        r"|nema (?:cenu|smysl) (?:dal )?zit",
        # ro: "vreau sa mor", "nu mai vreau sa traiesc", "ma sinucid", "sa-mi iau viata"
        r"(?<!nu )(?:vreau|as vrea|imi vine) sa (?:mor|ma (?:sinucid|omor|spanzur|impusc))\b(?! de)"
        r"|(?<!nu )(?:o sa|am sa) ma (?:sinucid|omor|spanzur|impusc)\b(?! (?:de|cu|dupa)\b)|(?<!nu )ma"
        r" voi (?:sinucide|omori|spanzura)|(?<!nu )ma sinucid|nu mai vreau sa (?:traiesc|exist)"
        r"|nu mai am (?:pentru ce|de ce) sa traiesc"
        r"|(?:sa-mi|sa imi|imi) iau viata|ganduri (?:de sinucidere|sinucigase)|(?:ma )?gandesc (?:\S+ )?la"
        r" sinucidere|ma gandesc sa ma"
        r" (?:sinucid|omor)|viata mea nu (?:mai )?are (?:niciun )?sens|sa adorm si sa nu (?:ma )?mai"
        r" trezesc",
        # life has no sense any more: "la vida ya no tiene sentido", "la vie n'a plus de sens",
        # "das leben hat keinen sinn mehr", "livet ar meningslost"
        r"(?:la|mi) vida (?:ya )?no tiene (?:ningun )?sentido|(?:la|ma) vie n'a plus (?:de|aucun) sens"
        r"|(?:das|mein) leben hat (?:keinen|gar keinen) sinn mehr|(?:a|minha) vida nao tem (?:mais )?sentido"
        r"|nao vale (?:mais )?a pena viver|(?:la|mia) vita non ha (?:piu )?(?:alcun )?senso|(?:livet|mitt"
        r" liv) (?:ar|er) meningsl\w*|livet har ingen mening|livet giver ingen mening|zivot nema (?:zadny"
        r" )?smysl|viata (?:mea )?nu (?:mai )?are sens",
        # to disappear for ever: "disparaitre pour toujours", "fur immer verschwinden", "voor altijd
        # verdwijnen", "forsvinna for alltid", "zmizet navzdy"
        r"disparaitre (?:pour toujours|a jamais|pour de bon)|fur immer verschwinden|voor altijd"
        r" verdwijnen|(?:forsvinna|forsvinde|forsvinne) for (?:alltid|altid)|sonsuza (?:dek|kadar) yok"
        r" ol\w*|zmizet navzdy|sa dispar pentru totdeauna",
        # to stop existing: "dejar de existir", "ne plus exister", "nicht mehr existieren",
        # "smettere di esistere", "niet meer bestaan", "przestac istniec", "sa nu mai exist"
        r"dejar de existir|(?:arreter d'exister|ne plus exister)|(?:aufhoren zu existieren|nicht mehr"
        r" existieren)|(?:deixar|parar) de existir|(?:smettere di esistere|non esistere piu)|(?:ophouden"
        r" te bestaan|niet meer (?:te )?bestaan)|przestac istniec|sluta (?:att )?existera|holde op med at"
        r" eksistere|slutte a eksistere|yok olmak ist\w*|prestat existovat|sa nu mai exist",
        # no strength left to live, done with life, to end it all, "colgarme", in any of the
        # languages: "no tengo fuerzas para seguir viviendo", "nie mam juz sily zyc", "ik ben klaar
        # met leven", "chci to skoncit", "gora slut pa allt", "her seye son vermek istiyorum"
        r"no tengo (?:mas )?fuerzas? (?:para|de) (?:vivir|seguir viviendo)|(?:plus|pas) la force de"
        r" vivre|keine kraft mehr,? (?:zu leben|weiterzuleben|weiterzumachen)|nao tenho mais forcas?"
        r" (?:pra|para) viver|non ho piu la forza di vivere|geen kracht meer om (?:te leven|door te gaan)"
        r"|nie mam (?:juz )?sily (?:zyc|dalej zyc|zyc dalej)|yasayacak gucum kalmadi|nemam (?:uz )?silu"
        r" zit|nu mai am putere sa traiesc|klaar met (?:het )?leven|(?:pienso en|quiero|voy a)"
        r" (?:\S+ )?(?:colgarme|ahorcarme|envenenarme|cortarme las venas)\b|colgarme (?:en|de|del|con)"
        r" (?:el|la|una|un)\b(?! (?:mochila|cuadro|ropa|chaqueta))|skonczyc z tym wszystkim|(?:chci|chtel"
        r" bych) (?:to )?(?:vsechno )?skoncit(?= ?[.!,?]|$)|uz nemuzu dal(?= ?[.!,?]|$)|gora slut pa"
        r" (?:allt|mitt liv|mig sjalv)|avsluta allt|gore en ende pa (?:det hele|mit liv)|gjore slutt pa"
        r" (?:det hele|livet|alt)|her seye son ver\w*|her seyi (?:bitirecegim|bitirmek istiyorum)|vreau"
        r" sa termin cu tot(?:ul)?|sa pun capat (?:la tot|vietii)",
        # tired of living, not wanting to wake up, better dead, "lyst til at do", "something
        # stupid" said as a plan, in any of the languages
        r"(?:(?:cansad[oa]|hart[oa]) de vivir|fatigue de vivre|marre de vivre|(?:keinen bock|keine lust)"
        r" mehr auf (?:das|dieses|mein) leben|cansad[oa] de viver|stanc[oa] di vivere|(?:het leven"
        r"|levens) (?:zat|moe)|levensmoe|moe van het leven|zmeczon[ya] zyciem|(?:trott|less|traet|lei)"
        r" (?:pa|af|av) (?:livet|att leva|at leve|a leve)|unaven[yae] ze zivota|(?:m-am saturat|sunt"
        r" obosit) de viata)(?= ?[.!,;?]|$| (?:y|et|und|e|en|og|si|ya|deja|plus|mehr|mais|piu"
        r"|meer|juz|mer|mere|uz|artik)\b)",
        r"no quiero (?:volver a )?despertar(?:me)?(?: mas)?\b(?! (?:temprano|tarde|a las))"
        r"|(?:je )?(?:ne )?veux"
        r" plus me reveiller|nao quero (?:mais )?acordar(?: mais)?\b(?! cedo)|non voglio (?:piu )?svegliarmi"
        r"(?! presto)|nie chce sie (?:juz )?(?:obudzic|budzic)(?! rano| wczesnie)|vill inte vakna(?:"
        r" igen| mer)?\b(?! tidigt)|vil ikke (?:vagne|vakne)(?: igen| igjen| mere| mer)?\b(?! tidlig)"
        r"|(?:bir daha )?uyanmak istemiyorum|nechci se (?:uz )?probudit"
        r"|nu (?:mai )?vreau sa ma (?:mai )?trezesc",
        r"(?:estaria|estaba|seria) mejor muert[oa]|(?:serais|serait) mieux mort|(?:ware|war|bin) besser"
        r" tot|(?:estaria|seria) melhor mort[oa]|(?:sarei|starei) meglio mort[oa]|(?:ben|was|kan|zou|zijn)"
        r" (?:\S+ ){0,2}?beter dood|beter dood (?:ben|was|kan zijn|zou zijn|zijn)\b|(?:vore"
        r"|ar) battre dod|(?:var|er|ville vaere|ville vaert) bedre dod"
        r"|(?:lepiej|lepiej by bylo) (?:\S+ )?(?:bym|zebym|gdybym) (?:nie zyl|umarl|umarla|nie zyla)"
        r"|(?:byl bych|bylo by) (?:lip|lepsi) mrtv\w*|(?:as fi|ar fi) mai bine mort|olsem daha iyi"
        r"|(?:lyst|lust) (?:til|att) (?:at |a )?(?:do|doe)\b",
        r"(?:(?:voy a|pienso|quiero|me dan ganas de|creo que voy a|estoy por) hacer una (?:tonteria|locura"
        r"|estupidez)|(?:vais|vas|veux|envie de|peur de) faire une (?:connerie|betise|grosse connerie)"
        r"|(?:werd|werde|will|mach gleich) (?:\S+ )?(?:ne|eine) dummheit|(?:vou|penso em|to pensando em"
        r"|quero|tenho medo de) fazer (?:uma )?(?:besteira|bobagem|merda)\b(?! com)|(?:sto per|voglio"
        r"|ho paura di) fare (?:una )?(?:cazzata|sciocchezza|stupidaggine)|(?:ga|wil|ben bang dat ik)"
        r" (?:\S+ )?iets (?:doms|stoms) (?:doen|ga doen|doe)|(?:zrobie|zrobic) (?:sobie )?cos glupiego"
        r"|(?:gora|gore|gjore) (?:nagot|noget|noe) dumt|bir aptallik (?:yapacagim|yapicam)|udelam"
        r" (?:nejakou )?blbost|(?:o sa|vreau sa) fac o prostie)(?! (?:si|en|et|e|und|y|i|og|a|ve|als"
        r"|wenn|se|om|hvis|jesli|jestli|daca|met|mit|com|con|avec|z|med|ile|s|cu)\b)(?!.{0,60}" + _INTL_LAUGH + r")",
        # no reason left to live, in any of the languages: "ya no tengo ninguna razon para vivir",
        # "g plus aucune raison de vivre", "keinen grund mehr zu leben", "nenhum motivo pra
        # viver", "geen reden meer om te leven", "ingen anledning att leva", "a quoi bon vivre"
        r"(?:ningun[ao]?|no tengo|no hay|no me queda\w*|no encuentro|sin) (?:\S+ ){0,2}?(?:razon"
        r"|razones|motivos?) (?:pa|para|por (?:la|el) que) (?:seguir )?vivi(?:r|endo)\b(?! (?:asi"
        r"|con|sin|en)\b)|(?:plus|pas|aucune?|sans) (?:\S+ ){0,2}?raisons? de vivre|a quoi bon vivre"
        r"|(?:kein\w*|nichts) (?:\S+ ){0,2}?(?:grund|sinn|anlass) (?:mehr )?(?:zu leben|zum leben"
        r"|weiterzuleben)|(?:nenhum\w*|nao tenho|nao ha|sem) (?:\S+ ){0,2}?(?:razao|razoes|motivos?)"
        r" (?:pra|para|p) (?:continuar a |continuar )?viver|(?:nessun\w*|non ho|senza) (?:\S+ ){0,2}?"
        r"(?:ragion[ei]|motiv[oi]) (?:per )?(?:continuare a )?vivere|geen (?:\S+ ){0,2}?reden(?:en)? (?:meer"
        r" )?om (?:nog )?(?:te leven|door te leven|verder te leven)|(?:nie mam|zadnego|zadnych)"
        r" (?:\S+ ){0,2}?(?:powodu|powodow) (?:zeby|by|do) (?:zyc|zycia)|ingen (?:\S+ ){0,2}?(?:anledning"
        r"|grund|grunn) (?:til |till )?(?:att|at|a) lev[ae]\b|yasamak icin (?:hicbir |bir )?(?:sebep"
        r"|sebeb\w*|neden)\w* (?:yok|kalmadi)|(?:zadny|nemam) (?:\S+ ){0,2}?(?:duvod|smysl) (?:zit|k zivotu|dal"
        r" zit)|(?:niciun|nu (?:mai )?am) (?:\S+ ){0,2}?motiv (?:sa|de a|pentru care sa) (?:traiesc|trai)",
        neg=False,
        before=_INTL_NEG + r"|" + _INTL_THIRD + r"|" + _INTL_THING_SUBJECT,
        after=_INTL_DIE_FIGURATIVE + r"|" + _INTL_REPORTED,
        text=_INTL_HELPING,
    ),
    _rule(
        "intl.wish_dead",
        S,
        # sleep and not wake up; everyone better off if I were dead or gone
        r"(?:dormir|dormirme|dormir e|dormir et|schlafen und|dormire e) (?:\S+ )?(?:para siempre"
        r"|pra sempre|para sempre|pour toujours|fur immer|per sempre)\b|voor altijd (?:slapen|gaan"
        r" slapen)|zasnac na zawsze|"
        r"(?:dormir|dormirme) y no (?:volver a )?despertar|no despertar(?:me)? (?:nunca )?mas"
        r"|(?:mejor|mejores|tranquilos|felices) (?:\S+ ){0,3}?si (?:yo )?(?:no (?:existiera|estuviera)"
        r"|me muriera|desapareciera)",
        r"(?:m'endormir|dormir) et (?:ne )?(?:plus jamais|jamais|plus) (?:me )?reveiller|ne (?:plus|jamais)"
        r" me reveiller|(?:mieux|plus (?:tranquilles?|heureux|heureuses)|soulag\w*) (?:\S+ ){0,3}?(?:si"
        r" (?:je n'?etais|j'?etais) (?:plus|pas) (?:la|en vie|de ce monde)\b(?! pour)|si je"
        r" (?:disparaissais|mourais))",
        r"(?:einschlafen|schlafen) und (?:nicht mehr|nie (?:wieder|mehr)) aufwachen|(?:nie (?:wieder"
        r"|mehr)|nicht mehr) aufwachen|besser,? (?:\S+ ){0,4}(?:wenn|falls) ich (?:tot|nicht mehr"
        r" (?:da|hier|am leben)|weg) (?:war|ware)|(?:war|ware) (?:lieber|besser) tot",
        r"dormir e (?:nao|nunca mais) acordar|nunca mais acordar|nao acordar mais|melhor (?:\S+ ){0,4}?se"
        r" eu (?:nao existisse|morresse|sumisse|nao estivesse aqui)",
        r"(?:addormentarmi|dormire) e non (?:svegliarmi|risvegliarmi)|non (?:svegliarmi|risvegliarmi)"
        r" piu|meglio (?:senza di me|(?:\S+ ){0,3}?se (?:io )?(?:morissi|sparissi|non ci fossi))",
        r"(?:slapen|in ?slapen) en (?:nooit meer|niet meer) wakker (?:worden|te worden)|nooit meer wakker"
        r" (?:worden|te worden)|(?:beter|fijner|gelukkiger) (?:\S+ ){0,3}?als ik (?:er )?(?:niet meer"
        r" (?:ben|was|zou zijn|besta)|dood (?:ben|was|zou zijn)|weg (?:ben|was))|was ik maar dood"
        r"|ik wou dat ik dood was",
        r"(?:zasnac|usnac) i (?:sie )?nie (?:obudzic|obudzic sie)|nie obudzic sie (?:juz )?(?:nigdy|wiecej)"
        r"|(?:lepiej|latwiej) (?:\S+ ){0,3}?gdyby(?:m)? (?:mnie )?(?:nie bylo|umarl|umarla|zniknal"
        r"|zniknela)|(?:szkoda|zaluje) ze (?:sie )?(?:urodzilem|urodzilam|zyje)|chcialbym nie zyc"
        r"|gdybym (?:tylko )?nie zyl",
        r"(?:somna|sova) och aldrig vakna|aldrig vakna (?:igen|mer)|(?:falde i sovn|sove|sovne) og"
        r" (?:aldrig|aldri|ikke) (?:vagne|vakne)(?: igen| igjen| mere| mer)?|(?:onsker|skulle onske"
        r"|önskar|onskar) (?:at |att )?(?:jeg|jag) var dod|bedre (?:\S+ ){0,3}?hvis jeg (?:var dod"
        r"|ikke var her|ikke fandtes|ikke fantes)|battre (?:\S+ ){0,3}?om jag (?:var dod|inte fanns)",
        r"keske (?:uyusam|uyuyup) (?:da )?(?:bir daha )?uyanmasam|bir daha uyanmasam|(?:usnout|usnul"
        r" bych|spat) a (?:uz )?(?:se )?(?:neprobudit|neprobudil)|(?:bylo by|bude) (?:\S+ ){0,2}?(?:lip"
        r"|lepsi|lepe),? kdybych (?:tu )?(?:nebyl|nebyla|umrel|umrela)|sa adorm si sa nu ma mai"
        r" trezesc|(?:mai bine|mai fericiti) (?:\S+ ){0,3}?daca (?:as muri|n-as mai fi|nu as mai fi|nu"
        r" as exista|nu existam)",
        neg=False,
        before=_INTL_NEG + r"|" + _INTL_THIRD,
        text=_INTL_HELPING,
    ),
    _rule(
        "intl.burden",
        S,
        # a burden to everyone, everyone better off without me: "soy una carga para todos", "je
        # ne suis qu'un fardeau", "ich bin nur eine last", "sou so um peso", "sono un peso", "ik
        # ben een last", "jestem ciezarem", "jag ar en borda", "yuk oluyorum", "jsem na obtiz",
        # "sunt o povara"
        r"(?:soy|me siento|solo soy) (?:solo |nada mas que |un[oa]? )?(?:una carga|un estorbo|un lastre)"
        r"|(?:estarian|estaria|estan|vivirian|vivira) (?:\S+ ){0,2}?mejor sin mi\b|mejor sin (?:un|una)"
        r" (?:padre|marido|esposo|hijo|novio|pareja) como yo|(?:mieux|mieux lotis) sans un (?:pere|mari"
        r"|fils|copain) comme moi|ohne (?:einen|so einen) (?:vater|mann|sohn) wie mich|sem um (?:pai"
        r"|marido|filho) como eu|senza un (?:padre|marito|figlio) come me|zonder een (?:vader|man|zoon)"
        r" als ik|bez (?:takiego )?(?:ojca|meza|syna) jak ja|nadie (?:me )?(?:echaria"
        r"|echara|extranaria|extranara|va a extranar|notaria|notara)(?: de menos)? (?:si|cuando) (?:me"
        r" muero|me muera|me mato|me mate|no estoy|no este|desaparezco|me voy)\b",
        r"(?:je suis|je ne suis qu'un[e]?|suis) (?:juste |seulement |qu'un[e]? |un[e]? )?(?:fardeau"
        r"|poids mort|poids pour|charge pour)|(?:seraient|serait|sont|vivraient) (?:\S+ ){0,2}?mieux"
        r" sans moi|personne ne (?:me regrettera|va me regretter|remarquera(?: meme)? (?:si|que) je)",
        r"(?:ich bin|bin) (?:doch |nur |eh |einfach |allen |fur alle )*(?:eine last|ein klotz am bein"
        r"|eine belastung)|(?:waren|ware|sind) (?:\S+ ){0,3}?(?:besser|glucklicher) dran ohne mich"
        r"|(?:besser|glucklicher) ohne mich",
        r"(?:sou|me sinto|eu sou) (?:so |apenas |um )?(?:um peso|um fardo|um estorvo)|(?:melhor|mais"
        r" feliz|mais felizes|em paz) (?:\S+ ){0,2}?quando eu (?:sumir|morrer|partir|nao estiver|me"
        r" for)\b",
        r"(?:sono|mi sento) (?:solo |soltanto |solamente )?un (?:peso|fardello) (?:per|e basta)"
        r"|(?:starebbero|starebbe|stanno) (?:\S+ ){0,2}?meglio senza di me",
        r"(?:ik ben|ben) (?:alleen maar |gewoon |maar |echt |toch |alleen )*(?:een last|een blok aan"
        r" het been|tot last)\b|beter af (?:zijn )?zonder mij|zonder mij (?:\S+ ){0,2}?beter af",
        r"jestem (?:tylko |dla nich |dla wszystkich |juz tylko |po prostu |dla (?:rodziny|zony|bliskich)"
        r" )*(?:ciezarem|ciezar|obciazeniem|balastem|kula u nogi)|(?:lepiej|latwiej|szczesliwsi"
        r"|szczesliwszy|szczesliwsza) (?:\S+ ){0,3}?beze mnie|beze mnie (?:\S+ ){0,3}?(?:lepiej"
        r"|latwiej|szczesliwsi)",
        r"(?:jag ar|ar) (?:bara |en )?(?:en )?borda|(?:jeg er|er) (?:bare |kun )?en (?:byrde"
        r"|belastning|klods om benet)|(?:vore|skulle|har|hade|ville|vaere|vaert|klare sig|klare seg)"
        r" (?:\S+ ){0,3}?(?:battre|bedre|lyckligare|lykkeligere) (?:utan mig|uden mig|uten meg)",
        r"(?:herkese|aileme|onlara|size|sana) (?:\S+ )?yuk(?:um|uyum| oluyorum| olmaktan| oldum)"
        r"|(?:sadece )?bir yukum|bensiz (?:\S+ )?(?:daha )?(?:iyi|mutlu|rahat)",
        r"jsem (?:jen |jenom |pro vsechny |vsem |jim )*(?:pritez|na obtiz|zatez|prekazka)\b|(?:lip"
        r"|lepe|stastnejsi|lepsi) (?:\S+ ){0,3}?beze me|beze me (?:\S+ ){0,3}?(?:lip|lepe"
        r"|stastnejsi)",
        r"(?<!nu )sunt (?:doar |o )?(?:o )?povara|(?:mai bine|mai fericiti|mai fericit|mai fericita|mai"
        r" linistiti) (?:\S+ ){0,2}?fara mine|fara mine (?:\S+ ){0,2}?(?:mai bine|mai fericiti)",
        # nobody would miss me: "nadie me echaria de menos", "niemand zou me missen", "ingen
        # skulle sakna mig", "kimse beni ozlemez"
        r"nadie me (?:echaria|echara|va a echar) de menos|nadie me (?:extranaria|extranara|va a extranar)"
        r"|personne ne (?:me regretterait|me manquerait|remarquera(?:it)? quand je)"
        r"|je ne manquerais a personne|niemand (?:wurde|wird)"
        r" mich vermissen|ninguem (?:vai|ia|iria) sentir (?:a )?minha falta|nessuno (?:sentirebbe"
        r"|sentira) la mia mancanza|niemand (?:zou|zal) me (?:\S+ )?missen|nikt (?:by )?(?:za mna nie"
        r" tesknil|nie bedzie za mna tesknil|nie zauwazy(?:l)?)|ingen (?:skulle|kommer att|kommer til a"
        r"|kommer til at|ville|vil)"
        r" (?:sakna|savne) (?:mig|meg)|kimse (?:beni )?(?:ozlemez|ozlemeyecek)|nikomu (?:bych"
        r" nechybel|nebudu chybet)|nu (?:i-as|o sa-i) lipsi nimanui",
        # better for everyone when I am no longer here: "todos estarian mejor cuando ya no este",
        # "lepiej dla wszystkich bedzie jak mnie nie bedzie", "beter voor iedereen als ik er niet
        # meer ben"
        r"(?:mejor|mieux|besser|melhor|meglio|beter|lepiej|latwiej|battre|bedre|lip|lepe|mai bine)"
        r" (?:\S+ ){0,4}?(?:cuando ya no (?:este|exista)|quand je (?:ne )?serai plus la|wenn ich nicht"
        r" mehr (?:da|hier) bin|quando eu (?:nao estiver mais|sumir)|quando non ci saro piu|als ik er"
        r" niet meer ben|(?:jak|gdy|kiedy|jesli) mnie (?:juz )?nie (?:bedzie|ma)|nar jag (?:inte finns"
        r"|ar borta)|nar jeg (?:ikke er her|er vaek|er borte)|az (?:tu )?(?:uz )?nebudu|cand nu (?:voi"
        r" mai fi|o sa mai fiu))\b",
        neg=False,
        before=_INTL_NEG + r"|" + _INTL_THIRD,
        # a team, a game, work: "laget spelar battre utan mig", "jestem ciezarem dla zespolu w pracy"
        text=_INTL_HELPING + r"|" + _INTL_GAME + r"|\b(?:equipo|equipe|mannschaft|team|time|squadra"
        r"|druzyn\w*|zespol\w*|laget|holdet|takim|echipa|ploeg|elftal|partido|match|spiel|jogo|partita"
        r"|mecz|wedstrijd|kamp|macin|zapas|meci|feest|fiesta|fete|party|festa|impreza|imprezie|fest"
        r"|petrecere|w pracy|op het werk|au travail|en el trabajo|bei der arbeit|no trabalho|al"
        r" lavoro|pa jobbet|pa arbejdet|pa jobben|v praci|la munca)\b",
    ),
    _rule(
        "intl.goodbye",
        S,
        # things given away, a letter for when I'm gone, "soon it will be over": "estoy regalando
        # mis cosas", "pour quand je serai plus la", "bald ist alles vorbei", "quando eu nao
        # estiver mais aqui", "presto sara tutto finito", "als ik er niet meer ben", "list
        # pozegnalny", "snart ar det over", "veda mektubu", "dopis na rozloucenou", "scrisoare de
        # adio"
        r"(?:regalando|regale|he regalado|regalare|repartiendo|reparti|he repartido|dando|di)"
        r" (?:\S+ ){0,3}?(?:mis cosas|todas mis cosas|mis pertenencias|todo lo que tengo)"
        r"|(?:cuando|para cuando) (?:yo )?ya no (?:este|estare)\b(?! (?:en|con)\b)"
        r"|pronto todo (?:va a|se va a) (?:terminar|acabar)|pronto (?:se )?(?:terminara|acabara)"
        r" todo|pronto todo (?:terminara|acabara|se acabara|habra terminado)|(?:este"
        r"|es) (?:es )?mi ultimo mensaje|me despido (?:de"
        r" (?:todos|ti|ustedes) )?para siempre",
        r"(?:quand|pour quand|lorsque) je (?:ne )?(?:serai|serais) plus (?:la|de ce monde|en vie)"
        r"|bientot (?:ce sera|tout sera|ca sera|tout ca sera|c'est|ca va etre) (?:fini|termine)\b"
        r"(?!.{0,30}\b(?:examens?|partiels|semaine|chantier|travaux|demenagement|vacances|hiver))"
        r"|(?:je donne|j'ai donne|je distribue|donner) (?:\S+ ){0,2}?(?:toutes mes|mes) (?:affaires"
        r"|trucs)|c'est mon dernier message|adieu a tous",
        r"(?:hab|habe|ich hab|ich habe|hab ich) (?:\S+ ){0,4}?mein(?:e|en)? (?:uhr|hund|katze|sachen"
        r"|gitarre|motorrad|playstation|ps\d|konsole|ersparnisse|wertsachen)\b[^.!?]{0,40}?"
        r"\b(?:gegeben|geschenkt|verschenkt|vermacht|uberlassen|vererbt)\b|(?:verschenke|verschenk"
        r"|verteile) (?:gerade )?(?:all )?meine sachen|(?:bald|heute nacht|morgen|am wochenende|am"
        r" (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|nachste woche|nachsten"
        r" monat) ist (?:es |alles )?(?:vorbei|schluss)\b(?! mit)|wenn ich (?:nicht mehr da"
        r"|nicht mehr am leben) bin"
        r"|(?:meine|das ist meine) letzte nachricht",
        r"(?:quando|pra quando|para quando) eu (?:ja )?(?:nao estiver mais (?:aqui|vivo)|me for de vez)"
        r"|(?:doando|doei|dei|distribuindo|dando) (?:\S+ ){0,2}?(?:minhas coisas|todas as minhas"
        r" coisas|meus pertences)|logo (?:tudo )?(?:vai acabar|acaba|vai terminar)\b(?!.{0,20}\b(?:as"
        r" ferias|a semana|o semestre|a obra))|em breve (?:tudo )?(?:vai acabar|acaba)|(?:so )?queria"
        r" (?:dizer adeus|me despedir)|minha ultima mensagem",
        r"(?:sabato|domenica|domani|stanotte|stasera|presto|tra poco|fra poco|tra qualche giorno)"
        r" (?:\S+ )?(?:sara|e) tutto finito|quando (?:io )?non ci saro piu|(?:regalato|regalando"
        r"|dato via|regalo) (?:\S+ ){0,2}?(?:le mie cose|tutte le mie cose|la mia roba)|il mio ultimo"
        r" messaggio",
        r"(?:geef|gaf|heb|ben|geven) (?:\S+ ){0,3}?(?:mijn|m'n) (?:spullen|bezittingen) (?:\S+ )?(?:weg"
        r"|weggegeven|aan het weggeven)|(?:spullen|bezittingen) weggegeven|(?:binnenkort|straks|snel"
        r"|vannacht|morgen|zondag|zaterdag) is (?:het|alles) (?:eindelijk |allemaal )?voorbij\b"
        r"|als ik er niet meer"
        r" ben|afscheidsbrie\w*|mijn laatste bericht",
        r"list\w* pozegnaln\w*|(?:rozdaje|rozdalem|rozdalam|rozdac|oddaje|oddalem|oddalam) (?:\S+ )"
        r"{0,2}?(?:swoje |moje |wszystkie )?(?:rzeczy|rzeczy osobiste)|(?:niedlugo|wkrotce|dzis"
        r"|jutro|zaraz) (?:bedzie po wszystkim|to sie skonczy|wszystko sie skonczy)|(?:jak|kiedy|gdy)"
        r" mnie juz nie bedzie\b(?! (?:w|na|przez|do|u)\b)|moja ostatnia wiadomosc",
        r"avskedsbrev|(?:ger|gett|gav) bort (?:\S+ ){0,2}?(?:mina saker|allt jag ager|mina grejer)"
        r"|snart (?:ar det|ar allt) over\b|(?:nar|om) jag inte finns (?:kvar|langre)|afskedsbrev|(?:giver"
        r"|givet|gav|foraerer) (?:\S+ ){0,2}?mine ting (?:vaek|bort)|snart er det (?:hele |alt )?(?:slut"
        r"|ovre|overstaet|over)\b|nar jeg ikke er her (?:mere|laengere|mer|lenger)|avskjedsbrev"
        r"|(?:gir|gitt|ga) bort (?:\S+ ){0,2}?(?:tingene mine|mine ting)",
        r"veda mektub\w*|(?:yakinda|birazdan|bu gece|yarin) (?:her sey|hepsi) (?:bitecek|sona erecek)"
        r"|(?:esyalarimi|her seyimi) (?:\S+ )?(?:dagit\w*|verdim|veriyorum|birakiyorum)|son mesajim"
        r"|herkese elveda|dopis\w* na rozloucenou|(?:rozdal|rozdala|rozdavam) (?:\S+ ){0,2}?(?:sve"
        r"|moje|vsechny) veci|brzy (?:bude (?:po vsem|konec)|to (?:vsechno )?skonci)|az (?:tu uz"
        r"|uz tu) nebudu",
        r"scris(?:oare|ori)\w* de (?:adio|ramas bun)|(?:am dat|dau|impart|am impartit"
        r"|daruiesc) (?:\S+ ){0,2}?"
        r"(?:lucrurile mele|toate lucrurile)|(?:curand|in curand|diseara|maine) (?:se )?(?:va )?termina"
        r" totul|totul se (?:va )?termina (?:curand|in curand|diseara|maine)|cand nu voi mai fi",
        # tomorrow I won't be here, nothing keeps me here, farewell to all, the dog given away:
        # "manana ya no estare", "morgen ben ik er niet meer", "jutro mnie nie bedzie", "lebt
        # wohl", "zegnajcie", "le di el perro a mi hermano", "gett bort min hund"
        r"(?:manana|esta noche) ya no (?:estare|voy a estar)|(?:demain|ce soir) je (?:ne )?serai plus"
        r" (?:la|de ce monde)|(?:morgen|heute nacht) bin ich nicht mehr (?:da|hier)|amanha (?:eu )?(?:ja"
        r" )?nao (?:estarei|vou estar) mais|(?:domani|stanotte) non ci saro piu|(?:morgen|vannacht) ben"
        r" ik er niet meer|(?:jutro|dzis) mnie (?:juz )?nie bedzie|(?:imorgon|i morgon) finns jag inte"
        r"|i morgen er jeg (?:her )?ikke (?:her )?(?:mere|laengere|lenger|mer)|yarin (?:artik )?burada"
        r" olmayacagim|zitra (?:uz )?tu nebudu|maine nu (?:o sa )?mai (?:fiu|voi fi)"
        r"|(?:no me queda|ya no tengo) nada (?:que hacer )?aqui|(?:je n'ai )?plus rien a faire ici|hier"
        r" nichts mehr verloren|nao tenho mais nada (?:pra|para) fazer aqui|non ho piu niente da fare"
        r" qui|heb hier niets meer te zoeken|nic mnie tu (?:juz )?nie trzyma|(?:me (?:he )?despedido|me"
        r" despido) de todos|je dis adieu a tous|(?:ich verabschiede mich von allen|lebt wohl)|(?:me"
        r" despedi|adeus) (?:de |a )?todos|addio a tutti|vaarwel allemaal|zegnajcie|zegnam sie ze"
        r" wszystkimi|farval (?:allihop|alla)|farvel (?:alle sammen|alle)|sbohem vsem|adio tuturor"
        r"|quand je serai (?:parti|mort)\b(?! (?:en|a|au|pour)\b)",
        r"(?:le |les )?(?:di|he dado|regale|doy|dare) (?:el|mi|los|mis) (?:perro|gato|perros|gatos)"
        r"|(?:donne|confie|laisse) (?:mon|mes) (?:chien|chat|chiens|chats)|(?:meinen|den|unseren|meine|die)"
        r" (?:hund|kater|katze) (?:\S+ ){0,3}?(?:weggegeben|abgegeben|verschenkt)|dei (?:o|meu"
        r"|meus) (?:cachorro|cao|gato)|(?:dato via|regalato"
        r"|affidato) (?:il (?:mio )?|i miei )(?:cane|gatto|cani)|(?:mijn|m'n) (?:hond|kat|honden) (?:\S+"
        r" ){0,3}?(?:weggegeven|gegeven|weggedaan)|(?:oddalem|oddalam|oddam) (?:\S+ )?(?:psa|kota|psy)"
        r"|(?:gett|gav|ger) bort (?:min|mina) (?:hund|katt)|(?:givet|gav|giver) (?:min|mine) (?:hund|kat)"
        r" (?:vaek|bort)|(?:gitt|ga|gir) bort (?:hunden|katten)|(?:kopegimi|kedimi) (?:\S+ )?(?:verdim"
        r"|biraktim)|(?:dal|dala) jsem (?:\S+ )?(?:psa|kocku)|am dat (?:cainele|pisica)",
        # my last night, my last day: "esta es mi ultima noche", "c'est ma derniere nuit", "moja
        # ostatnia noc" (not a last day at work or on holiday: _INTL_OCCASION, and what follows)
        r"(?:mi|ma|meine?|minha|meu|la mia|il mio|mijn|m'n|moja|moj|min|son|moje|muj|ultima mea)"
        r" (?:ultima|ultimo|derniere|dernier|letzte|letzter|ultima|ultimo|laatste|ostatnia|ostatni|sista"
        r"|sidste|siste|posledni|gecem|gunum) (?:noche|dia|nuit|jour|soiree|nacht|tag|noite|dia|notte"
        r"|giorno|nacht|dag|noc|dzien|natt|nat|noc|den)\b(?! (?:en|a|al|de|du|in|im|am|op|w|na|pa|at|i"
        r"|la|v|ve|au|aqui|hier|qui|tady|aici|med|con|avec|mit|com|met|z|s|cu|ile|sin|sans|ohne|sem"
        r"|senza|zonder|bez|uten|uden|utan|als|como|comme|wie|come|no|nel|nella|di|do|da|dans)\b)"
        r"|(?<!isteki )(?<!okuldaki )son (?:gecem|gunum)\b|(?:ultima mea|ultima) (?:noapte|zi)\b(?!"
        r" (?:la|de|in|cu|aici)\b)",
        # a goodbye said for the last time, or already said to the children: "me despedi de mis
        # hijos por ultima vez", "ik heb mijn kinderen gedag gezegd, voor de laatste keer",
        # "pozegnalem sie juz z dziecmi"
        r"(?:despedi\w*|adios|adieu|au revoir|verabschiedet|tschuss|despedi|tchau|salutat\w*|addio"
        r"|gedag|afscheid|dag gezegd|pozegna\w*|hej da|farvel|ha det|vedalas\w*|elveda|rozlouc\w*"
        r"|ramas bun)\b[^.!?]{0,50}\b(?:por ultima vez|pour la derniere fois|zum letzten mal|pela"
        r" ultima vez|per l'ultima volta|voor de laatste keer|voor het laatst|ostatni raz|po raz"
        r" ostatni|for sista gangen|for sidste gang|for siste gang|son kez|naposledy|pentru ultima"
        r" (?:data|oara))|(?:ya )?me (?:despedi|he despedido) de (?:todos|mis hijos|mi familia|mi"
        r" hij[oa]|mis padres)(?= (?:sin que|para siempre))|pozegnal(?:em|am) sie (?:juz )?z (?:dziecmi"
        r"|rodzina|zona|corka|synem|mama|wszystkimi|bliskimi)",
        neg=False,
        before=_INTL_NEG,
        text=_INTL_OCCASION,
        # things given away because of a move, to charity or as old: "regale mis cosas viejas a una
        # ONG porque me mudo", "rozdalem stare ubrania"
        after=r"^.{0,60}\b(?:viej\w*|usad\w*|mudo|mudanza|ong|caridad|donaci\w*|vieux|vieilles"
        r"|demenag\w*|association|alten?|umzug|ziehe um|spende\w*|velh\w*|mudanca|caridade|doac\w*"
        r"|vecch\w*|trasloc\w*|beneficenza|oude|verhuiz\w*|goede doel|kringloop|stare|przeprowadz\w*"
        r"|charytat\w*|gamla|gamle|flytt\w*|eski|tasin\w*|starou|stehov\w*|charit\w*|vechi|mut\w*"
        r"|caritate|examen\w*|exam\w*|semestre)\b",
    ),
    _rule(
        "intl.farewell",
        S,
        # affairs put in order, a will, letters to the family, with a day or an end in the same
        # message: "tengo todo arreglado, manana se acaba", "alles geregelt, testament, briefe an
        # die kinder. nachste woche ist schluss", "mijn testament ligt klaar en de brieven zijn
        # geschreven"
        r"(?:tengo|deje|he dejado|esta|ya esta) todo (?:arreglado|en orden|organizado)|(?:hice|he hecho"
        r"|escribi) (?:mi |el )?testamento|cartas? (?:a|para) (?:mis|mi) (?:hijos|hijas|hij[oa]|padres"
        r"|madre|mujer|esposa|familia)",
        r"(?:j'ai )?tout (?:regle|mis en ordre|organise)\b(?! (?:pour|avec)\b)|(?:fait|ecrit"
        r"|redige) (?:mon )?testament"
        r"|lettres? (?:a|pour) (?:mes enfants|ma fille|mon fils|ma femme|ma mere|ma famille)",
        r"alles (?:geregelt|erledigt|in ordnung gebracht)\b(?! (?:fur|mit|wegen)\b)"
        r"|testament (?:\S+ )?(?:gemacht|geschrieben"
        r"|aufgesetzt)|briefe? an (?:die|meine|meinen) (?:kinder|frau|eltern|familie|sohn|tochter"
        r"|mutter)",
        r"(?:deixei|ta|esta) tudo (?:resolvido|organizado|arrumado)|(?:fiz|escrevi) (?:meu |o )?testamento"
        r"|cartas? (?:pros|pras|para os|para as|pra|para) (?:meus|minhas|minha|meu) (?:filhos|filhas"
        r"|filh[oa]|mae|esposa|familia)",
        r"(?:sistemato|messo in ordine|organizzato) tutto|(?:fatto|scritto) (?:il )?testamento"
        r"|letter[ae] (?:ai|per i|alle|per le|a|per) (?:miei|mie|mia|mio) (?:figli|figlie|moglie|madre"
        r"|famiglia)",
        r"alles (?:geregeld|op orde|afgehandeld)\b(?! (?:voor|met)\b)"
        r"|testament (?:\S+ )?(?:gemaakt|ligt klaar|opgesteld"
        r"|geschreven)|brie(?:f|ven)(?:je|jes)? (?:\S+ )?(?:aan|voor) (?:mijn|m'n) (?:kinderen|vrouw"
        r"|ouders|zoons?|dochters?|moeder|familie)|de brieven zijn geschreven",
        r"(?:juz )?wszystko (?:zalatwilem|zalatwilam|zalatwione|uporzadkowalem|przygotowalem"
        r"|przygotowalam)|(?:napisalem|spisalem|napisalam) testament|list\w* do (?:rodziny|dzieci"
        r"|zony|mamy|syna|corki)",
        r"(?:ordnat|fixat) allt|skrivit testamente|brev till (?:mamma|barnen|min fru|mina barn"
        r"|familjen)|(?:ordnet|klaret) det hele|lavet (?:mit )?testamente|breve? til (?:mine born"
        r"|min kone|mor|familien)|(?:ordnet|fikset) alt|skrevet testament|brev til (?:barna|kona"
        r"|mamma|familien)",
        r"her seyi (?:ayarladim|hallettim|duzenledim)|vasiyet\w* (?:yazdim|hazirladim)|(?:cocuklarima"
        r"|aileme|anneme|esime) (?:\S+ )?mektup|vse(?:chno)? (?:jsem )?(?:zaridil|vyridil|usporadal)"
        r"|(?:sepsal|napsal) jsem (?:zavet|zavet)|dopis\w* (?:detem|rodine|mame|zene)|am (?:rezolvat"
        r"|aranjat|pus in ordine) tot|mi-am facut testamentul|am scris testamentul|scrisori (?:copiilor"
        r"|familiei|mamei|sotiei)",
        neg=False,
        before=_INTL_NEG,
        also=r"\b(?:manana|esta noche|pronto|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)"
        r"|se acab\w*|demain|ce soir|bientot|fini|morgen|heute nacht|bald|nachste woche|schluss|vorbei"
        r"|amanha|hoje a noite|logo|acabou|domani|stasera|stanotte|presto|finito|vannacht|vanavond"
        r"|straks|binnenkort|voorbij|jutro|dzis|wkrotce|niedlugo|po wszystkim|imorgon|ikvall|snart"
        r"|over|slut|i morgen|i aften|i kveld|forbi|yarin|bu gece|yakinda|bitti|zitra|dnes|brzy"
        r"|konec|maine|diseara|curand|gata|adios|adieu|despedida|afscheid|pozegn\w*|farval|farvel"
        r"|veda|rozlouc\w*|klaar|pret|bereit|pront[oa]|ready|gotow\w*|redo|klar|hazirim|pripraven\w*"
        r"|pregatit)\b",
        text=_INTL_OCCASION,
    ),
    _rule(
        "intl.means",
        S,
        # a rope, a stash of pills, goodbye letters, a gun to the head, car exhaust
        r"(?:tengo|compre|prepare|consegui|ya tengo|colgue|guardo) (?:la|una|mi) (?:cuerda|soga)"
        r"|(?:cuerda|soga) (?:lista|preparada|colgada)|(?:tengo|guardo|junte|juntando|guardado"
        r"|acumulando|ahorrando) (?:\S+ ){0,2}?<IPILLS> (?:guardad[oa]s|suficientes|de sobra)"
        r"|(?:suficientes|bastantes) <IPILLS> (?:guardad[oa]s|para)",
        r"(?:achete|prepare|accroche|j'ai|jai) (?:une|la|ma) corde|corde (?:prete|accrochee)"
        r"|(?:garde|stocke|mis de cote|accumule) (?:\S+ ){0,2}?<IPILLS>|assez de <IPILLS> pour",
        r"(?:hab|habe|gekauft|besorgt|ich) (?:\S+ ){0,2}?(?:das|ein|einen|den|die|eine) (?:seil|strick"
        r"|schlinge)\b|(?:seil|strick|schlinge) (?:\S+ ){0,3}?(?:gekauft|besorgt|aufgehangt|bereit"
        r"|fertig|im keller|am dachboden|am balken)|<IPILLS> (?:gesammelt|gehortet|gebunkert)"
        r"|genug <IPILLS>",
        r"(?:comprei|tenho|preparei|arrumei|ja tenho) (?:a|uma|minha) corda|corda (?:pronta|preparada)"
        r"|(?:juntando|guardando|guardei|juntei|acumulando) (?:\S+ ){0,2}?<IPILLS>",
        r"(?:comprato|preparato|ho|pronta) (?:gia )?(?:la|una) corda|corda (?:pronta|preparata)"
        r"|cappio|(?:messo da parte|accumulato|conservato|accumulando) (?:\S+ ){0,2}?<IPILLS>"
        r"|abbastanza <IPILLS>",
        r"(?:escribi|he escrito|escribiendo|escribir|deje|prepare|tengo lista|ya tengo) (?:\S+ ){0,3}?"
        r"(?:cartas?|notas?) de despedida",
        r"(?:ecrit|ecris|ecrire|laisse|prepare|redige) (?:\S+ ){0,3}?(?:lettres?|mots?) d'adieu",
        r"(?:hab|habe|ich)\b(?: \S+){0,4} abschiedsbrie\w*",
        r"(?:escrevi|escrevendo|escrever|deixei|preparei) (?:\S+ ){0,3}?(?:cartas?|bilhetes?) de"
        r" despedida",
        r"(?:scritto|scrivendo|scrivere|lasciato|preparato) (?:\S+ ){0,3}?(?:letter[ae]|bigliett[oi])"
        r" (?:di |d')addio",
        # the gun or the car: "me pego un tiro", "pistolet sur la tempe", "mir die kugel geben",
        # "gas do escapamento", "pistool tegen m'n hoofd", "strzele sobie w leb", "en kula i
        # huvudet", "kafama sikacagim", "kulku do hlavy", "glont in cap"
        r"(?:pistola|arma|revolver|pistolet|flingue|pistole|waffe|knarre|pistool|wapen|rewolwer"
        r"|bron|pistol|vapen|vaben|silah\w*|tabanca\w*|pistoli|zbran|arma)\b[^.!?]{0,30}\b(?:en la"
        r" sien|a la cabeza|en la boca|sur la tempe|dans la bouche|an (?:den|meinen) kopf|an die"
        r" schlafe|in den mund|na cabeca|na minha cabeca|na boca|alla tempia|in bocca|tegen (?:mijn"
        r"|m'n) (?:hoofd|slaap)|in (?:mijn|m'n) mond|do (?:glowy|skroni|ust)|mot (?:huvudet|tinningen"
        r"|hovedet|hodet|tinningen)|i munnen|kafama|sakagima|agzima|k hlave|ke spanku|do pusy|la"
        r" tampla|in gura)",
        r"(?:un tiro|una bala|balazo|une balle|eine kugel|die kugel|um tiro|uma bala|un colpo|una"
        r" pallottola|een kogel|kule|kula|kulke|kulku|glont|glontul|en kula|en kugle|en kule) (?:\S+ )"
        r"{0,2}?(?:en la cabeza|dans la tete|in den kopf|na cabeca|in testa|door (?:mijn|m'n|het)"
        r" (?:hoofd|kop)|w leb|w glowe|w leb|(?:i|genom) huvudet|(?:for|gennem|i) (?:panden|hovedet)"
        r"|(?:for|gjennom|i) (?:pannen|hodet)|do hlavy|in cap)|strzel\w* sobie w (?:leb|glowe)"
        r"|prostrelim si hlavu|kafama (?:sikacagim|sikicam|sikarim|sikmak)|kendimi vur(?:acagim|cam"
        r"|mak istiyorum)|(?<!nu )(?:sa )?ma impusc\b",
        r"(?:<IHOSE>|<IGARAGE>)[^.!?]{0,40}\b<IEXHAUST>|<IEXHAUST>[^.!?]{0,40}\b(?:<IHOSE>"
        r"|<IGARAGE>)|(?:me voy a|voy a|quiero|pienso en|je vais|ich werde|ich will|vou|quero|vado a"
        r"|voglio|ik ga|ik wil|chce|ska|vil|skal|o sa|vreau sa)\b[^.!?]{0,40}\b(?:<IMOTORON>[^.!?]{0,40}"
        r"\b<IGARAGE>|<IGARAGE>[^.!?]{0,40}\b<IMOTORON>)",
        # the car left running in a closed garage: "vou deixar o carro ligado na garagem fechada",
        # "la voiture qui tourne dans le garage ferme", "motor laufen lassen in der geschlossenen
        # garage"
        r"(?:voy a|vou|quiero|quero|je vais|je veux|ich (?:lass|werde|will)|lass ich|vado a|voglio"
        r"|lascio|ik (?:ga|wil|laat)|chce|zostawie|ska|vil|skal|o sa|vreau sa)\b[^.!?]{0,30}"
        r"\b(?:coche|carro|auto|voiture|wagen|motor|macchina|bil|bilen|araba\w*|masina|samochod)"
        r"\b[^.!?]{0,40}\b(?:garaje|garage|garagem|garagen|garaz\w*|garaj\w*) (?:\S+ )?(?:cerrad[oa]"
        r"|ferme|fechad[ao]|chius[oa]|geschlossen|dicht|zamkniet\w*|stangd|lukket|lukka|kapali"
        r"|zavren\w*|inchis\w*)\b(?! ?\?)(?![^.!?]{0,40}\b(?:calentar|esquentar|aquecer|scaldar\w*"
        r"|chauffer|rechauffer|aufzuwarmen|opwarmen|op te warmen|peligroso|dangereux|gefahrlich|perigoso"
        r"|pericoloso|gevaarlijk|niebezpieczn\w*|farligt|farlig|tehlikeli|nebezpecn\w*|periculos)\b)"
        r"|(?:geschlossenen|zamknietym|stangda|lukkede|lukka|kapali|zavrene|dichte) (?:garage|garaz\w*"
        r"|garaj\w*|garazi)\b(?![^.!?]{0,40}\b(?:nie|nooit|niemals)\b)[^.!?]{0,40}\b(?:laufen|lopen"
        r"|wlaczon\w*|igang|calisir\w*|bezi|nastartovan\w*)\b(?! ?\?)(?![^.!?]{0,40}\b(?:aufzuwarmen"
        r"|opwarmen|op te warmen|gefahrlich|gevaarlijk|niebezpieczn\w*|farligt|farlig|tehlikeli"
        r"|nebezpecn\w*)\b)",
        # poison bought: "comprei veneno de rato", "rattengift gekauft", "kupilem trutke"
        r"(?:compre|comprei|comprato|achete|kupilem|kupilam|koupil jsem|am cumparat) (?:\S+ )?(?:veneno"
        r"|matarratas|chumbinho|raticida|veleno|topicida|poison|mort aux rats|trutk\w*|trucizn\w*|jed"
        r"|otrava|otravă)\b|(?:rattengift|gift|rattengif|gif|rattgift|rottegift) (?:\S+ )?(?:gekauft"
        r"|besorgt|gekocht|kopt|kobt|kjopt)|fare zehiri (?:aldim|buldum)",
        # pills said to be put aside, or counted out as enough: "las pastillas que he guardado",
        # "pillole che ho messo da parte", "mam w szufladzie 60 tabletek, wystarczy"
        r"<IPILLS>\b[^.!?]{0,25}\b" + _INTL_STASHED + r"\b|\d\d+ <IPILLS>\b(?! (?:de |of |van |z |med"
        r" )?(?:vitamin\w*|magnes\w*|omega|hierro|eisen|ferro|ijzer|probiot\w*|suplement\w*"
        r"|supplement\w*))[^.!?]{0,30}\b(?:suficientes|bastan|alcanzan|assez|suffisent|suffit|genug"
        r"|reicht|reichen|suficiente|bastano|basta|genoeg|wystarcz\w*|racker|nok|yeter|staci|ajung)\b"
        r"(?!.{0,30}\b(?:mes|mois|monat|mese|maand|miesiac|manad|maned|ay|mesic|luna|semana|semaine"
        r"|woche|settimana|week|tydzien|vecka|uge|uke|hafta|tyden|saptamana)\b)",
        # a place found, with a rope, a tree or a bridge in the message: "znalazlem miejsce w lesie,
        # sznur juz mam", "ik heb een plek gevonden in het bos en een touw"
        r"(?:(?:plek|plaats|ort|stelle|platz) (?:\S+ ){0,3}?(?:gevonden|gefunden)\b|"
        r"(?:encontre|he encontrado|trouve|gefunden|achei|encontrei|trovato|gevonden|znalazlem"
        r"|znalazlam|hittat|fundet|funnet|buldum|nasel jsem|am gasit) (?:\S+ ){0,2}?(?:lugar|sitio"
        r"|endroit|coin|ort|stelle|platz|lugar|posto|plek|plaats|miejsce|stalle|plats|sted|yer"
        r"|misto|loc)\b)(?=.{0,80}\b(?:cuerda|soga|corde|seil|strick|corda|touw|strop|lin[ae]"
        r"|sznur|petl\w*"
        r"|rep|reb|tau|ip|urgan|provaz|funie|arbol|arbre|baum|arvore|albero|boom|drzew\w*|trad|trae"
        r"|tre|agac|strom|copac)\b)|(?:cuerda|soga|corde|seil|strick|corda|touw|strop|lin[ae]|sznur"
        r"|petl\w*|provaz|funie)\b(?=.{0,80}\b(?:encontre|trouve|gefunden|achei|encontrei|trovato"
        r"|gevonden|znalazlem|znalazlam|hittat|fundet|funnet|buldum|nasel jsem|am gasit) (?:\S+ )"
        r"{0,2}?(?:lugar|sitio|endroit|coin|ort|stelle|platz|posto|plek|plaats|miejsce|stalle|plats"
        r"|sted|yer|misto|loc)\b)",
        # rope, noose and stashed pills in nl, pl, sv, da, nb, tr, cs, ro
        r"(?:touw|strop) (?:\S+ ){0,3}?(?:gekocht|klaar|hangt|opgehangen|vastgemaakt|in de schuur|op"
        r" zolder)|(?:heb|kocht|gekocht) (?:\S+ ){0,2}?(?:een|het|de) (?:touw|strop)\b(?! (?:voor|om)"
        r" (?:de|het|mijn|m'n) (?:boot|tent|was|hond|schommel))|<IPILLS> (?:\S+ ){0,2}?(?:gespaard"
        r"|opgespaard|verzameld|bewaard|gehamsterd)|(?:spaar|verzamel|hamster) (?:\S+ ){0,2}?<IPILLS>"
        r"|genoeg <IPILLS> (?:om|voor)",
        r"(?:kupilem|kupilam|mam|przygotowalem|przygotowalam|zawiazalem|zawiazalam) (?:juz )?(?:\S+ )?"
        r"(?:line|sznur|petle|stryczek)\b|(?:lina|sznur|petla|stryczek) (?:\S+ )?(?:gotow\w*"
        r"|przygotowan\w*|wisi|czeka)|(?:zbieram|zbieralem|zbieralam|odkladam|odlozylem|odlozylam"
        r"|gromadze|uzbieralem|uzbieralam|chomikuje|mam odlozone) (?:\S+ ){0,2}?<IPILLS>"
        r"|wystarczajaco (?:duzo )?<IPILLS>",
        r"(?:kopt|kopte|skaffat|har) (?:\S+ )?(?:ett |et )?(?:rep|reb|tau)\b(?! (?:till|for|til) (?:baten"
        r"|batden|bat|tvatt|gungan))|(?:snara|snaran|repet|rebet|tauet|strikken|lokken|loekken)"
        r" (?:\S+ ){0,2}?(?:ar redo|hanger|er klar|henger|haenger|ligger klar)|(?:samlat|sparat"
        r"|samlar|hamstrat|samlet|sparet|gemt|samler|spart|hamstret) (?:pa mig |pa meg )?(?:\S+ )"
        r"{0,2}?<IPILLS>|(?:tillrackligt|nok|nog) (?:med )?<IPILLS> (?:for|til|att|a)\b",
        r"(?:ip|urgan) (?:aldim|hazirladim|hazir|astim)|<IPILLS> (?:\S+ )?(?:biriktir\w*|saklad\w*"
        r"|topluyorum|topladim)|(?:koupil jsem|mam|pripravil jsem) (?:\S+ )?(?:provaz|opratku|smycku)"
        r"|(?:provaz|opratka|smycka) (?:\S+ )?(?:pripraven\w*|visi|ceka)|(?:sbiram|schovavam|schoval"
        r"|nasetril|nasbiral|sbiral) (?:jsem )?(?:\S+ ){0,2}?<IPILLS>",
        r"(?:am cumparat|am pregatit|am legat) (?:\S+ )?(?:o |un )?(?:funie|streang|sfoara|lat)\b"
        r"|(?:streangul|funia|latul) (?:e |este )?(?:pregatit\w*|gata)|(?:strang|am strans|adun|am"
        r" adunat|pastrez|am pus deoparte|am pastrat) (?:\S+ ){0,2}?<IPILLS>",
        neg=False,
        after=r"^\s*(?:a sauter|de (?:guitare|violon|escalade|saltar|pular|violao|guitarra)|per"
        r" (?:la chitarra|saltare)|zum (?:klettern|springen)|(?:bekommen|erhalten)\b)"
        r"|^\s*(?:a|pour|para|per|an) (?:mon ex|mi ex|meu ex|minha ex|il mio ex|la mia ex|meine ex)"
        r"|^.{0,60}\b(?:tourner la page|pasar pagina|cerrar (?:el|ese) ciclo|virar a pagina|voltare"
        r" pagina)",
        text=r"\b(?:escalada|escalade|klettern|arrampicata|escalar|bateau|barco|boot|barca|camping"
        r"|acampar|tendedero|varal|stendino|gitarre|guitarra|guitare|chitarra|violao|springseil"
        r"|saltar a la|pular corda|corde a sauter|salto della corda|boxe|boxeo|boxen|crossfit"
        r"|klimmen|klimhal|springtouw|zeilen|wspinaczk\w*|skakanka|zeglowanie|klattring|hopprep"
        r"|segling|klatring|sjippetau|sjippetov|seilbat|sejlbad|tirmanis|atlama ipi|lezeni|svihadlo"
        r"|escalada|coarda de sarit|alpinism|schommel|waslijn|tent|hangmat|hustawk\w*|gunga|gynge"
        r"|huske|salincak|houpack\w*|leagan)\b",
    ),
    _rule(
        "intl.plan",
        S,
        # a jump or a train, a place with a decision, a lethal dose asked about: "me voy a tirar
        # del puente", "me jeter sous un train", "vor den zug springen", "atiro-me da ponte",
        # "buttarmi dal ponte", "voor de trein stappen", "skocze z mostu", "hoppa fran bron",
        # "kopruden atlayacagim", "skocim pod vlak", "ma arunc de pe bloc"
        r"(?:tirarme|me tiro|me voy a tirar|aventarme|me aviento|lanzarme|me lanzo|arrojarme|me arrojo"
        r"|saltar|me voy a aventar|me voy a lanzar) (?:\S+ ){0,2}?(?:del|de un|de una|desde (?:el|un"
        r"|la|lo alto de)|de la|por la|al|a las|bajo el|bajo un|frente al|delante del|a un) (?:\S+ )?"
        r"(?:puente|edificio|techo|azotea|balcon|ventana|tren|metro|vias|acantilado|precipicio|piso"
        r" \d+|camion|rio)\b",
        r"(?:me jeter|je me jette|je vais me jeter|sauter|je saute|me balancer|me lancer|je me lance)"
        r" (?:\S+ ){0,2}?(?:du|d'un|d'une|de la|par la|sous (?:le|un|une)|du haut d(?:u|'un|e la))"
        r" (?:\S+ )?(?:pont|immeuble|toit|fenetre|balcon|train|metro|rer|falaise|viaduc|tour|camion"
        r"|etage)\b"
        r"|(?:passer|me mettre|m'allonger) sous (?:un|le) (?:train|metro|rer|camion)",
        r"(?:(?:ich )?(?:spring|springe)|(?:sturz\w*|werf\w*|schmeiss\w*|leg\w*|stell\w*)(?: ich)?"
        r" mich)(?: ich)? (?:\S+ ){0,2}?(?:(?:von (?:der|einer|dem)|vom) (?:brucke|bruecke|dach|hochhaus"
        r"|balkon|klippe|autobahnbrucke)"
        r"|vor (?:den|einen|die|eine) (?:zug|u-bahn|s-bahn|lkw|laster|bahn)|aus dem fenster|auf die"
        r" (?:gleise|schienen))|(?:vor (?:den|einen) zug|von (?:der|einer|dem) (?:brucke|bruecke|dach"
        r"|hochhaus|balkon)) (?:zu )?(?:springen|werfen|legen|gehen|stellen|sturzen)"
        r"|(?:fahr|fahre|rase|setze) (?:\S+ ){0,3}?gegen (?:einen|den|die) (?:baum|wand|brucken\w*|pfeiler)",
        r"(?:me jogar|me jogo|vou me jogar|me atirar|me atiro|atiro-me|atirar-me|pular|saltar|jogar-me"
        r"|me lancar|lancar-me) (?:\S+ ){0,2}?(?:da|de uma|do|de um|do alto d[oa]|(?:na|em) frente"
        r" (?:d[eoa]|a|ao)(?: um| uma)?|embaixo d[eoa](?: um| uma)?|debaixo d[eoa](?: um| uma)?|para"
        r" debaixo d[oa]|no|na) (?:\S+ )?(?:ponte|predio|telhado|janela|sacada|viaduto|penhasco|trem"
        r"|metro|comboio|onibus|caminhao|carro|rio|linha do trem|\d+o? andar)\b",
        r"(?:buttarmi|mi butto|mi buttero|lanciarmi|mi lancio|gettarmi|mi getto|saltare) (?:\S+ ){0,2}?"
        r"(?:dal|da un|dalla|da una|sotto (?:il|un|al|a un)|sotto|giu dal|giu da|dall'|sul|sui) (?:\S+ )?"
        r"(?:ponte|palazzo|tetto|balcone|finestra|treno|metro|viadotto|scogliera|dirupo|binari)\b",
        r"(?:spring|springen|stap|stappen|gooi|gooien|leg)(?: ik| me| mezelf){0,2} (?:\S+ )?"
        r"(?:voor|onder) (?:de|een) (?:trein|metro|tram|vrachtwagen)\b(?! (?:van|om|naar|richting"
        r"|terug|in|op|dan|of)\b)|(?:voor|onder) (?:de|een) (?:trein|metro|tram) (?:springen|stappen"
        r"|gaan liggen|te springen|lopen)\b|(?:spring|springen|gooi|gooien)(?: ik| me"
        r"| mezelf){0,2} (?:\S+ )?(?:van|vanaf|uit) (?:de|een|het|m'n|mijn) (?:brug|flat|dak|balkon"
        r"|toren|raam|parkeergarage|viaduct)\b|(?:van|vanaf) (?:de|een|het) (?:brug|flat|dak|balkon|toren"
        r"|parkeergarage|viaduct) (?:af )?(?:springen|springt|spring|te springen|gooien|storten)\b"
        r"|op het spoor (?:gaan )?(?:liggen|staan)",
        r"(?:skocze|skoczyc|skoczylbym|rzuce sie|rzucic sie|wyskocze|wyskoczyc|skacze|zeskocze)"
        r" (?:\S+ ){0,2}?(?:z (?:mostu|dachu|okna|balkonu|wiezowca|bloku|klifu|wiaduktu|dziesiatego"
        r"|\d+)|pod (?:pociag|tramwaj|ciezarowke|tira|auto|samochod|metro))|(?:pod pociag|pod"
        r" tramwaj)\b",
        r"(?:hoppa|hoppar|kasta mig|kastar mig|slanga mig|stalla mig|hoppe|hopper|springe|springer"
        r"|kaste mig|kaster mig|kaste meg|kaster meg|lagge mig|legge meg) (?:\S+ ){0,2}?(?:(?:ud |ut |ner"
        r" )?(?:fran|fra|af|av) (?:bron|taket|ett tak|balkongen|fonstret|en bro|klippan|hustaket|broen"
        r"|et tag|altanen|vinduet|brua|broa|blokka|et hoyhus|hoghuset|hojhuset)|(?:framfor|foran)"
        r" (?:taget|ett tag|tunnelbanan|en lastbil|bussen|toget|et tog|t-banen|en lastebil|metroen))",
        r"(?:kopru\w*|catidan|balkondan|pencereden|binadan|ucurumdan|yuksekten) (?:kendimi )?(?:\S+ )?"
        r"(?:atlayacagim|atlicam|atlayacam|atlamak|atlarim|atlamayi|atlasam|atlayim|atacagim|atcam"
        r"|atmak)|(?:trenin|metronun|kamyonun) onune (?:\S+ )?(?:atla\w*|at\w*|yat\w*)",
        r"(?:skocim|skocit|skocil bych|vrhnu se|vrhnout se|hodim se|hodit se|lehnu si) (?:\S+ ){0,2}?"
        r"(?:z (?:mostu|okna|strechy|balkonu|panelaku|vyhlidky|utesu|\d+)|pod (?:vlak|auto|kamion"
        r"|tramvaj|metro)|na koleje)|pod vlak\b",
        r"(?:ma arunc|sa ma arunc|ma voi arunca|arunca-ma|sar|sa sar|o sa sar|ma bag|sa ma bag) (?:\S+ )"
        r"{0,2}?(?:de (?:pe|la) (?:pod|bloc|acoperis|balcon|geam|fereastra|etajul \d+|stanca|viaduct)"
        r"|in fata (?:trenului|unui tren|metroului|masinii|unui tir|unei masini)|sub (?:tren|metrou))",
        # the car into a wall or a tree: "estrellar el coche contra un muro", "me planter en
        # voiture contre un arbre", "mit dem auto gegen einen baum", "met de auto tegen een boom"
        r"(?:estrellar(?:me)?|estrellarme|chocar|me estrello|me voy a estrellar|foncer|me planter|jeter"
        r" la voiture|fahr\w*|rase|rasen|bater o carro|jogar o carro|bater|schiantarmi|andare a"
        r" sbattere|rij|rijd|rijden|knal|knallen|crash\w*|wjade|wjechac|rozbic sie|kora|krocka|kore"
        r"|koere|kjore|carp\w*|narazim|narazit|ma izbesc|sa intru|intru)\b[^.!?]{0,40}\b(?:contra"
        r" (?:un|el|una|la|o|um|uma) (?:muro|pared|arbol|camion|poste|arvore|caminhao|albero|muro"
        r"|pilone)|(?:contre|dans) un (?:mur|arbre|camion|pilier|poteau)|in i (?:en )?(?:bergvagg|klippvagg"
        r"|bergvaggen)|gegen (?:einen|den|die|eine)"
        r" (?:baum|wand|mauer|brucken\w*|pfeiler|lkw)|tegen (?:een|de) (?:boom|muur|vrachtwagen"
        r"|pijler)|w (?:drzewo|sciane|tira|ciezarowke)|o (?:drzewo|sciane)|in i (?:ett trad|en vagg"
        r"|en lastbil)|ind i (?:et trae|en mur|en lastbil)|inn i (?:et tre|en vegg|en lastebil)"
        r"|(?:agaca|duvara|kamyona) (?:\S+ )?(?:carp\w*|vur\w*)|do (?:stromu|zdi|kamionu)|(?:de|in)"
        r" (?:un copac|un zid|un tir|copac|zid))",
        # all the pills, said as what I will do: "je vais avaler toutes mes pilules ce soir", "voy a
        # tomarme todas las pastillas", "ik ga al mijn pillen innemen", "wezme wszystkie tabletki"
        r"(?:voy a|quiero|pienso|vais|veux|voudrais|werde|will|vou|quero|vado a|voglio|ga|wil|wezme"
        r"|chce|polkne|ska|vil|skal|kommer att|vezmu si|spolknu|o sa|vreau sa|am sa)"
        r" (?:\S+ )?(?:tomarme|tragarme|tomar|avaler|prendre|nehmen|schlucken|tomar|engolir|prendere"
        r"|ingoiare|innemen|nemen|slikken|wziac|polknac|ta|tage|tar|tager|iau|inghit)?\s?(?:todas"
        r" las|todos los|toda la caja de|toutes (?:mes|les)|tous (?:mes|les)|toute la boite de|alle"
        r" (?:meine |mine |de |die )?|die ganze packung|todos os|todas as|tutte le|tutti i|al (?:mijn"
        r"|m'n|de)|wszystkie|alla (?:mina )?|vsechny|toate) ?(?:mis |meus |minhas |mes |meine |miei"
        r" |mie |moje |mine )?<IPILLS>\b(?! (?:per|para|pour|fur|voor"
        r"|na|for|pentru|pro|zu|om)\b)|(?:butun|tum|biriktirdigim|sakladigim) (?:\S+ )?(?:haplari"
        r"|ilaclari) (?:\S+ ){0,3}?(?:icecegim|icicem|icmek istiyorum|yutacagim)",
        # standing on the bridge or the roof, and a jump: "ik sta op de brug en durf niet te
        # springen", "stoje na moscie i mysle zeby skoczyc", "stau pe pod si ma gandesc sa sar"
        r"(?:estoy (?:en|sobre) (?:el|la) (?:puente|techo|azotea|borde)|je suis sur (?:le|la) (?:pont"
        r"|toit|bord|rambarde)|(?:stehe|steh|bin|sitze|sitz) (?:\S+ ){0,3}?auf (?:der|dem) (?:brucke"
        r"|bruecke|dach|gelander)|(?:to|estou|tou) (?:\S+ ){0,2}?(?:na ponte|no telhado|no topo|na beira)"
        r"|sono (?:sul|sulla) (?:ponte|tetto|cornicione|ringhiera)|(?:sta|zit|ben) (?:\S+ ){0,3}?op (?:de"
        r"|een|het) (?:brug|dak|flat|balkon|rand|reling)|(?:stoje|siedze|jestem) na (?:moscie|dachu"
        r"|krawedzi|balkonie)|(?:star|sitter) pa (?:bron|taket|kanten|broen|taget|kanten|brua|broa)"
        r"|kopru\w*(?:de|da)(?:yim)?|catida(?:yim)?|stojim na (?:moste|strese|okraji)|(?:stau|sunt) pe"
        r" (?:pod|acoperis|bloc|marginea))\b[^.!?]{0,60}\b(?:saltar|tirarme|sauter|me jeter|spring\w*"
        r"|pular|me jogar|saltare|buttarmi|skocz\w*|hoppa|hoppe|springe|atla\w*|skoc\w*|sar|arunc\w*)",
        r"mich (?:\S+ ){0,2}?(?:vor (?:den|einen|die|eine|nen|ne) (?:zug|u-bahn|s-bahn|lkw|laster|bahn)"
        r"|von (?:der|einer|dem|ner) (?:brucke|bruecke|dach|hochhaus|balkon)) (?:zu )?(?:werfen|legen"
        r"|stellen|schmeissen|sturzen)\b|vor (?:nen|ne) (?:zug|u-bahn|s-bahn|lkw|laster|bahn)\b",
        # the bridge, the rails, the roof, with a decision or a hint: "manana voy al puente, ya lo
        # he decidido", "je vais aux rails ce soir, si tu vois ce que je veux dire"
        r"(?:puente|vias del tren|azotea|pont|voie ferree|rails|falaise|brucke|bruecke|gleise|ponte"
        r"|trilhos|linha do trem|binari|brug|spoor|most\w*|tory|bron|spåret|sparet|ralsen|broen"
        r"|skinnerne|sporet|brua|broa|skinnene|kopru\w*|raylar\w*|koleje|kolejich|(?:pe|de pe"
        r"|la) pod|calea ferata"
        r"|sine)\b(?=.{0,100}\b(?:decidid[oa]|no intentes|no trates de|no me (?:detengas|convenzas)"
        r"|si tu vois ce que je veux dire|pas pour (?:prendre|me promener|voir)|ne (?:me )?dis rien"
        r"|(?:c'est|j'ai) decide|entschieden|versuch nicht|halt mich nicht|wenn du verstehst"
        r"|nicht um (?:zug|spazieren)|decidido|nao tente|se e que me entende|ja decidi|ho deciso"
        r"|non (?:provare|cercare)|se mi capisci|besloten|beslist|probeer me niet|als je begrijpt"
        r"|zdecydowa\w*|nie probuj|jesli wiesz o co|bestamt|bestemt|besluttet|forsok inte|prov ikke"
        r"|karar\w*|vazgecir\w*|rozhodnut\w*|rozhodl\w*|nesnaz se|hotarat|hotarit|nu incerca))",
        # how many pills kill: "wieviel ibuprofen ist todlich", "hoeveel paracetamol is dodelijk",
        # "ile tabletek zeby umrzec", "hur manga tabletter ar dodligt"
        _INTL_HOW_MANY + r"\b[^.!?]{0,40}\b<IPILLS>\b[^.!?]{0,60}\b" + _INTL_LETHAL + r"\b",
        r"(?:dosis|dose|dawk\w*|doz\w*|davk\w*) (?:\S+ )?(?:letal\w*|mortal\w*|mortelle|todlich\w*"
        r"|dodelijk\w*|smiertel\w*|dodlig\w*|dodelig\w*|olumcul\w*|smrteln\w*)|(?:letale|todliche"
        r"|dodelijke|smiertelna|smiertelnej|dodlig|dodelig|olumcul|smrtelna|smrtelnou) (?:\S+ )?"
        r"(?:dosis|dose|dawk\w*|doz\w*|davk\w*)",
        neg=False,
        before=_INTL_NEG,
        text=_INTL_CARE_WORK + r"|" + _INTL_MEDIA,
    ),
    _rule(
        "intl.decided",
        S,
        # a plan told without its means, or a date set: "tengo todo planeado para el sabado", "j'ai
        # tout prevu pour samedi", "ich hab alles geplant", "ja tenho tudo planejado", "ho gia
        # deciso tutto", "ik heb alles gepland voor zaterdag", "mam wszystko zaplanowane", "ya
        # tengo fecha", "j'ai choisi le jour", "das datum steht", "ik heb de datum gekozen"; the plan
        # must end the clause or name only a day (not a party, a trip or a move: text)
        r"(?:(?:ya )?(?:lo )?tengo (?:ya )?todo (?:ya )?(?:planeado|planificado|pensado|decidido)"
        r"|(?:j'ai|g|jai) tout (?:prevu|planifie|decide)|(?:ich )?(?:hab|habe) (?:\S+ )?alles (?:geplant"
        r"|durchgeplant|durchdacht)|(?:ja )?(?:tenho|ta|esta|deixei) tudo (?:planejado|planeado|pensado"
        r"|decidido)|(?:ho )?(?:gia )?(?:pianificato|deciso|programmato) tutto|(?:ik )?heb (?:\S+ )?alles"
        r" (?:gepland|uitgedacht|besloten)|(?:mam )?(?:juz )?wszystko (?:zaplanowane|postanowione"
        r"|obmyslone)|(?:har )?(?:planerat|planlagt) (?:allt|alt)|her seyi planladim|(?:mam )?(?:vsechno|vse)"
        r" naplanovan\w*|(?:am )?(?:planificat|planuit) (?:tot|totul))(?:"
        r" (?:ya|deja|schon|gia|al|juz|redan|allerede|artik|uz))?(?= ?[.!,;]|$"
        r"| (?:para|pour|fur|pra|per|voor|op|na|till|til|pa|for|pentru|icin) (?:el |la |este |esta |o |a"
        r" |le |ce |den |das |het |de |il |lo |questo )?(?:lunes|martes|miercoles|jueves|viernes|sabado"
        r"|domingo|finde|manana|esta noche|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|ce"
        r" soir|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen|heute nacht|segunda"
        r"|terca|quarta|quinta|sexta|amanha|hoje a noite|lunedi|martedi|mercoledi|giovedi|venerdi|sabato"
        r"|domenica|domani|stanotte|stasera|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
        r"|vannacht|vanavond|poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele|jutro|dzis"
        r"|mandag|tisdag|tirsdag|onsdag|torsdag|fredag|lordag|sondag|imorgon|i morgen|ikvall|i aften|i"
        r" kveld|luni|marti|miercuri|joi|vineri|sambata|duminica|maine|diseara|sabah|cumartesi|pazar"
        r"|yarin|bu gece|sobotu|nedeli|zitra|dnes)\b)",
        r"(?:ya )?(?:tengo|elegi|escogi|puse|he (?:elegido|puesto|escogido)) (?:la |una )?(?:fecha|el"
        r" dia)(?= ?[.!,;]|$)|(?:j'ai|g|jai) (?:choisi|fixe) (?:la date|le jour)(?= ?[.!,;]|$)|(?:das"
        r" datum|der tag) steht(?= ?[.!,;]|$)|(?:datum|den tag) (?:\S+ )?(?:festgelegt|ausgesucht)(?="
        r" ?[.!,;]|$)|(?:escolhi|marquei|defini|ja tenho) (?:a data|o dia)(?= ?[.!,;]|$)|(?:ho scelto"
        r"|ho fissato|ho deciso) (?:la data|il giorno)(?= ?[.!,;]|$)|(?:de datum|de dag) (?:\S+ )?(?:gekozen"
        r"|geprikt|vastgezet|staat vast)(?= ?[.!,;]|$)|(?:wybralem|wybralam|ustalilem|ustalilam) (?:\S+ )?"
        r"(?:date|dzien)(?= ?[.!,;]|$)|(?:valt|valgt|bestamt|bestemt) (?:datum|dato|dagen|datoen"
        r"|datumet)(?= ?[.!,;]|$)|(?:tarihi|gunu) (?:belirledim|sectim)(?= ?[.!,;]|$)|(?:vybral|vybrala"
        r"|urcil|urcila) jsem (?:\S+ )?(?:datum|den)(?= ?[.!,;]|$)|(?:am ales|am stabilit|am fixat)"
        r" (?:data|ziua)(?= ?[.!,;]|$)",
        neg=False,
        before=_INTL_NEG,
        text=_INTL_CARE_WORK + r"|" + _INTL_MEDIA + r"|" + _INTL_OCCASION + r"|" + _INTL_GAME + r"|"
        + _INTL_EVENT,
    ),
    _rule(
        "intl.join_dead",
        S,
        # to be with, join or see again someone who has died: "quiero estar con mi madre que
        # murio", "je veux rejoindre mon pere au ciel", "ich will zu meiner mama in den himmel",
        # "quero ir ter com a minha mae que morreu", "ik wil bij mijn overleden vader zijn" (the
        # death named; not a funeral or a grave visited)
        r"(?:quiero|quisiera|solo quiero|me gustaria|necesito|je veux|j'ai envie d[e']|je voudrais"
        r"|ich will|ich mochte|ich wurde gern|quero|gostaria de|voglio|vorrei|ik wil|ik zou willen|chce"
        r"|chcialbym|chcialabym|jag vill|jeg vil|istiyorum|chci|chtel bych|chtela bych|vreau|as vrea)"
        r" (?:(?:ir|irme|aller|gehen|andare|gaan|isc|ga|sa ma duc)(?: a)? )?(?:estar con|reunirme con"
        r"|ir con|irme con|volver a ver a|rejoindre|retrouver|etre avec|aller avec|zu|bei|wiedersehen"
        r"|ir ter com|ficar com|estar com|reencontrar|raggiungere|stare con|rivedere|andare da|bij|naar"
        r"|samen (?:zijn )?met|byc z|byc razem z|dolaczyc do|vara med|vara hos|till|vaere med|vaere hos"
        r"|til|byt s|za|sa fiu cu|la)\b(?![^.!?]{0,50}\b(?:velorio|funeral|entierro|cementerio|tumba"
        r"|enterro|cemiterio|funerale|cimitero|tomba|begrafenis|kerkhof|graf|pogrzeb\w*|cmentarz\w*"
        r"|grob|begravning\w*|kyrkogard\w*|begravelse\w*|kirkegard\w*|gravplass\w*|cenaze\w*|mezar\w*"
        r"|pohreb\w*|hrbitov\w*|hrob|inmormantare|cimitir\w*|mormant\w*|obseques|cimetiere|tombe"
        r"|beerdigung|friedhof|grab)\b)[^.!?]{0,50}?\b(?:murio|fallecio|muert[oa]s?|difunt[oa]|en el"
        r" cielo|que ya no esta|decede\w*|au ciel|au paradis|gestorben|verstorben\w*|(?:ist|sind) tot"
        r"|im himmel|in den himmel|morreu|faleceu|falecid[oa]|no ceu|pro ceu|morto|morta|in cielo|in"
        r" paradiso|scompars[oa]|overleden|dode|in de hemel|naar de hemel|zmarl\w*|umarl\w*|nie zyje"
        r"|niezyjac\w*|w niebie|do nieba|dog|doda|dode|doede|i himlen|i himmelen|vefat\w*|cennet\w*"
        r"|zemrel\w*|umrel\w*|v nebi|do nebe|a murit|decedat\w*|in cer|dod)\b(?! (?:de|di|van|vor|av|af"
        r"|z|ze|do)\b)",
        # in Turkish the wish comes last: "annemin yanina gitmek istiyorum, o oldu"
        r"(?:olen|rahmetli) (?:\S+ )?(?:yanina|yanlarina) (?:gitmek|kavusmak) (?:istiyorum|istiyom)",
        neg=False,
        before=_INTL_NEG + r"|" + _INTL_THIRD,
        text=_INTL_HELPING + r"|" + _INTL_MEDIA,
    ),
    _rule(
        "intl.self_harm",
        S,
        # cutting or burning oneself, again or on the arms; not a haircut, a shave or cooking
        r"me (?:volvi a |he vuelto a |estoy |sigo )?cort(?:e|o|ando|ar|ado)(?= (?:\S+ ){0,3}?(?:otra"
        r" vez|de nuevo|a proposito|(?:los|las|el|la|en los|en las|en el|en la) (?:brazos?|munecas?"
        r"|piernas?|venas|muslos?)))(?!.{0,40}\b(?:pelo|cabello|barba|afeit\w*|cocin\w*|sin querer"
        r"|dedo|papel))|(?:volvi a|sigo|empece a) (?:cortarme|quemarme|lastimarme)|autolesi\w*"
        r"|me (?:corto|quemo) (?:con (?:una |la )?(?:cuchilla|navaja|gillette|hoja de afeitar|cigarr\w*"
        r"|mechero|encendedor)|cada (?:noche|dia|vez))|(?:me hago|hacerme) cortes"
        # "llevo semanas cortandome los brazos", "sigo quemandome con cigarros"
        r"|(?:llevo|sigo|estoy|ando|paso) (?:\S+ ){0,2}?(?:cortandome|quemandome|lastimandome"
        r"|rajandome)\b(?!.{0,40}\b(?:pelo|cabello|barba|afeit\w*|cocin\w*|sin querer|dedo|papel))"
        r"|(?:cortandome|quemandome) (?:los|las|el|la) (?:brazos?|munecas?|piernas?|muslos?)",
        r"je me (?:suis )?(?:encore |a nouveau |de nouveau )?(?:coupe|coupee|scarifiee?|mutilee?"
        r"|brulee?)(?= (?:\S+ ){0,3}?(?:encore|a nouveau|de nouveau|(?:les|le|aux|au|la) (?:bras"
        r"|poignets?|jambes?|cuisses?|veines))|$| ce soir| cette nuit)(?!.{0,40}\b(?:cheveux|barbe"
        r"|rasant|cuisin\w*|sans faire expres|doigt|papier))|me scarifi\w*|scarifier|automutil\w*"
        r"|je me (?:coupe|brule|taillade) (?:\S+ )?(?:avec (?:une|un|des|la|le) (?:lame|rasoir|cutter"
        r"|cigarette|briquet)|tous les (?:soirs|jours))",
        r"geritzt\b|(?:ritze|ritz|ritzen) (?:mich|ich mich)|mich (?:selbst )?(?:ritzen|ritze)"
        r"|selbstverletz\w*|(?:schneide|schneid|verbrenne|verbrenn) (?:ich )?mich (?:\S+ ){0,2}?(?:wieder"
        r"|absichtlich|selbst|am arm|an den armen|in die arme|mit (?:der |einer )?(?:klinge"
        r"|rasierklinge|zigarette|kippe))\b|(?:hab|habe) mich (?:wieder|absichtlich|selbst) (?:\S+ )?"
        r"(?:geschnitten|verbrannt)",
        r"me (?:cortei|cortando|corto|queimei)(?= (?:\S+ ){0,3}?(?:de novo|denovo|outra vez|de"
        r" proposito|(?:n?os|n?as|o|no|a|na) (?:bracos?|pulsos?|pernas?|coxas?)))(?!.{0,40}\b(?:fazendo"
        r"|cozinh\w*|sem querer|barba|cabelo|dedo))|(?:voltei a|comecei a|continuo a) (?:me cortar"
        r"|me queimar)|automutila\w*|autolesa\w*|(?:tenho|estou|venho|continuo) me (?:cortado|cortando"
        r"|machucado|machucando|queimado|queimando)\b(?!.{0,40}\b(?:barb\w*|cozinh\w*|sem querer|lamina"
        r" nova|aparelho))|me (?:corto|queimo) (?:com (?:gilete|lamina|estilete"
        r"|cigarro|isqueiro)|todo dia|toda noite)",
        r"mi (?:sono |son )?(?:tagliat[oa]|taglio|bruciat[oa])(?= (?:\S+ ){0,3}?(?:di nuovo|ancora"
        r"|(?:le|i|il|la|sui|sulle) (?:braccia|braccio|polsi|polso|gambe|cosce))| stanotte| stasera"
        r"|$)(?!.{0,40}\b(?:capelli|barba|cucin\w*|dito|per sbaglio|carta|rasoio))"
        r"|(?:ricominciato|continuo) a (?:tagliarmi|farmi del male)|autolesionis\w*|mi (?:taglio"
        r"|brucio) (?:da (?:quando|mesi|settimane|anni)|ogni (?:giorno|sera|notte)|tutti i giorni"
        r"|con (?:la |una |il )?(?:lametta|rasoio|taglierino|sigarett\w*|accendino))",
        r"(?:ik )?(?:snij|kras|brand) (?:mezelf|mijzelf|me)\b(?!.{0,30}\b(?:per ongeluk|in (?:mijn"
        r"|m.n) vinger|aan (?:een|het"
        r"|de)|bij het|tijdens))|mezelf (?:\S+ )?(?:snijden|gesneden|krassen|gekrast|verbranden"
        r"|beschadigen|pijn (?:te )?doen)\b(?!.{0,30}\b(?:per ongeluk|aan (?:een|het|de)|bij het"
        r"|tijdens|met koken|scheren))|(?:doe|deed) (?:mezelf|mijzelf) (?:\S+ )?pijn\b|(?:in"
        r"|op) (?:mijn|m'n) (?:armen|polsen|benen|dijen) (?:\S+ )?"
        r"(?:gesneden|gekrast|snijden|krassen)|zelfbeschadiging|zelfverwonding|automutilatie|ik kras"
        r" (?:weer|nog steeds|elke)",
        r"(?:tne|ciac|pocialem|pocielam|cialem|cielam|pociac|okaleczam|okaleczylem|okaleczylam"
        r"|przypalam|przypalilem|przypalilam|krzywdze|kalecze|pocialam) sie\b|sie (?:tne|pocialem"
        r"|pocielam|okaleczam|przypalam)\b|samookalecz\w*|robie sobie krzywde|zrobic sobie krzywde"
        r"|ciecie sie",
        r"skar (?:mig|mej) (?:sjalv|i (?:armarna|armen|handlederna|benen|laren)|igen|med rakblad|varje)"
        r"|skara mig (?:sjalv|i armarna)|(?:skadar|skadat) mig sjalv|sjalvskad\w*|(?:branner|brande) mig"
        r" (?:sjalv|med cigaretter)|(?:skaerer|skar|skaere) i mig selv|(?:cutter|cuttede|cutte) (?:mig"
        r"|meg)\b|selvskad\w*|skader (?:mig|meg) selv|(?:kutter|kuttet|kutte) meg\b(?! (?:pa|i)"
        r" (?:fingeren|kniven|papir\w*))|(?:skjaerer|skar) meg (?:selv|igjen|i armen|i armene)"
        r"|brenner meg selv",
        r"kendimi (?:kesiyorum|kestim|kesmek|kesicem|keserim|yakiyorum|yaktim|jiletliyorum"
        r"|jiletledim)|jiletle (?:kendimi|kolumu|kollarimi|bilegimi)|(?:kollarimi|kolumu|bilegimi"
        r"|bileklerimi) (?:\S+ )?(?:kesiyorum|kestim|jiletliyorum|jiletledim)|kendime zarar"
        r" (?:veriyorum|verdim|vermek)",
        r"rezu se|(?:porezal|porezala|rezal|rezala) jsem se (?:\S+ ){0,2}?(?:zase|schvalne|ziletkou"
        r"|na rukou|na rukach|na zapesti)|sebeposkoz\w*|ublizuju si|palim se (?:cigaret\w*)",
        r"ma tai (?:pe|la) (?:maini|brate|incheieturi|picioare)|m-am taiat (?:iar|din nou|pe (?:maini"
        r"|brate|incheieturi)|intentionat)|imi fac rau singur|autovatam\w*|ma ard cu tigara",
        neg=False,
    ),
    _rule(
        "intl.harm",
        H,
        # hands on her throat, a hand raised, a blow given, in any of the languages: "le puse la
        # mano encima", "meine hande um ihren hals", "ik heb mijn zoon een klap gegeven"
        r"(?:le )?(?:puse|he puesto) (?:la mano|las manos) encima|le (?:levante|he levantado) la mano"
        r"|(?:las manos|mis manos) (?:en|alrededor de) su cuello|(?:mes )?mains autour de son cou|(?:meine"
        r" )?hande um (?:ihren|seinen|den) hals|apertei o pescoco d(?:ela|ele)|mani al collo|(?:mijn )?handen"
        r" om (?:haar|zijn) (?:nek|keel)|(?:rece|dlonie) na (?:jej|jego) szyi|(?:handerna|hendene|haenderne)"
        r" (?:runt|rundt om|om) (?:hennes|hendes|hans) hals|ruce kolem (?:jejiho|jeho) krku|mainile pe"
        r" gatul (?:ei|lui)|(?:mijn|m'n) (?:vrouw|vriendin|zoon|zoontje|dochter|dochtertje|kind|baby|ex)"
        r" (?:een )?(?:klap|klappen|mep|schop|trap|duw|dreun|stomp)(?:en)? (?:gegeven|verkocht)"
        r"|(?:gaf|geef) (?:mijn|m'n) \w+ een (?:klap|mep|dreun|trap)|(?:haar|hem|ze|mijn \w+|m'n \w+) in"
        r" elkaar (?:te )?(?:slaan|trappen|rammen)\b|bij (?:haar|zijn|de) keel (?:gepakt|gegrepen)"
        r"|(?:heb|had) (?:mijn|m'n) (?:vrouw|vriendin|zoon|dochter|kind|baby|ex) (?:\S+ ){0,4}?(?:geduwd"
        r"|gewurgd|geslagen|geschopt|gestompt)\b",
        # a face to be smashed: "le voy a romper la cara", "je vais lui casser la gueule", "gli
        # spacco la faccia", "ik sla zijn kop in", "rozwale mu leb"
        r"(?:le|les) (?:voy a|vamos a) (?:romper|partir|reventar) (?:la cara|la crisma|la madre|el"
        r" alma)|(?:romperle|partirle|reventarle) (?:la cara|la crisma)|(?:je vais|j'vais|jvais) (?:lui"
        r"|leur) (?:casser|exploser|defoncer|peter) (?:la gueule|la tete|le crane)|(?:hau|schlag|polier)"
        r" (?:ich )?(?:ihm|ihr) (?:die fresse|den schadel|die visage)|vou (?:quebrar|arrebentar) a cara"
        r" d(?:ele|ela|esse)|(?:gli|le) (?:spacco|rompo) (?:la faccia|la testa)|sla (?:ik )?(?:zijn|haar)"
        r" (?:kop|hoofd|schedel) in|(?:rozwale|rozkwasze|rozbije) (?:mu|jej) (?:leb|morde|glowe)",
        # a shot or a blade promised, a child shaken, a partner hit, in any of the languages: "le
        # voy a meter un tiro", "j'ai gifle ma fille", "angst, dass ich mein baby schuttle", "sacudi
        # meu bebe", "ammazzo lei", "potrzasnalem corka", "jeg slo kona mi", "zmlatil jsem"
        r"(?:le|les) (?:voy a meter|meto|metere|voy a pegar|pego|voy a dar) un (?:tiro|balazo|navajazo"
        r"|plomazo|tiro en la cabeza)|(?:meterle|pegarle) un (?:tiro|balazo)|j'ai (?:frappe|gifle|cogne"
        r"|secoue|etrangle|tape|tabasse|bouscule|pousse) (?:ma|mon|mes)\b|angst,? dass ich (?:\S+ )"
        r"{0,5}?(?:schuttle|schuttel|schuttele|schlage|weh tue|wehtue|verletze|was antue|erwurge|umbringe)\b|sacudi"
        r" (?:o|meu|minha|a|o meu) (?:bebe|filh[oa]|nenem)|(?:ammazzo|uccido|ammazzero|uccidero)"
        r" (?:lei|lui|loro|quel\w*|quest\w*|mia moglie|mio figlio|la mia ex|il mio ex)\b"
        r"|(?:potrzasnalem|potrzasnelam|uderzylem|uderzylam|pobilem|pobilam|spoliczkowalem) (?:\S+ )?"
        r"(?:corka|corke|synem|syna|dzieckiem|dziecko|zone|zona|dziewczyne|niemowle\w*)\b|(?:jeg|jag)"
        r" (?:slo|slog) (?:kona|dama|kjaresten|kaeresten|min \w+|mitt \w+|henne|ham|honom|sonen"
        r"|datteren|barnet|ungen)\b|(?:zmlatil|uhodil|zbil|skrtil|strcil|nakopal) jsem (?:\S+ )?"
        r"(?:pritelkyni|zenu|manzelku|syna|dceru|dite|ji|ho|bejvalou)\b|bange for at (?:jeg )?(?:kommer"
        r" til at |vil )?(?:skade|sla|gore .{0,15}fortraed|ryste) (?:\S+ )?(?:min|mit|vores) (?:baby"
        r"|barn|son|datter|kone|kaereste)",
        r"(?:voy a|quiero|ganas de|miedo de) (?:matarla|matarlo|pegarle|golpearla|golpearlo"
        r"|hacerle dano|lastimarla|lastimarlo)|le pegue a (?:mi|la)|golpee a (?:mi|la)",
        r"(?:la|lo|los|las) (?:mato|voy a matar|matare|quiero matar)\b|(?:hacerle|hacerles) (?:algo"
        r"|dano) a (?:mi|mis|la|el)\b|(?:lo|la) sacudi\b|sacudi (?:al|a mi) (?:bebe|nene|hijo|hija)"
        r"|(?:ganas|miedo) de (?:sacudirlo|sacudirla|ahogarlo|ahogarla|asfixiarlo|asfixiarla)"
        r"|(?:ganas de|miedo de|voy a|quiero) (?:matar|estrangular|ahorcar|apunalar|acuchillar|golpear"
        r"|pegar|ahogar|asfixiar|sacudir|lastimar|hacerle dano) a (?:mi|mis|la|el|ese|esa|los|las)\b"
        r"|(?:le|les) (?:di|he dado|pegue) (?:una paliza|un punetazo|una bofetada|un golpe|una"
        r" cachetada|una patada)s? a (?:mi|la|el)\b|(?:pegue|golpee|abofetee|empuje|sacudi|estrangule"
        r"|ahorque) a (?:mi|la) (?:esposa|mujer|novia|hij[oa]|bebe|pareja|ex)\b"
        r"|(?:matar|apunalar|acuchillar|balear) (?:a (?:ese|esa|mi|los|las)|al) (?:\S+ )?"
        r"(?:desgraciado|cabron|hijo de puta|tipo|jefe|ex|esposa|mujer|novia|vecino)\b",
        r"(?:je vais|j'ai envie de|peur de|veux) (?:la|le|les|lui) (?:tuer|frapper|faire du mal"
        r"|battre)|j'ai frappe (?:ma|mon|mes)",
        r"je (?:la|le|les) (?:tue|tuerai|bute|buterai)\b|(?:je vais|j'vais|jvais) (?:la|le|les)"
        r" (?:buter|crever|planter|egorger|etrangler)\b(?! la\b)|faire du mal a (?:mon|ma|mes)"
        r" (?:bebe|fils|fille|femme|copine|enfants?|gamins?|mari|copain|petite?)\b|(?:envie de|peur"
        r" de) (?:le|la) secouer|(?:peur|envie) d'(?:etrangler|egorger|ecraser|etouffer) (?:ma|mon|mes"
        r"|la|le|cette|ce)\b|(?:peur|envie) de (?:\S+ ){0,6}?(?:frapper|taper|secouer|etrangler|tuer"
        r"|battre) (?:mon|ma|mes|le|la) (?:fils|fille|bebe|femme|copine|enfants?|gamins?|mari|copain"
        r"|petite?)\b|(?:j'ai )?secoue (?:mon|le|notre|ma) (?:bebe|fils|enfant|fille|petit)"
        r"|(?:tous|toutes) les (?:buter|descendre"
        r"|tuer)",
        r"(?:ich bringe|bring) (?:sie|ihn) um|(?:sie|ihn) umbringen|(?:ihr|ihm|meine[rmn]? \w+)"
        r" (?:weh ?(?:tue|tu|zu tun)|(?:etwas|was) (?:antue|antu|anzutun))|habe (?:meine[rn]? \w+"
        r"|sie|ihn) geschlagen",
        r"(?:stech|steche) ich (?:ihn|sie|den|die)\b(?: \S+){0,2} ab\b|(?:ihn|sie) abstechen"
        r"|(?:bring|bringe) ich (?:ihn|sie|den|die) (?:\S+ ){0,2}?um\b|(?:ich )?(?:bring|bringe) (?:den|die"
        r"|diesen|diese|meinen|meine|meinem) \w+ um\b|(?:hab|habe) (?:meine[nm]? \w+"
        r"|mein \w+|sie|ihn)(?: \S+){0,2} (?:gewurgt|gewuergt|getreten|geschubst|verprugelt"
        r"|verpruegelt|geschlagen|geschuttelt|geschuettelt)\b|(?:schlag|schlage|prugel|prugle|tret"
        r"|trete) (?:ich )?(?:ihn|sie|den \w+|die \w+|beide) (?:\S+ ){0,2}?(?:tot|krankenhausreif"
        r"|zusammen)\b|(?:knall|knalle|leg|lege|schiess|schiesse) ich (?:ihn|sie|die"
        r"|den|beide|alle|euch)\b(?: \S+){0,2} (?:ab|um|nieder)\b|(?:ihn|sie|beide|alle) (?:abknallen"
        r"|erschiessen|umlegen|kaltmachen|abstechen)",
        r"(?:vou|quero|medo de) (?:matar|bater|machucar) (?:ela|ele|minha|meu)|mata-la|mata-lo"
        r"|bati (?:na|no|nela|nele)",
        r"(?:eu )?(?:mato|matarei) (?:ele|ela|esse|essa|eles|o cara|aquele|aquela)\b|fazer (?:alguma"
        r" |uma )?(?:besteira|merda|coisa) com (?:minha|meu|ela|ele)\b|empurrei (?:minha|meu|a|o)"
        r" (?:mulher|esposa|namorada|filh[oa]|bebe|mae|pai)\b|(?:espanquei|esganei|enforquei)"
        r" (?:minha|meu|ela|ele)\b|machucar (?:minha|meu|meus|minhas) (?:mulher|esposa|namorada"
        r"|filh[oa]s?|bebe)|(?:vontade de|quero|vou|medo de) (?:matar|esfaquear|enforcar|espancar|bater"
        r" em|machucar|estrangular) (?:a minha|o meu|minha|meu|ela|ele|esse|essa|aquel\w*)\b"
        r"|dei (?:um|uns) (?:soco|tapa|murro|chute|empurrao)s? (?:na|no|nela|nele|em)"
        r" (?:minha|meu|ela|ele)?\b|(?:vou|quero) matar (?:aquele|aquela|esse|essa|o"
        r"|a) (?:\S+ )?(?:desgracad[oa]"
        r"|filho da puta|cara|vagabund[oa]|chefe|ex)\b",
        r"(?:lo|la|li|le) (?:ammazzo|uccido|ammazzero|uccidero|faccio fuori)\b|l'(?:ammazzo|uccido)"
        r"|(?:ammazzarlo|ammazzarla|ucciderlo|ucciderla)\b|far del male (?:a|al|alla|ai|alle) (?:(?:mia|mio"
        r"|miei|mie) )?(?:moglie|marito|figli\w*|bambin\w*|ragazza|compagna|neonat\w*|piccol\w*|lei"
        r"|lui)\b|fare del male a (?:mia|mio|miei|mie|lei"
        r"|lui)\b|(?:ho|l'ho) (?:picchiato|picchiata|strangolato|strangolata|preso a (?:pugni|schiaffi"
        r"|calci)) (?:mia|mio|lei|lui|il|la)\b|(?:le|gli) ho messo le mani (?:al collo|addosso)"
        r"|(?:strangolarla|strangolarlo|soffocarla|soffocarlo|accoltellarla|accoltellarlo|picchiarla"
        r"|picchiarlo|sparargli|spararle)\b|(?:voglio|vorrei|ho voglia di|sto per|vado a|ho paura di)"
        r" (?:ammazzare|uccidere|strangolare|accoltellare|picchiare|sparare a) (?:il mio|la mia|mio|mia"
        r"|quel\w*|lui|lei|quest\w*)\b|scuotere (?:il|la|mio|mia) (?:bambin[oa]|neonat[oa]"
        r"|figli[oa]|piccol[oa])",
        # nl: "ik vermoord hem", "steek ik hem neer", "bang dat ik mijn baby iets aandoe"
        r"(?:wil|ga|zal) (?:die|dat|hem|haar|ze|mijn|m'n) (?:(?!niet\b|nooit\b)\S+ ){0,7}?(?:vermoorden"
        r"|doodmaken|neersteken|neerschieten|afmaken|doodslaan)\b",
        r"(?:ik )?(?:vermoord|vermoorden|vermoorde) (?:hem|haar|ze|die|dat|m'n|mijn|ons)\b|(?:hem|haar"
        r"|ze|die \w+) (?:neer|dood|af|in elkaar) te (?:steken|schieten|slaan|maken)\b|(?:sla|trap|schop)"
        r" (?:ik )?(?:haar|hem|ze) (?:\S+ ){0,3}?in elkaar|(?:wil|ga|zal) (?:hem|haar|ze|mijn \w+|m'n"
        r" \w+) (?:\S+ )?iets (?:aandoen|aan doen|aan te doen)|(?:hem|haar"
        r"|ze) (?:te )?(?:vermoorden|doodmaken|dood te maken|neersteken|neerschieten|doodsteken"
        r"|doodschieten|afmaken|wurgen)\b|(?:maak|sla|steek|schiet|knal) ik (?:hem|haar|ze|die \w+"
        r"|beide|allebei|iedereen|jullie)\b(?: \S+){0,2} (?:dood|neer|af|overhoop)\b|ik (?:steek|schiet"
        r"|sla) (?:hem|haar|ze|die \w+|jullie|iedereen) (?:\S+ ){0,2}?(?:dood|neer|overhoop)\b|(?:bang|angst)"
        r" (?:dat|om) (?:ik )?(?:mijn|m'n|de|het|ons) (?:\S+ )?(?:baby|kind|zoon|zoontje|dochter"
        r"|dochtertje|vrouw|vriendin|ex|kinderen)\b[^.!?]{0,30}\b(?:iets (?:aan ?doe|aan te doen|aandoen)"
        r"|pijn (?:doe|te doen)|sla|slaan|door elkaar (?:schud|schudden)|iets doe)|(?:heb|had) (?:mijn"
        r"|m'n) (?:vrouw|vriendin|zoon|dochter|kind|baby|ex) (?:\S+ )?(?:geslagen|gewurgd|geschopt"
        r"|geduwd|door elkaar geschud)",
        # pl: "zabije go", "mam ochote zatluc tego", "boje sie ze zrobie krzywde dziecku"
        r"(?:zabije|zabic|zatluke|zatluc|zadzgam|zadzgac|udusze|udusic|zastrzele|zastrzelic|zajebie"
        r"|zajebac|rozwale|rozwalic|pobije|pobic|dzgne) (?:go|ja|ich|tego|te|tych|jego|swoja|swojego"
        r"|sukinsyna|skurwiela|drania|gnoja|suke)\b|(?:boje sie|mam ochote|chce|moge|mam chec),? (?:ze )?"
        r"(?:\S+ )?(?:zrobie|zrobic|zrobi)? ?(?:krzywde|skrzywdzic|skrzywdze|uderze|uderzyc"
        r"|potrzasnac|potrzasne) (?:\S+ ){0,2}?(?:dziecku|dziecko|synowi|syna|synka|synkowi"
        r"|coreczke|coreczce|maluszka|corce|corke|zonie|zone"
        r"|dziewczynie|dziewczyne|niemowlakowi|niemowle|malemu|malej|ja|go)\b|(?:mam ochote|chce|chcialbym"
        r"|moge) (?:go|ja|ich|tego \w+|te \w+) (?:zabic|zatluc|zadzgac|udusic|zastrzelic|pobic|zajebac"
        r"|rozwalic|wykonczyc|skrzywdzic)\b"
        r"|(?:mam ochote|chce|chcialbym|moge|zaraz) (?:zabic|zatluc|zadzgac|udusic|zastrzelic|pobic"
        r"|uderzyc) (?:swoja |moja |swojego |mojego )?(?:zone|meza|syna|corke|dziecko|szefa|bylego"
        r"|byla|dziewczyne|partnerke|niemowle|malego|mala)\b|(?:uderzylem|pobilem"
        r"|dusilem|kopnalem|popchnalem|szarpalem) (?:\S+ )?(?:zone|dziewczyne|syna|corke|dziecko"
        r"|ja|go|partnerke|mala|malego)\b",
        # sv, da, nb: "jag kommer doda honom", "jeg slar ham ihjel", "jeg dreper ham"
        r"(?:doda|dodar|mörda|morda|mordar|knivhugga|knivhugger|skjuta|skjuter) (?:honom|henne|dem"
        r"|min (?:fru|flickvan|chef|ex)|mitt ex)\b|(?:sla|slar) (?:honom|henne|dem) ihjal|(?:sla"
        r"|slar|slaa) ihjal (?:honom|henne|dem|min \w+|mitt \w+)|(?:radd|rad)"
        r" (?:att|for att) jag (?:ska |kommer att )?(?:skada|gora illa|sla|skaka) (?:mitt|min|vart|var"
        r"|barnet|bebisen|sonen|dottern|frun)|(?:draebe|draeber|slaa?|slar|stikke|stikker|skyde"
        r"|skyder) (?:ham|hende|dem|min \w+|mit \w+) (?:ihjel|ned)|draeb(?:e|er) (?:ham|hende|dem"
        r"|min|mit)\b|bange for"
        r" at (?:jeg )?(?:gor|goer|gore|skader|skade|slar|sla|ryster|ryste) (?:\S+ ){0,2}?(?:fortraed|noget"
        r"|baby\w*|barn\w*|son\w*|datter\w*)|(?:drepe|dreper|knivstikke|knivstikker|skyte|skyter)"
        r" (?:ham|han|henne|dem|sjefen|eksen)\b|(?:slar|sla) (?:ham|han|henne|dem) i hjel"
        r"|redd (?:for (?:a|at) |at )?(?:jeg )?(?:skal |kommer til a |vil )?(?:skade|gjore noe med"
        r"|sla|riste) (?:\S+ )?(?:babyen|barnet|sonnen|datteren|kona|dama|ungen)",
        # tr, cs, ro: "onu oldurecegim", "zabiju ho", "o omor"
        r"(?:onu|karimi|kocami|esimi|bebegimi|cocugumu|patronumu|herifi|adami|kadini|hepsini|ikisini)"
        r" (?:\S+ )?(?:oldurecegim|oldurcem|oldurucem|olduresim|oldurmek istiyorum|bicaklayacagim"
        r"|bicaklicam|gebertecegim|gebertcem|vuracagim|vurcam)|(?:bebegime|cocuguma|karima|esime"
        r"|ogluma|kizima) (?:\S+ )?zarar (?:vermekten|verecegim|vericem)|(?:karimi|esimi|sevgilimi"
        r"|oglumu|kizimi) (?:dovdum|tokatladim|bogdum)",
        r"(?:zabiju|zabit|zabil bych|podriznu|ubodam|zastrelim|uskrtim|umlatim|oddelam) (?:ho|ji|je|toho"
        r"|tu|sefa|bejvalou|manzelku|ho i ji|oba)\b|(?:mam chut|chci) (?:\S+ )?(?:zabit|oddelat"
        r"|podriznout|zastrelit)\b|(?:bojim se|mam strach),? ze (?:\S+ ){0,2}?ublizim|uhodil jsem"
        r" (?:zenu|manzelku|pritelkyni|syna|dceru|ji|ho|dite)\b",
        r"(?<!nu )(?:o|il|ii|le|ii) (?:omor|injunghi|sugrum)\b(?! (?:de|cu|dupa)\b)|sa-(?:l|o|i) (?:omor"
        r"|ucid|injunghi|sugrum)\b|(?:vreau|o sa|am sa"
        r"|as vrea) sa (?:o|il|ii|le) (?:omor|injunghi|ucid)\b|(?:ma tem|mi-e frica|mi-e teama) ca"
        r" (?:o sa|am sa|voi) (?:\S+ )?(?:(?:ii )?fac rau|lovesc|omor)|am (?:lovit|batut|strans de"
        r" gat)-o|am (?:lovit|batut)-l|(?:ii|sa-i) (?:fac|faca) rau (?:copilului|sotiei|bebelusului|fiului"
        r"|fiicei|iubitei)",
        # thoughts of hurting someone, in any of the languages: "tenho pensamentos de magoar a
        # minha filha", "j'ai des pensees de faire du mal a mon bebe", "gedanken, meinem kind weh
        # zu tun", "gedachten om mijn baby pijn te doen", "mysli zeby skrzywdzic dziecko" (not
        # about hurting oneself, nor killing time)
        r"(?:tengo|me vienen|j'ai|jai|g|ich (?:hab|habe|krieg|kriege)|hab|tenho|me vem|ho|mi vengono|ik"
        r" (?:heb|krijg)|mam|miewam|jag (?:har|far)|jeg (?:har|far)|am)\b(?: \S+){0,2}? (?:pensamientos"
        r"|ideas|pensees|idees|gedanken|pensamentos|pensieri|gedachten|mysli|tankar|tanker|myslenky"
        r"|ganduri)\b[^.!?]{0,15}?\b(?:de |d'|di |om |zeby |ze |att |at"
        r" |a |sa |dass ich )?(?:(?!me |mi |mich |mir |mij |mezelf |mnie |sie |mig |meg |se |si )\S+ )"
        r"{0,3}?(?:hacer(?:le)? dano|lastimar|matar|pegar|faire du mal|blesser|tuer|frapper|weh ?zu"
        r" ?tun|wehzutun|zu verletzen|umzubringen|zu schlagen|magoar|machucar|ferir|fare del male"
        r"|ferire|uccidere|far male|pijn te doen|te slaan|te vermoorden|iets aan te doen|skrzywdzic"
        r"|zabic|uderzyc|skada|doda|gora illa|skade|draebe|drepe|zarar vermek|oldurmek|ublizit|zabit"
        r"|uderit|fac rau|omor)\b(?! (?:el tiempo|le temps|die zeit|o tempo|il tempo|de tijd|czas|tiden"
        r"|tid|zaman|cas|timpul)\b)(?![^.!?]{0,40}\b(?:jeu|juego|spiel|jogo|gioco|spel|gra|grze|hra|oyun\w*"
        r"|joc\w*)\b)",
        # "either mine or nobody's": "o eres mia o de nadie", "elle sera a moi ou a personne",
        # "van mij of van niemand", "albo moja albo niczyja", "ya benim olur ya kimsenin" (not a
        # song quoted)
        r"(?:(?:o )?(?:eres|seras|es|sera) mia o de nadie|o mia o de nadie|a moi ou a personne"
        r"|entweder (?:\S+ ){0,2}?(?:mir|meine?) oder (?:keinem|niemandem|keine[rm]?)|minha ou de"
        r" (?:mais )?ninguem|o (?:\S+ ){0,2}?mia o di nessun\w*|van mij of van niemand|albo (?:\S+ )"
        r"{0,2}?moja albo niczyja|(?:min|mitt|mit) eller ingens|ya benim ol\w* ya (?:da )?kimsenin"
        r"|moje nebo nicci|a mea sau a nimanui)\b(?![^.!?]{0,40}\b(?:cancion|chanson|lied|song|cancao"
        r"|musica|canzone|liedje|piosenk\w*|sang|sangen|sarki\w*|pisen|pisnicka|cantec\w*|dice|dit"
        r"|sagt|diz|canta\w*|chante|singt|zingt|spiewa|decia)\b|[^.!?]{0,40}" + _INTL_MEDIA + r")",
        neg=False,
        after=r"^.{0,60}" + _INTL_LAUGH + r"|^\s*(?:za|pour|for|por|per|voor|fur|icin|pro|pentru)"
        r" (?:une?|a|ein\w*|een|jedn\w*|bir|jeden|jednu|o|un) (?:\S+ )?(?:pizz\w*|kebab\w*|burger\w*"
        r"|piv\w*|bier\w*|biere|cerveza|birra|cola|kaf\w*|cafe|koffie|kawe|kahve|cigaret\w*"
        r"|papieros\w*|snus|slice)",
        text=_INTL_GAME + r"|" + _INTL_HELPING,
    ),
    _rule(
        "intl.weapon",
        H,
        # a weapon taken up, with someone to use it on: "ya tengo el cuchillo, esta noche le hago
        # pagar a mi ex", "jai pris le couteau, je vais le planter ce connard", "ik heb een mes
        # gekocht ... steek ik hem neer", "kniven ar redo", "nuz mam pripraveny"
        r"(?:tengo|agarre|compre|consegui|saque|llevo|traigo|cargo) (?:el|un|una|la|mi) (?:cuchillo|navaja|pistola|arma"
        r"|escopeta|machete|fierro)",
        r"(?:j'ai|jai) (?:pris|achete|sorti|recupere) (?:le|un|mon|une|la) (?:couteau|flingue"
        r"|pistolet|arme|fusil|batte)|(?:j'amene|j'apporte|je ramene|je prends|j'emmene) (?:le|un|mon"
        r"|une|la) (?:couteau|flingue|pistolet|arme|fusil|batte)",
        r"(?:hab|habe) (?:schon |jetzt |noch |mir )?(?:das|ein|mein|die|eine|meine|ne|nen) (?:messer|pistole"
        r"|waffe|knarre|gewehr)\b",
        r"(?:peguei|comprei|tenho|to com|estou com|ja comprei) (?:a|uma|o|um|minha|meu) (?:faca|arma"
        r"|pistola|revolver|oitao|facao)",
        r"(?:ho|preso|comprato) (?:gia )?(?:il|un|la|una) (?:coltello|pistola|arma|fucile|machete)",
        r"(?:heb|kocht|gekocht|pak|pakte|haal) (?:\S+ )?(?:een|het|mijn|m'n) (?:mes|pistool|vuurwapen"
        r"|geweer|honkbalknuppel|bijl)\b|(?:mes|pistool) (?:\S+ ){0,2}?(?:gekocht|klaar|ligt klaar)",
        r"(?:mam|kupilem|wzialem|schowalem) (?:juz )?(?:\S+ )?(?:noz|pistolet|bron|siekiere|maczete"
        r"|spluwe|kose)\b|(?:noz|bron|siekiera|pistolet) (?:\S+ )?(?:gotow\w*|przygotowan\w*|naostrzon\w*)",
        r"(?:kniven|pistolen|vapnet|yxan|kniven|pistolen|vabnet|oksen|oksa) (?:\S+ ){0,2}?(?:ligger"
        r" (?:redo|klar)|ar laddad|er ladt|er klar)|(?:har|kopt|skaffat|kobt|kobte|kjopt|kjopte|skaffet)"
        r" (?:\S+ )?(?:en )?(?:kniv|pistol|vapen|vaben|gevar|gevaer|hagle|yxa|okse)\b",
        r"(?:bicak|bicagi|silah|silahi|tabanca\w*) (?:\S+ )?(?:aldim|hazir|hazirladim|buldum|cantamda"
        r"|arabada)|silahim var|(?:silahim|bicagim|tabancam) (?:\S+ )?(?:yanimda|ustumde|cebimde"
        r"|belimde|arabada|cantamda)",
        r"(?:nuz|pistol\w*|zbran|bouchack\w*|sekeru) (?:\S+ )?(?:mam )?(?:pripraven\w*|nabit\w*"
        r"|nabrousen\w*)|(?:mam|koupil jsem|vzal jsem|sehnal jsem) (?:\S+ ){0,2}?(?:nuz|pistoli|zbran"
        r"|bouchacku|sekeru)\b",
        r"(?:am|mi-am luat|am cumparat|am pregatit) (?:\S+ )?(?:un |o )?(?:cutit|pistol|arma|topor)\b"
        r"|(?:cutitul|pistolul|arma) (?:e |este )?(?:pregatit\w*|incarcat\w*|gata)",
        neg=False,
        also=r"\b(?:mi ex|my ex|mon ex|meu ex|minha ex|il mio ex|la mia ex|pagar|ese tipo|ese"
        r" cabron|connard|salaud|den typ|arsch|esse cara|desgracado|stronzo|becco|tuer|matar|mato"
        r"|ammazz\w*|uccid\w*|umbringen|abstechen|stech\w*|planter|clavar|venganza|vengeance|rache"
        r"|vinganca|vendetta|esta noche|ce soir|heute nacht|stasera|on verra|taf|boulot|bureau"
        r"|vermoord\w*|neersteken|neerschieten|steek ik|schiet ik|wraak|baas|vanavond|zabij\w*"
        r"|zabic|zatluc|zemst\w*|szef\w*|dzis|doda|dodar|morda|hamnd|ikvall|draebe|hevn|haevn"
        r"|drepe|dreper|i aften|i kveld|sjefen|chefen|oldur\w*|intikam|patron\w*|bu gece|zabit|zabiju"
        r"|pomst\w*|sef|sefa|sefovi|dnes|omor|razbunare|sefu|diseara|eksen|exe|bydli|mieszka|woont"
        r"|yasiyor|locuieste|usarla|usarlo|m'en servir|benutzen|usa-la|usa-lo|usarla|gebruiken|uzyc"
        r"|anvanda|bruge|bruke|kullan\w*|pouzit|folosesc|der typ|fallig|vou atras|atras do|o cara"
        r"|aquele cara|vet var (?:han|hon) bor|ved hvor (?:han|hun) bor|vet hvor (?:han|hun) bor|weet"
        r" waar (?:hij|ze) woont|weiss wo (?:er|sie) wohnt|se donde vive|sei dove abita|sei onde (?:ele"
        r"|ela) mora|sais ou (?:il|elle) habite|wiem gdzie mieszka|vim kde bydli|nerede oturdugunu"
        r"|stiu unde sta|kimsenin|bugun|eski karim\w*|eski sevgilim\w*|bejval\w*)\b",
        text=r"\b(?:cocina|cuisine|kuche|cozinha|cucina|caza|chasse|jagd|caca|caccia|camping"
        r"|acampar|dalla parte del manico|keuken|jacht|kuchni|polowanie|kok|koket|kokken|kjokken"
        r"|jakt|jagt|mutfak|avcilik|kuchyn|kuchyne|bucatarie|vanatoare)\b",
    ),
    _rule(
        "intl.stalking",
        H,
        # someone followed or watched, and told she will pay or regret it: "ik volg mijn ex al
        # weken ... ze gaat spijt krijgen", "la sigo ... se va a arrepentir", "elle va le
        # regretter", "sie wird es bereuen", "pozaluje tego", "hon kommer att angra sig"
        r"(?:se va a|se van a|te vas a|vas a|va a) arrepentir|(?:va|vont|vas) (?:le )?regretter|(?:wird"
        r"|werden|wirst) (?:es )?(?:\S+ )?bereuen|(?:vai|vao|vais) (?:se )?arrepender|(?:se ne|te ne)"
        r" (?:pentira|pentiranno|pentirai)|(?:gaat|gaan|ga|zal|zullen) (?:\S+ )?spijt krijgen|krijgt"
        r" (?:hier )?spijt van|pozaluj\w*|(?:kommer att|ska) (?:\S+ )?angra|(?:kommer til at|skal)"
        r" (?:\S+ )?fortryde|(?:kommer til a|skal) (?:\S+ )?angre|pisman (?:olacak|edecegim|ederim)"
        r"|bude(?:te)? (?:\S+ )?litovat|(?:o sa|va) regreta",
        neg=False,
        after=r"^.{0,60}" + _INTL_LAUGH,
        also=r"\b(?:(?:sigo|vigilo|espio) a (?:mi|su) ex|(?:la|lo) (?:sigo|vigilo|espio)|je (?:la|le)"
        r" (?:suis|surveille|piste)|ich (?:verfolge|beobachte) (?:sie|ihn|meine ex|meinen ex)|(?:sigo"
        r"|vigio) (?:a |o )?(?:minha |meu )?ex|(?:la|lo) seguo|seguo (?:la|il) (?:mia|mio) ex|(?:ik )?volg"
        r" (?:mijn|m'n|haar|hem)|sledze (?:ja|go|moja|mojego)|chodze za (?:nia|nim)|(?:foljer|forfoljer)"
        r" (?:henne|honom|mitt ex)|(?:folger|forfolger) (?:hende|ham|min eks)|takip ediyorum|sleduju"
        r" (?:ji|ho|svou|sveho)|(?:o|il) urmaresc|weet (?:precies )?waar (?:ze|hij) (?:is|woont|werkt)"
        r"|se (?:exactamente )?donde (?:vive|esta|trabaja)|sais ou (?:elle|il) (?:habite|est|bosse)"
        r"|weiss (?:genau )?wo (?:sie|er) (?:wohnt|ist|arbeitet)|sei onde (?:ela|ele) (?:mora|esta)|so"
        r" dove (?:abita|sta|lavora)|wiem gdzie (?:mieszka|jest|pracuje)|vet (?:var|hvor) (?:hon|han"
        r"|hun) (?:bor|ar|er)|ved hvor (?:hun|han) (?:bor|er)|nerede (?:oturdugunu|oldugunu)|vim kde"
        r" (?:bydli|je)|stiu unde (?:sta|locuieste|este))\b(?!(?: \S+)? (?:niet|nie|nicht|inte|ikke|no|pas"
        r"|nao|non)\b)",
        # followed online is not followed home
        text=_INTL_HELPING + r"|" + _INTL_GAME + r"|" + _INTL_MEDIA + r"|\b(?:instagram|insta|tiktok"
        r"|twitter|facebook|snapchat|snap|youtube|twitch|reddit)\b",
    ),
    _rule(
        "intl.abuse",
        A,
        # things thrown at me, in any of the languages: "me tiro un plato", "elle m'a jete une
        # assiette", "hat mir die pfanne an den kopf geworfen", "heeft een bord naar mijn hoofd
        # gegooid", "rzucila we mnie nozem", "kafama bardak atti", "a aruncat cu o farfurie in mine"
        r"\bme (?:tiro|tira|lanzo|lanza|arrojo|arroja) (?:un|una|el|la|los|las) (?:\S+ )?(?:cuchillo"
        r"|platos?|vasos?|botella|silla|sarten|cosas|objetos)\b|\bm'a (?:jete|lance|balance) (?:\S+ )?(?:une"
        r"|un|des|la|le|sa) (?:assiette|verre|objet|couteau|chaise|bouteille|poele|telephone)"
        r"|(?:wirft|warf|hat) (?:mir|nach mir|mich) (?:\S+ ){0,4}?(?:geworfen|an den kopf|ins gesicht)"
        r"|(?:hat|haben) mir (?:\S+ ){0,6}?(?:gehauen|geschlagen|getreten|gescheuert|geknallt)\b"
        r"|(?:jogou|atirou|arremessou) (?:\S+ ){0,3}?(?:em mim|na minha cara|na minha cabeca)|\bme"
        r" (?:jogou|atirou) (?:um|uma|o|a) (?:prato|copo|faca|cadeira|garrafa)|mi (?:ha )?(?:tirato|lancia"
        r"|lanciato) (?:\S+ ){0,3}?(?:addosso|in testa|in faccia)|mi (?:alza|ha alzato) le mani"
        r"|(?:gooide|gooit|smeet|smijt|heeft|gooien) (?:\S+ ){0,5}?naar (?:mijn|m'n|me|mij) (?:hoofd|kop"
        r"|gezicht)?\b ?(?:gegooid|gesmeten|gooit|gooide)?|rzuc\w* (?:\S+ )?(?:we mnie|w mnie|mi w"
        r" (?:glowe|twarz))|(?:kastade|kastar) (?:\S+ ){0,3}?pa mig|(?:kastede|kaster|kastet) (?:\S+ ){0,3}?"
        r"(?:efter|pa) (?:mig|meg)|(?:bana|kafama|yuzume) (?:\S+ )?(?:firlatti|atti|firlatiyor|atiyor)"
        r"|(?:hodil\w*|hazi) (?:\S+ ){0,2}?(?:po mne|do me)|(?:a aruncat|arunca) (?:\S+ ){0,3}?(?:in|dupa)"
        r" mine",
        # raped, or forced into sex: "me violo", "m'a violee", "hat mich vergewaltigt", "me
        # estuprou", "mi ha violentato", "heeft me verkracht", "zgwalcila mnie", "tvingar mig till sex"
        r"\bme (?:violo|viola|violaron|forzo a|obliga a tener sexo|obligo a tener sexo)\b|\bm'a"
        r" violee?\b|me force a (?:coucher|avoir des rapports)|(?:hat|haben) mich (?:\S+ )?vergewaltigt"
        r"|vergewaltigt mich|zwingt mich zum sex|me (?:estuprou|estupra|violentou)|me (?:obriga|forca|forcou)"
        r" a (?:transar|fazer sexo)|mi (?:ha violentat[oa]|violenta|costringe a fare sesso)|(?:heeft|hebben)"
        r" me verkracht|verkracht me|dwingt me tot seks|zgwalcil\w* mnie|zmusza mnie do seksu"
        r"|(?:valdtog|valdtar) mig|tvingar mig (?:att ha|till) sex|voldtog mig|tvinger mig til sex"
        r"|voldtok meg|tvinger meg til sex|bana tecavuz|beni zorla|znasilnil\w* me|nuti me k sexu|m-a"
        r" violat|ma (?:violeaza|forteaza sa fac sex)",
        # kept from friends and the house, threatened with losing the children, afraid to go home:
        # "no me deja salir", "menace de partir avec les enfants", "verbietet mir meine freunde",
        # "dreigt de kinderen af te pakken", "grozi ze zabierze dzieci", "me da miedo volver a casa"
        r"no me deja (?:salir|ver a|hablar con|usar|tener)|(?:m'interdit|m'empeche) de (?:sortir|voir"
        r"|parler)|(?:verbietet|verbot) mir,? (?:\S+ ){0,3}?(?:freunde|familie|zu treffen"
        r"|rauszugehen|das haus"
        r"|das handy)|lasst mich nicht (?:raus|aus dem haus|weg)|nao me deixa"
        r" (?:sair|ver|falar)|(?:me proibe|me proibiu) de (?:sair|ver|falar)"
        r"|non mi lascia (?:uscire|vedere|parlare)"
        r"|(?:verbiedt|verbood) (?:me|mij) (?:\S+ ){0,3}?(?:vrienden|familie|naar buiten|de deur uit|te zien"
        r"|af te spreken)|nie pozwala mi (?:wychodzic|widywac|spotykac|rozmawiac)"
        r"|(?:far|fikk) (?:inte|ikke) (?:trafa|traffe|se|mode|mote) (?:mina|mine) (?:vanner|venner)"
        r"|(?:gorusmeme|cikmama) izin vermiyor|nedovoli mi (?:\S+ ){0,2}?(?:vidat|chodit|videt"
        r"|mluvit)|nu ma lasa sa (?:ies|vad|vorbesc)"
        r"|(?:amenaza|amenazo) con (?:quitarme|llevarse) (?:a )?(?:los|mis) (?:ninos|hijos)|menace de"
        r" (?:me )?(?:prendre|retirer|partir avec) (?:les|mes) enfants|droht (?:mir )?(?:\S+ )?(?:die"
        r"|meine) kinder wegzunehmen|ameac\w* (?:de )?(?:levar|tirar) (?:os|meus) filhos|minacci\w* di"
        r" (?:portarmi via|togliermi) i (?:bambini|figli)|dreigt (?:\S+ )?(?:de|mijn|m'n) kinderen af te"
        r" (?:pakken|nemen)|grozi(?:l|la)?,? ze (?:mi )?(?:zabierze|odbierze) (?:dzieci|corke|syna)"
        r"|(?:me da|tengo) miedo (?:de )?(?:volver|ir|regresar) a (?:casa|mi casa)\b(?! de)",
        # scratched, pinched, hit in the face, locked in, phone and money taken, in any of the
        # languages: "me arano la cara", "m'a deja frappe", "laat me het huis niet uit", "bana
        # vuruyor", "beni eve kilitliyor"
        r"\bme (?:arano|rasguno) (?:la cara|el cuello|los brazos)|\bm'a (?:deja|encore|souvent|meme|plusieurs"
        r" fois) (?:frappee?|giflee?|etranglee?|cognee?|tabassee?|menacee?)\b|m'a griffee? (?:le visage|au"
        r" visage|la figure|le cou)|laat (?:me|mij) (?:\S+ ){0,2}?(?:het huis|de deur) niet uit|pakt"
        r" (?:mijn|m'n) (?:telefoon|geld|sleutels|pinpas) af|(?:heeft|hebben) (?:me|mij) (?:\S+ ){0,4}?"
        r"(?:geknepen|gekrabd|gekrast|geslagen|geschopt)\b|bana (?:\S+ ){0,2}?(?:vuruyor|vurdu"
        r"|tokat (?:atti|atiyor)"
        r"|tekme (?:atti|atiyor)|saldiriyor|saldirdi)|beni (?:\S+ )?(?:kilitl\w*|hapsed\w*)",
        # being hit, strangled, burned, locked in or out, controlled, afraid to go home
        r"\bme (?:pega|golpea|maltrata|amenaza|pego|golpeo)\b|tengo miedo de (?:mi (?:esposa"
        r"|esposo|pareja|mujer|marido|novia|novio|padre)|el\b|ella|volver a casa\b(?! de (?:mis|mi)"
        r" (?:padres|abuelos|suegros|viejos)))|no estoy"
        r" (?:seguro|segura|a salvo) en (?:casa|mi casa)",
        r"\bme (?:ha|han) (?:pegado|golpeado|abofeteado|pateado|ahorcado|estrangulado|amenazado"
        r"|quemado|empujado|encerrado|dado una paliza)\b|\bme (?:amenazo|amenazan|cachetea"
        r"|cacheteo|abofetea|abofeteo|ahorca|ahorco|patea|pateo"
        r"|escupe|encierra|quema|quemo|empuja|empujo|estrangula|estrangulo"
        r"|ahoga|ahogo|encerro|echo de casa|dejo fuera)\b|me (?:tiro|tira|lanzo|lanza|arrojo|arroja)"
        r" (?:un|una|el|la|los|las) (?:cuchillo|platos?|vasos?|botella|silla|sarten|cosas"
        r"|objetos)\b|me (?:da|dio|pega|pego) (?:\S+ ){0,2}?"
        r"(?:cachetadas|bofetadas|punetazos|patadas|golpes|una paliza|palizas)|me tira (?:cosas|platos"
        r"|objetos)|no me deja (?:salir|ver a (?:mis|mi)|tener (?:dinero|telefono|amigos))|me"
        r" (?:controla|revisa) (?:el (?:celular|telefono|movil|dinero)|todo|las cuentas)",
        r"\bme (?:frappe|bat|menace|tape)\b(?! sur)|peur de (?:ma femme|mon mari|ma copine|mon copain"
        r"|lui\b|elle\b|rentrer)|pas en securite (?:a la maison|chez moi)",
        r"\bme (?:gifle|giflee|cogne|tabasse|etrangle|crache dessus|brule|enferme)\b|\bm'a"
        r" (?:frappee?|giflee?|menacee?|etranglee?|cognee?|tabassee?|crache dessus|brulee?"
        r"|enfermee?|mise? dehors|jetee? dehors|poussee? (?:dans|contre|par terre))\b|(?:controle"
        r"|surveille|fouille) (?:mon telephone|mes comptes|mon argent|tout ce que je fais)",
        r"(?:schlagt|schlaegt|bedroht|verprugelt|verpruegelt) mich|angst vor (?:meiner frau"
        r"|meinem mann|meiner freundin|ihm|ihr|meinem vater)|angst,? nach hause|zu hause nicht"
        r" sicher",
        r"(?:haut|tritt|wurgt|schubst|verbrennt) mich\b|haut mir (?:\S+ ){0,3}?eine"
        r" (?:rein|runter)|(?:hat|haben) mich (?:\S+ ){0,4}?(?:geschlagen|gewurgt|getreten"
        r"|verprugelt|bedroht|verbrannt|gekratzt|gebissen|eingesperrt|ausgesperrt|rausgeworfen"
        r"|angegriffen|\w*geschubst|\w*gestossen|gewurgt)\b|(?:trau|traue) mich (?:\S+ )?(?:nicht"
        r"|nich|net) (?:mehr )?nach hause"
        r"|sperrt mich (?:ein|aus)|(?:droht|drohte|bedroht) (?:mir|mich) (?:\S+ ){0,3}?(?:messer|waffe"
        r"|pistole|schlagen|umzubringen|dem tod)|kontrolliert (?:mein handy|mein geld|mein konto"
        r"|alles was ich)",
        r"\bme (?:bate|agride|ameaca|espanca|bateu)\b|medo (?:dele|dela|de voltar (?:pra|para)"
        r" casa|do meu marido|da minha (?:esposa|mulher|namorada))|nao estou seguro em casa",
        r"\bme (?:da|deu|dando) (?:um |uns )?(?:tapas?|socos?|chutes?|murros?|porrada)\b|\bme"
        r" (?:agrediu|ameacou|espancou|empurra|empurrou|enforca|enforcou|esgana|chuta|chutou|queimou"
        r"|queima|trancou|tranca|expulsou)\b|joga (?:coisas|pratos) em mim",
        r"\bmi (?:picchia|picchiava|ha picchiat[oa]|minaccia|ha minacciat[oa]|prende a (?:schiaffi"
        r"|pugni|calci)|ha preso a (?:schiaffi|pugni|calci)|strangola|ha strangolat[oa])\b|mi mette le"
        r" mani addosso|ho paura (?:di (?:mia moglie|mio marito|lei\b|lui\b|tornare a casa)|che (?:lei"
        r"|lui) mi)|non sono al sicuro (?:a casa|in casa)",
        r"\bmi (?:brucia|ha bruciat[oa]|tira addosso|ha"
        r" tirato addosso|chiude fuori|ha chiuso fuori|ha cacciat[oa] di casa|prende a calci)\b|mi ha"
        r" (?:colpit[oa]|spint[oa]) (?:con|in faccia|alla testa|allo stomaco|forte|giu|contro|per"
        r" terra|dalle scale)",
        # nl: "mijn vrouw slaat me", "hij heeft me gewurgd", "ik durf niet naar huis"
        r"(?:slaat|schopt|wurgt|mishandelt|bedreigt|sloeg|schopte|wurgde|mishandelde|bedreigde"
        r"|knijpt|duwt|trapt) (?:me|mij)\b(?! (?:met (?:een |de )?(?:kussen|sneeuwbal)|wakker|over"
        r"|weg)\b)|(?:heeft|hebben) (?:me|mij) (?:\S+ ){0,4}?(?:geslagen|geschopt|gewurgd"
        r"|mishandeld|bedreigd|verbrand|gebeten|opgesloten|buitengesloten|geduwd|in elkaar geslagen"
        r"|buitengezet|het huis uit gezet)\b|(?:houdt|hield|sluit|sloot) (?:me|mij) (?:\S+ )?(?:opgesloten"
        r"|op\b|buiten\b)|(?:ben )?bang (?:om|voor) (?:naar huis te gaan|thuis"
        r"|(?:mijn|m'n) (?:vrouw|vriendin|vriend|man|partner))|durf (?:\S+ )?niet (?:meer )?naar huis"
        r"|(?:voel me|ben) (?:\S+ )?niet (?:meer )?veilig thuis"
        r"|voel me thuis niet (?:meer )?veilig|controleert (?:mijn|m'n)"
        r" (?:telefoon|geld|bankrekening|berichten)",
        # pl: "zona mnie bije", "grozi mi", "boje sie wracac do domu"
        r"\bmnie (?:bije|bil|bila|uderza|uderzyl|uderzyla|kopie|kopnal|kopnela|dusi|dusil|dusila"
        r"|popycha|popchnal|popchnela|szarpie|szarpal|szarpala|poparzyl|poparzyla|przypalil|przypalila"
        r"|zamknal|zamknela|zamyka|wyrzucil|wyrzucila|maltretuje|katuje|tlucze|spoliczkowal\w*"
        r"|leje|pobil|pobila|skopal|skopala)\b(?! (?:na glowe|w (?:szachy|fife"
        r"|grze)|pradem))|(?:bije|uderza|kopie|dusi|tlucze|leje|katuje|maltretuje|szarpie) mnie\b(?!"
        r" (?:na glowe|w (?:szachy|fife|grze)))|(?:bil|bila|uderzyl|uderzyla|kopnal|kopnela|dusil"
        r"|dusila|pobil"
        r"|pobila|popchnal|popchnela|szarpal|szarpala|zamknal|zamknela|wyrzucil|wyrzucila|poparzyl"
        r"|poparzyla) mnie\b(?! (?:na glowe|w (?:szachy|fife|grze)))|\bmnie (?:\S+ )?i (?:bije|bil"
        r"|bila|uderza|kopie|dusi|szarpie|popycha|leje|tlucze)\b|grozi(?:l|la)? mi\b"
        r"|zneca sie nade mna|boje sie"
        r" (?:wracac|wrocic|isc|pojsc) do domu|boje sie (?:jej|jego|zony|meza|partnera|partnerki|ojca"
        r"|syna)\b(?! (?:reakcji|opinii|zdania))|nie czuje sie bezpiecznie w domu|kontroluje (?:moj"
        r" telefon|moje pieniadze|wszystko)",
        # sv, da, nb: "hon slar mig", "min kaereste slar mig", "jeg tor ikke dra hjem"
        r"(?:slar|slog|sparkar|sparkade|stryper|strypte|hotar|hotade|misshandlar|misshandlade"
        r"|knuffar|knuffade) mig\b(?! (?:att|som|nar jag ser)\b)|(?:radd"
        r"|rad) (?:att|for att) (?:ga|aka|komma) hem|vagar inte (?:ga|aka|komma) hem|radd for (?:min"
        r" (?:fru|man|flickvan|pojkvan|sambo)|henne|honom)\b|(?:slar|slog|sparker|sparkede|kvaeler"
        r"|kvalte|truer|truede|skubber|skubbede) mig\b(?! (?:at|som)\b)"
        r"|har (?:slagit|sparkat|strypt|misshandlat|hotat|knuffat) mig\b|har (?:slaet|sparket|kvalt"
        r"|truet|skubbet) mig\b|har (?:slatt|sparket|kvalt|truet|dyttet) meg\b"
        r"|last(?:e|a)? (?:ute|in) (?:mig|meg)\b|last(?:e|a)? (?:mig|meg) (?:ute|inne|inde|ude)\b"
        r"|lukkede mig (?:ude|inde)"
        r"|(?:tor|toer) ikke (?:at )?(?:tage|ga|komme|dra) hjem|bange for at (?:tage|ga|komme) hjem"
        r"|bange for (?:min (?:kone|mand|kaereste)|hende|ham)\b|(?:slar|slo|sparker|sparket|kveler"
        r"|kvelte|truer|truet|dytter|dyttet) meg\b(?! (?:at|som)\b)|redd for a (?:dra"
        r"|ga|komme) hjem|redd for (?:kona|mannen|kjaeresten|samboeren|henne|ham)\b",
        # tr, cs, ro: "karim beni dovuyor", "manzelka me bije", "sotia ma bate"
        r"beni (?:dov\w*|vuruyor|vurdu|tekmeliyor|tekmeledi|tokatliyor|tokatladi|bogmaya|boguyor"
        r"|bogdu|tehdit\w*|yakti|kilitledi|kilitliyor|disari atti|evden atti)\b|eve (?:gitmekten"
        r"|donmekten|gitmeye|donmeye) korkuyorum|(?:ondan|karimdan|kocamdan|esimden|sevgilimden)"
        r" korkuyorum",
        r"(?:bije|mlati|tluce|skrtil|skrtila|skrti|kope|kopl|kopla|uhodil|uhodila|zbil|zbila|popalil"
        r"|popalila|zamkla|zamknul|vyhodila|vyhodil|fackuje) me\b(?! do oci)|\bme (?:bije|mlati"
        r"|tluce|skrtil\w*|skrti|kope|kopl\w*|uhodil\w*|zbil\w*|popalil\w*|zamkl\w*|vyhodil\w*"
        r"|fackuje)\b(?! do oci)|vyhrozuje mi\b|bojim se (?:\S+ )?(?:jit|vratit"
        r"|vracet)(?: se)? domu|bojim se (?:jeho|ji"
        r"|manzelky|manzela|pritelkyne|pritele)\b|domaci nasili",
        r"(?:\bma|m-a) (?:bate|loveste|a batut|a lovit|stranguleaza|a strangulat|ameninta|a amenintat"
        r"|impinge|a impins|a ars|arde cu|inchide in|a inchis in|a dat afara|da afara|palmuieste|a"
        r" palmuit|sugruma)\b(?! (?:gandul|la cap|vantul)\b)|m-a (?:batut|lovit|strans de gat|amenintat"
        r"|ars|impins|inchis|dat afara|sugrumat|palmuit)\b|mi-e (?:frica|teama) (?:sa (?:merg|ma duc"
        r"|ma intorc|mai stau|stau) (?:acasa|in casa)|de (?:el|ea|sotia mea|sotul meu|iubita mea"
        r"|iubitul meu|fiul meu))\b|imi ia (?:banii|pensia|salariul)|violenta domestica",
        # the phone and the money controlled, or put out of the house at night, in any of the
        # languages: "ma femme controle mon tel, mon argent", "mi marido controla mi movil y mi
        # dinero", "mijn man controleert mijn telefoon en mijn geld", "m'a foutu dehors a 2h du
        # mat", "trancou-me fora de casa a noite"
        r"(?:controla|revisa|vigila|controle|surveille|fouille|kontrolliert|uberwacht|vigia|controlla"
        r"|controleert|kontroluje|sprawdza|kontrollerar|kontrollerer|kontrol ediyor|controleaza)"
        r" (?:\S+ )?(?:mi|mon|mein\w*|meu|mio|mijn|m'n|moj\w*|min|mitt|mit|muj|me|moje) (?:\S+ )?(?:telefono"
        r"|movil|cel|celular|tel|telephone|portable|handy|telemovel|telefone"
        r"|cellulare|telefoon|gsm|telefon\w*|mobil\w*)\b(?=[^.!?]{0,60}\b(?:dinero|plata|argent|thune"
        r"|geld|dinheiro|soldi|pieniadze|kase|pengar|penge|penger|param\w*|penize|prachy|bani)\b)"
        r"|(?:me (?:echo|echa|dejo|deja|saco|saca) (?:de (?:la )?casa|a la calle|fuera)|m'a (?:foutu"
        r"|mis|jete|vire) dehors|(?:hat|hatte) mich (?:\S+ )?(?:rausgeschmissen|ausgesperrt|rausgeworfen"
        r"|vor die tur gesetzt)|trancou-me fora|me trancou (?:pra |para )?fora|(?:pos|botou|expulsou)"
        r"(?:-me)? (?:\S+ )?(?:fora|na rua)|mi ha (?:chiuso|buttato|lasciato|sbattuto) fuori|(?:sluit"
        r"|sloot|zet|zette) (?:me|mij) (?:\S+ )?buiten|(?:wyrzucil|wyrzucila) mnie (?:\S+ )?(?:z domu|na"
        r" dwor|na zewnatrz)|(?:lasade|laste) ute mig|(?:smed|smidt|satte) mig ud|(?:laste|kastet|kasta)"
        r" meg ut|beni (?:evden )?disari (?:atti|kilitledi)|vyhodil\w* me (?:\S+ )?(?:z domu|ven))"
        r"(?=[^.!?]{0,60}\b(?:noche|madrugada|frio|calzoncillos|pijama|\d+ ?h|nuit|froid|calecon|du"
        r" mat|nacht|kalte|unterhose|noite|cueca|notte|freddo|mutande|pigiama|kou|onderbroek|nocy"
        r"|zimno|gaciach|majtkach|natt|kyla|nat|kulde|gece|soguk|noci|zima|noaptea|frig)\b)",
        neg=False,
        before=_INTL_SMALL_CHILD + r"|\b(?:det|tanken|ideen|het|dat|to) $",
        # "me pega unos sustos", "me pega la gripe"
        after=_INTL_PLAY + r"|" + _INTL_AT_GAME + r"|^\s*(?:un|unos|una|el|la) (?:sustos?|gritos?"
        r"|resfriado|gripe|catarro|virus|bicho)\b",
        text=_INTL_GAME,
    ),
)

_CLAUSE_END = re.compile(r"[.!?;,\n]|\b(?:but|and|though|although|so)\b")
_NEGATION = re.compile(
    r"(?:\b(?:never|not|don'?t|dont|doesn'?t|didn'?t|won'?t|wont|wouldn'?t|wouldnt|isn'?t|aren'?t|"
    r"wasn'?t|ain'?t|shouldn'?t|couldn'?t|can'?t|cant|cannot|haven'?t|hadn'?t)|\bno (?:intention|"
    r"plans?|desire|way|chance))(?:\s+\S+){0,3}\s*$"
)
_NEGATION_EXCEPT = re.compile(
    r"(?:not|n'?t) (?:joking|kidding|lying|exaggerating|sure|just|only)|(?:can'?t|cannot|couldn'?t|"
    r"can not|cant) (?:stop|help|resist|get rid|shake|shut|seem to stop)|(?:don'?t|do not"
    r"|dont) know|no longer|never (?:thought|imagined|expected)|not (?:sure|certain)"
)


_NUMBER = r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|many)"
# A crisis told as resolved history: "two years ago I tried to kill myself; today I ran a
# half marathon", "I used to self-harm as a teen". Only in the sentence of the match, and only
# when nothing in the message says it is back (_CURRENT).
_PAST = re.compile(
    rf"\b(?:(?:{_NUMBER}|some|a couple of|couple of) (?:years?|yrs|decades?) ago|back in (?:19|20)\d\d"
    r"|in (?:19|20)\d\d|(?<!get )(?<!got )(?<!'m )(?<!am )(?<!getting )used to|as a (?:teen\w*|kid"
    r"|child|boy|young(?:er)? man)|when i was (?:younger|a teen\w*|a kid|\d+|in (?:high school"
    rf"|college))|(?:clean|sober) (?:for )?{_NUMBER} (?:years?|yrs)|{_NUMBER} (?:years?|yrs)"
    r" (?:clean|sober)|got out\b|years later|(?:many |a few )?(?:years|decades) ago|(?:a )?long time ago"
    r"|ages ago)"
)
_CURRENT = re.compile(
    r"\b(?:again|lately|these days|right now|tonight|this (?:week|month|morning|evening)|recently"
    r"|relaps\w*|start(?:ed|ing)|(?:think|thinking|thought) (?:about|of) (?:it|doing it|dying"
    r"|trying|that)|urges?|back (?:to|in|on)|can'?t stop|(?:scared|afraid|worried|terrified)"
    r" (?:i'?ll|i will|i might|i'?m going|of)|feel(?:ing)? like (?:doing it|trying|it)|still"
    r" (?:want|wanna|think|have (?:the|a|those)|feel like)|any ?more|now (?:he|she|they|i)"
    r"|every (?:day|night)|keeps? (?:happening|coming back))\b"
)
# The same in the other languages: "hace 10 anos", "il y a deux ans", "vor zwei jahren", "faz
# anos", "dieci anni fa", "jaar geleden", "lat temu", "for tva ar sedan", "yil once", "pred
# lety", "acum 10 ani", "en 1990", "as a child". Read with _INTL_CURRENT, which says it is back
# ("otra vez", "encore", "wieder", "weer", "znowu", "igen", "tekrar", "znovu", "din nou"...);
# kept apart from _PAST and _CURRENT so that English text reads exactly as before.
_INTL_NUMBER = (
    r"(?:\d+|un|una|uno|dos|tres|diez|deux|trois|dix|quelques|plusieurs|einem|zwei|drei|zehn|ein"
    r" paar|vielen|um|dois|muitos|alguns|due|tre|dieci|molti|alcuni|een|twee|drie|tien|paar|vele"
    r"|unos|unas|algunos|uns|umas|varios|qualche|nogle|noen|nagra|nekolik"
    r"|rok|dwa|trzy|kilka|wiele|ett|et|to|tva|tre|tio|ti|manga|mange|bir|iki|uc|on|birkac|dvema"
    r"|tremi|deseti|doi|trei|zece|cativa|multi|mai multi)"
)
_INTL_PAST = re.compile(
    rf"\b(?:hace {_INTL_NUMBER} (?:anos?|decadas?)|il y a {_INTL_NUMBER} (?:ans?|annees)|vor"
    rf" {_INTL_NUMBER} jahr\w*|(?:ha|faz) {_INTL_NUMBER} anos?|{_INTL_NUMBER} ann[io] fa"
    rf"|{_INTL_NUMBER} jaar geleden|{_INTL_NUMBER} (?:lat|lata|rok) temu|for {_INTL_NUMBER} ar"
    rf" (?:sedan|siden)|{_INTL_NUMBER} (?:yil|sene) once|pred (?:{_INTL_NUMBER} )?(?:lety|roky)"
    rf"|acum {_INTL_NUMBER} ani?|(?:en|im jahr|em|nel|w|v) (?:19|20)\d\d|de (?:nino|chico"
    r"|adolescente)|cuando (?:era|tenia) (?:nino|chico|adolescente|\d+)|quand j'etais (?:petit|ado"
    r"|gamin|enfant)|als (?:kind|teenager|jugendlicher)|als ich (?:klein|jung|\d+) war|quando eu"
    r" era (?:crianca|pequeno|adolescente)|da (?:bambino|ragazzo|piccolo)|toen ik (?:klein|jong"
    r"|\d+) was|jako dziecko|gdy bylem (?:maly|dzieckiem)|som barn|cocukken|jako dite|in copilarie)"
)
_INTL_CURRENT = re.compile(
    r"\b(?:otra vez|de nuevo|ultimamente|estos dias|ahora|esta noche|volvi a|cada (?:dia|noche)"
    r"|todavia|encore|a nouveau|de nouveau|ces temps-ci|en ce moment|maintenant|ce soir|chaque"
    r" (?:jour|soir|nuit)|wieder|zurzeit|zur zeit|jetzt|heute nacht|immer noch|jeden (?:tag|abend)"
    r"|de novo|agora|hoje a noite|todo dia|ainda|di nuovo|adesso|stasera|ogni (?:giorno|sera)"
    r"|ancora|weer|tegenwoordig|nu|vanavond|elke (?:dag|avond)|nog steeds|znowu|ostatnio|teraz"
    r"|dzis|codziennie|nadal|igen|ikvall|i aften|i kveld|hver dag|varje dag|fortfarande|stadig"
    r"|tekrar|simdi|bu gece|her gun|hala|znovu|zase|ted|dnes|kazdy den|porad|din nou|iar"
    r"|diseara|in fiecare zi|inca)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


_RATHER = re.compile(r"\b(?:i'?d|i would|id) (?:\S+ )?rather (?:just )?$")
_THAN = re.compile(r"^[^.!?]{0,60}\bthan\b")


def _hyperbole(before: str, after: str) -> bool:
    """ "I'd rather jump off a cliff than go to her wedding", "taxes make me want to die"."""
    if _RATHER.search(before) and _THAN.search(after):
        return True
    return _NUISANCE_RX.search(before) is not None


_EMERGENCY_PAST = re.compile(
    rf"\b(?:last (?:year|month|summer|winter|spring|fall|autumn|christmas)|this past (?:year|month)"
    rf"|(?:{_NUMBER}|a couple of) (?:weeks?|months?|years?) ago|years ago|back in (?:19|20)\d\d"
    r"|(?:is|'s|are|'re) (?:fine|okay|ok|doing (?:well|fine|great)|recovered|home) now|recovered"
    r"|passed away|\bdied\b|funeral|in the past)"
)
_NOW = re.compile(
    r"\b(?:right now|just now|tonight|at the moment|currently|what do i do|what should i do|help me"
    r"|please help|hurry|still (?:not|bleeding|unconscious))\b"
)


# The same in the other languages: "el ano pasado", "l'annee derniere", "letztes jahr", "vorig
# jaar", "w zeszlym roku", "i fjor", "gecen yil", "loni", "anul trecut", a death or a funeral;
# unless something says it is happening now ("ahora mismo", "que hago", "jetzt", "wat moet ik
# doen", "co mam robic", "ne yapmaliyim", "ce sa fac"...).
_INTL_EMERGENCY_PAST = re.compile(
    r"\b(?:el ano pasado|l'an(?:nee)? derni(?:er|ere)|letztes jahr|ano passado|l'anno scorso"
    r"|vorig jaar|w zeszlym roku|rok temu|forra aret|sidste ar|i fjor|gecen (?:yil|sene)|loni"
    r"|minuly rok|anul trecut|murio|fallecio|est (?:mort|decede)e?|gestorben|morreu|faleceu|e"
    r" mort[oa]|overleden|zmarl[ae]?|umarl[ae]?|dode|doede|vefat etti|zemrel[a]?|umrel[a]?"
    r"|a murit|a decedat|funeral|funerailles|beerdigung|velorio|funerale|begrafenis|pogrzeb"
    r"|begravning|begravelse|cenaze|pohreb|inmormantare)\b"
)
_INTL_NOW = re.compile(
    r"\b(?:ahora|ahorita|que hago|ayuda|rapido|maintenant|tout de suite|je fais quoi|aidez|vite"
    r"|jetzt|sofort|gerade|was soll ich|hilfe|agora|socorro|o que eu faco|ajuda|adesso|subito"
    r"|aiuto|che faccio|nu|meteen|wat moet ik|snel|teraz|natychmiast|pomocy|co mam robic|hjalp"
    r"|hjaelp|hjelp|vad ska jag|hva skal jeg|simdi|hemen|yardim|ne yapmaliyim|ted|hned|pomoc|co"
    r" mam delat|acum(?! {_N} ani?)|repede|ajutor|ce sa fac)\b".replace("{_N}", _INTL_NUMBER)
)


def _sentence(text: str, m: re.Match[str]) -> str:
    start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    end = _SENTENCE_END.search(text, m.end())
    return text[start : end.start() if end else len(text)]


def _past_emergency(text: str, m: re.Match[str]) -> bool:
    """ "my friend overdosed last year, he's fine now" tells of an emergency, not one in progress."""
    sentence = _sentence(text, m)
    if _EMERGENCY_PAST.search(sentence) is not None and _NOW.search(text) is None:
        return True
    return (
        (_INTL_EMERGENCY_PAST.search(sentence) is not None or _INTL_PAST.search(sentence) is not None)
        and _NOW.search(text) is None
        and _INTL_NOW.search(text) is None
    )


def _resolved_past(text: str, m: re.Match[str]) -> bool:
    sentence = _sentence(text, m)
    if _PAST.search(sentence) is not None and _CURRENT.search(text) is None:
        return True
    return (
        _INTL_PAST.search(sentence) is not None and _CURRENT.search(text) is None and _INTL_CURRENT.search(text) is None
    )


@dataclass(frozen=True)
class RuleHit:
    rule_id: str
    category: str


def _clause_before(text: str, start: int) -> str:
    cut = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        cut = m.end()
    return text[cut:start]


def _suppressed(rule: Rule, text: str, m: re.Match[str]) -> bool:
    before = _clause_before(text, m.start())
    if rule.negatable and _NEGATION.search(before) and not _NEGATION_EXCEPT.search(before):
        return True
    if rule.before is not None and rule.before.search(before):
        return True
    if _resolved_past(text, m):
        return True
    if rule.category == "emergency" and _past_emergency(text, m):
        return True
    if rule.category == "suicide_self_harm" and _hyperbole(before, text[m.end() : m.end() + 80]):
        return True
    return rule.after is not None and rule.after.search(text[m.end() : m.end() + 80]) is not None


def match_rules(text: str) -> tuple[RuleHit | None, list[str]]:
    """Layer 1 over already-normalised text.

    Returns:
        The first rule with an unsuppressed match (rules in :data:`RULES` order) or None,
        and the ids of rules whose matches were all negated or figurative.
    """
    suppressed: list[str] = []
    for rule in RULES:
        m = rule.pattern.search(text)
        if m is None or (rule.also is not None and not rule.also.search(text)):
            continue
        if rule.text is not None and rule.text.search(text):
            suppressed.append(rule.id)
            continue
        while m is not None:
            if not _suppressed(rule, text, m):
                return RuleHit(rule.id, rule.category), suppressed
            # A suppressed match may hide an overlapping one ("she beat me" | "beat me up").
            m = rule.pattern.search(text, m.start() + 1)
        suppressed.append(rule.id)
    return None, suppressed


# --------------------------------------------------------------------------- layer 3: context

FOLLOWUP_TIME = re.compile(
    r"\b(?:tonight|today|tomorrow|this (?:weekend|week|evening|morning|afternoon)|right now|now"
    r"|soon|after (?:work|dinner|they|she|he|everyone|the kids)|when (?:everyone|they|she|he"
    r"|the kids)(?:'?s| is| are| gets?)? (?:asleep|gone|out|at work|home|back))\b"
)
FOLLOWUP_MEANS = re.compile(
    r"\b(?:pills?|tablets?|meds|gun|rifle|pistol|rope|noose|knife|knives|blade|razor|bridge"
    r"|ledge|roof|train|car|bottle|plan|planned|note|letters?|decided|ready|goodbye|last time"
    r"|bruises?|hit|hits|hurt|kill|threaten\w*|scared|afraid|worse|again)\b"
)
# Amounts and times that answer "how many did you take?" after a turn that showed danger.
FOLLOWUP_QUANTITY = re.compile(
    r"\b(?:\d+|a lot|lots|loads|a bunch|a handful|all of (?:them|it)|the whole (?:bottle|pack|box|thing)"
    r"|everything|half (?:a|the) (?:bottle|pack)|(?:an|a few|two|three) hours? ago|minutes ago)\b"
)
FOLLOWUP_AFFIRM = re.compile(
    r"^\W*(?:yes|yeah|yea|yep|yup|ya|ye|y|i do|i have|i did|i am|i'?m (?:serious|sure|ready)"
    r"|already|maybe|kind of|kinda|sort of|sorta|i think so|probably|for real|seriously|i mean it"
    r"|not joking|no joke|exactly|true|correct|definitely|absolutely|no|nope|not really|not at all"
    r"|i can'?t|i don'?t know|idk|dunno|does it matter|what'?s the point|whatever"
    r"|it doesn'?t matter|doesn'?t matter|no one cares|nobody cares|i'?m done|done"
    r"|it'?s (?:over|decided|too late)|too late)\b"
)
FOLLOWUP_SAFE = re.compile(
    r"\b(?:i'?m (?:safe|ok|okay|fine|alright|good|better)|feel(?:ing)? (?:better|safe|ok|okay)|"
    r"thank(?:s| you)|thx|that helps|helped|not in danger|i'?m not (?:going to|gonna)|wouldn'?t|"
    r"never|just kidding|jk|calmed down|called (?:them|the|988|a friend|my)|talked to)\b"
)
CONCERN = re.compile(
    r"\b(?:hopeless|worthless|no hope|give up|giving up|gave up on|can'?t (?:take|do|handle)"
    r" (?:it|this)|what'?s the point|no point|tired of (?:it all|everything|everyone)|nobody cares"
    r"|no one cares|empty|numb|trapped|no way out|falling apart|end it|ending it|dark place"
    r"|dark thoughts|hate my life|hate myself|wish (?:i|it)|disappear|not worth|better off|burden"
    r"|goodbye|don'?t care any ?more|can'?t go on|i'?m done|over for me|no way forward)\b"
)


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
