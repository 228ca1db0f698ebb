// Every document acta emits is checked against its own copy of the contract with a real JSON Schema validator;
// a violation is a bug in acta, never the user's fault.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { ActaError } from '../errors.js';
import { schemaPath } from '../paths.js';
import type { Minutes } from '../types.js';

type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };
let compiled: Validate | undefined;

export function schemaText(): string {
  return readFileSync(schemaPath, 'utf8');
}

function validator(): Validate {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: unknown) => void;
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(schemaText())) as Validate;
  }
  return compiled;
}

/** Returns the schema violations of `doc` as "path: message" strings (empty when valid). */
export function schemaErrors(doc: unknown): string[] {
  const validate = validator();
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? 'invalid'}`);
}

export function assertValid(doc: Minutes): Minutes {
  const errors = schemaErrors(doc);
  if (errors.length > 0) {
    throw new ActaError('schema-violation', `output does not follow the contract: ${errors.slice(0, 3).join('; ')}`,
      'this is a bug in acta; please report it with the input file', 'emit');
  }
  return doc;
}
