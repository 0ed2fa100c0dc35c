"""Attribution with the real spaCy model: the two passes of index/analyse.py, on hand-made text."""

from dossier.index.nlp import attribution_passes as P
from dossier.index.nlp import attribution_rules as R
from dossier.index.nlp import attribution_speech_verbs as S
from dossier.index.nlp.attribution import RULES, Entity, attribute, sentences_to_parse
from dossier.index.nlp.attribution_descriptions import resolve_descriptions
from dossier.index.nlp.attribution import context as attribution_context
from dossier.index.nlp.quotes import find_quotes


def run(pipes, text):
    fast, parse = pipes
    doc = fast(text)
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    ents = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    quotes = find_quotes(text)
    wanted = sentences_to_parse(text, sents, quotes)
    parsed = {i: d for i, d in zip(wanted, parse.pipe([text[slice(*sents[i])] for i in wanted]))}
    return {text[a.quote.start : a.quote.end]: a for a in attribute(text, sents, ents, parsed, quotes)}, wanted, sents


def test_name_after_the_quote_at_its_fullest(pipes):
    text = (
        "Finance minister Maria Lopez visited the port on Monday.\n"
        "“We are not going to raise taxes this year,” Lopez said on Tuesday."
    )
    got, _, _ = run(pipes, text)
    a = got["We are not going to raise taxes this year,"]
    assert a.speaker == "Maria Lopez"
    assert a.kind == "full"
    assert "Lopez said" in a.cue


def test_inverted_verb_and_title_stripped(pipes):
    text = "“The deal is done,” said senior union official Peter Novak."
    got, _, _ = run(pipes, text)
    assert got["The deal is done,"].speaker == "Peter Novak"


def test_colon_before_the_quote_and_partial_fragment(pipes):
    text = (
        "Mr Novak said: “Nobody has asked us about it.”\n"
        "Peter Novak later called the offer “a bad joke” in an interview."
    )
    got, _, _ = run(pipes, text)
    assert got["Nobody has asked us about it."].speaker == "Peter Novak"
    assert got["a bad joke"].speaker == "Peter Novak"
    assert got["a bad joke"].kind == "partial"


def test_pronoun_resolved_to_the_person_named_before(pipes):
    text = "Governor Helen Park met the farmers on Friday.\nShe said the drought was “the worst in living memory”."
    got, _, _ = run(pipes, text)
    a = got["the worst in living memory"]
    assert a.speaker == "Helen Park"
    assert text[a.speaker_start : a.speaker_end] in ("Helen Park", "Governor Helen Park")


def test_participle_takes_the_subject_of_the_main_clause(pipes):
    text = "Mayor Tom Reyes doubted the plan, telling journalists, “I do not think it will work.”"
    got, _, _ = run(pipes, text)
    assert got["I do not think it will work."].speaker == "Tom Reyes"


def test_according_to(pipes):
    text = "The bridge will close in May, according to Anna Weiss, who called it “long overdue”."
    got, _, _ = run(pipes, text)
    assert got["long overdue"].speaker == "Anna Weiss"


def test_split_quote_and_continuation(pipes):
    text = "“We tried,” said coach Dan Miller, “but we lost.” “Next year will be different.”"
    got, _, _ = run(pipes, text)
    assert got["We tried,"].speaker == "Dan Miller"
    assert got["but we lost."].speaker == "Dan Miller"
    assert got["Next year will be different."].speaker == "Dan Miller"


def test_description_resolved_to_the_titled_person(pipes):
    text = (
        "Harbour chief executive Carla Mendes opened the new terminal on Monday.\n"
        "The harbour chief said the terminal was “ready for the busiest season”."
    )
    got, _, _ = run(pipes, text)
    assert got["ready for the busiest season"].speaker == "Carla Mendes"


def test_scare_quotes_without_a_speaker_stay_unattributed(pipes):
    text = "The so-called “green belt” around the city has grown by a tenth since 2010."
    got, _, _ = run(pipes, text)
    assert got["green belt"].speaker is None


