"""Speakers left unattributed where the article names them (issue 10, session 18, helper spk18u,
read on US news), with the real spaCy model; a real BBC passage where BBC has the construction,
else a sentence written in the style.

- "“...?” Mr Weingarten pressed.": a person of the article, then one verb no list knows, closing
  the quotation's clause (attribution_trailing_name, the name first).
- "Dr. Jane Porter: Council Plan ‘Not Fit For Purpose’": a headline's name before its colon after a
  title or role in its capitals (attribution_rules.headline_colon); not "Minister On Blair:".
- "“The risk,” said X, an economist, “is that ...”": the rest of a quotation the
  reporter's words split (attribution_passes.split_around_its_cue).
- "“A,” said X, an economist. “B” to return to the high street.": the next sentence of the run,
  which the reporter's words finish without a clause of their own
  (attribution_passes.finished_by_the_reporter).
"""

from test_attribution_speakers import run

# bbc-business-087 (dev)
PRESSED = (
    "David Myers made the comments under questioning by defence lawyers who have been arguing that Mr Ebbers "
    "was not responsible for Worldcom's problems.\n\n"
    "On Monday, defence lawyer Reid Weingarten tried to distance his client from the allegations. During cross "
    'examination, he asked Mr Myers if he ever knew Mr Ebbers "make an accounting decision?". "Not that I am '
    'aware of," Mr Myers replied. "Did you ever know Mr Ebbers to make an accounting entry into Worldcom '
    'books?" Mr Weingarten pressed. "No," replied the witness.'
)


def test_a_name_then_a_verb_no_list_knows_closes_the_quotation(pipes):
    got, _, _ = run(pipes, PRESSED)
    a = got["Did you ever know Mr Ebbers to make an accounting entry into Worldcom books?"]
    assert a.speaker == "Reid Weingarten"
    assert a.cue == "Mr Weingarten pressed"


# written in the style of a US headline and its first paragraph
TITLED_HEADLINE = (
    "Dr. Jane Porter: Council Plan ‘Not Fit For Purpose’\n\n"
    "Former health board chair Dr. Jane Porter says the council's plan for the town's hospital is not fit for "
    "purpose, and that patients will pay for it.\n\n"
    "“We need a plan that puts patients first,” Porter told reporters on Tuesday."
)

OF_SOMEONE = (
    "Health Minister On Jane Porter: ‘She Has Not Read The Plan’\n\n"
    "The health minister says Jane Porter, a former health board chair, has not read the council's plan for the "
    "town's hospital."
)


def test_a_headline_name_after_a_title_speaks_the_headline(pipes):
    got, _, _ = run(pipes, TITLED_HEADLINE)
    assert got["Not Fit For Purpose"].speaker == "Jane Porter"


def test_a_headline_name_after_a_function_word_is_spoken_of(pipes):
    got, _, _ = run(pipes, OF_SOMEONE)
    assert got["She Has Not Read The Plan"].speaker != "Jane Porter"


# written in the style of bbc-tech-150's "“...,” said Karen Thomson, Chief Executive of AOL UK, “with ...”"
# (where the parser makes the name the subject of the quotation's own verb, "is")
SPLIT = (
    "Shop prices rose again last month.\n\n"
    '"The risk," said Edward Sutton, an economist, "is that we are going to be losing shoppers and closing shops."'
)


def test_the_rest_of_a_quotation_split_by_its_attribution_is_the_same_speakers(pipes):
    got, _, _ = run(pipes, SPLIT)
    assert got["The risk,"].speaker == "Edward Sutton"
    assert got["is that we are going to be losing shoppers and closing shops."].speaker == "Edward Sutton"


# written in the style of a US report: the quotation's sentence finished by the reporter
FINISHED = (
    'Shop prices rose again last month. "Shoppers are worried," said Edward Sutton, an economist at the Retail '
    'Institute. "They want to spend, but they are not ready yet" to return to the high street.'
)
# the reporter's own clause after it ("is what ... call it") or a name: no one's by this rule
OWN_CLAUSE = (
    'Shop prices rose again last month. "Shoppers are worried," said Edward Sutton, an economist at the Retail '
    'Institute. "A quiet revolution" is what the unions call it.'
)


def test_a_quotation_the_reporter_finishes_goes_on_from_the_one_before(pipes):
    got, _, _ = run(pipes, FINISHED)
    assert got["They want to spend, but they are not ready yet"].speaker == "Edward Sutton"
    got, _, _ = run(pipes, OWN_CLAUSE)
    assert got["A quiet revolution"].speaker != "Edward Sutton"
