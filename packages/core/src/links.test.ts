import { expect } from '@open-wc/testing';
import { safeUrl } from './links.js';

describe('link allow-list', () => {
  it('allows http(s), mailto and tel', () => {
    expect(safeUrl('https://www.singburi.go.th/')).to.equal('https://www.singburi.go.th/');
    expect(safeUrl('mailto:saraban@singburi.go.th')).to.equal('mailto:saraban@singburi.go.th');
    expect(safeUrl('tel:+6636507100')).to.equal('tel:+6636507100');
  });

  it('resolves relative links against the data file', () => {
    expect(safeUrl('files/a.pdf', 'https://agency.go.th/data/news.json')).to.equal(
      'https://agency.go.th/data/files/a.pdf',
    );
  });

  it('refuses script and data URLs in every disguise', () => {
    for (const hostile of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(hostile), hostile).to.equal(undefined);
    }
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl('')).to.equal(undefined);
    expect(safeUrl({ href: 'https://x' })).to.equal(undefined);
  });
});
