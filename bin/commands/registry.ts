/** A subcommand: takes its own arguments, resolves to the exit status. */
export type Command = (args: string[]) => Promise<number>;

/**
 * Each command is loaded when it runs, so `analyze` starts without loading Express, pino or the
 * pipeline, and a command never fails because another one cannot load.
 */
export const commands: Record<string, (() => Promise<Command>) | undefined> = {
  analyze: async () => (await import('./analyze.js')).analyze,
  validate: async () => (await import('./validate.js')).validate,
  serve: async () => (await import('./serve.js')).serve,
  keys: async () => (await import('./keys.js')).keys,
};

export const usage = `Usage: email-check <command> [options]

Commands:
  analyze [--json] [EMAIL...]     instant checks (syntax, typos); reads stdin when no EMAIL
  validate [--json] [options] EMAIL...
                                  the full local pipeline (DNS/MX, lists, SMTP)
  serve                           run the proxy (same as npm start)
  keys                            generate a public key, a secret key and a token secret

Run "email-check <command> --help" for a command's options.
`;
