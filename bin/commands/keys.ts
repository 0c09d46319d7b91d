// PLACEHOLDER until its issue lands.
export async function keys(_args: string[]): Promise<number> {
  process.stderr.write('email-check keys: not available yet\n');
  return 2;
}
