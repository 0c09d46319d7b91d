// QWERTY geometry: a finger that slips hits a neighbouring key, so those substitutions are the
// likeliest. Each row sits about half a key right of the one above it.
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** For each letter `a`…`z`, a bit mask of the letters on its neighbouring keys. */
const NEIGHBOURS: number[] = Array<number>(26).fill(0);
ROWS.forEach((keys, row) => {
  const below = ROWS[row + 1] ?? '';
  [...keys].forEach((key, column) => {
    // A key touches its right-hand neighbour and the two keys below it (same column and one
    // to the left); recording each pair both ways covers the rest.
    for (const other of [keys[column + 1], below[column], below[column - 1]]) {
      if (!other) continue;
      const a = key.charCodeAt(0) - 97;
      const b = other.charCodeAt(0) - 97;
      NEIGHBOURS[a] = (NEIGHBOURS[a] ?? 0) | (1 << b);
      NEIGHBOURS[b] = (NEIGHBOURS[b] ?? 0) | (1 << a);
    }
  });
});

/** Whether two character codes are of letters on neighbouring QWERTY keys. */
export function adjacentCodes(a: number, b: number): boolean {
  return (
    a >= 97 &&
    a <= 122 &&
    b >= 97 &&
    b <= 122 &&
    (((NEIGHBOURS[a - 97] ?? 0) >> (b - 97)) & 1) === 1
  );
}

/** Whether two letters are neighbouring keys on a QWERTY keyboard. */
export function adjacent(a: string, b: string): boolean {
  return a.length === 1 && b.length === 1 && adjacentCodes(a.charCodeAt(0), b.charCodeAt(0));
}
