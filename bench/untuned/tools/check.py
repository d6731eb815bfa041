"""Validate an untuned set: JSON parses, every article has gold and vice versa,
every quote text occurs verbatim in its article, speakers name a gold person/org or an alternative,
and the first line of each article is its SOURCES.tsv title.

    python3 bench/untuned/tools/check.py [SET_FOLDER]     # default: the set this script is in
"""
import json, os, re, sys, csv
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
arts = {f[:-4] for f in os.listdir(os.path.join(root, 'articles')) if f.endswith('.txt')}
golds = {f[:-5] for f in os.listdir(os.path.join(root, 'gold')) if f.endswith('.json')}
bad = 0
if arts != golds:
    print('mismatch', arts ^ golds); bad += 1
src = {r['file']: r for r in csv.DictReader(open(os.path.join(root, 'SOURCES.tsv'), encoding='utf-8'), delimiter='\t')}
tot = dict(people=0, countries=0, organizations=0, quotes=0, agreements=0)
for s in sorted(golds):
    g = json.load(open(os.path.join(root, 'gold', s + '.json'), encoding='utf-8'))
    text = open(os.path.join(root, 'articles', s + '.txt'), encoding='utf-8').read()
    if g['article'] != s + '.txt': print(s, 'article field wrong'); bad += 1
    if s + '.txt' not in src or src[s + '.txt']['title'] != text.split('\n')[0]: print(s, 'title/SOURCES mismatch'); bad += 1
    if text.split('\n')[1] != '': print(s, 'no blank line after headline'); bad += 1
    names = set()
    for e in g['people'] + g['organizations']:
        names.add(e['name']); names.update(e['aliases'])
    for q in g['quotes']:
        if q['text'] not in text:
            print(s, 'QUOTE NOT VERBATIM:', q['text'][:80]); bad += 1
        if q['speaker'] and q['speaker'] not in names and not any(a in names for a in q.get('speaker_alternatives', [])):
            print(s, 'speaker not a gold entity (ok if a group):', q['speaker'])
    for k in tot: tot[k] += len(g[k])
    opt = {k: sum(1 for x in g[k] if x.get('optional')) for k in tot}
    print(f"{s:38s} words={len(text.split()):4d} " + ' '.join(f"{k[:4]}={len(g[k])}({opt[k]})" for k in tot))
print('TOTAL', tot, '(optional in brackets per article)')
print('OK' if not bad else f'{bad} problems'); sys.exit(1 if bad else 0)