def test_headline_repeating_a_quote_takes_its_speaker(pipes):
    text = "Talks ‘Moving Forward,’ Envoy Says\nThe talks are “moving forward,” envoy Ivan Petrov told reporters."
    got, _, _ = run(pipes, text)
    assert got["Moving Forward,"].speaker == "Ivan Petrov"


def test_only_sentences_with_quotes_are_parsed(pipes):
    text = (
        "The city council met on Monday. It discussed the budget at length.\n"
        "“We need more buses,” councillor Ruth Adler said.\n"
        "The meeting ended at noon."
    )
    got, wanted, sents = run(pipes, text)
    assert got["We need more buses,"].speaker == "Ruth Adler"
    assert len(wanted) < len(sents)


def test_subordinate_clause_with_a_thing_as_subject(pipes):
    text = (
        "Prime minister Anna Berg met the unions on Monday.\n"
        "The Swedish leader said talks would resume if the letter from the employers suggested "
        "room for a “fair and lasting settlement.”"
    )
    got, _, _ = run(pipes, text)
    a = got["fair and lasting settlement."]
    assert a.speaker and "letter" not in a.speaker


def test_nationality_adjective_is_not_the_speaker(pipes):
    text = "Senior Danish officials described the meeting as “useful” on Tuesday."
    got, _, _ = run(pipes, text)
    assert got["useful"].speaker != "Danish"


def test_speaker_is_the_subject_of_the_speech_verb_not_of_the_reported_clause(pipes):
    text = (
        "A senior EU official, Marco Rossi, briefed reporters on Tuesday.\n"
        "The official said Denmark maintains its fishing quotas and will continue to “defend every boat.”"
    )
    got, _, _ = run(pipes, text)
    assert got["defend every boat."].speaker == "Marco Rossi"


def test_headline_name_says_and_name_colon(pipes):
    text = "Rossi Says Fishing Deal ‘Within Reach’\nThe deal is “within reach,” Marco Rossi said on Friday."
    got, _, _ = run(pipes, text)
    assert got["Within Reach"].speaker == "Marco Rossi"
    text = "Rossi: Fishing Deal Is ‘Within Reach’\nEU negotiator Marco Rossi spoke to fishermen in Esbjerg on Friday."
    got, _, _ = run(pipes, text)
    assert got["Within Reach"].speaker == "Marco Rossi"


def test_speech_verb_in_the_next_paragraph_does_not_attribute(pipes):
    text = (
        "“We will fix the roads,” Mayor Ana Ruiz said. “Every single one of them.”\n"
        "Members of the council met later, and Tom Ford said little about the plan."
    )
    got, _, _ = run(pipes, text)
    assert got["Every single one of them."].speaker == "Ana Ruiz"


def test_paragraph_that_is_only_a_quote_goes_on_with_the_same_speaker(pipes):
    text = "“We will fix the roads,” Mayor Ana Ruiz said.\n\n“And we will start this month.”"
    got, _, _ = run(pipes, text)
    a = got["And we will start this month."]
    assert a.speaker == "Ana Ruiz"
    assert a.kind == "full"


def test_quote_after_a_sentence_of_reported_speech(pipes):
    text = "The budget is far too small, Mayor Ana Ruiz said on Monday. “We cannot fix a single road with it.”"
    got, _, _ = run(pipes, text)
    assert got["We cannot fix a single road with it."].speaker == "Ana Ruiz"


def test_according_to_at_the_start(pipes):
    text = "According to Paul Kent, a structural engineer, the bridge is “unsafe for heavy trucks.”"
    got, _, _ = run(pipes, text)
    assert got["unsafe for heavy trucks."].speaker == "Paul Kent"


def test_verbs_of_judging_attribute_a_fragment(pipes):
    text = "Mayor Ana Ruiz condemned the “reckless and cruel” cuts on Monday."
    got, _, _ = run(pipes, text)
    assert got["reckless and cruel"].speaker == "Ana Ruiz"


