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

import runpy
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path


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
# town_qualified TOWN_QUALIFIED: a noun after a town's name that makes it the town, not a club
#               of it ("Rochdale council", "the Bristol band", "a Manchester start-up";
#               entities/town_mentions.py, with PLACE_AFTER)
# portfolio     PORTFOLIO_WORDS: words of "Secretary of State X", "Minister for Foreign Affairs X"
# particle      NAME_PARTICLES: lower-case words inside personal names ("Ursula von der Leyen")
# knighthood    KNIGHTHOODS: a knight's or a dame's honorific: before a given name, a person's
#               name follows whatever spaCy's label ("Dame Julie" labelled a place; knighted_names.py)
# rank          MILITARY_RANKS: ranks of the armed forces, which name things too ("Commodore", "General
#               Motors", John "Major"): spans.py does not take one alone for a title naming no one
_NAME_WORDS = _table("""
mr mrs ms miss dr prof lord lady rev reverend                 | honorific title person_title speaker_title
sir dame                                                      | honorific title person_title speaker_title knighthood
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
general                                                       | title person_title speaker_title role rank
colonel                                                       | title person_title speaker_title rank
captain                                                       | title person_title speaker_title role_after rank
admiral gen col capt lt sgt                                   | title speaker_title rank
adm                                                           | speaker_title
commander                                                     | title role rank
lieutenant sergeant                                           | title person_title rank
bishop archbishop imam rabbi                                  | title person_title
major maj cmdr corporal private marshal brigadier commodore   | title rank
inspector detective constable superintendent insp det supt | title
cardinal emir sultan tsar czar
peer baron baroness earl duke duchess count countess viscount
father                                                        | speaker_title people

# sport, the arts, the press, the professions
coach manager                                                 | title person_title role_after role
boss striker midfielder defender goalkeeper winger            | title person_title role_after
keeper referee                                                | title person_title role_after
actor actress singer                                          | title person_title role
player star host author economist analyst professor           | title role
correspondent editor columnist
boxer golfer champion                                         | title person_title
starring                                                      | person_title
forward skipper producer presenter                            | title
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
# "..., says the DJ": a role the recogniser takes for an organisation's name when written in
# capitals; like "the presenter", one person, never a speaker named "DJ"
# (attribution_speech_verbs.titled_description, spans._only_a_title). "the agent added", "the
# legal assistant": one person, whom the article names in focus, as "the coach" is; not an
# institution that speaks (attribution_descriptions)
dj agent assistant                                            | role
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
viewer listener reader customer shopper passenger
trader dealer broker banker investor

# organisations
administration government                                     | institution org org_after org_alone
campaign                                                      | institution org org_after
presidency                                                    | institution org_after
cabinet                                                       | org org_after org_alone
house ministry department office committee                    | institution org
commission party agency company army service team
court police                                                  | institution people org
council                                                       | institution org town_qualified
councils councillor councillors                               | town_qualified
palace embassy military                                       | institution
organisation organization bank union association group        | people org
board coalition network
parliament senate congress                                    | people org org_alone
forces                                                        | role_after org
delegation lawmakers legislators troops                       | role_after
university college school corporation corp inc ltd plc llc   | org
league club fund foundation institute authority navy force
services assembly bureau federation alliance movement trust
centre center society
# The performing companies' words: "the Vic Wells Ballet" is a company, not a person named Vic
# (names.has_org_word; entities/cued_names.not_a_given_names_name, helper fixa).
ballet orchestra philharmonic                                 | org

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
MILITARY_RANKS = _NAME_WORDS["rank"]
KNIGHTHOODS = _NAME_WORDS["knighthood"]
# A description headed by one of these speaks for someone (attribution's test of a subject).
HUMAN_NOUNS = PERSON_ROLES | INSTITUTIONS | PEOPLE_NOUNS

# Speech verbs by lemma (the parsed sentences of attribution):
# speech        SPEECH_LEMMAS: a verb that attributes words to its subject
# inverted      INVERTED_SPEECH: the speaker may follow as its object ("said senior aide X")
# not_with_object NOT_SPEECH_WITH_OBJECT: not speech when it has a direct object ("maintains its
#               claims", "repeated the mistake")
# not_statement NOT_REPORTING_A_STATEMENT: a question, or someone else's words passed on ("the paper
#               quoted Mr Chernin as saying"), not a statement whose source a phrase quoted in the
#               next sentence goes on from (attribution_reported_fragment)
_VERBS = _table("""
say add write tweet                                           | speech inverted
continue                                                      | speech inverted not_with_object
maintain repeat                                               | speech not_with_object
tell state note warn argue reply explain insist post          | speech
declare announce claim report acknowledge admit recall suggest
complain predict describe respond agree deny urge stress
emphasize emphasise concede comment remark conclude observe
testify assert contend vow promise pledge boast joke quip muse
charge accuse criticize criticise praise blast slam caution
lament answer counter retort interject shout yell chant sing
whisper mutter inform confirm reiterate recount remind call
label dub brand term exclaim proclaim tout
thunder scoff sneer snap read advise concur reveal
disclose condemn denounce decry liken compare laud hail applaud
dismiss deride mock ridicule scold chastise rebuke lambaste
attack rip blame demand threaten characterize characterise rate
refer welcome grouse gripe chide portray
ask wonder question quote cite                                | speech not_statement
""")
SPEECH_LEMMAS = _VERBS["speech"]
INVERTED_SPEECH = _VERBS["inverted"]
NOT_SPEECH_WITH_OBJECT = _VERBS["not_with_object"]
NOT_REPORTING_A_STATEMENT = _VERBS["not_statement"]
# Verbs that are speech with one of these particles or objects ("put it", "pointed out", "went on").
SPEECH_WITH_PARTICLE = {
    "put": frozenset({"it"}),
    "point": frozenset({"out", "on"}),
    "go": frozenset({"out", "on"}),
    "fire": frozenset({"back"}),  # "Clinton fired back that ..."
    "make": frozenset({"clear"}),  # "Sanders has made clear that ..."
    # Verbs of dismissing a claim in words, with their particle: "But he brushed off Labour
    # suggestions a vote for his party would mean letting the Tories in “by the back door”" answers
    # as "he dismissed ..." does, whose subject speaks (attribution_context.is_speech; helper
    # spk12b). DISMISSAL_PARTICLE_VERBS are these verbs.
    "brush": frozenset({"off", "aside"}),
    "shrug": frozenset({"off"}),
    "laugh": frozenset({"off"}),
}

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
# Those that a headline's capitals glue onto the name before them ("Obama Says African-American
# Museum Will ..."), and that end no name: not "States", "Notes", "Posted" (United States).
GLUED_SPEECH_FORMS = frozenset(SPEECH_FORMS_AFTER_NAME) - {"stated", "states", "noted", "notes", "posted"}

# The verbs of reported speech whose subject speaks the quotation paragraph after ("X says his
# firm is ..." and then a paragraph of quotation): attribution_reported_paragraph.reporting_subject
# (which also takes any SPEECH_LEMMAS verb that is its sentence's main verb, "X praised ...").
REPORTING_LEMMAS = frozenset("say tell insist argue claim believe".split())

# Pronouns a speech verb's subject may be, and the entity labels they may stand for ("ANY": a
# person first, else an organisation, a nationality or a place).
PRONOUN_LABELS = {"he": "PERSON", "she": "PERSON", "i": "PERSON", "we": "ANY", "they": "ANY", "it": "ORG"}
# The labels the rules test, each set written once. Entity labels: what the recogniser labels a
# country, a region or a town; with FAC, a building, an airport or a road too, which is a place as
# well to actors (records.LABEL_TYPES) but not to every rule.
PLACE_LABELS = frozenset({"GPE", "LOC"})
PLACE_OR_FACILITY_LABELS = PLACE_LABELS | {"FAC"}
# A name that may have said or may hold the words a rule gives someone else: a person, an
# organisation or a group (a nationality, a party's members), not a place or an event
# (attribution_reported_paragraph, attribution_subject_fragment, attribution_reported_fragment).
VOICE_LABELS = frozenset({"PERSON", "ORG", "NORP"})
# Dependency labels: a verb's subject, active or passive; with its direct object; the words of a
# proper name before its head ("Ruud van Nistelrooy"); a clause a verb reports or runs on with.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
SUBJECT_OR_OBJECT_DEPS = SUBJECT_DEPS | {"dobj"}
NAME_PART_DEPS = frozenset({"compound", "flat"})
CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})
RELATIVE_PRONOUNS = frozenset("who which that whom".split())
ARTICLES = ("the", "a", "an")
POSSESSIVE_DETERMINERS = ("its", "his", "her", "their", "our")  # "our correspondent": the paper's
# A description opening with one of these is someone new ("a senior official", "one source").
INDEFINITE_WORDS = ARTICLES[1:] + tuple("one another some several many other two three".split())
# A source is someone the reporter does not name, with an article or without ("Source familiar with
# the ad says", "sources close to him said"): never a person the article names (session 25).
ANONYMOUS_HEADS = frozenset({"source", "sources"})
# "in the X", "across X": a place.
PLACE_PREPOSITIONS = tuple("in near outside inside across throughout into".split())
# Regnal numbers: "Edward III", "Pope John Paul II" (entities/people.py: a monarch's or a pope's
# name, never a surname to join a full name by).
REGNAL_NUMBERS = frozenset("ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi".split())
# Suffixes after a name that are not part of the surname ("Castor Jr", "Ken Griffey Snr").
NAME_SUFFIXES = frozenset("jr jr. sr sr. jnr jnr. snr snr. ii iii iv".split())

# Capitalised words NER labels as names that name no actor: time zones ("18:00 GMT") and the
# capitalised common nouns of British news (bench/gold/README.md: "common nouns capitalised").
# Holidays are dates, which name no actor (bench/gold/README.md: "dates"), though NER calls them
# events: "New Year" was an event of 30 mentions on BBC. Written as `names.plain` gives them.
HOLIDAYS = frozenset(
    """
christmas;christmas day;christmas eve;boxing day;new year;new year's day;new year's eve;
easter;easter sunday;easter monday;good friday;whitsun;halloween;bonfire night;hogmanay;
valentine's day;st valentine's day;thanksgiving;thanksgiving day;independence day;labor day;
memorial day;ramadan;eid;diwali;hanukkah;passover;yom kippur;lent;advent;st patrick's day;
mother's day;father's day;may day;bank holiday;chinese new year;lunar new year
""".replace("\n", "").split(";")
)
NOT_NAMES = frozenset("gmt bst utc cet est edt pst pdt budget budgets".split()) | HOLIDAYS

# The word of a company's line of business after its own name, which the company is also called
# without ("Riggs Bank", "Continental Airlines", "Factory Records", "Lucent Technologies"): after
# any other word the first is the owner of something else ("Microsoft Xbox", "Sky Plus").
TRADE_WORDS = frozenset(
    """
bank airlines airways records technologies technology broadband capital international networks
brothers bros tobacco motors communications telecom telecoms systems software pharmaceuticals
petroleum oil energy stores partners securities investments insurance industries enterprises
coal mining chemicals foods
""".split()
)
# Those that, as a name's last word, make it a company's ("Patriot Coal", "Cisco Systems",
# "Factory Records", "Warner Brothers"): not "International" or "Capital", which end events and
# places too ("Autosport International").
TRADE_HEADS = TRADE_WORDS - {"international", "capital"}

# Words an organisation's name may begin with that do not name it alone ("National Grid", "Royal
# Mail", "General Motors", "New Line"): grouping.py's first word of a company is not one of them.
GENERIC_FIRST_WORDS = frozenset(
    """
national royal international general united new central federal world global first standard
north south east west northern southern eastern western great grand greater old big
american british european asian african english scottish welsh irish
""".split()
)

# Words written short with a full stop inside a name ("Warner Bros. Pictures", "Sen. Susan
# Collins", "Calif. Gov."): a full stop after a longer word in a mention is a sentence's end that
# NER ran over ("Jay-Z. Soul singer Stevie Wonder"; entities/spans.py). Titles, ranks and firms'
# words are in their own lists.
SHORTENED_WORDS = frozenset(
    """bros gen sen rep gov rev col capt sgt prof hon univ dept messrs cmdr adm supt insp det
    esq ave blvd calif fla ill mass conn wash penn ariz tenn okla mich minn wis nev colo""".split()
)

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
    "house of commons": ["commons"],
    "house of lords": ["lords"],
}

# -- actor resolution (entities/actors.py, people.py, spans.py) ----------------------------------
# Words that say what a name is, or which name form it is, beyond the lists above. A separate
# table: a word may be here and above (e.g. "lord" is an honorific above and a peer's title here).
# male / female  MALE_HONORIFICS / FEMALE_HONORIFICS: the sex an honorific before a surname says
#                ("Mrs Howard" is not "Mr Howard")
# rank           RANK_TITLES: a title that with one name is a name of its own ("Prince Charles",
#                "Lord Browne", "Baroness Scotland"): a person, distinct from the bare name's other
#                referents; it joins a full name of its article only when that was written with it
# name_title     NAME_TITLES: an honorific that, before capitalised words NER missed, makes them a
#                person's name
# event_head     EVENT_HEADS: the last word of an event's name ("Davis Cup", "Grammy Awards",
#                "Newport Jazz Festival", "Champions League")
# event_alone    EVENT_ALONE: a one-word name that is an event (award ceremonies by their prize)
# place_head     PLACE_HEADS: the last word of a place's name ("Carnegie Hall", "Old Trafford" is
#                not one: only the words)
# place_first    PLACE_FIRST: the first word of a place's name ("River Lagan", "Mount Everest")
# club_head      CLUB_HEADS: the last word of a club's name ("Manchester United", "Exeter City");
#                alone in an article that names the club in full, it is the club
# band_word      BAND_WORDS: a word before a name that makes it a band or a company ("rock band X",
#                "oil firm Yukos", "dance act Basement Jaxx": the corpus's five "<genre> act X"
#                are groups; a solo singer is an "artist", a "singer", a "star"); "radio station
#                Cadena Ser", "Norway's performing rights society, Tono", "bookmakers VC Bet"
# given_particle GIVEN_PARTICLES: particles that, capitalised at a name's start, are given names
#                ("Al Gore", "Des Browne"), unlike "Van Nistelrooy"
# title_after    TITLES_AFTER: a title written after a name ("Oona King MP", "Labour MP"), not of it
# corporate      CORPORATE_WORDS: words a company's name is written with or without ("Group
#                Menatep", "Menatep Group", "Menatep")
# in_object      IN_OBJECTS: a stake, a belief or an investment that "in" and a name follow: the
#                name is what one has a stake or faith in ("a stake in Sunderland"), no place
#                (entities/town_mentions.py)
# band_role      BAND_ROLES_AFTER: a band member's role after a name makes it a band's ("Manfred
#                Mann singer Paul Jones")
# sovereign      SOVEREIGNS: "the Queen", "the Pope": a title alone that names a person
# see_title      SEE_TITLES: with the rank titles and the sovereigns, a title that names a person
#                with "of" and a place: "Archbishop of Canterbury", "Duke of Edinburgh"
# ordinal_time   ORDINAL_TIMES: a time an ordinal number counts ("the 18th Century"), capitalised
#                after it as if a name (entities/ordinal_dates.py)
# place_after    PLACE_AFTER: a noun after a name that makes it a place's ("the Old Trafford ground",
#                "Heathrow and Gatwick airports"); an athlete's home town ("the Larne athlete",
#                "the Cobh runner"), a home town ("his Bristol hometown"), unlike a team player's
#                role, which makes a club's
# place_of       PLACE_OF_NOUNS: a noun before "of" and a name that makes it a place's ("the town of
#                Kirkcaldy", "the outskirts of Baghdad", "north of Salt Lake City")
# compass      COMPASS_WORDS: a part of a place by the compass ("X, east London": X is a place there)
# region       REGION_QUALIFIERS: a word that makes a region of the place after it ("Eastern
#                Europe", "Latin America", "New South Wales"); any other capitalised word before a
#                country or a continent names an organisation's arm there (names.regional_arm:
#                "Nintendo Europe", "AOL UK", "Athletics Ireland")
# market         MARKET_REGIONS: the countries and continents an organisation's arm is named after
# department     DEPARTMENT_WORDS: an organisation's news or sport department, named with its name
#                ("BBC News", "BBC Sport", "BBC News Online"): the organisation (bench/gold's
#                convention; its channels and stations, "BBC Two", "Radio 4", are their own)
# personal_possessed / org_possessed  PERSONAL_POSSESSED / ORG_POSSESSED: what "X's ..." has
#                says what X is ("Fortuyn's murder", "Juninho's agent": a person; "Yukos'
#                shareholders": a firm)
# lead_word      LEAD_WORDS: capitalised words NER glues before a name at a sentence's start
#                ("Without Charles", "After Brown"): never part of a name
# event_after    EVENT_AFTER: a word after a name that makes it an event's ("the Golden Lion award",
#                "the Davis Cup final", "the Fonteyn Nureyev Young Dancers competition")
# kind_org / kind_person / kind_place / kind_event  KIND_NOUNS: a plural noun before "such as",
#                "including" or "like" gives its type to the names listed after it ("companies such
#                as Nokia, Philips and Alcatel", "artists such as Norah Jones")
# club_first     CLUB_FIRST: the first word of a club's name ("Real Madrid", "Racing Santander"),
#                by which the club is called alone once its article has named it in full ("Real
#                want a quick deal": entities/club_first_words.py), and before which its town
#                alone is the club ("Bayern Munich" ... "Munich": entities/club_towns.py)
# employer_role  EMPLOYER_ROLES: a job before "at" or "with" and a name that makes it the employer,
#                an organisation ("chief security architect at Cisco", "an analyst with Jupiter");
#                not sport's roles ("coach at Anfield"), whose "at" is as often a ground
# venue_event    VENUE_EVENTS: a gathering before "at" and a name that makes it its venue, a place
#                ("a news conference at Molineux"); not a match's words: "games at Newcastle" are
#                the club's (bench/gold's convention)
# weak_place_head WEAK_PLACE_HEADS: a place's head word that names institutions as often ("European
#                Policy Centre", "National Theatre"): a weaker vote than "Stadium" or "Street"
# nation_count   NATION_COUNTS: a count before "Nations" that names a tournament of so many nations
#                ("the Five Nations", "the Tri-Nations"; not "the United Nations", "First Nations")
# event_first    EVENT_FIRST: the first word of an event's name before "de" or "of" ("Tour de
#                France", "Tour of Britain")
# travel         TRAVEL_NOUNS: a journey before "to" and a name that makes it a place ("a
#                sightseeing tour to Wadi Rum")
# press_head     PRESS_HEADS: the last word of a newspaper's or a magazine's name ("New York Times",
#                "Hollywood Reporter", "China Daily", "Dallas Morning News"): an organisation,
#                whatever place it names
# race_head      RACE_HEADS: a race's word that ends its name even in lower case after a place
#                NER took alone ("the London marathon", "the New York marathon")
# lower_event_head LOWER_EVENT_HEADS: a word that ends an event's name in lower case after a name
#                that is no place ("the European Parliament elections", "the Bafta awards"); after
#                a country it does not ("the Iraq elections" are Iraq's, "US awards")
# body_head      BODY_HEADS: a governing body's word that, capitalised after a nationality's word
#                NER took alone, makes one organisation's name ("Scottish Executive", "Welsh
#                Assembly")
# org_only_after ORG_ONLY_AFTER: a word after a name that only an organisation has, outranking the
#                name's own head word and NER's label ("A National Football League spokesman", "the
#                Yugansk unit", "its Yugansk division"); a country's name stays a place
# group_count   GROUP_COUNT_NOUNS: a band's word that counts its members: before names joined by
#                "and" it introduces the members, people ("comedy duo Matt Lucas and David Walliams",
#                "Leicester duo Ollie Smith and Andy Goode"), while before one name it is the band's
#                (entities/member_lists.py)
# nationality_noun NATIONALITY_NOUNS: a noun for a person of a nation that is not shaped like an
#                adjective ("the Briton", "the Dane"); with the words ending in -man and the
#                adjective-shaped ones, a person NER names after "the", no organisation
# club_role      CLUB_ROLES_AFTER: a player's or a manager's role after a name that makes it a club's
#                ("Charlton defender X", "Newcastle boss X", "Bath prop X", "Ospreys loose-head",
#                "(Bath owner) X"); a country's name stays a place (its national side is the
#                country: "Wales fly-half"); not "fans" or "supporters", which people have too, nor
#                "wing" or "centre", which follow firms and places ("its Global Investors wing"),
#                nor "player", which follows competitions ("a Premiership player")
_RESOLUTION_WORDS = _table("""
mr sir                                                        | male name_title
king                                                          | male name_title sovereign
lord prince duke earl baron viscount                          | male name_title rank
mrs ms miss dame                                              | female name_title
queen                                                         | female name_title sovereign
lady baroness princess duchess countess                       | female name_title rank
dr                                                            | name_title
cup league championships olympics games                       | event_head
conferences election lecture lectures
prix trophy open show expo liga slam run race
# "Championship sides", "the Championship": the Football League's second division, capitalised
# alone, a competition as "Premiership" is (names.kind_of_name; helper typ12a)
championship                                                  | event_head event_alone
# "the Kooyong Classic", "the Fayetteville Invitational meeting", "the Gunpowder Plot": an
# exhibition match's, an invited meeting's and a plot's head word ends an event's name (NER: an
# organisation, a place; helper typ18e). Not "fair": on BBC it made the novel and magazine "Vanity
# Fair" and the campaign "Make Trade Fair" events for one "London Book Fair"
classic invitational plot                                     | event_head
marathon                                                      | event_head race_head
elections                                                     | event_head lower_event_head
parliament assembly                                           | body_head
executive                                                     | body_head employer_role
award festival tournament prize                               | event_head event_after
awards                                                        | event_head event_after lower_event_head
final finals competition contest                              | event_after
ceremony                                                      | event_after venue_event
oscar oscars grammy grammys bafta baftas emmy emmys olympic  | event_alone
premiership
hall stadium airport street road square                       | place_head
palace castle cathedral abbey tower
avenue bridge arena island islands park
# a venue's or a building's head word: "the Shrine Auditorium", "the Dorothy Chandler Pavilion",
# "the Millennium Dome", "the Hollywood Roosevelt Hotel", "Channel Tunnel operator Eurotunnel",
# "Barlinnie Prison" (NER: an event, an organisation; typ15b)
auditorium pavilion dome hotel tunnel prison
centre center theatre theater                                 | place_head weak_place_head
river                                                        | place_head place_first
lake mount loch                                               | place_first
united rovers wanderers athletic albion fc cf afc rangers ak sv | club_head
city                                                          | club_head place_of
duo trio quartet                                              | band_word town_qualified group_count
band label firm company act start-up startup                 | band_word town_qualified
outfit retailer                                               | band_word
airline insurer carrier broadcaster newspaper magazine bank
club side publisher giant maker chain website studio channel
provider brokerage supplier operator developer lender
manufacturer monopoly conglomerate utility exporter
agency charity watchdog regulator consultancy multinational
think-tank network society bookmaker bookmakers
group                                                         | band_word corporate
frontman singer guitarist drummer bassist vocalist            | band_role
real atletico racing sporting deportivo dynamo dinamo       | club_first
olympique borussia inter bayern werder partizan lokomotiv spartak
boss manager coach striker midfielder defender goalkeeper     | club_role
keeper winger skipper flanker hooker
prop lock fly-half scrum-half full-back loose-head tight-head
centre-back right-back left-back wing-back
companies firms groups bands clubs teams sides labels banks   | kind_org
retailers airlines broadcasters newspapers organisations
organizations charities brands publishers websites networks
carriers operators makers manufacturers giants insurers
# A plural trade before one name is a firm of them, no one person: "market analysts Chart-Track",
# "consultants Strategy Analytics", "auditors Grant Thornton", "brokers Jefferies" (band_word;
# evidence._ORG_BEFORE, helper typ22); in a list they may be people ("analysts such as").
analysts consultants auditors accountants bankers brokers     | kind_org band_word
# "snack food chains such as Dunkin' Donuts and Baskin-Robbins": the members of a list of chains are
# firms (NER: a person, a place; kind_lists._LISTED_AFTER, helper typ12a)
chains                                                        | kind_org
artists singers musicians stars players actors actresses      | kind_person
politicians writers authors celebrities composers directors
footballers golfers cricketers comedians presenters           | kind_person
millionaires billionaires tycoons businessmen
dancers                                                       | kind_person employer_role
countries nations cities towns states regions venues places   | kind_place
events festivals tournaments competitions ceremonies          | kind_event
pope                                                          | sovereign
station                                                       | band_word place_after
ground grounds airports stadiums stands terraces              | place_after
embankment area suburb athlete athletes runner by-election ward
borough
region district county province                               | place_after place_of
town village state capital residents streets outskirts        | place_of
suburbs seat people
constituency                                                  | place_of place_after
hometown birthplace
conference                                                    | event_head venue_event
concert gig summit rally premiere exhibition                  | venue_event
tri two three four five six                                   | nation_count
# "the ATP Tour", "the CPL World Tour", "her Re-Invention Tour": a capitalised "Tour" ends an
# event's name (names.kind_of_name; NER: an organisation; typ15b)
tour                                                          | travel event_first event_head
tours trip trips journey flight flights                       | travel
holiday holidays voyage pilgrimage
wife husband death murder killing funeral career son daughter  | personal_possessed
mother father widow girlfriend boyfriend birthday agent
shares profits profit shareholders shareholding revenue sales | org_possessed
customers employees accounts board headquarters
stake                                                         | org_possessed in_object
invest invests invested investing investment faith confidence  | in_object
# "Symantec subsidiary Brightmail", "its US subsidiary Foodservice": a firm (helper org17)
subsidiary                                                    | org_possessed org_only_after band_word
unit division                                                 | org_only_after
# "Sky television's live coverage": a broadcaster's word after a name only an organisation has (as
# "spokesman", "unit"), whatever NER's label (evidence.words_around; helper fresh8b)
television                                                    | org_only_after
spokesman spokeswoman spokesperson                            | org_only_after employer_role
chairman                                                      | org_possessed employer_role
analyst architect expert economist strategist                 | employer_role
director chairwoman president officer
engineer researcher scientist professor lecturer
partner consultant editor correspondent ceo cfo cto founder
co-founder cofounder
owner                                                         | employer_role club_role
times post journal herald telegraph tribune gazette reporter  | press_head
chronicle observer mirror express mail courier examiner
standard daily
# "he wrote in the Times Educational Supplement": a paper's last word, as "Times", "Journal" are
# ("Times Literary Supplement"; names.kind_of_name, helper typ12a)
supplement                                                    | press_head
archbishop bishop sultan emir                                 | see_title
al des del el                                                 | given_particle
french dutch greek swiss thai welsh czech scots basque cypriot | demonym
muslim muslims islamist islamists sikh sikhs hindu hindus
buddhist buddhists sunni sunnis shia shias shiite shiites jew
jews arab arabs kurd kurds catholics protestants
argentine argentines filipino filipinos latino latinos
hispanic hispanics latina latinas mormon mormons
briton britons swede swedes spaniard spaniards kiwi kiwis     | demonym nationality_noun
aussie aussies
saudi saudis bengali bengalis punjabi punjabis azeri azeris  | demonym
emirati emiratis gujarati gujaratis kashmiri
scot dane danes pole finn turk yank yanks                     | nationality_noun
mp mep msp mla qc                                             | title_after
plc inc ltd llc corp holdings co                              | corporate
# a web address's generic ending: "suprnova.org" is the site "Suprnova", "napster.com" Napster's
# (grouping.other_key; bench/gold's convention; typ15b)
com org
north south east west                                         | region place_of compass
northern southern eastern western central                     | region compass
latin great greater                                           | region
new mid middle upper lower inner outer
continental sub-saharan
news                                                          | department press_head
sport online interactive broadcast broadcasts outside         | department
# a field of study after a name's first word: the first word is what is studied, not the body's
# own short name ("Cancer Research UK", "Smallpox Research Grid"; entities/firm_first_words.py)
research                                                      | department field_of_study
development                                                   | department
europe asia africa america americas uk ireland scotland wales | market
england india china japan australia canada germany france
without after with for but and in on at by from when as if   | lead_word
like unlike despite before meanwhile while although though
because since until under over between against among during
often sometimes
century centuries millennium                                  | ordinal_time
""")
MALE_HONORIFICS = _RESOLUTION_WORDS["male"]
FEMALE_HONORIFICS = _RESOLUTION_WORDS["female"]
RANK_TITLES = _RESOLUTION_WORDS["rank"]
NAME_TITLES = _RESOLUTION_WORDS["name_title"]
EVENT_HEADS = _RESOLUTION_WORDS["event_head"]
RACE_HEADS = _RESOLUTION_WORDS["race_head"]
LOWER_EVENT_HEADS = _RESOLUTION_WORDS["lower_event_head"]
BODY_HEADS = _RESOLUTION_WORDS["body_head"]
ORG_ONLY_AFTER = _RESOLUTION_WORDS["org_only_after"]
NATIONALITY_NOUNS = _RESOLUTION_WORDS["nationality_noun"]
EVENT_ALONE = _RESOLUTION_WORDS["event_alone"]
PLACE_HEADS = _RESOLUTION_WORDS["place_head"]
PLACE_FIRST = _RESOLUTION_WORDS["place_first"]
CLUB_HEADS = _RESOLUTION_WORDS["club_head"]
BAND_WORDS = _RESOLUTION_WORDS["band_word"]
GROUP_COUNT_NOUNS = _RESOLUTION_WORDS["group_count"]
LEAD_WORDS = _RESOLUTION_WORDS["lead_word"]
BAND_ROLES_AFTER = _RESOLUTION_WORDS["band_role"]
IN_OBJECTS = _RESOLUTION_WORDS["in_object"]
TOWN_QUALIFIED = _NAME_WORDS["town_qualified"] | _RESOLUTION_WORDS["town_qualified"]
SOVEREIGNS = _RESOLUTION_WORDS["sovereign"]
PLACE_AFTER = _RESOLUTION_WORDS["place_after"]
PERSONAL_POSSESSED = _RESOLUTION_WORDS["personal_possessed"]
ORG_POSSESSED = _RESOLUTION_WORDS["org_possessed"]
SEE_TITLES = _RESOLUTION_WORDS["see_title"] | SOVEREIGNS | RANK_TITLES
GIVEN_PARTICLES = _RESOLUTION_WORDS["given_particle"]
IRREGULAR_DEMONYMS = _RESOLUTION_WORDS["demonym"]  # the regular ones: names.looks_demonym
TITLES_AFTER = _RESOLUTION_WORDS["title_after"]
CORPORATE_WORDS = _RESOLUTION_WORDS["corporate"]
REGION_QUALIFIERS = _RESOLUTION_WORDS["region"]
COMPASS_WORDS = _RESOLUTION_WORDS["compass"]
MARKET_REGIONS = _RESOLUTION_WORDS["market"]
DEPARTMENT_WORDS = _RESOLUTION_WORDS["department"]
FIELDS_OF_STUDY = _RESOLUTION_WORDS["field_of_study"]
PLACE_OF_NOUNS = _RESOLUTION_WORDS["place_of"]
EMPLOYER_ROLES = _RESOLUTION_WORDS["employer_role"]
PRESS_HEADS = _RESOLUTION_WORDS["press_head"]
VENUE_EVENTS = _RESOLUTION_WORDS["venue_event"]
WEAK_PLACE_HEADS = _RESOLUTION_WORDS["weak_place_head"]
EVENT_FIRST = _RESOLUTION_WORDS["event_first"]
NATION_COUNTS = _RESOLUTION_WORDS["nation_count"]
ORDINAL_TIMES = _RESOLUTION_WORDS["ordinal_time"]
TRAVEL_NOUNS = _RESOLUTION_WORDS["travel"]
# Prefixes joined to a name by a hyphen that are no part of it ("non-Champions League",
# "pro-Kremlin", "anti-Bush", "ex-Beatle", "post-Soviet").
NAME_PREFIXES = frozenset("non pro anti ex post pre mid".split())
EVENT_AFTER = _RESOLUTION_WORDS["event_after"]
KIND_NOUNS = {noun: kind for kind in ("org", "person", "place", "event") for noun in _RESOLUTION_WORDS["kind_" + kind]}
# (entities/kind_lists.py, helper typ19o) The organisations' kind nouns that are the plural of a
# firm's, a band's or a club's word ("companies", "bands", "publishers", "airlines"; not "analysts",
# "brands", "organisations"): the names they list are organisations as surely as "oil firm Yukos".
FIRM_KIND_PLURALS = frozenset(
    noun
    for noun, kind in KIND_NOUNS.items()
    if kind == "org" and (noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]) in BAND_WORDS
)
CLUB_ROLES_AFTER = _RESOLUTION_WORDS["club_role"]
CLUB_FIRST = _RESOLUTION_WORDS["club_first"]
# The initials a club's name opens with before its town ("AC Milan", "AS Roma", "FC Porto", "PSV
# Eindhoven"): written in capitals, so that "As" and "Ac" are no club's (entities/club_towns.py).
CLUB_INITIALS = frozenset("AC AS AJ CD CF FC PSV SC SS SV".split())
# "this year's X", "last season's X", "last Saturday's X": a name a period's possessive comes before
# recurs or is scheduled, an event.
EVENT_PERIODS = frozenset("year week month season weekend".split()) | {d for d in MONTHS_AND_DAYS if d.endswith("day")}

# A match's words before a side's name ("beat Newcastle", "a home tie with Middlesbrough", "injured
# against Northampton"), or a player's or a manager's time there ("a poor stint at Leeds", "sacked
# at Spurs"): a town's name after them is its club's (a country's stays the country: its national
# side).
MATCH_BEFORE = tuple(
    "beat|beating|victory over|win over|defeat to|defeat by|draw with|tie with|loss to|lost to|at the hands of"
    "|saw off|knocked out|against|stint at|spell at|sacked at|sacked by|signed for|signed from|on loan at"
    "|on loan from|played for".split("|")
)

# Political parties: the forms of one party's name (the party, its members' singular and plural,
# a nickname) and the key they meet under; "X Party" and "the Xs" are folded to "X" by rule
# (entities/actors.py), these are the forms no rule derives.
PARTY_FORMS = {
    "conservative": ["tory", "tories", "conservatives", "tory party"],
    "liberal democrat": ["lib dem", "lib dems", "liberal democrats", "libdem", "libdems"],
    "labour": ["new labour", "old labour", "labour party"],  # "Old Labour" as "New Labour" (rec14d)
    "democratic": ["democrat", "democrats"],
    "republican": ["republicans", "gop"],
}


# The nicknames British news calls football and rugby clubs by, that each name one club only (a
# gazetteer of general knowledge, as PLACE_NAMES): nickname -> the first words of the club's
# name. "Blues", "Reds" name several clubs and are not here.
CLUB_NICKNAMES = {
    "boro": "middlesbrough",
    "addicks": "charlton",
    "gunners": "arsenal",
    "spurs": "tottenham",
    "grecians": "exeter",
    "toffees": "everton",
    "hammers": "west ham",
    "villans": "aston villa",
    "baggies": "west brom",
    "canaries": "norwich",
    "pompey": "portsmouth",
    "red devils": "manchester united",
    "gers": "rangers",
    "bhoys": "celtic",
    "trotters": "bolton",
    "cottagers": "fulham",
    "hornets": "watford",
}


def _place_names(text: str) -> frozenset[str]:
    """A block of the gazetteer's names, plain: "_" joins a name's words ("New_York")."""
    return frozenset(w.replace("_", " ").lower() for w in text.split())


# The parts of the gazetteer (PLACE_NAMES, below) added after its main block, each for its reason:
# (helper places7) Places of general knowledge the gazetteer lacked: regions of Britain NER calls
# organisations ("the Midlands, Merseyside"), and states of the last century whose name holds an
# organisation's word ("the Soviet Union"; entities/nodes.make_node lets no gazetteer name's own
# words make it an organisation's: "West Bank").
_PLACE_REGIONS = _place_names("""
    Midlands West_Midlands East_Midlands Home_Counties Highlands Soviet_Union USSR Yugoslavia
    Czechoslovakia East_Germany West_Germany
""")
# (entities/cued_names.initialled_names, helper fixa) English counties the gazetteer lacked and
# that are not named in "-shire": a referee's bracketed county ("Ref: S Bennett (Kent)") is a place
# only when the gazetteer knows it or it ends in "-shire", so that a team sheet's club ("T
# Shanklin (Blues)") is none.
_PLACE_COUNTIES = _place_names("Kent Durham Middlesex Dorset Rutland")
# (entities/fixtures.py, session 12) A country the gazetteer lacked (its ISO name is now Eswatini):
# a fixture's side that is a gazetteer place stays the country ("Lesotho v Swaziland").
# (lead, session 12) A country's name the gazetteer lacked, a national side's in sport ("The
# Republic of Ireland have arranged friendlies", "Switzerland v Republic of Ireland"): the country
# (helper typ12c found it too, with "Irish Republic": subjects.py's plural verb no longer makes it
# a club).
_PLACE_COUNTRIES = _place_names("Swaziland Eswatini Republic_of_Ireland Irish_Republic")
# (helper typ12b) The national and famous sports grounds of general knowledge, named alone
# ("sustained at Twickenham", "at Anfield"): venues are places (bench/gold), while NER calls them
# organisations and people (Anfield, Old Trafford, Wembley, Murrayfield, Ibrox, Bernabeu on the
# BBC corpus), and "at" a town's name is as often its club's ("games at Newcastle").
_SPORTS_GROUNDS = _place_names("""
    Twickenham Murrayfield Lansdowne_Road Millennium_Stadium Wembley Stade_de_France Croke_Park
    Hampden Hampden_Park Anfield Old_Trafford Highbury Stamford_Bridge Ibrox Celtic_Park Bernabeu
    Nou_Camp San_Siro Flushing_Meadows Roland_Garros Melbourne_Park Cardiff_Arms_Park
""")
# Places a name may be without NER saying so (spaCy's small model labels "Kyiv" a person): the
# countries (ISO 3166's English names, without those as often a person's: "Jordan", "Chad") and
# the capitals and cities world news names most, with their common spellings. A gazetteer cue:
# one vote among the others (entities/actors.py), not a verdict. "_" joins a name's words. Its main
# block, and the parts above.
PLACE_NAMES = (
    _place_names("""
    Abu_Dhabi Abuja Accra Addis_Ababa Afghanistan Africa Albania Algeria Algiers America
    American_Samoa Amman Amsterdam Andorra Angola Ankara Antigua_and_Barbuda Argentina Armenia
    Aruba Asia Athens Auckland Australia Austria Azerbaijan Baghdad Bahamas Bahrain Baku Bangkok
    Bangladesh Barbados Barcelona Beijing Beirut Belarus Belfast Belgium Belgrade Belize Benin
    Berlin Bermuda Bhutan Bogota Bolivia Bosnia_and_Herzegovina Boston Botswana Brasilia
    Bratislava Brazil Britain Brunei Brussels Bucharest Budapest Buenos_Aires Bulgaria
    Burkina_Faso Burma Burundi Cairo Cambodia Cameroon Canada Canberra Cape_Town Cape_Verde
    Caracas Cardiff Cayman_Islands Central_African_Republic Chicago Chile China Colombia Colombo
    Comoros Congo Cook_Islands Copenhagen Costa_Rica Crimea Croatia Cuba Cyprus Czech_Republic
    Côte_d'Ivoire Dakar Damascus Delhi Denmark Dhaka Djibouti Dnipro Doha Dominican_Republic
    Donetsk Dubai Dublin East_Timor Ecuador Edinburgh Egypt El_Salvador England
    Equatorial_Guinea Eritrea Estonia Ethiopia Europe Faroe_Islands Fiji Finland France
    Frankfurt French_Guiana French_Polynesia Gabon Gambia Gaza Geneva Germany Ghana Gibraltar
    Glasgow Greece Greenland Grenada Guadeloupe Guam Guatemala Guinea-Bissau Guyana Haiti Hanoi
    Harare Havana Helsinki Honduras Hong_Kong Hungary Iceland India Indonesia Iran Iraq Ireland
    Islamabad Istanbul Italy Ivory_Coast Jakarta Japan Jerusalem Johannesburg Kabul Kampala
    Karachi Kathmandu Kazakhstan Kenya Kharkiv Kharkov Khartoum Kherson Kiev Kigali Kinshasa
    Kiribati Kolkata Kosovo Kuala_Lumpur Kuwait Kyiv Kyrgyzstan Lagos Laos Latvia Lebanon
    Lesotho Liberia Libya Liechtenstein Lima Lisbon Lithuania Ljubljana Los_Angeles Luanda
    Lugansk Luhansk Luxembourg Lviv Madagascar Madrid Malawi Malaysia Maldives Mali Malta Manila
    Mariupol Marshall_Islands Martinique Mauritania Mauritius Melbourne Mexico Mexico_City Milan
    Minsk Moldova Monaco Mongolia Montenegro Montreal Morocco Moscow Mozambique Mumbai Munich
    Myanmar Nairobi Namibia Nauru Nepal Netherlands New_Caledonia New_Delhi New_York New_Zealand
    Nicaragua Nigeria North_Korea North_Macedonia Northern_Ireland Northern_Mariana_Islands
    Norway Odesa Odessa Oman Oslo Ottawa Pakistan Palau Palestine Panama Papua_New_Guinea
    Paraguay Paris Peru Philippines Poland Portugal Prague Pretoria Puerto_Rico Pyongyang Qatar
    Rabat Reykjavik Riga Rio_de_Janeiro Riyadh Romania Rome Russia Rwanda Saint_Lucia Samoa
    San_Francisco San_Marino Santiago Sao_Paulo Saudi_Arabia Scotland Senegal Seoul Serbia
    Sevastopol Seychelles Shanghai Sierra_Leone Silicon_Valley Singapore Slovakia Slovenia Sofia
    Solomon_Islands Somalia South_Africa South_Korea South_Sudan Spain Sri_Lanka St_Petersburg
    Stockholm Strasbourg Sudan Suriname Sweden Switzerland Sydney Syria Taipei Taiwan Tajikistan
    Tallinn Tanzania Tbilisi Tehran Tel_Aviv Thailand The_Hague Togo Tokyo Tonga Toronto
    Trinidad_and_Tobago Tripoli Tunis Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine
    United_Arab_Emirates United_Kingdom United_States Uruguay Uzbekistan Vanuatu Venezuela
    Vienna Vietnam Vilnius Wales Warsaw Washington Washington_DC Wellington West_Bank
    Western_Sahara Yemen Yerevan Zagreb Zambia Zaporizhzhia Zimbabwe Zurich
    Israel Holland London Middle_East Latin_America South_America North_America Caribbean
    Balkans Scandinavia Siberia Chechnya Darfur Kashmir Tibet Kurdistan Sinai Gulf_States
    California Texas Florida New_Jersey Ohio Michigan Illinois Nevada Arizona Massachusetts
    Pennsylvania Louisiana Iowa Alaska Hawaii Oregon Tennessee Kentucky Connecticut Colorado
    Minnesota Wisconsin Missouri Oklahoma Utah Hollywood Manhattan Brooklyn Las_Vegas Miami
    Seattle Atlanta Detroit Houston Dallas Philadelphia San_Diego New_Orleans Yorkshire
    Lancashire Cornwall Devon Essex Surrey Sussex Norfolk Suffolk Cumbria Merseyside Tyneside
    Hebrides Shetland Orkney Snowdonia Soho Mayfair Heathrow
    Gatwick Bombay Calcutta Madras Bangalore Hyderabad Chennai Lahore Peshawar Kandahar Basra
    Mosul Falluja Fallujah Najaf Kirkuk Tikrit Ramallah Hebron Nablus Jenin Haifa Bethlehem
    Grozny Beslan Kuwait_City Osaka Kyoto Hiroshima Nagasaki Guangzhou Shenzhen
    Hangzhou Macau Phuket Bali Aceh Sumatra Borneo Tasmania Perth Brisbane Adelaide
    Quebec Vancouver Calgary Marseille Lyon Bordeaux Toulouse Monte_Carlo Cannes Hamburg
    Cologne Stuttgart Dusseldorf Bavaria Naples Florence Venice Turin Sicily Sardinia Seville
    Malaga Bilbao Ibiza Majorca Tenerife Rotterdam Antwerp Salzburg Krakow Gdansk
""")
    | _PLACE_REGIONS
    | _PLACE_COUNTIES
    | _PLACE_COUNTRIES
    | _SPORTS_GROUNDS
)

# ----------------------------------------------------------------------------- speakers' genders
# (attribution_gender.py: whom "he" and "she" may stand for; issue 10, speakers)
# male / female: a word right before a name (or its first word) that says the person's gender;
# male_name / female_name: common given names (first names are evidence, not proof: a name
# given to both is in neither list).
# (The honorifics' genders are written once, in the actor resolution's table above.)
_GENDER_WORDS = _table("""
emperor sheikh sultan emir tsar czar monsieur herr mister    | male
father brother son husband uncle nephew grandfather boyfriend
spokesman chairman congressman businessman sportsman
viscountess empress madam madame mme mlle frau              | female
mother sister daughter wife aunt niece grandmother girlfriend
spokeswoman chairwoman congresswoman businesswoman
sportswoman actress widow
""")
MALE_WORDS = MALE_HONORIFICS | _GENDER_WORDS["male"]
FEMALE_WORDS = FEMALE_HONORIFICS | _GENDER_WORDS["female"]
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
alastair alistair alfie archie barney bradley brendan callum cameron clive conor curtis damian
damien dean declan dominic dylan elliot elton ewan felix finn francis freddie gareth
gerard giles glenn gus guy hamish harvey jamie jon jonny julian karl kieran kyle lance
lenny leon lloyd luke marcus marvin mohammed muhammad ned noel norman quentin ricky robbie rory
sebastian shane shaun spencer stanley theo toby travis troy tyler vince warren
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
alexandra amber ashley bethany bridget carla carmen charlotte chloe cindy courtney daisy
dawn ella erin esther eva faye freya gemma grace hayley holly imogen isabel jade jasmine
joanne jodie kylie leah lily lindsay lorna lydia maggie mandy marion maureen megan miranda molly
naomi nina norah pippa polly rita rosie sadie sheila sonia stella tara tracey vanessa vera
""")
MALE_GIVEN_NAMES = _GIVEN_NAMES["male_name"]
FEMALE_GIVEN_NAMES = _GIVEN_NAMES["female_name"]
MALE_PRONOUNS = frozenset("he him his himself".split())
FEMALE_PRONOUNS = frozenset("she her hers herself".split())
# a thing's or many's: "Labour said it", "the club ... its"
NEUTER_PRONOUNS = frozenset("it its itself they their them themselves".split())
# (nlp/attribution_sole_person.py) a subject that may stand for the one person named ("he
# described ...") or for nobody ("It was", "There were"); any other pronoun as the main subject
# ("someone", "they", "many") is not the one named.
SUBJECTS_FOR_ONE_NAMED = frozenset("he she it this that there".split())
# one speaker's own words: a person speaks as "I", a body as "we" (attribution_speaker_before)
SINGULAR_FIRST_PERSON = frozenset("i me my myself".split())

