"""English lexicon.

Cue verbs are the reporting verbs of wire and newspaper copy (the AP Stylebook's
"said" family, the speech-act verbs of PARC and PolNeAR attribution guidelines) and the
cognition verbs that ANNOTATION.md counts as cues; every form is spelled out, one lemma
a line: base, third person, past, past participle (when it differs), present participle.
"""

from newsstruct.lang import Lexicon

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
accuse accuses accused accusing
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
cite cites cited citing
opine opines opined opining
muse muses mused musing
post posts posted posting
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

_OBJECT_VERBS = """
tell tells told telling
inform informs informed informing
assure assures assured assuring
remind reminds reminded reminding
warn warns warned warning
urge urges urged urging
ask asks asked asking
advise advises advised advising
encourage encourages encouraged encouraging
instruct instructs instructed instructing
order orders ordered ordering
implore implores implored imploring
promise promises promised promising
brief briefs briefed briefing
"""

_CONTROL_VERBS = """
urge urges urged urging
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

LEXICON = Lexicon(
    code="en",
    name="English",
    quote_pairs=(
        ("\N{LEFT DOUBLE QUOTATION MARK}", "\N{RIGHT DOUBLE QUOTATION MARK}"),
        ('"', '"'),
        ("\N{LEFT SINGLE QUOTATION MARK}", "\N{RIGHT SINGLE QUOTATION MARK}"),
        ("'", "'"),
    ),
    cue_verbs=frozenset((_SPEECH_VERBS + _COGNITION_VERBS).split()),
    object_cue_verbs=frozenset(_OBJECT_VERBS.split()),
    control_cue_verbs=frozenset(_CONTROL_VERBS.split()),
    cue_phrases=(
        "called on",
        "calls on",
        "call on",
        "calling on",
        "called for",
        "calls for",
        "calling for",
        "pointed out",
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
        "said in a statement on",
        "told reporters",
        "told journalists",
        "told the press",
    ),
    naming_cues=(
        "called", "calls", "calling", "dubbed", "dubs", "labeled", "labelled", "labels",
        "branded", "brands", "termed", "described", "describes", "describing",
        "characterized", "characterised", "referred",
    ),
    source_phrases=("according to",),
    pronouns=frozenset(
        {"he", "she", "they", "i", "we", "him", "her", "them", "it", "you", "who"}
    ),
    object_pronouns=frozenset({"him", "her", "them", "us", "me", "you"}),
    relative_pronouns=frozenset({"who"}),
    noun_like_cues=frozenset(
        """
        state states note notes report reports claim claims charge charges comment comments
        remark remarks order orders post posts project projects estimate estimates estimated
        forecast forecasts signal signals hint hints answer answers reply replies object objects
        protest protests promise promises pledge pledges pledged demand demands cite cites cited
        brief briefs vow vows known feel felt fear fears hope hopes doubt doubts worry worries
        expected reason reasons repeat repeats continue continues allow allows agree agrees
        counter counters tweet tweets concern recall recalls
        """.split()
    ),
    first_person=frozenset({"i", "we", "my", "our", "me", "us", "i'm", "we're", "i've", "we've"}),
    determiners=frozenset(
        {
            "the", "a", "an", "this", "that", "these", "those", "another", "one", "some",
            "his", "her", "their", "its", "our", "my", "your", "several", "two", "three",
            "many", "most", "other", "both", "all", "each", "every", "no",
        }
    ),
    auxiliaries=frozenset(
        {
            "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would",
            "could", "should", "can", "may", "might", "must", "shall", "did", "does", "do",
            "also", "later", "previously", "earlier", "repeatedly", "recently", "once",
            "then", "further", "again", "publicly", "privately", "often", "frequently",
            "already", "still", "never", "always", "first", "reportedly", "allegedly",
            "separately", "openly", "simply", "just", "even", "personally", "specifically",
            "clearly", "flatly", "explicitly", "subsequently", "initially", "finally",
            "not", "n't", "however", "too", "only", "apparently", "actually", "directly",
            "has also", "had also", "repeatedly", "emphatically", "bluntly", "angrily",
            "quickly", "immediately", "firmly", "strongly", "loudly", "quietly", "proudly",
            "sharply", "confidently", "tearfully", "falsely", "wrongly", "correctly",
        }
    ),
    passive_auxiliaries=frozenset({"is", "was", "were", "are", "be", "been", "being", "'s"}),
    complementizers=frozenset({"that"}),
    conjunctions=frozenset({"and", "but", "while", "yet", "though", "although", "whereas"}),
    clause_openers=frozenset(
        {
            "what", "how", "why", "whether", "if", "when", "where", "which", "whom", "whose",
            "as", "because", "since", "unless", "until", "before", "after", "than",
        }
    ),
    prepositions=frozenset(
        {
            "about", "of", "in", "on", "at", "for", "with", "from", "by", "into", "onto",
            "over", "under", "during", "after", "before", "against", "among", "between",
            "through", "toward", "towards", "upon", "without", "within", "off", "up", "down",
            "out", "around", "across", "behind", "beyond", "like", "near", "per", "via",
            "so", "yes", "no",
        }
    ),
    time_words=frozenset(
        {
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening",
            "night", "recently", "earlier", "later", "previously", "last", "this", "week",
            "month", "year", "again", "also", "repeatedly", "publicly", "privately",
        }
    ),
    role_nouns=frozenset(
        {
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister",
            "president", "senator", "governor", "mayor", "chairman", "chairwoman", "chair",
            "secretary", "general", "director", "chief", "head", "leader", "lawyer",
            "attorney", "aide", "adviser", "advisor", "source", "sources", "analyst",
            "analysts", "expert", "experts", "representative", "congressman",
            "congresswoman", "candidate", "nominee", "commander", "ambassador", "envoy",
            "prosecutor", "prosecutors", "judge", "police", "officer", "manager",
            "executive", "ceo", "founder", "professor", "researcher", "economist",
            "diplomat", "diplomats", "lawmaker", "lawmakers", "campaign", "administration",
            "ministry", "department", "agency", "government", "committee", "company",
            "strategist", "pollster", "activist", "activists", "member", "members",
            "deputy", "speaker", "premier", "chancellor", "king", "queen", "prince",
            "doctor", "witness", "witnesses", "resident", "residents", "voter", "voters",
            "staff", "team", "office", "council", "union", "group", "organization",
            "organisation", "statement", "report", "survey", "poll", "study", "operative",
            "supporter", "supporters", "critic", "critics", "observer", "observers",
            "correspondent", "journalist", "reporter", "editor", "author", "writer",
            "counsel", "press", "staffer", "strategists", "people", "person", "man",
            "woman", "host", "anchor", "ally", "allies", "rival", "opponent", "opponents",
            "colleague", "friend", "father", "mother", "son", "daughter", "wife", "husband",
            "investigator", "investigators", "regulator", "regulators", "authorities",
            "ombudsman", "commissioner", "general staff", "military", "army", "forces",
            "reporters", "journalists", "spokesmen", "spokeswomen", "leaders", "ministers",
            "senators", "governors", "mayors", "lawyers", "attorneys", "aides", "advisers",
            "advisors", "commanders", "ambassadors", "judges", "officers", "executives",
            "economists", "researchers", "scientists", "scientist", "doctors", "nurses",
            "teachers", "students", "parents", "workers", "employees", "protesters",
            "demonstrators", "candidates", "delegates", "donors", "democrats", "republicans",
            "audience", "crowd", "viewers", "readers", "listeners", "partners", "negotiators",
        }
    ),
    titles=frozenset(
        {
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "maj",
            "capt", "adm", "prof", "rev", "sir", "dame", "lord", "lady", "president",
            "senator", "governor", "mayor", "secretary", "minister", "chancellor",
            "premier", "judge", "justice", "ambassador", "general", "commissioner",
            "congressman", "congresswoman", "speaker", "chairman", "chairwoman", "prime",
            "deputy", "foreign", "defense", "defence", "vice", "chief", "former", "state",
            "attorney", "director", "spokesman", "spokeswoman", "leader", "king", "queen",
            "pope", "prince", "princess", "nato", "un", "eu", "us", "u.s", "ukrainian",
            "russian", "american", "british", "french", "german", "polish", "democratic",
            "republican", "gop", "white", "house", "executive", "ceo",
        }
    ),
    media_words=frozenset(
        {
            "times", "post", "news", "journal", "guardian", "telegraph", "herald", "tribune",
            "press", "agency", "reuters", "ap", "afp", "bbc", "cnn", "fox", "nbc", "cbs",
            "abc", "msnbc", "npr", "politico", "axios", "bloomberg", "tass", "interfax",
            "xinhua", "ria", "unian", "ukrinform", "unn", "dpa", "efe", "pap", "media",
            "magazine", "gazette", "daily", "tv", "radio", "channel", "network", "newspaper",
            "outlet", "website", "online", "wire", "cgtn", "rfe/rl", "economist", "review",
            "examiner", "observer", "independent", "chronicle", "globe", "mail", "mirror",
            "sun", "express", "standard", "insider", "hill", "breitbart", "huffpost",
            "today", "week", "weekly", "magazine", "blog", "broadcaster", "ukrainska",
            "pravda", "izvestia", "kommersant", "vedomosti", "spiegel", "zeit", "monde",
            "figaro", "pais", "repubblica", "corriere",
        }
    ),
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
    ),
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
        "in the past,",
        "in recent years,",
        "background:",
    ),
    section_markers=(
        "details", "more details", "read more", "update", "updated", "quote", "editor's note",
        "editor’s note", "note", "source", "sources", "correction", "disclosure", "watch",
        "video", "related", "warning", "breaking", "exclusive", "analysis", "opinion", "live",
        "listen", "photos", "photo", "caption", "credit", "tags", "topics", "share", "email",
        "contact", "subscribe", "advertisement", "key points", "highlights", "summary",
        "what we know", "timeline", "fact check", "poll", "more",
    ),
    interviewer_labels=frozenset({"q", "question", "interviewer"}),
    answer_labels=frozenset({"a", "answer"}),
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
        "file photo",
        "(reporting by",
        "reporting by",
        "editing by",
        "writing by",
        "additional reporting by",
        "copyright",
        "all rights reserved",
        "click here",
        "sign up",
        "advertisement",
        "popular",
        "news by theme",
        "read the rest",
    ),
    abbreviations=frozenset(
        {
            "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "maj",
            "capt", "adm", "prof", "rev", "st", "jr", "sr", "inc", "corp", "co", "ltd",
            "vs", "etc", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m",
            "d.c", "fig", "approx", "dept", "est", "mt", "ft", "ave", "blvd", "calif",
            "fla", "ill", "mass", "mich", "minn", "penn", "tenn", "tex", "va", "wash", "wis",
            "ariz", "colo", "conn", "del", "ga", "ky", "la", "md", "mo", "mont", "neb", "nev",
            "okla", "ore", "pa", "wyo", "ala", "ark", "kan", "miss", "n.c", "n.y", "n.j",
            "n.h", "s.c", "r", "d", "i",
        }
    ),
    months=(
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ),
    stopwords=frozenset(
        {
            "the", "and", "of", "to", "said", "that", "with", "for", "is", "was", "were",
            "has", "have", "which", "from", "this", "would", "will", "been", "their",
            "they", "he", "she", "his", "her", "it", "its", "by", "on", "at", "an", "not",
        }
    ),
)
