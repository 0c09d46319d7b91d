// PLACEHOLDER until its issue lands.
export async function serve(_args: string[]): Promise<number> {
  process.stderr.write('email-check serve: not available yet\n');
  return 2;
}