# ----------------------------------------------------------------------------- speakers
# (attribution_rules.resolve_subject; issue 10, speakers) Subjects of a speech verb that name
# nobody: the reader, a question word, anyone at all ("you say", "what he said", "someone said").
# A definite description headed by one of these ("the club said") most often stands for the
# organisation the article is about (attribution_rules.org_in_focus).
FIRM_NOUNS = frozenset(
    "company club firm bank board airline retailer carrier giant maker label band studio publisher broadcaster".split()
)
# (attribution_descriptions._titled_person; issue 10, session 8) Words that make a title another
# office: "shadow chancellor Oliver Letwin" is not "the chancellor", "deputy health minister Rhona
# Brankin" not "the health minister".
OFFICE_QUALIFIERS = frozenset("shadow deputy vice assistant junior under former ex outgoing".split())
# (attribution_focus_pronoun; helper spk20d) Words before a description's head that set its person
# against the one in focus ("the other player", "the rival manager", "the visiting coach"): unlike
# an age, a party, a place or a trade ("the 58-year-old US singer", "the Labour peer", "the legal
# assistant"), which describe the person in focus.
CONTRAST_MODIFIERS = frozenset("other another rival opposing opposition visiting fellow".split())
# (attribution_descriptions; issue 10, session 8) Heads of a description that is an organisation
# when it holds the organisation's name: "the China Daily newspaper said" is China Daily.
PRESS_NOUNS = frozenset("newspaper paper magazine daily tabloid journal agency".split())
# (entities/works.py; session 10) A work's noun right before a name makes it the title of a work,
# no actor: "the film The Aviator", "comedy Sideways", "her album Encore". Not the nouns that are
# verbs or adjectives too ("play", "single", "show", "game").
WORK_NOUNS = frozenset(
    "film films movie movies drama dramas comedy comedies thriller biopic blockbuster documentary"
    " sitcom album albums novel novels musical opera".split()
)
# (entities/works.py; helper wrk21, session 21) Nouns of a work that are two words, or that are
# verbs or adjectives alone ("show", "game", "series"): "US television series CSI", "the Xbox
# video game Halo 2", "hit song Jailhouse Rock". Not "single" ("a single Labour MP").
WORK_NOUN_PHRASES = frozenset(
    {"tv series", "television series", "drama series", "tv show", "television show", "crime show", "chat show"}
    | {"video game", "video games", "computer game", "computer games", "song", "songs", "hit single"}
)
# (works.py; helper wrk21) Kinds of music, written in lower case: a name listed among them is a
# genre, no actor ("hip-hop, R&B, garage", "the pop and R&B charts"). Not "country" ("the
# country and Labour").
MUSIC_GENRES = frozenset(
    "pop rock soul jazz hip-hop rap garage gospel blues funk reggae dance folk punk metal indie grime techno disco".split()
) | frozenset({"hip hop", "rock 'n' roll"})
# What follows a genre in such a list: "hip-hop, rap and gospel music" (not "and pop star Jamelia").
GENRE_FOLLOWERS = frozenset("and or music chart charts hits scene scenes fans artists".split())
# (works.py) What only a performance is in: "his supporting role in Closer", "starring in X";
# "role in" alone is not ("his role in Enron's collapse").
ACTING_ROLES = frozenset("supporting starring leading title lead".split())
ACTING_VERBS = frozenset("starring starred stars".split())  # not "appeared in The Guardian"
# (works.py) What only a work has, right after its title: "the Lord of the Rings trilogy",
# "The Aviator, starring Leonardo DiCaprio" (not "director Spike Lee, starring in seven Lee films").
WORK_PARTS = frozenset("trilogy sequel sequels prequel franchise spin-off spin-offs soundtrack".split())
# "The Aviator's four producers", "Closer's cast": what a work's makers are to it.
WORK_MAKERS = frozenset("producers cast screenplay script plot storyline".split())
# Not "in which" ("Graz AK in which he scored").
WORK_CREDITS = ("starring (?!in )", "directed by", "written by", "produced by")
# Players' positions written with a hyphen, a person described ("said the Gloucester fly-half"):
# not a thing the club said. And a newcomer to a competition, one person as "the Gloucester
# fly-half" is ("The tournament debutant added:" right after Sharapova's quotation;
# attribution_descriptions._Description.one_person, helper spk12c): the description is the person
# just quoted.
POSITION_NOUNS = frozenset(
    "fly-half scrum-half full-back centre-back center-back wing-back half-back debutant debutante newcomer rookie".split()
)
# What an organisation publishes in its own words: "the report says" is the body that made the
# report (a "motion" or a "bill" is its movers' words, not the House's).
DOCUMENT_NOUNS = frozenset("report statement study survey review audit analysis research".split())
# Nouns of saying: "X's claim that there have been 'thousands'" quotes the words of the noun's
# owner (attribution_rules.possessive_speech_noun).
SPEECH_NOUNS = frozenset(
    """claim claims statement statements remark remarks comment comments words assertion assertions
    promise pledge vow warning warnings boast accusation accusations charge suggestion insistence
    description quip tweet tweets argument declaration prediction contention""".split()
)
# (attribution_descriptions._owner_by_pronoun; helper spk20d) Things made of their owner's words:
# "His sales pitch adds: “...”", "Her lawsuit ... said" speak for the person "his" or "her" stands
# for; "Her housing plan promises", "His assumption", "his eyes" are no one's words.
OWN_WORDS_NOUNS = (
    DOCUMENT_NOUNS
    | SPEECH_NOUNS
    | frozenset("lawsuit suit letter pitch message email note memo blog diary book memoir autobiography speech".split())
)
# (attribution_document_agents; helper spk14c, session 14) Participles whose agent ("by X") is the
# maker of a document that speaks: "a survey published ... by PricewaterhouseCoopers said", "a
# fundraising email sent out by Sanders on Tuesday night warned" (session 25).
MAKER_PARTICIPLES = frozenset("published conducted compiled produced released sent issued written signed".split())
# (attribution_context; session 10) Things that say words of their makers beside documents and
# works ("a BBC story claiming ...", "a letter urging ..."): a speech participle hung on one is theirs.
SAYING_THINGS = (
    frozenset("story stories article articles letter letters website blog poster advert leaflet manifesto".split())
    | WORK_NOUNS
)
# (entities/firm_first_words.py; helper fix16, session 16) A medium's or a product's noun after a
# firm's first word makes the name a thing named after the firm ("Marvel TV", "Google Video",
# "EverQuest Daily Grind"), not the firm's own longer name ("Vivendi Universal").
MEDIA_NOUNS = frozenset("tv radio video".split()) | PRESS_HEADS | PRESS_NOUNS | SAYING_THINGS
NOBODY_SUBJECTS = frozenset(
    "you what whatever someone somebody anyone anybody everyone everybody nobody no-one this these those".split()
)
# (attribution_inscriptions; helper spk19w, session 19) Things that bear printed words ("a hat
# that says", "shirts that read", "one sign read", "water bottles that said"): the words are the
# thing's, not its wearer's, its carrier's or the body that put it up; nobody's name speaks them.
INSCRIBED_THINGS = frozenset(
    """sign signs banner banners placard placards shirt shirts t-shirt t-shirts tee tees sweatshirt
    sweatshirts hat hats cap caps bottle bottles sticker stickers bumper-sticker badge badges button
    buttons billboard billboards mug mugs tattoo tattoos graffiti plaque plaques inscription""".split()
)
# (attribution_poll_shares; helper spk19w, session 19) A share of a nation's people ("37 percent of
# Americans say", "The vast majority of Britons say"): a poll's figure, not the nation's words.
POLL_SHARES = frozenset("percent cent % majority minority plurality proportion half third quarter fifth".split())
# Words that stand where a speaker's name would and name nobody ("Some liken them to ...",
# "Others said"): never an actor of their own.
NO_ONE_WORDS = (
    NOBODY_SUBJECTS | frozenset(INDEFINITE_WORDS) | frozenset("others many most few all both each none".split())
)
# ----------------------------------------------------------------------------- orgs7 (session 11)
# (entities/role_cues.py) Verbs of taking part: what one competes, races or runs in ("competes in
# the Isle of Man TT", "take part in the Great Ireland Run") is an event.
TAKE_PART_VERBS = frozenset(
    "compete competes competed competing race races raced racing run runs ran running".split()
) | frozenset({"take part", "takes part", "took part", "taking part"})
# (entities/role_cues.py) What one makes only with a firm, a club or a body: "Arsenal's £100m deal
# with Emirates", "a tie-up with Air New Zealand", "a merger with Deutsche Boerse".
DEAL_NOUNS = frozenset(
    "deal deals contract contracts agreement agreements partnership partnerships merger mergers tie-up"
    " tie-ups alliance alliances sponsorship joint-venture".split()
)
# (entities/role_cues.py) What one holds only in a firm or a club: "shares in GW Pharma", "its stake
# in Fuso", "stakes in Fairmont Hotels" (a market's city keeps the gazetteer's place: "shares in
# London"; helper org17).
HOLDING_NOUNS = frozenset("shares stake stakes shareholding shareholdings holdings".split())
# (entities/demonym_names.py) Head words that make a nationality's word and the capitalised words
# after it one name NER cut at the nationality: "the Spanish FA", "the US and Australian Opens",
# "the European Anti-Fraud Office". Event heads (and their plurals) count too.
DEMONYM_NAME_HEADS = frozenset("fa association federation union league council committee office".split())
# (entities/names._title_cut) The joining words of an office's name ("Secretary of State",
# "Minister for the Environment"): a title and joining words alone before one word make a name
# used as a title ("Queen of the Sky", "King of the Hill"), not an office before a name.
OFFICE_JOINING_WORDS = frozenset("of for the and".split())

