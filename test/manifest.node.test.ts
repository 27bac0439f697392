/**
 * The Custom Elements Manifest (packages/elements/custom-elements.json) cannot drift from
 * the code: it is what the analyzer makes of the sources now, and it lists the
 * `<family-view>` tag, every `part` the templates use, every token of the theme module
 * and every event of events.ts. After changing the element's JSDoc, properties or parts,
 * run `npm run manifest`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, describe, test } from 'node:test';
import { THEME_TOKENS } from '../packages/elements/src/theme/tokens.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ELEMENTS = join(ROOT, 'packages/elements');
const SOURCE = join(ELEMENTS, 'src');
const MANIFEST = join(ELEMENTS, 'custom-elements.json');

interface Named {
  name: string;
  default?: string;
  description?: string;
}
interface Declaration {
  name: string;
  customElement?: boolean;
  tagName?: string;
  cssParts?: Named[];
  cssProperties?: Named[];
  events?: Named[];
  attributes?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}

function readManifest(path: string): Manifest {
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every name in a `part="…"` attribute of a template (a part attribute may hold several). */
function partsUsed(): Set<string> {
  const parts = new Set<string>();
  for (const file of sourceFiles(SOURCE)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bpart="([^"$]+)"/g)) {
      for (const name of match[1]!.split(/\s+/)) if (name) parts.add(name);
    }
  }
  return parts;
}

/** Every event name events.ts defines (`export const FV_… = 'fv-…'`). */
function eventsDefined(): string[] {
  const text = readFileSync(join(SOURCE, 'events.ts'), 'utf8');
  return [...text.matchAll(/export const FV_[A-Z_]+ = '([a-z-]+)'/g)].map((m) => m[1]!);
}

const manifest = readManifest(MANIFEST);
const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.customElement && d.tagName === 'family-view');

describe('custom-elements.json', () => {
  test('declares <family-view>', () => {
    assert.ok(element, 'a custom element declaration with tagName family-view');
    assert.equal(element.name, 'FamilyView', 'the class is FamilyView');
  });

  test('lists every part the templates use', () => {
    const used = [...partsUsed()].sort();
    assert.ok(used.length >= 30, `found the parts in the sources (${used.length})`);
    const listed = new Set((element?.cssParts ?? []).map((p) => p.name));
    assert.deepEqual(
      used.filter((p) => !listed.has(p)),
      [],
      'parts used in a template but missing from the JSDoc @csspart list',
    );
    assert.deepEqual(
      [...listed].filter((p) => !used.includes(p)),
      [],
      'parts documented but used by no template',
    );
  });

  test('lists every theme token with its default and a description', () => {
    const listed = new Map((element?.cssProperties ?? []).map((p) => [p.name, p]));
    for (const token of THEME_TOKENS) {
      const entry = listed.get(token.name);
      assert.ok(entry, `${token.name} is documented with @cssprop`);
      assert.equal(entry.default, token.light, `${token.name}'s documented default is its light value`);
      assert.ok((entry.description ?? '').length > 0, `${token.name} has a description`);
    }
    const tokenNames = new Set<string>(THEME_TOKENS.map((t) => t.name));
    assert.deepEqual(
      [...listed.keys()].filter((name) => !tokenNames.has(name)),
      [],
      'custom properties documented that the theme module does not define',
    );
  });

  test('lists every event of events.ts', () => {
    const defined = eventsDefined();
    assert.ok(defined.length >= 3, `found the events in events.ts (${defined.length})`);
    const listed = new Set((element?.events ?? []).map((e) => e.name));
    for (const name of defined) assert.ok(listed.has(name), `${name} is documented with @fires`);
  });

  test('lists the theme attribute', () => {
    assert.ok((element?.attributes ?? []).some((a) => a.name === 'theme'), 'the theme attribute is in the manifest');
  });

  describe('is current', () => {
    const out = mkdtempSync(join(tmpdir(), 'fv-manifest-'));
    after(() => rmSync(out, { recursive: true, force: true }));

    test('equals what the analyzer makes of the sources now (run `npm run manifest` if not)', () => {
      const cli = join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
      // The analyzer joins --outdir to its working directory: give it a relative path.
      const run = spawnSync(process.execPath, [cli, 'analyze', '--quiet', '--outdir', relative(ELEMENTS, out)], {
        cwd: ELEMENTS,
        encoding: 'utf8',
        timeout: 60_000,
      });
      assert.equal(run.status, 0, `the analyzer ran: ${run.stderr}`);
      assert.deepEqual(readManifest(join(out, 'custom-elements.json')), manifest, 'custom-elements.json is out of date: run `npm run manifest`');
    });
  });
});
