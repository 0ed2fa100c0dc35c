"""Issue 11, item 5, on the command line: `search --sort date|score --source NAME...` and
`timeline ACTOR`, against the read API and the articles' front matter."""

from __future__ import annotations

import csv
import io
import json

from dossier.index.read import Reader
from sortfacet_fixtures import ARTICLES, dated_index, front_matter  # noqa: F401
from test_cli import dossier


def test_search_sorted_by_date_keeps_the_json_shape(dated_index):
    out = dossier("search", "peace", "--sort", "date", "--json", index=dated_index)
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) == {"query", "total", "hits"}
    for hit in doc["hits"]:
        assert set(hit) == {
            "id",
            "title",
            "source",
            "date",
            "path",
            "score",
            "snippet",
            "snippet_plain",
            "snippet_matches",
        }
    dates = [h["date"] for h in doc["hits"]]
    assert dates[-1] is None and dates[:-1] == sorted(dates[:-1], reverse=True)
    with Reader(dated_index) as r:
        assert [h["id"] for h in doc["hits"]] == [h.id for h in r.search("peace", sort="date").hits]
    scored = json.loads(dossier("search", "peace", "--json", index=dated_index).stdout)
    assert [h["id"] for h in scored["hits"]] != [h["id"] for h in doc["hits"]]
    same = json.loads(dossier("search", "peace", "--sort", "score", "--json", index=dated_index).stdout)
    assert same == scored


def test_search_narrowed_to_repeated_sources(dated_index):
    out = dossier(
        "search", "*", "--source", "DAILY example", "--source", "The Northern Post", "--csv", index=dated_index
    )
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    want = [a for a in ARTICLES if front_matter(a).get("source") in ("Daily Example", "The Northern Post")]
    assert sorted(r["id"] for r in rows) == want and len(want) == 3


def test_an_unknown_source_finds_nothing_and_says_so(dated_index):
    out = dossier("search", "peace", "--source", "Nowhere Times", "--json", index=dated_index)
    assert out.returncode == 0
    assert json.loads(out.stdout)["total"] == 0
    assert "no article has the source 'Nowhere Times'" in out.stderr


def test_a_bad_sort_is_a_usage_error(dated_index, tmp_path):
    out = dossier("search", "peace", "--sort", "newest", index=dated_index)
    assert out.returncode == 2 and "--sort" in out.stderr and "score" in out.stderr and not out.stdout
    batch = tmp_path / "q.txt"
    batch.write_text("peace\n", encoding="utf-8")
    out = dossier("search", "--from", str(batch), "--sort", "date", index=dated_index)
    assert out.returncode == 2 and "not --from" in out.stderr


def test_timeline_by_name_or_id(dated_index):
    with Reader(dated_index) as r:
        actor = next(a for a in r.actors() if a.name == "Yuri Ushakov")
        want = r.timeline(actor.id)
    by_id = dossier("timeline", actor.id, "--json", index=dated_index)
    assert by_id.returncode == 0, by_id.stderr
    doc = json.loads(by_id.stdout)
    assert doc == {**want.row(), "name": "Yuri Ushakov"}
    assert (
        doc["unit"] == "month"
        and sum(p["mentions"] for p in doc["periods"]) + doc["undated"]["mentions"] == actor.mentions
    )
    by_name = dossier("timeline", "yuri USHAKOV", "--json", index=dated_index)
    assert json.loads(by_name.stdout) == doc
    table = list(csv.DictReader(io.StringIO(dossier("timeline", actor.id, "--csv", index=dated_index).stdout)))
    assert [t["period"] for t in table] == [p["period"] for p in doc["periods"]] + ["undated"]
    text = dossier("timeline", actor.id, index=dated_index)
    assert text.returncode == 0 and "per month, 2025-09 to 2025-12" in text.stdout


def test_timeline_of_an_unknown_actor_is_a_usage_error(dated_index):
    out = dossier("timeline", "Ushakof", index=dated_index)
    assert out.returncode == 2 and "no actor 'Ushakof'" in out.stderr and "did you mean" in out.stderr
