import { readFileSync, readdirSync } from 'node:fs';
import { readArticle } from '../src/lib/article/index';
import { generate } from '../src/lib/generator/index';
const dir = '../shared/corpus/dev/';
const count: Record<string, number> = {};
for (const f of readdirSync(dir)) {
  const a = readArticle({ text: readFileSync(dir + f, 'utf8'), filename: f } as never);
  generate(a, { onReject: (c, r) => {
    if (r !== 'pronoun-stem') return;
    const g = (globalThis as any).__lb ?? 'gate';
    (globalThis as any).__lb = undefined;
    count[g] = (count[g] ?? 0) + 1;
    if (c.type === 'number' || c.type === 'cloze') console.log(g, '|', c.stem.slice(0, 140));
  } });
}
console.log(count);
