"""A recorded stand-in for index.read.Reader, for the snapshot tests.

Snapshots pin what the explorer draws; they should not change when the analysis (spaCy's
entities, quote attribution, actor resolution) changes what a real index holds. So the snapshot
tests open this reader: the same interface and records as the real one, over three fixed
articles, with mentions and quotes found by plain rules. The pilot tests use the real Reader.
"""
from __future__ import annotations

import re
from pathlib import Path

from index.read import ArticleView, Hit, QueryError, SearchResult
from index.records import Actor, Article, Mention, Quote

ARTICLES = [
    Article(
        id="kremlin-talks",
        path="kremlin-talks.txt",
        title="Kremlin says Europe's role in talks is damaging peace prospects",
        source="Example Wire",
        date="2025-12-07",
        url="https://news.example/kremlin-talks",
        text=(
            "Kremlin says Europe's role in talks is damaging peace prospects\n"
            "The Kremlin said the involvement of Kyiv and other European capitals in US-led negotiations "
            "was damaging prospects for peace, but welcomed the possibility of talks between Vladimir Putin "
            "and Emmanuel Macron.\n"
            "“I am sure that the proposals that the Europeans and Ukrainians have made do not improve the "
            "document,” senior Kremlin aide Yuri Ushakov said on Sunday.\n"
            "READ MORE\n"
            "He said the Kremlin wanted “the Americans and everyone else to stick to the agreements reached”, "
            "referring to a summit in Alaska between Putin and Donald Trump.\n"
            "Dmitry Peskov, the Kremlin spokesman, said talks in Miami had been “constructive”.\n"
            "Ushakov added that a meeting with Zelenskiy was not being prepared.\n"
        ),
        junk=[],
    ),
    Article(
        id="miami-envoys",
        path="miami-envoys.txt",
        title="Envoys meet in Miami as Ushakov plays down a three-way summit",
        source="Daily Example",
        date="2025-12-08",
        url=None,
        text=(
            "Envoys meet in Miami as Ushakov plays down a three-way summit\n"
            "Russian investment chief Kirill Dmitriev arrived in Miami on Saturday for talks with US envoys.\n"
            "“At present, no one has seriously discussed this initiative,” Ushakov told reporters.\n"
            "Volodymyr Zelenskiy said he was not sure anything new could come of such a meeting.\n"
            "Subscribe to our newsletter for more news\n"
        ),
        junk=[],
    ),
    Article(
        id="sanctions",
        path="sanctions.txt",
        title="EU weighs new sanctions package",
        source="Example Wire",
        date="2025-12-09",
        url=None,
        text=(
            "EU weighs new sanctions package\n"
            "European Union ministers discussed a new sanctions package in Brussels on Monday.\n"
            "“Pressure must continue until there is a ceasefire,” Kaja Kallas said.\n"
        ),
        junk=[],
    ),
]
for _a in ARTICLES:  # the boilerplate lines are junk
    for _m in re.finditer(r"^(READ MORE|Subscribe to our newsletter.*)$", _a.text, re.M):
        _a.junk.append((_m.start(), _m.end()))

ACTORS = {
    "person:ushakov": ("Yuri Ushakov", "person", ["Yuri Ushakov", "Ushakov"]),
    "person:putin": ("Vladimir Putin", "person", ["Vladimir Putin", "Putin"]),
    "person:peskov": ("Dmitry Peskov", "person", ["Dmitry Peskov", "Peskov"]),
    "person:zelenskiy": ("Volodymyr Zelenskiy", "person", ["Volodymyr Zelenskiy", "Zelenskiy"]),
    "person:dmitriev": ("Kirill Dmitriev", "person", ["Kirill Dmitriev"]),
    "person:kallas": ("Kaja Kallas", "person", ["Kaja Kallas"]),
    "person:trump": ("Donald Trump", "person", ["Donald Trump"]),
    "person:macron": ("Emmanuel Macron", "person", ["Emmanuel Macron"]),
    "org:kremlin": ("Kremlin", "org", ["Kremlin"]),
    "org:eu": ("European Union", "org", ["European Union", "EU"]),
    "place:miami": ("Miami", "place", ["Miami"]),
    "place:kyiv": ("Kyiv", "place", ["Kyiv"]),
    "place:brussels": ("Brussels", "place", ["Brussels"]),
    "place:alaska": ("Alaska", "place", ["Alaska"]),
    "group:europeans": ("Europeans", "group", ["Europeans", "European"]),
}
LABELS = {"person": "PERSON", "org": "ORG", "place": "GPE", "group": "NORP"}
SPEAKERS = {"Ushakov": "person:ushakov", "Peskov": "person:peskov", "Kallas": "person:kallas",
            "He": "person:ushakov"}


