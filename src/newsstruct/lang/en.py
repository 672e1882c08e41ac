"""English lexicon.

Cue verbs are the reporting verbs of wire and newspaper copy (the AP Stylebook's
"said" family, the speech-act verbs of PARC and PolNeAR attribution guidelines) and the
cognition verbs that ANNOTATION.md counts as cues; every form is spelled out, one lemma
a line: base, third person, past, past participle (when it differs), present participle.
"""

from newsstruct.lang import Lexicon
from newsstruct.lang._media import INTERNATIONAL_MEDIA, LATIN_TITLE_WORDS, PLATFORMS

_SPEECH_VERBS = """
say says said saying
tell tells told telling
add adds added adding
note notes noted noting
insist insists insisted insisting
stress stresses stressed stressing
warn warns warned warning
claim claims claimed claiming
urge urges urged urging
announce announces announced announcing
state states stated stating
explain explains explained explaining
argue argues argued arguing
report reports reported reporting
write writes wrote written writing
declare declares declared declaring
confirm confirms confirmed confirming
deny denies denied denying
admit admits admitted admitting
acknowledge acknowledges acknowledged acknowledging
assert asserts asserted asserting
contend contends contended contending
maintain maintains maintained maintaining
suggest suggests suggested suggesting
predict predicts predicted predicting
promise promises promised promising
pledge pledges pledged pledging
vow vows vowed vowing
threaten threatens threatened threatening
emphasize emphasizes emphasized emphasizing
emphasise emphasises emphasised emphasising
underline underlines underlined underlining
underscore underscores underscored underscoring
recall recalls recalled recalling
remind reminds reminded reminding
reiterate reiterates reiterated reiterating
repeat repeats repeated repeating
reply replies replied replying
respond responds responded responding
answer answers answered answering
ask asks asked asking
complain complains complained complaining
charge charges charged charging
allege alleges alleged alleging
concede concedes conceded conceding
conclude concludes concluded concluding
comment comments commented commenting
remark remarks remarked remarking
observe observes observed observing
mention mentions mentioned mentioning
disclose discloses disclosed disclosing
reveal reveals revealed revealing
indicate indicates indicated indicating
signal signals signaled signalled signaling signalling
hint hints hinted hinting
estimate estimates estimated estimating
caution cautions cautioned cautioning
advise advises advised advising
recommend recommends recommended recommending
propose proposes proposed proposing
demand demands demanded demanding
boast boasts boasted boasting
brag brags bragged bragging
joke jokes joked joking
quip quips quipped quipping
sigh sighs sighed sighing
grumble grumbles grumbled grumbling
mutter mutters muttered muttering
shout shouts shouted shouting
yell yells yelled yelling
whisper whispers whispered whispering
tweet tweets tweeted tweeting
testify testifies testified testifying
swear swears swore sworn swearing
guarantee guarantees guaranteed guaranteeing
assure assures assured assuring
inform informs informed informing
proclaim proclaims proclaimed proclaiming
agree agrees agreed agreeing
counter counters countered countering
retort retorts retorted retorting
dispute disputes disputed disputing
protest protests protested protesting
lament laments lamented lamenting
confess confesses confessed confessing
clarify clarifies clarified clarifying
speculate speculates speculated speculating
reason reasons reasoned reasoning
exclaim exclaims exclaimed exclaiming
continue continues continued continuing
plead pleads pleaded pled pleading
implore implores implored imploring
encourage encourages encouraged encouraging
instruct instructs instructed instructing
order orders ordered ordering
concur concurs concurred concurring
object objects objected objecting
specify specifies specified specifying
forecast forecasts forecasting
project projects projected projecting
assess assesses assessed assessing
allow allows allowed allowing
brief briefs briefed briefing
opine opines opined opining
muse muses mused musing
post posts posted posting
"""

# verbs of judgement and description: their object is what was said ("criticized the
# plan", "described the meeting")
_JUDGEMENT_VERBS = """
criticize criticizes criticized criticizing
criticise criticises criticised criticising
praise praises praised praising
blame blames blamed blaming
describe describes described describing
question questions questioned questioning
cite cites cited citing
accuse accuses accused accusing
"""

# verbs of judgement that news also uses for force or for votes and decisions: their
# object is the content too ("attacked Smith", "rejected the notion", "rejected the
# bill"), but not after an armed force (_ARMED_NOUNS); no infinitives, and participles
# only after a comma, a preposition or an auxiliary ("…, slamming X", "by attacking X",
# "is defending X"), as elsewhere they are more often plans and tactics ("spent $6m
# attacking")
_FORCE_VERBS = """
attacked attacking
blasts blasted blasting
slams slammed slamming
defends defended defending
rejects rejected rejecting
dismisses dismissed dismissing
condemns condemned condemning
"""

_EXPLAINING_VERBS = """
explain explains explained explaining
recall recalls recalled recalling
say says said saying
tell tells told telling
"""

_QUESTION_VERBS = """
ask asks asked asking
wonder wonders wondered wondering
inquire inquires inquired inquiring
question questions questioned questioning
"""

_COGNITION_VERBS = """
believe believes believed believing
think thinks thought thinking
feel feels felt feeling
expect expects expected expecting
hope hopes hoped hoping
fear fears feared fearing
worry worries worried worrying
doubt doubts doubted doubting
know knows knew known knowing
"""

# speech verbs that report a clause, not a noun phrase: "maintained that C", but
# "maintains a lead", "continued his tour", "charged a fee", "projecting confidence",
# "wrote a book", "added 200 jobs"; the cognition verbs too ("believes the storm will
# pass", but "knows the harbour")
_CLAUSE_VERBS = """
write writes wrote written writing
add adds added adding
continue continues continued continuing
maintain maintains maintained maintaining
charge charges charged charging
project projects projected projecting
allow allows allowed allowing
encourage encourages encouraged encouraging
"""

