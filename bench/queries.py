"""The fixed query list of the search benchmark (about 100, BBC News 2004-2005 topics).

Each entry: (kind, dossier query, ripgrep patterns). ripgrep gets the same words: one pattern per
word for word lists (any of them: ripgrep has no AND), the phrase for a phrase, the name for an
actor:/speaker: filter, the misspelt word as typed.
"""

from __future__ import annotations

SINGLE = """economy election film music football broadband oil airline shares profits tax budget
minister court police games album champion internet virus software chelsea arsenal olympic
rugby tennis oscar iraq china euro""".split()

MULTI = [
    "interest rates",
    "mobile phone",
    "prime minister",
    "general election",
    "world cup",
    "stock market",
    "video games",
    "box office",
    "high street",
    "chancellor budget",
    "housing market",
    "search engine",
    "oil prices",
    "jobs growth",
    "six nations",
    "record label",
    "digital music",
    "trade deficit",
    "labour party manifesto",
    "identity cards",
    "net profit",
    "film festival",
    "european commission",
    "hunting ban",
    "spam email",
]

PHRASES = [
    '"Tony Blair"',
    '"Gordon Brown"',
    '"Michael Howard"',
    '"interest rates"',
    '"mobile phones"',
    '"the BBC"',
    '"Manchester United"',
    '"George Bush"',
    '"Liberal Democrats"',
    '"Bank of England"',
    '"chief executive"',
    '"Australian Open"',
    '"Golden Globe"',
    '"Apple Mac"',
    '"file-sharing"',
    '"human rights"',
    '"the government said"',
    '"last year"',
    '"Sony PlayStation"',
    '"Federal Reserve"',
]

ACTORS = [
    "actor:blair",
    "actor:brown",
    "actor:howard",
    "actor:kennedy",
    "actor:microsoft",
    "actor:google",
    "actor:chelsea",
    "actor:arsenal",
    "actor:yukos",
    "actor:bush",
    "actor:blair election",
    "actor:mourinho",
]

SPEAKERS = [
    "speaker:blair",
    "speaker:brown",
    "speaker:howard",
    "speaker:kennedy",
    "speaker:mourinho",
    "speaker:wenger",
    "speaker:blunkett",
    "speaker:greenspan",
    "speaker:straw",
    "speaker:milburn",
]

MISSPELT = ["goverment", "elecshun", "footbal", "micrsoft", "econmy"]


def rg_patterns(query: str) -> list[str]:
    q = query
    if ":" in q.split()[0]:
        q = q.split(":", 1)[1]
    if q.startswith('"') and q.endswith('"'):
        return [q.strip('"')]
    return q.split()


def queries() -> list[tuple[str, str, list[str]]]:
    out = []
    for kind, items in (
        ("word", SINGLE),
        ("words", MULTI),
        ("phrase", PHRASES),
        ("actor", ACTORS),
        ("speaker", SPEAKERS),
        ("misspelt", MISSPELT),
    ):
        out.extend((kind, q, rg_patterns(q)) for q in items)
    return out


if __name__ == "__main__":
    qs = queries()
    print(len(qs), "queries")
    for k, q, p in qs:
        print(f"{k:9} {q:35} rg: {p}")
