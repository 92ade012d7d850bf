import { expect } from '@open-wc/testing';
import { validate } from './validate.js';
import { documentsSchema } from './documents.js';

const law = { id: 'oia-act', kind: 'act', title: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540', date: '1997-09-10' };

async function problems(item: object, lang: 'th' | 'en' = 'th') {
  return validate(documentsSchema, { items: [item] }, lang);
}

describe('documents schema', () => {
  it('refuses a law without its source, naming order clause 1.1(2), in Thai and English', async () => {
    const thai = await problems(law);
    expect(thai).to.have.length(1);
    expect(thai[0].path).to.equal('/items/0/source');
    expect(thai[0].keyword).to.equal('required');
    expect(thai[0].message).to.contain('ต้องระบุแหล่งที่มา').and.contain('ข้อ 1.1(2)');
    const english = await problems(law, 'en');
    expect(english[0].message).to.contain('source is required').and.contain('clause 1.1(2)');
    expect(await problems({ ...law, source: 'ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก' })).to.deep.equal([]);
  });

  it('asks every law-like kind for a source, and no other kind', async () => {
    for (const kind of [
      'royal-decree',
      'ministerial-regulation',
      'announcement',
      'order',
      'manual',
      'cabinet-resolution',
    ]) {
      const [problem] = await problems({ ...law, kind });
      expect(problem?.message, kind).to.contain('1.1(2)');
    }
    expect(await problems({ ...law, kind: 'report' })).to.deep.equal([]);
  });

  it('refuses knowledge or statistics without a date or a source, naming clause 1.1(4)', async () => {
    const article = { id: 'awd', kind: 'knowledge', title: 'การปลูกข้าวแบบเปียกสลับแห้ง' };
    const found = await problems(article);
    expect(found.map((p) => p.path)).to.have.members(['/items/0/source', '/items/0/date']);
    expect(found.find((p) => p.path.endsWith('date'))!.message)
      .to.contain('วันที่และเวลา')
      .and.contain('ข้อ 1.1(4)');
    const english = await problems({ ...article, kind: 'statistics', source: 'ศูนย์ดำรงธรรม' }, 'en');
    expect(english).to.have.length(1);
    expect(english[0].message).to.contain('date and time are required').and.contain('clause 1.1(4)');
    expect(
      await problems({ ...article, source: 'สำนักงานเกษตรจังหวัด', date: '2026-07-15T14:30:00+07:00' }),
    ).to.deep.equal([]);
  });

  it('refuses official information without its section of the Act, naming clause 1.2(1)', async () => {
    const item = { id: 'structure', kind: 'official-information', title: 'โครงสร้างองค์กร' };
    const [missing] = await problems(item);
    expect(missing.path).to.equal('/items/0/oia');
    expect(missing.message).to.contain('มาตรา 7').and.contain('มาตรา 9').and.contain('ข้อ 1.2(1)');
    expect(await problems({ ...item, oia: { section: 7, item: 1 } })).to.deep.equal([]);
  });

  it('knows section 7 has items (1)–(5) and section 9 has (1)–(8), and no other section', async () => {
    const item = { id: 'x', kind: 'official-information', title: 'ข้อมูล' };
    const [tooFar] = await problems({ ...item, oia: { section: 7, item: 6 } });
    expect(tooFar.path).to.equal('/items/0/oia/item');
    expect(tooFar.message).to.contain('(1)–(5)').and.contain('1.2(1)');
    expect(await problems({ ...item, oia: { section: 9, item: 8 } })).to.deep.equal([]);
    const [nine] = await problems({ ...item, oia: { section: 9, item: 9 } });
    expect(nine.message).to.equal('ต้องไม่เกิน 8');
    const [eight] = await problems({ ...item, oia: { section: 8, item: 1 } });
    expect(eight.path).to.equal('/items/0/oia/section');
  });

  it('checks ITA item numbers, files and unknown fields with the plain keyword messages', async () => {
    const found = await problems({
      id: 'p',
      kind: 'procurement-summary',
      title: 'สขร.1',
      ita: ['12'],
      files: [{ url: 'a.pdf', size: -1 }],
      colour: 'red',
    });
    expect(found.map((p) => p.path)).to.have.members(['/items/0/ita/0', '/items/0/files/0/size', '/items/0']);
    expect(found.every((p) => !p.message.includes('ข้อ 1.'))).to.equal(true);
  });
});
