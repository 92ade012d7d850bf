export { commonSchema, common, schemaFileName, SCHEMA_BASE, SCHEMA_LINE } from './common.js';
export type { FromKitSchema, LocalizedText, PublicationRecord, Link } from './common.js';
export { FORM_ID_PATTERN, isFormId, problemsSchema, receiptSchema, submissionSchema } from './submission.js';
export type { SubmissionBody, SubmissionProblem, SubmissionProblems, SubmissionReceipt } from './submission.js';
export { faqSchema } from './faq.js';
export type { FaqData, FaqItem } from './faq.js';
export { contactSchema } from './contact.js';
export type { ContactData, ContactPhone, SocialPlatform, ThaiAddress } from './contact.js';
export { compile, loadValidator, validate } from './validate.js';
export { hasDottedDomain, isEmailAddress } from './email.js';
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
export { qaBoardSchema } from './qa-board.js';
export type { QaBoardData, QaBoardItem } from './qa-board.js';
export type { OpinionBoxData, OpinionSubmission, OpinionTopic } from './opinion.js';
export { newsSchema } from './news.js';
export type { NewsData, NewsItem, NewsImage, NewsAttachment } from './news.js';
export { sitemapSchema, sitemapShapeProblem, SITEMAP_LIMITS } from './sitemap.js';
export type { SitemapData, SitemapItem, SitemapShapeProblem } from './sitemap.js';
export { eventsSchema } from './events.js';
export type { EventsData, CalendarEvent } from './events.js';
export { alertsSchema, screeningProblems } from './alerts.js';
export { alertInForce, compareAlerts, nextAlertChange } from './alert-rules.js';
export type { AlertsData, Alert } from './alerts.js';
export { serviceGuideSchema } from './service-guide.js';
export type { ServiceGuideData, ServiceGuide, ServiceStep, StepDuration } from './service-guide.js';
export { SERVICE_CHANNELS, serviceListSchema } from './service-list.js';
export type { ServiceListData, EService, ServiceChannel } from './service-list.js';
export { profileSchema } from './profile.js';
export { budgetSum, ORG_DEPTH, PROFILE_SECTIONS, profileShapeProblem } from './profile-rules.js';
export type { OrgUnit, ProfileBudget, ProfileData, ProfileDocument, ProfileExecutive } from './profile.js';
export type { ProfileSection } from './profile-rules.js';
export { linksSchema } from './links.js';
export type { LinkGroup, LinkItem, LinksData } from './links.js';
export { OPEN_DATA_FREQUENCIES, openDataSchema } from './open-data.js';
export type { OpenDataCatalogue, OpenDataFrequency, OpenDataResource, OpenDataset } from './open-data.js';
export { documentsSchema } from './documents.js';
export type { DocumentFile, DocumentItem, DocumentsData, OiaReference } from './documents.js';
export { DOCUMENT_KINDS, KNOWLEDGE_KINDS, LAW_KINDS, OIA_ITEMS } from './document-kinds.js';
export type { DocumentKind } from './document-kinds.js';
export { AGENCY_KINDS, MANIFEST_CONTENT, manifestSchema } from './manifest.js';
export type { ManifestAgency, ManifestContentEntry, ManifestContentType, ManifestData } from './manifest.js';
export { SEARCH_DOCUMENT_TYPES, SEARCH_INDEX_LIMITS, SEARCH_INDEX_VERSION, searchIndexSchema } from './search-index.js';
export type { SearchDocument, SearchDocumentType, SearchIndexData } from './search-index.js';
export { ITA_ITEMS, itaItemsFor, itaItemsSchema } from './ita.js';
export type { ItaItem, ItaItemsData, ItaListItem } from './ita.js';
export { ITA_YEARS } from './ita-years.js';
export type { ItaYear } from './ita-years.js';
export { FOOTER_LINK_KINDS, footerSchema } from './footer.js';
export type { FooterData, FooterLink, FooterLinkKind } from './footer.js';
export { POLICY_KINDS, policySchema } from './policy.js';
export type { PolicyBlock, PolicyData, PolicyKind, PolicySection } from './policy.js';
export { agencyDirectorySchema } from './agency-directory.js';
export type { AgencyDirectoryData, AgencyDirectoryEntry } from './agency-directory.js';
