"""The engine's word lists, each word written once: titles, roles, institutions, speech verbs.

Names (entities/names.py, entities/actors.py) and attribution (nlp/attribution*.py) test words
against lists that overlap but are not the same: the words stripped before a name, those that say
a name is a person's, the nouns a speaker may be described by, the words of an organisation. So
that a word's uses are read in one place, the lists are written as tables: each line is a group of
words, and after the bar, every list those words belong to. A list is the union of its lines.

The lists differ where their callers need them to (each list's comment says what it is for):
- TITLE_WORDS are stripped from the front of an entity mention for the corpus-wide name
  (names.clean_name); SPEAKER_TITLES from the front of a speaker's name as one article gives it
  (names.speaker_name), where every leading lower-case word goes anyway, so only the capitalised
  forms of its words matter ("US", "Father", "Candidate"). They were written apart and grew
  apart; making them one would change who is said to speak, so it waits for the corpus evidence.
- PERSON_ROLES and PEOPLE_NOUNS are nouns a description of a speaker is headed by, not titles.
The words are generic (grammar, titles, roles), never the names of a corpus.
"""

from __future__ import annotations


def _table(text: str) -> dict[str, frozenset[str]]:
    """{list name: its words} from lines of "words | list names"; a line without a bar goes on with
    the words of the line above, and '#' starts a comment."""
    lists: dict[str, set[str]] = {}
    seen: set[str] = set()
    tags: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if "|" in line:
            words, tags = (part.split() for part in line.split("|"))
        else:  # more words of the line above
            words = line.split()
        for word in words:
            if word in seen:
                raise ValueError(f"lexicon: {word!r} is written twice")
            seen.add(word)
            for tag in tags:
                lists.setdefault(tag, set()).add(word)
    return {tag: frozenset(words) for tag, words in lists.items()}


