import { randomBytes } from 'node:crypto';

/** The recovery key's alphabet: it is printed at set-up and typed back from paper when a passphrase is forgotten. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 200 random bits as 8 groups of 5 (Crockford base32: no I, L, O or U to misread). */
export function newRecoveryKey(): string {
  const bytes = randomBytes(25);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{5}/g)?.join('-') ?? out;
}

/** As typed from paper: any case, spaces or dashes, O for 0 and I or L for 1. */
export function normalizeRecoveryKey(typed: string): string {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return compact.match(/.{1,5}/g)?.join('-') ?? compact;
}
