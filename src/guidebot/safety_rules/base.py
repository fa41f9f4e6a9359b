"""Shared pieces of the pattern layer: the text it reads, its vocabulary and the rule type.

:func:`normalise`; the ``<MACRO>`` vocabulary (``_MACROS``), with the medicine, drug and
exhaust names the English and the other-language rules both use; :class:`Rule` and
:func:`_rule`, which builds one; and the fragments both rule sets read (``_INTL_CARE_WORK``,
``_INTL_HELP_OR_STUDY``). See :mod:`guidebot.safety_rules` for how to add a rule.
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
    ``"soooo"`` -> ``"soo"``; chat spellings become words (``"tonite"`` -> ``"tonight"``).
    """
    text = _EMOJI_LAUGH.sub(" lol ", unicodedata.normalize("NFKC", text))
    text = text.translate(_QUOTES).translate(_LETTERS)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"(\w)\1{2,}", r"\1\1", text)
    text = _TEXT_SPEAK.sub(lambda m: _TEXT_SPEAK_WORDS[m.group(0)], text)
    return re.sub(r"\s+", " ", text).strip()


# Chat spellings of words the patterns look for ("thinking abt jumping off the multistory tonite").
# Only tokens that are not words in any of the rule languages: "u" (Polish, Czech) and "ur" stay.
_TEXT_SPEAK_WORDS = {
    "abt": "about",
    "summat": "something",
    "tonite": "tonight",
    "2nite": "tonight",
    "2night": "tonight",
    "2day": "today",
    "tmrw": "tomorrow",
    "tmrow": "tomorrow",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "b4": "before",
    "cuz": "because",
    "coz": "because",
    "rn": "right now",
    "sry": "sorry",
    # misspellings and dropped g's of words the patterns look for ("no point in livin anymore",
    # "i want to kil my ex"); none is a word in the other rule languages
    "kil": "kill",
    "kiling": "killing",
    "killin": "killing",
    "livin": "living",
    "dyin": "dying",
    "endin": "ending",
    "hurtin": "hurting",
    "cuttin": "cutting",
    "jumpin": "jumping",
    "takin": "taking",
    "thinkin": "thinking",
    "plannin": "planning",
    "goin": "going",
    "tryin": "trying",
    "nothin": "nothing",
    "somethin": "something",
    "anymor": "anymore",
    "sucide": "suicide",
    "suicde": "suicide",
    "suiside": "suicide",
}
_TEXT_SPEAK = re.compile(r"\b(?:" + "|".join(_TEXT_SPEAK_WORDS) + r")\b")


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
    "WEAPON": r"(?:guns?|rifle|pistol|shotgun|handgun|revolver|knife|knives|machete|panga|bat|baseball bat"
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

# ---- macros both rule sets use: medicines, drugs, abuse verbs; other-language medicines and exhaust
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
    r"|opiates?|benzos?|xanax|bars|oxy\w*|percs|drugs|pingers|pingas|eccies|ecstasy|<PILLS>)"
)
_ABUSE_VERB = (
    r"(?:hits|hit|beats|beat|beat up|slaps|slapped|punches|punched|kicks|kicked|chokes|choked|"
    r"strangles|strangled|shoves|shoved|attacks|attacked|bites|bit|scratches|scratched|smacks|"
    r"smacked|stabbed|stabs|burned|burns|spits on|spat on|pushed|pushes|hurts|abuses|abused|"
    r"assaults|assaulted|batters|battered|headbutted|pins|pinned|strikes|hitting|beating|"
    r"slapping|punching|kicking|choking|strangling|shoving|attacking|biting|scratching)"
)
_MACROS.update(PILLS=_PILLS, DRUGS=_DRUGS, ABUSEV=_ABUSE_VERB)
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

# ---- fragments both rule sets use
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
# Helping a friend, or studying suicide, in the other languages, with the writer not speaking
# of his own: "comment aider un ami qui parle de suicide?", "wie hoch ist die suizidrate bei
# mannern? schreib ne hausarbeit" (English has _GENERAL_HELP and _ABOUT_OTHERS).
_INTL_HELP_OR_STUDY = (
    r"^(?!.*\b(?:je|yo|ich|eu|io|ik|ja|jag|jeg|ben)\b[^.!?]{0,30}\b(?:suicid\w*|suizid\w*|zelfmoord\w*"
    r"|samob\w*|selvmord\w*|sjalvmord\w*|intihar\w*|sinucid\w*))(?=.*\b(?:comment (?:aider|soutenir)"
    r"|como (?:ayudar|ajudar|apoyar|apoiar)|come (?:aiutare|sostenere)|wie (?:kann ich )?(?:helfen"
    r"|unterstutzen)|hoe (?:kan ik )?(?:helpen|steunen)|jak (?:pomoc|wesprzec|pomoct|pomoci)|hur (?:hjalper"
    r"|kan jag hjalpa)|hvordan (?:hjaelper|hjelper|kan jeg)|nasil yardim|cum (?:sa )?ajut|suizidrate"
    r"|selbstmordrate|tasa de suicid\w*|taux de suicide|taxa de suicid\w*|tasso di suicid\w*|statisti\w*"
    r"|estadistic\w*|hausarbeit|referat|dissertation|memoire|tesina|tese|scriptie|praca (?:domowa"
    r"|magisterska|licencjacka))\b)"
)
