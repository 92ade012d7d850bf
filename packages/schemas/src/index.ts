export { commonSchema, common, schemaFileName, SCHEMA_BASE, SCHEMA_LINE } from './common.js';
export type { FromKitSchema, LocalizedText, PublicationRecord, Link } from './common.js';
export { FORM_ID_PATTERN, isFormId, problemsSchema, receiptSchema, submissionSchema } from './submission.js';
export type { SubmissionBody, SubmissionProblem, SubmissionProblems, SubmissionReceipt } from './submission.js';
export { faqSchema } from './faq.js';
export type { FaqData, FaqItem } from './faq.js';
export { contactSchema } from './contact.js';
export type { ContactData, ContactPhone, SocialPlatform, ThaiAddress } from './contact.js';
export { compile, loadValidator, validate } from './validate.js';
export type { CompiledValidator, ValidationProblem } from './validate.js';
export type { Lang } from './messages.js';
export { cioSchema } from './cio.js';
export type { CioData } from './cio.js';
export { bannersSchema } from './banners.js';
export type { BannersData, Banner, ProvinceLink } from './banners.js';
export { eformDefinitionSchema } from './eform.js';
export type {
  EformDefinition,
  EformField,
  EformGroup,
  EformOption,
  EformPage,
  EformWidget,
  ThaiFormat,
} from './eform.js';
export { OPINION_MAX_LENGTH, opinionBoxSchema, opinionSubmissionSchema } from './opinion.js';
export { questionSubmissionSchema } from './question.js';
export type { QuestionSubmission } from './question.js';
export type { OpinionBoxData, OpinionSubmission, OpinionTopic } from './opinion.js';
export { newsSchema } from './news.js';
export type { NewsData, NewsItem, NewsImage, NewsAttachment } from './news.js';
export { sitemapSchema, sitemapShapeProblem, SITEMAP_LIMITS } from './sitemap.js';
export type { SitemapData, SitemapItem, SitemapShapeProblem } from './sitemap.js';
export { documentsSchema } from './documents.js';
export type { DocumentFile, DocumentItem, DocumentsData, OiaReference } from './documents.js';
export { DOCUMENT_KINDS, KNOWLEDGE_KINDS, LAW_KINDS, OIA_ITEMS } from './document-kinds.js';
export type { DocumentKind } from './document-kinds.js';
