"""The English rules of the pattern layer, in four sections: an emergency in progress; suicide
and self-harm; intent or fear of harming others; being abused or threatened at home.

The fragments above :data:`ENGLISH` are the figurative and context guards the rules share.
See :mod:`guidebot.safety_rules` for how to add a rule.
"""

from __future__ import annotations

import re

from guidebot.safety_rules.base import _INTL_CARE_WORK, _INTL_HELP_OR_STUDY, _MACROS, A, E, H, Rule, S, _rule

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
    r"|^[^.!?]{0,40}[.!?]\s*(?:obviously |but )?i (?:won'?t|wouldn'?t|will not|would not)\b(?! (?:stop|hold|let|miss"
    r"|hesitate|be|think|regret|wait|back))"
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
# An emergency told as over: the symptom and withdrawal rules set their matches aside on it.
_TOLD_AS_PAST = r"(?:years?|months?|weeks?) ago|last (?:year|month)|used to"
# Said and taken back at once: "I want to die (not literally)", "I want to die lol. ok not really".
_NOT_LITERALLY = r"|^\W{0,3}(?:lol\W{0,3}|haha\w*\W{0,3})?(?:\(?not literally|ok(?:ay)?,? not really)\b"
# A team's loss laughed off: "watched my team lose the grand final, I want to die lol".
_SPORT_LOST = (
    r"|\b(?:team|side|club|we)\b[^.!?]{0,40}\b(?:lose|lost|losing|beaten|relegated)\b[^.!?]{0,60}\bwant"
    r" to die\W+(?:lol|lmao|haha\w*)\b"
)
# Someone else's disclosure asked about: "what's the procedure if someone in a men's group
# discloses they're being abused at home?"
_DISCLOSED_TO_ME = (
    r"\bif (?:someone|somebody|a (?:\w+ ){0,2}?(?:member|client|guy|man|colleague|friend|student|employee"
    r"|worker|participant))\b[^.!?]{0,40}\b(?:discloses|tells (?:me|you|us)|says|mentions|admits|reports)\b"
)
# Fiction being written: "I'm writing a screenplay about a man who plans to kill his wife's lover".
_FICTION = (
    r"\b(?:writing|write|wrote|working on) (?:a |my |the )?(?:screenplay|novel|book|story|script|short story"
    r"|play|film|scene)\b|\b(?:my|the|a) (?:main )?character\b"
)
_MEDIA = r"\b(?:movie|film|show|episode|song|book|meeting|presentation|game|match)\b"
# The clause's subject is someone else, right before the match: "he's been thinking about
# ending it", "she said she wants to end it" (suicide.someone_else reads those).
_THIRD_PERSON = (
    r"\b(?:he|she|they)(?:'s|'re|'ve| is| are| has| have| was| were| had)?(?: (?:been|always|also"
    r"|now|just|said|says|told me|keeps? saying)(?: (?:he|she|they)(?:'s|'d| is| was))?)? $"
)
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
    r"(?=.*(?:\b(?:my|our|a|his|her|two|three|four|five|several|some|\d+|whose|their) (?:\w+ )?(?:mate|friend"
    r"|buddy|son|daughter|kid|brother|sister|teen|teenager|child|children|boy|girl|lad"
    r"|uncle|aunt|dad|father|mum|mom|mother|cousin|colleague|coworker|student|client|patient|nephew"
    r"|niece|grandad|grandfather|bloke|lad)s?\b[^.!?]{0,60}\b(?:suicid\w*|self[- ]?harm\w*)"
    r"|\b(?:anniversary|funeral|inquest) of\b|\b(?:revising|studying|essay|dissertation|diploma"
    r"|degree|module|lecture|exam|training|course|warning signs|prevention|awareness|documentary"
    r"|13 reasons|novel|screenplay|(?:main )?character|(?:what'?s|whats|what is) the difference between)\b))"
)
# A question about suicide as a topic, with nothing said of the writer now: "is it true that
# asking someone if they're suicidal puts the idea in their head?", "what does passive suicidal
# ideation mean?", "do your coaches have to report it if someone mentions suicidal thoughts? I'm
# not having any", "what should I do if a worker tells me he is thinking about suicide?"
_TOPIC_QUESTION = (
    r"^(?!.*\b(?:tonight|right now|(?:i'?m|im|i am|i'?ve been|i have been|i feel|i felt|i keep|i want|i wanna"
    r"|i get|i have|i had|feeling|been having) (?:\S+ ){0,4}?(?:suicid\w*|kill|die|end it|end my))\b)"
    r"(?=.*\b(?:what (?:does|do|is|happens|should i do|to do)|is it true|(?:the )?difference between"
    r"|confidential\w*|report it|(?:have|has) to (?:report|tell|call)"
    r"|if (?:someone|somebody|a (?:\w+ ){0,2}?(?:worker|client|member|guy|man|colleague|friend|lad|mate"
    r"|student|employee))\b[^.!?]{0,40}\b(?:tells|mentions|says|discloses|admits|talks)"
    r"|(?:i'?m|im|i am) not (?:in (?:any )?danger|suicidal|having (?:any|them)))\b)"
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
    r" worker|volunteer)|first aid (?:course|training)|on (?:my |a |the )?shifts?\b|every shift"
    r"|(?:nurse|paramedic|doctor|medic|emt|hca|porter) (?:on|in|at) (?:a&e|a and e|the er|er|the ward"
    r"|nights|night shift|icu|resus|the ambulances?)\b))"
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
# A video game, where shooting and stabbing are the point ("shot my buddy in the head like 14
# times lmao warzone is brutal"), unless the writer says it is real.
_MACROS["ATWORK"] = (
    r" (?:at|in|on|to) (?:work|the office|the team|the job|my (?:team|job|colleagues|workmates|coworkers"
    r"|co-workers|boss))\b"
)
# A war someone fought ("my grandad shot people in the falklands and never talks about it"),
# with no intent of the writer's.
_WAR = (
    r"^(?!.*\bi(?:'?ll|'?m|'?d| will| am| would)?\b[^.!?]{0,20}\b(?:want|wanna|will|going to|gonna|could"
    r"|might)\b)(?=.*\b(?:in|during|from) (?:the )?(?:war|falklands|vietnam|korea|iraq|afghanistan|gulf"
    r"|troubles|trenches|normandy|ww ?(?:1|2|i|ii)|world war \w+|army|forces|military|marines|helmand"
    r"|basra|kandahar)\b|\b(?:ex[- ](?:army|forces|military|marines?|para)|tours? (?:in|of)|served"
    r"|veteran|deployed|deployment|on ops)\b)"
)
_VIDEO_GAME = (
    r"^(?!.*\b(?:irl|in real life|for real|not a game|real gun)\b)(?=.*\b(?:cod|call of duty|gta"
    r"|fortnite|warzone|halo|battlefield|apex|valorant|cs ?go|cs2|counter[- ]?strike|pubg|tarkov|dayz"
    r"|rainbow six|red dead|overwatch|elden ring|minecraft|roblox|video ?games?|gaming|on (?:the )?(?:xbox"
    r"|playstation|ps[45]|switch|pc)|in[- ]game|respawn\w*|headshots?|lobby|ranked)\b)"
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
# A young child's outburst, over by the time the parent writes: "my son screamed 'I want to die'
# when we took his xbox away. he's 8 and was fine ten minutes later".
_CHILD_OUTBURST = (
    r"\b(?:he'?s|she'?s|he is|she is) (?:only |just )?(?:[1-9]|1[0-2]|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\b(?! ?(?:years? (?:older|younger)|feet|foot|inches|stone|kg))"
    r"[^?]{0,40}\b(?:(?:was|is) (?:fine|laughing|playing|happy|back to normal)|calmed down)\b"
)
_CHILDHOOD = r"as a (?:kid|child|boy|teen\w*)|when i was (?:a kid|young|little|growing|a boy|\d)"
_CHILDHOOD += r"|growing up|childhood"
# Small children and play: "my 3 year old kicked me", "she hit me with a toy sword".
_PLAY = (
    r"|\b(?:he'?s|she'?s|they'?re|(?:son|daughter|kid|boy|girl) is) (?:only |just )?(?:[1-9]|one|two"
    r"|three|four|five|six|seven|eight|nine)\b(?! ?(?:years? (?:older|younger)|feet|foot|inches))"
    r"|\b(?:toddler|tantrum|toy|pillow fight|playfully|play fight|play-fight|wrestl\w*|tickl\w*|nerf"
    r"|snowball|hide and seek|(?:jumped|jumping|climbed|climbing|landed) on me)\b"
    r"|\bmy (?:[1-9]|one|two|three|four|five|six|seven|eight|nine) ?(?:yr|year|yo)[- ]?old\b(?! (?:is|was)"
    r" (?:in|at|with|alone|asleep|home))"
)

# suicide.kill_myself's guards, shared with suicide.think_of_it
_KILL_MYSELF_BEFORE = (
    r"(?:almost|nearly|practically|basically) $|\b(?:keeps|kept) (?:saying|typing|texting"
    r"|posting) $|" + _THIRD_PERSON
    # a warning someone else gives: "my wife say I will kill myself with this"
    + r"|\b(?:says?|said|reckons?|tells? me|told me|warns?|warned)(?: that)? (?:i'?ll|i will|i'?m going to"
    r"|i'?m gonna|i am going to) $"
)
_KILL_MYSELF_AFTER = (
    r"^\s*(?:laughing|at the gym|working|running|trying to|with (?:work|her|him|them)"
    r"|in the (?:foot|feet)"
    r"|at work|to (?:pay|provide|keep up|get ahead|make ends)|for (?:forgetting|missing|losing|saying|being"
    r" (?:so|such)|not (?:booking|remembering|calling|texting))\b|for (?:work|this job|the (?:kids|job"
    r"|company|boss)|my (?:family|kids|boss))|kindly|nicely|properly|gently|amicably|respectfully"
    r"|the right way"
    r"|on (?:the|that|a) (?:bike|ice|stairs)|out of me|from me|away from me|i (?:had|owned|built))"
    # a word asked about: "wtf does 'unalive' mean"
    r"|^\w*['\"]?\s*(?:mean|means|stand for|stands for)\b"
)

ENGLISH: tuple[Rule, ...] = (
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
        r" of |a handful of )?(?:\S+ )?(?:<PILLS>|pill (?:organi[sz]er|box|bottle|pot|case|tub)|medicine"
        r"|bleach|detergent|batteries|battery|button"
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
        r"|on (?:\w+ ){0,2}?(?:coffee|caffeine|sugar|chocolate|candy|carbs|netflix|tv|youtube|podcasts|self-help"
        r"|content|reading|the guides?|work|memes))",
    ),
    _rule(
        # "just took the lot. should I tell someone?", "taken the whole week's lot this morning"
        # (emergency.overdose's guard reads "this morning" as a dose taken as prescribed); not
        # "took the lot to the tip"
        "emergency.took_the_lot",
        E,
        r"(?:(?:i|i'?ve|i have|just|he|she|he'?s|she'?s|and) (?:just )?|^)(?:took|taken|swallowed|necked|downed)"
        r" the (?:whole |entire )?(?:(?:week|month|fortnight)'?s? )?lot\b(?![^.!?]{0,3}\b(?:to|of|home|with|out"
        r"|back|down|up|in|off|for|over|round|around)\b)",
        neg=False,
        text=_CARE_WORK,
    ),
    _rule(
        "emergency.not_breathing",
        E,
        r"(?:isn'?t|is not|not|stopped|can'?t|cannot|can not|cant|barely|struggling to|hard to)"
        r" breath(?:e|ing)\b",
        r"unconscious|unresponsive|(?:turning|turned|gone|going) blue\b(?! in the face)|lips (?:are |went )?blue",
        r"(?:won'?t|will not|can'?t|cannot|isn'?t) (?:wake (?:him |her |them |my \w+ )?up"
        r"|waking up)",
        r"(?:passed out|collapsed|fainted) and (?:won'?t|isn'?t|can'?t|not)",
        neg=False,
        before=r"(?:feel|feels|felt|like|as if) (?:\S+ ){0,2}$",
        after=r"^\s*(?:without|when (?:i|she|he) (?:think|see|hear|remember)|for (?:school|work)"
        r"|early|on time|in time|at night|in (?:the|this|my) (?:marriage|relationship|house|job)"
        r"|when (?:she|he|they) (?:doesn'?t|don'?t|won'?t|isn'?t|ignores?|leaves?|goes|texts?|calls?|is)\b)",
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
        r"(?:took|taken|had|dropped|necked|swallowed) (?:something|some \w+|a pill|pills|a tab|molly|mdma"
        r"|ket|ketamine|<DRUGS>)\b[^.!?]{0,80}\b(?:burning up|twitch\w*|fitting|seizing|convuls\w*"
        r"|talking nonsense|not making sense|can'?t stand up|foaming|(?:won'?t|can'?t) wake)",
        # the same told the other way round: "mate's fitting on the floor after taking something"
        r"\b(?:fitting|seizing|convulsing|having (?:a )?fits?|foaming at the mouth)\b[^.!?]{0,60}\bafter"
        r" (?:taking|necking|dropping|snorting|swallowing|(?:he|she|they) (?:took|had|necked|dropped|snorted))\b",
        # a seizure in progress: "he's fitting on the floor", "she's seizing and won't stop"
        r"(?:he|she|they|my \w+|mate|friend|buddy)(?:'s| is|'re| are) (?:still |now )?(?:fitting|seizing"
        r"|convulsing)\b(?! (?:in|into|well|nicely|perfectly|right|the|for|up|together|a|his|her|my|our))",
        r"(?:took|taken|had|done|did) (?:way )?too (?:much|many)\b.{0,60}\b(?:chest (?:\S+ )?(?:pounding|tight"
        r"|hurts|pain)|heart (?:\S+ )?(?:pounding|racing)|can'?t (?:breathe|stand|feel|see)|pass(?:ing)?"
        r" out|shaking|fitting|numb)",
        # a stroke told by what is seen: "one side of his face has dropped and he can't get his
        # words out"
        r"one side of (?:his|her|their|my) (?:face|mouth) (?:has |is |'s |went |seems )?(?:dropped|droop\w*"
        r"|sagg\w*|fallen|slipped|gone (?:droopy|slack|funny|numb))",
        r"(?:can'?t|cannot|couldn'?t|can not) get (?:his|her|their) words out\b(?=.{0,150}\b(?:face|arm"
        r"|droop\w*|dropped|slurr\w*|grey|gray|sweat\w*|collaps\w*|stroke|numb))|(?:face|arm|droop\w*|dropped"
        r"|slurr\w*|grey|gray|sweat\w*|collaps\w*|numb)\b.{0,150}\b(?:can'?t|cannot|couldn'?t) get (?:his|her"
        r"|their) words out",
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
        text=_TOLD_AS_PAST + r"|panic attack|anxiety attack"
        r"|sleeping on it|slept on it|(?:gym|workout|run|running|leg day) ",
    ),
    _rule(
        "emergency.withdrawal",
        E,
        # coming off drink or benzos and hallucinating or fitting: "day 2 cold turkey, shaking and
        # seeing things in the room that aren't there"
        r"(?:seeing|hearing|feeling) (?:things|stuff|bugs|insects|spiders|people|shadows|voices)\b[^.!?]{0,40}"
        r"\b(?:aren'?t|are not|isn'?t|is not|weren'?t|wasn'?t) (?:there|real)\b",
        r"(?:cold turkey|detox\w*|withdrawals?|coming off (?:the )?(?:drink|booze|alcohol|benzos?|xanax"
        r"|valium))\b[^.!?]{0,100}\b(?:seizures?|fits?|fitting|convuls\w*|hallucinat\w*|seeing things)",
        neg=False,
        also=r"\b(?:drink\w*|drunk|booze|alcohol|sober|withdraw\w*|detox\w*|cold turkey|benzos?|xanax|valium"
        r"|vodka|whisk(?:e)?y|beers?|wine)\b",
        text=_TOLD_AS_PAST + r"|when i was",
    ),
    _rule(
        "emergency.call",
        E,
        r"\bcall(?:ing|ed)? (?:911|999|000|112|an ambulance)|ambulance|paramedics",
        # someone gone off with the means: "a bloke at the retreat has gone off into the woods with a
        # bottle of pills and left a note"
        r"(?:gone|went|walked|headed|run|ran|driven|drove) off\b[^.!?]{0,40}\bwith (?:a (?:bottle|box|bag|load"
        r"|handful) of |some |his |her |their |the |a )?(?:pills|tablets|meds|rope|gun|shotgun|rifle|knife|blade)\b",
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
        r"|message|look|email|dm|glance|down|up|shot)\b)(?! (?:first |best |biggest |last )?(?:stag|deer"
        r"|buck|doe|pheasant|rabbit|pigeon|fox|boar|duck|goose|grouse|clays?|round|target)s?\b)",
        r"(?:kick|kicking|kicked|break|breaking|smash|smashing|bash|bashing|bust|busting) (?:down |in )?"
        r"(?:the|my) door(?: in| down)?\b(?=[^.!?]{0,80}\b(?:he|she|they|scared|afraid|locked|hiding"
        r"|help))|(?:he|she|they|my \w+)(?:'s| is|'re| are) (?:trying to )?(?:kick|kicking|break|breaking"
        r"|smash|smashing|bash|bashing) (?:down |in )?the door",
        r"breaking in|trying to (?:break|get) in\b|(?:break|breaking|get|getting|force|forcing)"
        r" (?:their |his |her |its )?(?:way )?in(?:to)? (?:my|the|our) (?:house|home|flat|apartment"
        r"|room|place)",
        neg=False,
        # a figure of speech: "feel like I've been hit by a truck", "like getting hit by a bus"
        before=r"\b(?:feel|feels|felt|feeling) like (?:\S+ ){0,3}$|\blike (?:getting|being|i'?ve been|i got|i was) $",
        text=_VIDEO_GAME,
    ),
    # ---- suicide and self-harm
    _rule(
        "suicide.kill_myself",
        S,
        r"(?:k[i1!]l+(?:ing|in|ed|s)?|murder(?:ing)?|off(?:ing)?|top(?:ping)?|end(?:ing)?|unalive"
        r"|shoot(?:ing)?|hang(?:ing)?|hanged|hung|drown(?:ing)?|poison(?:ing)?"
        r"|gas(?:sing)?|neck(?:ing)?) <MYSELF>",
        r"\bkms\b|\bk m s\b|unaliv\w*|sewer ?slide|self[- ]?delet\w*|\bctb\b|catch(?:ing)? the bus"
        r" (?:for good|tonight|soon|today)",
        r"(?:end|ending|take|taking|took) (?:it all|my (?:own )?life|everything)",
        r"(?:thinking|planning|want|wanting|going|decided) to (?:finish|end) (?:my (?:own )?life\b(?!'?s\b)"
        r"|myself)|finish(?:ing)? (?:my (?:own )?life\b(?!'?s\b)|myself\b)",
        # the app words: "uninstalling myself tonight", "unsubscribe from life"
        r"(?:uninstall|delet|eras)(?:e|es|ed|ing)? myself\b(?! (?:from|off|out of))|(?:cancel|delete|uninstall"
        r"|unsubscribe from|opt out of|log (?:out|off) (?:of|from)) (?:my )?(?:life|existence)\b(?! (?:insurance"
        r"|policy|cover|admin|story|plan))",
        # "how do i cancel my subscription to the newsletter. and my life lol"
        r"(?:cancel|delete|unsubscribe|uninstall)\b[^!?]{0,60}\b(?:and|also|plus|oh and) my (?:life|existence)\b"
        r"(?! (?:insurance|policy|cover|admin|story|plan))",
        r"end(?:ing)? it (?:tonight|today|now|soon|for good|once and for all|all)",
        r"(?:feel like|want to|wanna|going to|gonna|thinking (?:about|of)|about to|ready to"
        r"|close to|decided to) end(?:ing)? it\b(?! (?:with|between))",
        r"make it look like an accident",
        r"(?:picked|chosen|chose|set|got|have) (?:a|the) date (?:to|for) (?:kill|end|do it|die|go\b)\w*",
        # "he's been thinking about ending it" is suicide.someone_else's
        before=_KILL_MYSELF_BEFORE,
        after=_KILL_MYSELF_AFTER,
    ),
    _rule(
        # a disclosure asked as a question about people in general: "is it normal to think about
        # killing yourself after a breakup?" (in VETO_KEEPS: the fine-tuned reader reads such
        # questions as topic questions)
        "suicide.think_of_it",
        S,
        r"(?:think|thinking|thought|thoughts) (?:about|of) (?:killing|ending|hurting) (?:yourself"
        r"|oneself|your (?:own )?life)",
        before=_KILL_MYSELF_BEFORE,
        after=_KILL_MYSELF_AFTER,
    ),
    _rule(
        "suicide.suicidal",
        S,
        r"\b(?:su[i1!]?c[i1!]?d\w*|su[i1]s[i1]d\w*|suac[i1]d\w*|suizid\w*|selbstmord\w*)",
        before=r"(?:died by|die by|dies by|dying by|committed|death by|bereaved by|affected by|touched by"
        r"|(?:lost|losing|lose) (?:\S+ ){1,3}to|after (?:\S+ )"
        r"{1,2}|his|her|their|'s|survivors? of) $"
        # a thing called suicidal ("passing out from the back is suicidal"), statistics ("what
        # percentage of suicides are men"), a call attended ("attended a suicide last week")
        r"|\b\w+ing\b[^.!?,]{0,40} (?:is|was|would be|'s) (?:\S+ )?$|\b(?:percentage|proportion|number"
        r"|rates?|statistics|stats|share|majority) of (?:\S+ )?$|\b(?:attended|attend|attending|called to"
        r"|responded to|dealt with) (?:a |another |two |three |several )?$"
        # a general question: "can antidepressants make you suicidal"
        r"|\b(?:make|makes|making|made) (?:you|people|someone|men|teens|kids) $"
        # someone else's suicide in another language: "se suicido", "s'est suicide", "si e
        # suicidato", "hat sich suizidiert", "el suicidio de su tio"
        r"|\b(?:se|s'est|si e|si|sich|hat sich|zich) $"
        # denied in another language: "no tengo pensamientos suicidas", "ich habe keine
        # suizidgedanken", "ik ben niet suicidaal"
        r"|\b(?:no tengo|no soy|no estoy|je n'ai (?:pas|aucune?)|je ne suis pas|habe? keine|bin nicht"
        r"|nao tenho|nao sou|nao estou|non ho|non sono|heb geen|ben niet|nie mam|nie jestem|har inga"
        r"|ar inte|har ingen|har ikke|er ikke|nemam|nejsem|nu am|nu sunt)(?: \S+)? $",
        after=r"^\s*(?:loss|survivors?|bereavement|prevention|awareness|statistics|stats|rates?|risk"
        r" (?:assessment|training|factors?)|first aid|intervention training"
        r"|runs?|sprints?|drills?|shuttles?|squats?|burpees?|hill"
        r"|squad|years ago|last year|calls?|call-?outs?|jobs?)\b"
        r"|^\s*(?:de|del|du|des|di|della|dello|do|da|van|von) (?:su|sus|mi|mis|tu|son|sa|mon|ma|seu|sua"
        r"|meu|minha|suo|mio|mia|zijn|haar|mijn|m'n|seinem|seiner|meinem|meiner|un|una|um|uma|une"
        r"|ein\w*|een)\b",
        text=_GENERAL_HELP + "|" + _ABOUT_OTHERS + "|" + _INTL_HELP_OR_STUDY + "|" + _TOPIC_QUESTION,
    ),
    _rule(
        "suicide.someone_else",
        S,
        r"(?:wants?|going|gonna|threaten\w*|talk\w* about|trying|tried|plans?|planning|thinking"
        r" about|thinks about|said (?:he|she)'?d|says (?:he|she)'?(?:ll|d)|might|about) (?:to )?"
        r"(?:k[i1]ll|hurt|harm|cut|hang|shoot|end) <THEMSELF>",
        r"(?:cutting|harming|hurting|burning) <THEMSELF>",
        r"(?:he|she|they|my \w+) (?:[^\s.!?]+ ){0,2}?(?:wants?|wanting|wanted|is going|'s going|is ready)"
        r" to die|(?:talking|talks|talked) about (?:dying|suicide|ending it|killing (?:him"
        r"|her)self)",
        r"(?:he|she|they)(?:'s|'re|'ve| is| are| has| have| was)?(?: been)? (?:thinking (?:about|of)"
        r"|talking about|feels? like|wants? to|going to|gonna|ready to) end(?:ing)? it\b(?! (?:with"
        r"|between))",
        neg=False,
        after=r"^[^.!?]{0,40}\b(?:every time|whenever|when) (?:his|her|their|the) (?:team|side|club"
        r"|fantasy|phone|wifi|internet|game|show)",
        text=_GENERAL_HELP + "|" + _CHILD_OUTBURST,
    ),
    _rule(
        "suicide.self_harm",
        S,
        r"(?:hurt|hurting|harm|harming|burn|burning|burned|burnt|cut|cutting|hit|hitting|punch"
        r"|punching|scratch|scratching) <MYSELF>",
        r"self[- ]?(?:harm|injur|mutilat)\w*",
        # "been cutting again since the divorce, deeper than before"
        r"(?:been|started|start|keep|kept|i'?m|im|am) cutting again\b(?! (?:carbs|calories|sugar|back|costs"
        r"|the|my|his|her|wood|hair|grass|for|down))|cut(?:ting|s)? (?:are |is |getting )?deeper than"
        r" (?:before|last time|ever)",
        r"(?:slic(?:e|es|ing|ed)|carv(?:e|es|ing|ed)|gash(?:es|ing|ed)?) (?:\S+ )?(?:my )?(?:arms?|forearms?|wrists?"
        r"|legs?|thighs?|skin|stomach|chest)\b",
        r"(?:scratch|scratching|scratched|claw|clawing|clawed|pick|picking|picked) (?:at )?(?:my )?(?:arms?"
        r"|skin|wrists?|legs?|thighs?|face|chest) (?:till|until|so hard) (?:they |it |i )?(?:bleeds?|bled"
        r"|bleeding|raw|scar)",
        # "i punch the bathroom wall till my knuckles split open, its the only thing that shuts my
        # head up"
        r"(?:punch|punching|punched|hit|hitting|headbutt\w*|bang|banging|smash|smashing) (?:my head"
        r" (?:against|on|into) )?(?:the |a |my )?(?:\w+ )?(?:walls?|doors?|mirrors?)\b[^.!?]{0,30}"
        r"\b(?:till|until|so hard|and) (?:\S+ ){0,2}?(?:knuckles|hands?|fists?|head|forehead)"
        r" (?:\S+ ){0,2}?(?:split|splits|bleed\w*|bled|broke|break|crack\w*|swell\w*|bust\w*)",
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
        # "i want to dye, every1 hates me": the homophone, when no hair, beard or cloth follows
        r"(?:want|wanna|wana|wish|ready|going|gonna) (?:to )?(?:just |really )?dye\b(?= *(?:[,.!?;]|$"
        r"|and|every|coz|cos|cause|because|tbh|ngl|rn|now|tonight|already))",
        r"feel(?:ing)? like (?:dying|i (?:want to|wanna|should|could|am going to) die)\b",
        before=_NUISANCE + r"|\b(?:thought|felt like|was sure|was convinced) i was $",
        after=_DIE_FIGURATIVE + _NOT_LITERALLY,
        text=_MEDIA + r"|embarrass|cringe|awkward|mortif|laugh(?:ed|ing)? so (?:hard|much)|" + _CHILD_OUTBURST
        + _SPORT_LOST,
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
        r" not|no longer|can'?t|cannot) (?:have|see|find) (?:a|any|the) (?:reason|point|sense) (?:to|in|for|of)"
        r" (?:\S+ )?(?:live|living|go on|going on|keep going|keep living|be here|being here|stay|staying"
        r"|carry on|carrying on|being alive|waking up)(?! with (?:the|this|that|it|these|those|a|an)\b| about\b)",
        r"bleed(?:ing)? out\b|how long (?:it takes|does it take|would it take) to (?:die|bleed"
        r"|drown|suffocate|hang)|\bsui\b(?! generis)|\bs/h\b",
        r"(?:tied|tie|tying|hung|hang|hanging) (?:my |a |the )?(?:belt|cord|rope|sheet|cable|noose)"
        r"s? (?:\S+ ){0,2}?(?:to|around|from|over) (?:the|a|my)",
        r"(?:tied|tie|tying|hang|hanging|hung|attach\w*) (?:\S+ ){0,3}?(?:to|from|around|over)"
        r" (?:the |a |my )?(?:closet rod|door ?handle|door ?knob|ceiling fan|beam|rafter|banister"
        r"|railing|hook|pipe|tree branch)",
        # not a burden at work ("feel like a burden at work since i came back from sick leave")
        # "a retreat? ideally one I won't have to come back from"
        r"(?:one|a (?:trip|walk|drive|retreat|holiday|swim|hike|journey)|somewhere|a place) (?:that )?i"
        r" (?:won'?t|will not|never|don'?t) (?:have to |need to |ever )?come back from\b",
        r"(?:a|such a|the) burden\b(?! of\b|<ATWORK>)|burden (?:to|on|for) (?:everyone|everybody|my|them|her"
        r"|him|others|people)",
        r"(?:my )?last (?:night|day|week) (?:on earth|alive|on this earth|of my life)",
        r"(?:said|saying) goodbye to (?:everyone|everybody|my (?:family|kids|friends|wife|parents))"
        r"(?! (?:before|at|and left for))",
        before=_NUISANCE,
        after=_DIE_FIGURATIVE + r"|^\s*(?:to (?:know|see|hear|try|meet|get)|than|of (?:old age"
        r"|boredom|hunger|thirst|heat))\b" + _NOT_LITERALLY,
        text=_MEDIA + "|" + _CHILD_OUTBURST + _SPORT_LOST
        + r"|\b(?:surgery|operation|anaesthe\w*|anesthe\w*)\b[^.!?]{0,80}\b(?:death|die|dying|wake up)\b"
        r"|\bdreams? (?:where|in which) (?:i|my)\b",
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
        r"(?:a |an )?(?:burden\b(?!<ATWORK>)|waste of (?:space|air|oxygen))",
        r"(?:nobody|no one|noone|no-one) (?:would|wud|wld|will|'?d|is going to|gonna) (?:even "
        r"|really )?(?:miss me|notice (?:if|when|that) i|care (?:if|when) i|cry (?:for|over) me)\b"
        # not "nobody would notice if i took a week off"
        r"(?! (?:took|take|taking) (?:a |the )?(?:week|day|month|few days|holiday|break|time) off"
        r"| (?:left|leave) early| skipped| (?:was|am) late| called in sick| didn'?t (?:show|turn) up)",
        r"better (?:if |that )?i (?:just )?(?:go|die|disappear|leave)\b[^.!?]{0,20}\b(?:forever|for good"
        r"|for ever)\b",
        # the family will need help after a date: "can you find a grief group for my family? they'll be
        # needing one after this weekend"
        r"(?:they'?ll|she'?ll|he'?ll|theyll|they will|she will|he will) (?:\w+ )?(?:need|needing) (?:one|it|them"
        r"|that|this|someone|support|help|a (?:coach|group|therapist|counsell?or))\b[^.!?]{0,30}\b(?:after|by"
        r"|from|come) (?:this|next) (?:weekend|week|month|friday|saturday|sunday|monday|tuesday|wednesday"
        r"|thursday)\b",
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
        r"(?:life )?insurance (?:\S+ ){0,3}?worth more than (?:me|i|my)|worth more (?:to (?:them|her"
        r"|my \w+) )?dead\b",
        r"(?:if|when|once) i (?:just )?(?:died|die|carked it|croaked|kicked the bucket|snuffed it|popped my"
        r" clogs|was dead|were dead|killed myself|was gone|were"
        r" gone|vanished|disappeared|wasn'?t (?:here|around|alive)|weren'?t (?:here|around"
        r"|alive))\b|(?:if|when|once) i'?m (?:gone|dead|not here|not around)\b",
        r"(?:a |such a |just a )?(?:weight|millstone|drain|albatross) (?:around|on|to) (?:everyone"
        r"|everybody|my|their|her|his)|\bdead weight\b(?! (?:around|round|in|at) the (?:house|home|office"
        r"|gym|team)| at work)",
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
        r"(?:once|after|when) (?:i'?m|i am) (?:gone|dead|not around|out of the way|no longer here"
        r"|not here any ?more)",
        # "budget's not an issue, I won't be needing the money after that", "the last thing I'm
        # doing for myself before I go."
        r"won'?t be needing (?:the |my |any )?(?:money|cash|savings|pension)\b[^.!?]{0,12}\b(?:after|where"
        r"|much longer|for long)\b",
        r"(?:last|final) thing i'?m (?:doing|going to do|gonna do) (?:for (?:myself|me) )?before i (?:go|die"
        r"|check out|leave for good)\b(?! (?:to|on|back|home|abroad|away|into|out|in|under|for|with|travel))",
        r"tie (?:up )?(?:all )?(?:the |my )?loose ends|tying up (?:all )?(?:the |my )?loose ends",
        r"(?:gave|giving|give) (?:away )?(?:the|my) (?:dog|cat|guitar|car|tools|watch|records)"
        r" (?:away )?to (?:my |a |the )?\w+",
        r"just in case (?:i'?m not|i don'?t|something happens to me)|in case i'?m (?:not|gone)",
        r"just in case (?:i (?:decide|need (?:it|to use it)|go through with it|do it|can'?t (?:take it"
        r"|go on|cope)(?: any ?more)?))(?=\s*(?:[.!?,]|$|tonight|now))",
        r"(?:said|saying|say) (?:my )?goodbyes|this is (?:my )?goodbye",
        # "rang my mate to say goodbye properly, he thought I was being dramatic. I wasn't."
        r"(?:say|said|saying) goodbye properly\b|thought i was (?:being )?(?:dramatic|joking|kidding|attention"
        r" seeking)\W+i (?:wasn'?t|was not)\b",
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
        r"|^\s*to (?:her|his|their) (?:family|parents|folks|mum|mom|dad|friends|colleagues|team)\b"
        r"|^.{0,40}\b(?:to (?:my )?(?:ex|younger self|old self|former self|past self|old (?:\S+ )?self"
        r"|old job|job|career|old life|twenties|the job|the company|old company|old team"
        r"|the old me|my past)|for closure|unsent|as (?:journaling|homework))\b"
        r"|^(?!.*\b(?:told|tell|telling|say|said) (?:them|him|her|everyone|people|my \w+)\b)"
        r".{0,60}\b(?:to charity|decluttering|declutter|moving (?:house|abroad|to)|emigrating"
        r"|before (?:we|i) (?:move|emigrate|relocate)"
        r"|downsizing|spring clean\w*|new (?:flat|house|place|home|apartment) (?:has|doesn'?t|hasn'?t)|no"
        r" (?:garage|room|space))\b"
        r"|^.{0,40}\b(?:to open (?:on|when|at|for)|for (?:their|his|her) (?:\w+ )?(?:birthdays?"
        r"|graduation|wedding)|birthdays?|graduation|wedding day|christmas|time capsule)\b"
        r"|^.{0,40}\b(?:at|for) (?:his|her|their|(?:my )?(?:dad|mum|mom|father|mother|grandpa|grandma"
        r"|nan|gran|brother|sister|friend)'?s) (?:funeral|memorial|service|grave|wake)\b",
        # an executor giving a dead man's things away: "I'm the executor for my brother... giving
        # his things away to family"
        text=r"\bexecutor\b|\b(?:sorting|clearing|going through) (?:out )?(?:his|her|their|(?:my )?(?:dad|mum|mom"
        r"|father|mother|brother|sister|grandad|grandpa|nan|gran)'?s) (?:stuff|things|house|flat|belongings)",
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
        # "theres a rope in the garage. i just need someone to know before"
        r"(?:there'?s|theres|there is|i'?ve got|ive got|i have|i put|left) (?:a |the |my )?rope (?:\S+ )?(?:in"
        r"|up in|under|ready in) (?:the |my )?(?:garage|shed|loft|attic|boot|trunk|basement|cellar"
        r"|wardrobe|car|woods)\b(?![^.!?]{0,40}\b(?:for|to) (?:the )?(?:boat|climbing|camping|tow\w*"
        r"|swing|washing|dog|tent|tarp|tyre swing))",
        r"(?:gun|pistol|revolver|rifle|shotgun|barrel) (?:to|in|against) my (?:head|mouth|temple"
        r"|chest)",
        r"(?:staring at|looking at|holding|loaded|loading|(?:keep |been |can'?t stop )?(?:thinking"
        r"|thought) about) (?:my|the|a|his|dad'?s|the old man'?s) (?:bottle of |handful of |box of )?"
        r"(?:gun|pistol|revolver|rifle|shotgun|pills|rope|razor|blade|noose)",
        # "my dads old shotgun is up in the loft and i cant stop thinking about it"
        r"(?:gun|pistol|revolver|rifle|shotgun)\b[^.!?]{0,60}\b(?:can'?t stop thinking about (?:it|using"
        r" it)|keep thinking about (?:it|using it)|thinking about using it)\b(?! on (?:him|her|them|the|that"
        r"|those|my|his|their)\b)",
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
        # "sat in the garage at night trying to work out if the exhaust thing still works with newer cars"
        r"(?:sat|sitting|sit) in (?:the|my) (?:garage|car|van)\b[^.!?]{0,60}\b(?:exhaust|fumes)\b"
        r"|(?:exhaust|fumes) (?:thing|method|way)\b[^.!?]{0,40}\b(?:works?|newer cars|catalytic)",
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
        r" (?:this |it |things |life |everything )?on my own terms|(?:i'?ll|i will|i'?m going to|i'?m gonna"
        r"|want to|wanna|going to|gonna) go on my own terms",
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
        before=_THIRD_PERSON,
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
        # a normal dose for an ordinary ache: "took two ibuprofen for my back, ok to have a beer tonight?"
        text=r"^(?!.*\b(?:the rest|all (?:of )?(?:the|my|them)|whole (?:box|bottle|pack|packet|strip)|stash"
        r"|saved|saving|stockpil\w*|enough|hoard\w*)\b).*\b(?:took|taken|take|had|popped) (?:one|two|a couple"
        r" of|a|an|1|2|my) (?:\w+ )?(?:paracetamol|ibuprofen|aspirin|painkillers?|tablets?|pills?|nurofen"
        r"|panadol|advil|tylenol|co-codamol)\b[^.!?]{0,30}\bfor (?:my|a|the|this|his|her) (?:\w+ )?(?:head"
        r"|back|headache|hangover|cold|flu|pain|tooth|toothache|knee|migraine|shoulder|neck|fever)"
        # a gun kept for hunting: "got the rifle out of the safe tonight to clean it before the season opens"
        r"|^(?!.*\b(?:myself|me|end it|do it|a plan|my head|my mouth|goodbye)\b).*\b(?:hunting|season opens|deer"
        r"|duck|stag|range day|clean(?:ing)? (?:it|the (?:rifle|gun|shotgun)))\b",
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
        # a goodbye posted: "'see you on the other side' and 'it was a good run, boys'" (not "the
        # other side of the op", nor before surgery, a move, a trip or a deployment)
        "suicide.goodbye_other_side",
        S,
        r"see (?:you|ya|yous|y'?all|u) (?:all |lot )?on the other side\b(?! of)",
        neg=False,
        text=r"\b(?:surgery|operation|op|anaesthe\w*|anesthe\w*|hospital|procedure|holiday|vacation|trip"
        r"|flight|festival|deploy\w*|tour|exams?|finals|wedding|christmas|new year|move|moving|baby|due date"
        r"|lyrics?|song|film|movie|game|podcast|retreat|detox|rehab|fast|fasting)\b",
    ),
    _rule(
        # someone's goodbye, then silence: "texted me 'love you, sorry for everything, look after mum'
        # and now his phone is going straight to voicemail"
        "suicide.goodbye_unreachable",
        S,
        r"(?:not|isn'?t|wasn'?t|won'?t|hasn'?t been|stopped) (?:answering|picking up|replying)|(?:going|goes"
        r"|went|straight) (?:straight )?to voicemail|phone(?:'s| is)? (?:off|dead|switched off)|can'?t (?:reach"
        r"|get hold of|get through to) (?:him|her|them)",
        neg=False,
        also=r"sorry for everything|look after (?:mum|mom|dad|the kids|my kids|the boys|the girls|the dog"
        r"|everyone|them|her|him|your (?:mum|mom|mother|dad|sister|brother|nan))\b"
        r"|(?:been|it'?s been|its been) a pleasure|won'?t be (?:in|around|here|coming"
        r"|back)\b[^.!?]{0,30}\b(?:ever again|again|for good)|forgive me\b|tell (?:\w+ ){0,2}i love (?:them|her"
        r"|him|you)",
        text=r"\b(?:broke up|break ?up|dumped|ghost\w*|blocked me|my ex|the ex|leaving (?:the|my) (?:job"
        r"|company)|new job|emigrat\w*|moving (?:to|abroad|away))",
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
        "suicide.not_talked_out",
        S,
        # "for men who have already made up their mind to end things? Not looking to be talked out of it"
        r"(?:not|don'?t|do not) (?:looking|want(?:ing)?|trying|here|asking) (?:\w+ )?(?:to )?(?:be )?talk(?:ed)?"
        r" (?:me )?out of it\b|(?:don'?t|do not|no need to) (?:try (?:and |to )?)?talk me out of it\b",
        also=r"\b(?:end (?:it|things|my life)|made up (?:my|their|his) mind|decided|die|kill|pills|plan|goodbye"
        r"|gone)\b",
    ),
    _rule(
        "suicide.again_properly",
        S,
        # another attempt: "she told me if I really loved her I'd just disappear. maybe she's right.
        # going to do it properly this time"
        r"(?:disappear\w*|vanish\w*|gone|tried|attempt\w*|pills|overdos\w*|hospital|not (?:be )?here|better off|end it"
        r"|without me|last time|die|dead)\b.{0,200}\b(?:do|get) it (?:properly|right) this time\b",
        r"(?:do|get) it (?:properly|right) this time\b.{0,100}\b(?:pills|rope|no one (?:will )?(?:find|stop)"
        r"|won'?t (?:wake|fail|mess)|goodbye|note)",
    ),
    _rule(
        "suicide.rejoin",
        S,
        # wanting to be with someone who has died, soon
        r"(?:be|go) (?:with|to) (?:him|her|them|my \w+) (?:again )?(?:in heaven|up there|on the other"
        r" side)|(?:want|wanna|ready|going|long|longing) to be with (?:him|her|them) again\W+(?:soon"
        r"|tonight|now)\b",
        r"(?:want|wanna|ready|going|long|longing) to be with (?:him|her|them) again\b[^.!?]{0,40}\b(?:know"
        r" (?:exactly )?how i'?d do it|know how i would do it|properly|for good|forever)",
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
        # British slang: "I'm gonna do him properly", "do her in", "do him over"
        r"(?:gonna|going to|'ll|will|wanna|want to) do <CLOSE> (?:properly|proper|over|for good|in\b(?! (?:the"
        r"|a|an|my|his|her|their|our|this|that|time|\w+ing)\b))",
        r"<WEAPON>\b.*\b(?:know where (?:he|she|they) lives?|(?:his|her|their) address)|(?:know"
        r" where (?:he|she|they) lives?|(?:his|her|their) address).*\b<WEAPON>\b",
        # "teach him a lesson he won't forget", watching her house at night
        r"teach (?:him|her|them|(?:my|the|that|her|his) (?:\S+ ){0,3}?(?:guy|man|boyfriend|husband|ex"
        r"|wife|dude|prick|bastard|asshole)) a lesson (?:(?:he|she|they)'?(?:ll| will)? ?(?:won'?t"
        r"|never) forget|with (?:my|a) (?:fists?|<WEAPON>))",
        # someone's routine written down, with a grievance: "ive been writing down my old managers
        # routine. gym 6am, kids school 8.30. he'll regret sacking me"
        r"(?:writing down|wrote down|noting|noted|tracking|logging|learn(?:ed|t|ing)|memori[sz]\w*"
        r"|clocked|figured out|worked out|mapping|watching|know|knowing) (?:\S+ ){0,4}?(?:routine"
        r"|movements|schedule|comings and goings)\b(?=.*\b(?:(?:'ll|will|gonna|going to) (?:\S+ )?(?:be"
        r" sorry|regret|pay)|get what'?s coming|coming to (?:him|her|them)|teach (?:him|her|them)|make"
        r" (?:him|her|them) (?:pay|sorry)|revenge|payback)\b)",
        # a list of the people who wronged him, with a threat: "writing down the names of
        # everyone at that office who laughed at me... they'll see on monday"
        r"(?:writing|making|keeping|wrote|made|got|have) (?:down )?(?:a |the |my )?(?:list|names)\b[^.!?]"
        r"{0,80}\b(?:laughed at|bullied|mocked|humiliated|wronged|fired|sacked|screwed|crossed)"
        r" (?:me|us)\b(?=.*\b(?:they'?(?:ll| will) (?:see|pay|regret|be sorry|learn|find out)|wait"
        r" (?:till|until)|(?:on|by|come) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
        r" they)\b)",
        # "i get this urge to swerve into the cyclists"
        r"(?:urges?|tempted|thoughts?|want|wanting|itching) (?:\S+ ){0,2}?to (?:swerve|steer|drive|plough|plow"
        r"|ram|mow) (?:my (?:car|van|truck) )?(?:into|through|at) (?:the |a |those |some )?(?:cyclists?"
        r"|pedestrians?|people|crowds?|kids|walkers|them|him|her)\b",
        # a car as the weapon: "want to drive my car into those lads who jumped me"
        r"(?:want to|wanna|going to|gonna|could|might|will|'ll|thinking (?:about|of)|fantasi[sz]\w*"
        r" about|tempted to|urge to|picture|imagine|picturing|imagining) (?:just )?(?:drive|driving|ram"
        r"|ramming|plough|plow|mow|run)"
        r" (?:my (?:car|van|truck|motor) )?(?:into|through|over|down) (?:them|him|her|those|these|that"
        r" (?:guy|man|bloke|lad|prick)|the (?:lads|guys|men|crowd|people)|a crowd|people|some)\b",
        # an ambush or a reckoning told with a grievance: "wait for him behind the bins. he had it
        # coming", "the lads that jumped my brother... tomorrow night we're sorting it proper"
        r"wait(?:ing)? for (?:him|her|them|the \w+) (?:behind|outside|round|around|in) (?:\S+ ){0,3}?"
        r"(?=.*\b(?:had it coming|deserves? (?:it|this|what)|get what'?s coming|coming to (?:him|her"
        r"|them)|teach (?:him|her|them)|slash\w* (?:his|her|their) tyres)\b)",
        r"(?:jumped|attacked|beat|battered|hurt|stabbed|glassed|mugged|bottled)\b.{0,200}\b(?:we'?re|we are"
        r"|i'?m|im|i am|gonna|going to|will|'ll) (?:\S+ ){0,2}?sort(?:ing)? (?:it|them|him|this|that) (?:out )?"
        r"(?:proper(?:ly)?|for good|once and for all)\b",
        # on the way with a weapon: "gonna go round and bash the bloke... cricket bat's in the ute,
        # heading there now"
        r"(?:bash|batter|smash|glass|stab|kill|hurt|do) (?:\S+ ){0,4}?(?:bloke|guy|man|him|her|them|prick"
        r"|bastard|wanker|dickhead|lad|lads)\b(?=.*\b<WEAPON>)(?=.*\b(?:heading|on my way|driving|going)"
        r" (?:there|over|round|to (?:his|her|their))\b(?! (?:tomorrow|next|later|for)))",
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
        r" (?:him|her|them)\b|" + _FICTION
        # a new father's worry: "new dad, terrified im gonna mess him up"
        + r"|\b(?:new|first[- ]time|young) (?:dad|father|parent)\b[^.!?]{0,60}\bmess (?:him|her|them) up\b",
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
        before=_INANIMATE + r"|\b(?:feel|felt|feels|feeling) like i (?:\S+ )?$"
        # someone else's partner or parent: "my mates wife has been hitting him"
        r"|\b(?:my \w+'?s (?:wife|husband|partner|girlfriend|boyfriend|dad|mum|mom|father|mother)|his"
        r" (?:wife|partner|girlfriend|dad|father|mum|mother)|her (?:husband|partner|boyfriend|dad"
        r"|father))(?: (?:has been|had been|is|was|keeps|kept|has|had))? $",
        text=r"\b(?:my|at|with) <OTHER>\b.*\b(?:could|gonna|going to|'?ll) (?:\w+ )?<HARM>"
        r" (?:him|her|them)\b|\bput (?:him|her|the \w+|my \w+|our \w+) (?:down|to sleep)\b|\bvet\b"
        r"|euthan\w*|" + _CHILDHOOD + "|" + _WAR + "|" + _VIDEO_GAME + "|" + _FICTION
        # someone else's violence punished: "my brother is in jail for beating his wife"
        + r"|\b(?:in|to|went to|sent to) (?:jail|prison) for\b",
    ),
    _rule(
        "harm.weapon",
        H,
        r"\b(?:make (?:him|her|them) (?:pay|regret|sorry)|get (?:back at|even with|revenge on)"
        r"|teach (?:him|her|them) a lesson|(?:go|going|drive|driving) (?:over )?(?:there|to (?:his"
        r"|her|their) (?:place|house)))\b",
        # a threat at work beside a gun: "said he's going to 'come back and sort out' our manager and
        # everyone who laughed at him. He owns a shotgun"
        r"\b(?:come|coming|go|going|be) back (?:in )?(?:here )?(?:and|to) ['\"]?(?:sort(?: out)?|deal with|get"
        r"|take care of|settle (?:it|things) with|show)['\"]? (?:\S+ ){0,3}?(?:manager|boss|supervisor|foreman"
        r"|everyone|everybody|all of (?:them|you|us)|them all|the lot of (?:them|you|us))\b(?!'s)",
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
        "harm.family_with_me",
        H,
        # a father who means to take his children with him when he dies: "I keep thinking about
        # taking the kids with me when I go"
        r"(?:take|taking|took|bring|bringing) (?:the kids|my kids|the children|my children|my (?:son|daughter"
        r"|boy|girl|baby|family)|them all|all of them) with me when i (?:go|die|end it|do it|kill myself)\b",
        # "I'd sooner we all went together than let that happen"
        r"(?:sooner|rather) (?:we|they|the (?:kids|children|family)|the (?:four|three|five) of us) (?:all )?(?:went"
        r"|go|died|die) together\b[^.!?]{0,12}\b(?:than|before) (?:let|see|lose|have|she|he|they|her|him)\b",
    ),
    _rule(
        "harm.threat_slang",
        H,
        # Indian English and UK slang for killing or beating: "if she marries that fellow I will
        # finish both of them", "wanna go round there and do the lot of them"
        r"(?:will|'ll|going to|gonna|wanna|want to|swear i'?ll|i shall) finish (?:him|her|both of them|the (?:two"
        r"|both) of them|them both|that (?:fellow|guy|bastard|man|bloke|chap))\b(?! off (?:the|a|my|his|her)\b)",
        r"(?:go|going|gonna|wanna|want to|will go|'ll go) (?:round|over|up) (?:there|to (?:his|her|their)(?: \w+)?)"
        r" and (?:do|batter|bash|smash|kill|hurt|stab|shoot|finish|sort out) (?:the lot of them|all of them|them all"
        r"|the (?:pair|both|two) of them|(?:him|her|them)(?: both| in| over| properly)?)\b(?! (?:a favou?r|a"
        r" solid|some|the (?:dishes|garden|shopping)))",
        # an honour killing planned: "my uncles and me decided to finish this matter for the family honour"
        r"(?:finish|settle|end|deal with|take care of) (?:this|the|that) (?:matter|problem|shame)\b[^.!?]{0,40}"
        r"\bhono(?:u)?r\b|\bhono(?:u)?r\b[^.!?]{0,60}\b(?:finish|kill|punish|teach (?:her|him|them) a lesson)"
        r" (?:her|him|them|this|the)\b",
        # arriving with intent: "got his address off facebook. driving there now. not to talk."
        r"(?:driving|going|heading|walking|on my way|off) (?:over |round )?(?:there|to (?:his|her|their)"
        r" (?:place|house|flat|work|door))\b(?: now)?[^?]{0,30}\bnot (?:to|for a|going to|gonna) (?:talk|chat)\b",
        # a court order defied: "a bit of paper means nothing. I know her schedule"
        r"(?:restraining order|protection order|protective order|court order|no[- ]contact order|avo|injunction"
        r"|bit of paper|piece of paper)\b[^.!?]{0,30}\b(?:means nothing|won'?t stop me|doesn'?t (?:stop|scare)"
        r" me|isn'?t going to stop me|can'?t stop me|means (?:nothing|jack|shit))\b(?=.{0,200}\b(?:her|him|she|he"
        r"|them|schedule|routine|address|patient|waiting))",
        r"(?:know|learned|learnt|memoris\w+|memoriz\w+|figured out|worked out) (?:her|his|their) (?:schedule|routine"
        r"|movements|timetable|shifts)\b[^?]{0,60}\b(?:done being patient|done waiting|time'?s up|won'?t see it"
        r" coming|not (?:going to|gonna) wait|she'?ll see|he'?ll see)",
        after=_HARM_FIGURATIVE,
        text=_VIDEO_GAME,
    ),
    _rule(
        "harm.images_now",
        H,
        # intrusive images with the child there and the images winning: "I get picture in my head
        # to hold her under the water... I am alone with her now and the pictures are very strong"
        r"(?:pictures?|images?|thoughts?|urges?|visions?) (?:in my (?:head|mind) )?(?:to|of|about) (?:\S+ ){0,2}?"
        r"(?:hold(?:ing)? (?:her|him|them) (?:under|down)|(?:drown\w*|smother\w*|hurt\w*|shak(?:e|ing)|suffocat\w*"
        r"|throw\w*|drop\w*) (?:her|him|them|the baby|my (?:baby|son|daughter|kid|boy|girl)))\b",
        neg=False,
        also=r"\b(?:alone with (?:her|him|them|the baby)|right now|(?:very|so|too) strong|getting (?:stronger"
        r"|worse)|can'?t (?:stop|fight) (?:them|it))\b",
    ),
    _rule(
        "harm.arson_waiting",
        H,
        # "I'm parked outside her new place with a jerry can"
        r"(?:parked|sitting|sat|waiting|standing|outside)\b[^.!?]{0,40}\b(?:her|his|their|my ex'?s) (?:new )?(?:place"
        r"|house|flat|home|door|work)\b[^.!?]{0,30}\bwith (?:a|the|some) (?:jerry ?can|petrol|gasoline|lighter"
        r"|can of (?:petrol|gas)|<WEAPON>)",
    ),
    _rule(
        "harm.voices",
        H,
        # voices ordering harm: "the voices keep saying my son isn't really my son and that I have
        # to deal with him before morning"
        r"voices?\b[^.!?]{0,30}\b(?:tell\w*|say\w*|order\w*|command\w*|want\w*|keep\w*)\b[^.!?]{0,90}\b(?:deal"
        r" with|hurt|kill|harm|get rid of|punish|stab|drown|smother|finish|sacrifice|silence) (?:him|her|them"
        r"|my \w+|the \w+|someone|everyone|people|the baby)\b",
        before=r"\b(?:inner|critical|mum'?s|dad'?s|mom'?s|father'?s|mother'?s|coach'?s) $",
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
        # "I'm honestly scared of myself around my stepdaughter"
        r"<FEAR> of <MYSELF> (?:around|with|near|alone with) <PERSON>",
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
        r" (?:my|our) (?:<PARTNER>|<KID>)\b(?!'?s\b)",
        # "pushed my mum down the stairs during a row"
        r"\b(?:pushed|shoved|threw|kicked|dragged) (?:my|our) (?:<PARTNER>|<KID>|<FAMILY>|nan|gran"
        r"|grandma|grandad) (?:down the stairs|into (?:the|a) (?:wall|door)|against (?:the|a) (?:wall"
        r"|door)|to the (?:floor|ground)|through (?:the|a) (?:door|window))",
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
        # "the missus went for me with the kettle again, boiling"
        r"(?:<ABUSER>|\bthe (?:missus|misses|mrs|wife|husband))(?:'s| has| had)? (?:\S+ ){0,2}?(?:went|goes"
        r"|came|comes|gone|going) for me with (?:a|an|the|her|his|my) (?:\S+ )?(?:<WEAPON>|kettle|iron|pan"
        r"|bottle|glass|scissors|boiling water)\b",
        after=r"^\s*(?:up|back|out|away|to (?:it|the)|at \w+|emotionally|so (?:much|badly|deeply)"
        r"|in the back\b(?! (?:with|of my))"
        r"|in (?:the|a|every) (?:game|race|argument)|with (?:a |the )?(?:text|message|news|truth"
        r"|question|request|bill|line|joke|guilt|silent treatment|cold shoulder|accusations"
        r"|questions|criticism)|when (?:she|he) (?:left|cheated|said)|hard|hardest|harder|like a"
        r"|out of nowhere|in waves|playfully|jokingly|as a joke|by accident|accidentally|off)",
        before=_INANIMATE,
        text=_CHILDHOOD + _PLAY + "|" + _SPORT + "|" + _DISCLOSED_TO_ME,
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
        # "pitched up at my house with a panga and said next time he sees me I'm dead"
        r"(?:pitched|turned|showed|rocked|came) (?:up )?(?:at|to|outside) my (?:house|place|door|flat|work)\b"
        r"[^.!?]{0,30}\bwith a (?:\w+ )?<WEAPON>"
        r"|(?:said|says|told me|swore|texted|threatened)[^.!?]{0,12}\b(?:next time (?:he|she|they) (?:sees?"
        r"|catch\w*) me|if (?:he|she|they) (?:sees?|catch\w*) me)\b[^.!?]{0,10}\bi'?m (?:dead|a dead man|finished)",
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
        # a threat to have him deported: "she says if i complain she'll get me deported"
        r"(?:she|he|they)(?:'ll| will|'d| would|'s going to| is going to| threaten\w* to)? (?:get|have) me"
        r" deported",
        r"(?:put|putting|slip|slipping|add|adding|mix|mixing) (?:something|stuff|poison|bleach|rat"
        r" poison|pills|drugs|antifreeze) (?:in|into) my (?:food|drink|coffee|tea|meals?|water"
        r"|dinner|lunch|beer)|poison(?:ing)? (?:me|my (?:food|drink|coffee|dinner))\b",
        after=r"^\s*(?:when (?:she|he|they) (?:sees?|hears?|finds? out about) (?:the|my|this|how"
        r"|what i (?:spent|bought|paid))|for (?:being late|forgetting|buying|spending)"
        r"|if i'?m late|if i (?:turn up|show up|come|am|get there|get home) late|if i (?:forget|spoil)"
        r"|if i (?:book|order|buy|sign (?:us )?up for|go on|plan) (?:another|one more|a|an)\b"
        r"|lol|haha)|^.{0,50}\b(?:i forgot|forgot to|i'?m late|running late|be late"
        r"|i spent|i bought|i broke her|i lost (?:the|her|his)|the bill|the dishes|anniversary"
        r"|birthday|haircut|lol|haha|jk|i posted|pics|photos|pictures|the car|dented|scratched"
        r"|the score|the game|(?:his|her|their) (?:room|stuff|clothes|lego|toys)|i (?:left|forgot|lost"
        r"|missed|broke|spent|bought|dented|scratched|burned|burnt|ate|drank|skipped|sold|shrank"
        r"|washed|locked) (?:\S+ ){0,3}?(?:lunch\w*|keys|bill|dishes|car|lights|milk|oven|stove"
        r"|laundry|groceries|dog|receipt|card|cake|present|gift|phone|wallet|remote|beer|wine|pizza"
        r"|tv|cash|paycheck|tickets?|reservation|appointment|pickup|dry cleaning))\b",
        # "if I leave the toilet seat up one more time she'll kill me"
        before=r"\bif i (?:leave|forget|miss|am late|'m late|don'?t|do not|eat|finish|buy|spend|put|drop|track"
        r"|walk|play|mention|bring)\b[^.!?]{0,50}\b(?:one more time|again|once more)\b[^.!?]*$",
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
        # made to sleep outside the house, kept from money: "the missus makes me sleep in the car when
        # i 'misbehave'. she has all the money, i dont even know my own pin"
        r"(?:makes?|made|forces?|forced|making) me (?:to )?sleep (?:in the (?:car|garage|shed|van)"
        r"|outside|on the (?:floor|doorstep|porch))",
        r"(?:she|he|they) (?:has|have|keeps?|controls?|took|takes|holds?) all (?:the|my|our) (?:money"
        r"|cards|bank cards)\b(?=.*\b(?:i (?:don'?t|do not|can'?t|cannot) (?:even )?(?:get (?:any|to"
        r"|my)|have (?:any|access|my own)|touch|see|access|know)|not allowed|won'?t let me|have to ask"
        r"|had to ask|pocket money|allowance)\b)"
        r"|(?:don'?t|do not|doesn'?t|dont) (?:even )?(?:know|have) my own (?:pin|bank (?:card|details"
        r"|password|login)|bank ?card)\b",
        r"(?:not allowed|isn'?t allowed|am not allowed|can'?t|never get) (?:to )?(?:see|look at|check"
        r"|access|touch) (?:the |our |my )?(?:bank )?(?:statements|accounts?|finances|bank)\b",
        r"<ABUSER> (?:\S+ ){0,2}?(?:took|takes|hid|hides|keeps) (?:away )?my (?:bank ?cards?|debit card"
        r"|cards|wages|salary|pay ?check|paycheck|pay)\b",
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
        also=r"\b(?:he|she|they|his|her|drunk|angry|raging|screaming|yelling|door|knife|gun|smash\w*"
        r"|grog|pissed|wasted|old man|stepdad|stepfather|husband|wife|partner|boyfriend|girlfriend)\b",
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
        r"|podcast) (?:on|about|for|regarding|covering|that covers) (?:\S+ ){0,2}$"
        # a general question: "what counts as domestic abuse?", "how would I know if I'm an abusive partner?"
        r"|\b(?:what counts as|what is|what'?s|definition of|signs of|how (?:would|do|can|could) (?:i|you)"
        r" (?:know|tell) (?:if|whether) (?:i'?m|i am)) (?:an? |in an? )?$"
        r"|\b(?:can|do|are) (?:men|guys|males|women) (?:be|get|suffer|experience|face) (?:\S+ ){0,2}$"
        r"|\b(?:is it|is that|does it count as|is this) (?:still |really )?$",
        text=_CHILDHOOD + r"|years ago|in the past|" + _CARE_WORK + "|" + _DISCLOSED_TO_ME,
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
        r"locked out (?:\S+ ){0,3}?(?:in the (?:garden|yard|cold|rain|snow)|in my (?:boxers|pants"
        r"|underwear))\b(?=[^.!?]{0,60}\b(?:again|because|cos|coz|for (?:\S+ ){0,3}?(?:answering"
        r"|talking|looking|saying)|punish\w*)\b)",
    ),
)