def test_pronoun_prefers_the_subject_over_a_possessive(pipes):
    text = "Senator Maria Lopez later attacked John Smith’s budget, which she called “a fantasy.”"
    got, _, _ = run(pipes, text)
    assert got["a fantasy."].speaker == "Maria Lopez"


def test_someone_new_is_not_the_person_named_before(pipes):
    text = (
        "“Roads matter,” Mayor Ana Ruiz said on Monday.\n"
        "Later, one council source said the vote was “a foregone conclusion.”"
    )
    got, _, _ = run(pipes, text)
    assert got["a foregone conclusion."].speaker != "Ana Ruiz"


def test_time_line_of_a_live_blog_is_not_the_subject(pipes):
    text = "Talks went on late.\n\n11:10 a.m.\n\nMaria Lopez says the budget is “a disgrace.”"
    got, _, _ = run(pipes, text)
    a = got["a disgrace."]
    assert a.speaker == "Maria Lopez"
    assert "\n" not in a.cue


# ----------------------------------------------------------------------------- one rule at a time
# Each rule of attribution_rules.py on a sentence of its own, called directly: it answers on its
# case, and leaves to the others what is not its case. The order in which they are tried is
# attribution.RULES, then attribution.PASSES; attribution_rules.SUBJECT_RULES for a verb's subject.


