// Every document acta emits is checked against its own copy of the contract with a real JSON Schema validator;
// a violation is a bug in acta, never the user's fault. The build compiles the schema into a standalone Ajv
// validator (scripts/build-validator.mjs -> dist/emit/validate-minutes.js) so start-up skips the Ajv compiler;
// running from source (tests), the schema is compiled here with Ajv at load time.
import { readFileSync } from 'node:fs';
import { ActaError } from '../errors.js';
import { schemaPath } from '../paths.js';
import type { Minutes } from '../types.js';

type Validate = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string }> | null };

export function schemaText(): string {
  return readFileSync(schemaPath, 'utf8');
}

async function precompiled(): Promise<Validate | undefined> {
  try {
    const mod = await import(new URL('./validate-minutes.js', import.meta.url).href) as { default: Validate };
    return mod.default;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw e;
  }
}

/** Compiles the schema with Ajv (2020-12 draft, with formats). */
export async function compileSchema(): Promise<Validate> {
  const { Ajv2020 } = await import('ajv/dist/2020.js');
  const formats = await import('ajv-formats');
  // ajv-formats is CommonJS; its default export arrives wrapped under ESM interop.
  const addFormats = ((formats.default as unknown as { default?: unknown }).default ?? formats.default) as (a: unknown) => void;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(schemaText())) as Validate;
}

const validate: Validate = (await precompiled()) ?? (await compileSchema());

/** Returns the schema violations of `doc` as "path: message" strings (empty when valid). */
export function schemaErrors(doc: unknown): string[] {
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
