// PLACEHOLDER until its issue lands.
export async function analyze(_args: string[]): Promise<number> {
  process.stderr.write('email-check analyze: not available yet\n');
  return 2;
}
