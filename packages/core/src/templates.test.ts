import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { heading, headingLevel, picture } from './templates.js';

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

describe('headingLevel', () => {
  it('clamps the level a page asks for to 2–6 and steps down for sub-headings', () => {
    expect(headingLevel(3)).to.equal(3);
    expect(headingLevel(3, 1)).to.equal(4);
    expect(headingLevel(6, 1)).to.equal(6);
    expect(headingLevel(1, 1)).to.equal(3);
    expect(headingLevel(Number.NaN)).to.equal(2);
  });

  it('gives a heading a class and a language when asked', () => {
    const h4 = rendered(heading(4, 'News', undefined, { part: '', className: 'title', lang: 'en', focusable: true }));
    expect(h4.className).to.equal('title');
    expect(h4.lang).to.equal('en');
    expect(h4.getAttribute('tabindex')).to.equal('-1');
  });
});

describe('picture', () => {
  it('keeps its room with both pixel sizes (class "sized"), loads lazily', () => {
    const img = rendered(picture('chart', 'https://example.go.th/chart.png', 'แผนภูมิ', { width: 640, height: 300 }));
    expect(img.localName).to.equal('img');
    expect(img.getAttribute('part')).to.equal('chart');
    expect(img.className).to.equal('sized');
    expect([img.getAttribute('width'), img.getAttribute('height')]).to.deep.equal(['640', '300']);
    expect(img.getAttribute('alt')).to.equal('แผนภูมิ');
    expect(img.getAttribute('loading')).to.equal('lazy');
    expect(img.getAttribute('decoding')).to.equal('async');
  });

  it('with one size or none: neither attribute (a guessed ratio would distort it), class "unsized"', () => {
    for (const size of [{}, { width: 640 }, { height: 300 }]) {
      const img = rendered(picture('image', 'https://example.go.th/a.jpg', '', size));
      expect(img.className).to.equal('unsized');
      expect(img.hasAttribute('width') || img.hasAttribute('height')).to.equal(false);
      expect(img.getAttribute('alt')).to.equal('');
    }
  });
});
