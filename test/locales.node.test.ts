// The translations are complete and in sync: every message the sources use (as
// `lit-localize extract` finds them) is in packages/elements/xliff/{fi,sv}.xlf with the same
// English source, has a non-empty target that keeps the source's placeholders, and the
// generated runtime modules packages/elements/src/locales/{fi,sv}.ts hold exactly those
// targets. Fix: `npm run localize:extract`, translate, `npm run localize:build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const LOCALES = ['fi', 'sv'] as const;

interface Unit {
  source: string;
  /** undefined: no <target> at all. */
  target: string | undefined;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string): string =>
  text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (_, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return XML_ENTITIES[name.toLowerCase()] ?? '';
  });

/** The text with each placeholder `<x id="N" …/>` written `${N}`, as the generated modules have it. */
const canonical = (xml: string): string => unescapeXml(xml.replace(/<x\s+id="(\d+)"[^>]*\/>/g, (_, id: string) => `\${${id}}`));
const placeholders = (xml: string): string[] => [...xml.matchAll(/<x\s+id="(\d+)"[^>]*\/>/g)].map((m) => m[1]!).sort();

function readXliff(path: string): Map<string, Unit> {
  const xml = readFileSync(path, 'utf8');
  const units = new Map<string, Unit>();
  for (const match of xml.matchAll(/<trans-unit\s+id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const body = match[2]!;
    const source = /<source[^>]*>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target[^>]*>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? (/<target[^>]*\/>/.test(body) ? '' : undefined);
    units.set(unescapeXml(match[1]!), { source, target });
  }
  return units;
}

/** What `lit-localize extract` finds in the sources now, written to a temporary directory (the real XLIFF files are not touched). */
function extracted(): Map<string, Map<string, Unit>> {
  const dir = mkdtempSync(join(tmpdir(), 'fv-extract-'));
  try {
    const config = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8')) as {
      tsConfig: string;
      output: { outputDir: string; localeCodesModule?: string };
      interchange: { xliffDir: string };
    };
    config.tsConfig = join(ROOT, config.tsConfig);
    config.output.outputDir = join(dir, 'out');
    config.output.localeCodesModule = join(dir, 'out', 'locale-codes.ts');
    config.interchange.xliffDir = join(dir, 'xliff');
    writeFileSync(join(dir, 'lit-localize.json'), JSON.stringify(config));
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/@lit/localize-tools/bin/lit-localize.js'), 'extract', '--config', join(dir, 'lit-localize.json')], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, `lit-localize extract failed:\n${run.stdout}\n${run.stderr}`);
    return new Map(LOCALES.map((locale) => [locale, readXliff(join(dir, 'xliff', `${locale}.xlf`))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A generated template in the canonical form: a `str` result's values as `${N}`. */
function generatedText(template: unknown): string {
  if (typeof template === 'string') return template;
  const { strings, values } = template as { strings: readonly string[]; values: readonly unknown[] };
  return strings.reduce((text, part, i) => (i === 0 ? part : `${text}\${${String(values[i - 1])}}${part}`), '');
}

const sourceMessages = extracted();

for (const locale of LOCALES) {
  const units = readXliff(join(ROOT, `packages/elements/xliff/${locale}.xlf`));

  test(`locales (${locale}): the XLIFF has every message the sources use, with the same English`, () => {
    const wanted = sourceMessages.get(locale)!;
    const missing = [...wanted.keys()].filter((id) => !units.has(id));
    const unused = [...units.keys()].filter((id) => !wanted.has(id));
    assert.deepEqual({ missing, unused }, { missing: [], unused: [] }, 'run `npm run localize:extract`');
    const changed = [...wanted].filter(([id, unit]) => units.get(id)?.source !== unit.source).map(([id]) => id);
    assert.deepEqual(changed, [], 'English sources changed since the XLIFF was extracted');
  });

  test(`locales (${locale}): every unit is translated and keeps its placeholders`, () => {
    const untranslated = [...units].filter(([, unit]) => unit.target === undefined || unit.target.trim() === '').map(([id]) => id);
    assert.deepEqual(untranslated, [], `units without a ${locale} target`);
    const mismatched = [...units]
      .filter(([, unit]) => unit.target !== undefined && placeholders(unit.target).join() !== placeholders(unit.source).join())
      .map(([id]) => id);
    assert.deepEqual(mismatched, [], 'targets whose placeholders differ from the source');
  });

  test(`locales (${locale}): the generated module holds exactly the XLIFF targets`, async () => {
    const module = (await import(`../packages/elements/src/locales/${locale}.ts`)) as { templates: Record<string, unknown> };
    const generated = module.templates;
    assert.deepEqual(Object.keys(generated).sort(), [...units.keys()].sort(), 'the same ids: run `npm run localize:build`');
    const stale = [...units]
      .filter(([id, unit]) => unit.target !== undefined && generatedText(generated[id]) !== canonical(unit.target))
      .map(([id]) => id);
    assert.deepEqual(stale, [], 'generated text differs from the XLIFF target: run `npm run localize:build`');
  });
}