# The lists of the words around names:
# honorific     HONORIFICS: a person's name follows, whatever spaCy's label (stripped even from an ORG)
# title         TITLE_WORDS: titles and roles that may precede a person's name ("Russian envoy",
#               "Kremlin spokesman", "Prime Minister"): names.clean_name strips them
# person_title  PERSON_TITLES_BEFORE: the word before a name says it is a person's ("Mr X",
#               "Chancellor X", "striker X"), in actors' evidence from the text
# speaker_title SPEAKER_TITLES: stripped from the front of a speaker's name (names.speaker_name)
# role_after    ROLES_AFTER: a role word after a name says the name is an organisation or a
#               place ("Kremlin spokesman", "Manchester United manager")
# role          PERSON_ROLES: nouns for people in a role; a description headed by one ("the Kremlin
#               aide") may stand for a person named earlier
# modifier      GENERIC_MODIFIERS: words before a role noun that make a description no more specific
# institution   INSTITUTIONS: a description headed by one ("the French presidency") is an institution
# people        PEOPLE_NOUNS: people and groups of people beyond the roles; a description headed by
#               none of role/institution/people ("the letter", "the report") is a thing
# org           ORG_WORDS: a word that makes a name an organisation ("Ministry of Defence")
# org_after     ORG_AFTER_NAME: "the Trump administration": the name and the word are an organisation
# org_alone     ORG_ALONE: a one-word name that is an organisation by itself
# portfolio     PORTFOLIO_WORDS: words of "Secretary of State X", "Minister for Foreign Affairs X"
# particle      NAME_PARTICLES: lower-case words inside personal names ("Ursula von der Leyen")
_NAME_WORDS = _table("""
mr mrs ms miss dr prof sir dame lord lady rev reverend        | honorific title person_title speaker_title
mx madam madame monsieur mme mlle herr frau                   | honorific title person_title
president                                                     | honorific title person_title speaker_title role

# government and diplomacy
chancellor premier king queen prince senator governor mayor   | title person_title speaker_title role
judge adviser advisor ambassador
princess pope sheikh                                          | title person_title speaker_title
aide envoy minister secretary                                 | title person_title speaker_title role_after role
spokesman spokeswoman spokesperson                            | title person_title speaker_title role_after role institution
leader representative congressman congresswoman               | title speaker_title role
prime vice sen rep gov chair special                          | title speaker_title
us                                                            | speaker_title
candidate nominee                                             | speaker_title role
ministers aides negotiators officials                         | title role_after
negotiator official                                           | title role_after role
diplomat attorney                                             | title role
magistrate emissary envoys advisers leaders counterparts      | title
spokespeople chairperson treasurer presidential press
mp mep msp rt hon
counterpart                                                   | title person_title role
vice-president                                                | person_title
justice foreign defence defense interior finance              | title speaker_title portfolio
home health                                                   | title portfolio
state                                                         | speaker_title portfolio
of for the and affairs treasury commerce energy education     | portfolio
labour labor trade transport agriculture culture economy
environment war security homeland internal external public
works development industry

# business
chairman                                                      | title person_title speaker_title role_after role
chairwoman ceo director                                       | title person_title speaker_title role
executive founder head officer                                | title role
businessman businesswoman                                     | title role
cfo coo cto managing                                          | title
chief                                                         | title speaker_title role_after role modifier

# the armed forces, the police, religion, nobility
general                                                       | title person_title speaker_title role
colonel                                                       | title person_title speaker_title
captain                                                       | title person_title speaker_title role_after
admiral gen col capt lt sgt                                   | title speaker_title
adm                                                           | speaker_title
commander                                                     | title role
lieutenant sergeant bishop archbishop imam rabbi              | title person_title
major maj cmdr corporal private marshal brigadier commodore   | title
inspector detective constable superintendent
cardinal emir sultan tsar czar
peer baron baroness earl duke duchess count countess viscount
father                                                        | speaker_title people

# sport, the arts, the press, the professions
coach manager                                                 | title person_title role_after role
boss striker midfielder defender goalkeeper winger            | title person_title role_after
actor actress singer                                          | title person_title role
player star host author economist analyst professor           | title role
correspondent editor columnist
forward boxer golfer champion skipper producer presenter      | title
comedian model designer chef artist musician rapper drummer
guitarist poet novelist filmmaker photographer broadcaster
lawyer                                                        | title role people
prosecutor writer doctor journalist reporter                  | title people
veteran                                                       | title role modifier

# words of time and standing
senior deputy former acting                                   | title speaker_title modifier
then current                                                  | title modifier
ex interim late incoming outgoing                             | title
same top longtime new                                         | modifier

# people described, not titled
source lawmaker expert strategist critic activist member      | role
owner anchor man woman politician tycoon billionaire mogul
supporter                                                     | role people
person people relative voter resident citizen protester       | people
demonstrator worker employee staffer student parent teacher
nurse scientist researcher scholar historian pollster
commentator observer insider advocate opponent ally rival
friend colleague partner wife husband mother son daughter
sister brother family neighbor neighbour witness victim
republican democrat conservative liberal progressive
investigator newspaper paper outlet firm panel staff crowd
audience fan

# organisations
administration government                                     | institution org org_after org_alone
campaign                                                      | institution org org_after
presidency                                                    | institution org_after
cabinet                                                       | org org_after
house ministry department office council committee            | institution org
commission party agency company army service team
court police                                                  | institution people org
palace embassy military                                       | institution
organisation organization bank union association group        | people org
parliament senate congress board coalition network
forces                                                        | role_after org
delegation lawmakers legislators troops                       | role_after
university college school corporation corp inc ltd plc llc   | org
league club fund foundation institute authority navy force
services assembly bureau federation alliance movement trust
centre center society

# particles
von van der den de del della di da la le lo bin ibn al el     | particle
dos das du des ter
""")

HONORIFICS = _NAME_WORDS["honorific"]
TITLE_WORDS = _NAME_WORDS["title"]
PERSON_TITLES_BEFORE = _NAME_WORDS["person_title"]
SPEAKER_TITLES = _NAME_WORDS["speaker_title"]
ROLES_AFTER = _NAME_WORDS["role_after"]
PERSON_ROLES = _NAME_WORDS["role"]
GENERIC_MODIFIERS = _NAME_WORDS["modifier"]
INSTITUTIONS = _NAME_WORDS["institution"]
PEOPLE_NOUNS = _NAME_WORDS["people"]
ORG_WORDS = _NAME_WORDS["org"]
ORG_AFTER_NAME = _NAME_WORDS["org_after"]
ORG_ALONE = _NAME_WORDS["org_alone"]
PORTFOLIO_WORDS = _NAME_WORDS["portfolio"]
NAME_PARTICLES = _NAME_WORDS["particle"]
# A description headed by one of these speaks for someone (attribution's test of a subject).
HUMAN_NOUNS = PERSON_ROLES | INSTITUTIONS | PEOPLE_NOUNS

