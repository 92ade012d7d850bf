import { expect } from '@open-wc/testing';
import { decodeText } from './charset.js';

/** "สิงห์บุรี" in TIS-620: U+0E01–U+0E5B are the bytes 0xA1–0xFB. */
const SING_BURI = 'สิงห์บุรี';
const tis620 = Uint8Array.from(Array.from(SING_BURI, (char) => char.charCodeAt(0) - 0x0e01 + 0xa1));
const utf8 = new TextEncoder().encode(SING_BURI);

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(decodeText(utf8)).to.equal(SING_BURI);
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).to.equal(SING_BURI);
  });

  it('reads the charset the Content-Type declares', () => {
    expect(decodeText(tis620, 'text/csv; charset=TIS-620')).to.equal(SING_BURI);
  });

  it('without a fallback, unlabelled TIS-620 stays UTF-8 (replacement characters), as before', () => {
    expect(decodeText(tis620)).to.not.equal(SING_BURI);
  });

  it('with a fallback, unlabelled or mislabelled TIS-620 is read in the fallback; real UTF-8 stays UTF-8', () => {
    expect(decodeText(tis620, '', 'windows-874')).to.equal(SING_BURI);
    expect(decodeText(tis620, 'text/csv; charset=utf-8', 'windows-874')).to.equal(SING_BURI);
    expect(decodeText(utf8, 'text/csv; charset=utf-8', 'windows-874')).to.equal(SING_BURI);
    expect(decodeText(utf8, '', 'windows-874')).to.equal(SING_BURI);
  });
});
