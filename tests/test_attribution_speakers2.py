"""Speakers on the sport and entertainment dev articles of issue 10 (bench/gold/annotations-types.txt),
with the real spaCy model; each text is a real BBC passage, cut short."""

from test_attribution_speakers import run


def test_he_is_the_subject_before_that_the_article_names_in_full_not_the_opponent(pipes):
    # bbc-sport-489: "Safin admitted ..." (no entity there) names Marat Safin; "he said" is not Pete
    # Sampras, the last person the recogniser labelled before it
    text = (
        "Newly-crowned Australian Open champion Marat Safin has ruled out any chance of winning "
        "Wimbledon in the future.\n\n"
        '"If (coach) Peter Lundgren will stick around with me and wants to work with me for a bit longer, '
        'I think I can make it." The 25-year-old shocked Pete Sampras in the 2000 US Open final to win his '
        "first major title but then lost in two Australian Open finals. Safin admitted he had begun to doubt "
        "whether he would win another Grand Slam. \"I didn't expect that (to win the 2000 US Open) - it was "
        "against Sampras, I wasn't the favourite so I had no pressure whatsoever,\" he said."
    )
    got, _, _ = run(pipes, text)
    quote = next(k for k in got if k.startswith("I didn't expect that"))
    assert got[quote].speaker == "Marat Safin"


def test_a_name_glued_over_a_title_and_a_dash_is_not_the_speakers_full_name(pipes):
    # bbc-entertainment-061: "winner of Best First Feature at Cannes - Nair" is one ORG to the
    # recogniser; Nair's full name is Mira Nair
    text = (
        "Indian film director Mira Nair has said she was thrilled to be given the chance to make William "
        "Makepeace Thackeray's novel Vanity Fair.\n\n"
        "Since her 1988 debut feature Salaam Bombay! - nominated for the Best Foreign Language Oscar and "
        "winner of Best First Feature at Cannes - Nair has become one of India's most famous and respected "
        "directors.\n\n"
        'Nair explained how camera tricks had been used to disguise Witherspoon\'s "bump" in various scenes. '
        '"She runs, she gets off coal carts, she jumps off horses - she does everything," Nair said.'
    )
    got, _, _ = run(pipes, text)
    quote = next(k for k in got if k.startswith("She runs"))
    assert got[quote].speaker == "Mira Nair"
    assert got["bump"].speaker == "Mira Nair"


def test_she_is_a_woman_the_recogniser_took_for_an_organisation_where_the_article_says_ms(pipes):
    # bbc-tech-295: "Carly Fiorina" is an ORG to the recogniser; "Ms Fiorina" later says she is a
    # woman, so "she told delegates" is hers
    text = (
        "The digital revolution is focused on letting people tell and share their own stories, according "
        "to Carly Fiorina, chief of technology giant Hewlett Packard.\n\n"
        "CES showcases 50,000 new gadgets that will be hitting the shelves in 2005. The tech-fest, the "
        'largest of its kind in the world, runs from 6 to 9 January. "The digital revolution is about the '
        'democratisation of technology and the experiences it makes possible," she told delegates.\n\n'
        "Ms Fiorina's talk also touted the way technology is being designed to focus on lifestyle, fashion "
        "and personalisation, something she sees as key to what people want. Ms Fiorina also announced that "
        "HP was working with Nokia to launch a visual radio service for mobiles, which would launch in Europe "
        "early this year."
    )
    got, _, _ = run(pipes, text)
    quote = next(k for k in got if k.startswith("The digital revolution is about"))
    assert got[quote].speaker == "Carly Fiorina"


def test_a_speech_verb_right_after_the_quote_then_a_name_is_that_names(pipes):
    # bbc-sport-106: "“...,” admitted Kiely." (the parser makes Kiely an adverb): Dean Kiely, and the
    # next sentence of his run too
    text = (
        '"But for (Charlton goalkeeper) Dean Kiely, who made three tremendous saves, we could have scored '
        'five or six."\n\n'
        '"To take the lead and then to get penned back, it feels a little bit like a defeat," admitted Kiely. '
        '"We were winning but Middlesbrough kept knocking on the door.'
    )
    got, _, _ = run(pipes, text)
    quote = next(k for k in got if k.startswith("To take the lead"))
    assert got[quote].speaker == "Dean Kiely"
    assert got[quote].cue == "admitted Kiely"
    assert got["We were winning but Middlesbrough kept knocking on the door."].speaker == "Dean Kiely"


def test_a_name_right_after_his_is_a_things_word_not_the_person_he_stands_for(pipes):
    # bbc-entertainment-131: "Kapranos and his Glasgow four-piece band": Glasgow (a PERSON to the
    # recogniser) is the band's word, so "He told" is Kapranos
    text = (
        "Franz Ferdinand frontman Alex Kapranos has called for more government help for musicians, while "
        "taking part in an Edinburgh Lectures discussion.\n\n"
        "Kapranos and his Glasgow four-piece band have been nominated for five prizes at next week's Brit "
        "Awards, including best group and best album. Their self-titled debut album won last year's Mercury "
        "Music Prize and spawned three top 20 singles. He told the 300-strong audience at the University's "
        "Reid Hall that musicians should listen to a wide range of music and should not be restricted by "
        "stereotypes. \"We say 'I like this'. Because I listen to Nirvana and Korn I am a troubled individual.\""
    )
    got, _, _ = run(pipes, text)
    quote = next(k for k in got if k.startswith("We say"))
    assert got[quote].speaker == "Alex Kapranos"