def context(pipes, text, ents=None):
    """The article as the rules read it; ents=[]: a recogniser that found no names."""
    fast, parse = pipes
    doc = fast(text)
    sents = [(s.start_char, s.end_char) for s in doc.sents]
    if ents is None:
        ents = [Entity(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents]
    quotes = find_quotes(text)
    wanted = sentences_to_parse(text, sents, quotes)
    parsed = {i: d for i, d in zip(wanted, parse.pipe([text[slice(*sents[i])] for i in wanted]))}
    return attribution_context(text, sents, ents, parsed, quotes)


def quote(ctx, words):
    return next(q for q in ctx.quotes if ctx.text[q.start : q.end] == words)


def token(ctx, word):
    """(the parsed token of word, the offset of its sentence)."""
    for k, doc in ctx.parsed.items():
        for t in doc:
            if t.text == word:
                return t, ctx.sents[k][0]
    raise AssertionError(f"{word!r} is in no parsed sentence")


def test_rule_transcript_label(pipes):
    ctx = context(pipes, "“PENCE: Well, we will cut taxes,” Kaine said.")
    q = quote(ctx, "PENCE: Well, we will cut taxes,")
    f = R.transcript_label(ctx, q)
    assert (f.speaker, f.cue) == ("Pence", "PENCE:")
    assert S.speech_verb(ctx, q).speaker == "Kaine"
    # the label is tried first: it wins over the speech verb after the quote
    assert RULES.index(R.transcript_label) < RULES.index(S.speech_verb)
    got, _, _ = run(pipes, ctx.text)
    assert got["PENCE: Well, we will cut taxes,"].speaker == "Pence"


def test_rule_signature(pipes):
    ctx = context(pipes, "“Be the change you wish to see.” ― Jane Doe")
    f = R.signature(ctx, quote(ctx, "Be the change you wish to see."))
    assert (f.speaker, f.cue) == ("Jane Doe", "― Jane Doe")
    ctx = context(pipes, ctx.text, ents=[])  # no name recognised: its capitalised words
    f = R.signature(ctx, quote(ctx, "Be the change you wish to see."))
    assert (f.speaker, f.start, f.end) == ("Jane Doe", ctx.text.index("Jane"), len(ctx.text))
    ctx = context(pipes, "“Be the change you wish to see,” Jane Doe said.")
    assert R.signature(ctx, quote(ctx, "Be the change you wish to see,")) is None


def test_rule_headline_colon(pipes):
    ctx = context(
        pipes, "Marco Rossi: Fishing Deal Is ‘Within Reach’\nThe EU negotiator spoke to fishermen in Esbjerg on Friday."
    )
    q = quote(ctx, "Within Reach")
    f = R.headline_colon(ctx, q)
    assert (f.speaker, f.cue) == ("Marco Rossi", "Marco Rossi:")
    assert S.speech_verb(ctx, q) is None
    # a name the recogniser missed in the headline but labelled in the article
    ctx = context(
        pipes,
        "Rossi: Fishing Deal Is ‘Within Reach’\nEU negotiator Marco Rossi spoke to fishermen in Esbjerg on Friday.",
    )
    assert R.headline_colon(ctx, quote(ctx, "Within Reach")).speaker == "Marco Rossi"


def test_rule_speech_verb_with_its_subject(pipes):
    ctx = context(
        pipes,
        "Finance minister Maria Lopez visited the port.\n“We are not going to raise taxes,” Lopez said on Tuesday.",
    )
    f = S.speech_verb(ctx, quote(ctx, "We are not going to raise taxes,"))
    assert (f.speaker, f.cue, f.how) == ("Maria Lopez", "Lopez said", "name")


def test_rule_speech_verb_according_to(pipes):
    ctx = context(pipes, "The bridge will close in May, according to Anna Weiss, who called it “long overdue”.")
    assert S.speech_verb(ctx, quote(ctx, "long overdue")).speaker == "Anna Weiss"


def test_rule_speech_verb_ranks_a_governing_verb_before_according_to(pipes):
    # "according to aides" would make "aides" the speaker; "said" governs the quote and ranks first
    ctx = context(pipes, "According to aides, Maria Lopez said the plan was “dead on arrival.”")
    assert S.speech_verb(ctx, quote(ctx, "dead on arrival.")).speaker == "Maria Lopez"


def test_rule_name_colon(pipes):
    ctx = context(pipes, "Budget row. Maria Lopez: ‘We will not raise taxes’")
    q = quote(ctx, "We will not raise taxes")
    assert R.headline_colon(ctx, q) is None and S.speech_verb(ctx, q) is None
    f = R.name_colon(ctx, q)
    assert (f.speaker, f.cue) == ("Maria Lopez", ":")


def test_subject_rule_pronoun_antecedent(pipes):
    ctx = context(
        pipes, "Governor Helen Park met the farmers on Friday.\nShe said the drought was “the worst in living memory”."
    )
    she, base = token(ctx, "She")
    f = S.pronoun_antecedent(ctx, she, base)
    assert (f.speaker, f.how) == ("Helen Park", "pronoun")
    ctx = context(
        pipes, "Senator Maria Lopez met the farmers on Friday.\nWe said the drought was “a disaster for everyone”."
    )
    assert [e.text for e in ctx.names.ents if e.label == "PERSON"] == ["Maria Lopez"]
    we, base = token(ctx, "We")
    assert S.pronoun_antecedent(ctx, we, base) is None  # "I" and "we" name nobody here


def test_subject_rule_entity(pipes):
    ctx = context(pipes, "“We need more buses,” councillor Ruth Adler said.")
    adler, base = token(ctx, "Adler")
    assert S.subject_entity(ctx, quote(ctx, "We need more buses,"), adler, base).speaker == "Ruth Adler"


def test_subject_rule_appositive_name(pipes):
    ctx = context(pipes, "The minister’s adviser, John Smith, said the deal was “a good one.”")
    adviser, base = token(ctx, "adviser")
    q = quote(ctx, "a good one.")
    assert S.subject_entity(ctx, q, adviser, base) is None
    assert S.appositive_name(ctx, q, adviser, base).speaker == "John Smith"


def test_subject_rule_missed_proper_name(pipes):
    text = "“We will not pay,” Lopez said. “Never,” the Kremlin said."
    ctx = context(pipes, text, ents=[])  # the recogniser missed both
    lopez, base = token(ctx, "Lopez")
    f = S.missed_proper_name(ctx, quote(ctx, "We will not pay,"), lopez, base)
    assert (f.speaker, f.label) == ("Lopez", "PERSON")
    kremlin, base = token(ctx, "Kremlin")
    assert S.missed_proper_name(ctx, quote(ctx, "Never,"), kremlin, base).label == "ORG"  # "the Kremlin"


def test_subject_rule_description(pipes):
    ctx = context(pipes, "The harbour chief said the terminal was “ready for the busiest season”.")
    chief, base = token(ctx, "chief")
    f = S.description(ctx, quote(ctx, "ready for the busiest season"), chief, base)
    assert (f.speaker, f.how) == ("The harbour chief", "description")
    assert S.SUBJECT_RULES[-1] is S.description  # the last resort


def test_pass_previous_speaker_and_what_goes_on(pipes):
    ctx = context(
        pipes,
        "“We tried,” said coach Dan Miller. “Next year will be different.”\n"
        "“We will be back.”\n"
        "The club was sold in May. “It was time,” a fan said.",
    )
    first, _, _, last = (S.speech_verb(ctx, q) for q in ctx.quotes)
    found = [first, None, None, last]  # (the speech verb rule takes the sentence before for the second)
    assert P.next_sentence_of_run(ctx, 1) and not P.quote_paragraph_after_quote(ctx, 1)
    assert P.quote_paragraph_after_quote(ctx, 2) and not P.next_sentence_of_run(ctx, 2)
    out = P.previous_speaker(ctx, found)
    assert [f.speaker for f in out] == ["Dan Miller", "Dan Miller", "Dan Miller", "a fan"]
    assert found[1] is None  # a new list: the pass's input is not changed


def test_pass_earlier_paragraphs(pipes):
    ctx = context(pipes, "“We will fight on the beaches.\n“We shall never surrender,” Winston Churchill said.")
    assert P.continues_quotation(ctx, 1)
    found = [S.speech_verb(ctx, q) for q in ctx.quotes]
    assert found[0] is None
    assert P.previous_speaker(ctx, found)[0] is None  # it goes forward only
    assert P.earlier_paragraphs(ctx, found)[0].speaker == "Winston Churchill"


def test_pass_same_words_elsewhere(pipes):
    ctx = context(
        pipes, "Talks ‘Moving Forward,’ Envoy Says\nThe talks are “moving forward,” envoy Ivan Petrov told reporters."
    )
    found = [S.speech_verb(ctx, q) for q in ctx.quotes]
    assert found[1].speaker == "Ivan Petrov" and (found[0] is None or found[0].speaker != "Ivan Petrov")
    assert P.same_words_elsewhere(ctx, found)[0].speaker == "Ivan Petrov"


def test_pass_resolve_descriptions(pipes):
    ctx = context(
        pipes,
        "Harbour chief executive Carla Mendes opened the new terminal on Monday.\n"
        "The harbour chief said the terminal was “ready for the busiest season”.\n"
        "A senior official said the harbour was “too small”.",
    )
    found = [S.speech_verb(ctx, q) for q in ctx.quotes]
    assert [f.how for f in found] == ["description", "description"]
    out = resolve_descriptions(ctx, found)
    assert (out[0].speaker, out[0].how) == ("Carla Mendes", "name")
    assert (out[1].speaker, out[1].how) == ("senior official", "description")  # someone new


def test_run_on_paragraph_of_a_quotation_keeps_its_speaker(pipes):
    text = (
        "Richard Dunne is ready to stay at the club.\n"
        'Early talks have taken place and Dunne said: "Hopefully something will be sorted out soon. '
        '"I definitely want to stay because I have improved here." Newcastle boss Graeme Souness is said to be keen.'
    )
    got, _, _ = run(pipes, text)
    assert got["I definitely want to stay because I have improved here."].speaker == "Richard Dunne"


def test_rule_subject_of_sentence_before(pipes):
    text = (
        "Wales beat France on Saturday.\n"
        "Double try scorer Martyn Williams was keen not to talk about a Grand Slam. "
        "\u201cWe have got more self-belief these days.\u201d"
    )
    got, _, _ = run(pipes, text)
    assert got["We have got more self-belief these days."].speaker == "Martyn Williams"
    # another paragraph, or a sentence with a quotation of its own, says nothing of the quote
    text = "Martyn Williams was keen not to talk about it.\n\u201cWe have got more self-belief.\u201d"
    got, _, _ = run(pipes, text)
    assert got["We have got more self-belief."].speaker is None