# ----------------------------------------------------------------------------- places (session 11)
# (entities/place_cues.place_name_votes; helper places7) The compass words that, last in a name
# after a town's ("Leicester South", "Dundee East", "Manchester Central"), make it a seat or a
# part of the town: a place. Not "west" or "north", which end people's names as often ("Kanye
# West", "Oliver North").
SEAT_COMPASS_WORDS = frozenset("south east central".split())
# (entities/place_cues.seat_of_government_votes; helper places7) Seats of government the news
# names for the office in them, an organisation (bench/gold: "Downing Street said", "the Kremlin",
# "the Pentagon"), though their head word ("Street") or NER's label says a place.
SEATS_OF_GOVERNMENT = frozenset(
    "downing street|white house|kremlin|pentagon|elysee|elysee palace|quai d'orsay".split("|")
)

# (nlp/attribution_descriptions._may_be_called; session 13, lead) Heads of descriptions of public
# bodies: "the government said" is an earlier speaker only one called so ("the committee" the Public
# Accounts Committee), not the Police Federation that spoke before; a company, a party or a team
# described stays any earlier organisation's. Those of a government's executive are said of one
# another: "Mr Macron's administration" after "the Elysee Palace said" is the same speaker.
EXECUTIVE_HEADS = frozenset("government administration presidency palace cabinet".split())
PUBLIC_BODY_HEADS = EXECUTIVE_HEADS | frozenset(
    "ministry department office council committee commission court police embassy military army house".split()
)

