import { expect } from '@open-wc/testing';
import {
  alertsSchema,
  bannersSchema,
  cioSchema,
  contactSchema,
  documentsSchema,
  eformDefinitionSchema,
  eventsSchema,
  faqSchema,
  linksSchema,
  newsSchema,
  openDataSchema,
  profileSchema,
  serviceGuideSchema,
  serviceListSchema,
  sitemapSchema,
  validate,
  type EformDefinition,
  type EformGroup,
} from '@govkit-th/schemas';
import { answersToData, dataToAnswers, definitionFromSchema } from '@govkit-th/schemas/schema-form';
import { checkDefinition } from './check-definition.js';
import { FormModel } from './form-model.js';

/** Every content schema with its demo data file: what staff will edit through the generated forms. */
const CONTENT: Array<[string, object]> = [
  ['alerts', alertsSchema],
  ['banners', bannersSchema],
  ['cio', cioSchema],
  ['contact', contactSchema],
  ['documents', documentsSchema],
  ['events', eventsSchema],
  ['faq', faqSchema],
  ['links', linksSchema],
  ['news', newsSchema],
  ['open-data', openDataSchema],
  ['profile', profileSchema],
  ['service-guide', serviceGuideSchema],
  ['e-services', serviceListSchema],
  ['sitemap', sitemapSchema],
];

const demo = async (name: string) =>
  (await (await fetch(`/apps/demo-agency/data/${name}.json`)).json()) as Record<string, unknown>;

/** The document as the form gives it back: without `$schema` and any `publication` (the system writes them). */
function withoutSystemFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSystemFields);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '$schema' && key !== 'publication')
      .map(([key, inner]) => [key, withoutSystemFields(inner)]),
  );
}

const t = (key: string) => key;

