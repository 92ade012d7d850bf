import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { heading } from './templates.js';

function rendered(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host.firstElementChild as HTMLElement;
}

describe('heading', () => {
  it('is exposed as part="heading" at the level asked for, clamped to 2–6', () => {
    const h3 = rendered(heading(3, 'หัวข้อ', 'title'));
    expect(h3.localName).to.equal('h3');
    expect(h3.getAttribute('part')).to.equal('heading');
    expect(h3.id).to.equal('title');
    expect(h3.hasAttribute('tabindex')).to.equal(false);
    expect(h3.textContent).to.equal('หัวข้อ');
    expect(rendered(heading(9, 'x')).localName).to.equal('h6');
    expect(rendered(heading(1, 'x')).localName).to.equal('h2');
    expect(rendered(heading(Number.NaN, 'x')).localName).to.equal('h2');
  });

  it('can leave the part out and take focus from script', () => {
    const h4 = rendered(heading(4, 'หน้า 1', 'page-title', { part: '', focusable: true }));
    expect(h4.localName).to.equal('h4');
    expect(h4.hasAttribute('part')).to.equal(false);
    expect(h4.getAttribute('tabindex')).to.equal('-1');
    expect(rendered(heading(2, 'x', undefined, { part: 'title' })).getAttribute('part')).to.equal('title');
  });
});