# ----------------------------------------------------------------------------- people7
# (names.GIVEN_NAMES, hence names.starts_with_given_name and the grouping's and missed.py's guards;
# issue 10, session 11, helper people7) Common given names of the languages the news names people
# in, beyond the English ones above, with no sex (the pronoun rules read only the lists above):
# "Mariano Puerta", "Nikolay Davydenko", "Gunter Grass" are people's names, whatever NER labels
# them. Left out: names that are also common words, places, clubs or events ("Will", "Grant",
# "Milan", "Santiago", "Sofia", "Jordan", "Florence", "Orlando", "Chelsea", "Oscar", "Christian",
# "Said", "Jan", "Roman", "Morgan", "Earl"; "Les", "Le", "La", the articles of French names:
# "Les Bleus", "Les Echos"), and surname-first peoples' names (Chinese, Korean).
OTHER_GIVEN_NAMES = frozenset(
    # Spanish, Portuguese
    """
    manuel miguel javier francisco pedro pablo diego rafael fernando alejandro sergio ricardo
    alberto roberto eduardo raul ramon jorge enrique ignacio andres alvaro guillermo gonzalo
    gustavo hector hugo jaime joaquin mariano agustin emilio esteban felipe gabriel gerardo julio
    marcelo mauricio osvaldo rodrigo ruben tomas vicente xavier cristiano joao paulo luiz
    fabio rui nuno ana lucia elena cristina marta pilar beatriz dolores rosa teresa juana gabriela
    mariana fernanda adriana veronica silvia paola raquel ines arantxa conchita carolina hernan
    matias ramiro bernardo marcos fabiola
    """
    # Italian
    """
    giuseppe giovanni francesco mario luigi paolo alessandro stefano massimo silvio romano
    gianfranco giorgio carlo claudio gianluca luca filippo lorenzo matteo davide pietro vincenzo
    salvatore enrico fabrizio gennaro gianni franco sandro umberto dino enzo renzo alessandra
    francesca giulia chiara valentina federica roberta antonella giovanna luciano mirco
    giacomo flavia gianluigi valentino daniela
    """
    # French
    """
    pierre jacques michel philippe alain francois nicolas christophe thierry laurent olivier
    dominique claude didier marcel andre rene luc yves serge henri louis emmanuel fabien fabrice
    sebastien arnaud benoit cedric frederic gilles herve jerome julien lionel mathieu pascal
    regis remy stephane sylvain zinedine isabelle nathalie sylvie segolene brigitte monique
    francoise veronique amelie celine juliette mathilde helene jeanne simone martine ariane
    laetitia virginie sandrine aurelie justine maxime yoann florent gael
    """
    # German, Dutch, Scandinavian
    """
    hans klaus jurgen juergen gerhard helmut wolfgang dieter horst heinz werner manfred uwe rolf
    gunter gunther guenter joachim jochen friedrich franz otto fritz heinrich ulrich rudi rudolf
    gerd bernd lothar jens lars sven nils anders bjorn magnus henrik ole jesper mikael mats
    fredrik gustav erik stefan markus matthias tobias jorg joerg kurt ernst wolfram wim johan
    pieter dirk henk jaap ruud arjen edwin guus kees jeroen arsene ursula ingrid birgit heidi
    petra steffi gabriele annika anja katja kirsten karin ulrike sabine monika greta hilde ilse
    liv astrid sigrid marit britt ulf elina
    """
    # Russian, Ukrainian, Polish, Czech, Hungarian, Balkan, Romanian, Greek
    """
    sergey mikhail dmitry dmitri alexei alexey andrei andrey nikolai nikolay igor ivan yuri yury
    oleg viktor yevgeny evgeny gennady anatoly leonid pavel petr pyotr maxim marat grigory
    konstantin vitaly valery vasily arkady mikheil volodymyr oleksandr petro olga natalia
    natasha tatiana svetlana yelena irina ekaterina yekaterina yulia marina ludmila lyudmila
    galina nadezhda larisa oksana anastasia dinara nadia aleksander lech jerzy jaroslaw krzysztof
    tomasz piotr wojciech marek andrzej zbigniew jacek agnieszka katarzyna magdalena jiri
    vaclav radek karel martina jana lucie laszlo istvan zoltan ferenc gyula slobodan goran
    dragan zoran nenad ivica davor dejan milos nikola mirko zeljko vojislav zlatko predrag ion
    ilie gheorghe traian cristian florin andriy ivo dimitar jelena vadim costas kostas konstantinos giorgos yiorgos nikos dimitris yannis giannis
    theodoros angelos christos georgios stelios vassilis
    """
    # Arabic, Persian, Turkish, South Asian, African, Japanese
    """
    ahmed ahmad mahmoud mustafa hassan hussein ali omar khalid abdul abdullah abdullatif yasser
    saddam osama ayman tariq karim nabil walid samir hosni hamid rashid faisal salman saleh
    youssef yusuf ibrahim ismail jamal fatima layla aisha amina talal nasser habib jalal ghazi
    ayad iyad reza mehdi hossein javad abbas akbar shirin recep tayyip mehmet ahmet emre hakan
    tansu bulent kemal rahul sachin amit sanjay raj vijay ravi anil sunil rajesh suresh ramesh
    arun ashok deepak manmohan priya lakshmi pervez nawaz benazir imran shoaib inzamam kofi
    hicham anand tirunesh kenenisa derartu meseret
    thabo kwame olusegun didier emmanuel samuel desmond hiroshi takashi kenji yuki junichiro
    shinzo kenzaburo haruki akira yoko
    """
    # English forms the lists above lack
    """
    leslie jo stan sid len reg alf bert herbert percy cyril wilfred frankie bobbie jackie
    kenny dave davie mickey nicky vic ron ronnie reggie ollie joey rob robby bryan brett chad
    clint dale dwight floyd glen jesse joshua kirk mitchell neville randy rex seth sidney
    tristan wesley wes zach zachary alexis audrey beth carly cathy clara connie dana doris edith
    ellie elsie ethel gail georgina gwen gwyneth hilary julianne kay keira kristin lesley
    madeleine mariah mel meryl mia nadine nell nora paige penny phoebe renee roxanne ruby
    scarlett shania sheryl sienna sonya sylvia tanya trisha winona zadie imelda cate charlize
    demi halle uma reese salma britney beyonce whitney alanis avril leonardo keanu brad denzel
    dustin sylvester woody jude elijah tobey heath cillian seamus padraig eamon eamonn ciaran
    niall fergal donal dermot aidan kieron cormac ronan shay mairead siobhan aoife niamh sinead
    roisin orla deirdre grainne sorcha eilidh ailsa dougie alasdair iain angus fraser
    lachlan gregor eoin cian colm darragh diarmuid oisin ciara denis darius micah dwayne jermaine
    emile kimberly kimberley eliza jayne mervyn agnes duane gretchen richie tess serena lleyton
    patty lawrence maurice dwain alvin kelli melinda
    """
    # Welsh (the news's rugby and politics name Welsh people by these: "Gethin Jenkins", "Rhys
    # Williams", "Dafydd Wigley"; helper typ15a)
    """
    gethin rhys dafydd huw ieuan iwan aled geraint owain alun emyr dewi gwyn ceri iestyn
    """
    # Given names the lists lacked, of people the news names by their first name alone ("Haile" of
    # Haile Gebrselassie; entities/people._a_given_name_alone, helper fixa)
    """
    haile graeme imanol
    """.split()
)

