import type { Analysis, AnalyzeOptions } from '../../core/analyze.js';
import { createAnalyzer } from '../../core/batch-analyze.js';
import { didYouMean } from '../../core/did-you-mean.js';
import { mapLines } from '../lines.js';

export const analyzeUsage = `Usage: email-check analyze [--json] [--allow-unicode-local] [--] [EMAIL...]

The instant checks the widget runs (syntax, paste mistakes, typos, role and disposable hints),
with nothing over the network. Addresses come from the arguments or, when there are none, from
standard input, one per line. Exits 0 even when addresses are invalid.

Options:
  --json                 one JSON object per address, in input order
  --allow-unicode-local  accept non-ASCII before the @ (for SMTPUTF8 mail servers)
  --                     treat every later argument as an address, even one starting with -
  -h, --help             show this help
`;

interface AnalyzeArgs {
  json: boolean;
  help: boolean;
  options: AnalyzeOptions;
  emails: string[];
}

const LONG_FLAGS = ['--json', '--allow-unicode-local', '--help'];

/** `email-check analyze`: prints the instant analysis of each address. */
export async function analyze(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`email-check analyze: ${parsed}\n\n${analyzeUsage}`);
    return 2;
  }
  if (parsed.help) {
    process.stdout.write(analyzeUsage);
    return 0;
  }
  const format = parsed.json ? jsonLine : textLine;
  // Remembers typo corrections per domain: long lists repeat a few thousand domains.
  const analyzeAddress = createAnalyzer(parsed.options);
  const line = (input: string) => format(analyzeAddress(input));
  if (parsed.emails.length > 0) {
    process.stdout.write(parsed.emails.map(line).join('\n') + '\n');
    return 0;
  }
  if (process.stdin.isTTY) {
    process.stderr.write('Reading addresses from standard input, one per line (Ctrl-D ends).\n');
  }
  await mapLines(process.stdin, process.stdout, line);
  return 0;
}

/** The parsed arguments, or an error message that says how to fix them. */
function parseArgs(args: string[]): AnalyzeArgs | string {
  const parsed: AnalyzeArgs = { json: false, help: false, options: {}, emails: [] };
  let onlyEmails = false;
  for (const arg of args) {
    if (onlyEmails || !arg.startsWith('-') || arg === '-') parsed.emails.push(arg);
    else if (arg === '--') onlyEmails = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--allow-unicode-local') parsed.options.allowUnicodeLocal = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else {
      const near = arg.startsWith('--') ? didYouMean(arg, LONG_FLAGS) : null;
      const hint = near ? ` Did you mean ${near}?` : ' Put addresses that start with - after --.';
      return `unknown option ${arg}.${hint}`;
    }
  }
  return parsed;
}

function jsonLine(analysis: Analysis): string {
  return JSON.stringify(analysis);
}

/** `jane@gmial.com: valid; did you mean jane@gmail.com?` and the like, one line per address. */
function textLine(analysis: Analysis): string {
  const { email, valid, code, message, normalized, suggestion } = analysis;
  let text = `${show(email)}: `;
  if (valid) {
    text += 'valid';
    if (normalized !== email.trim()) text += ` as ${normalized}`;
    if (analysis.role) text += '; role address';
    if (analysis.disposable) text += '; disposable domain';
    if (suggestion) text += `; did you mean ${suggestion}?`;
  } else {
    text += `invalid (${code}): ${message}`;
    if (suggestion) text += ` Did you mean ${suggestion}?`;
  }
  return text;
}

/** The input as is, unless it would be invisible or break the line: then as a JSON string. */
function show(email: string): string {
  // eslint-disable-next-line no-control-regex
  const needsQuotes = email === '' || email !== email.trim() || /[\0-\x1f\x7f]/.test(email);
  return needsQuotes ? JSON.stringify(email) : email;
}
