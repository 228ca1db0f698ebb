#!/usr/bin/env node
// The only place that sets the process exit code.
import { readFileSync } from 'node:fs';

const { main } = await import('../dist/cli.js');
const { formatError, EXIT } = await import('../dist/errors.js');
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

// A closed pipe (acta parse ... | head) is not an error.
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });

try {
  process.exitCode = await main(process.argv.slice(2), { stdin: readStdin, stdout: process.stdout, stderr: process.stderr }, version);
} catch (e) {
  process.stderr.write(formatError(null, e) + '\n');
  if (process.env.ACTA_DEBUG) process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exitCode = EXIT.internal;
}