# ----------------------------------------------------------------------------- fresh8a (session 11)
# (nlp/attribution_surnames.only_a_person) Heads of a description that name one person and never an
# organisation, a club or a country: a player's position ("The central defender added", right after
# a quotation of the man the recogniser labelled an organisation). Not "star", "boss" or "captain"
# ("the Bhoys' boss"), nor the hyphenated positions of POSITION_NOUNS, which the rule reads too.
ONE_PERSON_HEADS = frozenset(
    "defender striker midfielder goalkeeper keeper winger playmaker centre-forward sprinter hurdler"
    " jumper runner marathoner heptathlete decathlete swimmer cyclist golfer boxer batsman bowler"
    " all-rounder wicketkeeper spinner seamer flanker prop hooker lock scrum-half fly-half"
    # (spk17, session 17) a person by age or standing: "“It's incredible,” the youngster said"
    " youngster teenager legend"
    # (session 22) "said the Newport-based athlete": an athlete, not the town before the noun
    " athlete cricketer jockey medallist olympian".split()
)
# ----------------------------------------------------------------------------- fresh8b (session 11)
# attribution_descriptions._closing_name: "the Labour MP for Birkenhead asked": the name after one
# of these titles and "for" is the seat the person holds, never the person described
SEAT_HOLDER_TITLES = frozenset("mp mps msp msps mep meps am ams mla mlas member members candidate".split())
# grouping.join_without_head: "the World Cross Country" of "the World Cross Country Championships" in
# the same article: an event's head word the news drops, as a club's or a theatre's
DROPPED_EVENT_HEADS = frozenset({"championships", "championship"})
# cued_names.headed_names: the last words of firms' and campaigns' names that NER misses ("Richard
# Yamarone of Argus Research", "a US-based firm X1 Technologies"): a run of capitalised words ending
# with one is an organisation's name
FIRM_NAME_HEADS = frozenset("technologies research industries laboratories labs systems securities coalition".split())