# frequent past forms without "-ed": after a quotation, "and" and one of them open a
# second predicate of the cue's subject ("said “Q,” and left")
_IRREGULAR_PASTS = """
left went came took gave made got kept held ran sat stood met sent spent won lost
brought bought began fell rose led paid hit quit shook drove flew threw wore hung
drew grew became struck caught hid saw broke chose spoke stole taught sold fought froze
"""

# past participles without "-ed": "a document seen by Reuters"
_IRREGULAR_PARTICIPLES = """
seen shown written given taken drawn known held made sent kept brought bought found
done thrown won told heard overheard caught read led paid put set run spoken chosen
"""

# object verbs whose addressee may be left out before a clause: "warned the vote would"
_CLAUSE_OBJECT_VERBS = """
warn warns warned warning
promise promises promised promising
advise advises advised advising
"""

_OBJECT_VERBS = (
    """
tell tells told telling
inform informs informed informing
assure assures assured assuring
remind reminds reminded reminding
urge urges urged urging
ask asks asked asking
encourage encourages encouraged encouraging
instruct instructs instructed instructing
order orders ordered ordering
implore implores implored imploring
brief briefs briefed briefing
"""
    + _CLAUSE_OBJECT_VERBS
)

_CONTROL_VERBS = """
urge urges urged urging
claim claims claimed claiming
propose proposes proposed proposing
ask asks asked asking
advise advises advised advising
encourage encourages encouraged encouraging
instruct instructs instructed instructing
order orders ordered ordering
implore implores implored imploring
promise promises promised promising
pledge pledges pledged pledging
vow vows vowed vowing
threaten threatens threatened threatening
warn warns warned warning
tell tells told telling
"""

# finite auxiliaries with the negation attached ("doesn't", "won’t")
_CATENATIVES = """
continue continues continued continuing refuse refuses refused refusing
appear appears appeared begin begins began start starts started
hasten hastens hastened move moves moved plan plans planned prompted
quick likely unlikely expected eager ready willing unwilling reluctant careful able unable
"""

# verbs and adjectives whose infinitive is an act not (yet) done: "plan to question X"
_INTENTION_WORDS = """
plan plans planned planning hope hopes hoped hoping want wants wanted wanting
intend intends intended intending aim aims aimed aiming wish wishes wished wishing
decline declines declined declining refuse refuses refused refusing
expect expects expected expecting likely unlikely due set scheduled going eager ready
"""

# verbs of feeling whose object feels: "does not surprise pollster Jo Roe: “Q”"
_EXPERIENCER_VERBS = """
surprise surprises surprised surprising shock shocks shocked astonish astonishes astonished
worry worries worried concern concerns concerned trouble troubles troubled bother bothers
bothered alarm alarms alarmed puzzle puzzles puzzled baffle baffles baffled please pleases
pleased delight delights delighted disappoint disappoints disappointed frustrate frustrates
frustrated anger angers angered annoy annoys annoyed impress impresses impressed amuse
amuses amused convince convinces convinced interest interests interested
"""

# nouns with an adverb's ending: the head of a subject before a cue ("the family said")
_ADVERB_LOOKALIKES = """
family assembly rally tally daily weekly monthly quarterly bully supply reply anomaly monopoly
"""

# modals and "do": the verb after them is bare ("would meet him and tell him")
_BARE_VERB_AUXILIARIES = """
will would can could may might must shall should do does did cannot
won't wouldn't can't couldn't mustn't shouldn't don't doesn't didn't
'd 'll
"""

_NEGATED_AUXILIARIES = """
isn aren wasn weren hasn haven hadn won wouldn couldn shouldn can mustn doesn don didn
"""

# abbreviated titles: titles before a name and abbreviations for sentence splitting
_ABBREVIATED_TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "maj",
        "capt",
        "adm",
        "prof",
        "rev",
        "pres",
        "del",
    }
)

# armed forces and weapons: as the subject of a force verb they make it no cue
_ARMED_NOUNS = """
army armies troops forces soldiers fighters militants rebels insurgents militia militias
police guards gunmen attackers drones missiles rockets jets aircraft warplanes bombers
artillery tanks navy unit units battalion brigade regiment enemy occupiers invaders
"""

