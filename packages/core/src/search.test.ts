import { expect } from '@open-wc/testing';
import { render, html } from 'lit';
import { highlight, matchesAll, searchable, searchTerms } from './search.js';

describe('search as you type', () => {
  it('finds a Thai word inside a phrase with no spaces', () => {
    const text = searchable('การชำระภาษีที่ดินและสิ่งปลูกสร้าง');
    expect(matchesAll(text, searchTerms('ภาษี'))).to.equal(true);
    expect(matchesAll(text, searchTerms('ภาษี  สิ่งปลูก'))).to.equal(true);
    expect(matchesAll(text, searchTerms('ภาษี รถยนต์'))).to.equal(false);
  });

  it('ignores zero-width characters, case and markup', () => {
    const text = searchable('<p>ยื่น\u200bคำ<b>ร้อง</b> Online</p>');
    expect(matchesAll(text, searchTerms('คำร้อง'))).to.equal(true);
    expect(matchesAll(text, searchTerms('ONLINE'))).to.equal(true);
  });

  it('marks each term where it occurs', () => {
    const host = document.createElement('div');
    render(html`${highlight('ภาษีป้าย ภาษีที่ดิน', ['ภาษี'])}`, host);
    expect([...host.querySelectorAll('mark')].map((mark) => mark.textContent)).to.deep.equal(['ภาษี', 'ภาษี']);
    expect(host.textContent).to.equal('ภาษีป้าย ภาษีที่ดิน');
  });
});
