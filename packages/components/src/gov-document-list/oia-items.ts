/**
 * The items of the Official Information Act B.E. 2540 in its own words (Thai) and in English,
 * keyed `7-01` … `9-08` as the element sorts its OIA index. A chunk of its own: only the
 * official-information index (`group-by="oia"`) shows them. Order clause 1.2(1) writes
 * "มาตรา ๘" for the list that is section 9 in the Act; the kit follows the Act.
 */
export const OIA_ITEM_TEXT: Record<'th' | 'en', Record<string, string>> = {
  th: {
    '7-01': 'โครงสร้างและการจัดองค์กรในการดำเนินงาน',
    '7-02': 'สรุปอำนาจหน้าที่ที่สำคัญและวิธีการดำเนินงาน',
    '7-03': 'สถานที่ติดต่อเพื่อขอรับข้อมูลข่าวสาร หรือคำแนะนำในการติดต่อกับหน่วยงานของรัฐ',
    '7-04':
      'กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง หนังสือเวียน ระเบียบ แบบแผน นโยบาย หรือการตีความ เฉพาะที่จัดให้มีขึ้นโดยมีสภาพอย่างกฎ เพื่อให้มีผลเป็นการทั่วไปต่อเอกชนที่เกี่ยวข้อง',
    '7-05': 'ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด',
    '9-01': 'ผลการพิจารณาหรือคำวินิจฉัยที่มีผลโดยตรงต่อเอกชน รวมทั้งความเห็นแย้งและคำสั่งที่เกี่ยวข้องในการพิจารณาวินิจฉัยดังกล่าว',
    '9-02': 'นโยบายหรือการตีความที่ไม่เข้าข่ายต้องลงพิมพ์ในราชกิจจานุเบกษาตามมาตรา 7 (4)',
    '9-03': 'แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีของปีที่กำลังดำเนินการ',
    '9-04': 'คู่มือหรือคำสั่งเกี่ยวกับวิธีปฏิบัติงานของเจ้าหน้าที่ของรัฐซึ่งมีผลกระทบถึงสิทธิหน้าที่ของเอกชน',
    '9-05': 'สิ่งพิมพ์ที่ได้มีการอ้างอิงถึงตามมาตรา 7\u00a0วรรคสอง',
    '9-06': 'สัญญาสัมปทาน สัญญาที่มีลักษณะเป็นการผูกขาดตัดตอน หรือสัญญาร่วมทุนกับเอกชนในการจัดทำบริการสาธารณะ',
    '9-07':
      'มติคณะรัฐมนตรี หรือมติคณะกรรมการที่แต่งตั้งโดยกฎหมายหรือโดยมติคณะรัฐมนตรี พร้อมรายชื่อรายงานทางวิชาการ รายงานข้อเท็จจริง หรือข้อมูลข่าวสารที่นำมาใช้ในการพิจารณา',
    '9-08': 'ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด',
  },
  en: {
    '7-01': 'Structure and organisation of the agency',
    '7-02': 'Summary of its main powers and duties and how it works',
    '7-03': 'Where to obtain information or advice on dealing with the agency',
    '7-04':
      'Rules, Cabinet resolutions, regulations, orders, circulars, policies or interpretations made to act as rules of general effect on private persons',
    '7-05': 'Other information prescribed by the Official Information Commission',
    '9-01': 'Decisions directly affecting private persons, with dissenting opinions and related orders',
    '9-02': 'Policies and interpretations not required to be published in the Royal Gazette under section 7(4)',
    '9-03': 'Work plans, projects and the annual budget of the year under way',
    '9-04': "Officials' manuals or orders on working procedures that affect private persons' rights and duties",
    '9-05': 'Publications referred to under section 7, second paragraph',
    '9-06': 'Concession, monopoly or public–private joint-venture contracts for public services',
    '9-07':
      'Resolutions of the Cabinet or of committees set up by law or by the Cabinet, naming the technical reports, fact reports or information considered',
    '9-08': 'Other information prescribed by the Official Information Commission',
  },
};
