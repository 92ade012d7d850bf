import { expect } from '@open-wc/testing';
import { pixels } from './common.js';
import { newsSchema } from './news.js';
import { profileSchema } from './profile.js';
import { validate } from './validate.js';

const src = 'https://www.singburi.go.th/pictures/a.jpg';

/** The three pictures that carry a pixel size, each as the smallest document holding it. */
const pictures = {
  'news image': (size: object) => ({
    items: [{ id: 'n1', title: 'ข่าว', image: { src, alt: 'ภาพ', ...size } }],
  }),
  'profile chart': (size: object) => ({ structure: { chart: { src, alt: 'แผนภูมิ', ...size } } }),
  'executive photo': (size: object) => ({
    executives: [{ name: 'นายสมชาย รักษ์งาน', position: 'ผู้ว่าราชการจังหวัด', photo: { src, ...size } }],
  }),
};

describe('a picture’s pixel size: one shared definition (pixels, common.ts)', () => {
  it('is the one the news image, the profile chart and the executive photo refer to', () => {
    const news = newsSchema.properties.items.items.properties.image.properties;
    const profile = profileSchema.properties;
    for (const properties of [
      news,
      profile.structure.properties.chart.properties,
      profile.executives.items.properties.photo.properties,
    ]) {
      expect(properties.width).to.equal(pixels);
      expect(properties.height).to.equal(pixels);
    }
    expect(pixels).to.include({ type: 'integer', minimum: 1, maximum: 20000 });
  });

  it('accepts whole pixels from 1 to 20,000 and refuses the rest, as before, in each of the three', async () => {
    for (const [name, document] of Object.entries(pictures)) {
      const schema = name === 'news image' ? newsSchema : profileSchema;
      for (const size of [{}, { width: 640, height: 360 }, { width: 1, height: 20000 }])
        expect(await validate(schema, document(size), 'en'), `${name} ${JSON.stringify(size)}`).to.deep.equal([]);
      for (const size of [{ width: 0 }, { height: 20001 }, { width: 1.5 }, { height: '360' }]) {
        const problems = await validate(schema, document(size), 'en');
        expect(problems.length, `${name} ${JSON.stringify(size)}`).to.be.greaterThan(0);
        expect(problems[0]!.path).to.match(/\/(width|height)$/);
      }
    }
  });
});