def _mentions(article: Article) -> list[Mention]:
    found: list[Mention] = []
    taken: set[int] = set()
    aliases = sorted(((alias, aid) for aid, (_n, _t, al) in ACTORS.items() for alias in al), key=lambda x: -len(x[0]))
    for alias, aid in aliases:
        for m in re.finditer(r"\b" + re.escape(alias) + r"\b", article.text):
            if taken & set(range(m.start(), m.end())):
                continue
            taken |= set(range(m.start(), m.end()))
            found.append(Mention(article.id, m.start(), m.end(), alias, LABELS[ACTORS[aid][1]], aid))
    return sorted(found, key=lambda m: m.start)


def _quotes(article: Article) -> list[Quote]:
    out = []
    for n, m in enumerate(re.finditer(r"“([^”]+)”", article.text)):
        line_end = article.text.find("\n", m.end())
        line_start = article.text.rfind("\n", 0, m.start()) + 1
        context = article.text[line_start:line_end]
        speaker_id = next((aid for word, aid in SPEAKERS.items() if re.search(r"\b" + word + r"\b", context)), None)
        speaker = ACTORS[speaker_id][0] if speaker_id else None
        out.append(Quote(f"{article.id}:{n}", article.id, m.group(1), m.start(1), m.end(1), speaker, speaker_id,
                         None, "full" if len(m.group(1)) > 40 else "partial", None))
    return out


MENTIONS = {a.id: _mentions(a) for a in ARTICLES}
QUOTES = {a.id: _quotes(a) for a in ARTICLES}


def _actor(aid: str) -> Actor:
    name, kind, aliases = ACTORS[aid]
    mentions = [m for ms in MENTIONS.values() for m in ms if m.actor == aid]
    return Actor(aid, name, kind, aliases, len(mentions), sorted({m.article for m in mentions}))


class RecordedReader:
    """The read API over the fixed articles above (word search, no stemming beyond a prefix)."""

    def __init__(self, index_dir: Path | None = None) -> None:
        self.index_dir = index_dir
        self._actors = sorted((_actor(a) for a in ACTORS), key=lambda a: (-a.mentions, a.name))

    def _words(self, query: str) -> list[str]:
        if query.count('"') % 2:
            raise QueryError('unclosed quotation mark (")')
        for name in re.findall(r"(\w+):", query):
            if name not in ("actor", "speaker"):
                raise QueryError(f"unknown field '{name}:'")
        return [w.lower() for w in re.findall(r"\w+", re.sub(r"\w+:", "", query))]

    def match_ranges(self, article_id: str, query: str) -> list[tuple[int, int]]:
        article = next(a for a in ARTICLES if a.id == article_id)
        words = self._words(query)
        return [(m.start(), m.end()) for m in re.finditer(r"\w+", article.text)
                if any(m.group().lower().startswith(w) for w in words)]

    def search(self, query: str, limit: int | None = 20, actor_id: str | None = None) -> SearchResult:
        words = self._words(query)
        hits = []
        for a in ARTICLES:
            if actor_id and not any(m.actor == actor_id for m in MENTIONS[a.id]):
                continue
            ranges = self.match_ranges(a.id, query) if words else []
            if words and not ranges:
                continue
            body = a.text.split("\n", 1)[1]
            offset = len(a.text) - len(body)
            if ranges:
                start = max(ranges[0][0] - offset - 40, 0)
                end = min(start + 150, len(body))
                snippet, pos = [], start
                for s, e in ranges:
                    s, e = s - offset, e - offset
                    if s < start or e > end:
                        continue
                    snippet += [(body[pos:s].replace("\n", " "), False), (body[s:e], True)]
                    pos = e
                snippet.append((body[pos:end].replace("\n", " ") + "…", False))
            else:
                snippet = [(body[:150].replace("\n", " ") + "…", False)]
            hits.append(Hit(a.id, a.title or a.id, a.source, a.date, a.path, float(len(ranges) or 1), snippet))
        hits.sort(key=lambda h: -h.score)
        suggestion = "ushakov" if not hits and "ushak" in query.lower() else None
        return SearchResult(query, len(hits), hits[:limit] if limit else hits, suggestion)

    def actors(self, type: str | None = None, limit: int | None = None) -> list[Actor]:
        found = [a for a in self._actors if type is None or a.type == type]
        return found[:limit] if limit else found

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self._actors if a.id == actor_id), None)

    def quotes(self, query=None, speaker=None, actor_id=None, article=None, limit=None) -> list[Quote]:
        words = self._words(query) if query else []
        out = []
        for a in ARTICLES:
            for q in QUOTES[a.id]:
                if actor_id and q.speaker_id != actor_id:
                    continue
                if article and q.article != article:
                    continue
                if words and not any(w in (q.text + " " + (q.speaker or "")).lower() for w in words):
                    continue
                out.append(q)
        return out[:limit] if limit else out

    def article(self, article_id: str) -> ArticleView | None:
        article = next((a for a in ARTICLES if a.id == article_id), None)
        if article is None:
            return None
        return ArticleView(article, MENTIONS[article_id], QUOTES[article_id])

    def reopen(self) -> bool:
        return False

    def close(self) -> None:
        pass
