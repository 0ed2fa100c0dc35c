"""Speakers given by a description, with the real spaCy model: "said the American", "the
defender said", "the FA statement" (attribution_rules.resolve_descriptions, person_in_focus)."""

from test_attribution import run


def test_a_nationality_describing_one_person_is_the_subject_of_the_sentence_before(pipes):
    text = (
        "Carlos Moya beat Andy Roddick in Seville on Sunday.\n"
        "Roddick was left frustrated after losing both his singles on clay. "
        '"It is just tough because I felt like I was in it the whole time," said the American.'
    )
    got, _, _ = run(pipes, text)
    assert got["It is just tough because I felt like I was in it the whole time,"].speaker == "Andy Roddick"


def test_a_role_describing_one_person_is_the_person_the_article_opens_with(pipes):
    text = (
        "Gordon Brown is to freeze petrol duty and fund a package for councils.\n"
        "In an upbeat report, he slightly increased borrowing. "
        'The chancellor also hailed the longest period of growth in "industrial history".'
    )
    got, _, _ = run(pipes, text)
    assert got["industrial history"].speaker == "Gordon Brown"


def test_a_specific_description_is_not_the_person_the_article_opens_with(pipes):
    text = (
        "Gordon Brown is to freeze petrol duty and fund a package for councils.\n"
        "In an upbeat report, he slightly increased borrowing. "
        'The shadow chancellor called it "a plan for debt".'
    )
    got, _, _ = run(pipes, text)
    assert got["a plan for debt"].speaker != "Gordon Brown"


def test_a_thing_said_to_speak_is_the_organisation_named_in_it(pipes):
    text = 'The match ended in a fight.\nA World Bank statement said: "The referee saw the incident."'
    got, _, _ = run(pipes, text)
    assert got["The referee saw the incident."].speaker == "World Bank"


def test_a_thing_said_to_speak_without_a_name_stays_a_description(pipes):
    text = 'The talks went on all night.\nA statement said the plans were "aggressive".'
    got, _, _ = run(pipes, text)
    a = got["aggressive"]
    assert a.speaker == "statement" and a.speaker_label is None


def test_a_description_is_kept_as_words_and_is_no_actor():
    from dossier.index.entities.actors import resolve_actors
    from dossier.index.records import Mention, Quote

    text = 'A National Football League spokesman said they were "comfortable". Mr Lind agreed.'
    s = text.index("National Football League")
    ms = [Mention("a", s, s + 24, "National Football League", "ORG")]
    q = Quote(
        "a#q1",
        "a",
        "comfortable",
        text.index("comfortable"),
        text.index("comfortable") + 11,
        speaker="National Football League spokesman",
        speaker_start=s,
        speaker_end=s + 34,
    )
    (got,) = resolve_actors({"a": ms}, {"a": [q]}).quotes["a"]
    assert got.speaker == "National Football League spokesman" and got.speaker_id is None


def test_a_name_after_a_relative_clause_of_the_subject_is_not_its_apposition(pipes):
    text = (
        "Hollywood star Liam Neeson held a dinner in New York.\n"
        "Mr Neeson said that the idea was to raise money. "
        "The Oscar-nominated actor, whose films include Schindler's List, Michael Collins and "
        'Star Wars: The Phantom Menace, said: "The Lyric is too important to lose."'
    )
    got, _, _ = run(pipes, text)
    assert got["The Lyric is too important to lose."].speaker == "Liam Neeson"


def test_you_what_and_someone_are_nobody(pipes):
    text = (
        "Anna Berg met the unions on Monday.\n"
        "You could say the deal was “a fair one”. "
        "What she said was “not enough”. "
        "Someone in the room shouted “shame”."
    )
    got, _, _ = run(pipes, text)
    assert got["a fair one"].speaker is None
    assert got["shame"].speaker is None


def test_a_nationality_is_the_person_in_apposition_to_the_subject_before_not_the_lead(pipes):
    text = (
        "Home favourite Lleyton Hewitt beat Argentine David Nalbandian in five sets.\n"
        "Ninth seed Nalbandian had never come back from two sets down to win a match.\n\n"
        "The Argentine had stoked up the temperature by saying the celebrations were "
        '"not very good for the sport".'
    )
    got, _, _ = run(pipes, text)
    assert got["not very good for the sport"].speaker == "David Nalbandian"


def test_the_company_is_the_organisation_the_article_opens_with(pipes):
    text = (
        "Microsoft has agreed to give the investor access to its books.\n"
        'In a statement, the company said it would allow "limited due diligence".'
    )
    got, _, _ = run(pipes, text)
    assert got["limited due diligence"].speaker == "Microsoft"
    text = (
        "Shares fell sharply on Monday after Microsoft reported a loss.\n"
        'In a statement, the company said it would allow "limited due diligence".'
    )
    got, _, _ = run(pipes, text)
    assert got["limited due diligence"].speaker != "Microsoft"  # not the organisation the article opens with


def test_a_title_with_the_is_a_description_resolved_to_the_titled_person(pipes):
    text = (
        "The service will be led by the Archbishop of Canterbury, Dr Rowan Williams.\n"
        'The Archbishop of Canterbury said: "I am pleased that they have decided to take this step."'
    )
    got, _, _ = run(pipes, text)
    assert got["I am pleased that they have decided to take this step."].speaker == "Rowan Williams"


def test_a_specific_title_is_not_anyone_with_the_same_title(pipes):
    text = (
        "Labour MP Oona King will face a challenge in Bethnal Green.\n"
        "Mr Galloway said he would contest the seat for Respect. "
        'The Glasgow Kelvin MP, who was expelled from Labour, accused Ms King of being a "stooge".'
    )
    got, _, _ = run(pipes, text)
    assert got["stooge"].speaker != "Oona King"


def test_a_passive_speech_verb_without_its_agent_names_nobody(pipes):
    text = (
        "The Streets topped the poll of Q magazine.\n"
        'Keane\'s Hopes and Fears, was described as a "revelatory debut" by the critics of the year.\n'
        'Keane\'s second album was described as a "mature record".'
    )
    got, _, _ = run(pipes, text)
    assert got["mature record"].speaker is None


def test_he_after_a_described_speaker_is_nobody_named(pipes):
    text = (
        "Merriam-Webster said blog was the word of the year.\n"
        "A spokesman for the Oxford University Press said that the word was now in other dictionaries. "
        '"I think it was the word of last year," he said.'
    )
    got, _, _ = run(pipes, text)
    assert got["I think it was the word of last year,"].speaker is None


def test_the_statement_is_whose_statement_the_article_quoted_before(pipes):
    text = (
        "Shares rose on Monday.\n"
        '"Any board has a duty to consider an offer," Microsoft said in its statement. '
        'It gave no date. "The board believes the plan is aggressive," the statement said.'
    )
    got, _, _ = run(pipes, text)
    assert got["The board believes the plan is aggressive,"].speaker == "Microsoft"


def test_a_description_opening_a_sentence_is_written_as_common_words():
    from dossier.index.nlp.attribution_descriptions import _common_case

    assert _common_case("Officials at the agency") == "officials at the agency"
    assert _common_case("Senior Russian officials") == "senior Russian officials"
    assert _common_case("Kremlin spokesman") == "Kremlin spokesman"
