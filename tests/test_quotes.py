"""Quotation spans: marks of every kind, apostrophes, nesting and quotes over several paragraphs."""

from dossier.index.nlp.quotes import find_quotes


def spans(text):
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_curly_and_straight_double_marks():
    text = 'The mayor said the plan was “a good start”. "We will see," a rival replied.'
    assert spans(text) == ["a good start", "We will see,"]


def test_apostrophes_are_not_quotation_marks():
    text = "Berlin’s envoy said the talks don’t matter and the players’ union agreed."
    assert spans(text) == []


def test_single_marks_in_a_headline():
    text = "Port Talks ‘Going Nowhere,’ Union Chief Says\nThe union’s chief was blunt."
    assert spans(text) == ["Going Nowhere,"]


def test_straight_single_marks_and_elisions():
    text = "She called it 'a farce' in the '90s and said 'em all were wrong."
    assert spans(text) == ["a farce"]


def test_nested_quotes_belong_to_the_outer_quote():
    text = "“He told me ‘never again’ and left,” she said."
    assert spans(text) == ["He told me ‘never again’ and left,"]


def test_quote_over_several_paragraphs():
    text = "“The first part goes on,\n\n“and the second part ends here,” the minister said.\nNothing “else” here."
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == ["The first part goes on,", "and the second part ends here,", "else"]
    assert not qs[0].closed and not qs[0].continued
    assert qs[1].continued and qs[1].closed
    assert not qs[2].continued


def test_unclosed_single_mark_is_an_apostrophe():
    text = "The ‘old guard is gone, and “fresh faces” are in."
    assert spans(text) == ["fresh faces"]


def test_doubled_straight_single_marks_are_a_double_mark():
    text = "''It is not reform,'' said an economist."
    assert spans(text) == ["It is not reform,"]


def test_markup_attribute_values_are_not_quotes():
    text = 'She said so.\n<embed pic="pic.twitter.com/xyz" author="jsmith" id="12345">The post.</embed>'
    assert spans(text) == []


def test_stage_directions_in_brackets_are_not_quotes():
    text = 'REED: We will win this.\n"(APPLAUSE.)"\nREED: Thank you.'
    assert spans(text) == []


def test_nickname_inside_a_name_is_not_a_quote():
    text = 'Senator Thomas "Tommy" Reed arrived late.'
    assert spans(text) == []


def test_titles_of_shows_and_films_are_not_quotes():
    text = (
        "Reed told the network’s “Evening Report” that the plan was “dead on arrival.” "
        "The documentary “Red Harvest” opens on Friday."
    )
    assert spans(text) == ["dead on arrival."]


def test_title_case_in_a_headline_is_kept():
    text = "Reed Says Budget Plan ‘Dead On Arrival’\nThe senator spoke on the radio show “Morning Talk.”"
    assert spans(text) == ["Dead On Arrival"]


def test_paragraphs_run_together_on_one_line_are_parts_of_one_quotation():
    # A corpus that lost its paragraph breaks: the next paragraph's opening mark follows a
    # sentence's end inside the open quotation.
    text = (
        'The defender said: "Hopefully it will be sorted out soon. "I want to stay here." '
        'The boss called it "unlikely". He added: "It is nice. "I enjoy it."'
    )
    qs = find_quotes(text)
    assert [text[q.start : q.end] for q in qs] == [
        "Hopefully it will be sorted out soon.",
        "I want to stay here.",
        "unlikely",
        "It is nice.",
        "I enjoy it.",
    ]
    assert [(q.closed, q.continued) for q in qs] == [
        (False, False),
        (True, True),
        (True, False),
        (False, False),
        (True, True),
    ]
