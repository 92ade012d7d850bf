import { expect } from '@open-wc/testing';
import { compile, validate } from './validate.js';
import { contactSchema } from './contact.js';
import { faqSchema } from './faq.js';

const form = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['name', 'age'],
  properties: {
    name: { type: 'string', minLength: 3, maxLength: 10 },
    age: { type: 'integer', minimum: 18, maximum: 120 },
    email: { type: 'string', format: 'email' },
    kind: { enum: ['a', 'b'] },
    tags: { type: 'array', minItems: 2, uniqueItems: true },
  },
  additionalProperties: false,
};

describe('validate adapter', () => {
  it('refuses an e-mail address without a dotted domain (somying@example), in Thai and English', async () => {
    const run = await compile(form);
    for (const email of ['somying@example', 'somying@example.', 'somying@.example'])
      expect(run({ name: 'abc', age: 20, email }, 'th'), email).to.deep.include({
        path: '/email',
        keyword: 'format',
        message: 'ต้องเป็นอีเมลที่ถูกต้อง เช่น name@example.go.th',
        limit: 'email',
      });
    expect(run({ name: 'abc', age: 20, email: 'somying@example' }, 'en')[0].message).to.equal(
      'Must be an email address, like name@example.go.th',
    );
    expect(run({ name: 'abc', age: 20, email: 'somying@example.co.th' }, 'th')).to.deep.equal([]);
  });

  it('reports a missing field on the field itself, in Thai and English', async () => {
    const run = await compile(form);
    expect(run({}, 'th')).to.deep.include({ path: '/name', keyword: 'required', message: 'ต้องระบุข้อมูลนี้' });
    expect(run({}, 'en')).to.deep.include({ path: '/age', keyword: 'required', message: 'This is required' });
  });

  it('quotes the schema limit in the message', async () => {
    const run = await compile(form);
    const problems = [
      ...run({ name: 'ab', age: 12, tags: ['x', 'x'] }, 'th'),
      ...run({ name: 'abc', age: 20, tags: ['x'] }, 'th'),
    ];
    expect(problems).to.deep.include({
      path: '/name',
      keyword: 'minLength',
      message: 'ต้องมีอย่างน้อย 3\u00a0ตัวอักษร',
      limit: '3',
    });
    expect(problems).to.deep.include({ path: '/age', keyword: 'minimum', message: 'ต้องไม่น้อยกว่า 18', limit: '18' });
    expect(problems.map((p) => p.keyword)).to.include.members(['minItems', 'uniqueItems']);
    const english = run({ name: 'abcdefghijklmn', age: 200 }, 'en');
    expect(english).to.deep.include({
      path: '/name',
      keyword: 'maxLength',
      message: 'Must be 10\u00a0characters or fewer',
      limit: '10',
    });
    expect(english).to.deep.include({ path: '/age', keyword: 'maximum', message: 'Must be 120 or less', limit: '120' });
  });

  it('names types, formats, choices and unknown fields in plain words', async () => {
    const run = await compile(form);
    const problems = run({ name: 42, age: 20.5, email: 'not-an-email', kind: 'c', extra: 1 }, 'th');
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p.message]));
    expect(byPath['/name']).to.equal('ต้องเป็นข้อความ');
    expect(byPath['/age']).to.equal('ต้องเป็นจำนวนเต็ม');
    expect(byPath['/email']).to.equal('ต้องเป็นอีเมลที่ถูกต้อง เช่น name@example.go.th');
    expect(byPath['/kind']).to.equal('ต้องเลือกจากตัวเลือกที่กำหนด');
    expect(problems.some((p) => p.keyword === 'additionalProperties' && p.message.includes('extra'))).to.equal(true);
  });

  it('accepts valid data', async () => {
    expect(await validate(form, { name: 'สมชาย', age: 40 })).to.deep.equal([]);
  });

  it('explains localised text through the branch that fits the value', async () => {
    const problems = await validate(faqSchema, { items: [{ id: 'a', question: { th: '' }, answer: 'x' }] }, 'en');
    expect(problems).to.deep.equal([
      { path: '/items/0/question/th', keyword: 'minLength', message: 'Must be at least 1\u00a0characters', limit: '1' },
    ]);
  });

  it('checks the contact schema: Thai postcode and phone patterns', async () => {
    const problems = await validate(contactSchema, {
      name: 'สำนักงานจังหวัดสิงห์บุรี',
      address: { line: 'ศาลากลางจังหวัด', province: 'สิงห์บุรี', postcode: '1600' },
      phones: [{ number: 'call me' }],
    });
    expect(problems.map((p) => p.path)).to.deep.equal(['/address/postcode', '/phones/0/number']);
    expect(
      await validate(contactSchema, {
        name: 'สำนักงานจังหวัดสิงห์บุรี',
        address: { line: 'ศาลากลางจังหวัด', province: 'สิงห์บุรี', postcode: '16000' },
        phones: [
          { number: '0 3650 7100' },
          { number: '+66 36 507 100' },
          { number: '036-507-100 ต่อ 12' },
          { number: '1567' },
        ],
      }),
    ).to.deep.equal([]);
  });
});