# Speech verbs by lemma (the parsed sentences of attribution):
# speech        SPEECH_LEMMAS: a verb that attributes words to its subject
# inverted      INVERTED_SPEECH: the speaker may follow as its object ("said senior aide X")
# not_with_object NOT_SPEECH_WITH_OBJECT: not speech when it has a direct object ("maintains its
#               claims", "repeated the mistake")
_VERBS = _table("""
say add write tweet                                           | speech inverted
continue                                                      | speech inverted not_with_object
maintain repeat                                               | speech not_with_object
tell state note warn argue ask reply explain insist post      | speech
declare announce claim report acknowledge admit recall suggest
complain predict describe respond agree deny urge stress
emphasize emphasise concede comment remark conclude observe
testify assert contend vow promise pledge boast joke quip muse
charge accuse criticize criticise praise blast slam caution
lament answer counter retort interject shout yell chant sing
whisper mutter inform confirm reiterate recount remind call
label dub brand term wonder exclaim proclaim question tout
thunder scoff sneer snap quote cite read advise concur reveal
disclose condemn denounce decry liken compare laud hail applaud
dismiss deride mock ridicule scold chastise rebuke lambaste
attack rip blame demand threaten characterize characterise rate
refer welcome
""")
SPEECH_LEMMAS = _VERBS["speech"]
INVERTED_SPEECH = _VERBS["inverted"]
NOT_SPEECH_WITH_OBJECT = _VERBS["not_with_object"]
# Verbs that are speech with one of these particles or objects ("put it", "pointed out", "went on").
SPEECH_WITH_PARTICLE = {"put": frozenset({"it"}), "point": frozenset({"out", "on"}), "go": frozenset({"out", "on"})}

# Speech verbs as written right after a name, for a test of the text without a parse (actors'
# evidence that a name is a person's); tests/test_lexicon.py checks that each is a form of a
# SPEECH_LEMMAS verb.
SPEECH_FORMS_AFTER_NAME = tuple(
    """
said says told tells added adds stated states wrote writes asked asks insisted insists argued
argues warned warns explained explains claimed claims noted notes replied replies announced
announces tweeted posted
""".split()
)

# Pronouns a speech verb's subject may be, and the entity labels they may stand for ("ANY": a
# person first, else an organisation, a nationality or a place).
PRONOUN_LABELS = {"he": "PERSON", "she": "PERSON", "i": "PERSON", "we": "ANY", "they": "ANY", "it": "ORG"}
RELATIVE_PRONOUNS = frozenset("who which that whom".split())
ARTICLES = ("the", "a", "an")
POSSESSIVE_DETERMINERS = ("its", "his", "her", "their")
# A description opening with one of these is someone new ("a senior official", "one source").
INDEFINITE_WORDS = ARTICLES[1:] + tuple("one another some several many other two three".split())
# "in the X", "across X": a place.
PLACE_PREPOSITIONS = tuple("in near outside inside across throughout into".split())
# Suffixes after a name that are not part of the surname.
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())

