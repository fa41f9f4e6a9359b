"""The rules of the pattern layer for other languages: es, fr, de, pt, it; nl, pl; sv, da, nb,
tr, cs, ro.

The classifier layer reads these languages only through a glossary's rough English
(:mod:`guidebot.gloss`), so the rules carry more of the screen here than in English. See
:mod:`guidebot.safety_rules` for how to add a rule.
"""

from __future__ import annotations

from guidebot.safety_rules.base import _INTL_CARE_WORK, A, E, H, Rule, S, _rule

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
    r"^\s*(?:de (?:la |el |le |l')?(?:risa|rir|rire|honte|vergonha|verguenza|faim|fome|hambre|sed|sede|soif|sono"
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
    r"\b(?:(?:jobbet|jobben|arbejdet|arbeidet|arbetet|skolen|skolan|studiet|studiene|studierne|chefen"
    r"|sjefen|ungerne|ungene|ungarna|barna|bornene|eksamen|eksamenerne|tentan|tentorna|stressen"
    r"|varmen|trafikken|kollegerne|kollegaene|det her|det der|den her|(?:det|den) (?:her|der) (?:job"
    r"|jobb|arbejde|arbeid|arbete|skole|uge|uke|vecka))) $"
)
# Reported speech right after the wish: "quiero morir, dice mi amigo", "hayattan biktim diyor".
_INTL_REPORTED = (
    r"^.{0,25}\b(?:dice (?:mi|el|la|il|mio|mia)|dijo (?:mi|el|la)|dit (?:mon|ma|il|elle)|sagt (?:er|sie"
    r"|mein|meine)|diz (?:o|a|meu|minha)|zegt (?:hij|ze|mijn|m'n)|mowi (?:moj|moja|kolega|on|ona)"
    r"|sager (?:han|hon|min|mitt)|siger (?:han|hun|min|mit)|sier (?:han|hun|min|mitt)|diyor|dedi"
    r"|rika (?:muj|moje|on|ona)|zice (?:el|ea|prietenul|colegul))\b"
)
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

OTHER_LANGUAGES: tuple[Rule, ...] = (
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
        # off the road: "har tenkt pa a kjore av veien", "tanker pa at kore af vejen", "kora av vagen"
        r"(?:kjore|koere|kore|kora) (?:\S+ )?(?:av|af) (?:veien|vejen|vagen)\b",
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
        text=_INTL_CARE_WORK + r"|" + _INTL_MEDIA + r"|" + _INTL_OCCASION + r"|" + _INTL_GAME + r"|" + _INTL_EVENT,
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
        # waiting for him with a weapon: "ik ga hem vanavond opwachten met een honkbalknuppel"
        r"opwachten met (?:een |mijn |m'n )?(?:honkbalknuppel|knuppel|mes|bat|koevoet|hamer|pistool)"
        r"|(?:esperar|esperarlo|esperarla|attendre|abpassen|aspettarlo|aspettarla) (?:\S+ ){0,4}?(?:con (?:un|el|mi)"
        r" (?:bate|cuchillo|palo)|avec (?:une|un|ma|mon) (?:batte|couteau|barre)|mit (?:einem|dem|meinem)"
        r" (?:baseballschlager|messer|knuppel)|con (?:una|la|il|un) (?:mazza|coltello|spranga))",
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
        r"(?:eu )?(?:mato|matarei) (?:ele|ela|esse|essa|eles|elas|o cara|aquele|aquela|os dois|as duas"
        r"|ambos|todo mundo)\b|fazer (?:alguma"
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
        r"|lui)\b|(?:paura|terrore) di (?:fargli|farle) (?:del )?male\b|(?:l'?\s?ho|lo ho|la ho)"
        r" (?:gia )?scoss[oa] (?:forte|troppo)|fare del male a (?:mia|mio|miei|mie|lei"
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
        r"|skyder) (?:ham|hende|dem|min \w+|mit (?!(?:par)?forhold|aegteskab)\w+) (?:ihjel|ned)"
        # "min jalousi slar mit forhold ihjel": a relationship killed is a figure of speech
        r"|draeb(?:e|er) (?:ham|hende|dem"
        r"|min|mit)\b(?! (?:(?:par)?forhold|aegteskab))|bange for"
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
        r"\b(?:me|m'?) ?(?:gifle|giflee|cogne|tabasse|etrangle|crache dessus|brule|enferme)\b(?! pas\b| plus\b"
        r"| dans (?:un|une|des|ce|cette|mon|ma|mes) (?:role|case|cliche|boite|image|schema|routine|personnage"
        r"|silence|travail|idee))|\bm'a"
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
        before=_INTL_SMALL_CHILD + r"|\b(?:det|tanken|ideen|het|dat|to) $|" + _INTL_THING_SUBJECT,
        # "me pega unos sustos", "me pega la gripe"
        after=_INTL_PLAY + r"|" + _INTL_AT_GAME + r"|^\s*(?:un|unos|una|el|la) (?:sustos?|gritos?"
        r"|resfriado|gripe|catarro|virus|bicho)\b",
        text=_INTL_GAME,
    ),
)
