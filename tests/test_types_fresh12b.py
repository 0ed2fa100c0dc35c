"""Products and types (issue 10, session 12, helper typ12b): real BBC articles in real indexes, with
the real spaCy model. Products (a console, a program, a gadget, a chip) are no actors in the gold,
though NER names them people, places and firms; the firms that make them, and the people and
places named in the same shapes, stay."""

import pytest

from dossier.index.read import Reader
from helpers import bbc_index, bbc_index_of_first

PRODUCT_PHRASES = (
    "The Mac Mini was launched",
    "Microsoft's Xbox had been winning",
    "long-awaited Firefox 1.0",
    "Microsoft's Windows operating system",
    "the Cell processor",
)
KEPT_PHRASES = ("Secretary of State Condoleezza Rice", "Sadler's Wells")


def _actors(tmp_path_factory, name: str, phrases) -> dict[str, str]:
    index, _ = bbc_index_of_first(tmp_path_factory, name, phrases)
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


@pytest.fixture(scope="module")
def products_index(tmp_path_factory):
    return _actors(tmp_path_factory, "products", PRODUCT_PHRASES)


@pytest.fixture(scope="module")
def kept_index(tmp_path_factory):
    return _actors(tmp_path_factory, "kept", KEPT_PHRASES)


def test_a_product_named_with_its_maker_a_version_or_an_article_is_no_actor(products_index):
    # "the Mac Mini", "his Mac Mini" (NER: a person); "Microsoft's Xbox", "the Xbox 2 console" (a
    # firm); "Firefox 1.0", "the Firefox browser" (a person); "computers running Windows", "Microsoft's
    # Windows operating system" (a place); "the Cell processor" (a firm)
    for product in ("Mac Mini", "Xbox", "Firefox", "Windows", "Cell"):
        assert product not in products_index


@pytest.fixture(scope="module")
def tech_index(tmp_path_factory):
    """All 401 tech articles of the BBC corpus: where the products are, and the firms that make them."""
    index = bbc_index(tmp_path_factory, "tech", lambda row: row["id"].startswith("bbc-tech-"))
    with Reader(index) as reader:
        return {a.name: a.type for a in reader.actors()}


def test_on_all_tech_articles_products_go_and_firms_and_people_stay(tech_index):
    # Windows (a place of 57 mentions before), Xbox, Mac Mini (a person), Firefox, Cell; and a
    # product's name with more words is a product's: "Windows XP" (a place of 13), "Xbox 2", its
    # maker's name before it ("Microsoft Xbox") and its plural ("Xboxes", a person before)
    products = ("Windows", "Xbox", "Mac Mini", "Firefox", "Cell", "Windows XP", "Xbox 2", "Microsoft Xbox", "Xboxes")
    for product in products:
        assert product not in tech_index
    for firm in ("Microsoft", "Apple", "Sony", "Nintendo", "IBM", "Intel", "Nokia", "Google", "Yahoo"):
        assert tech_index.get(firm) == "org"
    assert tech_index.get("Bill Gates") == "person"


def test_the_makers_of_products_stay_firms(products_index):
    # "Apple's Mac Mini", "Microsoft's Xbox": the owner's name before the product is a firm's,
    # and the firms speak and have bosses
    for firm in ("Apple", "Microsoft", "Sony", "IBM"):
        assert products_index.get(firm) == "org"


def test_a_name_after_an_organisation_or_a_possessive_name_stays_an_actor(kept_index):
    # "US Secretary of State Condoleezza Rice": a person after an office's name, no product of
    # it; "Sadler's Wells": "Sadler's" is named nowhere else, part of the theatre's name, no firm
    assert kept_index.get("Condoleezza Rice") == "person"
    assert any("Wells" in name for name in kept_index)


GROUND_PHRASES = ("the knee injury sustained at Twickenham", "at Anfield", "at Murrayfield")


@pytest.fixture(scope="module")
def grounds_index(tmp_path_factory):
    return _actors(tmp_path_factory, "grounds", GROUND_PHRASES)


def test_a_national_sports_ground_is_a_place_whatever_the_recogniser_said(grounds_index):
    # bbc-sport-412 "the knee injury sustained at Twickenham": NER says an organisation and no
    # word around it says otherwise; the famous grounds are in the gazetteer (bench/gold: venues
    # are places), while the clubs that play there stay clubs
    for ground in ("Twickenham", "Anfield", "Murrayfield"):
        assert grounds_index.get(ground) == "place"
