export { commonSchema, common, SCHEMA_BASE } from './common.js';
export type { LocalizedText, PublicationRecord, Link } from './common.js';
export { faqSchema } from './faq.js';
export type { FaqData, FaqItem } from './faq.js';
export { contactSchema } from './contact.js';
export type { ContactData, ContactPhone, SocialPlatform, ThaiAddress } from './contact.js';
export { compile, loadValidator, validate } from './validate.js';
export type { CompiledValidator, ValidationProblem } from './validate.js';
export type { Lang } from './messages.js';