LEXICON = Lexicon(
    code="en",
    name="English",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        ("'", "'"),
    ),
    elided_letters=frozenset("n"),
    cue_verbs=frozenset(
        (_SPEECH_VERBS + _JUDGEMENT_VERBS + _FORCE_VERBS + _COGNITION_VERBS).split()
    ),
    object_content_cues=frozenset((_JUDGEMENT_VERBS + _FORCE_VERBS).split()),
    bare_verb_auxiliaries=frozenset(_BARE_VERB_AUXILIARIES.split()),
    # the first form of each lemma's line
    bare_cues=frozenset(
        line.split()[0] for line in (_SPEECH_VERBS + _JUDGEMENT_VERBS).splitlines() if line
    ),
    clause_cues=frozenset((_CLAUSE_VERBS + _COGNITION_VERBS).split()),
    stops_inside_marks=True,
    thought_cues=frozenset(_COGNITION_VERBS.split()),
    hedge_subjects=frozenset({"i", "we", "you"}),
    force_cues=frozenset(_FORCE_VERBS.split()),
    armed_nouns=frozenset(_ARMED_NOUNS.split()),
    instrument_prepositions=frozenset({"with"}),
    question_cues=frozenset(_QUESTION_VERBS.split()),
    explaining_cues=frozenset(_EXPLAINING_VERBS.split()),
    trailing_relatives=frozenset({"who"}),
    trailing_appositives=frozenset({"a", "an"}),
    plural_endings=("s",),
    plural_heads=("men", "people", "children", "police", "staff", "personnel"),
    singular_endings=("ss", "us", "is", "imen", "umen", "'s", "’s"),  # specimen, acumen
    adverb_endings=("ly",),
    quotation_cues=frozenset({"read", "reads"}),
    adverb_lookalikes=frozenset(_ADVERB_LOOKALIKES.split()),
    adverb_lookalike_letters=4,  # "ally", "only", "holy": no adverbs
    floating_quantifiers=frozenset({"all", "both", "each"}),
    adjunct_endings=("ly", "ing"),
    gerund_prepositions=frozenset({"by", "after", "before", "in", "while", "since", "upon"}),
    # "…, saying that …", "…, although …": a new clause of the writer's or a participle
    # of speech ends the content before it
    content_stops=frozenset(
        [w for w in _SPEECH_VERBS.split() if w.endswith("ing")]
        + ["although", "according", "while", "whereas", "well above", "well below"]
    ),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    clause_object_verbs=frozenset(_CLAUSE_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    cue_phrases=(
        "called on",
        "calls on",
        "call on",
        "calling on",
        "called for",
        "calls for",
        "calling for",
        "warned of",
        "warns of",
        "warn of",
        "warning of",
        "warned about",
        "warns about",
        "warn about",
        "warning about",
        "warned against",
        "warns against",
        "warn against",
        "warning against",
        "pointed out",
        "pointed to",
        "points to",
        "point to",
        "pointing to",
        "point out",
        "points out",
        "pointing out",
        "went on to say",
        "goes on to say",
        "was quoted as saying",
        "is quoted as saying",
        "were quoted as saying",
        "made it clear",
        "makes it clear",
        "made clear",
        "spelled out",
        "summed up",
        "wrote on Twitter",
        "said in a statement",
        "told reporters",
        "told journalists",
        "told the press",
        # a retort: the verb and its particle "back"
        "fired back",
        "fires back",
        "fire back",
        "firing back",
        "shot back",
        "shoots back",
        "shoot back",
        "hit back",
        "hits back",
        "hitting back",
        "snapped back",
        "snaps back",
        "wrote back",
        "writes back",
        "write back",
        "writing back",
    ),
    alias_openers=("known as", "nicknamed", "aka"),
    manner_predicates=frozenset(
        {"blunt", "clear", "defiant", "emphatic", "adamant", "unequivocal", "frank", "candid"}
        | {"firm", "categorical", "direct", "succinct", "forthright", "unapologetic"}
    ),
    work_verbs=("wrote", "co-wrote", "directed", "published", "starred in", "sang"),
    naming_cues=(
        "call",
        "called",
        "calls",
        "calling",
        "dub",
        "dubbed",
        "dubs",
        "label",
        "labeled",
        "labelled",
        "labels",
        "brand",
        "branded",
        "brands",
        "termed",
        "described",
        "describes",
        "describing",
        "characterized",
        "characterised",
        "referred",
    ),
    speech_nouns=(
        "criticism criticisms: of that",
        "attacks: on against",
        "call calls: for to",
        "insistence: that on",
        "assurance assurances: that",
        "claim claims: that",
        "suggestion suggestions: that",
        "warning warnings: that",
        "assertion assertions: that",
        "argument arguments: that",
        "contention: that",
        "accusation accusations: that",
        "allegation allegations: that",
        "complaint complaints: that",
        "remark remarks: that",
        "statement statements: that",
        "prediction predictions: that",
        "conclusion: that",
        "denial: that",
        "admission: that",
        "reply replies: that",
        "answer: that",
        "response: that",
    ),
    agent_prepositions=frozenset({"from", "by"}),
    possessive_determiners=frozenset({"his", "her", "their", "its", "our", "my", "your"}),
    finite_auxiliaries=frozenset(
        {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could"}
        | {"should", "can", "may", "might", "must", "does", "do", "did"}
        | {f"{aux}'t" for aux in _NEGATED_AUXILIARIES.split()}
    ),
    source_phrases=(
        "according to",
        "in the words of",
        "in his words",
        "in her words",
        "in their words",
        "in his own words",
        "in her own words",
        "in their own words",
    ),
    pronouns=frozenset({"he", "she", "they", "i", "we", "him", "her", "them", "it", "you", "who"}),
    person_pronouns=frozenset({"he", "she"}),
    body_pronouns=frozenset({"they"}),
    subject_first=True,
    object_pronouns=frozenset({"him", "her", "them", "us", "me", "you"}),
    relative_pronouns=frozenset({"who"}),
    impersonal_pronouns=frozenset({"it", "there"}),
    thing_relatives=frozenset({"which"}),
    answer_words=frozenset({"yes", "no", "so"}),
    example_openers=frozenset({"including", "such", "especially", "particularly", "notably"}),
    gap_pronouns=frozenset({"which", "whom", "what"}),
    possessive_relatives=frozenset({"whose"}),
    topic_prepositions=frozenset({"about"}),
    content_prepositions=frozenset({"of", "about", "against", "for", "to"}),
    attributive_prepositions=frozenset({"outside", "inside"}),
    noun_like_cues=frozenset(
        [
            "question",
            "questions",
            "praise",
            "blame",
            "state",
            "states",
            "note",
            "notes",
            "report",
            "reports",
            "claim",
            "claims",
            "charge",
            "charges",
            "comment",
            "comments",
            "remark",
            "remarks",
            "order",
            "orders",
            "post",
            "posts",
            "project",
            "projects",
            "estimate",
            "estimates",
            "estimated",
            "forecast",
            "forecasts",
            "signal",
            "signals",
            "hint",
            "hints",
            "answer",
            "answers",
            "reply",
            "replies",
            "object",
            "objects",
            "protest",
            "protests",
            "promise",
            "promises",
            "pledge",
            "pledges",
            "pledged",
            "demand",
            "demands",
            "brief",
            "briefs",
            "vow",
            "vows",
            "known",
            "feel",
            "felt",
            "fear",
            "fears",
            "hope",
            "hopes",
            "doubt",
            "doubts",
            "worry",
            "worries",
            "expected",
            "reason",
            "reasons",
            "repeat",
            "repeats",
            "continue",
            "continues",
            "allow",
            "allows",
            "agree",
            "agrees",
            "counter",
            "counters",
            "tweet",
            "tweets",
            "concern",
            "recall",
            "recalls",
        ]
    ),
    feminine_words=frozenset(
        {
            "she",
            "her",
            "hers",
            "herself",
            "mrs",
            "ms",
            "miss",
            "madam",
            "madame",
            "lady",
            "dame",
            "spokeswoman",
            "chairwoman",
            "congresswoman",
            "businesswoman",
            "woman",
            "wife",
            "mother",
            "daughter",
            "sister",
            "queen",
            "princess",
            "actress",
            "girl",
            "grandmother",
            "aunt",
            "niece",
            "widow",
            "councilwoman",
            "assemblywoman",
        }
    ),
    masculine_words=frozenset(
        {
            "he",
            "him",
            "his",
            "himself",
            "mr",
            "sir",
            "lord",
            "spokesman",
            "chairman",
            "congressman",
            "businessman",
            "man",
            "husband",
            "father",
            "son",
            "brother",
            "king",
            "prince",
            "actor",
            "boy",
            "grandfather",
            "uncle",
            "nephew",
            "widower",
            "councilman",
            "assemblyman",
        }
    ),
    # Women's first names in English and in the Slavic and Romance names of the news
    # mostly end in -a; Slavic women's surnames in -ova, -eva, -ska, -cka, -aya.
    feminine_name_endings=("a",),
    feminine_surname_endings=("ova", "eva", "ska", "cka", "aya", "yna"),
    predicate_endings=("ed", "ly"),
    masculine_names=frozenset(
        {
            "mykola",
            "nikita",
            "ilya",
            "illia",
            "foma",
            "kuzma",
            "luca",
            "joshua",
            "elijah",
            "noah",
            "ezra",
            "jonah",
            "isaiah",
            "zachariah",
            "vanya",
            "kolya",
            "petya",
            "dima",
            "yura",
            "tolya",
            "lyosha",
            "pasha",
            "grisha",
            "senna",
        }
    ),
    # names of either sex in -a; surnames of several words that open with a word in -a
    unisex_names=frozenset(
        {"andrea", "sasha", "misha", "zhenya", "garcia", "costa", "silva", "da", "la"}
    ),
    # Women's first names of the news that do not end in -a
    feminine_names=frozenset(
        {
            "abby",
            "abigail",
            "alice",
            "alison",
            "allison",
            "amy",
            "ann",
            "anne",
            "annette",
            "annie",
            "ashley",
            "audrey",
            "becky",
            "bernadette",
            "beth",
            "betsy",
            "betty",
            "bonnie",
            "bridget",
            "brooke",
            "candace",
            "carly",
            "carol",
            "carole",
            "caroline",
            "carolyn",
            "carrie",
            "catherine",
            "cathy",
            "charlotte",
            "cheryl",
            "christine",
            "cindy",
            "claire",
            "colleen",
            "connie",
            "darlene",
            "dawn",
            "debbie",
            "deborah",
            "denise",
            "diane",
            "dianne",
            "dolores",
            "doris",
            "dorothy",
            "eileen",
            "elaine",
            "eleanor",
            "elisabeth",
            "elise",
            "elizabeth",
            "ellen",
            "emily",
            "erin",
            "esther",
            "eve",
            "evelyn",
            "faith",
            "frances",
            "gail",
            "grace",
            "gretchen",
            "gwen",
            "haley",
            "hannah",
            "harriet",
            "heather",
            "heidi",
            "helen",
            "hilary",
            "hillary",
            "holly",
            "hope",
            "ingrid",
            "irene",
            "iris",
            "ivy",
            "jackie",
            "jacqueline",
            "jane",
            "janet",
            "janice",
            "jean",
            "jeanne",
            "jennifer",
            "jenny",
            "jill",
            "joan",
            "joanne",
            "jocelyn",
            "jodi",
            "joy",
            "joyce",
            "judith",
            "judy",
            "julie",
            "june",
            "karen",
            "kate",
            "katherine",
            "kathleen",
            "kathryn",
            "kathy",
            "katie",
            "kay",
            "kellyanne",
            "kirsten",
            "kristen",
            "kristin",
            "kristine",
            "lauren",
            "laurie",
            "leah",
            "liz",
            "lois",
            "lori",
            "louise",
            "lucy",
            "lynn",
            "madeleine",
            "madeline",
            "margaret",
            "marianne",
            "marie",
            "marilyn",
            "marion",
            "mary",
            "maureen",
            "maxine",
            "megan",
            "meghan",
            "megyn",
            "melanie",
            "meredith",
            "michele",
            "michelle",
            "mildred",
            "miriam",
            "molly",
            "nancy",
            "natalie",
            "nicole",
            "nikki",
            "paige",
            "pam",
            "patty",
            "peggy",
            "penny",
            "phyllis",
            "rachel",
            "renee",
            "rose",
            "rosie",
            "roxanne",
            "ruth",
            "sally",
            "sarah",
            "shannon",
            "sharon",
            "sherry",
            "shirley",
            "sophie",
            "stacey",
            "stephanie",
            "sue",
            "susan",
            "suzanne",
            "tammy",
            "tiffany",
            "tracey",
            "tracy",
            "valerie",
            "vicki",
            "vivian",
            "wendy",
            "whitney",
            "yvonne",
            "zoe",
        }
    ),
    first_person=frozenset({"i", "we", "my", "our", "me", "us", "i'm", "we're", "i've", "we've"}),
    determiners=frozenset(
        {
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "another",
            "one",
            "some",
            "his",
            "her",
            "their",
            "its",
            "our",
            "my",
            "your",
            "several",
            "two",
            "three",
            "many",
            "most",
            "other",
            "both",
            "all",
            "each",
            "every",
            "no",
        }
    ),
    quantifiers=frozenset(
        {
            "many",
            "much",
            "most",
            "some",
            "several",
            "all",
            "both",
            "each",
            "few",
            "others",
            "another",
            "none",
            "majority",
            "half",
            "percent",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
        }
    ),
    approximators=(
        "at least",
        "at most",
        "more than",
        "fewer than",
        "less than",
        "up to",
        "as many as",
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
    ),
    auxiliaries=frozenset(
        {
            "let",
            "has",
            "have",
            "had",
            "was",
            "were",
            "is",
            "are",
            "be",
            "been",
            "will",
            "would",
            "could",
            "should",
            "can",
            "may",
            "might",
            "must",
            "shall",
            "did",
            "does",
            "do",
            "also",
            "later",
            "previously",
            "earlier",
            "repeatedly",
            "recently",
            "once",
            "then",
            "further",
            "again",
            "publicly",
            "privately",
            "often",
            "frequently",
            "already",
            "still",
            "never",
            "always",
            "first",
            "reportedly",
            "allegedly",
            "separately",
            "openly",
            "simply",
            "just",
            "even",
            "personally",
            "specifically",
            "clearly",
            "flatly",
            "explicitly",
            "subsequently",
            "initially",
            "finally",
            "not",
            "n't",
            "however",
            "too",
            "only",
            "apparently",
            "actually",
            "directly",
            "has also",
            "had also",
            "has since",
            "have since",
            "had since",
            # "who has long argued that C": a perfect's "long", no adjective
            "has long",
            "have long",
            "had long",
            "emphatically",
            "bluntly",
            "angrily",
            "quickly",
            "immediately",
            "firmly",
            "strongly",
            "loudly",
            "quietly",
            "proudly",
            "sharply",
            "confidently",
            "tearfully",
            "falsely",
            "wrongly",
            "correctly",
        }
    ),
    passive_auxiliaries=frozenset({"is", "was", "were", "are", "be", "been", "being", "'s"}),
    complementizers=frozenset({"that"}),
    conjunctions=frozenset({"and", "but", "while", "yet", "though", "although", "whereas"}),
    adversative_conjunctions=frozenset({"but"}),
    backshifted_modals=frozenset(["would", "could", "might", "wouldn't", "couldn't"]),
    list_conjunctions=frozenset({"and", "or"}),
    other_words=frozenset({"other", "others"}),
    reaction_cues=frozenset(
        [
            "answer",
            "answers",
            "answered",
            "reply",
            "replies",
            "replied",
            "respond",
            "responds",
            "responded",
            "complain",
            "complains",
            "complained",
            "react",
            "reacts",
            "reacted",
            "protest",
            "protests",
            "protested",
        ]
    ),
    subordinators=frozenset(
        {
            "when",
            "whenever",
            "if",
            "because",
            "once",
            "unless",
            "until",
            "while",
            "although",
            "though",
            "whereas",
            "since",
            "after",
            "before",
        }
    ),
    clause_openers=frozenset(
        {
            "what",
            "how",
            "why",
            "whether",
            "if",
            "when",
            "where",
            "which",
            "whom",
            "whose",
            "as",
            "because",
            "since",
            "unless",
            "until",
            "before",
            "after",
            "than",
        }
    ),
    question_words=frozenset({"what", "how", "why", "whether", "when", "where", "which", "whom"}),
    sentence_adverbs=frozenset(
        {
            "now",
            "maybe",
            "perhaps",
            "then",
            "so",
            "still",
            "yet",
            "indeed",
            "meanwhile",
            "instead",
            "however",
            "also",
            "thus",
            "anyway",
            "moreover",
            "nevertheless",
            "even",
        }
    ),
    phrase_prepositions=frozenset({"of", "for"}),
    genitive_prepositions=frozenset({"of"}),
    relation_words=frozenset({"to", "for", "of", "like", "with"}),
    complement_adjectives=frozenset(
        {"familiar", "involved", "briefed", "knowledgeable", "acquainted", "privy"}
    ),
    reference_phrases=("with reference to", "citing", "referring to"),
    correlative_openers=("not only", "not just"),
    as_words=frozenset({"as"}),
    quoting_verbs=frozenset({"quoted", "quotes", "quoting", "cited", "cites", "citing"}),
    contrast_openers=frozenset({"while", "although", "though", "whereas"}),
    conditional_openers=frozenset(
        {"if", "because", "although", "though", "unless", "once", "despite"}
    ),
    medium_prepositions=frozenset({"in"}),
    means_prepositions=frozenset({"through"}),
    medium_nouns=frozenset(
        {
            "statement",
            "statements",
            "interview",
            "interviews",
            "speech",
            "speeches",
            "article",
            "tweet",
            "tweets",
            "post",
            "posts",
            "letter",
            "memo",
            "email",
            "emails",
            "op-ed",
            "column",
            "editorial",
            "ad",
            "video",
            "debate",
            "rally",
            "broadcast",
            "filing",
            "report",
            "release",
        }
    ),
    object_adjuncts=frozenset(
        {"at", "during", "after", "before", "amid", "while", "when", "since"}
    ),
    term_openers=frozenset({"the", "a", "an", "of", "as"}),
    name_articles=frozenset({"the"}),
    credit_cues=frozenset({"reported by", "published by", "citing", "cited by"}),
    possessive_endings=("'s", "’s"),
    non_speech_particles=frozenset({"off"}),
    degree_adverbs=frozenset({"more", "less", "most", "least", "very", "so", "too"}),
    formulas=(
        "all told",
        "having said that",
        "having said this",
        "that said",
        "that being said",
        "this said",
        "needless to say",
        "suffice it to say",
        "so to speak",
        "truth be told",
        "as it were",
    ),
    follow_prompts=frozenset({"follow"}),
    clitic_auxiliaries=("'m", "’m", "'re", "’re", "'ve", "’ve", "'ll", "’ll", "'d", "’d"),
    infinitive_markers=frozenset({"to"}),
    infinitive_prepositions=frozenset({"to"}),
    catenatives=frozenset(_CATENATIVES.split()),
    intention_words=frozenset(_INTENTION_WORDS.split()),
    experiencer_verbs=frozenset(_EXPERIENCER_VERBS.split()),
    addressee_particles=frozenset({"on"}),
    author_prepositions=frozenset({"by"}),
    passive_agent_prepositions=frozenset({"by"}),
    past_participles=frozenset(_IRREGULAR_PARTICIPLES.split()),
    title_minor_words=frozenset(
        {"a", "an", "the", "and", "but", "or", "nor", "of", "for", "to", "in", "on", "at", "by"}
        | {"with", "from", "as", "vs"}
    ),
    place_prepositions=frozenset({"in", "at"}),
    prepositions=frozenset(
        {
            "about",
            "of",
            "in",
            "on",
            "at",
            "for",
            "with",
            "from",
            "by",
            "into",
            "onto",
            "over",
            "under",
            "during",
            "after",
            "before",
            "against",
            "among",
            "between",
            "through",
            "toward",
            "towards",
            "upon",
            "without",
            "within",
            "off",
            "up",
            "down",
            "out",
            "around",
            "across",
            "behind",
            "beyond",
            "like",
            "near",
            "per",
            "via",
            "outside",
            "inside",
            "despite",
            "so",
            "yes",
            "no",
            "aboard",
            "alongside",
            "amid",
            "throughout",
            "beside",
            "atop",
        }
    ),
    time_words=frozenset(
        {
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "today",
            "yesterday",
            "tonight",
            "tomorrow",
            "morning",
            "afternoon",
            "evening",
            "night",
            "recently",
            "earlier",
            "later",
            "previously",
            "last",
            "week",
            "month",
            "year",
            "again",
            "also",
            "repeatedly",
            "publicly",
            "privately",
        }
    ),
    time_phrase_ends=frozenset({"ago", "hours", "days", "weeks", "months", "years"}),
    time_phrase_words=frozenset(
        {
            "this",
            "past",
            "less",
            "more",
            "than",
            "about",
            "nearly",
            "almost",
            "just",
            "only",
            "a",
            "few",
            "several",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "many",
        }
    ),
    contrast_words=frozenset({"another", "other"}),
    indefinites=frozenset({"a", "an", "one", "some", "several", "many", "two", "three"}),
    body_nouns=frozenset(
        {
            "bureau",
            "center",
            "centre",
            "company",
            "corporation",
            "court",
            "ministry",
            "operator",
            "press",
            "regulator",
            "service",
            "utility",
        }
    ),
    body_designators=(
        ("compan", "co"),
        ("compan", "corp"),
        ("compan", "inc"),
        ("compan", "llc"),
        ("compan", "ltd"),
        ("compan", "plc"),
        ("corporation", "corp"),
        ("corporation", "inc"),
    ),
    thing_nouns=frozenset(
        {
            "administration",
            "agency",
            "army",
            "article",
            "authority",
            "bank",
            "bureau",
            "directorate",
            "fund",
            "guard",
            "headquarters",
            "inspectorate",
            "police",
            "service",
            "staff",
            "association",
            "board",
            "book",
            "campaign",
            "center",
            "centre",
            "coalition",
            "commission",
            "committee",
            "company",
            "council",
            "court",
            "department",
            "document",
            "email",
            "federation",
            "force",
            "forces",
            "foundation",
            "government",
            "group",
            "institute",
            "league",
            "letter",
            "memo",
            "military",
            "ministry",
            "office",
            "organisation",
            "organization",
            "paper",
            "party",
            "poll",
            "press",
            "release",
            "report",
            "statement",
            "story",
            "study",
            "survey",
            "team",
            "union",
            "university",
            "website",
        }
    ),
    role_nouns=frozenset(
        {
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "official",
            "officials",
            "minister",
            "president",
            "senator",
            "governor",
            "mayor",
            "chairman",
            "chairwoman",
            "chair",
            "secretary",
            "general",
            "director",
            "chief",
            "head",
            "leader",
            "lawyer",
            "attorney",
            "aide",
            "adviser",
            "advisor",
            "source",
            "sources",
            "analyst",
            "analysts",
            "expert",
            "experts",
            "representative",
            "congressman",
            "congresswoman",
            "candidate",
            "nominee",
            "commander",
            "ambassador",
            "envoy",
            "prosecutor",
            "prosecutors",
            "judge",
            "police",
            "officer",
            "manager",
            "executive",
            "ceo",
            "founder",
            "professor",
            "researcher",
            "economist",
            "diplomat",
            "diplomats",
            "lawmaker",
            "lawmakers",
            "campaign",
            "administration",
            "ministry",
            "department",
            "agency",
            "government",
            "committee",
            "company",
            "strategist",
            "pollster",
            "activist",
            "activists",
            "member",
            "members",
            "deputy",
            "speaker",
            "premier",
            "chancellor",
            "king",
            "queen",
            "prince",
            "doctor",
            "witness",
            "witnesses",
            "resident",
            "residents",
            "voter",
            "voters",
            "staff",
            "team",
            "office",
            "council",
            "union",
            "group",
            "organization",
            "organisation",
            "statement",
            "report",
            "survey",
            "poll",
            "study",
            "operative",
            "supporter",
            "supporters",
            "critic",
            "critics",
            "observer",
            "observers",
            "correspondent",
            "journalist",
            "reporter",
            "editor",
            "editor-in-chief",
            "author",
            "writer",
            "counsel",
            "press",
            "staffer",
            "strategists",
            "people",
            "person",
            "man",
            "woman",
            "host",
            "anchor",
            "ally",
            "allies",
            "rival",
            "opponent",
            "opponents",
            "colleague",
            "friend",
            "father",
            "mother",
            "son",
            "daughter",
            "wife",
            "husband",
            "investigator",
            "investigators",
            "regulator",
            "regulators",
            "authorities",
            "ombudsman",
            "commissioner",
            "general staff",
            "military",
            "army",
            "forces",
            "reporters",
            "journalists",
            "spokesmen",
            "spokeswomen",
            "leaders",
            "ministers",
            "senators",
            "governors",
            "mayors",
            "lawyers",
            "attorneys",
            "aides",
            "advisers",
            "advisors",
            "commanders",
            "ambassadors",
            "judges",
            "officers",
            "executives",
            "economists",
            "researchers",
            "scientists",
            "scientist",
            "doctors",
            "nurses",
            "teachers",
            "students",
            "parents",
            "workers",
            "employees",
            "protesters",
            "demonstrators",
            "candidates",
            "delegates",
            "donors",
            "democrats",
            "republicans",
            "audience",
            "crowd",
            "viewers",
            "readers",
            "listeners",
            "partners",
            "negotiators",
            "forecaster",
            "forecasters",
            "meteorologist",
            "coach",
            "captain",
            "singer",
            "artist",
            "composer",
            "curator",
        }
    ),
    former_modifiers=frozenset({"former", "ex-", "onetime", "erstwhile"}),
    rank_modifiers=frozenset({"vice", "deputy"}),
    work_nouns=frozenset(
        {"book", "books", "biography", "memoir", "novel", "movie", "film", "documentary"}
        | {"play", "musical", "opera", "show", "series", "sitcom", "song", "album", "poem"}
        | {"essay", "column", "op-ed", "painting"}
    ),
    titles=_ABBREVIATED_TITLES
    | frozenset(
        {
            "sir",
            "dame",
            "lord",
            "lady",
            "president",
            "senator",
            "governor",
            "mayor",
            "secretary",
            "minister",
            "chancellor",
            "premier",
            "judge",
            "justice",
            "ambassador",
            "general",
            "commissioner",
            "congressman",
            "congresswoman",
            "speaker",
            "chairman",
            "chairwoman",
            "prime",
            "deputy",
            "foreign",
            "defense",
            "defence",
            "vice",
            "chief",
            "former",
            "state",
            "attorney",
            "director",
            "spokesman",
            "spokeswoman",
            "leader",
            "king",
            "queen",
            "pope",
            "prince",
            "princess",
            "nato",
            "un",
            "eu",
            "us",
            "u.s",
            "ukrainian",
            "russian",
            "american",
            "british",
            "french",
            "german",
            "polish",
            "democratic",
            "democrat",
            "republican",
            "gop",
            "white",
            "house",
            "executive",
            "ceo",
        }
    ),
    media_words=frozenset(
        {
            "press",
            "agency",
            "media",
            "magazine",
            "tv",
            "television",
            "radio",
            "channel",
            "network",
            "newspaper",
            "outlet",
            "website",
            "online",
            "wire",
            "review",
            "sun",
            "hill",
            "breitbart",
            "huffpost",
            "weekly",
            "blog",
            "broadcaster",
            "ukrainska",
            # English titles of papers
            "courier",
            "sentinel",
            "dispatch",
            "bulletin",
        }
    )
    | LATIN_TITLE_WORDS
    | INTERNATIONAL_MEDIA,
    platform_words=PLATFORMS,
    attribution_cues=(
        "reported by",
        "published by",
        "citing",
        "cited by",
        "according to",
        "with reference to",
        "referring to",
        "told",
        "in an interview with",
        "said in an interview with",
        # "according to an article in the Financial Times": the outlet's piece
        "according to an article in",
        "according to a report in",
        "in an article in",
        # the credit after its content, inverted as translated copy prints it: "…, writes
        # The Guardian", "…, reports Bloomberg"
        "writes",
        "reports",
    ),
    attribution_verbs=("reports", "reported", "writes", "wrote", "informs", "says", "said"),
    anaphoric_cues=(
        "this was announced by",
        "this was stated by",
        "this was said by",
        "this was reported by",
        "this is reported by",
        "this was announced",
        "this was stated",
        "this was reported",
        "this is reported",
        "this was said",
        "this was written",
        "this was confirmed",
        "this was confirmed by",
        # "This is stated in the message of the SBU": the message speaks
        "this is stated in",
        "this was stated in",
        "this is said in",
        "this was said in",
        "this is reported in",
        "this was reported in",
        "this was announced in",
        "this is announced in",
    ),
    object_anaphors=("this", "about this", "about it"),
    # "Written by Jo Roe" (a line of its own: "Written by hand, the note said C" is news)
    byline_words=("By", "Written by", "Edited by", "Translated by"),
    background_markers=(
        "recall",
        "let us remind you",
        "let us recall",
        "we remind you",
        "reminder",
        "background",
        "addendum",
        "for reference",
        "context",
        "reference",
        "let us remind",
        "as a reminder",
        "background information",
    ),
    background_openers=(
        "earlier,",
        "earlier it was reported",
        "earlier, it was reported",
        "earlier it became known",
        "earlier this",
        "previously,",
        "previously it was reported",
        "as reported,",
        "as reported earlier",
        "as previously reported",
        "as we reported",
        "as unn reported",
        "it will be recalled",
        "recall that",
        "recall,",
        "we will remind",
        "we remind that",
        "we remind you that",
        "let us remind you that",
        "let us recall that",
        "as a reminder,",
        "to recall,",
        "in the past,",
        "in recent years,",
        "background:",
        # time before the news: "Last week, the council ...", "Already in May ..."
        "last week",
        "last weekend",
        "last month",
        "last year",
        "last decade",
        "last spring",
        "last summer",
        "last autumn",
        "last fall",
        "last winter",
        "last monday",
        "last tuesday",
        "last wednesday",
        "last thursday",
        "last friday",
        "last saturday",
        "last sunday",
        "a year ago",
        "already",
        "back in",
        "at the time,",
        "it was the",
        "it should be recalled",
        "it is worth recalling",
        "it bears recalling",
    ),
    role_equivalents=(
        ("president", "head of state"),
        ("prime minister", "premier", "head of government"),
        (
            "foreign minister",
            "top diplomat",
            "minister of foreign affairs",
            "head of diplomacy",
            "head of ukrainian diplomacy",
            "chief diplomat",
        ),
        ("defense minister", "defence minister", "minister of defense", "minister of defence"),
        ("mayor", "head of the city"),
        # the abbreviated title of wire copy: "regional Gov. Jan Roe" … "the governor"
        ("governor", "gov"),
    ),
    month_names=(
        ("january",),
        ("february",),
        ("march",),
        ("april",),
        ("may",),
        ("june",),
        ("july",),
        ("august",),
        ("september",),
        ("october",),
        ("november",),
        ("december",),
    ),
    section_markers=(
        "details",
        "more details",
        "read more",
        "update",
        "updated",
        "quote",
        "editor's note",
        "note",
        "source",
        "sources",
        "correction",
        "corrections",
        "clarification",
        "disclosure",
        "watch",
        "video",
        "related",
        "warning",
        "breaking",
        "exclusive",
        "analysis",
        "opinion",
        "live",
        "listen",
        "photos",
        "file photo",
        "photo",
        "caption",
        "credit",
        "tags",
        "topics",
        "share",
        "email",
        "contact",
        "subscribe",
        "advertisement",
        "key points",
        "highlights",
        "summary",
        "what we know",
        "timeline",
        "fact check",
        "poll",
        "more",
    ),
    interviewer_labels=frozenset({"q", "question", "interviewer"}),
    answer_labels=frozenset({"a", "answer"}),
    interviewer_nouns=frozenset(
        {"reporter", "correspondent", "journalist", "writer", "editor", "columnist", "interviewer"}
    ),
    boilerplate=(
        "read also",
        "read more",
        "also read",
        "see also",
        "subscribe",
        "follow us",
        "share this",
        "related:",
        "related articles",
        "photo:",
        "photo by",
        "photo credit",
        "reporting by",
        "editing by",
        "writing by",
        "additional reporting by",
        "copyright",
        "all rights reserved",
        "click here",
        "sign up",
        "advertisement",
        "news by theme",
        "read the rest",
        # Reuters' notes in brackets; the opening bracket is skipped before matching
        "$1 =",
        "for a graphic",
        "graphic:",
        "this version of the story",
        "the story was refiled",
        "the story is refiled",
        "slideshow",
        # share prompts and picture credits
        "share on",
        "share via",
        "share:",
        "share the article",
        "share this article",
        "email this",
        "print this",
        "getty images",
        "image source",
        # sign-offs: "Contributing: Jo Roe", "Twitter: @jroe"
        "contributing:",
        "twitter:",
        # page labels and prompts around the story: "Tags: …", "Author: Jo Roe",
        # "Listen to this article", "If you notice an error, …"
        "tags:",
        "topics:",
        "author:",
        "editor:",
        "listen to this article",
        "reading time:",
        "if you notice an error",
        "this article was originally published",
    ),
    boilerplate_prompts=(
        "most read",
        "the views expressed in this",
        "you may also be interested",
        "you may also be interested in",
    ),
    abbreviations=_ABBREVIATED_TITLES
    | frozenset(
        {
            "st",
            "jr",
            "sr",
            "inc",
            "corp",
            "co",
            "ltd",
            "vs",
            "etc",
            "no",
            "jan",
            "feb",
            "mar",
            "apr",
            "jun",
            "jul",
            "aug",
            "sep",
            "sept",
            "oct",
            "nov",
            "dec",
            "u.s",
            "u.k",
            "u.n",
            "e.g",
            "i.e",
            "a.m",
            "p.m",
            "d.c",
            "fig",
            "approx",
            "dept",
            "est",
            "mt",
            "ft",
            "ave",
            "blvd",
            "calif",
            "fla",
            "ill",
            "mass",
            "mich",
            "minn",
            "penn",
            "tenn",
            "tex",
            "va",
            "wash",
            "wis",
            "ariz",
            "colo",
            "conn",
            "del",
            "ga",
            "ky",
            "la",
            "md",
            "mo",
            "mont",
            "neb",
            "nev",
            "okla",
            "ore",
            "pa",
            "wyo",
            "ala",
            "ark",
            "kan",
            "miss",
            "n.c",
            "n.y",
            "n.j",
            "n.h",
            "s.c",
            "r",
            "d",
            "i",
        }
    ),
    stopwords=frozenset(
        {
            "the",
            "and",
            "of",
            "to",
            "said",
            "that",
            "with",
            "for",
            "is",
            "was",
            "were",
            "has",
            "have",
            "which",
            "from",
            "this",
            "would",
            "will",
            "been",
            "their",
            "they",
            "he",
            "she",
            "his",
            "her",
            "it",
            "its",
            "by",
            "on",
            "at",
            "an",
            "not",
        }
    ),
    # Weighed together with the position of a paragraph and its quotation marks (see
    # structure.py); the lists follow the discourse roles of Van Dijk's news schema as
    # annotated in NewsDiscourse (Choubey et al., ACL 2020): previous events, current
    # context and history are background; main events, evaluation (mostly speech) and
    # expectation (the future and the modal) are not.
    background_cues=(
        "according to",
        "after",
        "ago",
        "already",
        "became",
        "been",
        "before",
        "began",
        "did",
        "during",
        "earlier",
        "first",
        "former",
        "formerly",
        "had",
        "historic",
        "history",
        "last",
        "later",
        "previously",
        "recently",
        "record",
        "since",
        "then",
        "until",
        "was",
        "were",
        "when",
        # time before the news, as phrases: each counts on top of its "last" or "ago"
        "last month",
        "last week",
        "last year",
        "months ago",
        "weeks ago",
        "years ago",
    ),
    foreground_cues=(
        # speech
        "added",
        "adding",
        "asked",
        "noted",
        "said",
        "say",
        "says",
        "stated",
        "statement",
        "stressed",
        "tell",
        "told",
        "warned",
        # first and second person
        "i",
        "i'm",
        "i've",
        "it's",
        "me",
        "my",
        "our",
        "us",
        "we",
        "we're",
        "we've",
        "you",
        "your",
        # evaluation
        "believe",
        "believes",
        "best",
        "better",
        "concern",
        "concerns",
        "good",
        "great",
        "important",
        "think",
        "thinks",
        "very",
        "worry",
        # expectation: the future and the modal
        "can",
        "can't",
        "cannot",
        "could",
        "expect",
        "expected",
        "expecting",
        "expects",
        "future",
        "going",
        "hope",
        "hopes",
        "if",
        "likely",
        "may",
        "might",
        "must",
        "need",
        "needs",
        "next",
        "plan",
        "planned",
        "plans",
        "should",
        "want",
        "wants",
        "will",
        "won't",
        "would",
    ),
    past_suffixes=("ed",),
    finite_verbs=frozenset(_IRREGULAR_PASTS.split()),
)
