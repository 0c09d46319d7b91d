import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hmacSha256 } from '../../../proxy/tokens/hmac.js';

describe('hmacSha256', () => {
  it('equals node:crypto HMAC-SHA256 for each secret, however often and in whatever order', () => {
    const secrets = ['s3cret-one', 'another secret', 'ünïcode sécret', ''];
    for (let round = 0; round < 3; round++) {
      for (const secret of secrets) {
        for (const data of ['', 'ect1.payload', 'email-check address\0jane@example.com', 'é']) {
          expect(hmacSha256(secret, data)).toEqual(
            createHmac('sha256', secret).update(data).digest(),
          );
        }
      }
    }
  });

  it('keeps giving the right answer past its cache of imported secrets', () => {
    for (let i = 0; i < 40; i++) {
      const secret = `secret-${i}`;
      expect(hmacSha256(secret, 'x').toString('hex')).toBe(
        createHmac('sha256', secret).update('x').digest('hex'),
      );
    }
    expect(hmacSha256('secret-0', 'x')).toEqual(
      createHmac('sha256', 'secret-0').update('x').digest(),
    );
  });
});