# ----------------------------------------------------------------------------- typ12a (session 12)
# entities/leagues.numbered_division: "League One leaders Luton", "the League Two side", "Division
# Three": a league's division named by its number is a competition (an event, as "Premiership"),
# though "League" is an organisation's word ("National Football League spokesman").
DIVISION_WORDS = frozenset("league division".split())
DIVISION_NUMBERS = frozenset("one two three four five six 1 2 3 4 5 6".split())

# ----------------------------------------------------------------------------- spk12b (session 12)
# (attribution_dismissals) The verbs of dismissing a claim of SPEECH_WITH_PARTICLE ("brushed off"):
# a phrase quoted after one, in a claim a person named between them made, is that person's words
DISMISSAL_PARTICLE_VERBS = frozenset({"brush", "shrug", "laugh"})
# (attribution_subject_fragment.subject_of_fragment) Verbs of voicing a view or a feeling, not of
# speech: a phrase quoted under one of them, in a sentence whose subject is a named person, is that
# person's words ("Michael Howard accepted his decision “with regret”", "Tom Chaplin thanked fans
# for enduring “rubbish gigs”", "a tour to persuade voters they are the “real opposition”", "he
# thinks that having a “colour memory” makes ...", "Jim Skinner attributed an 8.3% increase ... to
# the “vitality of our menu”");
# under another verb ("Smith plays a New York “date doctor”", "Mr Cable will publish his
# “Alternative Budget”") the marks hold a term or a title as often as anyone's words.
FRAGMENT_OWNER_VERBS = frozenset(
    "accept thank speak bemoan indicate persuade express voice apologise apologize regret hope think attribute".split()
)
# verbs of voicing a view and of reporting one ("believe", "argue"): a phrase in marks under them
# is the view's words (attribution_subject_fragment, _reported_fragment, _sole_person)
VIEW_LEMMAS = FRAGMENT_OWNER_VERBS | REPORTING_LEMMAS

# ----------------------------------------------------------------------------- typ12b (session 12)
# (entities/products.py) The words that make a name a product's, no actor's: a product's noun after
# "the X" or "Firm's X" ("the Xbox console", "the Cell processor"; not "phone", "software", which follow
# firms' names as much), the adjectives of a product before it ("its new X", "the portable X") and
# the verbs of a count sold ("sold 1.5 million Xboxes").
PRODUCT_NOUNS = frozenset(
    "console consoles handset handsets browser browsers gadget gadgets laptop laptops device devices processor"
    " processors chip chips".split()
) | frozenset({"operating system", "music player", "media player", "games console", "games machine"})
PRODUCT_NEW_WORDS = frozenset("new latest forthcoming updated portable handheld next-generation".split())
PRODUCT_VERBS = frozenset("sold sell sells selling shipped ship ships bought buy buys buying".split())


