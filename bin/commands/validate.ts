// PLACEHOLDER until its issue lands.
export async function validate(_args: string[]): Promise<number> {
  process.stderr.write('email-check validate: not available yet\n');
  return 2;
}