describe('forms generated from the content schemas', () => {
  for (const [name, schema] of CONTENT) {
    it(`${name}: a valid definition, and demo data → answers → the form → data is the same document`, async () => {
      const definition = definitionFromSchema(schema);
      expect(await validate(eformDefinitionSchema, definition, 'en'), 'definition').to.deep.equal([]);
      expect(await checkDefinition(definition, t), 'checkDefinition').to.deep.equal([]);
      const data = await demo(name);
      const model = await FormModel.create(definition);
      // Through the e-form's own model: what it would submit for the prefilled answers.
      const evaluation = model.evaluate(dataToAnswers(schema, data), 'th');
      expect([...evaluation.problems.values(), ...evaluation.general], 'problems in the form').to.deep.equal([]);
      const back = answersToData(schema, evaluation.data);
      expect(back).to.deep.equal(withoutSystemFields(data));
      expect(await validate(schema, back, 'en'), 'the document').to.deep.equal([]);
    });
  }

  it('eform: a valid definition, and the demo definition → answers → the form → data is the same definition', async () => {
    const definition = definitionFromSchema(eformDefinitionSchema);
    expect(await validate(eformDefinitionSchema, definition, 'en'), 'definition').to.deep.equal([]);
    expect(await checkDefinition(definition, t), 'checkDefinition').to.deep.equal([]);
    const data = await demo('forms/oia-request');
    const answers = dataToAnswers(eformDefinitionSchema, data);
    // What no form can lay out is its JSON text: the answers' own schema, each page's fields.
    expect(JSON.parse(answers.schema as string)).to.deep.equal(data.schema);
    const pages = answers.pages as Array<Record<string, unknown>>;
    expect(JSON.parse(pages[0].fields as string)).to.deep.equal((data.pages as Array<{ fields: unknown }>)[0].fields);
    expect(pages[0].title, 'a page title is its Thai and English fields').to.deep.equal(
      (data.pages as Array<{ title: unknown }>)[0].title,
    );
    const model = await FormModel.create(definition);
    const evaluation = model.evaluate(answers, 'th');
    expect([...evaluation.problems.values(), ...evaluation.general], 'problems in the form').to.deep.equal([]);
    const back = answersToData(eformDefinitionSchema, evaluation.data);
    const { $schema: _link, ...expected } = data;
    expect(back).to.deep.equal(expected);
    expect(await validate(eformDefinitionSchema, back, 'en'), 'the definition').to.deep.equal([]);
  });

  it("eform: `/id` leaves out the form's own id (an existing item's), not its pages' ids", async () => {
    const data = await demo('forms/oia-request');
    const options = { omit: ['$schema', 'publication', '/id'] };
    const definition = definitionFromSchema(eformDefinitionSchema, options);
    expect(definition.schema.properties).not.to.have.property('id');
    const answers = dataToAnswers(eformDefinitionSchema, data, options);
    expect(answers).not.to.have.property('id');
    const { $schema: _link, id: _id, ...expected } = data;
    expect(answersToData(eformDefinitionSchema, answers, options)).to.deep.equal(expected);
    expect((answers.pages as Array<{ id: string }>).map((page) => page.id)).to.deep.equal(
      (data.pages as Array<{ id: string }>).map((page) => page.id),
    );
  });

  it('eform: JSON text that does not parse stays text, and the schema refuses it at its path', async () => {
    const data = await demo('forms/oia-request');
    const answers = { ...dataToAnswers(eformDefinitionSchema, data), schema: '{ "type": "object", ' };
    const back = answersToData(eformDefinitionSchema, answers);
    expect(back.schema).to.equal('{ "type": "object", ');
    const problems = await validate(eformDefinitionSchema, back, 'en');
    expect(problems.map((problem) => problem.path)).to.include('/schema');
  });

  it('maps localised text to a Thai and an English field, required Thai first', () => {
    const definition = definitionFromSchema(faqSchema);
    const group = definition.pages.find((page) => page.id === 'items')!.fields[0] as EformGroup;
    expect(group.widget).to.equal('group');
    expect(group.label).to.deep.equal({ th: 'คำถามที่พบบ่อย', en: 'Questions' });
    expect(group.fields.map((field) => field.name)).to.deep.equal([
      'id',
      'question/th',
      'question/en',
      'answer/th',
      'answer/en',
      'category/th',
      'category/en',
      'updatedAt',
    ]);
    expect(group.fields.find((field) => field.name === 'answer/th')).to.include({ widget: 'richtext' });
    const items = (
      definition.schema.properties.items as { items: { properties: Record<string, { required?: string[] }> } }
    ).items;
    expect(items.properties.question.required).to.deep.equal(['th']);
    expect(
      dataToAnswers(faqSchema, { items: [{ id: 'a', question: 'ถาม', answer: { th: 'ตอบ', en: 'Answer' } }] }),
    ).to.deep.equal({
      items: [{ id: 'a', question: { th: 'ถาม' }, answer: { th: 'ตอบ', en: 'Answer' } }],
    });
    expect(
      answersToData(faqSchema, { items: [{ id: 'a', question: { th: 'ถาม' }, answer: { en: 'Answer' } }] }),
    ).to.deep.equal({
      items: [{ id: 'a', question: 'ถาม', answer: { en: 'Answer' } }],
    });
  });

  it('leaves out publication and $schema, and keeps a required list as []', () => {
    const answers = dataToAnswers(newsSchema, {
      $schema: 'x',
      publication: { reporter: 'ก' },
      items: [{ id: '1', publication: { reporter: 'ข' } }],
    });
    expect(answers).to.deep.equal({ items: [{ id: '1' }] });
    expect(answersToData(newsSchema, {})).to.deep.equal({ items: [] });
    const names = JSON.stringify(definitionFromSchema(newsSchema).pages);
    expect(names).not.to.contain('publication');
    expect(names).not.to.contain('$schema');
  });

  it('nests lists of objects inside list items as groups in groups (news attachments, sitemap children)', () => {
    const news = definitionFromSchema(newsSchema);
    const items = news.pages.find((page) => page.id === 'items')!.fields[0] as EformGroup;
    const attachments = items.fields.find((field) => field.name === 'attachments') as EformGroup;
    expect(attachments.widget).to.equal('group');
    expect(attachments.fields.map((field) => field.name)).to.deep.equal([
      'title/th',
      'title/en',
      'url',
      'type',
      'size',
    ]);
    expect(attachments.fields.find((field) => field.name === 'url')).to.include({ widget: 'url' });
    const sitemap = definitionFromSchema(sitemapSchema, { maxDepth: 2 });
    const top = sitemap.pages[sitemap.pages.length - 1].fields[0] as EformGroup;
    const children = top.fields.find((field) => field.name === 'children') as EformGroup;
    expect(children.widget).to.equal('group');
    // Two levels asked for: the recursion stops there.
    expect(children.fields.some((field) => field.name === 'children')).to.equal(false);
  });

  it('turns enums into labelled choices, dates and numbers into their kinds, string lists into lines', async () => {
    const documents = definitionFromSchema(documentsSchema);
    const fields = (documents.pages.find((page) => page.id === 'items')!.fields[0] as EformGroup).fields;
    const kind = fields.find((field) => field.name === 'kind')!;
    expect('options' in kind && kind.options?.[0]).to.deep.equal({
      value: 'act',
      label: { th: 'พระราชบัญญัติ', en: 'Act' },
    });
    expect(fields.find((field) => field.name === 'ita')).to.include({ widget: 'textarea' });
    expect(fields.map((field) => field.name)).to.include.members(['source/text', 'source/title/th', 'source/url']);
    const model = await FormModel.create(documents);
    const [page] = model.pages.filter((entry) => entry.page.id === 'items');
    const group = page.items[0];
    if (group.kind !== 'group') throw new Error('items is a group');
    const widgetOf = (name: string) =>
      group.fields.find((field) => field.kind === 'field' && field.field.name === name);
    expect(widgetOf('kind')).to.include({ widget: 'select' });
    expect(widgetOf('fiscalYear')).to.include({ widget: 'number' });
    expect(widgetOf('oia/section')).to.include({ widget: 'radios' });
    const profile = await FormModel.create(definitionFromSchema(profileSchema));
    const executives = profile.pages.find((entry) => entry.page.id === 'executives')!.items[0];
    if (executives.kind !== 'group') throw new Error('executives is a group');
    const from = executives.fields.find((field) => field.kind === 'field' && field.field.name === 'from');
    expect(from).to.include({ widget: 'date' });
    const email = executives.fields.find((field) => field.kind === 'field' && field.field.name === 'email');
    expect(email).to.include({ widget: 'email' });
    expect(
      answersToData(openDataSchema, dataToAnswers(openDataSchema, { datasets: [{ keywords: ['ก', 'ข'] }] })),
    ).to.deep.equal({
      datasets: [{ keywords: ['ก', 'ข'] }],
    });
  });

  it('reports a missing Thai question on its field, and the form refuses what the element would refuse', async () => {
    const definition: EformDefinition = definitionFromSchema(faqSchema);
    const model = await FormModel.create(definition);
    const evaluation = model.evaluate(
      { items: [{ id: 'q1', question: { en: 'Why?' }, answer: { th: 'เพราะ' } }] },
      'th',
    );
    expect([...evaluation.problems.keys()]).to.include('/items/0/question/th');
    const bad = model.evaluate({ items: [{ id: 'not ok!', question: { th: 'ถาม' }, answer: { th: 'ตอบ' } }] }, 'en');
    expect(bad.problems.get('/items/0/id')?.keyword).to.equal('pattern');
  });
});