# ----------------------------------------------------------------------------- lead (session 12)
# (sentence_capitals.without_opening_words) Stop words that are given names too: "Will Smith's",
# "May Department Stores" at a sentence's start keep their first word.
STOP_WORD_GIVEN_NAMES = frozenset({"will", "may"})

# ----------------------------------------------------------------------------- mrg12 (session 12)
# (entities/event_names.py) The other names of an event or a body that no rule derives from its
# name, as PARTY_FORMS does for parties (general knowledge): the written name each stands for.
NAME_ALIASES = {
    "oscar": "Academy Awards",
    "oscars": "Academy Awards",
    "fed": "Federal Reserve",
}
# (entities/event_names.py) The words that name the body that gives awards ("the Academy" of the
# Academy Awards): "X Awards" is not X alone when X is one of them or an organisation's word.
AWARD_GIVER_WORDS = frozenset({"academy"})

# (lexicon MEMBER_NOUNS, BODY_OF_MEMBERS_HEADS; helper spk12c, attribution_members.py) "the MPs
# said" after "The Constitutional Affairs Select Committee said": the plural nouns for the members
# of a body who speak as one, and the last words of the names of the bodies they sit on.
MEMBER_NOUNS = frozenset("mps meps peers members councillors senators".split())
BODY_OF_MEMBERS_HEADS = frozenset("committee commission panel inquiry".split())

# ----------------------------------------------------------------------------- spk13a (session 13)
# (attribution_document_owner._lead_owner; helper spk13a) The verbs with which a news lead makes a
# document speak ("..., a report says."), whose maker the next sentence then names.
DOCUMENT_INTRO_VERBS = frozenset(
    "says said suggests suggested warns warned finds found claims claimed shows showed reveals revealed".split()
)
# (entities/lower_case_bodies; helper spk13a) The legislatures whose committees the BBC names in
# lower case after the house's name ("the Commons science and technology committee").
LEGISLATURE_WORDS = frozenset("Commons Lords Senate Congress Parliament Assembly House".split())
# (attribution_backshifted; helper spk13a) The modals of reported speech's tense: "The government
# would “need to be creative”" after "Sir John said ...": his words go on.
BACKSHIFTED_MODALS = frozenset("would could should might".split())


# ----------------------------------------------------------------------------- typ13a (session 13)
# (entities/team_sheets.py) The headings that open a side's bench in a team sheet ("Replacements
# (from): Bozzi, Coutts, ...", "Subs: Marshall, Henchoz, ..."): the names after them are players.
TEAM_SHEET_HEADINGS = frozenset("replacements subs substitutes reserves bench".split())
# (entities/bare_roles.py) One person's posts, written in apposition with no article after a name
# ("Maeve Sherlock, chief executive of", "Tim Congdon, economist at"); not "leader", "owner",
# "partner" or "member", which firms are too.
APPOSITION_ROLES = frozenset(
    "chairman chairwoman president director executive spokesman spokeswoman secretary head editor "
    "professor analyst economist founder".split()
)
# (entities/listed_shares.py) What a market says of a firm's shares right after "X shares" ("Pernod
# shares in Paris slipped", "Krispy Kreme shares hit"): never the verb "shares" of a person. The
# moves of a price also follow a firm's name alone before a percentage ("Arcelor shed 2.1% to 17.58
# euros", "JFE Holdings down 3.4%"; helper typ15b); the states only after "shares".
PRICE_MOVES = frozenset(
    "up down rose fell closed jumped dropped slipped hit tumbled climbed plummeted plunged soared "
    "surged gained lost ended touched added slid edged shed dropping sliding falling rising "
    "climbing gaining losing jumping".split()
)
SHARE_MOVES = PRICE_MOVES | frozenset("were was are have had".split())


# ----------------------------------------------------------------------------- house13 (session 13)
# The word alternations the entities' and attribution's regexes held in code, each named for its
# rule; the modules build their regexes from them (`alternation`), in the order written here (an
# earlier word is tried first).


def alternation(words: tuple[str, ...] | frozenset[str], space: str = r"\s+") -> str:
    """A regex group matching any of the words (a frozenset's in sorted order); a space in a word
    matches `space`. How a regex refers to a word list by name."""
    ordered = sorted(words) if isinstance(words, frozenset) else words
    return "(?:" + "|".join(w.replace(" ", space) for w in ordered) + ")"


# (entities/products.py _COUNT) "sold more than 1.5 million Xboxes", "millions of iPods": the words
# of a count sold before a product's name.
PRODUCT_COUNT_QUALIFIERS = ("more than", "over", "about", "nearly", "almost", "some", "around")
PRODUCT_COUNT_UNITS = ("million", "m", "bn", "billion")
PRODUCT_COUNT_MULTITUDES = ("millions of", "thousands of")
# (products._BEFORE_CUES) "its new X", "his Mac Mini": who owns a product; "millions of X",
# "copies of X", "PCs running Windows".
PRODUCT_MAKER_OWNERS = ("its", "their")
PRODUCT_PEOPLE_OWNERS = ("his", "her", "their", "my", "your", "our")
PRODUCT_MULTITUDES = ("millions", "thousands", "hundreds")
PRODUCT_COPY_WORDS = ("copies", "copy")
# (products._USE_BEFORE, _KIND_AFTER; helper wrk21, session 21) A technology, a program or a
# virus is used, run or caught, and named before its kind: "the use of UWB", "customers using
# Linux", "infected by Cabir", "new strains of Cabir" (not "using G7 backing": the name qualifies a
# noun); "the Cabir virus", "UWB technology",
# "Freeview set-top boxes", "Freeview box ownership". A firm is named so too ("Intel technology"), and its firm's cues outweigh
# these (products.product_keys). Not "X-based" ("Santa Monica-based Activision"), nor "X users"
# ("Skype users", "AOL users": a service's users are a firm's customers).
PRODUCT_USE_WORDS = ("use of", "uses of", "use", "using", "users of", "infected by", "infected with")
PRODUCT_USE_WORDS += ("strains of", "variants of")
PRODUCT_KINDS = frozenset("virus viruses worm trojan strain strains variant variants technology standard".split())
PRODUCT_KINDS |= frozenset({"box", "boxes", "set-top box", "set-top boxes", "operating system"})
PRODUCT_RUN_WORDS = ("running", "runs", "installed", "upgrade to", "upgraded to", "upgrading to")
# (products._OWN_DET_BEFORE) "the X", "its X", "his X" right before a name.
PRODUCT_OWN_DETERMINERS = ARTICLES + PRODUCT_MAKER_OWNERS + ("his", "her", "my", "your", "our")
# (products._FIRM_AFTER) What a firm is and does after its name: "X's chief executive", "X said".
FIRM_WORDS_AFTER = tuple(
    """
chief boss chairman founder co-founder spokesman spokeswoman shares profits profit revenues revenue
executives executive president said says announced told Inc Corp Ltd Plc employs bought acquired
reported reports newspaper website magazine
""".split()
)
# (products._FIRM_BEFORE) What a firm is called before its name: "shares in X", "the firm X".
FIRM_WORDS_BEFORE = ("shares in", "shares of") + tuple(
    "firm company giant maker makers rival rivals owner owners subsidiary division".split()
)
# (entities/one_of_a_kind.py) ", just one of the world's best players, who": the words before
# "one of" and those that end the phrase (a preposition, a relative clause).
ONE_OF_LEAD_WORDS = ("just", "only")
ONE_OF_CLAUSE_WORDS = ("in", "which", "that", "who", "to", "with", "based")
# (entities/fixtures.py _VERSUS) "Cardiff v Blackburn", "Arsenal vs Chelsea": the words between
# two sides (without a full stop: "Plessy v. Ferguson" is a court case); the words inside a side's
# name ("Republic of Ireland", "Trinidad and Tobago").
VERSUS_WORDS = ("v", "vs")
SIDE_NAME_JOINERS = ("of", "the", "and")
# (entities/place_cues.py) "from Pease Pottage, West Sussex": the prepositions before a town;
# "her native Dartford": the owners of a home town.
TOWN_PREPOSITIONS = ("from", "in", "at", "near")
NATIVE_OWNERS = ("his", "her", "their", "its", "my", "our", "your")
# (entities/subjects.py) "Wales are", "Leeds have": a plural verb after a team's name.
PLURAL_VERBS_AFTER = ("are", "were", "have")
# (entities/body_verbs.py; helper typ22) What a firm or a body does that neither a place nor an
# event does, after ", which" and its name: "Tiga, which represents independent developers",
# "the European Roma Rights Centre, which said", "SSL, which makes the Durex brand". Not "runs",
# "features", "hosts", "opens": an event runs, a city hosts.
BODY_VERBS_AFTER_WHICH = frozenset(
    "said says represents represented makes made owns owned employs employed sells sold operates"
    " publishes published produces produced provides provided manufactures supplies distributes"
    " announced warned claimed argued insisted denied reported posted bought acquired".split()
)
# (entities/modified_heads.py; helper typ22) A firm's noun a name and one or two lower-case words
# come before, after "the": "the Maserati car company", "the Liffe derivatives exchange", "the
# Odeon cinema chain", "the White Rose resistance group". "stock exchange" is a city's ("the Milan
# stock exchange"; the gazetteer's towns are left alone anyway).
FIRM_HEADS_AFTER_MODIFIER = frozenset(
    "company firm chain exchange group label maker manufacturer carmaker retailer airline brand"
    " consultancy publisher studio".split()
)
# (entities/modified_heads.py; helper typ22) ... and a gathering's: "the Sundance film festival",
# "the Soccerex football business forum", "the 3GSM trade show". Not "conference", "meeting": a
# body holds them ("the USATF annual meeting"); not "show" alone ("the BBC Radio 1 chart show").
GATHERING_HEADS_AFTER_MODIFIER = ("festival", "forum", "trade show", "trade fair")
# (entities/plural_titles.py; helper typ22b) A title in the plural over a list of names: each
# name of the list is a titled person's ("sitting with Lords Bingham, Steyn, Hope and Carswell",
# "Lord Justices Clarke and Rix"). Only titles no organisation's or place's name takes.
PLURAL_PERSON_TITLES = ("Lords", "Justices", "Messrs", "Drs", "Professors", "Senators")
# (evidence.py; helper typ22) Two words before a name that make it a firm: a market's leader is a
# company ("market leader Diageo", "sector leader Omnicom"), as "oil firm Yukos".
FIRM_COMPOUNDS_BEFORE = ("market leader", "sector leader")
# (entities/founded_bodies.py, helper typ18p) What is founded, formed, set up or established is a
# body, a firm, a band, never one person (people are born): "Def Jam was founded in 1984 by Russell
# Simmons", "Air Deccan was set up last year", "Roxy Music were formed in 1971". Not "created"
# ("Lord Sainsbury was created a peer", "Mary Poppins was originally created") nor "launched" (a
# product: "the new Mini was launched").
FOUNDING_PARTICIPLES = ("founded", "co-founded", "formed", "set up", "established", "incorporated")
# (entities/nodes.py speaker_votes) "the company said", "it added": the speech verbs before a
# firm's description or "it" in a quotation's cue.
FIRM_CUE_SPEECH_VERBS = ("said", "says", "added", "adds", "told", "announced", "stated")
# (nlp/attribution.py _SPEECH_FORM) "said the defender", "the Oscar-nominated actor said": the
# speech verbs of a sentence whose subject a later "he" or "the X" stands for.
FOCUS_SPEECH_FORMS = (
    "said",
    "says",
    "added",
    "adds",
    "told",
    "tells",
    "insisted",
    "explained",
    "admitted",
    "warned",
    "stressed",
)


