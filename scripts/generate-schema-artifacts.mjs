// Generates the artifacts derived from the family document schema:
//   packages/core/src/types.generated.ts      TypeScript types (json-schema-to-typescript)
//   packages/core/src/validator.generated.js  Ajv standalone validator, bundled by esbuild into one
//                                             self-contained ESM file: no imports, no eval/new Function,
//                                             so it runs under a strict Content-Security-Policy.
// `node scripts/generate-schema-artifacts.mjs` writes them; `--check` only compares and exits 1
// when the committed files are stale. Output is deterministic (same schema, same bytes).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const coreSrc = join(root, 'packages/core/src');
const schemaPath = join(coreSrc, 'schema/family-document.schema.json');
const typesPath = join(coreSrc, 'types.generated.ts');
const validatorPath = join(coreSrc, 'validator.generated.js');

const banner = (what) =>
  `// GENERATED FILE — do not edit. ${what} generated from src/schema/family-document.schema.json\n` +
  '// by scripts/generate-schema-artifacts.mjs (`npm run generate`).\n';

// A `require(` inside a string (Ajv's helpers carry their own source as text) is harmless.
const FORBIDDEN = [/\bnew Function\b/, /\beval\s*\(/, /(?<![\w$.'"])require\s*\(/, /^\s*import\s/m, /(?<![\w$.])import\s*\(/];

async function generateValidator(schema) {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // oneOf/anyOf branches that only say which parent property is required are checked by
    // Ajv in isolation and flagged; every other strict check stays on.
    strictRequired: false,
    messages: false, // validate() writes its own messages
    code: { source: true, esm: true },
  });
  const source = hardenEvaluatedProps(standaloneCode(ajv, ajv.compile(withoutAnnotations(schema))));
  // The standalone code still `require`s small Ajv runtime helpers: bundle them in.
  const result = await build({
    stdin: { contents: source, resolveDir: root, sourcefile: 'validator.standalone.js', loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2020',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = banner('CSP-safe JSON Schema validator') + result.outputFiles[0].text;
  const bad = FORBIDDEN.find((re) => re.test(code));
  if (bad) throw new Error(`generated validator matches ${bad}: it must be self-contained and eval-free`);
  return code;
}

// Where `unevaluatedProperties` depends on an if/then, Ajv records evaluated names in a plain
// object and tests `!props[key]`: an unknown property named `toString`, `constructor` or
// `__proto__` would find Object.prototype's member and pass. Evaluated names are always `true`.
function hardenEvaluatedProps(source) {
  const lookup = /!(props\d+)\[(key\d+)\]/g;
  const all = source.match(/\bprops\d+\[/g) ?? [];
  const hardened = source.replace(lookup, '$1[$2] !== true');
  if ((hardened.match(/\bprops\d+\[key\d+\] !== true/g) ?? []).length !== all.length) {
    throw new Error('unexpected evaluated-properties lookup in Ajv output: review hardenEvaluatedProps');
  }
  return hardened;
}

// Ajv embeds the schema objects in its output; annotations do not validate anything.
function withoutAnnotations(node) {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (['title', 'description', 'default', 'examples', '$comment'].includes(key)) continue;
    out[key] =
      key === 'properties' || key === '$defs'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutAnnotations(v)]))
        : withoutAnnotations(value);
  }
  return out;
}

const titleOfRef = (schema, ref) => {
  const name = /^#\/\$defs\/([^/]+)$/.exec(ref)?.[1];
  const def = name && schema.$defs[name];
  if (!def?.title) throw new Error(`unsupported $ref ${ref}`);
  return def.title;
};

// json-schema-to-typescript turns every `title` into a named type and duplicates a $ref that
// has sibling keywords (Id1, Id2, …). So it gets a copy of the schema where only the root and
// $defs keep titles, refs become `tsType` names, and validation-only combinators are dropped.
function schemaForTypes(schema) {
  const copy = structuredClone(schema);
  const visit = (node, named) => {
    if (Array.isArray(node)) return node.map((n) => visit(n, false));
    if (node === null || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      return node.description ? { tsType: titleOfRef(schema, node.$ref), description: node.description } : { tsType: titleOfRef(schema, node.$ref) };
    }
    const out = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'title' && !named) continue;
      if (['unevaluatedProperties', 'if', 'then', 'else', 'default', 'examples'].includes(key)) continue;
      if (key === 'anyOf' && value.every(isRequiredOnly)) continue; // "at least one of": all optional in TS
      if (key === 'properties' || key === '$defs') {
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, key === '$defs')]));
      } else {
        out[key] = visit(value, false);
      }
    }
    // `minItems: 1` alone would become `[Id, ...Id[]]`, which code that filters lists cannot
    // produce without casts; exact sizes (`[Id, Id]` for partners) are kept.
    if (out.minItems !== undefined && out.maxItems === undefined) delete out.minItems;
    if (Array.isArray(node.oneOf) && node.oneOf.every(isRequiredOnly)) return exclusiveBranches(out);
    return out;
  };
  return visit(copy, true);
}

const isRequiredOnly = (branch) => Object.keys(branch).every((k) => k === 'required' || k === 'description');

// `{ properties: {a, b, x}, oneOf: [{required: [a]}, {required: [b]}] }` becomes
// `{ a: …; x?: … } | { b: …; x?: … }` so TypeScript knows exactly one of a, b is present.
function exclusiveBranches(node) {
  const { oneOf, properties, required = [], ...rest } = node;
  const exclusive = new Set(oneOf.flatMap((b) => b.required));
  return {
    ...rest,
    oneOf: oneOf.map((branch) => ({
      type: 'object',
      description: branch.description,
      properties: Object.fromEntries(Object.entries(properties).filter(([k]) => !exclusive.has(k) || branch.required.includes(k))),
      required: [...required, ...branch.required],
      additionalProperties: false,
    })),
  };
}

async function generateTypes(schema) {
  const ts = await compile(schemaForTypes(schema), schema.title, {
    additionalProperties: false,
    bannerComment: banner('TypeScript types'),
    unreachableDefinitions: true, // emit every $defs entry: they are only reached through tsType
    declareExternallyReferenced: true,
    format: true,
    cwd: dirname(schemaPath),
  });
  return ts;
}

function readIfExists(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

async function main() {
  const check = process.argv.includes('--check');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const outputs = [
    [typesPath, await generateTypes(schema)],
    [validatorPath, await generateValidator(schema)],
  ];
  let stale = 0;
  for (const [path, text] of outputs) {
    const name = relative(root, path);
    if (readIfExists(path) === text) continue;
    if (check) {
      stale += 1;
      console.error(`${name} is out of date: run \`npm run generate\`.`);
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
  if (stale > 0) process.exit(1);
  if (check) console.log('generated schema artifacts are up to date.');
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
