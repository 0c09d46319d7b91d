import { analyze } from './analyze.js';
import { keys } from './keys.js';
import { serve } from './serve.js';
import { validate } from './validate.js';

/** A subcommand: takes its own arguments, resolves to the exit status. */
export type Command = (args: string[]) => Promise<number>;

export const commands: Record<string, Command | undefined> = { analyze, validate, serve, keys };

export const usage = `Usage: email-check <command> [options]

Commands:
  analyze [--json] [EMAIL...]     instant checks (syntax, typos); reads stdin when no EMAIL
  validate [--json] [options] EMAIL...
                                  the full local pipeline (DNS/MX, lists, SMTP)
  serve                           run the proxy (same as npm start)
  keys                            generate a public key, a secret key and a token secret

Run "email-check <command> --help" for a command's options.
`;
