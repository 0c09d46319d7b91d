import { parseArgs } from 'node:util';
import { generateKey, generateSecret } from '../../proxy/keys/generate.js';

const help = `Usage: email-check keys [--json]

Generates a public key (pk_live_), a secret key (sk_live_) and a token-signing secret
(EMAIL_CHECK_TOKEN_SECRET), each from 24-32 random bytes in base64url. Nothing is stored.
  --json   one JSON object: { "publicKey", "secretKey", "tokenSecret" }
`;

/** `email-check keys`: fresh keys for a configuration file and the environment. */
export async function keys(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`email-check keys: ${(error as Error).message}\n\n${help}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const generated = {
    publicKey: generateKey('pk_live'),
    secretKey: generateKey('sk_live'),
    tokenSecret: generateSecret(),
  };
  if (values.json) {
    process.stdout.write(`${JSON.stringify(generated)}\n`);
    return 0;
  }
  process.stdout.write(
    [
      `public key (browser, put in the config file with its origins):  ${generated.publicKey}`,
      `secret key (your servers only):                                 ${generated.secretKey}`,
      `token secret (EMAIL_CHECK_TOKEN_SECRET in the environment):     ${generated.tokenSecret}`,
      '',
    ].join('\n'),
  );
  return 0;
}
