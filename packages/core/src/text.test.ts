import { expect } from '@open-wc/testing';
import { plainText } from './text.js';

describe('plainText', () => {
  it('turns tags into spaces, decodes references and collapses white space', () => {
    expect(plainText('<p>ข้อความ <b>ตัวหนา</b> &amp; <img src=x onerror="alert(1)">ต่อท้าย</p>')).to.equal(
      'ข้อความ ตัวหนา & ต่อท้าย',
    );
    // A decoded non-breaking space is white space like any other.
    expect(plainText('A&nbsp;B &#3585; &#x0E02; &hellip; &unknown;')).to.equal('A B ก ข … &unknown;');
  });

  it('parts words at block tags only: Thai runs on through inline ones', () => {
    expect(plainText('<p>ข้าราชการและประชาชน<strong>ร่วมปลูกต้นไม้</strong></p><p>วันนี้</p>')).to.equal(
      'ข้าราชการและประชาชนร่วมปลูกต้นไม้ วันนี้',
    );
    expect(plainText('หนึ่ง<br>สอง<li>สาม')).to.equal('หนึ่ง สอง สาม');
  });

  it('drops script and style bodies and comments, and keeps `>` inside quoted attributes', () => {
    expect(plainText('ก่อน<script>alert("x")</script><style>p{}</style><!-- note -->หลัง')).to.equal('ก่อน หลัง');
    expect(plainText('<a title="a>b" href="/">ลิงก์</a>')).to.equal('ลิงก์');
  });

  it('leaves text without markup as it is, apart from white space, and keeps a lone `<`', () => {
    expect(plainText('  คำถาม\n\tที่พบบ่อย  ')).to.equal('คำถาม ที่พบบ่อย');
    expect(plainText('1 < 2')).to.equal('1 < 2');
  });
});
