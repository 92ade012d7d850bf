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

describe('privacy of images and links in HTML fields', () => {
  before(() => loadSanitizer());
  const render = (html: string) => {
    const box = document.createElement('div');
    box.append(sanitizeHtml(html));
    return box;
  };

  it('keeps images from the page’s own origin and data: images', () => {
    const box = render(
      '<p><img src="/assets/map.png" alt="แผนที่"><img src="data:image/png;base64,iVBORw0KGgo=" alt="จุด"></p>',
    );
    expect([...box.querySelectorAll('img')].map((img) => img.getAttribute('alt'))).to.deep.equal(['แผนที่', 'จุด']);
  });

  it('turns a remote image into a link named by its alt text that sends no Referer', () => {
    const box = render(
      '<p>ดู<img src="https://tracker.example.com/pixel.gif" alt="ภาพประกอบ" srcset="https://tracker.example.com/2x.gif 2x"></p>',
    );
    expect(box.querySelector('img')).to.equal(null);
    const link = box.querySelector('a')!;
    expect(link.textContent).to.equal('ภาพประกอบ');
    expect(link.getAttribute('href')).to.equal('https://tracker.example.com/pixel.gif');
    expect(link.getAttribute('referrerpolicy')).to.equal('no-referrer');
  });

  it('loads images from the origins the page allows, without a Referer', () => {
    const meta = document.createElement('meta');
    meta.name = 'govkit-image-origins';
    meta.content = 'https://cdn.singburi.go.th';
    document.head.append(meta);
    try {
      const box = render(
        '<img src="https://cdn.singburi.go.th/a.jpg" alt="ก"><img src="https://other.example/b.jpg" alt="ข">',
      );
      const image = box.querySelector('img')!;
      expect(image.getAttribute('src')).to.equal('https://cdn.singburi.go.th/a.jpg');
      expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
      expect(box.querySelectorAll('img').length).to.equal(1);
      expect(box.querySelector('a')!.textContent).to.equal('ข');
    } finally {
      meta.remove();
    }
  });

  it('drops audio and video: they would load from anywhere as soon as they are shown', () => {
    const box = render(
      '<p>ฟัง<audio src="data:audio/wav;base64,UklGRg=="></audio><video><source src="https://cdn.example.com/a.mp4"></video></p>',
    );
    expect(box.querySelector('audio, video, source')).to.equal(null);
    expect(box.textContent).to.equal('ฟัง');
  });

  it('sends no Referer to other sites through links; links within the site are left alone', () => {
    const box = render('<a href="https://www.oic.go.th/">สขร.</a> <a href="/services.html">บริการ</a>');
    const [outside, inside] = box.querySelectorAll('a');
    expect(outside!.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(inside!.hasAttribute('referrerpolicy')).to.equal(false);
  });
});
