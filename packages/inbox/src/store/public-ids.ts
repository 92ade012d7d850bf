import { createCipheriv, type Cipher } from 'node:crypto';

/**
 * A submission is stored under an integer key in the order it was written (SQLite's rowid,
 * a PostgreSQL identity), so every insert lands at the right edge of the table's B-tree.
 * Its public uuid and receipt number are worked out from that integer by a keyed
 * permutation (a Feistel network whose round function is AES-128 under a secret kept in
 * the database): they look as random as before, say nothing about time or order, and
 * map back to the integer without an index. Without the secret, consecutive submissions
 * give unrelated uuids and receipts.
 *
 * - uuid: version 4 shape, its 122 free bits a permutation of the integer (61-bit halves).
 *   A uuid the inbox did not make decodes to a number far above any key (the chance
 *   that one decodes into range is 2^-69), so a guess costs no query.
 * - receipt: the Bangkok date it arrived and ten Crockford base-32 characters, the 50
 *   bits a permutation of the integer (25-bit halves), e.g. `20251126-7KQ3M-ZP8XA`.
 */
const ROUNDS = 10;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CROCKFORD_VALUE = new Map([...CROCKFORD].map((c, i) => [c, BigInt(i)]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const RECEIPT = /^(\d{8})-([0-9A-HJKMNP-TV-Z]{5})-([0-9A-HJKMNP-TV-Z]{5})$/;
/** Thailand keeps UTC+7 all year (no daylight saving). */
const BANGKOK_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;
const LOW_120 = (1n << 120n) - 1n;

/** A balanced Feistel network over 2 × `half` bits; the rounds of a batch share one AES call. */
class Feistel {
  private readonly cipher: Cipher;
  private readonly mask: bigint;
  private readonly bits: bigint;

  constructor(
    key: Buffer,
    private readonly half: number,
  ) {
    this.cipher = createCipheriv('aes-128-ecb', key, null);
    this.cipher.setAutoPadding(false);
    this.bits = BigInt(half);
    this.mask = (1n << this.bits) - 1n;
  }

  forward(values: bigint[]): bigint[] {
    let left = values.map((v) => (v >> this.bits) & this.mask);
    let right = values.map((v) => v & this.mask);
    for (let round = 0; round < ROUNDS; round++) {
      const f = this.round(round, right);
      [left, right] = [right, left.map((l, i) => l ^ f[i]!)];
    }
    return left.map((l, i) => (l << this.bits) | right[i]!);
  }

  backward(values: bigint[]): bigint[] {
    let left = values.map((v) => (v >> this.bits) & this.mask);
    let right = values.map((v) => v & this.mask);
    for (let round = ROUNDS - 1; round >= 0; round--) {
      const f = this.round(round, left);
      [left, right] = [right.map((r, i) => r ^ f[i]!), left];
    }
    return left.map((l, i) => (l << this.bits) | right[i]!);
  }

  /** AES(key, round ‖ width ‖ half) cut to `half` bits, for every value at once. */
  private round(round: number, halves: bigint[]): bigint[] {
    const blocks = Buffer.alloc(16 * halves.length);
    halves.forEach((h, i) => {
      blocks[16 * i] = round;
      blocks[16 * i + 1] = this.half;
      blocks.writeBigUInt64BE(h, 16 * i + 8);
    });
    const out = this.cipher.update(blocks);
    return halves.map((_, i) => out.readBigUInt64BE(16 * i) & this.mask);
  }
}

let today = { day: Number.NaN, text: '' };
/** The Bangkok date of an ISO time as `YYYYMMDD`, worked out once a day. */
export function bangkokDate(iso: string | Date): string {
  const time = typeof iso === 'string' ? Date.parse(iso) : iso.getTime();
  const day = Math.floor((time + BANGKOK_OFFSET_MS) / DAY_MS);
  if (day !== today.day) today = { day, text: new Date(day * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '') };
  return today.text;
}

export class PublicIds {
  private readonly uuids: Feistel;
  private readonly receipts: Feistel;

  /** @param secret 32 bytes: the first half keys the uuids, the second the receipts */
  constructor(secret: Buffer) {
    if (secret.length !== 32) throw new Error('The public-id secret must be 32 bytes');
    this.uuids = new Feistel(secret.subarray(0, 16), 61);
    this.receipts = new Feistel(secret.subarray(16), 25);
  }

  /** The public uuids of integer keys. */
  ids(keys: number[]): string[] {
    return this.uuids.forward(keys.map(BigInt)).map((v) => {
      // 122 bits: the top 2 go into the variant digit (8-b), the other 120 around the fixed 4.
      const hex = (v & LOW_120).toString(16).padStart(30, '0');
      const variant = (8 + Number(v >> 120n)).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(12, 15)}-${variant}${hex.slice(15, 18)}-${hex.slice(18)}`;
    });
  }

  id(key: number): string {
    return this.ids([key])[0]!;
  }

  /** The integer key of a uuid this inbox made, or undefined for any other text. */
  keyOf(uuid: string): number | undefined {
    if (!UUID.test(uuid)) return undefined;
    const hex = uuid.replaceAll('-', '');
    const top = BigInt(Number.parseInt(hex[16]!, 16) - 8);
    const value = (top << 120n) | BigInt(`0x${hex.slice(0, 12)}${hex.slice(13, 16)}${hex.slice(17)}`);
    return safe(this.uuids.backward([value])[0]!);
  }

  /** The receipts of integer keys received at the given times. */
  receiptsOf(rows: { key: number; receivedAt: string }[]): string[] {
    if (rows.some((row) => row.key >= 2 ** 50)) throw new Error('A receipt holds integer keys below 2^50');
    const codes = this.receipts.forward(rows.map((row) => BigInt(row.key)));
    return rows.map((row, i) => {
      // 50 bits fit a double exactly: two 25-bit halves of five characters each.
      const value = Number(codes[i]!);
      return `${bangkokDate(row.receivedAt)}-${crockford(Math.floor(value / 2 ** 25))}-${crockford(value % 2 ** 25)}`;
    });
  }

  receipt(key: number, receivedAt: string): string {
    return this.receiptsOf([{ key, receivedAt }])[0]!;
  }

  /** The integer key and Bangkok date of a receipt this inbox made (the caller checks the date against the row). */
  receiptKey(receipt: string): { key: number; date: string } | undefined {
    const match = RECEIPT.exec(receipt);
    if (!match) return undefined;
    let code = 0n;
    for (const c of match[2]! + match[3]!) code = (code << 5n) | CROCKFORD_VALUE.get(c)!;
    const key = safe(this.receipts.backward([code])[0]!);
    return key === undefined ? undefined : { key, date: match[1]! };
  }
}

/** Five Crockford characters for 25 bits. */
function crockford(bits: number): string {
  let text = '';
  for (let shift = 20; shift >= 0; shift -= 5) text += CROCKFORD[(bits >>> shift) & 31];
  return text;
}

function safe(value: bigint): number | undefined {
  return value >= 1n && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : undefined;
}
