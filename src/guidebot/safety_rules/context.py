"""The regexes the context layer (:meth:`guidebot.safety.SafetyScreen.context`) reads a short
follow-up and earlier user turns with."""

from __future__ import annotations

import re

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
    r"|goodbye|don'?t care any ?more|can'?t go on|i'?m done|over for me|no way forward"
    # a dose asked about: "how much insulin is too much for a grown man"
    r"|how (?:much|many) (?:\w+ ){0,2}(?:is|are|would be) too (?:much|many)|(?:lethal|fatal|deadly) (?:dose|amount))\b"
)
