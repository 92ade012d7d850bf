import { SCHEMA_BASE, type ManifestContentType } from '@govkit-th/schemas';

/** Who the sample folder is for; every template fills these in. */
export interface AgencyInfo {
  name: { th: string; en: string };
  province: { th: string; en: string };
  code?: string;
  kind: string;
  district?: { th: string; en: string };
  /** The address line (house number, moo, road) and the subdistrict (ตำบล); a sample line by default. */
  address?: { th: string; en: string };
  subdistrict?: { th: string; en: string };
  postcode?: string;
  ministry?: { th: string; en: string };
  department?: { th: string; en: string };
  website: string;
  /** The province site the agency links back to (order clause 2.2). */
  provinceSite: string;
  /** The day the sample is written (YYYY-MM-DD): dates in the samples are this day. */
  today: string;
}

type Text = { th: string; en: string };
const t = (th: string, en: string): Text => ({ th, en });

/** The Thai fiscal year (Buddhist era) a day falls in: it starts on 1 October. */
export function thaiFiscalYear(day: string): number {
  const [year, month] = day.split('-').map(Number);
  return year + 543 + (month >= 10 ? 1 : 0);
}

/**
 * The few sentences every sample shares. A sample is short on purpose: one or two entries
 * that show each field, for the webmaster to replace with the agency's own.
 */
function parts(agency: AgencyInfo) {
  const { name, province, today, provinceSite } = agency;
  const head = t(`หัวหน้า${name.th}`, `Head of ${name.en}`);
  return {
    name,
    province,
    today,
    provinceSite,
    fiscalYear: thaiFiscalYear(today),
    publication: {
      reporter: `เจ้าหน้าที่ผู้รับผิดชอบข้อมูล ${name.th}`,
      approver: head.th,
      publishedAt: today,
      updatedAt: today,
      screenedBy: `ผู้ดูแลเว็บไซต์ ${name.th}`,
    },
    address: {
      line: agency.address ?? t('ศาลากลางจังหวัด ถนนตัวอย่าง', 'Provincial Hall, Sample Road'),
      ...(agency.subdistrict ? { subdistrict: agency.subdistrict } : {}),
      district: agency.district ?? t(`เมือง${province.th}`, `Mueang ${province.en}`),
      province,
      postcode: agency.postcode ?? '16000',
    },
    phone: '0 3650 7100',
    email: 'saraban@example.go.th',
  };
}

const schema = (name: string) => `${SCHEMA_BASE}${name}`;

