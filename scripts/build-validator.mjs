#!/usr/bin/env node
// Compiles schema/minutes.schema.json into a standalone validator module (dist/emit/validate-minutes.js) at build
// time, so the CLI does not load and run the Ajv compiler at every start (about 150 ms of a 600 ms budget).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, _ } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormatsModule from 'ajv-formats';

const root = fileURLToPath(new URL('..', import.meta.url));
const addFormats = addFormatsModule.default ?? addFormatsModule;
const standalone = standaloneCode.default ?? standaloneCode;
const schema = JSON.parse(readFileSync(path.join(root, 'schema', 'minutes.schema.json'), 'utf8'));
const ajv = new Ajv2020({
  allErrors: true, strict: false,
  code: { source: true, esm: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
});
addFormats(ajv);
let code = standalone(ajv, ajv.compile(schema));
// The generated ESM still reaches runtime helpers with require(); give the module one.
code = `import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n${code}`;
const out = path.join(root, 'dist', 'emit', 'validate-minutes.js');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, code);