# (entities/clause_cues.py) "MTV's Asia Aid will be held in Bangkok": what the name's own verb
# says of an event.
HELD_AUXILIARIES = ("will be", "is", "was", "are", "were", "has been", "is being", "is to be")
HELD_WHEN_WORDS = ("in", "at", "on", "every", "annually")
# (entities/clause_cues.py) "The 10-day Berlinale runs until 20 February", "the Bangkok
# International Film Festival got under way on Thursday": the name's own verb says an event, as
# "takes place" does (helper typ18e).
EVENT_VERBS_AFTER = (
    "takes place",
    "take place",
    "took place",
    "will take place",
    "would take place",
    "runs until",
    "ran until",
    "runs from",
    "ran from",
    "gets under way",
    "got under way",
    "get under way",
    "will get under way",
)
# (entities/clause_cues.py) "the Bafta awards, which take place at London's Odeon Leicester Square",
# "Oxfam's Tsunami appeal, held at the Bristol Academy on 19 February": what is held or staged at a
# name happens there, a venue (a place); a player's "played at" is his club's (bench/gold's
# convention), so no verb of a player's career is here (helper typ18e).
VENUE_VERBS = (
    "held",
    "staged",
    "hosted",
    "take place",
    "takes place",
    "took place",
    "taking place",
    "to take place",
)
# (clause_cues._WON_BEFORE) "win the Davis Cup.": what is won is a competition or a prize.
WINNING_VERBS = tuple("won win wins winning lift lifted lifting retain retained retaining".split())
# (clause_cues._EVENT_WORDS_BEFORE) "nominated for a Golden Globe", "the fifth annual Bloggies".
NOMINATION_WORDS = ("nominated", "shortlisted", "nomination", "nominations")
EVENT_ADJECTIVES = ("annual", "inaugural", "biennial")
# (clause_cues._WON_OBJECT_ENDS) The words after a whole object of "won": "won the Davis Cup in".
WON_OBJECT_END_WORDS = tuple(
    """
in at on for and or with by after before when last this since but as to from of which that who whose
is are was were will would has have had twice again title titles crown trophy medal
""".split()
)
# (clause_cues._MEMBER_FOR_BEFORE, _MEMBER_AFTER) "Labour MP for Hornsey", "The Glasgow Kelvin MP":
# a member's title beside a constituency (_MEMBER_AFTER reads all of them but "AM").
MEMBER_TITLES = ("MP", "MEP", "MSP", "MLA", "AM")
# (clause_cues._CONTEST_BEFORE) "he would contest Bethnal Green": an election's seat.
CONTEST_VERBS = ("contest", "contests", "contesting", "contested")
# (clause_cues._ORG_NOUN_COMMA_AFTER) "Pyra Labs, makers of the Blogger software": the words that
# end an organisation's noun in apposition.
ORG_APPOSITION_END_WORDS = ("of", "which", "that", "based", "in", "with", "whose")


# (entities/role_cues.py _OBJECT_ENDS) The words after a whole object ("take part in the G7.",
# "a deal with the US in"): a preposition, a clause's word, a time.
ROLE_OBJECT_END_WORDS = tuple(
    """
in at on for and or with by to from of which that who whose is are was were will would has have had
this next last after before when since but as over until later earlier
""".split()
)
# (nlp/quotes.py _TITLE_CUE) Words before a Title Case quotation that make it a work's or a show's
# name: "on “Face the Nation”", "the documentary “13th”", "titled “Arrogant”".
WORK_TITLE_CUES = tuple(
    """
on titled entitled dubbed named show program programme series documentary film movie book novel
memoir song anthem album episode column essay headline podcast play musical magazine newsletter forum
broadcast segment special licenses hosts hosted anchors airs aired watch watched
""".split()
)
# (nlp/attribution_reported_fragment.py _NAMED_AS) Words before a phrase in marks that give it as a
# name, not as anyone's words: "what's known as a “pervasive ambient world”", "the so-called “...”".
NAMING_WORDS = ("known as", "called", "so-called", "dubbed", "termed", "referred to as")
# (nlp/attribution_descriptions.py _SPEAKS_IN) "X says in a report", "X said in its annual report".
SPEAKS_IN_VERBS = tuple("says said argues argued warns warned states stated claims claimed".split())
SPEAKS_IN_DETERMINERS = ("a", "an", "its", "their", "the")
# (nlp/attribution_continuation.py GOES_ON_CUE) "X added:", "X went on:" right after a quotation.
GOES_ON_VERBS = ("added", "continued", "went on")
# (nlp/attribution_colon.py inverted_verb_colon) A speech verb that opens its sentence before the
# speaker and a colon: "Said Mr Bysshe: “...”", "Stated Stone:" and the quotation's paragraph after.
INVERTED_OPENERS = tuple(
    "Said Says Stated Added Adds Continued Wrote Writes Explained Declared Noted Warned Argued Insisted "
    "Concluded Replied Responded Tweeted Remarked Observed Quipped Countered Retorted".split()
)
# (nlp/attribution.py _OPENS_DESCRIBED, attribution_focus_pronoun._OPENING) The words a sentence
# may open with before its subject ("However he hopes", "But the striker said").
SENTENCE_OPENERS = ("But", "And", "However", "Yet", "So", "Still", "Now")


# ----------------------------------------------------------------------------- typ13b (session 13)
# (entities/club_nicknames.py) Nicknames several clubs share (general knowledge of British football
# and rugby): the nickname, plain, and the names (plain) of the clubs it may stand for. The one of
# them its article names is the club ("impressed Blues fans" after "Birmingham"); the nicknames of
# one club each are CLUB_NICKNAMES.
SHARED_CLUB_NICKNAMES = {
    "blues": frozenset({"birmingham", "chelsea", "everton", "cardiff", "ipswich"}),
    "reds": frozenset({"liverpool", "manchester united", "nottingham forest", "bristol city", "crewe", "barnsley"}),
    "saints": frozenset({"southampton", "st johnstone", "st mirren", "northampton"}),
    "rovers": frozenset({"blackburn", "bristol rovers", "tranmere", "doncaster", "raith"}),
    "tigers": frozenset({"hull", "leicester", "castleford"}),
    "magpies": frozenset({"newcastle", "notts county"}),
    "blades": frozenset({"sheffield united"}),
    "clarets": frozenset({"burnley"}),
    "dons": frozenset({"wimbledon", "aberdeen", "mk dons"}),
}
# (entities/national_sides.py) National sides' nicknames (general knowledge): the country each
# names. A national side is its country (bench/gold/README.md), so its nickname is too. Not yet
# "Wallabies" (Australia): joined, its organisation's votes made clubs_apart/towns_apart move 16
# mentions of Australia in six articles to an organisation "Australia" (full BBC corpus).
NATIONAL_SIDE_NICKNAMES = {
    "all blacks": "New Zealand",
    "springboks": "South Africa",
    "boks": "South Africa",
    "bafana bafana": "South Africa",
    "azzurri": "Italy",
    "les bleus": "France",
    "pumas": "Argentina",
    "super eagles": "Nigeria",
}
# (entities/performer_words.py) The words for a performer or a writer right before a name make it a
# person's, as "singer X" does: "the ex-Smiths star Morrissey" (NER: an organisation, a place),
# "Barcelona star Ronaldinho", "playwright Alan Bennett", "rapper Kano". Not "broadcaster" ("US
# broadcaster CBS") nor "producer" ("oil producer Yukos").
PERFORMER_WORDS_BEFORE = frozenset(
    """star rapper guitarist frontman drummer bassist comedian presenter musician songwriter
    playwright novelist poet author dancer""".split()
    # typ18p: "classical composer James MacMillan", "the French composer Massenet's Thais", "soulman
    # James Brown", "Scissor Sisters frontwoman Ana Matronic", "Cuban pianist Bebo Valdes"
    + """composer pianist conductor sculptor crooner soulman frontwoman rocker vocalist
    violinist cellist saxophonist trumpeter keyboardist popstar superstar hitmaker
    film-maker filmmaker""".split()
)
# (entities/performer_words.py, helper typ18p) The same words in the plural, and nouns of standing in
# music, right before one name and no other joined to it, make it a band's (an organisation, by
# bench/gold's convention), not one person's: "US rappers Beastie Boys", "early 1970s rockers Free",
# "1980s pioneers Run DMC", "Scots favourites Travis", "rock veterans New Order", "Grammy Award winners
# U2"; before several names they are those people ("actors Samuel L Jackson and Ben Stiller"). Not
# "stars", "acts" (verbs too: "the film also stars Hanks").
_BAND_STANDING = """rockers newcomers pioneers veterans favourites legends heroes headliners
    chart-toppers hitmakers superstars popsters winners"""
BAND_NOUNS_BEFORE = frozenset(
    {w + "s" for w in PERFORMER_WORDS_BEFORE - {"star", "frontman", "frontwoman", "soulman", "superstar", "popstar"}}
    | set(_BAND_STANDING.split())
)


# (entities/evidence.py, helper typ18p) Prepositions: "Beanie Sigel on its roster", "a deflection off
# Matthew Taylor on its way", "chosen London for its listing": the "its" after a name and one of them
# is the owner of what the phrase hangs on, not the name's ("Yukos claims its", "Yukos, its staff").
PREPOSITIONS = frozenset(
    """on in to at for from with into onto off under of by about over after as through against
    towards toward within without""".split()
)


# ----------------------------------------------------------------------------- English stop words
@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words ("however", "meanwhile", "with"), read from spaCy's own file
    without importing spaCy: a cluster build's main process resolves actors and must not load
    it (tests/test_cluster.py), nor may the explorer."""
    spec = find_spec("spacy")
    if spec is None or spec.origin is None:
        return frozenset()
    path = Path(spec.origin).parent / "lang" / "en" / "stop_words.py"
    return frozenset(runpy.run_path(str(path))["STOP_WORDS"])


# ----------------------------------------------------------------------------- typ14b (session 14)
# (entities/web_domains.py) The top-level domains of the web addresses the news names websites by
# ("napster.no", "blinkx.tv", "grumbletext.co.uk"); a space stands for the dot of a two-part one.
WEB_DOMAIN_ENDINGS = ("co uk", "org uk", "com", "org", "net", "tv", "biz", "info", "no", "de", "fr", "jp")

# ----------------------------------------------------------------------------- spk14a (session 14)
# (nlp/attribution_colon_object.py) Words that open a clause of their own between a speech verb and
# the colon of a quote: "told reporters that he had said:" is not the verb handing over to the quote.
CLAUSE_OPENERS = frozenset({"that", "whether", "if", "how", "what", "why", "when", "who", "which", "because"})

# (nlp/attribution_recipients.py) The words before a name in a document's description that make the
# name the one it was written for, not its author: "a telephone memo for Mr Heath", "a letter to the
# chancellor", "a report commissioned by ... for the Treasury".
RECIPIENT_WORDS = ("for", "to", "addressed to", "sent to", "written for", "prepared for")
# The written things those words follow ("a memo for", "a letter to"); not a person who speaks for
# a body ("a spokeswoman for the RAD": the body's words).
WRITTEN_THINGS = (
    frozenset("memo memos note notes message messages e-mail email submission document documents".split())
    | frozenset("paper papers briefing minutes".split())
    | DOCUMENT_NOUNS
    | SAYING_THINGS
)

# (nlp/attribution_titled_after.py) Words that end a title and begin a clause of their own between a
# speech verb and a name ("said the party, and Labour's John Prescott"): the name then is no title's.
CLAUSE_WORDS_IN_TITLES = frozenset(
    "and or but that who which whose while as after before when where because to with than".split()
)

# ----------------------------------------------------------------------------- session 22
# evidence._WHO_AFTER: words after "X, who" that end in "s" and are no singular verb ("who always",
# "who this week criticised", "who nowadays")
NOT_VERBS_AFTER_WHO = tuple("always perhaps sometimes thus this afterwards nowadays besides towards".split())
# entities/modified_heads: words of grammar and speech that never stand between a name and the
# noun it qualifies ("the Thames near the festival", "the Ritz and the group"); with ARTICLES
MODIFIER_STOP_WORDS = tuple("and or of for with near to at in on by from said says".split())