/** Sample data for every content type of the manifest, in Thai with English. */
export function sampleData(agency: AgencyInfo): Record<ManifestContentType, object> {
  const p = parts(agency);
  return {
    contact: {
      $schema: schema('contact.json'),
      name: p.name,
      address: p.address,
      phones: [{ label: p.name, number: p.phone }],
      emails: [p.email],
      officeHours: t(
        'วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. เว้นวันหยุดราชการ',
        'Monday to Friday, 08:30–16:30, except public holidays',
      ),
      publication: p.publication,
    },
    profile: {
      $schema: schema('profile.json'),
      title: t(`ข้อมูล${p.name.th}`, `About ${p.name.en}`),
      history: [
        t(
          `${p.name.th} ตั้งขึ้นเพื่อให้บริการประชาชนในจังหวัด${p.province.th}`,
          `${p.name.en} serves the people of ${p.province.en}.`,
        ),
      ],
      vision: t('บริการดี โปร่งใส ตรวจสอบได้', 'Good service, open and accountable'),
      mission: [t('ให้บริการประชาชนอย่างรวดเร็วและเป็นธรรม', 'Serve people quickly and fairly')],
      duties: { items: [t('ปฏิบัติงานตามอำนาจหน้าที่ที่กฎหมายกำหนด', 'Carry out the duties the law gives us')] },
      strategy: [t('พัฒนาบริการดิจิทัลเพื่อประชาชน', 'Build digital services for the public')],
      plans: [
        {
          title: t(`แผนปฏิบัติราชการ ประจำปีงบประมาณ พ.ศ. ${p.fiscalYear}`, `Action plan, fiscal year ${p.fiscalYear}`),
          href: '../documents.html',
          date: p.today,
        },
      ],
      budget: {
        fiscalYear: p.fiscalYear,
        total: 1500000,
        parts: [
          { title: t('งบบุคลากร', 'Personnel'), amount: 1000000 },
          { title: t('งบดำเนินงาน', 'Operations'), amount: 500000 },
        ],
      },
      structure: {
        units: [
          {
            name: p.name,
            head: t('หัวหน้าหน่วยงาน', 'Head of the agency'),
            children: [{ name: t('ฝ่ายบริหารงานทั่วไป', 'General administration') }],
          },
        ],
      },
      executives: [
        {
          name: t('นายตัวอย่าง ใจดี', 'Mr Tuayang Jaidee'),
          position: t(`หัวหน้า${p.name.th}`, `Head of ${p.name.en}`),
          from: p.today,
          phone: p.phone,
        },
      ],
      publication: p.publication,
    },
    cio: {
      $schema: schema('cio.json'),
      name: t('นางสาวตัวอย่าง สารสนเทศ', 'Ms Tuayang Sarasonthet'),
      position: t(`รองหัวหน้า${p.name.th}`, `Deputy head of ${p.name.en}`),
      agency: p.name,
      phone: p.phone,
      email: 'cio@example.go.th',
      responsibilities: [
        t(
          'กำกับดูแลการเผยแพร่ข้อมูลบนเว็บไซต์ตามมาตรฐานเว็บไซต์ภาครัฐ',
          'Oversee what the website publishes, to the Government Website Standard',
        ),
      ],
      publication: p.publication,
    },
    faq: {
      $schema: schema('faq.json'),
      title: t('คำถามที่พบบ่อย', 'Frequently asked questions'),
      items: [
        {
          id: 'office-hours',
          question: t('หน่วยงานเปิดให้บริการวันและเวลาใด', 'When are you open?'),
          answer: t(
            '<p>วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. เว้นวันหยุดราชการ</p>',
            '<p>Monday to Friday, 08:30–16:30, except public holidays.</p>',
          ),
          category: t('การติดต่อราชการ', 'Visiting us'),
          updatedAt: p.today,
        },
      ],
      publication: p.publication,
    },
    news: {
      $schema: schema('news.json'),
      title: t('ข่าวประชาสัมพันธ์', 'News and announcements'),
      items: [
        {
          id: 'website-opened',
          title: t(`${p.name.th} เปิดเว็บไซต์ใหม่`, `${p.name.en} opens its new website`),
          summary: t(
            'เว็บไซต์ใหม่เผยแพร่ข้อมูลตามมาตรฐานเว็บไซต์ภาครัฐ',
            'The new website publishes what the Government Website Standard asks for.',
          ),
          category: t('ข่าวประชาสัมพันธ์', 'News'),
          publishedAt: p.today,
        },
      ],
      publication: p.publication,
    },
    documents: {
      $schema: schema('documents.json'),
      items: [
        {
          id: 'oia-act-2540',
          kind: 'act',
          title: t('พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540', 'Official Information Act B.E. 2540'),
          date: '1997-09-10',
          source: {
            title: t('ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก', 'Royal Gazette vol. 114, part 46 Kor'),
            url: 'https://www.ratchakitcha.soc.go.th/',
          },
        },
        {
          id: 'service-statistics',
          kind: 'statistics',
          title: t(`สถิติการให้บริการ ปีงบประมาณ พ.ศ. ${p.fiscalYear}`, `Service statistics, fiscal year ${p.fiscalYear}`),
          date: p.today,
          source: { title: p.name },
          ita: ['O11'],
        },
        {
          id: 'structure',
          kind: 'official-information',
          title: t(`โครงสร้างและการจัดองค์กร${p.name.th}`, `Structure of ${p.name.en}`),
          date: p.today,
          oia: { section: 9, item: 3 },
          ita: ['O1'],
        },
      ],
      publication: p.publication,
    },
    openData: {
      $schema: schema('open-data.json'),
      title: t('ชุดข้อมูลเปิด', 'Open datasets'),
      publisher: p.name,
      datasets: [
        {
          id: 'service-points',
          title: t('จุดให้บริการ', 'Service points'),
          description: t('ที่ตั้งจุดให้บริการของหน่วยงาน', 'Where our service points are'),
          frequency: 'annual',
          issued: p.today,
          modified: p.today,
          resources: [
            { title: t('จุดให้บริการ (CSV)', 'Service points (CSV)'), url: 'service-points.csv', format: 'CSV' },
          ],
        },
      ],
      publication: p.publication,
    },
    services: {
      $schema: schema('service-list.json'),
      title: t('บริการออนไลน์', 'Online services'),
      services: [
        {
          id: 'online-form',
          name: t('แบบฟอร์มออนไลน์', 'Online form'),
          description: t(
            'กรอกคำขอบนเว็บไซต์ได้ทันที ไม่ต้องดาวน์โหลด',
            'Fill in a request on the website, with nothing to download',
          ),
          audience: [t('ประชาชนทั่วไป', 'The public')],
          channel: 'web-form',
          href: '../form.html',
          availability: t('ตลอด 24 ชั่วโมง', '24 hours a day'),
          updatedAt: p.today,
        },
      ],
      publication: p.publication,
    },
    serviceGuide: {
      $schema: schema('service-guide.json'),
      services: [
        {
          id: 'certificate',
          name: t('การขอหนังสือรับรอง', 'Requesting a certificate'),
          agency: p.name,
          channels: [
            {
              place: t(`${p.name.th} ${p.address.line.th}`, `${p.name.en}, ${p.address.line.en}`),
              hours: t('วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.', 'Monday to Friday, 08:30–16:30'),
            },
          ],
          steps: [
            {
              title: t('ยื่นคำขอและตรวจเอกสาร', 'Hand in the request'),
              duration: { value: 15, unit: 'minutes' },
              responsible: p.name,
            },
            {
              title: t('ลงนามหนังสือรับรอง', 'Signing the certificate'),
              duration: { value: 1, unit: 'days' },
              responsible: t('หัวหน้าหน่วยงาน', 'Head of the agency'),
            },
          ],
          documents: [{ name: t('บัตรประจำตัวประชาชน', 'Thai national ID card'), originals: 1, copies: 1 }],
          fees: [{ description: t('ไม่มีค่าธรรมเนียม', 'No fee'), amount: 0 }],
          updatedAt: p.today,
        },
      ],
      publication: p.publication,
    },
    calendar: {
      $schema: schema('events.json'),
      title: t('ปฏิทินกิจกรรม', 'Activity calendar'),
      events: [{ id: 'open-day', title: t('วันเปิดบ้านหน่วยงาน', 'Open day'), start: p.today, place: p.name }],
      publication: p.publication,
    },
    questions: {
      $schema: schema('qa-board.json'),
      items: [
        {
          id: 'q-1',
          question: t('ขอสำเนาเอกสารได้ที่ไหน', 'Where can I get a copy of a document?'),
          answer: t(
            'ยื่นคำขอที่ศูนย์ข้อมูลข่าวสารของหน่วยงาน หรือกรอกแบบฟอร์มออนไลน์',
            'Ask at our information centre, or fill in the online form.',
          ),
          askedAt: p.today,
          answeredAt: p.today,
          publication: p.publication,
        },
      ],
    },
    alerts: {
      $schema: schema('alerts.json'),
      alerts: [
        {
          id: 'sample-notice',
          version: 1,
          severity: 'info',
          title: t('ตัวอย่างประกาศด่วน', 'Sample urgent notice'),
          area: t(`จังหวัด${p.province.th}`, `${p.province.en} province`),
          // Midnight in Bangkok of the given day: never in the future, whatever the hour of `govkit init`
          // (09:00 was still to come until 02:00 UTC, and gov-alert hides a notice not yet in force).
          issuedAt: `${p.today}T00:00:00+07:00`,
          expiresAt: `${Number(p.today.slice(0, 4)) + 1}${p.today.slice(4)}T09:00:00+07:00`,
          instructions: t('ติดตามประกาศของหน่วยงาน', 'Follow the agency’s announcements.'),
          screening: {
            by: 'province-cio',
            name: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของจังหวัด',
            at: `${p.today}T00:00:00+07:00`,
          },
        },
      ],
    },
    links: {
      $schema: schema('links.json'),
      title: t('ลิงก์หน่วยงาน', 'Links'),
      groups: [
        {
          title: t('หน่วยงานที่เกี่ยวข้อง', 'Related agencies'),
          items: [{ title: t(`จังหวัด${p.province.th}`, `${p.province.en} province`), href: p.provinceSite }],
        },
      ],
      publication: p.publication,
    },
    banners: {
      $schema: schema('banners.json'),
      banners: [{ title: t('ศูนย์ดำรงธรรม', 'Damrongdhama Centre'), href: 'https://www.damrongdhama.moi.go.th/' }],
      province: { name: t(`จังหวัด${p.province.th}`, `${p.province.en} province`), href: p.provinceSite },
      publication: p.publication,
    },
    sitemap: {
      $schema: schema('sitemap.json'),
      title: t('แผนผังเว็บไซต์', 'Site map'),
      items: [],
      publication: p.publication,
    },
    eforms: {
      $schema: schema('eform.json'),
      id: 'request',
      version: '1',
      title: t('แบบคำขอออนไลน์', 'Online request'),
      agency: p.name,
      schema: {
        type: 'object',
        required: ['fullName', 'request'],
        properties: {
          fullName: { type: 'string', minLength: 3, maxLength: 200 },
          request: { type: 'string', minLength: 10, maxLength: 2000 },
        },
      },
      pages: [
        {
          id: 'request',
          title: t('คำขอ', 'Your request'),
          fields: [
            { name: 'fullName', label: t('ชื่อและนามสกุล', 'Full name'), autocomplete: 'name' },
            { name: 'request', label: t('เรื่องที่ขอ', 'What you ask for'), widget: 'textarea' },
          ],
        },
      ],
    },
    opinion: {
      $schema: schema('opinion-box.json'),
      title: t('แสดงความคิดเห็นและข้อเสนอแนะ', 'Opinions and suggestions'),
      topics: [{ id: 'service', label: t('การให้บริการของหน่วยงาน', 'Our services') }],
      consent: t(
        `ข้าพเจ้ายินยอมให้${p.name.th}เก็บและใช้ข้อมูลนี้เพื่อพิจารณาความคิดเห็น`,
        `I agree that ${p.name.en} may keep and use this to consider my opinion.`,
      ),
      privacyNotice: { href: '../opinion.html', label: t('ประกาศความเป็นส่วนตัว', 'Privacy notice') },
      agency: p.name,
    },
  };
}
