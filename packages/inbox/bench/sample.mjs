/** The answers of a realistic e-form submission (OIA information request, Thai text), shared by the benches. */
export const sampleAnswers = {
  fullName: 'นางสาวสมหญิง ใจงาม',
  nationalId: '1103700012345',
  email: 'somying@example.go.th',
  phone: '081 234 5678',
  subject: 'ขอสำเนาประกาศจังหวัดสิงห์บุรี',
  detail: 'ขอสำเนาประกาศจังหวัดสิงห์บุรี เรื่องการใช้ที่สาธารณะริมแม่น้ำเจ้าพระยา พร้อมแผนที่แนบท้าย',
  copies: 1,
  deliveryMethod: 'email',
  address: { line: '1 ถนนวิไลจิตต์ ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี', postcode: '16000' },
  consent: true,
};