MONTHS_AND_DAYS = frozenset(
    """
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split()
)

# Abbreviations of countries and international bodies, and their expansions (generic).
ABBREVIATIONS = {
    "united states": ["us", "usa", "united states of america", "america"],
    "united kingdom": ["uk", "great britain", "britain"],
    "united nations": ["un"],
    "european union": ["eu"],
    "united arab emirates": ["uae"],
    "soviet union": ["ussr"],
    "north atlantic treaty organization": ["nato", "north atlantic treaty organisation"],
    "democratic republic of the congo": ["drc", "dr congo"],
    "people's republic of china": ["prc"],
    "international monetary fund": ["imf"],
    "world health organization": ["who", "world health organisation"],
    "world trade organization": ["wto", "world trade organisation"],
    "european central bank": ["ecb"],
    "international criminal court": ["icc"],
}

# ----------------------------------------------------------------------------- speakers' genders
# (attribution_gender.py: whom "he" and "she" may stand for; issue 10, speakers)
# male / female: a word right before a name (or its first word) that says the person's gender;
# male_name / female_name: common given names (first names are evidence, not proof: a name
# given to both is in neither list).
_GENDER_WORDS = _table("""
mr sir lord king prince duke earl baron viscount emperor     | male
sheikh sultan emir tsar czar monsieur herr mister
father brother son husband uncle nephew grandfather boyfriend
spokesman chairman congressman businessman sportsman
mrs ms miss lady dame baroness queen princess duchess        | female
countess viscountess empress madam madame mme mlle frau
mother sister daughter wife aunt niece grandmother girlfriend
spokeswoman chairwoman congresswoman businesswoman
sportswoman actress widow
""")
MALE_WORDS = _GENDER_WORDS["male"]
FEMALE_WORDS = _GENDER_WORDS["female"]
_GIVEN_NAMES = _table("""
aaron adam adrian alan albert alex alexander alfred andrew andy anthony antonio arnold arthur | male_name
barack barry ben benjamin bernard bernie bill billy bob bobby boris brian bruce carl carlos
charles charlie chris christopher colin craig dan daniel danny darren david dennis derek des
dick don donald doug douglas duncan ed eddie edward eric ernest frank fred frederick gary
gavin geoff geoffrey george gerald gerry gordon graham greg gregory harold harry henry howard
hugh ian jack jacob jake james jason jeff jeffrey jeremy jerry jim jimmy joe joel john johnny
jonathan jose joseph josh juan justin keith ken kenneth kevin larry lee leonard lewis liam luis
malcolm marc marco mark martin matt matthew michael mick mike mitt nathan neil nicholas nick
nigel oliver owen patrick paul pete peter phil philip ralph ray raymond richard rick robert
robin rod roger ronald ross roy rupert russell ryan sam samuel scott sean sergei simon stephen
steve steven stuart ted terry thomas tim timothy todd tom tommy tony trevor victor vincent
vladimir walter wayne william
abigail alice alicia alison amanda amy andrea angela angelina ann anna anne annie barbara    | female_name
betty beverley brenda carol caroline carolyn catherine cheryl christina christine claire
clare deborah debbie denise diana diane donna dorothy elaine eleanor elizabeth ellen emily
emma fiona frances gillian gloria hannah harriet heather helen helena hillary irene
jacqueline jane janet janice jean jennifer jenny jessica jill joan joanna josephine joyce judith
judy julia julie karen kate katherine kathleen kathryn kathy kelly kim kirsty laura lauren linda
lisa liz lorraine louise lucy lynn madonna margaret maria marie marilyn martha mary melania
melanie michelle monica nancy natalie nicola nicole olivia pamela patricia paula pauline
penelope rachel rebecca rose ruth sally samantha sandra sara sarah sharon shirley sophie stephanie
sue susan suzanne tessa theresa tina tracy valerie victoria virginia wendy yvonne zoe
""")
MALE_GIVEN_NAMES = _GIVEN_NAMES["male_name"]
FEMALE_GIVEN_NAMES = _GIVEN_NAMES["female_name"]
MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())

# ----------------------------------------------------------------------------- speakers
# (attribution_rules.resolve_subject; issue 10, speakers) Subjects of a speech verb that name
# nobody: the reader, a question word, anyone at all ("you say", "what he said", "someone said").
# A definite description headed by one of these ("the club said") most often stands for the
# organisation the article is about (attribution_rules.org_in_focus).
FIRM_NOUNS = frozenset(
    "company club firm bank board airline retailer carrier giant maker label band studio publisher broadcaster".split()
)
NOBODY_SUBJECTS = frozenset(
    "you what whatever someone somebody anyone anybody everyone everybody nobody no-one this these those".split()
)
