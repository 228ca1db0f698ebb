// The command line: commander only. Flags are turned into options for the library; all behaviour lives there.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { EXIT } from './errors.js';
import { DEFAULT_TIMEOUT_SECONDS, runParse, type Io } from './batch/run.js';
import { parseShard } from './batch/shard.js';
import { runClean } from './clean-command.js';
import { schemaText } from './emit/schema.js';
import { runLearn } from './learn/command.js';

const EXIT_HELP = `
Exit codes:
  0  every input was converted
  1  some inputs failed (each failure is one line on stderr); the others were written
  2  wrong usage (unknown option, missing argument)
  3  internal error in acta (please report it)`;

export async function main(argv: readonly string[], io: Io, version: string): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('acta')
    .description('Turn scanned meeting minutes (PDF, page images, OCR text) into clean, structured, auditable JSON.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run acta --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText('after', EXIT_HELP);

  program.command('parse')
    .description('convert minutes to contract JSON (one input: JSON on stdout; several: NDJSON, or files with --out-dir)')
    .argument('<inputs...>', "files (.txt, .pdf, .png, .jpg, .tif), directories (read recursively), or '-' for stdin")
    .option('-o, --out-dir <dir>', 'write <dir>/<input name minus its last extension>.json per input (atomically)')
    .option('--ndjson', 'write one JSON object per line on stdout, in input order')
    .addOption(new Option('-l, --lang <lang>', 'document language').choices(['es', 'en', 'auto']).default('auto'))
    .addOption(new Option('--ocr <mode>', 'PDF pages: OCR when the text layer is missing or bad, always, or never').choices(['auto', 'always', 'never']).default('auto'))
    .option('-j, --jobs <n>', 'documents converted at once (child processes); OCR workers are shared out among them', positiveInt, availableParallelism())
    .option('--min-confidence <x>', 'apply (and list) only corrections at least this confident, 0..1', unitInterval)
    .option('--words <file>', "the collection's own words (names, places, institutions), made by `acta learn`")
    .option('-q, --quiet', 'no progress output and no summary')
    .option('--resume', 'skip inputs whose output exists and was made from the same bytes by this version with these options')
    .option('--force', 'convert every input again, even with --resume')
    .option('--errors <file>', 'write one NDJSON line per failed input (input, stage, code, message, hint)')
    .option('--error-files', 'with --out-dir, also write <name>.error.json beside the outputs for each failed input')
    .option('--manifest <file>', 'append one NDJSON line per input (input, sha256, output, status)')
    .option('--shard <K/N>', 'take only the K-th of N stable parts of the inputs (by a hash of each path)', parseShard)
    .option('--fail-fast', 'stop at the first input that fails (exit 1)')
    .option('--timeout <seconds>', 'stop a document that spends longer than this on one page', positiveInt, DEFAULT_TIMEOUT_SECONDS)
    .option('--max-memory <MiB>', 'memory bound per child process (default: a share of the machine)', positiveInt)
    .addHelpText('after', `
Examples:
  acta parse minutes.txt                      JSON on stdout
  acta parse scans/ --out-dir json/           every file below scans/, one JSON file each
  cat minutes.txt | acta parse - --ndjson     from stdin
  acta parse archive/ -o json/ --resume --errors failed.ndjson --shard 3/8
${EXIT_HELP}
  130 interrupted (Ctrl-C); finished outputs are kept, rerun with --resume`)
    .action(async (inputs: string[], opts) => {
      code = await runParse(inputs, {
        outDir: opts.outDir, ndjson: opts.ndjson, lang: opts.lang, ocr: opts.ocr, jobs: opts.jobs,
        minConfidence: opts.minConfidence, words: opts.words, quiet: !!opts.quiet, version,
        timeout: opts.timeout, maxMemory: opts.maxMemory, resume: !!opts.resume, force: !!opts.force,
        errors: opts.errors, errorFiles: !!opts.errorFiles, manifest: opts.manifest, shard: opts.shard, failFast: !!opts.failFast,
      }, io);
    });

  program.command('clean')
    .description('print the cleaned text only (corrections applied to the raw text), for piping')
    .argument('<input>', "a file or '-' for stdin")
    .option('--diff', 'show each correction inline as [-original-]{+corrected+} for review')
    .addOption(new Option('-l, --lang <lang>', 'document language').choices(['es', 'en', 'auto']).default('auto'))
    .addOption(new Option('--ocr <mode>', 'PDF pages: when to OCR').choices(['auto', 'always', 'never']).default('auto'))
    .option('--min-confidence <x>', 'apply only corrections at least this confident, 0..1', unitInterval)
    .action(async (input: string, opts) => {
      code = await runClean(input, { diff: !!opts.diff, lang: opts.lang, ocr: opts.ocr, minConfidence: opts.minConfidence }, io);
    });

  program.command('learn')
    .description("collect a collection's own words (names, places, institutions written in full in several documents) for parse --words")
    .argument('<inputs...>', "files, directories (read recursively), or '-' for stdin")
    .option('-o, --out <file>', 'write the word list here (atomically) instead of stdout')
    .option('--min-documents <n>', 'keep a word written in at least this many documents', positiveInt, 2)
    .addOption(new Option('-l, --lang <lang>', 'document language (for OCR)').choices(['es', 'en', 'auto']).default('auto'))
    .addOption(new Option('--ocr <mode>', 'PDF pages: when to OCR').choices(['auto', 'always', 'never']).default('auto'))
    .option('-j, --jobs <n>', 'OCR workers', positiveInt, availableParallelism())
    .option('-q, --quiet', 'no summary line')
    .addHelpText('after', `
Example:
  acta learn archive/ -o words.tsv && acta parse archive/ -o json/ --words words.tsv`)
    .action(async (inputs: string[], opts) => {
      code = await runLearn(inputs, { out: opts.out, minDocuments: opts.minDocuments, ocr: opts.ocr, lang: opts.lang, jobs: opts.jobs, quiet: !!opts.quiet }, io);
    });

  program.command('schema')
    .description('print the JSON Schema of the output')
    .action(() => { io.stdout.write(schemaText()); });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    throw e;
  }
  return code;
}

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of at least 1');
  return n;
}

function unitInterval(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('must be a number from 0 to 1');
  return n;
}
