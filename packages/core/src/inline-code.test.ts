import { expect } from '@open-wc/testing';
import { withoutInlineCode } from './inline-code.js';

describe('inline code taken out of HTML before any DOM sees it', () => {
  it('drops event handlers and style attributes, keeps the rest of the tag', () => {
    expect(withoutInlineCode('<img src=x onerror=alert(1) alt="ภาพ">')).to.equal('<img src="x" alt="ภาพ">');
    expect(withoutInlineCode('<p style="color:red" class=lead>ข้อความ</p>')).to.equal('<p class="lead">ข้อความ</p>');
    expect(withoutInlineCode('<svg/onload=alert(1)>')).to.equal('<svg>');
    expect(withoutInlineCode('<a href="/x"ONCLICK="alert(1)">x</a>')).to.equal('<a href="/x">x</a>');
  });

  it('drops scripts, styles and comments with their content', () => {
    expect(withoutInlineCode('ก<script>alert("<b>")</script>ข<style>p{}</style>ค<!-- x -->ง')).to.equal('กขคง');
    expect(withoutInlineCode('<ScRiPt >alert(1)</SCRIPT >ok')).to.equal('ok');
    expect(withoutInlineCode('<script>never closed')).to.equal('');
    expect(withoutInlineCode('<base href="http://0.0.0.0/"><meta http-equiv=refresh content=0>ก')).to.equal('ก');
    expect(withoutInlineCode('<video><track default src="data:text/vtt,WEBVTT">คำบรรยาย</video>')).to.equal('คำบรรยาย');
  });

  it('reads tags as the HTML tokenizer does: quotes hide `>`, a cut-off tag is dropped', () => {
    expect(withoutInlineCode('<a title="1 > 0" onmouseover=x>ลิงก์</a>')).to.equal('<a title="1 > 0">ลิงก์</a>');
    expect(withoutInlineCode('ข้อความ<img src=x onerror=alert(1)//')).to.equal('ข้อความ');
    expect(withoutInlineCode(`<img alt='say "hi"'>`)).to.equal('<img alt="say &quot;hi&quot;">');
  });

  it('keeps what is text as text', () => {
    expect(withoutInlineCode('1 < 2 และ 3 > 2 &amp; ก')).to.equal('1 &lt; 2 และ 3 > 2 &amp; ก');
    expect(withoutInlineCode('<textarea><img src=x onerror=alert(1)></textarea>')).to.equal(
      '<textarea>&lt;img src=x onerror=alert(1)></textarea>',
    );
    expect(withoutInlineCode('ไม่มีแท็ก')).to.equal('ไม่มีแท็ก');
  });

  it('gives a DOM parser no handler or style attribute for any payload of the outside corpus', async () => {
    const response = await fetch('/conformance/xss-payloads/xss-payload-list.txt');
    const payloads = (await response.text()).split('\n').filter((line) => line.trim() !== '');
    expect(payloads.length).to.be.greaterThan(1000);
    const offenders = payloads.filter((payload) => {
      const doc = new DOMParser().parseFromString(withoutInlineCode(payload), 'text/html');
      return [...doc.querySelectorAll('*')].some(
        (el) =>
          el.localName === 'script' ||
          el.localName === 'style' ||
          [...el.attributes].some((a) => a.name.startsWith('on') || a.name === 'style'),
      );
    });
    expect(offenders).to.deep.equal([]);
  });
});
