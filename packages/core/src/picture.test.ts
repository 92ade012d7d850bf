import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { picture } from './templates.js';

function rendered(template: unknown): HTMLElement {
  const host = document.createElement('div');
  render(template, host);
  return host.firstElementChild as HTMLElement;
}

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
