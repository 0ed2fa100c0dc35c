import json, random, re, sys
sys.path.insert(0, '.')
from build_gold import HERE, load_corpus, quoted_spans
corpus = load_corpus()
done = set()
for f in HERE.glob('annotations*.txt'):
    done |= set(re.findall(r'^article (\S+)', f.read_text(), re.M))
held = {json.loads(l)['id'] for l in open(HERE/'bbc_heldout.jsonl')}
texts = {corpus[a]['text'] for a in done | held}
pool = sorted(a for a in corpus if a not in done and a not in held and corpus[a]['text'] not in texts)
print(len(done), len(held), len(pool))
taken = set()
for name, seed, need_quotes in [('places7', 1401, False), ('speakers7', 1402, True), ('orgs7', 1403, False), ('people7', 1404, False)]:
    cands = [a for a in pool if a not in taken and (not need_quotes or len(quoted_spans(corpus[a]['text'])) >= 2)]
    pick = random.Random(seed).sample(cands, 9)
    texts9 = set(); pick = [a for a in pick if not (corpus[a]["text"] in texts9 or texts9.add(corpus[a]["text"])) and corpus[a]["text"] not in {corpus[t]["text"] for t in taken}][:8]
    taken |= set(pick)
    print(name, seed, ' '.join(pick))
    for a in pick: print('  ', a, len(corpus[a]['text']), corpus[a]['title'])
