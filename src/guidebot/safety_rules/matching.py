"""How the pattern layer reads a message: :data:`RULES` in order, and the checks that set a
match aside (negation, a crisis told as past, a past emergency, hyperbole, each rule's own
guards). :func:`match_rules` is the layer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from guidebot.safety_rules.base import Rule
from guidebot.safety_rules.english import _NUISANCE_RX, ENGLISH
from guidebot.safety_rules.intl import OTHER_LANGUAGES

# English first (emergencies, suicide and self-harm, harm to others, abuse at home), then the
# other languages: the first rule with an unsuppressed match names the category.
RULES: tuple[Rule, ...] = ENGLISH + OTHER_LANGUAGES

_CLAUSE_END = re.compile(r"[.!?;,\n]|\b(?:but|and|though|although|so)\b")
_NEGATION = re.compile(
    r"(?:\b(?:never|not|don'?t|dont|doesn'?t|didn'?t|won'?t|wont|wouldn'?t|wouldnt|isn'?t|aren'?t|"
    r"wasn'?t|ain'?t|shouldn'?t|couldn'?t|can'?t|cant|cannot|haven'?t|hadn'?t)|\bno (?:intention|"
    r"plans?|desire|way|chance|thoughts?|urges?))(?:\s+\S+){0,3}\s*$"
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
    r"|in (?:19|20)\d\d|(?:self[- ]?harm|cutting)[- ]free"
    r"|(?<!get )(?<!got )(?<!'m )(?<!am )(?<!getting )used to|as a (?:teen\w*|kid"
    r"|child|boy|young(?:er)? man)|when i was (?:younger|a teen\w*|a kid|\d+|(?:five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b|in (?:high school"
    r"|college)|(?:in|for (?:most|much|all) of) my (?:teens|twenties|thirties|20s|30s))"
    rf"|(?:clean|sober) (?:for )?{_NUMBER} (?:years?|yrs)|{_NUMBER} (?:years?|yrs)"
    r" (?:clean|sober)|got out\b|years later|(?:many |a few )?(?:years|decades) ago|(?:a )?long time ago"
    r"|ages ago)"
)
# Recovery told anywhere in the message, with nothing saying it is back (_CURRENT): "he got help
# and he's doing much better", "the main character is recovering from a suicide attempt",
# "survived an attempt at 19, ten years on", "none for two years now".
_RECOVERED = re.compile(
    r"\b(?:got (?:some |proper |professional )?help and|(?:he|she|they)(?:'s|'re| is| are) doing"
    r" (?:much |a lot |way |loads )?better|(?:i'?m|im|i am) doing (?:much |a lot |way |loads )?better"
    r" now|recovering from|in recovery|survived (?:an|my|a|the|two|his|her) attempts?|came through"
    r"|(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:years?|months?) on\b"
    r"|none (?:for|since) (?:\d+|two|three|a|over|about)|(?:stable|safe) now"
    r"|(?:i'?m|im|i am) \d+ now,? (?:and )?(?:doing (?:well|great|fine|good|ok|okay)|happy|well|in a (?:good|better)"
    r" place)"
    # "he's seeing a counsellor now and seems much better"
    r"|(?:seems?|seeming|looks?) (?:much |a lot |way |loads )?better|(?:he|she|they)(?:'s| is|'re| are) seeing"
    r" (?:a|his|her|their|the) (?:counsell?or|therapist|psychologist|psychiatrist))\b"
)
_CURRENT = re.compile(
    r"\b(?:again|lately|these days|right now|tonight|this (?:week|month|morning|evening)|recently"
    r"|relaps\w*|start(?:ed|ing)|(?:think|thinking|thought) (?:about|of) (?:it|doing it|dying"
    r"|trying|that)|urges?|back (?:to|in|on)(?! (?:19|20)\d\d)|can'?t stop|(?:scared|afraid|worried|terrified)"
    r" (?:i'?ll|i will|i might|i'?m going|of)|feel(?:ing)? like (?:doing it|trying|it)|still"
    r" (?:want|wanna|think|have (?:the|a|those)|feel like)|any ?more|now (?:he|she|they|i)"
    r"|every (?:day|night)|keeps? (?:happening|coming back)|(?:i )?keep thinking)\b"
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


# "if my mum asks one more time when im getting married im jumping off a cliff haha"
_IF_AGAIN = re.compile(r"\bif (?:\S+ ){1,6}?(?:one more time|again|once more|one more \w+)\b")
_LAUGH = re.compile(r"\b(?:ha(?:ha)+\w*|lol|lmao|rofl|jk)\b")
# A laugh and "joking" right after the match, in any of the languages: "mi butto dal balcone ahah
# scherzo", "me tiro por la ventana jajaja es broma", "jump off a bridge lol jk".
_SAID_IN_JEST = re.compile(
    r"\b(?:ha(?:ha)+|ahah\w*|jaja\w*|jeje\w*|kk(?:k)+|hihi\w*|mdr|xd|lol|lmao|rofl)\b\W*(?:\S+ )?"
    r"(?:jk|just kidding|joking|kidding|scherzo|scherzavo|broma|es broma|brincadeira|to brincando|je"
    r" rigole|blague|spass|nur spass|grapje|geintje|zart|zartuje|skamt|skojar|spog|tuller|saka|gluma"
    r"|glumesc|vtip|srandu)\b"
)
_NOT_JOKING = re.compile(r"\b(?:or not|not really|not joking|no joke|i mean it|serious(?:ly)?)\b")
# The writer says the words are a running joke: "I always joke I'm going to unalive myself when
# my code won't compile", "my mates and I joke about wanting to get hit by a bus". In the clause
# before the match or the match itself, and only when nothing in the message says this time it is
# meant (_NOT_JOKING, or _MEANT's words).
_JOKE_ABOUT = re.compile(r"\b(?:jok(?:e|es|ed|ing)|banter) (?:about|that|i'?m|i am|we'?re|we are|i'?ll|we'?ll)\b")
_MEANT = re.compile(
    r"\b(?:not (?:actually |even )?kidding|not (?:actually|even) joking|for real|fr|really|this time)\b"
)


def _hyperbole(before: str, after: str) -> bool:
    """ "I'd rather jump off a cliff than go to her wedding", "taxes make me want to die"."""
    if _RATHER.search(before) and _THAN.search(after):
        return True
    if _IF_AGAIN.search(before) and _LAUGH.search(after[:40]):
        return True
    if _SAID_IN_JEST.search(after[:60]) and not _NOT_JOKING.search(after[:80]):
        return True
    return _NUISANCE_RX.search(before) is not None


# Someone said to be going to be all right: read in an emergency's own message (_EMERGENCY_OVER)
# and in a later turn of the conversation (guidebot.safety.PASSED).
GOING_TO_BE_FINE = (
    r"(?:he'?s|hes|she'?s|shes|they'?re|he is|she is|they are) (?:going to|gonna) be (?:ok|okay|fine|alright)"
)

_EMERGENCY_PAST = re.compile(
    rf"\b(?:last (?:year|month|summer|winter|spring|fall|autumn|christmas)|this past (?:year|month)"
    rf"|(?:{_NUMBER}|a couple of) (?:weeks?|months?|years?) ago|years ago|back in (?:19|20)\d\d"
    r"|(?:is|'s|are|'re) (?:fine|okay|ok|stable|doing (?:well|fine|great)|recovered|home) now|recovered"
    r"|discharged|sent (?:him|her|them|me) home|checked (?:him|her|them|me) over"
    r"|(?:he|she|they)(?:'s|'re| is| are) (?:stable|going to be (?:ok|okay|fine|alright))"
    r"|(?:came|arrived|turned up),? (?:and )?(?:he|she|they)(?:'s|'re| is| are) (?:ok|okay|fine|alright)\b"
    r"|passed away|\bdied\b|funeral|in the past)"
)
# The outcome of an emergency, told anywhere in the message: it is over.
_EMERGENCY_OVER = re.compile(
    r"\b(?:(?:he|she|they|i)(?:'s|'re|'m| is| are| am) (?:totally |completely |absolutely |all )?(?:fine|ok"
    r"|okay|alright) now|(?:he|she|they|i)(?:'s|'re|'m| is| are| am) (?:now )?(?:back home|home now|back to"
    r" normal|recovering|on the mend)|back home now|made a (?:full )?recovery|(?:he|she|they) survived"
    r"|found (?:me|him|her) in time|got to (?:me|him|her|them) in time"
    # told by someone who saw to it: "the ambulance came, they say he'll be fine"
    r"|(?:he|she|they)(?:'ll| will) be (?:totally |completely )?(?:fine|ok|okay|alright|all right)"
    r"|(?:doctors?|nurses?|paramedics|they) (?:say|said|reckon|think)s? (?:that )?(?:he|she|they)(?:'s|'re"
    r"| is| are|'ll be| will be) (?:totally |completely )?(?:fine|ok|okay|alright|stable)"
    r"|(?:checked|looked) (?:him|her|them|me) over and (?:he|she|they|i)(?:'s|'re|'m| is| are| am)"
    r" (?:totally |completely )?(?:fine|ok|okay|alright)"
    r"|(?:tests?|scans?|bloods|ecg|results?) (?:all )?(?:came back|were|was) (?:normal|clear|fine)|all normal"
    r"|turn(?:ed|s) out (?:to be|it was|i'?d)"
    # "he's stable and home now", "the doctors say hes gonna be fine", "(it's out, all fine)"
    r"|(?:'s|is|are|'re) (?:stable|fine|ok|okay) and (?:home|back home|doing (?:ok|okay|well|fine))"
    r"|" + GOING_TO_BE_FINE
    + r"|(?:it'?s|its) (?:out|under control),? (?:and )?(?:all |everyone'?s |we'?re )?(?:fine|ok|okay|safe)"
    r"|(?:that|this|it) was (?:\d+|a|one|two|three|four|five|ten|fifteen|twenty|many|a few|some) (?:\w+ )?"
    r"(?:weeks?|months?|years?) ago)\b"
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


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in ".!?\n") + 1


def _sentence(text: str, m: re.Match[str]) -> str:
    start = _sentence_start(text, m.start())
    end = _SENTENCE_END.search(text, m.end())
    return text[start : end.start() if end else len(text)]


def _past_emergency(text: str, m: re.Match[str]) -> bool:
    """ "my friend overdosed last year, he's fine now" tells of an emergency, not one in progress;
    so does one whose outcome the message tells in any sentence ("...paramedics came. he's home
    now with new meds")."""
    sentence = _sentence(text, m)
    told_over = _EMERGENCY_PAST.search(sentence) is not None or _EMERGENCY_OVER.search(text) is not None
    if told_over and _NOW.search(text) is None:
        return True
    return (
        (_INTL_EMERGENCY_PAST.search(sentence) is not None or _INTL_PAST.search(sentence) is not None)
        and _NOW.search(text) is None
        and _INTL_NOW.search(text) is None
    )


def _resolved_past(text: str, m: re.Match[str]) -> bool:
    sentence = _sentence(text, m)
    if (_PAST.search(sentence) is not None or _RECOVERED.search(text) is not None) and _CURRENT.search(text) is None:
        return True
    return (
        _INTL_PAST.search(sentence) is not None and _CURRENT.search(text) is None and _INTL_CURRENT.search(text) is None
    )


@dataclass(frozen=True)
class RuleHit:
    """The rule that fired and the (normalised) sentence its match sits in."""

    rule_id: str
    category: str
    sentence: str = ""


def _clause_before(text: str, start: int) -> str:
    cut = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        cut = m.end()
    return text[cut:start]


# A danger phrase quoted from something the message is about: "the bit in the shame guide about
# 'the voice that tells you youre a burden'", a lyric in quotes. The match must sit between an
# opening quote (after a space) and a closing one, and the message must name what it quotes.
_OPEN_QUOTE = re.compile(r"(?:^|[\s(])['\"](?=\w)")
_CLOSE_QUOTE = re.compile(r"(?<=[\w.!?,])['\"](?=[\s.,!?)]|$)")
_CITED = re.compile(
    r"\b(?:guide|book|article|song|lyrics?|line|quote[ds]?|poem|film|movie|show|chapter|podcast"
    r"|version|album|track|verse|episode|post|video|meme|tweet|says|wrote|written|read)\b"
)
# Someone asked and the writer said no: "my therapist asked if ive ever thought about hurting
# myself. i said no and its true" (not when he says the no was a lie).
_ASKED = re.compile(r"\basked (?:me )?(?:if|whether)\b[^.!?]*$")
_SAID_NO = re.compile(
    r"^[^?]{0,80}?\b(?:i said no|said no|i told (?:him|her|them) no|i answered no|the answer (?:is|was) no)\b"
)


_LIED = re.compile(r"\b(?:lied|lying|lie|wasn'?t true|not true|wasn'?t honest|actually)\b")


def _quoted(text: str, m: re.Match[str]) -> bool:
    # up to the match's first letter: an opening quote is one only when a word follows it
    before = text[max(0, m.start() - 200) : m.start() + 1]
    opened = len(_OPEN_QUOTE.findall(before)) > len(_CLOSE_QUOTE.findall(before))
    return opened and _CLOSE_QUOTE.search(text, m.end(), m.end() + 150) is not None and bool(_CITED.search(text))


def _asked_and_denied(text: str, m: re.Match[str]) -> bool:
    after = text[m.end() :]
    asked = _ASKED.search(text, _sentence_start(text, m.start()), m.start()) is not None
    return asked and bool(_SAID_NO.search(after)) and not _LIED.search(after)


# A negation inside the match, between its subject and its verb: "she doesn't hit me", "he has
# never hurt me" (not "she never stops hitting me", "he didn't just hit me", "she'll never see
# them again").
_INNER_NEGATION = re.compile(
    r"\b(?:doesn'?t|does not|didn'?t|did not|has never|have never|never|wouldn'?t|would never|hasn'?t"
    r"|has not)\b(?! (?:stops?|stopped|ends?|ended|lets? up|let up|just|only|even|once|fails?|failed|see|seen"
    r"|again|come|coming|find|get|know|forget|forgive|be)\b)"
)


# Intrusive thoughts the writer fears and disowns, with nothing saying they are winning: "I get
# flashes of driving into oncoming traffic. I don't want to, it just pops up and scares me",
# "intrusive thoughts about hurting my newborn... they horrify me and I'd never act on them"
# (not "I'm alone with her now and the pictures are very strong").
INTRUSIVE = re.compile(
    r"^(?!.*\b(?:alone with (?:her|him|them|the baby)|right now|tonight|getting (?:stronger|worse)|(?:very|so|too)"
    r" strong|can'?t (?:stop|fight|resist) (?:myself|them|it)|urges?|want to act|might act|going to act|pills"
    r"|rope|plan|note|gun)\b)"
    r"(?=.*\b(?:intrusive|pops? (?:up|into my head)|popped (?:up|into my head)|flash(?:es)? of|(?:sudden|random)"
    r" (?:thought|image|picture)s?)\b)"
    r"(?=.*\b(?:(?:i )?(?:don'?t|do not|never) want to\b|(?:i'?d|i would) never (?:act|do)|horrif\w*|scares? me"
    r"|scared me|frighten\w*|terrif\w* me|ocd|i love (?:my life|her|him|them)))"
)

# Death thought of and a wish to die disowned in the same breath: "I've been thinking about death
# a lot since Dad passed. Not wanting to die, just how short it all is", "I don't want to die, I
# just want to disappear for a week somewhere nobody knows me".
NOT_WANTING_TO_DIE = re.compile(
    r"\bnot wanting to die\b(?! (?:but|and|yet))|\b(?:don'?t|do not) want to die,? (?:i'?m |i )?(?:just|only)"
    r" (?:thinking|curious|wondering|how|about|want to (?:disappear|get away|escape|switch off|go away) for)\b"
)


def _suppressed(rule: Rule, text: str, m: re.Match[str]) -> bool:
    if _quoted(text, m) or _asked_and_denied(text, m):
        return True
    if rule.category in ("suicide_self_harm", "harm_to_others") and INTRUSIVE.search(text):
        return True
    if rule.category == "suicide_self_harm" and NOT_WANTING_TO_DIE.search(text):
        return True
    before = _clause_before(text, m.start())
    if rule.negatable and _NEGATION.search(before) and not _NEGATION_EXCEPT.search(before):
        return True
    if rule.negatable and _INNER_NEGATION.search(m.group(0)):
        return True
    if rule.before is not None and rule.before.search(before):
        return True
    if _JOKE_ABOUT.search(before + m.group(0)) and not (_NOT_JOKING.search(text) or _MEANT.search(text)):
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
                return RuleHit(rule.id, rule.category, _sentence(text, m).strip()), suppressed
            # A suppressed match may hide an overlapping one ("she beat me" | "beat me up").
            m = rule.pattern.search(text, m.start() + 1)
        suppressed.append(rule.id)
    return None, suppressed
