import { expect } from '@open-wc/testing';
import { loadSanitizer, sanitizeHtml } from './sanitize.js';

describe('HTML fields', () => {
  before(() => loadSanitizer());

  it('keeps formatting and safe links, drops script, handlers and javascript: URLs', () => {
    const fragment = sanitizeHtml(
      '<p>ข้อความ <strong>สำคัญ</strong> <a href="https://www.singburi.go.th/">ลิงก์</a></p><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><p style="color:red">s</p>',
    ) as DocumentFragment;
    const box = document.createElement('div');
    box.append(fragment);
    expect(box.querySelector('strong')!.textContent).to.equal('สำคัญ');
    expect(box.querySelector('a')!.getAttribute('href')).to.equal('https://www.singburi.go.th/');
    expect(box.querySelector('script')).to.equal(null);
    expect(box.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    expect(box.querySelectorAll('a')[1].hasAttribute('href')).to.equal(false);
    expect(box.querySelector('[style]')).to.equal(null);
  });
});
