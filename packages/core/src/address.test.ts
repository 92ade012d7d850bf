import { expect } from '@open-wc/testing';
import { formatAddress } from './address.js';

const singBuri = {
  line: { th: 'ศาลากลางจังหวัดสิงห์บุรี ถนนสิงห์บุรี-บางพาน', en: 'Sing Buri Provincial Hall, Sing Buri–Bang Phan Road' },
  subdistrict: { th: 'บางพุทรา', en: 'Bang Phutsa' },
  district: { th: 'เมืองสิงห์บุรี', en: 'Mueang Sing Buri' },
  province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
  postcode: '16000',
};

describe('formatAddress', () => {
  it('writes a Thai address in Thai order with ตำบล อำเภอ จังหวัด', () => {
    const address = formatAddress(singBuri, 'th');
    expect(address.text).to.equal('ศาลากลางจังหวัดสิงห์บุรี ถนนสิงห์บุรี-บางพาน ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี จังหวัดสิงห์บุรี 16000');
    expect(address).to.include({ lang: 'th', locality: 'อำเภอเมืองสิงห์บุรี', region: 'จังหวัดสิงห์บุรี', postcode: '16000' });
    expect(address.street).to.equal('ศาลากลางจังหวัดสิงห์บุรี ถนนสิงห์บุรี-บางพาน ตำบลบางพุทรา');
  });

  it('writes English with commas and no Thai prefixes', () => {
    expect(formatAddress(singBuri, 'en').text).to.equal(
      'Sing Buri Provincial Hall, Sing Buri–Bang Phan Road, Bang Phutsa, Mueang Sing Buri, Sing Buri 16000',
    );
  });

  it('keeps a Thai-only address Thai on an English page, and prefixes the data already has', () => {
    const address = formatAddress(
      { line: '99 หมู่ 1', subdistrict: 'ตำบลอินทร์บุรี', district: 'อินทร์บุรี', province: 'สิงห์บุรี' },
      'en',
    );
    expect(address.lang).to.equal('th');
    expect(address.text).to.equal('99 หมู่ 1 ตำบลอินทร์บุรี อำเภออินทร์บุรี จังหวัดสิงห์บุรี');
  });

  it('uses แขวง and เขต in Bangkok, with no จังหวัด', () => {
    const address = formatAddress(
      {
        line: 'ถนนราชดำเนินนอก',
        subdistrict: 'บ้านพานถม',
        district: 'พระนคร',
        province: 'กรุงเทพมหานคร',
        postcode: '10200',
      },
      'th',
    );
    expect(address.text).to.equal('ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพมหานคร 10200');
  });
});
