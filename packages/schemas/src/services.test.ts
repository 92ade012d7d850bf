import { expect } from '@open-wc/testing';
import { validate } from './validate.js';
import { serviceGuideSchema } from './service-guide.js';
import { serviceListSchema } from './service-list.js';

const step = {
  title: 'ตรวจสอบคำขอ',
  duration: { value: 30, unit: 'minutes' },
  responsible: 'ศูนย์ข้อมูลข่าวสาร',
};

const guide = {
  id: 'oia',
  name: 'การขอข้อมูลข่าวสารของราชการ',
  agency: 'สำนักงานจังหวัดสิงห์บุรี',
  channels: [{ place: 'ศูนย์ข้อมูลข่าวสาร', hours: 'วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.' }],
  steps: [step],
  documents: [],
  fees: [],
};

describe('service schemas: what the order requires', () => {
  it('accepts a complete citizens’ manual, with no documents and no fee said explicitly', async () => {
    expect(await validate(serviceGuideSchema, { services: [guide] })).to.deep.equal([]);
  });

  it('refuses a step without its duration, naming clause 1.3(1) in Thai and English', async () => {
    const data = { services: [{ ...guide, steps: [step, { title: 'พิจารณา', responsible: 'หัวหน้าศูนย์' }] }] };
    const [thai] = await validate(serviceGuideSchema, data, 'th');
    expect(thai.path).to.equal('/services/0/steps/1/duration');
    expect(thai.keyword).to.equal('required');
    expect(thai.message).to.contain('ข้อ 1.3(1)').and.to.contain('ระยะเวลา');
    const [english] = await validate(serviceGuideSchema, data, 'en');
    expect(english.message).to.contain('clause 1.3(1)').and.to.contain('no duration');
  });

  it('refuses a manual without steps, and says where the documents and fees are missing', async () => {
    const { steps: _steps, documents: _documents, fees: _fees, ...bare } = guide;
    const problems = await validate(serviceGuideSchema, { services: [bare, { ...guide, steps: [] }] }, 'th');
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['/services/0/steps']).to.contain('ข้อ 1.3(1)');
    expect(byPath['/services/1/steps']).to.contain('ข้อ 1.3(1)');
    expect(byPath['/services/0/documents']).to.contain('มาตรา 7');
    expect(byPath['/services/0/fees']).to.contain('ไม่มีค่าธรรมเนียม');
  });

  it('refuses an unknown duration unit with the generic message', async () => {
    const data = { services: [{ ...guide, steps: [{ ...step, duration: { value: 1, unit: 'weeks' } }] }] };
    const problems = await validate(serviceGuideSchema, data, 'en');
    expect(problems.map((p) => `${p.path} ${p.message}`)).to.deep.equal([
      '/services/0/steps/0/duration/unit Must be one of the given choices',
    ]);
  });

  it('refuses an e-service without a link, naming clause 1.3(2); a counter service needs none', async () => {
    const base = { name: 'จองคิว', description: 'จองคิวล่วงหน้า', audience: ['ประชาชน'], availability: '24 ชั่วโมง' };
    const data = {
      services: [
        { ...base, channel: 'web-form' },
        { ...base, channel: 'counter' },
      ],
    };
    const problems = await validate(serviceListSchema, data, 'th');
    expect(problems.map((p) => p.path)).to.deep.equal(['/services/0/href']);
    expect(problems[0].message).to.contain('ข้อ 1.3(2)');
    const [english] = await validate(serviceListSchema, data, 'en');
    expect(english.message).to.contain('clause 1.3(2)');
  });
});
