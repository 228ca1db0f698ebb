// Loads a word list once per process (every document of a batch uses the same one), checking it is still the file
// whose hash the run's fingerprint was made from.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ActaError } from '../errors.js';
import type { WordMemory } from '../cleanup/memory.js';
import { parseWordList } from './word-list.js';

const cache = new Map<string, WordMemory>();

export async function readWordList(path: string): Promise<{ text: string; sha256: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new ActaError('words-unreadable', `cannot read the word list (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      'check the path given to --words; make a list with `acta learn`', 'read');
  }
  return { text: bytes.toString('utf8'), sha256: createHash('sha256').update(bytes).digest('hex') };
}

export async function loadWordList(path: string, sha256: string): Promise<WordMemory> {
  const hit = cache.get(sha256);
  if (hit) return hit;
  const file = await readWordList(path);
  if (file.sha256 !== sha256) {
    throw new ActaError('words-changed', 'the word list changed while the batch was running', 'rerun the batch', 'read');
  }
  const memory = parseWordList(file.text);
  cache.set(sha256, memory);
  return memory;
}
